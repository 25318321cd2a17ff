package main

import (
	"context"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/format/trafeval"
)

func runEvalExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval extract", "[flags]")
	archive := fs.String("archive", trafeval.DefaultArchive, "the trafilatura evaluation pages (eval-html.tar.gz), read without unpacking")
	data := fs.String("data", "../shared/data/extract/trafilatura-eval/evaldata.json", "the trafilatura evaluation annotations")
	gold := fs.String("gold", "extract/testdata/meta-gold.jsonl", "hand-marked metadata of English news pages of the set")
	misses := fs.Bool("misses", false, "list the metadata disagreements")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	items, err := trafeval.ReadFile(*data)
	if err != nil {
		return fmt.Errorf("eval extract: %w", err)
	}
	gf, err := os.Open(*gold)
	if err != nil {
		return fmt.Errorf("eval extract: %w", unwrapPathError(err))
	}
	golds, err := extract.ReadMetaGold(gf)
	gf.Close()
	if err != nil {
		return fmt.Errorf("eval extract: %w", err)
	}
	pages, err := trafeval.ReadArchive(*archive, nil)
	if err != nil {
		return fmt.Errorf("eval extract: %w", err)
	}
	c := trafeval.Evaluate(items, pages, func(html []byte, url string) (string, error) {
		a, err := extract.HTML(html, extract.Options{URL: url})
		if err != nil {
			return "", err
		}
		return a.Main(), nil
	})
	fmt.Fprintf(e.stdout, "main text, %d pages (evaluate.py scoring): P %.4f R %.4f Acc %.4f F1 %.4f\n",
		len(items), c.Precision(), c.Recall(), c.Accuracy(), c.F1())
	s := extract.EvalMeta(golds, pages)
	n := float64(s.Pages)
	fmt.Fprintf(e.stdout, "metadata, %d hand-marked English news pages:\n", s.Pages)
	fmt.Fprintf(e.stdout, "  title    %.3f (%d/%d)\n", float64(s.Title)/n, s.Title, s.Pages)
	fmt.Fprintf(e.stdout, "  date     %.3f (%d/%d pages that show one; %d found, %d of them wrong; %d more where the page shows none)\n",
		float64(s.Date)/float64(max(s.DateGold, 1)), s.Date, s.DateGold, s.DateFound, s.DateWrong, s.DateExtra)
	fmt.Fprintf(e.stdout, "  authors  %.3f (%d/%d); names P %.3f R %.3f\n", float64(s.Authors)/n, s.Authors, s.Pages, s.NamePrecision(), s.NameRecall())
	if *misses {
		for _, m := range s.Misses {
			fmt.Fprintln(e.stdout, m)
		}
	}
	return nil
}
