// Package argtrain trains the relation stage's interaction model
// (relation.ArgModel) on the hand-annotated news gold sets
// (relation/testdata/newsgold, -d, -e): it analyses each article with the
// rules alone, labels the model's candidates with the scorer's own
// matching (package newsgold), evaluates by article folds and by set
// (train on some sets, test on another) and chooses the threshold on
// held-out articles. `newsgraph train interactions` is its command; set
// C (relation/testdata/newsgold-c) is never trained on.
package argtrain

import (
	"context"
	"fmt"
	"hash/fnv"
	"maps"
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
	Set   string // the name of the gold set (directory) it comes from
	Doc   *document.Document
	Rules []document.Relation // the rules' relations
	// Cands are the candidates with every trigger stem of all the
	// articles' gold (Stems) as trigger; a split keeps those its
	// training articles allow (Restrict).
	Cands []relation.ArgCandidate
	// Labels are the candidates' gold types ("" none); Ambiguous ones
	// (a gold relation of the sentence matches only through the
	// same-sentence rule, its trigger elsewhere) are left out of
	// training.
	Labels    []string
	Ambiguous []bool
}

// MinStemCount is how often a stem must be a gold trigger's word in the
// training articles to become a trigger beyond the lexicons.
const MinStemCount = 2

// Stems returns the trigger stems of the articles' gold interactions
// with their types, those seen at least MinStemCount times.
func Stems(arts []*newsgold.Article) map[string][]string {
	n := map[[2]string]int{}
	for _, a := range arts {
		for _, r := range a.Relations {
			if !slices.Contains(newsgold.Interactions, r.Type) {
				continue
			}
			for _, st := range relation.GoldTriggerStems(r.Trigger.Text) {
				n[[2]string{st, r.Type}]++
			}
		}
	}
	out := map[string][]string{}
	for _, k := range slices.SortedFunc(maps.Keys(n), func(a, b [2]string) int { return strings.Compare(a[0]+" "+a[1], b[0]+" "+b[1]) }) {
		if n[k] >= MinStemCount {
			out[k[0]] = append(out[k[0]], k[1])
		}
	}
	return out
}

// Prepare analyses the articles, in the order of their ids, with the
// interaction model off, and labels their candidates: dependency
// candidates (with the trigger stems of all the articles' gold) if dep,
// else adjacency ones. sets[i] names article i's set.
func Prepare(ctx context.Context, arts []*newsgold.Article, sets []string, dep bool) ([]*Article, error) {
	type in struct {
		a   *newsgold.Article
		set string
	}
	ins := make([]in, len(arts))
	for i, a := range arts {
		ins[i] = in{a, ""}
		if i < len(sets) {
			ins[i].set = sets[i]
		}
	}
	slices.SortStableFunc(ins, func(a, b in) int { return strings.Compare(a.a.ID, b.a.ID) })
	var stems map[string][]string
	if dep {
		stems = Stems(arts)
	}
	relation.UseArgModel.Store(false)
	a := analyze.New(analyze.Options{})
	var out []*Article
	for _, x := range ins {
		art := x.a
		doc, err := a.Analyze(ctx, analyze.Input{Data: []byte(art.Text), Name: art.Source, Published: art.Published})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", art.ID, err)
		}
		ia := &Article{Gold: art, Set: x.set, Doc: doc, Rules: slices.Clone(doc.Relations)}
		if dep {
			ia.Cands = relation.DepArgCandidates(doc, coref.NewResolver(doc), stems, true)
		} else {
			ia.Cands = relation.ArgCandidates(doc, coref.NewResolver(doc))
		}
		ia.Labels, ia.Ambiguous = label(art, doc, ia.Cands)
		out = append(out, ia)
	}
	return out, nil
}

