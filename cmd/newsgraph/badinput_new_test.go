package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeData lays out a shared data directory for eval/train syntax with
// the given CoNLL-2003 and GUM file contents (five GUM files, so that
// every fold has a development file).
func fakeData(t *testing.T, conll, gum string) string {
	t.Helper()
	d := t.TempDir()
	for _, dir := range []string{"ner/conll2003", "ner/gum-news/dep"} {
		if err := os.MkdirAll(filepath.Join(d, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"eng.train", "eng.testa"} {
		if err := os.WriteFile(filepath.Join(d, "ner/conll2003", f), []byte(conll), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"a", "b", "c", "d", "e"} {
		if err := os.WriteFile(filepath.Join(d, "ner/gum-news/dep", f+".conllu"), []byte(gum), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// goldDir writes a news gold directory with the given articles.tsv and,
// when json is not empty, one article file a1.json.
func goldDir(t *testing.T, tsv, json string) string {
	t.Helper()
	d := t.TempDir()
	if err := os.WriteFile(filepath.Join(d, "articles.tsv"), []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	if json != "" {
		if err := os.WriteFile(filepath.Join(d, "a1.json"), []byte(json), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// TestBadInputNewCommands checks the commands added on 2026-11-29 (eval
// coref, eval and train syntax, eval relations' -against, -argmodel and
// -nodeps, train interactions) against bad input: one line on stderr (a
// usage error's "Try:" hint besides), a non-zero exit, never a panic.
func TestBadInputNewCommands(t *testing.T) {
	junk := []byte("\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe\x00\x03\x00>\x00\n\x01\x02\x03")
	const conll = "EU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n"
	const gum = "1\tHi\thi\tUH\tUH\t_\t2\tdiscourse\t_\t_\n2\tthere\tthere\tRB\tRB\t_\t0\troot\t_\t_\n\n"
	for _, tc := range []struct {
		name    string
		args    func(t *testing.T) []string
		code    int
		wantErr string
	}{
		// eval coref
		{"coref empty file", func(t *testing.T) []string { return []string{"eval", "coref", writeFile(t, "e.conllu", nil)} }, 1, "no sentences"},
		{"coref empty dir", func(t *testing.T) []string { return []string{"eval", "coref", t.TempDir()} }, 1, "no .conllu files"},
		{"coref binary", func(t *testing.T) []string { return []string{"eval", "coref", writeFile(t, "j.conllu", junk)} }, 1, "columns"},
		{"coref missing", func(t *testing.T) []string { return []string{"eval", "coref", "/nonexistent/x.conllu"} }, 1, "no such file"},
		{"coref bad split", func(t *testing.T) []string { return []string{"eval", "coref", "-split", "val", "x"} }, 2, "-split must be"},
		{"coref no file of split", func(t *testing.T) []string {
			return []string{"eval", "coref", "-split", "test", writeFile(t, "e.conllu", nil)}
		}, 1, "no file of GUM's test split"},
		{"coref unknown flag", func(t *testing.T) []string { return []string{"eval", "coref", "-frobnicate", "x"} }, 2, "flag provided but not defined"},
		// eval syntax
		{"syntax missing data", func(t *testing.T) []string { return []string{"eval", "syntax", "-data", "/nonexistent"} }, 1, "no such file"},
		{"syntax empty corpora", func(t *testing.T) []string { return []string{"eval", "syntax", "-data", fakeData(t, "", "")} }, 1, "no sentences in"},
		{"syntax binary corpus", func(t *testing.T) []string {
			return []string{"eval", "syntax", "-data", fakeData(t, string(junk), gum)}
		}, 1, "not UTF-8 text"},
		{"syntax bad head", func(t *testing.T) []string {
			return []string{"eval", "syntax", "-data", fakeData(t, conll, strings.Replace(gum, "\t2\tdiscourse", "\t9\tdiscourse", 1))}
		}, 1, "has head 9"},
		{"syntax huge line", func(t *testing.T) []string {
			return []string{"eval", "syntax", "-data", fakeData(t, strings.Repeat("a", 17<<20), gum)}
		}, 1, "line longer than"},
		{"syntax junk model", func(t *testing.T) []string {
			return []string{"eval", "syntax", "-model", writeFile(t, "m.bin", junk), "-data", fakeData(t, conll, gum)}
		}, 1, "syntax model"},
		{"syntax empty model", func(t *testing.T) []string { return []string{"eval", "syntax", "-model", writeFile(t, "m.bin", nil)} }, 1, "syntax model"},
		{"syntax missing model", func(t *testing.T) []string { return []string{"eval", "syntax", "-model", "/nonexistent/m.bin"} }, 1, "no such file"},
		{"syntax arguments", func(t *testing.T) []string { return []string{"eval", "syntax", "x"} }, 2, "no arguments expected"},
		// train syntax
		{"train syntax negative runs", func(t *testing.T) []string { return []string{"train", "syntax", "-runs", "-3"} }, 2, "-runs -3"},
		{"train syntax negative folds", func(t *testing.T) []string { return []string{"train", "syntax", "-folds", "-1"} }, 2, "-folds -1"},
		{"train syntax explore", func(t *testing.T) []string { return []string{"train", "syntax", "-explore", "2"} }, 2, "-explore 2"},
		{"train syntax fold", func(t *testing.T) []string { return []string{"train", "syntax", "-fold", "5"} }, 2, "-fold 5"},
		{"train syntax empty corpora", func(t *testing.T) []string {
			return []string{"train", "syntax", "-data", fakeData(t, "", ""), "-o", filepath.Join(t.TempDir(), "m.bin")}
		}, 1, "no sentences in"},
		{"train syntax arguments", func(t *testing.T) []string { return []string{"train", "syntax", "x"} }, 2, "no arguments expected"},
		// eval relations
		{"relations against without news", func(t *testing.T) []string { return []string{"eval", "relations", "-against", "x", "y.json"} }, 2, "-against needs -news"},
		{"relations argmodel without interactions", func(t *testing.T) []string { return []string{"eval", "relations", "-argmodel", "x", "y.json"} }, 2, "-argmodel needs -interactions"},
		{"relations half without news", func(t *testing.T) []string { return []string{"eval", "relations", "-half", "A", "y.json"} }, 2, "-half needs -news"},
		{"relations news and files", func(t *testing.T) []string { return []string{"eval", "relations", "-news", "x", "y.json"} }, 2, "more arguments"},
		{"relations argthreshold without interactions", func(t *testing.T) []string { return []string{"eval", "relations", "-argthreshold", "0.5", "y.json"} }, 2, "-argthreshold needs -interactions"},
		{"relations argthreshold range", func(t *testing.T) []string {
			return []string{"eval", "relations", "-interactions", "-argthreshold", "2", "y.json"}
		}, 2, "-argthreshold 2"},
		{"relations threshold", func(t *testing.T) []string { return []string{"eval", "relations", "-threshold", "1.5", "y.json"} }, 2, "-threshold 1.5"},
		{"relations junk argmodel", func(t *testing.T) []string {
			return []string{"eval", "relations", "-interactions", "-nodeps", "-argmodel", writeFile(t, "a.bin", junk), "y.json"}
		}, 1, "not an interaction model"},
		{"relations empty json", func(t *testing.T) []string { return []string{"eval", "relations", writeFile(t, "e.json", nil)} }, 1, "empty input"},
		{"relations empty array", func(t *testing.T) []string {
			return []string{"eval", "relations", writeFile(t, "e.json", []byte("[]"))}
		}, 1, "no sentences"},
		{"relations binary json", func(t *testing.T) []string { return []string{"eval", "relations", writeFile(t, "j.json", junk)} }, 1, "invalid character"},
		{"relations gold dir missing", func(t *testing.T) []string { return []string{"eval", "relations", "-news", "/nonexistent"} }, 1, "no such file"},
		{"relations gold empty", func(t *testing.T) []string { return []string{"eval", "relations", "-news", goldDir(t, "", "")} }, 1, "no articles"},
		{"relations gold binary list", func(t *testing.T) []string {
			return []string{"eval", "relations", "-news", goldDir(t, string(junk), "")}
		}, 1, "three tab-separated fields"},
		{"relations gold bad json", func(t *testing.T) []string {
			return []string{"eval", "relations", "-news", goldDir(t, "a1\tx.txt\t00\n", `{"id":`)}
		}, 1, "a1.json"},
		// train interactions
		{"interactions no dir", func(t *testing.T) []string { return []string{"train", "interactions"} }, 2, "no gold directory"},
		{"interactions set C", func(t *testing.T) []string { return []string{"train", "interactions", "relation/testdata/newsgold-c"} }, 2, "held out"},
		{"interactions set F", func(t *testing.T) []string { return []string{"train", "interactions", "relation/testdata/newsgold-f"} }, 2, "held out"},
		{"interactions epochs", func(t *testing.T) []string { return []string{"train", "interactions", "-epochs", "0", "x"} }, 2, "-epochs 0"},
		{"interactions folds", func(t *testing.T) []string { return []string{"train", "interactions", "-folds", "-2", "x"} }, 2, "-folds -2"},
		{"interactions rate", func(t *testing.T) []string { return []string{"train", "interactions", "-rate", "-1", "x"} }, 2, "-rate -1"},
		{"interactions min precision", func(t *testing.T) []string { return []string{"train", "interactions", "-min-precision", "101", "x"} }, 2, "-min-precision 101"},
		{"interactions half", func(t *testing.T) []string { return []string{"train", "interactions", "-half", "C", "x"} }, 2, `-half "C"`},
		{"interactions empty gold", func(t *testing.T) []string {
			return []string{"train", "interactions", "-by-set", "-o", "", goldDir(t, "", "")}
		}, 1, "no articles"},
		{"interactions missing dir", func(t *testing.T) []string { return []string{"train", "interactions", "/nonexistent"} }, 1, "no such file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(t, "", tc.args(t)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
				t.Fatalf("stack trace on stderr: %s", stderr)
			}
			first, rest, _ := strings.Cut(strings.TrimSuffix(stderr, "\n"), "\n")
			if !strings.HasPrefix(first, "newsgraph: ") || !strings.Contains(first, tc.wantErr) {
				t.Errorf("stderr %q, want one line with %q", stderr, tc.wantErr)
			}
			if rest != "" && !strings.HasPrefix(rest, "Try: ") {
				t.Errorf("stderr has more than the error and a hint: %q", stderr)
			}
		})
	}
}

// TestWriteModelKeepsOld checks that a model write that cannot happen
// leaves the file there as it was.
func TestWriteModelKeepsOld(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "model.bin")
	if err := writeModel(name, []byte("old")); err != nil {
		t.Fatal(err)
	}
	if err := writeModel(name, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(name); string(b) != "new" {
		t.Fatalf("model %q after a write", b)
	}
	if err := writeModel(dir, []byte("x")); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("writing over a directory: %v", err)
	}
	if err := writeModel(filepath.Join(dir, "no", "m.bin"), []byte("x")); err == nil {
		t.Error("writing into a missing directory: no error")
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("%d files left in the directory, want the model alone", len(ents))
	}
}
