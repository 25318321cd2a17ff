package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/coref"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/relation/newsgold"
)

// An interArticle is one gold article analysed by the rules, with the
// interaction model's labelled candidates.
type interArticle struct {
	art   *newsgold.Article
	doc   *document.Document
	rules []document.Relation
	cands []relation.ArgCandidate
	// labels are the candidates' gold types ("" none); ambiguous ones
	// (a gold relation of the sentence matches only through the
	// same-sentence rule, its trigger elsewhere) are left out of
	// training.
	labels    []string
	ambiguous []bool
}

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
	slices.SortFunc(arts, func(a, b *newsgold.Article) int { return strings.Compare(a.ID, b.ID) })
	relation.UseArgModel.Store(false)
	a := analyze.New(analyze.Options{})
	var ias []*interArticle
	for _, art := range arts {
		doc, err := a.Analyze(ctx, analyze.Input{Data: []byte(art.Text), Name: art.Source, Published: art.Published})
		if err != nil {
			return fmt.Errorf("train interactions: %s: %w", art.ID, err)
		}
		ia := &interArticle{art: art, doc: doc, rules: slices.Clone(doc.Relations)}
		ia.cands = relation.ArgCandidates(doc, coref.NewResolver(doc))
		m := newsgold.NewMatcher(doc)
		for i := range ia.cands {
			c := &ia.cands[i]
			label, amb := "", false
			for _, g := range art.Relations {
				if !slices.Contains(c.Types, g.Type) || !m.Matches(g, c.Relation(g.Type)) {
					continue
				}
				if m.Trigger(g).Overlaps(c.Trigger) {
					label = g.Type
				} else {
					amb = true
				}
			}
			ia.labels = append(ia.labels, label)
			ia.ambiguous = append(ia.ambiguous, amb && label == "")
		}
		ias = append(ias, ia)
	}
	opt := relation.ArgTrainOptions{Epochs: *epochs, Rate: *rate, L2: *l2, Seed: 1, PosWeight: *posWeight}
	examples := func(skip func(i int) bool) []relation.ArgExample {
		var exs []relation.ArgExample
		for i, ia := range ias {
			if skip(i) {
				continue
			}
			for k, c := range ia.cands {
				if !ia.ambiguous[k] {
					exs = append(exs, relation.ArgExample{Cand: c, Label: ia.labels[k]})
				}
			}
		}
		return exs
	}
	var npos, nc int
	for _, ia := range ias {
		nc += len(ia.cands)
		for _, l := range ia.labels {
			if l != "" {
				npos++
			}
		}
	}
	fmt.Fprintf(e.stdout, "%d articles, %d candidates, %d labelled with a gold interaction\n", len(ias), nc, npos)
	chosen := 0.0
	if *folds > 1 {
		models := make([]*relation.ArgModel, len(ias))
		for f := 0; f < *folds; f++ {
			m, err := relation.TrainArgModel(ctx, examples(func(i int) bool { return i%*folds == f }), opt)
			if err != nil {
				return fmt.Errorf("train interactions: %w", err)
			}
			for i := range ias {
				if i%*folds == f {
					models[i] = m
				}
			}
		}
		score := func(th float64, rules, model bool) newsgold.Score {
			var sc newsgold.Score
			for i, ia := range ias {
				var rs []document.Relation
				if rules {
					rs = slices.Clone(ia.rules)
				}
				if model {
					models[i].Threshold = th
					rs = append(rs, models[i].Predict(ia.cands, rs)...)
				}
				doc := *ia.doc
				doc.Relations = rs
				sc.Add(ia.art, &doc)
			}
			return sc
		}
		sc := score(0, true, false)
		p, r, f1 := sc.Micro()
		fmt.Fprintf(e.stdout, "rules alone: P %.2f R %.2f F1 %.2f\n", p, r, f1)
		var oracle, train newsgold.Score
		all, err := relation.TrainArgModel(ctx, examples(func(int) bool { return false }), opt)
		if err != nil {
			return fmt.Errorf("train interactions: %w", err)
		}
		all.Threshold = 0.5
		for _, ia := range ias {
			var rs []document.Relation
			for k, c := range ia.cands {
				if ia.labels[k] != "" {
					rs = append(rs, c.Relation(ia.labels[k]))
				}
			}
			doc := *ia.doc
			doc.Relations = rs
			oracle.Add(ia.art, &doc)
			doc.Relations = all.Predict(ia.cands, nil)
			train.Add(ia.art, &doc)
		}
		p, r, _ = oracle.Micro()
		fmt.Fprintf(e.stdout, "candidates labelled by gold (oracle): P %.2f R %.2f\n", p, r)
		p, r, _ = train.Micro()
		fmt.Fprintf(e.stdout, "model on its own training data at 0.5: P %.2f R %.2f\n", p, r)
		fmt.Fprintf(e.stdout, "cross-validated over %d article folds (model trained without the fold's articles):\nthreshold\tmodel P\tR\tF1\trules+model P\tR\tF1\n", *folds)
		bestR := -1.0
		for th := 0.30; th < 0.99; th += 0.05 {
			ms := score(th, false, true)
			mp, mr, mf := ms.Micro()
			us := score(th, true, true)
			up, ur, uf := us.Micro()
			fmt.Fprintf(e.stdout, "%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", th, mp, mr, mf, up, ur, uf)
			if up >= *minP && ur > bestR {
				bestR, chosen = ur, th
			}
		}
		if bestR < 0 {
			chosen = 0.99
		}
		fmt.Fprintf(e.stdout, "chosen threshold %.2f\n", chosen)
		if *verbose {
			for i, ia := range ias {
				models[i].Threshold = chosen
				doc := *ia.doc
				doc.Relations = models[i].Predict(ia.cands, ia.rules)
				var sc newsgold.Score
				m := sc.Add(ia.art, &doc)
				for _, r := range m.Wrong {
					fmt.Fprintf(e.stdout, "+ %s %s(%s) %s(%s)\n", ia.art.ID, r.Type, entName(&doc, r.Subject), entName(&doc, r.Object), doc.Text[r.Trigger.Start:r.Trigger.End])
				}
				for k := range ia.cands {
					c := &ia.cands[k]
					if ia.labels[k] == "" {
						continue
					}
					typ, p := models[i].Best(c)
					if typ != ia.labels[k] || p < chosen {
						fmt.Fprintf(e.stdout, "- %s %s(%s) %s(%s) got %s %.2f\n", ia.art.ID, ia.labels[k], entName(&doc, c.Subject), entName(&doc, c.Object), doc.Text[c.Trigger.Start:c.Trigger.End], typ, p)
					}
				}
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
	m, err := relation.TrainArgModel(ctx, examples(func(int) bool { return false }), opt)
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

func entName(doc *document.Document, id string) string {
	if e := doc.Entity(id); e != nil {
		return e.Name
	}
	return id
}
