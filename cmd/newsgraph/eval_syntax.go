package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/syntax/syntaxtrain"
)

func runEvalSyntax(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval syntax", "[flags]  (CoNLL-2003 eng.testa and GUM's development files, under -data)")
	data := fs.String("data", filepath.Join("..", "shared", "data"), "the shared data directory")
	modelFile := fs.String("model", "", "measure this model file instead of the embedded one")
	verbose := fs.Bool("v", false, "also print the tagger's commonest errors and the parser's figures per label")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return &usageError{msg: "eval syntax: no arguments expected", hint: "newsgraph eval syntax -data ../shared/data"}
	}
	tag := syntaxtrain.TagFunc(syntax.Tag)
	parse := syntaxtrain.ParseFunc(func(words []string) ([]string, []int, []string) {
		t := syntax.Parse(words)
		return t.Tags, t.Heads, t.Labels
	})
	if *modelFile != "" {
		b, err := os.ReadFile(*modelFile)
		if err != nil {
			return fmt.Errorf("eval syntax: %w", unwrapPathError(err))
		}
		if tag, parse, err = syntaxtrain.FromModel(b); err != nil {
			return fmt.Errorf("eval syntax: %s: %w", *modelFile, err)
		}
	}
	c, err := syntaxtrain.Load(*data)
	if err != nil {
		return fmt.Errorf("eval syntax: %w", unwrapPathError(err))
	}
	r := syntaxtrain.Evaluate(c, tag, parse)
	r.Print(e.stdout)
	if *verbose {
		r.PrintDetails(e.stdout)
	}
	return nil
}
