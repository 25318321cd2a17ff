package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/quote/polnear"
)

func runEvalQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval quotes", "[flags] DIR  (PolNeAR layout: DIR/text/NAME.txt, DIR/attributions/NAME.ann)")
	write := fs.String("write", "", "also write each article's Document JSON to this directory (NAME.json), for ../shared/eval/quote_eval.py")
	neutral := fs.Bool("direct-neutral", true, "last line: direct_F1 from DIRECT-N, as quote_eval.py score --direct-neutral")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return &usageError{msg: "eval quotes: give one corpus directory", hint: "newsgraph eval quotes ../shared/data/quotes/polnear/dev"}
	}
	arts, err := polnear.Load(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	if *write != "" {
		if err := os.MkdirAll(*write, 0o755); err != nil {
			return fmt.Errorf("eval quotes: %w", unwrapPathError(err))
		}
	}
	a := analyze.New(analyze.Options{})
	var score polnear.Score
	for _, art := range arts {
		doc, err := a.Analyze(ctx, analyze.Input{Data: []byte(art.Text), Name: art.Name, Published: art.Published})
		if err != nil {
			if errors.Is(err, analyze.ErrEmpty) {
				doc = document.New(art.Text)
			} else {
				return fmt.Errorf("eval quotes: %w", err)
			}
		}
		preds, err := art.Predictions(doc)
		if err != nil {
			return fmt.Errorf("eval quotes: %w", err)
		}
		score.Add(art, preds)
		if *write != "" {
			if err := writeDocument(filepath.Join(*write, art.Name+".json"), doc); err != nil {
				return fmt.Errorf("eval quotes: %w", err)
			}
		}
	}
	return score.Report(e.stdout, *neutral)
}

func writeDocument(path string, doc *document.Document) error {
	f, err := os.Create(path)
	if err != nil {
		return unwrapPathError(err)
	}
	if err := document.Encode(f, doc, document.EncodeOptions{}); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
