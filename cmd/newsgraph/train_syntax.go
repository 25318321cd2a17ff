package main

import (
	"context"
	"fmt"
	"math"
	"path/filepath"

	"github.com/newsgraph/newsgraph/syntax/syntaxtrain"
)

func runTrainSyntax(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "train syntax", "[flags]  (CoNLL-2003 eng.train and GUM's training files, under -data)")
	out := fs.String("o", "syntax/model.bin", "write the model here")
	data := fs.String("data", filepath.Join("..", "shared", "data"), "the shared data directory")
	tagEpochs := fs.Int("tagger-epochs", 0, "passes of the tagger over its data (0: the default, 12)")
	parseEpochs := fs.Int("parser-epochs", 0, "passes of the parser over its data (0: the default, 15)")
	folds := fs.Int("folds", 0, "jackknife folds tagging the parser's training data (0: the default, 5; 1: none)")
	minWeight := fs.Float64("min-weight", 0, "drop averaged weights of smaller magnitude (0: the default, 0.05)")
	minUpdates := fs.Int("min-updates", 0, "drop the features updated on fewer of the training's mistakes (0: the default, 2)")
	runs := fs.Int("runs", 0, "average the parser's weights over this many trainings (0: the default, 5)")
	margin := fs.Float64("margin", 0, "the parser also learns from transitions it gets right by less than this margin")
	explore := fs.Float64("explore", 0, "probability of following the parser's own mistaken transition from the second pass on (0: the default, 0.9)")
	fold := fs.Int("fold", 4, "hold out GUM's files at sorted positions i with i%5 == fold (4: the documented split; others check a change on other data)")
	pastAsPart := fs.Float64("past-as-participle", 0, "share of the parser's training VBD tags shown as VBN")
	eval := fs.Bool("eval", true, "measure the new model on the development data")
	verbose := fs.Bool("v", false, "log the training's progress (always on when standard error is a terminal)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return &usageError{msg: "train syntax: no arguments expected", hint: "newsgraph train syntax -data ../shared/data"}
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"tagger-epochs", *tagEpochs}, {"parser-epochs", *parseEpochs}, {"folds", *folds}, {"min-updates", *minUpdates}, {"runs", *runs}} {
		if f.v < 0 {
			return &usageError{msg: fmt.Sprintf("train syntax: -%s %d: want 0 (the default) or more", f.name, f.v)}
		}
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"explore", *explore}, {"past-as-participle", *pastAsPart}} {
		if !(f.v >= 0 && f.v <= 1) {
			return &usageError{msg: fmt.Sprintf("train syntax: -%s %g: want 0 to 1", f.name, f.v)}
		}
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"min-weight", *minWeight}, {"margin", *margin}} {
		if !(f.v >= 0) || math.IsInf(f.v, 1) {
			return &usageError{msg: fmt.Sprintf("train syntax: -%s %g: want 0 or more", f.name, f.v)}
		}
	}
	if *fold < 0 || *fold > 4 {
		return &usageError{msg: fmt.Sprintf("train syntax: -fold %d: want 0 to 4", *fold)}
	}
	c, err := syntaxtrain.LoadFold(*data, *fold)
	if err != nil {
		return fmt.Errorf("train syntax: %w", unwrapPathError(err))
	}
	opt := syntaxtrain.Options{TaggerEpochs: *tagEpochs, ParserEpochs: *parseEpochs, Folds: *folds, MinWeight: *minWeight, MinUpdates: *minUpdates, Runs: *runs, Margin: *margin, Explore: *explore, PastAsParticiple: *pastAsPart}
	if *verbose || e.stderrTTY {
		// Training takes minutes: show where it is.
		opt.Log = e.stderr
	}
	model, err := syntaxtrain.Train(ctx, c, opt)
	if err != nil {
		return fmt.Errorf("train syntax: %w", err)
	}
	if err := writeModel(*out, model); err != nil {
		return fmt.Errorf("train syntax: %w", err)
	}
	fmt.Fprintf(e.stdout, "wrote %s (%d bytes)\n", *out, len(model))
	if *eval {
		tag, parse, err := syntaxtrain.FromModel(model)
		if err != nil {
			return fmt.Errorf("train syntax: %w", err)
		}
		syntaxtrain.Evaluate(c, tag, parse).Print(e.stdout)
	}
	return nil
}
