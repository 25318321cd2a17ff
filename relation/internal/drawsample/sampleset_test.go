package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readLines returns the non-empty lines of a file.
func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			out = append(out, s)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// sampleLists are the recorded samples each set of sampleSets takes its
// articles from (its README): G from samples 5, 8, 11 and 12, H from 6, 9
// and 10.
var sampleLists = map[string][]string{
	"newsgold-g": {"5", "8", "11", "12"},
	"newsgold-h": {"6", "9", "10"},
}

// TestSampleSetsComeFromSamples checks the repository's sets of sampleSets:
// each exists, and every article of it is in the recorded article list of
// one of its samples (sampleLists), so that keeping its articles in the
// samples leaves those samples as they were drawn.
func TestSampleSetsComeFromSamples(t *testing.T) {
	testdata := filepath.Join("..", "..", "testdata")
	if len(sampleSets) == 0 {
		t.Fatal("no sample set")
	}
	for _, name := range sampleSets {
		lists, ok := sampleLists[name]
		if !ok {
			t.Errorf("%s: no recorded samples listed in sampleLists", name)
			continue
		}
		pool := map[string]bool{}
		for _, n := range lists {
			for _, p := range readLines(t, filepath.Join(testdata, "precision-sample", "articles-"+n+".txt")) {
				pool[p] = true
			}
		}
		lines := readLines(t, filepath.Join(testdata, name, "articles.tsv"))
		if len(lines) == 0 {
			t.Errorf("%s: no articles", name)
		}
		for _, l := range lines {
			cols := strings.Split(l, "\t")
			if len(cols) != 3 {
				t.Errorf("%s: bad line %q", name, l)
				continue
			}
			if !pool[cols[1]] {
				t.Errorf("%s: %s is in no recorded article list of samples %s", name, cols[1], strings.Join(lists, ", "))
			}
		}
	}
}
