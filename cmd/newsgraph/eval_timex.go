package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/timeml"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/timex/tempeval"
	"github.com/newsgraph/newsgraph/tokenize"
)

func runEvalTimex(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval timex", "[flags] DIR|FILE.tml …")
	perDoc := fs.Bool("per-doc", false, "print the figures of each document")
	showErrors := fs.Bool("errors", false, "print every missed, spurious, misplaced or wrongly valued expression")
	half := fs.String("half", "", "score one half of the documents, `A` or B: sorted by directory and file name, A takes the 1st, 3rd, 5th … and B the others (a split by document for checking a change on data it was not tuned on)")
	kinds := fs.Bool("kinds", false, "sort the wrong values and types by kind (format, granularity, anchor …) and count them, with examples")
	write := fs.String("write", "", "also write the predictions to `DIR`/NAME.json, in the form ../shared/eval/timex_eval.py scores")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &usageError{msg: "eval timex: no files given", hint: "newsgraph eval timex ../shared/data/timex/TimeBank ../shared/data/timex/AQUAINT"}
	}
	files, err := expandFiles(fs.Args(), ".tml")
	if err != nil {
		return fmt.Errorf("eval timex: %w", err)
	}
	if len(files) == 0 {
		return fmt.Errorf("eval timex: no .tml files in %s", strings.Join(fs.Args(), ", "))
	}
	if *half != "" {
		if files, err = halfOf(files, *half); err != nil {
			return err
		}
	}
	if *write != "" {
		if err := os.MkdirAll(*write, 0o755); err != nil {
			return fmt.Errorf("eval timex: %w", err)
		}
	}
	type row struct {
		name string
		c    tempeval.Counts
	}
	var (
		total tempeval.Counts
		rows  []row
		tally = map[string][]string{} // kind → examples
	)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("eval timex: %w", unwrapPathError(err))
		}
		tml, err := timeml.Parse(data)
		if err != nil {
			return fmt.Errorf("eval timex: %s: %w", f, err)
		}
		pred := tagTimeML(ctx, tml)
		gold, preds := timexAnnotations(tml, pred)
		res := tempeval.Score(tml.Text, gold, preds)
		total.Add(res.Counts)
		name := strings.TrimSuffix(filepath.Base(f), ".tml")
		rows = append(rows, row{name, res.Counts})
		if *write != "" {
			if err := writePredictions(filepath.Join(*write, name+".json"), preds); err != nil {
				return fmt.Errorf("eval timex: %w", err)
			}
		}
		if *showErrors {
			printTimexErrors(e.stdout, name, tml, gold, preds, res)
		}
		if *kinds {
			for _, m := range res.Matches {
				g, p := gold[m.Gold], res.Aligned[m.Pred]
				if g.Value != p.Value || g.Type != p.Type {
					k := tempeval.MismatchKind(g.Type, g.Value, p.Type, p.Value)
					tally[k] = append(tally[k], fmt.Sprintf("%s %q %s/%s", name, g.Text, g.Value, p.Value))
				}
			}
		}
	}
	if *kinds {
		printKinds(e.stdout, tally)
		fmt.Fprintln(e.stdout)
	}
	if err := total.Report(e.stdout); err != nil {
		return err
	}
	if *perDoc {
		slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.name, b.name) })
		fmt.Fprintf(e.stdout, "\n%-40s %5s %5s %6s %6s %6s\n", "document", "gold", "pred", "strict", "relax", "value")
		for _, r := range rows {
			fmt.Fprintf(e.stdout, "%-40s %5d %5d %6d %6d %6d\n", r.name, r.c.Gold, r.c.Pred, r.c.Strict, r.c.Relaxed, r.c.ValueOK)
		}
	}
	return nil
}

// tagTimeML runs the tokenizer and the time tagger on a TimeML document's
// text, anchored at its creation time. The text is taken as all body: a
// TimeML <TEXT> holds the story only.
func tagTimeML(ctx context.Context, tml *timeml.Document) []document.Timex {
	doc := document.New(tml.Text)
	doc.Meta.Published = tml.Published()
	_ = tokenize.Process(ctx, doc)
	_ = timex.Process(ctx, doc)
	return doc.Timexes
}

// timexAnnotations converts gold and predicted expressions to the
// scorer's code-point annotations.
func timexAnnotations(tml *timeml.Document, pred []document.Timex) (gold, preds []tempeval.Annotation) {
	ix := document.NewIndex(tml.Text)
	for _, g := range tml.Timexes {
		gold = append(gold, tempeval.Annotation{Start: ix.Runes(g.Start), End: ix.Runes(g.End), Text: g.Text, Type: g.Type, Value: g.Value})
	}
	for _, p := range pred {
		preds = append(preds, tempeval.Annotation{Start: ix.Runes(p.Start), End: ix.Runes(p.End), Text: p.Text, Type: p.Type, Value: p.Value})
	}
	return gold, preds
}

