package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/relation/argtrain"
	"github.com/newsgraph/newsgraph/relation/newsgold"
)

func runTrainInteractions(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "train interactions", "[flags] DIR  (the news gold set: relation/testdata/newsgold; never set C)")
	out := fs.String("o", "relation/argmodel.bin", "write the model trained on all the articles here (\"\": cross-validate only)")
	data := fs.String("data", "../shared/data", "the directory the gold set's article paths are relative to")
	epochs := fs.Int("epochs", 10, "passes over the data")
	rate := fs.Float64("rate", 0.1, "learning rate")
	l2 := fs.Float64("l2", 1e-4, "weight decay")
	posWeight := fs.Float64("pos-weight", 1, "weight of the candidates with a gold type against the others")
	folds := fs.Int("folds", 5, "article folds of the cross-validation that chooses the threshold")
	minP := fs.Float64("min-precision", 85, "the threshold is the one of best cross-validated recall of rules and model together at this precision or more")
	verbose := fs.Bool("v", false, "print the held-out relations the model adds that no gold one matches")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return &usageError{msg: "train interactions: one gold directory", hint: "newsgraph train interactions relation/testdata/newsgold"}
	}
	if strings.Contains(fs.Arg(0), "newsgold-c") {
		return &usageError{msg: "train interactions: set C is held out; train on relation/testdata/newsgold"}
	}
	arts, err := newsgold.Load(fs.Arg(0), *data)
	if err != nil {
		return fmt.Errorf("train interactions: %w", unwrapPathError(err))
	}
	ias, err := argtrain.Prepare(ctx, arts)
	if err != nil {
		return fmt.Errorf("train interactions: %w", err)
	}
	opt := relation.ArgTrainOptions{Epochs: *epochs, Rate: *rate, L2: *l2, Seed: 1, PosWeight: *posWeight}
	nc, npos := argtrain.Counts(ias)
	fmt.Fprintf(e.stdout, "%d articles, %d candidates, %d labelled with a gold interaction\n", len(ias), nc, npos)
	chosen := 0.0
	if *folds > 1 {
		models, err := argtrain.CrossValidate(ctx, ias, opt, *folds)
		if err != nil {
			return fmt.Errorf("train interactions: %w", err)
		}
		sc := argtrain.Score(ias, models, 0, true, false)
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
		rows, chosen = argtrain.Thresholds(ias, models, *minP)
		for _, row := range rows {
			fmt.Fprintf(e.stdout, "%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", row.Threshold, row.Model[0], row.Model[1], row.Model[2], row.Union[0], row.Union[1], row.Union[2])
		}
		fmt.Fprintf(e.stdout, "chosen threshold %.2f\n", chosen)
		if *verbose {
			for _, l := range argtrain.Errors(ias, models, chosen) {
				fmt.Fprintln(e.stdout, l)
			}
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
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("train interactions: %w", unwrapPathError(err))
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("train interactions: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("train interactions: %w", err)
	}
	fmt.Fprintf(e.stdout, "wrote %s (threshold %.2f)\n", *out, m.Threshold)
	return nil
}