// label returns the gold types of the candidates and which are
// ambiguous.
func label(art *newsgold.Article, doc *document.Document, cands []relation.ArgCandidate) (labels []string, ambiguous []bool) {
	m := newsgold.NewMatcher(doc)
	for i := range cands {
		c := &cands[i]
		lab, amb := "", false
		for _, g := range art.Relations {
			if !slices.Contains(c.Types, g.Type) || !m.Matches(g, c.Relation(g.Type)) {
				continue
			}
			if m.Trigger(g).Overlaps(c.Trigger) {
				lab = g.Type
			} else {
				amb = true
			}
		}
		labels = append(labels, lab)
		ambiguous = append(ambiguous, amb && lab == "")
	}
	return labels, ambiguous
}

// Restrict returns the article's candidates with the trigger types the
// lexicons and stems give (stems: those of a split's training articles),
// dropping those left with none, and their labels (a label the types
// no longer allow is ambiguous). Adjacency candidates are kept as they
// are.
//
// The candidates of the rules' triggers are kept only if rules (for
// training: the model never sees them at work).
//
// With live (not nil), only the candidates of its stems are kept.
func (ia *Article) Restrict(stems map[string][]string, rules bool, live map[string]bool) (cands []relation.ArgCandidate, labels []string, ambiguous []bool) {
	for k, c := range ia.Cands {
		if !c.Dependency() {
			return ia.Cands, ia.Labels, ia.Ambiguous
		}
		if c.RuleTrigger() && !rules || live != nil && !live[c.Stem()] {
			continue
		}
		types := slices.Clone(c.LexiconTypes())
		for _, t := range stems[c.Stem()] {
			if !slices.Contains(types, t) {
				types = append(types, t)
			}
		}
		if len(types) == 0 {
			continue
		}
		slices.SortFunc(types, func(a, b string) int {
			return slices.Index(relation.Interactions, a) - slices.Index(relation.Interactions, b)
		})
		lab, amb := ia.Labels[k], ia.Ambiguous[k]
		if lab != "" && !slices.Contains(types, lab) {
			lab, amb = "", true
		}
		if !slices.Equal(types, c.Types) {
			c = c.Retyped(types)
		}
		cands, labels, ambiguous = append(cands, c), append(labels, lab), append(ambiguous, amb)
	}
	return cands, labels, ambiguous
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

// An Eval is a held-out article with the model that did not see it and
// its candidates as that model's training allows.
type Eval struct {
	Art   *Article
	Model *relation.ArgModel
	Cands []relation.ArgCandidate
	// Labels are the candidates' gold types.
	Labels []string
}

// Train trains the model on the articles.
func Train(ctx context.Context, arts []*Article, opt relation.ArgTrainOptions) (*relation.ArgModel, error) {
	opt.Triggers = stemsOf(arts, opt.Dep)
	opt.Live = liveOf(arts, opt)
	var exs []relation.ArgExample
	for _, ia := range arts {
		cands, labels, amb := ia.Restrict(opt.Triggers, opt.RuleTriggers, opt.Live)
		for k, c := range cands {
			if !amb[k] {
				exs = append(exs, relation.ArgExample{Cand: c, Label: labels[k]})
			}
		}
	}
	return relation.TrainArgModel(ctx, exs, opt)
}

// Split trains a model on the articles test leaves out and returns the
// evaluations of those it takes.
func Split(ctx context.Context, arts []*Article, opt relation.ArgTrainOptions, test func(ia *Article) bool) ([]Eval, error) {
	var train []*Article
	for _, ia := range arts {
		if !test(ia) {
			train = append(train, ia)
		}
	}
	m, err := Train(ctx, train, opt)
	if err != nil {
		return nil, err
	}
	stems := stemsOf(train, opt.Dep)
	live := liveOf(train, opt)
	var out []Eval
	for _, ia := range arts {
		if test(ia) {
			cands, labels, _ := ia.Restrict(stems, false, live)
			out = append(out, Eval{Art: ia, Model: m, Cands: cands, Labels: labels})
		}
	}
	return out, nil
}

// Fold returns the fold of an article id: its FNV-1a hash modulo folds,
// so that an article keeps its fold when others are added.
func Fold(id string, folds int) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(folds))
}

