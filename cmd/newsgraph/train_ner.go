package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/format/conll"
	"github.com/newsgraph/newsgraph/format/gmb"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/relation/conll04"
	"github.com/newsgraph/newsgraph/tokenize"
)

func runTrainNER(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "train ner", "[flags]")
	data := fs.String("data", filepath.Join("..", "shared", "data"), "the shared data directory")
	out := fs.String("o", filepath.Join("ner", "model.bin"), "where to write the model")
	stage2 := fs.Bool("stage2", false, "also train a second-stage model over the first one's labels (two-stage prediction aggregation), written to -o2")
	out2 := fs.String("o2", filepath.Join("ner", "model2.bin"), "with -stage2, where to write the second-stage model")
	opts := ner.TrainOptions{}
	fs.IntVar(&opts.MaxEpochs, "epochs", 60, "largest number of epochs")
	fs.IntVar(&opts.Patience, "patience", 10, "stop after this many epochs without a dev gain")
	margin := fs.Float64("margin", 20, "perceptron margin (thickness), in units of one update")
	fs.IntVar(&opts.MinCount, "min-count", 1, "drop features seen fewer times in training")
	prune := fs.Float64("prune", 0, "drop feature rows whose largest weight is below this fraction of the model's largest")
	seed := fs.Uint64("seed", 1, "seed for shuffling")
	fs.BoolVar(&opts.PredictedHistory, "predicted-history", true, "train the previous-label features on predicted labels instead of gold ones")
	bigrams := fs.Bool("bigrams", false, "add adjacent-word pair features")
	context := fs.Bool("context", true, "add document-context (non-local) features")
	aggregate := fs.Bool("aggregate", false, "with -context, add the words next to other occurrences of a capitalised word")
	useGMB := fs.Bool("gmb", false, "also train on the Groningen Meaning Bank (its tags mapped to CoNLL types)")
	conll04File := fs.String("conll04", "default", "also train on the entities of this CoNLL04 file (SpERT JSON; the train split only), brought to CoNLL-2003's conventions; \"default\" is relations/conll04/conll04_train.json of the data directory, \"\" none")
	conll04Repeat := fs.Int("conll04-repeat", 1, "with -conll04, add each of its sentences this many times")
	conll04Nat := fs.Bool("conll04-nationalities", true, "with -conll04, tag the nationalities CoNLL04 leaves untagged MISC (the gazetteer's nationality list)")
	withDev := fs.Bool("with-dev", false, "also train on CoNLL dev (eng.testa) for a fixed number of epochs, given by -epochs; no early stopping")
	clusters := fs.Bool("clusters", true, "add word-cluster features (the shipped Brown clusters, package wordcluster)")
	gazetteers := fs.Bool("gazetteers", true, "add gazetteer features (the shipped lists, package gazetteer)")
	listClusters := fs.Bool("list-clusters", false, "with -clusters and -gazetteers, conjoin the lists a word matches with its cluster prefixes")
	gazDropout := fs.Float64("gazetteer-dropout", 0, "hide a training sentence's gazetteer matches with this probability, per sentence and epoch")
	casing := fs.Bool("casing", true, "count word case in the unlabelled news text of the data directory, for headlines in capitals")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *conll04File == "default" {
		*conll04File = filepath.Join(*data, "relations", "conll04", "conll04_train.json")
	}
	if base := strings.ToLower(filepath.Base(*conll04File)); strings.Contains(base, "dev") || strings.Contains(base, "test") {
		return fmt.Errorf("train ner: -conll04 %s: train on CoNLL04's training split only; dev and test are for evaluation", *conll04File)
	}
	opts.Margin = float32(*margin)
	opts.Prune = float32(*prune)
	opts.Seed = *seed
	opts.GazetteerDropout = float32(*gazDropout)
	if *context {
		opts.Features |= ner.FeatContext
		if *aggregate {
			opts.Features |= ner.FeatAggregate
		}
	}
	if *bigrams {
		opts.Features |= ner.FeatBigrams
	}
	if *clusters {
		opts.Features |= ner.FeatClusters
	}
	if *gazetteers {
		opts.Features |= ner.FeatGazetteer
	}
	if *listClusters && *clusters && *gazetteers {
		opts.Features |= ner.FeatListClusters
	}
	opts.Resources = ner.DefaultResources()

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
	if *useGMB {
		p := filepath.Join(*data, "ner", "gmb", "ner_dataset.csv")
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("train ner: %w", unwrapPathError(err))
		}
		sents, err := gmb.Read(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("train ner: %s: %w", p, err)
		}
		// GMB has no document boundaries: each sentence is a document.
		for _, s := range sents {
			train = append(train, ner.Document{{Tokens: s.Tokens, Labels: ner.Encode(conll.Spans(s.CoNLLTags()), len(s.Tokens))}})
		}
		fmt.Fprintf(e.stderr, "gmb: %d sentences added\n", len(sents))
	}
	if *conll04File != "" {
		sents, err := conll04.Load(*conll04File)
		if err != nil {
			return fmt.Errorf("train ner: %w", unwrapPathError(err))
		}
		// Each sentence is a document, as for the GMB.
		for range max(*conll04Repeat, 1) {
			for _, s := range sents {
				ents := s.CoNLL2003()
				if *conll04Nat {
					ents = conll04.AddNationalities(gazetteer.Default(), s.Tokens, ents)
				}
				var spans []conll.Span
				for _, e := range ents {
					spans = append(spans, conll.Span{Start: e.Start, End: e.End, Type: e.Type})
				}
				train = append(train, ner.Document{{Tokens: s.Tokens, Labels: ner.Encode(spans, len(s.Tokens))}})
			}
		}
		fmt.Fprintf(e.stderr, "conll04: %d sentences added %d times\n", len(sents), max(*conll04Repeat, 1))
	}
	if *withDev {
		// Dev is training data now: keep the last epoch.
		train, dev = append(train, dev...), nil
	}
	if *casing {
		start := time.Now()
		cc, words, err := countCasing(ctx, *data)
		if err != nil {
			return err
		}
		opts.Casing = cc
		fmt.Fprintf(e.stderr, "casing: %d words of unlabelled news counted (%s)\n", words, time.Since(start).Round(time.Millisecond))
	}
	opts.Version = modelVersion(opts.Features)
	opts.Progress = func(r ner.EpochReport) {
		mark := ""
		if r.Best {
			mark = " *"
		}
		fmt.Fprintf(e.stderr, "epoch %3d  updates %7d  train acc %.4f  dev P %.2f R %.2f F1 %.2f%s  (%s)\n",
			r.Epoch, r.Updates, r.TrainAcc, 100*r.Dev.All.Precision(), 100*r.Dev.All.Recall(), 100*r.Dev.All.F1(), mark, r.Elapsed.Round(time.Second))
	}
	count := func(docs []ner.Document) (sents, toks int) {
		for _, d := range docs {
			for _, s := range d {
				sents++
				toks += len(s.Tokens)
			}
		}
		return sents, toks
	}
	ts, tt := count(train)
	ds, dt := count(dev)
	fmt.Fprintf(e.stderr, "training on %d sentences (%d tokens), stopping early on dev: %d sentences (%d tokens); one line per epoch, * marks the best\n", ts, tt, ds, dt)
	res, err := ner.Train(ctx, train, dev, opts)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, res.Model, 0o644); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fmt.Fprintf(e.stdout, "best epoch %d of %d: dev F1 %.2f; %d of %d features kept; wrote %s (%.1f MB)\n",
		res.BestEpoch, res.Epochs, 100*res.Dev.All.F1(), res.Features, res.Candidates, *out, float64(len(res.Model))/1e6)
	if !*stage2 {
		return nil
	}
	res2, err := trainStage2(ctx, e, train, dev, opts, res.Model)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out2, res2.Model, 0o644); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fmt.Fprintf(e.stdout, "stage 2: best epoch %d of %d: dev F1 %.2f; %d of %d features kept; wrote %s (%.1f MB)\n",
		res2.BestEpoch, res2.Epochs, 100*res2.Dev.All.F1(), res2.Features, res2.Candidates, *out2, float64(len(res2.Model))/1e6)
	return nil
}

