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
// read, a set added later included, and that no gold set is an error.
func TestGoldPathsGlobsEverySet(t *testing.T) {
	td := t.TempDir()
	if _, err := goldPaths(td); err == nil {
		t.Error("no gold set: no error")
	}
	write(t, td, "newsgold/articles.tsv", "a\tcorpus/bbc/bbc/politics/1.txt\th\n")
	write(t, td, "newsgold-f/articles.tsv", "b\tquotes/polnear/dev/text/x.txt\th\n")
	write(t, td, "other/articles.tsv", "c\tcorpus/bbc/bbc/politics/2.txt\th\n")
	gold, err := goldPaths(td)
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{
		"corpus/bbc/bbc/politics/1.txt": true,
		"quotes/polnear/dev/text/x.txt": true,
		"corpus/bbc/bbc/politics/2.txt": false,
	} {
		if gold[p] != want {
			t.Errorf("gold[%q] = %v, want %v", p, gold[p], want)
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
