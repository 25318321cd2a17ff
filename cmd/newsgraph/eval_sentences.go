package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/format/conllu"
	"github.com/newsgraph/newsgraph/tokenize"
)

func runEvalSentences(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval sentences", "[flags] FILE.conllu|FILE.iob2|DIR …")
	verbose := fs.Bool("v", false, "print the score of each document")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &usageError{msg: "eval sentences: no files given", hint: "newsgraph eval sentences ../shared/data/ner/gum-news/dep"}
	}
	files, err := expandFiles(fs.Args(), ".conllu", ".iob2")
	if err != nil {
		return err
	}
	var total tokenize.BoundaryScore
	docs := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return fmt.Errorf("eval sentences: %w", unwrapPathError(err))
		}
		ds, err := conllu.Read(fh)
		fh.Close()
		if err != nil {
			return fmt.Errorf("eval sentences: %s: %w", f, err)
		}
		for _, d := range ds {
			pred := tokenize.Sentences(d.Text, tokenize.Tokenize(d.Text), tokenize.Paragraphs(d.Text))
			sc := tokenize.ScoreBoundaries(d.Text, d.SentSpans, pred, d.Paragraphs)
			total.Add(sc)
			docs++
			if *verbose {
				fmt.Fprintf(e.stdout, "%-40s P %.4f R %.4f F1 %.4f\n", d.ID, sc.Precision(), sc.Recall(), sc.F1())
			}
		}
	}
	fmt.Fprintf(e.stdout, "documents %d, boundaries %d (found %d, missed %d, spurious %d)\n", docs, total.TP+total.FN, total.TP, total.FN, total.FP)
	fmt.Fprintf(e.stdout, "precision %.4f recall %.4f F1 %.4f\n", total.Precision(), total.Recall(), total.F1())
	return nil
}

// expandFiles replaces each directory in args by the files in it with one of
// the given extensions, sorted.
func expandFiles(args []string, exts ...string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, unwrapPathError(err)
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		n := len(out)
		for _, ext := range exts {
			m, err := filepath.Glob(filepath.Join(a, "*"+ext))
			if err != nil {
				return nil, err
			}
			out = append(out, m...)
		}
		if len(out) == n {
			return nil, fmt.Errorf("%s: no %s files in the directory", a, strings.Join(exts, " or "))
		}
	}
	return out, nil
}
