package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/relation/conll04"
)

// pairClass maps CoNLL04's relation types onto the pair model's classes.
var pairClass = map[string]string{
	"Work_For": relation.Role, "Live_In": relation.LivesIn, "OrgBased_In": relation.BasedIn,
	"Located_In": relation.LocatedIn, "Kill": relation.Kill,
}

func runTrainRelations(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "train relations", "[flags] FILE…  (CoNLL04 training data in SpERT's JSON form; never the test split)")
	out := fs.String("o", "relation/model.bin", "write the model here")
	epochs := fs.Int("epochs", 20, "passes over the data")
	threshold := fs.Float64("threshold", 0.5, "probability a pair's best class needs")
	l2 := fs.Float64("l2", 1e-4, "L2 regularisation per step")
	floor := fs.String("floor", "lives_in=0.65", "least thresholds of some classes, whatever cross-validation chooses: CLASS=T,…")
	runs := fs.Int("runs", 10, "average the weights of this many trainings, each shuffling the data its own way")
	folds := fs.Int("folds", 5, "choose each class's threshold by cross-validation over this many folds of the training data (0: -threshold for all)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	floors, err := parseFloors(*floor)
	if err != nil {
		return &usageError{msg: "train relations: -floor: " + err.Error()}
	}
	if fs.NArg() == 0 {
		return &usageError{msg: "train relations: no files given", hint: "newsgraph train relations ../shared/data/relations/conll04/conll04_train.json"}
	}
	p := sentencePipeline()
	var exs []relation.PairExample
	for _, path := range fs.Args() {
		sents, err := conll04.Load(path)
		if err != nil {
			return fmt.Errorf("train relations: %w", unwrapPathError(err))
		}
		for _, s := range sents {
			text, offs := s.NaturalText()
			doc := document.New(text)
			if err := p.Run(ctx, doc); err != nil {
				return fmt.Errorf("train relations: %s: %w", path, err)
			}
			ex := relation.PairExample{Doc: doc, Gold: map[[2]document.Span]string{}}
			for _, g := range s.Gold() {
				h := document.Span{Start: offs[g.Head.Start][0], End: offs[g.Head.End-1][1]}
				t := document.Span{Start: offs[g.Tail.Start][0], End: offs[g.Tail.End-1][1]}
				ex.Gold[[2]document.Span{h, t}] = pairClass[g.Type]
			}
			exs = append(exs, ex)
		}
	}
	m, err := relation.TrainPairs(ctx, exs, relation.TrainOptions{Epochs: *epochs, Threshold: *threshold, L2: *l2, Folds: *folds, Floors: floors, Runs: *runs})
	if err != nil {
		return fmt.Errorf("train relations: %w", err)
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("train relations: %w", unwrapPathError(err))
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("train relations: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("train relations: %w", err)
	}
	cv := ""
	if m.CVF1 > 0 {
		cv = fmt.Sprintf("; held-out pair F1 %.2f", m.CVF1)
	}
	fmt.Fprintf(e.stdout, "trained on %d sentences; thresholds %s%s; wrote %s\n", len(exs), m.ThresholdText(), cv, *out)
	return nil
}

// parseFloors reads "lives_in=0.65,kill=0.5".
func parseFloors(s string) (map[string]float64, error) {
	out := map[string]float64{}
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		c, v, ok := strings.Cut(part, "=")
		t, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil || t < 0 || t > 1 {
			return nil, fmt.Errorf("%q is not CLASS=T with T in [0, 1]", part)
		}
		out[c] = t
	}
	return out, nil
}
