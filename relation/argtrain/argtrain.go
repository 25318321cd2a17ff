// Package argtrain trains the relation stage's interaction model
// (relation.ArgModel) on the hand-annotated news gold set
// (relation/testdata/newsgold): it analyses each article with the rules
// alone, labels the model's candidates with the scorer's own matching
// (package newsgold), cross-validates by article folds and chooses the
// threshold there. `newsgraph train interactions` is its command; set C
// (relation/testdata/newsgold-c) is never trained on.
package argtrain

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/coref"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/relation/newsgold"
)

// An Article is one gold article analysed by the rules, with the
// interaction model's labelled candidates.
type Article struct {
	Gold  *newsgold.Article
	Doc   *document.Document
	Rules []document.Relation // the rules' relations
	Cands []relation.ArgCandidate
	// Labels are the candidates' gold types ("" none); Ambiguous ones
	// (a gold relation of the sentence matches only through the
	// same-sentence rule, its trigger elsewhere) are left out of
	// training.
	Labels    []string
	Ambiguous []bool
}

// Prepare analyses the articles, in the order of their ids, with the
// interaction model off, and labels their candidates.
func Prepare(ctx context.Context, arts []*newsgold.Article) ([]*Article, error) {
	arts = slices.Clone(arts)
	slices.SortFunc(arts, func(a, b *newsgold.Article) int { return strings.Compare(a.ID, b.ID) })
	relation.UseArgModel.Store(false)
	a := analyze.New(analyze.Options{})
	var out []*Article
	for _, art := range arts {
		doc, err := a.Analyze(ctx, analyze.Input{Data: []byte(art.Text), Name: art.Source, Published: art.Published})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", art.ID, err)
		}
		ia := &Article{Gold: art, Doc: doc, Rules: slices.Clone(doc.Relations)}
		ia.Cands = relation.ArgCandidates(doc, coref.NewResolver(doc))
		m := newsgold.NewMatcher(doc)
		for i := range ia.Cands {
			c := &ia.Cands[i]
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
			ia.Labels = append(ia.Labels, label)
			ia.Ambiguous = append(ia.Ambiguous, amb && label == "")
		}
		out = append(out, ia)
	}
	return out, nil
}

// Counts returns the number of candidates and of those labelled with a
// gold interaction.
func Counts(arts []*Article) (cands, labelled int) {
	for _, ia := range arts {
		cands += len(ia.Cands)
		for _, l := range ia.Labels {
			if l != "" {
				labelled++
			}
		}
	}
	return cands, labelled
}

// examples returns the training examples of the articles skip leaves in.
func examples(arts []*Article, skip func(i int) bool) []relation.ArgExample {
	var exs []relation.ArgExample
	for i, ia := range arts {
		if skip(i) {
			continue
		}
		for k, c := range ia.Cands {
			if !ia.Ambiguous[k] {
				exs = append(exs, relation.ArgExample{Cand: c, Label: ia.Labels[k]})
			}
		}
	}
	return exs
}

// Train trains the model on all the articles.
func Train(ctx context.Context, arts []*Article, opt relation.ArgTrainOptions) (*relation.ArgModel, error) {
	return relation.TrainArgModel(ctx, examples(arts, func(int) bool { return false }), opt)
}

// CrossValidate trains one model per fold (article i is in fold
// i%folds) without the fold's articles, and returns for each article the
// model that did not see it.
func CrossValidate(ctx context.Context, arts []*Article, opt relation.ArgTrainOptions, folds int) ([]*relation.ArgModel, error) {
	models := make([]*relation.ArgModel, len(arts))
	for f := 0; f < folds; f++ {
		m, err := relation.TrainArgModel(ctx, examples(arts, func(i int) bool { return i%folds == f }), opt)
		if err != nil {
			return nil, err
		}
		for i := range arts {
			if i%folds == f {
				models[i] = m
			}
		}
	}
	return models, nil
}

