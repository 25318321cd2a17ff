package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeGoldSet writes a one-article news gold set to dir: articles.tsv and
// ID.json with the given relations (JSON), for text in a.txt under the
// data directory.
func writeGoldSet(t *testing.T, dir, id, text, relations string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(text))
	index := id + "\ta.txt\t" + hex.EncodeToString(sum[:]) + "\n"
	article := `{"id": "` + id + `", "source": "a.txt", "relations": [` + relations + `]}`
	for name, content := range map[string]string{"articles.tsv": index, id + ".json": article} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestEvalRelationsAgainst scores a second annotation against a gold set
// (-against): the same matching as for the system, over the annotations.
func TestEvalRelationsAgainst(t *testing.T) {
	text := "Zoë Lee met Bob Ray in Oslo. She later criticised him."
	meet := `{"type": "meet", "subject": {"start": 0, "end": 7, "text": "Zoë Lee", "name": "Zoë Lee"},
		"object": {"start": 12, "end": 19, "text": "Bob Ray", "name": "Bob Ray"},
		"trigger": {"start": 8, "end": 11, "text": "met"}, "negated": false, "modality": "asserted"}`
	criticize := `{"type": "criticize", "subject": {"start": 29, "end": 32, "text": "She", "name": "Zoë Lee"},
		"object": {"start": 50, "end": 53, "text": "him", "name": "Bob Ray"},
		"trigger": {"start": 39, "end": 49, "text": "criticised"}, "negated": false, "modality": "asserted"}`
	support := strings.Replace(criticize, `"criticize"`, `"support"`, 1)
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	gold, second, stranger := filepath.Join(tmp, "gold"), filepath.Join(tmp, "second"), filepath.Join(tmp, "stranger")
	writeGoldSet(t, gold, "t", text, meet+","+criticize)
	writeGoldSet(t, second, "t", text, meet+","+support)
	writeGoldSet(t, stranger, "u", text, meet)

	code, out, stderr := run(t, "", "eval", "relations", "-news", gold, "-data", data, "-against", second)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"1 articles (" + gold + " against " + second + ")", "F1 50.00\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, stderr := run(t, "", "eval", "relations", "-news", gold, "-data", data, "-against", stranger); code == 0 || !strings.Contains(stderr, "u is not in") {
		t.Errorf("an article not in the gold set: exit %d, stderr %q", code, stderr)
	}
}
