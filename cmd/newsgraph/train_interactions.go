package main

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/relation/argtrain"
	"github.com/newsgraph/newsgraph/relation/newsgold"
)

func runTrainInteractions(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "train interactions", "[flags] DIR…  (news gold sets: relation/testdata/newsgold newsgold-d newsgold-e; never sets C and F)")
	out := fs.String("o", "relation/argmodel.bin", "write the model trained on all the articles here (\"\": evaluate only)")
	data := fs.String("data", "../shared/data", "the directory the gold sets' article paths are relative to")
	epochs := fs.Int("epochs", 10, "passes over the data")
	rate := fs.Float64("rate", 0.1, "learning rate")
	l2 := fs.Float64("l2", 1e-4, "weight decay")
	posWeight := fs.Float64("pos-weight", 1, "weight of the candidates with a gold type against the others")
	folds := fs.Int("folds", 5, "article folds (by a hash of the id) of the cross-validation that chooses the threshold")
	minP := fs.Float64("min-precision", 85, "the threshold is the one of best cross-validated recall of rules and model together at this precision or more")
	adjacent := fs.Bool("adjacent", false, "train the older model over adjacency candidates (arguments found by word distance) instead of dependency paths")
	ruleTriggers := fs.Bool("rule-triggers", false, "train the dependency model on the candidates of the rules' triggers too")
	liveStems := fs.Bool("live-stems", false, "ask the dependency model only about trigger stems some gold interaction's candidate had in training")
	bySet := fs.Bool("by-set", false, "also train on the first DIR and test on the others, the reverse, and each DIR held out of the rest")
	verbose := fs.Bool("v", false, "print the held-out relations the model adds that no gold one matches")
	half := fs.String("half", "", "train only on half of each directory's articles, A (even positions in id order) or B (odd), the halves of eval relations -half; empty for all")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &usageError{msg: "train interactions: no gold directory", hint: "newsgraph train interactions relation/testdata/newsgold relation/testdata/newsgold-d relation/testdata/newsgold-e"}
	}
	switch {
	case *epochs < 1:
		return &usageError{msg: fmt.Sprintf("train interactions: -epochs %d: want 1 or more", *epochs)}
	case !(*rate > 0) || math.IsInf(*rate, 1):
		return &usageError{msg: fmt.Sprintf("train interactions: -rate %g: want more than 0", *rate)}
	case !(*l2 >= 0) || math.IsInf(*l2, 1):
		return &usageError{msg: fmt.Sprintf("train interactions: -l2 %g: want 0 or more", *l2)}
	case !(*posWeight > 0) || math.IsInf(*posWeight, 1):
		return &usageError{msg: fmt.Sprintf("train interactions: -pos-weight %g: want more than 0", *posWeight)}
	case *folds < 0:
		return &usageError{msg: fmt.Sprintf("train interactions: -folds %d: want 0 or more (0 or 1: no cross-validation)", *folds)}
	case !(*minP >= 0 && *minP <= 100):
		return &usageError{msg: fmt.Sprintf("train interactions: -min-precision %g: want 0 to 100", *minP)}
	case *half != "" && *half != "A" && *half != "B":
		return &usageError{msg: fmt.Sprintf("train interactions: -half %q: want A or B", *half), hint: "newsgraph train interactions -half A -o argA.bin relation/testdata/newsgold relation/testdata/newsgold-d relation/testdata/newsgold-e"}
	}
	var arts []*newsgold.Article
	var sets []string
	for _, dir := range fs.Args() {
		if strings.Contains(dir, "newsgold-c") || strings.Contains(dir, "newsgold-f") {
			return &usageError{msg: "train interactions: sets C and F are held out; train on relation/testdata/newsgold, -d and -e"}
		}
		as, err := newsgold.Load(dir, *data)
		if err != nil {
			return fmt.Errorf("train interactions: %w", unwrapPathError(err))
		}
		if *half != "" {
			// the same halves as eval relations -news DIR -half, set by set
			from := 1
			if *half == "A" {
				from = 0
			}
			as = everyOther(as, func(a *newsgold.Article) string { return a.ID }, from)
		}
		for _, a := range as {
			arts = append(arts, a)
			sets = append(sets, filepath.Base(filepath.Clean(dir)))
		}
	}
	if *folds > len(arts) {
		return &usageError{msg: fmt.Sprintf("train interactions: -folds %d: more folds than the %d articles", *folds, len(arts))}
	}
	dep := !*adjacent
	ias, err := argtrain.Prepare(ctx, arts, sets, dep)
	if err != nil {
		return fmt.Errorf("train interactions: %w", err)
	}
	opt := relation.ArgTrainOptions{Epochs: *epochs, Rate: *rate, L2: *l2, Seed: 1, PosWeight: *posWeight, Dep: dep, RuleTriggers: *ruleTriggers, LiveStems: *liveStems}
	nc, npos := argtrain.Counts(ias)
	gold, covered := argtrain.Coverage(ias)
	fmt.Fprintf(e.stdout, "%d articles, %d candidates, %d labelled with a gold interaction; %d of %d gold interactions (%.1f%%) have a candidate\n",
		len(ias), nc, npos, covered, gold, 100*float64(covered)/float64(max(gold, 1)))
	if *verbose {
		fmt.Fprintf(e.stdout, "gold interactions without a candidate, by reason: %v\n", argtrain.MissReasons(ias))
	}
	chosen := 0.0
	if *folds > 1 {
		evs, err := argtrain.CrossValidate(ctx, ias, opt, *folds)
		if err != nil {
			return fmt.Errorf("train interactions: %w", err)
		}
		sc := argtrain.Score(evs, 0, true, false)
		p, r, f1 := sc.Micro()
		fmt.Fprintf(e.stdout, "rules alone: P %.2f R %.2f F1 %.2f\n", p, r, f1)
		oracle, train, err := argtrain.Bounds(ctx, ias, opt)
		if err != nil {
			return fmt.Errorf("train interactions: %w", err)
		}
		p, r, _ = oracle.Micro()
		fmt.Fprintf(e.stdout, "candidates labelled by gold (oracle): P %.2f R %.2f\n", p, r)
		p, r, _ = train.Micro()
		fmt.Fprintf(e.stdout, "model on its own training data at 0.5: P %.2f R %.2f\n", p, r)
		fmt.Fprintf(e.stdout, "cross-validated over %d article folds (model trained without the fold's articles):\nthreshold\tmodel P\tR\tF1\trules+model P\tR\tF1\n", *folds)
		var rows []argtrain.Row
		rows, chosen = argtrain.Thresholds(evs, *minP)
		for _, row := range rows {
			fmt.Fprintf(e.stdout, "%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", row.Threshold, row.Model[0], row.Model[1], row.Model[2], row.Union[0], row.Union[1], row.Union[2])
		}
		fmt.Fprintf(e.stdout, "chosen threshold %.2f\n", chosen)
		if *verbose {
			for _, l := range argtrain.Errors(evs, chosen) {
				fmt.Fprintln(e.stdout, l)
			}
		}
	}
	if *bySet {
		th := chosen
		if th == 0 {
			th = 0.5
		}
		if err := bySetTable(ctx, e, ias, opt, fs.Args(), th); err != nil {
			return fmt.Errorf("train interactions: %w", err)
		}
	}
	if *out == "" {
		return nil
	}
	opt.Threshold = chosen
	if chosen == 0 {
		opt.Threshold = 0.5
	}
	m, err := argtrain.Train(ctx, ias, opt)
	if err != nil {
		return fmt.Errorf("train interactions: %w", err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		return fmt.Errorf("train interactions: %w", err)
	}
	if err := writeModel(*out, buf.Bytes()); err != nil {
		return fmt.Errorf("train interactions: %w", err)
	}
	fmt.Fprintf(e.stdout, "wrote %s (threshold %.2f)\n", *out, m.Threshold)
	return nil
}