// CrossValidate trains one model per fold (Fold) without the fold's
// articles and returns every article's evaluation, in article order.
func CrossValidate(ctx context.Context, arts []*Article, opt relation.ArgTrainOptions, folds int) ([]Eval, error) {
	byArt := map[*Article]Eval{}
	for f := 0; f < folds; f++ {
		evs, err := Split(ctx, arts, opt, func(ia *Article) bool { return Fold(ia.Gold.ID, folds) == f })
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			byArt[e.Art] = e
		}
	}
	out := make([]Eval, 0, len(arts))
	for _, ia := range arts {
		out = append(out, byArt[ia])
	}
	return out, nil
}

// Score scores the rules' relations (if rules), the relations the
// models add at threshold th (if model), or both, against the gold.
func Score(evs []Eval, th float64, rules, model bool) newsgold.Score {
	var sc newsgold.Score
	for _, e := range evs {
		var rs []document.Relation
		if rules {
			rs = slices.Clone(e.Art.Rules)
		}
		if model {
			e.Model.Threshold = th
			rs = append(rs, e.Model.Predict(e.Cands, rs)...)
		}
		doc := *e.Art.Doc
		doc.Relations = rs
		sc.Add(e.Art.Gold, &doc)
	}
	return sc
}

// Coverage returns the number of gold interactions of the articles and
// of those some candidate is labelled with (same type, arguments
// matching, trigger overlapping): the recall the candidates allow.
func Coverage(arts []*Article) (gold, covered int) {
	for _, ia := range arts {
		m := newsgold.NewMatcher(ia.Doc)
		for _, g := range ia.Gold.Relations {
			if !slices.Contains(newsgold.Interactions, g.Type) {
				continue
			}
			gold++
			for k := range ia.Cands {
				c := &ia.Cands[k]
				if slices.Contains(c.Types, g.Type) && m.Trigger(g).Overlaps(c.Trigger) && m.Matches(g, c.Relation(g.Type)) {
					covered++
					break
				}
			}
		}
	}
	return gold, covered
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
	stems := stemsOf(arts, opt.Dep)
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
		cands, _, _ := ia.Restrict(stems, false, liveOf(arts, opt))
		doc.Relations = all.Predict(cands, nil)
		train.Add(ia.Gold, &doc)
	}
	return oracle, train, nil
}

// liveOf returns, when opt.LiveStems, the trigger stems of a
// candidate labelled with a gold interaction in the articles (the
// rules' triggers included); nil otherwise.
func liveOf(arts []*Article, opt relation.ArgTrainOptions) map[string]bool {
	if !opt.Dep || !opt.LiveStems {
		return nil
	}
	live := map[string]bool{}
	for _, ia := range arts {
		for k, c := range ia.Cands {
			if ia.Labels[k] != "" {
				live[c.Stem()] = true
			}
		}
	}
	return live
}

// stemsOf returns the trigger stems of the articles' gold (nil unless
// dep).
func stemsOf(arts []*Article, dep bool) map[string][]string {
	if !dep {
		return nil
	}
	var golds []*newsgold.Article
	for _, ia := range arts {
		golds = append(golds, ia.Gold)
	}
	return Stems(golds)
}

// A Row is one threshold's held-out micro P, R and F1 of the model
// alone and of the rules and the model together.
type Row struct {
	Threshold float64
	Model     [3]float64
	Union     [3]float64
}

