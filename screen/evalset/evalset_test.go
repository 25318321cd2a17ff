package evalset

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/screen"
)

// TestFloor screens every 25th query of the evaluation set and fails
// below the accuracy newsgraph eval screen reports, less a margin for the
// sample (BENCHMARKS.md, Screening).
func TestFloor(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, "sanctions")); err != nil {
		t.Skip("../shared/data/sanctions not found; skipping the screening floor test")
	}
	lists, err := LoadLists(data)
	if err != nil {
		t.Fatal(err)
	}
	people, orgs, err := CorpusNames(data)
	if err != nil {
		t.Fatal(err)
	}
	set := Build(lists, people, orgs, 1)
	sample := &Set{}
	for i := 0; i < len(set.Queries); i += 25 {
		sample.Queries = append(sample.Queries, set.Queries[i])
	}
	ix := screen.NewIndex(WithoutOriginalScript(lists)...)
	rep := Evaluate(sample, Newsgraph(ix, screen.DefaultThreshold), 5)
	tp, pos, fp, neg := rep.Totals(true)
	recall, far := float64(tp)/float64(pos), float64(fp)/float64(neg)
	t.Logf("%d queries: recall on variants %.4f (%d/%d), false alarms %.4f (%d/%d)", len(sample.Queries), recall, tp, pos, far, fp, neg)
	if recall < 0.97 || far > 0.025 {
		for _, name := range rep.Names() {
			for _, m := range rep.Categories[name].Misses {
				t.Logf("%s: %s", name, m)
			}
		}
		t.Errorf("recall on variants %.4f (floor 0.97), false alarms %.4f (ceiling 0.025)", recall, far)
	}
}