// trainStage2 trains a second stage over the first stage's labels. The
// labels of the training documents come from first-stage models trained on
// the other half of them (two-fold cross-validation), so that they are as
// wrong as the first stage's labels of unseen text; those of dev come from
// the first-stage model itself.
func trainStage2(ctx context.Context, e *env, train, dev []ner.Document, opts ner.TrainOptions, model1 []byte) (*ner.TrainResult, error) {
	label := func(model []byte, docs []ner.Document) error {
		m, err := ner.Load(model)
		if err != nil {
			return err
		}
		tg, err := ner.NewTagger(m, opts.Resources)
		if err != nil {
			return err
		}
		for _, d := range docs {
			sents := make([][]string, len(d))
			for k, s := range d {
				sents[k] = s.Tokens
			}
			for k, ls := range tg.Tag(sents) {
				d[k].Stage1 = ls
			}
		}
		return nil
	}
	progress := opts.Progress
	for fold := range 2 {
		var in, out []ner.Document
		for i, d := range train {
			if i%2 == fold {
				out = append(out, d)
			} else {
				in = append(in, d)
			}
		}
		fmt.Fprintf(e.stderr, "stage 2: first stage on fold %d of 2 (%d documents), to label the other %d\n", fold+1, len(in), len(out))
		o := opts
		o.Progress = nil
		res, err := ner.Train(ctx, in, dev, o)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(e.stderr, "stage 2: fold %d: dev F1 %.2f (epoch %d)\n", fold+1, 100*res.Dev.All.F1(), res.BestEpoch)
		if err := label(res.Model, out); err != nil {
			return nil, err
		}
	}
	if err := label(model1, dev); err != nil {
		return nil, err
	}
	o := opts
	o.Features |= ner.FeatStage2
	o.Version = modelVersion(o.Features)
	o.Progress = progress
	fmt.Fprintf(e.stderr, "stage 2: training the second stage\n")
	return ner.Train(ctx, train, dev, o)
}

