package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

func TestTagCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nGerman NNP\nChancellor NNP\nAngela\nMerkel\nvisited\nParis\n.\n\n\nShe\nleft\n"
	code, out, stderr := run(t, in, "tag", "--conll", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(out, "\n")
	inLines := strings.Split(in, "\n")
	if len(lines) != len(inLines) {
		t.Fatalf("%d output lines for %d input lines:\n%s", len(lines), len(inLines), out)
	}
	for i, l := range inLines {
		switch {
		case l == "" || strings.HasPrefix(l, "-DOCSTART-"):
			if lines[i] != l {
				t.Errorf("line %d: %q, want %q", i+1, lines[i], l)
			}
		default:
			tok, tag, ok := strings.Cut(lines[i], "\t")
			if !ok || tok != strings.Fields(l)[0] || !(tag == "O" || strings.HasPrefix(tag, "B-") || strings.HasPrefix(tag, "I-")) {
				t.Errorf("line %d: %q", i+1, lines[i])
			}
		}
	}
	if !strings.Contains(out, "Angela\tB-PER\nMerkel\tI-PER\n") || !strings.Contains(out, "Paris\tB-LOC\n") {
		t.Errorf("tags:\n%s", out)
	}
}

func TestTagText(t *testing.T) {
	code, out, stderr := run(t, "Chancellor Angela Merkel flew to Paris on Tuesday.\n", "tag", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "11\t24\tPER\tAngela Merkel\n") || !strings.Contains(out, "\tLOC\tParis\n") {
		t.Errorf("mentions:\n%s", out)
	}
}

func TestTagBadInput(t *testing.T) {
	long := strings.Repeat("Kim\nJong\nUn\nsaid\nso\n", 20000) // one 100,000-token sentence
	for _, tc := range []struct {
		name, in string
		code     int
		err      string
	}{
		{"empty", "", 1, "has no tokens"},
		{"blank", "\n\n\n", 1, "has no tokens"},
		{"docstart only", "-DOCSTART- -X- O O\n\n", 1, "has no tokens"},
		{"invalid utf8", "Anna\nB\xffrg\n", 1, "line 2: invalid UTF-8"},
		{"long line", "Anna\n" + strings.Repeat("x", 2<<20) + "\n", 1, "line 2: line longer than 1 MiB"},
		{"long sentence", long, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, tc.in, "tag", "--conll", "-")
			if code != tc.code {
				t.Fatalf("exit %d, want %d: %s", code, tc.code, stderr)
			}
			if strings.Contains(stderr, "panic") || strings.Count(stderr, "\n") > 1 {
				t.Errorf("stderr %q", stderr)
			}
			if tc.err != "" && !strings.Contains(stderr, tc.err) {
				t.Errorf("stderr %q, want %q", stderr, tc.err)
			}
			if tc.code == 0 && strings.Count(out, "\n") != strings.Count(tc.in, "\n") {
				t.Errorf("%d output lines for %d input lines", strings.Count(out, "\n"), strings.Count(tc.in, "\n"))
			}
		})
	}
	code, _, stderr := run(t, "", "eval", "ner", writeFile(t, "bad.conll", []byte("Anna B-PER\nBerg\n")))
	if code != 1 || !strings.Contains(stderr, "line 2: token \"Berg\" has no tag column") {
		t.Errorf("eval ner on a malformed file: exit %d, %q", code, stderr)
	}
}

// TestEvalNERAgreesWithConlleval checks that "newsgraph eval ner" and the
// reference scorer give the same figures on CoNLL-2003 dev.
func TestEvalNERAgreesWithConlleval(t *testing.T) {
	gold := filepath.Join("..", "..", "..", "shared", "data", "ner", "conll2003", "eng.testa")
	script := filepath.Join("..", "..", "..", "shared", "eval", "conlleval.py")
	if _, err := os.Stat(gold); err != nil {
		t.Skip("../shared/data/ner/conll2003/eng.testa not found; skipping")
	}
	if _, err := os.Stat(script); err != nil {
		t.Skip("../shared/eval/conlleval.py not found; skipping")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; skipping")
	}
	pred := filepath.Join(t.TempDir(), "pred.txt")
	code, out, stderr := run(t, "", "eval", "ner", "-o", pred, gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	ref, err := exec.Command(py, script, gold, pred).Output()
	if err != nil {
		t.Fatalf("conlleval.py: %v", err)
	}
	// Every line of the reference's output (per type, ALL, F1) appears in
	// ours.
	for _, l := range strings.Split(strings.TrimSpace(string(ref)), "\n") {
		if !strings.Contains(out, l+"\n") {
			t.Errorf("conlleval.py says %q; newsgraph:\n%s", l, out)
		}
	}
}

func TestAnalyzeMentions(t *testing.T) {
	code, out, stderr := run(t, "", "analyze", filepath.Join("..", "..", "examples", "wikinews", "korea.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d document.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(d.Provenance.Stages, "ner") || !strings.HasPrefix(d.Provenance.Models["ner"], "ner-") {
		t.Errorf("provenance %+v", d.Provenance)
	}
	found := map[string]string{}
	for _, m := range d.Mentions {
		if d.Slice(m.Span) != m.Text {
			t.Errorf("mention %q does not match its span %q", m.Text, d.Slice(m.Span))
		}
		found[m.Text] = m.Type
	}
	for name, typ := range map[string]string{"North Korea": "LOC", "South Korea": "LOC", "Kim Jong-un": "PER", "Yonhap": "ORG"} {
		if found[name] != typ {
			t.Errorf("%s: %q, want %s", name, found[name], typ)
		}
	}
}
