package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// write creates the file path under dir with the given text.
func write(t *testing.T, dir, path, text string) {
	t.Helper()
	p := filepath.Join(dir, path)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestGoldPathsGlobsEverySet checks that every newsgold*/articles.tsv is
// read, a set added later included (held out), and that no gold set is an
// error.
func TestGoldPathsGlobsEverySet(t *testing.T) {
	td := t.TempDir()
	if _, _, err := goldPaths(td); err == nil {
		t.Error("no gold set: no error")
	}
	write(t, td, "newsgold/articles.tsv", "a\tcorpus/bbc/bbc/politics/1.txt\th\n")
	write(t, td, "newsgold-f/articles.tsv", "b\tquotes/polnear/dev/text/x.txt\th\n")
	write(t, td, "other/articles.tsv", "c\tcorpus/bbc/bbc/politics/2.txt\th\n")
	order, heldOut, err := goldPaths(td)
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{
		"corpus/bbc/bbc/politics/1.txt": true,
		"quotes/polnear/dev/text/x.txt": true,
		"corpus/bbc/bbc/politics/2.txt": false,
	} {
		if got := order[p] || heldOut[p]; got != want {
			t.Errorf("gold or held out [%q] = %v, want %v", p, got, want)
		}
	}
}

// TestPolNeARCandidates checks the PolNeAR pool: train and dev texts, no
// test split, no gold article, ordered by the pool's hash.
func TestPolNeARCandidates(t *testing.T) {
	data := t.TempDir()
	for _, p := range []string{
		"quotes/polnear/train/text/a.txt", "quotes/polnear/train/text/b.txt",
		"quotes/polnear/train/text/notes.md", "quotes/polnear/dev/text/c.txt",
		"quotes/polnear/test/text/d.txt", "quotes/polnear/train/text/gold.txt",
	} {
		write(t, data, p, "text")
	}
	gold := map[string]bool{"quotes/polnear/train/text/gold.txt": true}
	got := candidates(data, poolPolNeAR, gold)
	want := []string{"quotes/polnear/train/text/a.txt", "quotes/polnear/train/text/b.txt", "quotes/polnear/dev/text/c.txt"}
	sortByHash(want, "relprec-polnear|")
	if !slices.Equal(got, want) {
		t.Errorf("candidates = %v, want %v", got, want)
	}
}

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