// Thresholds scores thresholds 0.05, 0.10, … 0.95 and chooses the one of
// best recall of the rules and the model together at precision minP or
// more (0.99 when none reaches it).
func Thresholds(evs []Eval, minP float64) (rows []Row, chosen float64) {
	bestR := -1.0
	for i := 1; i < 20; i++ {
		th := 0.05 * float64(i)
		ms := Score(evs, th, false, true)
		mp, mr, mf := ms.Micro()
		us := Score(evs, th, true, true)
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
func Errors(evs []Eval, th float64) []string {
	var lines []string
	for _, e := range evs {
		ia := e.Art
		e.Model.Threshold = th
		doc := *ia.Doc
		doc.Relations = e.Model.Predict(e.Cands, ia.Rules)
		var sc newsgold.Score
		m := sc.Add(ia.Gold, &doc)
		for _, r := range m.Wrong {
			lines = append(lines, fmt.Sprintf("+ %s %s(%s) %s(%s)", ia.Gold.ID, r.Type, entName(&doc, r.Subject), entName(&doc, r.Object), doc.Text[r.Trigger.Start:r.Trigger.End]))
		}
		for k := range e.Cands {
			c := &e.Cands[k]
			if e.Labels[k] == "" {
				continue
			}
			typ, p := e.Model.Best(c)
			if typ != e.Labels[k] || p < th {
				lines = append(lines, fmt.Sprintf("- %s %s(%s) %s(%s) got %s %.2f", ia.Gold.ID, e.Labels[k], entName(&doc, c.Subject), entName(&doc, c.Object), doc.Text[c.Trigger.Start:c.Trigger.End], typ, p))
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

// MissReasons counts, for the gold interactions no candidate covers,
// why: "trigger" (no candidate has a trigger overlapping the gold one
// with its type), "object" (the gold object is no entity), "subject
// arg" / "object arg" (no argument of the candidates' sentence
// matches it), "pair" (both found as arguments, never paired).
func MissReasons(arts []*Article) map[string]int {
	out := map[string]int{}
	stems := stemsOf(arts, true)
	for _, ia := range arts {
		m := newsgold.NewMatcher(ia.Doc)
		for _, g := range ia.Gold.Relations {
			if !slices.Contains(newsgold.Interactions, g.Type) {
				continue
			}
			var trig []*relation.ArgCandidate
			covered := false
			for k := range ia.Cands {
				c := &ia.Cands[k]
				if slices.Contains(c.Types, g.Type) && m.Trigger(g).Overlaps(c.Trigger) {
					trig = append(trig, c)
					if m.Matches(g, c.Relation(g.Type)) {
						covered = true
					}
				}
			}
			switch {
			case covered:
			case g.Object == nil:
				out["no object"]++
			case len(trig) == 0:
				reason := "trigger word"
				for _, st := range relation.GoldTriggerStems(g.Trigger.Text) {
					if len(stems[st]) > 0 {
						reason = "trigger without 2 arguments"
					}
				}
				for w := range strings.FieldsSeq(strings.ToLower(g.Trigger.Text)) {
					if len(relation.TriggerTypes(w)) > 0 {
						reason = "trigger without 2 arguments"
					}
				}
				for k := range ia.Cands {
					if m.Trigger(g).Overlaps(ia.Cands[k].Trigger) {
						reason = "trigger of other types"
					}
				}
				out[reason]++
			default:
				subj, obj := false, false
				for _, c := range trig {
					r := c.Relation(g.Type)
					sub := newsgold.Relation{Type: g.Type, Trigger: g.Trigger, Subject: g.Subject, Object: nil}
					r.Object = ""
					r.ObjectSpan = nil
					if m.Matches(sub, r) {
						subj = true
					}
					r = c.Relation(g.Type)
					r.Subject, r.Object, r.SubjectSpan = r.Object, "", r.ObjectSpan
					r.ObjectSpan = nil
					if m.Matches(sub, r) {
						subj = true
					}
					ob := newsgold.Relation{Type: g.Type, Trigger: g.Trigger, Subject: g.Object}
					r = c.Relation(g.Type)
					r.Object, r.ObjectSpan = "", nil
					if m.Matches(ob, r) {
						obj = true
					}
					r = c.Relation(g.Type)
					r.Subject, r.SubjectSpan, r.Object, r.ObjectSpan = r.Object, r.ObjectSpan, "", nil
					if m.Matches(ob, r) {
						obj = true
					}
				}
				switch {
				case !subj && !obj:
					out["neither arg"]++
				case !subj:
					out["subject arg"]++
				case !obj:
					out["object arg"]++
				default:
					out["pair"]++
				}
			}
		}
	}
	return out
}
