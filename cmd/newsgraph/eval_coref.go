package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/coref"
	"github.com/newsgraph/newsgraph/coref/gumeval"
	"github.com/newsgraph/newsgraph/format/conllu"
)

func runEvalCoref(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval coref", "[flags] FILE.conllu|DIR …")
	verbose := fs.Bool("v", false, "list the wrong and missed resolutions")
	half := fs.String("half", "", "score only half of the files, A (even positions in sorted file-name order) or B (odd); empty for all")
	split := fs.String("split", "", "score only GUM's official train, dev or test documents (splits.md of GUM; any other file is train); empty for all")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &usageError{msg: "eval coref: no files given", hint: "newsgraph eval coref ../shared/data/ner/gum-news/dep"}
	}
	if *half != "" && *half != "A" && *half != "B" {
		return &usageError{msg: "eval coref: -half must be A or B", hint: "newsgraph eval coref -half A ../shared/data/ner/gum-news/dep"}
	}
	if *split != "" && *split != "train" && *split != "dev" && *split != "test" {
		return &usageError{msg: "eval coref: -split must be train, dev or test", hint: "newsgraph eval coref -split train ../shared/data/ner/gum-news/dep"}
	}
	files, err := expandFiles(fs.Args(), ".conllu")
	if err != nil {
		return fmt.Errorf("eval coref: %w", err)
	}
	if *split != "" {
		var kept []string
		for _, f := range files {
			if gumeval.Split(f) == *split {
				kept = append(kept, f)
			}
		}
		if len(kept) == 0 {
			return fmt.Errorf("eval coref: no file of GUM's %s split among %d", *split, len(files))
		}
		files = kept
	}
	slices.SortFunc(files, func(a, b string) int { return strings.Compare(filepath.Base(a), filepath.Base(b)) })
	if *half != "" {
		from := 1
		if *half == "A" {
			from = 0
		}
		files = everyOther(files, filepath.Base, from)
	}
	a := analyze.New(analyze.Options{})
	var score gumeval.Score
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return fmt.Errorf("eval coref: %w", unwrapPathError(err))
		}
		ds, err := conllu.Read(fh)
		fh.Close()
		if err != nil {
			return fmt.Errorf("eval coref: %s: %w", f, err)
		}
		if len(ds) == 0 {
			return fmt.Errorf("eval coref: %s: no sentences (an empty file?)", f)
		}
		for _, cd := range ds {
			gold, err := gumeval.FromCoNLLU(cd)
			if err != nil {
				return fmt.Errorf("eval coref: %s: %w", f, err)
			}
			doc, err := a.Analyze(ctx, analyze.Input{Data: []byte(cd.Text), Name: cd.ID})
			if err != nil {
				return fmt.Errorf("eval coref: %s: %w", f, err)
			}
			// a fresh resolver, as the relation stage has
			if err := score.Add(gold, doc, coref.NewResolver(doc)); err != nil {
				return fmt.Errorf("eval coref: %s: %w", f, err)
			}
		}
	}
	if *verbose {
		if err := score.WriteErrors(e.stdout); err != nil {
			return err
		}
		if err := score.WriteForms(e.stdout); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, "by class and GUM entity type:")
		if err := score.WriteKinds(e.stdout); err != nil {
			return err
		}
	}
	return score.Write(e.stdout)
}
