package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
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
// excluded candidates and a later set only held-out paths, that a set drawn
// from the samples (newsgold-g) gives neither, and that held-out articles
// leave the others of a sample in place.
func TestGoldPaths(t *testing.T) {
	dir := t.TempDir()
	sets := map[string]string{
		"newsgold":   "a1\tcorpus/x/a.txt\t00\n",
		"newsgold-e": "e1\tcorpus/x/e.txt\t00\n",
		"newsgold-f": "f1\tcorpus/x/f.txt\t00\nf2\tcorpus/x/g.txt\t00\n",
		"newsgold-g": "g1\tcorpus/x/s.txt\t00\n",
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
		{"corpus/x/s.txt", false, false}, // set G: drawn from the samples, stays in them
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

// conllFile writes a CoNLL-2003 file of the given documents, each a list
// of sentences of space-separated tokens, one token a line with made-up
// tags, "-DOCSTART-" before each document.
func conllFile(docs ...[]string) string {
	var b strings.Builder
	for _, d := range docs {
		b.WriteString("-DOCSTART- -X- O O\n\n")
		for _, s := range d {
			for _, tok := range strings.Fields(s) {
				b.WriteString(tok + " NN I-NP O\n")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// story is a made-up article of more than conllMinWords words.
func story(headline string) []string {
	s := []string{headline, "RIVERTON 1996-08-22"}
	for i := 0; i < 8; i++ {
		s = append(s, "The mayor of Riverton said on Thursday that the council would meet the union again next week to talk about pay .")
	}
	return s
}

// TestCoNLLCandidates checks the CoNLL pool: the train and dev files only
// (never the test file, even when it is there), sports headlines, short
// documents and tables left out, gold paths left out, and the order the
// pool's hash gives.
func TestCoNLLCandidates(t *testing.T) {
	data := t.TempDir()
	table := []string{"Results of the town fair ."}
	for i := 0; i < 40; i++ {
		table = append(table, "Riverton Lakeside Hill Town 12 10 3 4")
	}
	write(t, data, "ner/conll2003/eng.train", conllFile(
		story("Council to meet union ."),
		story("SOCCER - RIVERTON WIN AGAIN ."),
		[]string{"Mayor meets union .", "The mayor met the union ."},
		table,
		story("NFL AMERICAN FOOTBALL-RIVERTON QUARTERBACK RETIRES ."),
		story("Union backs mayor ."),
	))
	write(t, data, "ner/conll2003/eng.testa", conllFile(story("Mayor visits Lakeside ."), story("Gold article .")))
	write(t, data, "ner/conll2003/eng.testb", conllFile(story("Test split article .")))
	gold := map[string]bool{"ner/conll2003/eng.testa#1": true}
	got := candidates(data, poolCoNLL, gold)
	want := []string{"ner/conll2003/eng.train#0", "ner/conll2003/eng.train#5", "ner/conll2003/eng.testa#0"}
	sortByHash(want, "relprec-conll|")
	if !slices.Equal(got, want) {
		t.Errorf("candidates = %v, want %v", got, want)
	}
	if _, err := conllArticle(data, "ner/conll2003/eng.testb#0"); err == nil {
		t.Error("conllArticle read the test file")
	}
	text, err := conllArticle(data, "ner/conll2003/eng.testa#0")
	if err != nil || !strings.HasPrefix(text, "Mayor visits Lakeside\n\nRIVERTON 1996-08-22\n\nThe mayor of Riverton said") {
		t.Errorf("conllArticle = %q, %v", text, err)
	}
}

// TestCoNLLOrder checks the pool's hash prefix (sets 13–15 read fixed
// ranges of its order: changing it would move them) and that the sets of
// the pool follow each other.
func TestCoNLLOrder(t *testing.T) {
	if orderPrefix[poolCoNLL] != "relprec-conll|" {
		t.Fatalf("order prefix %q", orderPrefix[poolCoNLL])
	}
	end := 0
	for _, s := range sets {
		if s.pool != poolCoNLL {
			continue
		}
		if s.lo != end || s.hi <= s.lo || s.n != 80 {
			t.Errorf("set %s: %d–%d, %d drawn; want from %d", s.name, s.lo, s.hi, s.n, end)
		}
		end = s.hi
	}
	if end == 0 {
		t.Error("no set on the CoNLL pool")
	}
}

// TestConllText checks the detokenisation of made-up sentences: closing
// punctuation and clitics against the word before, brackets and quotes
// against their contents, a quote left open across sentences, a stray full
// stop and a sentence split after an abbreviated title put back, an
// opening quote the files left at the end of the sentence before moved.
func TestConllText(t *testing.T) {
	d := conllDoc{
		strings.Fields("Mayor ( 52 ) says union 's plan won't work ."),
		strings.Fields("RIVERTON 1996-08-22"),
		strings.Fields("\" We do n't agree , \" the mayor said ."),
		strings.Fields("\" It is too costly ."),
		strings.Fields("We said so , \" she added , citing \" costs \" ."),
		strings.Fields("Former Gov ."),
		strings.Fields("Ann Lee backed the plan ( the first ) , paying $ 5 ."),
		strings.Fields("."),
		strings.Fields("She said the vote was close . \""),
		strings.Fields("We won , \" she said ."),
	}
	want := "Mayor (52) says union's plan won't work\n\nRIVERTON 1996-08-22\n\n" +
		"\"We don't agree,\" the mayor said.\n\n\"It is too costly.\n\n" +
		"We said so,\" she added, citing \"costs\".\n\n" +
		"Former Gov. Ann Lee backed the plan (the first), paying $5..\n\n" +
		"She said the vote was close.\n\n\"We won,\" she said.\n"
	if got := conllText(d); got != want {
		t.Errorf("conllText =\n%q\nwant\n%q", got, want)
	}
}
