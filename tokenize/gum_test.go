package tokenize

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/format/conllu"
)

// gumNews reads the 24 GUM news documents from ../shared, or skips.
func gumNews(t testing.TB) []conllu.Document {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "ner", "gum-news", "dep", "GUM_news_*.conllu"))
	if len(files) == 0 {
		t.Skip("../shared/data/ner/gum-news not found; skipping the GUM sentence-boundary evaluation")
	}
	var docs []conllu.Document
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := conllu.Read(fh)
		fh.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		docs = append(docs, d...)
	}
	return docs
}

// TestGUMSentenceBoundaries holds the splitter to F1 >= 0.99 on the sentence
// boundaries of the 24 GUM news documents.
func TestGUMSentenceBoundaries(t *testing.T) {
	var total BoundaryScore
	for _, d := range gumNews(t) {
		pred := Sentences(d.Text, Tokenize(d.Text), Paragraphs(d.Text))
		sc := ScoreBoundaries(d.Text, d.SentSpans, pred, d.Paragraphs)
		total.Add(sc)
		if testing.Verbose() && (sc.FP > 0 || sc.FN > 0) {
			g := map[int]bool{}
			for _, s := range d.SentSpans {
				g[s.Start] = true
			}
			p := map[int]bool{}
			for _, s := range pred {
				p[s.Start] = true
				if !g[s.Start] {
					t.Logf("%s FP: %q", d.ID, d.Text[max(0, s.Start-60):min(len(d.Text), s.Start+30)])
				}
			}
			for _, s := range d.SentSpans {
				if !p[s.Start] {
					t.Logf("%s FN: %q", d.ID, d.Text[max(0, s.Start-60):min(len(d.Text), s.Start+30)])
				}
			}
		}
	}
	t.Logf("GUM news sentence boundaries: P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d)",
		total.Precision(), total.Recall(), total.F1(), total.TP, total.FP, total.FN)
	if total.F1() < 0.99 {
		t.Errorf("sentence-boundary F1 %.4f < 0.99", total.F1())
	}
}
