package main

import (
	"strings"
	"testing"
)

// TestEvalNERRaw runs "eval ner -raw" on a small CoNLL file written here.
func TestEvalNERRaw(t *testing.T) {
	gold := "-DOCSTART- -X- O O\n\n" +
		"Angela B-PER\nMerkel I-PER\nmet O\nEmmanuel B-PER\nMacron I-PER\nin O\nParis B-LOC\n. O\n\n" +
		"Merkel B-PER\nleft O\n. O\n"
	path := writeFile(t, "gold.conll", []byte(gold))
	for _, args := range [][]string{{"eval", "ner", path}, {"eval", "ner", "-raw", path}} {
		code, out, stderr := run(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", args, code, stderr)
		}
		if !strings.Contains(out, "ALL ") || !strings.Contains(out, "F1 100.00") {
			t.Errorf("%v: output\n%s", args, out)
		}
		if raw := len(args) == 4; raw != strings.Contains(out, "raw text") {
			t.Errorf("%v: output does not say whether it tagged raw text:\n%s", args, out)
		}
	}
}
