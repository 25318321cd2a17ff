package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestGoldPaths checks that the sets the order was fixed with give the
// excluded candidates and a later set only held-out paths, and that held-out
// articles leave the others of a sample in place.
func TestGoldPaths(t *testing.T) {
	dir := t.TempDir()
	sets := map[string]string{
		"newsgold":   "a1\tcorpus/x/a.txt\t00\n",
		"newsgold-e": "e1\tcorpus/x/e.txt\t00\n",
		"newsgold-f": "f1\tcorpus/x/f.txt\t00\nf2\tcorpus/x/g.txt\t00\n",
	}
	for name, tsv := range sets {
		if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name, "articles.tsv"), []byte(tsv), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	order, heldOut, err := goldPaths(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path            string
		inOrder, inHeld bool
	}{
		{"corpus/x/a.txt", true, false},
		{"corpus/x/e.txt", true, false},
		{"corpus/x/f.txt", false, true},
		{"corpus/x/g.txt", false, true},
		{"corpus/x/h.txt", false, false},
	}
	for _, tc := range tests {
		if order[tc.path] != tc.inOrder || heldOut[tc.path] != tc.inHeld {
			t.Errorf("%s: in order %v, held out %v; want %v, %v", tc.path, order[tc.path], heldOut[tc.path], tc.inOrder, tc.inHeld)
		}
	}
	arts := []string{"corpus/x/b.txt", "corpus/x/f.txt", "corpus/x/c.txt", "corpus/x/g.txt"}
	if got, want := withoutHeldOut(arts, heldOut), []string{"corpus/x/b.txt", "corpus/x/c.txt"}; !slices.Equal(got, want) {
		t.Errorf("withoutHeldOut = %v, want %v", got, want)
	}
}