// Score scores the rules' relations (if rules), the relations the
// models add at threshold th (if model), or both, against the gold.
// models[i] is article i's model; their thresholds are set to th.
func Score(arts []*Article, models []*relation.ArgModel, th float64, rules, model bool) newsgold.Score {
	var sc newsgold.Score
	for i, ia := range arts {
		var rs []document.Relation
		if rules {
			rs = slices.Clone(ia.Rules)
		}
		if model {
			models[i].Threshold = th
			rs = append(rs, models[i].Predict(ia.Cands, rs)...)
		}
		doc := *ia.Doc
		doc.Relations = rs
		sc.Add(ia.Gold, &doc)
	}
	return sc
}

// Bounds returns the score of the candidates labelled by the gold (the
// recall the candidates allow) and that of a model trained on all the
// articles at threshold 0.5, scored on them.
func Bounds(ctx context.Context, arts []*Article, opt relation.ArgTrainOptions) (oracle, train newsgold.Score, err error) {
	all, err := Train(ctx, arts, opt)
	if err != nil {
		return oracle, train, err
	}
	all.Threshold = 0.5
	for _, ia := range arts {
		var rs []document.Relation
		for k, c := range ia.Cands {
			if ia.Labels[k] != "" {
				rs = append(rs, c.Relation(ia.Labels[k]))
			}
		}
		doc := *ia.Doc
		doc.Relations = rs
		oracle.Add(ia.Gold, &doc)
		doc.Relations = all.Predict(ia.Cands, nil)
		train.Add(ia.Gold, &doc)
	}
	return oracle, train, nil
}

// A Row is one threshold's cross-validated micro P, R and F1 of the
// model alone and of the rules and the model together.
type Row struct {
	Threshold float64
	Model     [3]float64
	Union     [3]float64
}

// Thresholds scores thresholds 0.30, 0.35, … 0.95 and chooses the one of
// best recall of the rules and the model together at precision minP or
// more (0.99 when none reaches it).
func Thresholds(arts []*Article, models []*relation.ArgModel, minP float64) (rows []Row, chosen float64) {
	bestR := -1.0
	for th := 0.30; th < 0.99; th += 0.05 {
		ms := Score(arts, models, th, false, true)
		mp, mr, mf := ms.Micro()
		us := Score(arts, models, th, true, true)
		up, ur, uf := us.Micro()
		rows = append(rows, Row{Threshold: th, Model: [3]float64{mp, mr, mf}, Union: [3]float64{up, ur, uf}})
		if up >= minP && ur > bestR {
			bestR, chosen = ur, th
		}
	}
	if bestR < 0 {
		chosen = 0.99
	}
	return rows, chosen
}

// Errors lists, one line each, the relations the held-out models add at
// threshold th that no gold one matches ("+ id type(subject) (object)
// (trigger)") and the gold-labelled candidates they miss ("- …").
func Errors(arts []*Article, models []*relation.ArgModel, th float64) []string {
	var lines []string
	for i, ia := range arts {
		models[i].Threshold = th
		doc := *ia.Doc
		doc.Relations = models[i].Predict(ia.Cands, ia.Rules)
		var sc newsgold.Score
		m := sc.Add(ia.Gold, &doc)
		for _, r := range m.Wrong {
			lines = append(lines, fmt.Sprintf("+ %s %s(%s) %s(%s)", ia.Gold.ID, r.Type, entName(&doc, r.Subject), entName(&doc, r.Object), doc.Text[r.Trigger.Start:r.Trigger.End]))
		}
		for k := range ia.Cands {
			c := &ia.Cands[k]
			if ia.Labels[k] == "" {
				continue
			}
			typ, p := models[i].Best(c)
			if typ != ia.Labels[k] || p < th {
				lines = append(lines, fmt.Sprintf("- %s %s(%s) %s(%s) got %s %.2f", ia.Gold.ID, ia.Labels[k], entName(&doc, c.Subject), entName(&doc, c.Object), doc.Text[c.Trigger.Start:c.Trigger.End], typ, p))
			}
		}
	}
	return lines
}

func entName(doc *document.Document, id string) string {
	if e := doc.Entity(id); e != nil {
		return e.Name
	}
	return id
}