// casingCorpora are the directories of unlabelled news text, under the data
// directory, whose word case the casing lexicon counts.
var casingCorpora = []string{"corpus/bbc", "corpus/gigaword-te3", "quotes/polnear/train/text"}

// countCasing tokenizes the unlabelled news text of the data directory and
// counts its word forms.
func countCasing(ctx context.Context, data string) (*ner.CaseCounter, int, error) {
	cc := &ner.CaseCounter{}
	words := 0
	for _, dir := range casingCorpora {
		err := filepath.WalkDir(filepath.Join(data, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(path, ".txt") || strings.EqualFold(d.Name(), "README.txt") {
				return nil
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			text := string(b)
			toks := tokenize.Tokenize(text)
			var sent []string
			k := 0
			for _, s := range tokenize.Sentences(text, toks, tokenize.Paragraphs(text)) {
				sent = sent[:0]
				for ; k < len(toks) && toks[k].Start < s.End; k++ {
					if toks[k].Start >= s.Start {
						sent = append(sent, text[toks[k].Start:toks[k].End])
					}
				}
				cc.Add(sent)
			}
			words += len(toks)
			return nil
		})
		if err != nil {
			return nil, 0, fmt.Errorf("train ner: casing corpus: %w", unwrapPathError(err))
		}
	}
	return cc, words, nil
}

// modelVersion names a model after its feature families and the day it
// was trained.
func modelVersion(f ner.Features) string {
	v := "ner-local"
	if f&ner.FeatClusters != 0 {
		v += "+clusters"
	}
	if f&ner.FeatGazetteer != 0 {
		v += "+gazetteers"
	}
	if f&ner.FeatListClusters != 0 {
		v += "+listclusters"
	}
	if f&ner.FeatStage2 != 0 {
		v += "+stage2"
	}
	if f&ner.FeatContext != 0 {
		v += "+context"
	}
	if f&ner.FeatAggregate != 0 {
		v += "+aggregate"
	}
	if f&ner.FeatBigrams != 0 {
		v += "+bigrams"
	}
	return v + "-" + time.Now().UTC().Format("2006-01-02")
}
