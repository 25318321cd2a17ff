package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/format/conll"
	"github.com/newsgraph/newsgraph/ner"
)

func runTrainNER(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "train ner", "[flags]")
	data := fs.String("data", filepath.Join("..", "shared", "data"), "the shared data directory")
	out := fs.String("o", filepath.Join("ner", "model.bin"), "where to write the model")
	opts := ner.TrainOptions{}
	fs.IntVar(&opts.MaxEpochs, "epochs", 60, "largest number of epochs")
	fs.IntVar(&opts.Patience, "patience", 10, "stop after this many epochs without a dev gain")
	margin := fs.Float64("margin", 0, "perceptron margin (thickness), in units of one update")
	fs.IntVar(&opts.MinCount, "min-count", 1, "drop features seen fewer times in training")
	prune := fs.Float64("prune", 0, "drop feature rows whose largest weight is below this fraction of the model's largest")
	seed := fs.Uint64("seed", 1, "seed for shuffling")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	opts.Margin = float32(*margin)
	opts.Prune = float32(*prune)
	opts.Seed = *seed

	read := func(name string) ([]ner.Document, error) {
		p := filepath.Join(*data, "ner", "conll2003", name)
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("train ner: %w", unwrapPathError(err))
		}
		defer f.Close()
		docs, err := conll.Read(f, conll.Options{Tags: true})
		if err != nil {
			return nil, fmt.Errorf("train ner: %s: %w", p, err)
		}
		return ner.FromCoNLL(docs), nil
	}
	train, err := read("eng.train")
	if err != nil {
		return err
	}
	dev, err := read("eng.testa")
	if err != nil {
		return err
	}
	opts.Version = "ner-local-" + time.Now().UTC().Format("20060102")
	opts.Progress = func(r ner.EpochReport) {
		mark := ""
		if r.Best {
			mark = " *"
		}
		fmt.Fprintf(e.stderr, "epoch %3d  updates %7d  train acc %.4f  dev P %.2f R %.2f F1 %.2f%s  (%s)\n",
			r.Epoch, r.Updates, r.TrainAcc, 100*r.Dev.All.Precision(), 100*r.Dev.All.Recall(), 100*r.Dev.All.F1(), mark, r.Elapsed.Round(time.Second))
	}
	res, err := ner.Train(ctx, train, dev, opts)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, res.Model, 0o644); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fmt.Fprintf(e.stdout, "best epoch %d of %d: dev F1 %.2f; %d of %d features kept; wrote %s (%.1f MB)\n",
		res.BestEpoch, res.Epochs, 100*res.Dev.All.F1(), res.Features, res.Candidate, *out, float64(len(res.Model))/1e6)
	return nil
}
