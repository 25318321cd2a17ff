package extract

import (
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/trafeval"
)

// TestMetaGoldFloor scores the metadata of the hand-marked development
// pages (testdata/meta-gold.jsonl) against floors a little under what
// `newsgraph eval extract` reports, so that a regression fails. It needs
// the pages in ../shared/data.
func TestMetaGoldFloor(t *testing.T) {
	archive := "../" + trafeval.DefaultArchive
	if _, err := os.Stat(archive); err != nil {
		t.Skip("../shared/data/extract/trafilatura-eval/eval-html.tar.gz not found; skipping the metadata evaluation")
	}
	f, err := os.Open("testdata/meta-gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ReadMetaGold(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, g := range gold {
		want[g.File] = true
	}
	pages, err := trafeval.ReadArchive(archive, want)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != len(gold) {
		t.Fatalf("%d of %d gold pages in the archive", len(pages), len(gold))
	}
	s := EvalMeta(gold, pages)
	title, date, authors := float64(s.Title)/float64(s.Pages), float64(s.Date)/float64(s.DateGold), float64(s.Authors)/float64(s.Pages)
	t.Logf("%d pages: title %.3f, date %.3f, authors %.3f", s.Pages, title, date, authors)
	if title < 0.97 || date < 0.92 || authors < 0.80 {
		t.Errorf("below the floors (title 0.97, date 0.92, authors 0.80)")
	}
}

func TestMetaScore(t *testing.T) {
	d := "2020-01-02"
	g := MetaGold{File: "a", Title: "It’s here — now", Published: &d, Authors: []string{"Jane Doe", "J.R. Roe"}}
	var s MetaScore
	pub, _ := parseMachineDate("2020-01-02T23:00:00-05:00")
	m := document.Meta{Title: "it's here - now", Published: pub}
	m.Authors = []string{"J. R. Roe", "jane doe"}
	s.Add(g, m)
	if s.Title != 1 || s.Date != 1 || s.Authors != 1 || len(s.Misses) != 0 {
		t.Errorf("score %+v", s)
	}
}