// writePredictions writes {"timexes": [...]} as timex_eval.py reads it.
func writePredictions(path string, preds []tempeval.Annotation) error {
	type item struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Type  string `json:"type"`
		Value string `json:"value"`
	}
	items := make([]item, 0, len(preds))
	for _, p := range preds {
		items = append(items, item{p.Start, p.End, p.Text, p.Type, p.Value})
	}
	data, err := json.Marshal(map[string]any{"timexes": items})
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// printTimexErrors lists what went wrong in one document.
func printTimexErrors(w io.Writer, name string, tml *timeml.Document, gold, preds []tempeval.Annotation, res tempeval.Result) {
	runes := []rune(tml.Text)
	ctx := func(a tempeval.Annotation) string {
		lo, hi := max(0, a.Start-40), min(len(runes), a.End+25)
		s := string(runes[lo:a.Start]) + "[" + string(runes[a.Start:a.End]) + "]" + string(runes[a.End:hi])
		return strings.Join(strings.Fields(s), " ")
	}
	matchedG := make([]bool, len(gold))
	matchedP := make([]bool, len(preds))
	for _, m := range res.Matches {
		matchedG[m.Gold], matchedP[m.Pred] = true, true
		g, p := gold[m.Gold], res.Aligned[m.Pred]
		switch {
		case g.Value != p.Value || g.Type != p.Type:
			fmt.Fprintf(w, "%s\tVALUE\t%s %s\tgot %s %s\t%q\t%s\n", name, g.Type, g.Value, p.Type, p.Value, p.Text, ctx(g))
		case g.Start != p.Start || g.End != p.End:
			fmt.Fprintf(w, "%s\tSPAN\t%q\tgot %q\t%s\n", name, g.Text, p.Text, ctx(g))
		}
	}
	for i, g := range gold {
		if !matchedG[i] {
			fmt.Fprintf(w, "%s\tMISS\t%s %s\t%q\t%s\n", name, g.Type, g.Value, g.Text, ctx(g))
		}
	}
	for i, p := range res.Aligned {
		if !matchedP[i] && p.Start >= 0 {
			fmt.Fprintf(w, "%s\tSPURIOUS\t%s %s\t%q\t%s\n", name, p.Type, p.Value, p.Text, ctx(p))
		}
	}
	_ = tml.DCT
}

// printKinds prints the count of each kind of wrong value, most frequent
// first, with the first examples (document, text, gold/predicted value).
func printKinds(w io.Writer, tally map[string][]string) {
	type kind struct {
		name string
		ex   []string
	}
	var ks []kind
	n := 0
	for k, ex := range tally {
		ks = append(ks, kind{k, ex})
		n += len(ex)
	}
	slices.SortFunc(ks, func(a, b kind) int {
		if c := len(b.ex) - len(a.ex); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	fmt.Fprintf(w, "wrong value or type, by kind (%d matches)\n", n)
	for _, k := range ks {
		fmt.Fprintf(w, "%5d  %s\n", len(k.ex), k.name)
		for _, x := range k.ex[:min(3, len(k.ex))] {
			fmt.Fprintf(w, "         %s\n", x)
		}
	}
}

// halfOf returns half A or B of files: sorted by the name of the file's
// directory and then its own, A takes the files at even positions (the
// 1st, 3rd …) and B those at odd ones.
func halfOf(files []string, half string) ([]string, error) {
	var want int
	switch strings.ToUpper(half) {
	case "A":
		want = 0
	case "B":
		want = 1
	default:
		return nil, &usageError{msg: fmt.Sprintf("eval timex: --half %q: want A or B", half)}
	}
	return everyOther(files, func(f string) string { return filepath.Base(filepath.Dir(f)) + "/" + filepath.Base(f) }, want), nil
}

// everyOther returns the items of xs at even (from 0) or odd (from 1)
// positions in the order of key, in that order; xs is not changed. The
// evaluations' -half A and B are its two halves.
func everyOther[T any](xs []T, key func(T) string, from int) []T {
	xs = slices.Clone(xs)
	slices.SortStableFunc(xs, func(a, b T) int { return strings.Compare(key(a), key(b)) })
	var out []T
	for i, x := range xs {
		if i%2 == from {
			out = append(out, x)
		}
	}
	return out
}