// bySetTable prints, at threshold th, the scores of the rules alone, the
// model alone and both on sets the model was not trained on: the first
// directory against the others, both ways, and each directory held out
// of the rest.
func bySetTable(ctx context.Context, e *env, ias []*argtrain.Article, opt relation.ArgTrainOptions, dirs []string, th float64) error {
	names := make([]string, len(dirs))
	for i, d := range dirs {
		names[i] = filepath.Base(filepath.Clean(d))
	}
	type split struct {
		label string
		test  func(ia *argtrain.Article) bool
	}
	var splits []split
	if len(names) > 1 {
		first := names[0]
		rest := strings.Join(names[1:], "+")
		splits = append(splits,
			split{"train " + first + ", test " + rest, func(ia *argtrain.Article) bool { return ia.Set != first }},
			split{"train " + rest + ", test " + first, func(ia *argtrain.Article) bool { return ia.Set == first }})
		if len(names) > 2 {
			for _, n := range names {
				splits = append(splits, split{"test " + n + ", train the others", func(ia *argtrain.Article) bool { return ia.Set == n }})
			}
		}
	}
	fmt.Fprintf(e.stdout, "by set, at threshold %.2f:\nsplit\trules P\tR\tF1\tmodel P\tR\tF1\trules+model P\tR\tF1\n", th)
	for _, sp := range splits {
		evs, err := argtrain.Split(ctx, ias, opt, sp.test)
		if err != nil {
			return err
		}
		rs, ms, us := argtrain.Score(evs, th, true, false), argtrain.Score(evs, th, false, true), argtrain.Score(evs, th, true, true)
		rp, rr, rf := rs.Micro()
		mp, mr, mf := ms.Micro()
		up, ur, uf := us.Micro()
		fmt.Fprintf(e.stdout, "%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", sp.label, rp, rr, rf, mp, mr, mf, up, ur, uf)
	}
	return nil
}
