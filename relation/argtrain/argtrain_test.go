package argtrain_test

import (
	"context"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/relation/argtrain"
	"github.com/newsgraph/newsgraph/relation/newsgold"
)

// TestCrossValidate runs the whole training on the gold set's first ten
// articles: candidates get gold labels, the rules alone score as the eval
// command does, and the held-out models choose a threshold.
func TestCrossValidate(t *testing.T) {
	const data = "../../../shared/data"
	if _, err := os.Stat(data); err != nil {
		t.Skip("../shared/data is not beside the checkout: skipping the training test")
	}
	arts, err := newsgold.Load("../testdata/newsgold", data)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ias, err := argtrain.Prepare(ctx, arts[:10], nil, true)
	if err != nil {
		t.Fatal(err)
	}
	defer relation.UseArgModel.Store(false)
	cands, labelled := argtrain.Counts(ias)
	if cands == 0 || labelled == 0 || labelled > cands {
		t.Fatalf("%d candidates, %d labelled", cands, labelled)
	}
	for i := 1; i < len(ias); i++ {
		if ias[i-1].Gold.ID >= ias[i].Gold.ID {
			t.Fatalf("articles not in id order: %s, %s", ias[i-1].Gold.ID, ias[i].Gold.ID)
		}
	}
	if gold, covered := argtrain.Coverage(ias); covered == 0 || covered > gold {
		t.Errorf("%d of %d gold interactions covered", covered, gold)
	}
	opt := relation.ArgTrainOptions{Epochs: 3, Rate: 0.1, L2: 1e-4, Seed: 1, PosWeight: 1, Dep: true}
	evs, err := argtrain.CrossValidate(ctx, ias, opt, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != len(ias) {
		t.Fatalf("%d evaluations of %d articles", len(evs), len(ias))
	}
	for i, e := range evs {
		if e.Art != ias[i] {
			t.Fatalf("evaluation %d is of %s, want %s", i, e.Art.Gold.ID, ias[i].Gold.ID)
		}
		for j := range evs {
			same := argtrain.Fold(e.Art.Gold.ID, 2) == argtrain.Fold(evs[j].Art.Gold.ID, 2)
			if (e.Model == evs[j].Model) != same {
				t.Fatalf("articles %d and %d: same model %v, same fold %v", i, j, e.Model == evs[j].Model, same)
			}
		}
	}
	sc := argtrain.Score(evs, 0, true, false)
	if p, r, _ := sc.Micro(); p < 80 || r <= 0 {
		t.Errorf("rules alone: P %.2f R %.2f", p, r)
	}
	oracle, _, err := argtrain.Bounds(ctx, ias, opt)
	if err != nil {
		t.Fatal(err)
	}
	// Several candidates may match one gold relation (the scorer's
	// same-sentence rule), so precision is below 100, recall too (not
	// every gold relation has a candidate, and the triggers the rules
	// used have none), but both above 0.
	if p, r, _ := oracle.Micro(); p < 50 || r < 5 {
		t.Errorf("candidates labelled by gold: P %.2f R %.2f", p, r)
	}
	rows, chosen := argtrain.Thresholds(evs, 85)
	if len(rows) != 19 || chosen < 0.05 || chosen > 0.99 {
		t.Errorf("%d thresholds, chose %.2f", len(rows), chosen)
	}
}
