package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// run runs newsgraph in-process and returns its exit code, stdout and
// stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := Run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnalyzeExample(t *testing.T) {
	code, out, stderr := run(t, "", "analyze", "--published", "2015-08-21T10:00:00+09:00", filepath.Join("..", "..", "examples", "wikinews", "korea.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d document.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not a Document: %v", err)
	}
	if d.Meta.Title != "North Korea puts military in 'quasi-state of war'" {
		t.Errorf("title %q", d.Meta.Title)
	}
	if d.Meta.Published.String() != "2015-08-21T10:00:00+09:00" {
		t.Errorf("published %q: the zone must be kept", d.Meta.Published.String())
	}
	if d.Meta.Language != "en" || len(d.Sentences) < 10 {
		t.Errorf("language %q, %d sentences", d.Meta.Language, len(d.Sentences))
	}
}

func TestAnalyzeText(t *testing.T) {
	code, out, stderr := run(t, "Headline here\n\nThe minister said on Friday that talks would resume.\n", "analyze", "--format", "text", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(out, "Headline here\n") || strings.Contains(out, "\x1b[") {
		t.Errorf("report:\n%s", out)
	}
}

func TestAnalyzeLayers(t *testing.T) {
	code, out, _ := run(t, "One sentence. Two.", "analyze", "--layers", "tokens,sentences", "-")
	if code != 0 {
		t.Fatal(code)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	if string(raw["tokens"]) != "[[0,3],[4,12],[12,13],[14,17],[17,18]]" {
		t.Errorf("tokens %s", raw["tokens"])
	}
	if string(raw["regions"]) != "[]" {
		t.Errorf("regions %s, want [] when not asked for", raw["regions"])
	}
}

// TestBadInput checks that each kind of bad input gets one clear line on
// stderr and a non-zero exit, and never a panic.
func TestBadInput(t *testing.T) {
	big := bytes.Repeat([]byte("All work and no play makes Jack a dull boy. "), 50<<20/44+1)
	for _, tc := range []struct {
		name     string
		args     func(t *testing.T) []string
		stdin    string
		code     int
		wantErr  string
		wantOut  bool
		warnLine string
	}{
		{name: "empty file", args: func(t *testing.T) []string { return []string{"analyze", writeFile(t, "e.txt", nil)} }, code: 1, wantErr: "is empty"},
		{name: "blank file", args: func(t *testing.T) []string { return []string{"analyze", writeFile(t, "b.txt", []byte(" \n\n\t"))} }, code: 1, wantErr: "is empty"},
		{name: "binary", args: func(t *testing.T) []string {
			return []string{"analyze", writeFile(t, "x.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x03\x00>\x00"))}
		}, code: 1, wantErr: "binary data"},
		{name: "invalid utf8", args: func(t *testing.T) []string {
			return []string{"analyze", writeFile(t, "u.txt", []byte("Caf\xc3\xa9 owner said \xff\xfe it was fine."))}
		}, code: 0, wantOut: true, warnLine: "invalid UTF-8 in 2 places"},
		{name: "latin1", args: func(t *testing.T) []string {
			return []string{"analyze", writeFile(t, "l.txt", []byte("The caf\xe9 owner said it was fine."))}
		}, code: 0, wantOut: true, warnLine: "decoded as Windows-1252"},
		{name: "too large", args: func(t *testing.T) []string { return []string{"analyze", writeFile(t, "big.txt", big)} }, code: 1, wantErr: "too large"},
		{name: "too large with limit", args: func(t *testing.T) []string {
			return []string{"analyze", "--max-bytes", "100", writeFile(t, "m.txt", bytes.Repeat([]byte("word "), 30))}
		}, code: 1, wantErr: "the limit is 100"},
		{name: "missing file", args: func(t *testing.T) []string { return []string{"analyze", "/nonexistent/article.txt"} }, code: 1, wantErr: "no such file"},
		{name: "directory", args: func(t *testing.T) []string { return []string{"analyze", t.TempDir()} }, code: 1, wantErr: "is a directory"},
		{name: "unknown flag", args: func(t *testing.T) []string { return []string{"analyze", "--frobnicate", "x"} }, code: 2, wantErr: "flag provided but not defined"},
		{name: "unknown command", args: func(t *testing.T) []string { return []string{"analyse-this"} }, code: 2, wantErr: "unknown command"},
		{name: "bad published", args: func(t *testing.T) []string { return []string{"analyze", "--published", "yesterday", "-"} }, code: 2, wantErr: "--published"},
		{name: "bad format", args: func(t *testing.T) []string { return []string{"analyze", "--format", "xml", "-"} }, code: 2, wantErr: "unknown format"},
		{name: "bad layer", args: func(t *testing.T) []string { return []string{"analyze", "--layers", "nouns", "-"} }, code: 2, wantErr: "unknown layer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, tc.stdin, tc.args(t)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
				t.Fatalf("stack trace on stderr: %s", stderr)
			}
			if tc.wantErr != "" {
				first, _, _ := strings.Cut(stderr, "\n")
				if !strings.HasPrefix(first, "newsgraph: ") || !strings.Contains(first, tc.wantErr) {
					t.Errorf("stderr %q, want one line with %q", stderr, tc.wantErr)
				}
				if n := strings.Count(strings.TrimSuffix(stderr, "\n"), "\n"); n > 1 {
					t.Errorf("stderr has %d lines: %q", n+1, stderr)
				}
			}
			if tc.warnLine != "" && !strings.Contains(stderr, tc.warnLine) {
				t.Errorf("stderr %q, want warning %q", stderr, tc.warnLine)
			}
			if tc.wantOut != (out != "") {
				t.Errorf("stdout %d bytes", len(out))
			}
		})
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := run(t, "", "help")
	if code != 0 || !strings.Contains(out, "analyze") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "", "analyze", "-h")
	if code != 0 || !strings.Contains(out, "--published") && !strings.Contains(out, "-published") {
		t.Errorf("analyze -h: exit %d\n%s", code, out)
	}
}
