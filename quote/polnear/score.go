package polnear

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// A Pred is one predicted quotation on an article's text, in code points.
type Pred struct {
	Segs    []Seg
	Trimmed []Seg
	Kind    string
	Cue     *Seg
	Source  *Seg
	Speaker string
	// Names are the speaker entity's name and aliases.
	Names []string
}

// Predictions reads the quotes of a Document analysed from the article's
// text, as the reference scorer reads the Document's JSON form: each quote's
// parts (else its span) are its segments; empty cue and source spans count
// as none; an unknown kind counts as indirect. It fails when the document's
// text is not the article's (the reference scorer would align the two; this
// package does not).
func (a *Article) Predictions(doc *document.Document) ([]Pred, error) {
	if doc.Text != a.Text {
		return nil, fmt.Errorf("polnear: %s: the analysed text differs from the article", a.Name)
	}
	ix := document.NewIndex(doc.Text)
	cp := func(s document.Span) Seg { return Seg{ix.Runes(s.Start), ix.Runes(s.End)} }
	names := map[string][]string{}
	for _, e := range doc.Entities {
		names[e.ID] = append([]string{e.Name}, e.Aliases...)
	}
	n := len(a.runes)
	var out []Pred
	for _, q := range doc.Quotes {
		var segs []Seg
		if len(q.Parts) > 0 {
			for _, p := range q.Parts {
				if s := cp(p); s.End > s.Start {
					segs = append(segs, s)
				}
			}
		} else if s := cp(q.Span); s.End > s.Start {
			segs = append(segs, s)
		}
		segs = normSegs(segs, n)
		if len(segs) == 0 {
			continue
		}
		p := Pred{Segs: segs, Trimmed: trimSegs(a.runes, segs), Kind: q.Kind, Speaker: q.Speaker}
		if p.Kind != document.QuoteDirect && p.Kind != document.QuotePartial {
			p.Kind = document.QuoteIndirect
		}
		if q.Cue != nil {
			if s := cp(*q.Cue); s.End > s.Start && s.Start < n {
				s.End = min(s.End, n)
				p.Cue = &s
			}
		}
		if q.Source != nil {
			if s := cp(*q.Source); s.End > s.Start && s.Start < n {
				s.End = min(s.End, n)
				p.Source = &s
			}
		}
		if q.Speaker != "" {
			p.Names = names[q.Speaker]
		}
		out = append(out, p)
	}
	return out, nil
}

var kindRank = map[string]int{document.QuoteDirect: 0, document.QuotePartial: 1, document.QuoteIndirect: 2}

// MergeSameCue makes predicted quotations (direct or partial) that share one
// cue span one unit: its segments are the union, its kind the most direct
// of its parts, its source and speaker the first given. It returns the
// units and how many predictions were merged into others.
func MergeSameCue(preds []Pred) ([]Pred, int) {
	groups := map[Seg]int{}
	var out []Pred
	for _, p := range preds {
		if p.Cue == nil || p.Kind == document.QuoteIndirect {
			out = append(out, p)
			continue
		}
		if gi, ok := groups[*p.Cue]; ok {
			u := &out[gi]
			u.Segs = normSegs(append(append([]Seg{}, u.Segs...), p.Segs...), -1)
			u.Trimmed = normSegs(append(append([]Seg{}, u.Trimmed...), p.Trimmed...), -1)
			if kindRank[p.Kind] < kindRank[u.Kind] {
				u.Kind = p.Kind
			}
			if u.Source == nil {
				u.Source = p.Source
			}
			if u.Speaker == "" {
				u.Speaker, u.Names = p.Speaker, p.Names
			}
			continue
		}
		groups[*p.Cue] = len(out)
		out = append(out, p)
	}
	return out, len(preds) - len(out)
}

type cand struct {
	ov     int
	cover  float64
	gi, pi int
}

// match pairs gold units and predictions one to one: a pair is admissible
// when the overlap of their trimmed spans covers at least half of each;
// pairs are taken by decreasing overlap, then mean coverage, then document
// order.
func match(golds []Unit, preds []Pred) [][2]int {
	var cands []cand
	for gi, g := range golds {
		gl := segLen(g.Trimmed)
		for pi, p := range preds {
			pl := segLen(p.Trimmed)
			ov := segOverlap(g.Trimmed, p.Trimmed)
			if ov > 0 && 2*ov >= gl && 2*ov >= pl {
				cands = append(cands, cand{ov, float64(ov)/float64(gl) + float64(ov)/float64(pl), gi, pi})
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		switch {
		case a.ov != b.ov:
			return a.ov > b.ov
		case a.cover != b.cover:
			return a.cover > b.cover
		case a.gi != b.gi:
			return a.gi < b.gi
		}
		return a.pi < b.pi
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.gi] || usedP[c.pi] {
			continue
		}
		usedG[c.gi], usedP[c.pi] = true, true
		pairs = append(pairs, [2]int{c.gi, c.pi})
	}
	return pairs
}

// sourceCorrect reports whether a matched prediction's source is right.
// Strict: its span overlaps the gold source and is at most max(2×, +40)
// its length. Lenient: strict, or the speaker entity's name or an alias
// (at most 8 names) contains the gold head word as a token.
func sourceCorrect(g Unit, p Pred) (strict, lenient bool) {
	if p.Source != nil {
		gl := segLen(g.Source)
		pl := p.Source.End - p.Source.Start
		strict = pl <= max(2*gl, gl+40) && segOverlap(g.Source, []Seg{*p.Source}) > 0
	}
	lenient = strict
	if !lenient && g.Head != "" && len(p.Names) > 0 && len(p.Names) <= 8 {
		h := strings.ToLower(g.Head)
		for _, n := range p.Names {
			if nameTokens(n)[h] {
				lenient = true
				break
			}
		}
	}
	return strict, lenient
}

// A Tally accumulates counts over articles.
type Tally struct {
	Gold, Pred, TP    int
	Neutral, PredNN   int
	SrcN, SrcStrict   int
	SrcLenient, Joint int
	CueN, CueOK       int
}

// add scores one article's golds against its predictions. Unmatched
// predictions with at least half their trimmed characters inside one of
// the neutral golds are counted as neutral.
func (t *Tally) add(golds []Unit, preds []Pred, neutral []Unit) [][2]int {
	t.Gold += len(golds)
	t.Pred += len(preds)
	pairs := match(golds, preds)
	t.TP += len(pairs)
	matched := map[int]bool{}
	for _, pr := range pairs {
		matched[pr[1]] = true
	}
	nn := 0
	for pi, p := range preds {
		if matched[pi] {
			continue
		}
		for _, g := range neutral {
			if 2*segOverlap(g.Trimmed, p.Trimmed) >= segLen(p.Trimmed) {
				nn++
				break
			}
		}
	}
	t.Neutral += nn
	t.PredNN += len(preds) - nn
	for _, pr := range pairs {
		g, p := golds[pr[0]], preds[pr[1]]
		if g.Source != nil {
			t.SrcN++
			st, le := sourceCorrect(g, p)
			if st {
				t.SrcStrict++
			}
			if le {
				t.SrcLenient++
				t.Joint++
			}
		} else {
			t.Joint++
		}
		if g.Cue != nil {
			t.CueN++
			if p.Cue != nil && segOverlap(g.Cue, []Seg{*p.Cue}) > 0 {
				t.CueOK++
			}
		}
	}
	return pairs
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// PRF returns precision, recall and F1 for tp true positives against the
// given prediction count.
func (t *Tally) PRF(tp, pred int) (p, r, f float64) {
	p, r = pct(tp, pred), pct(tp, t.Gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// F1 is the matching F1 over all predictions; F1N leaves out the neutral
// ones.
func (t *Tally) F1() float64  { _, _, f := t.PRF(t.TP, t.Pred); return f }
func (t *Tally) F1N() float64 { _, _, f := t.PRF(t.TP, t.PredNN); return f }

// JointF1 counts a match as right only when its source is right
// (leniently), or the gold has no source.
func (t *Tally) JointF1() float64 { _, _, f := t.PRF(t.Joint, t.Pred); return f }

// SourceAcc is the lenient source accuracy over matched golds that have a
// source.
func (t *Tally) SourceAcc() float64 { return pct(t.SrcLenient, t.SrcN) }

// A Score is the result of scoring a corpus.
type Score struct {
	Articles int
	Kinds    map[string]int
	// Direct scores the direct gold contents against direct and partial
	// predictions; All every content against every prediction.
	Direct, All Tally
	// Predictions counts the predictions after merging, Merged the
	// predictions merged into others.
	Predictions, Merged int
}

// Add scores one article. preds are as Predictions returns them; they are
// merged by cue here.
func (s *Score) Add(a *Article, preds []Pred) {
	if s.Kinds == nil {
		s.Kinds = map[string]int{}
	}
	preds, merged := MergeSameCue(preds)
	s.Merged += merged
	s.Predictions += len(preds)
	s.Articles++
	var dg, partial []Unit
	for _, u := range a.Gold {
		s.Kinds[u.Kind]++
		switch u.Kind {
		case document.QuoteDirect:
			dg = append(dg, u)
		case document.QuotePartial:
			partial = append(partial, u)
		}
	}
	var dp []Pred
	for _, p := range preds {
		if p.Kind == document.QuoteDirect || p.Kind == document.QuotePartial {
			dp = append(dp, p)
		}
	}
	s.Direct.add(dg, dp, partial)
	s.All.add(a.Gold, preds, nil)
}

// Report writes the reference scorer's report. With directNeutral, the last
// line's direct_F1 is DIRECT-N's.
func (s *Score) Report(w io.Writer, directNeutral bool) error {
	var b strings.Builder
	gold := 0
	for _, n := range s.Kinds {
		gold += n
	}
	fmt.Fprintf(&b, "articles %d   gold contents %d (direct %d, partial %d, indirect %d)\n",
		s.Articles, gold, s.Kinds["direct"], s.Kinds["partial"], s.Kinds["indirect"])
	fmt.Fprintf(&b, "predictions %d in %d files (missing files: 0, files without gold: 0)\n", s.Predictions, s.Articles)
	if s.Merged > 0 {
		fmt.Fprintf(&b, "warnings: quotes merged into the quote with the same cue x%d\n", s.Merged)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "%-8s %6s %6s %6s %7s %7s %7s\n", "", "gold", "pred", "match", "P", "R", "F1")
	rows := []struct {
		label string
		t     *Tally
	}{{"DIRECT", &s.Direct}, {"ALL", &s.All}}
	for _, r := range rows {
		p, rc, f := r.t.PRF(r.t.TP, r.t.Pred)
		fmt.Fprintf(&b, "%-8s %6d %6d %6d %7.2f %7.2f %7.2f\n", r.label, r.t.Gold, r.t.Pred, r.t.TP, p, rc, f)
	}
	d := &s.Direct
	p, rc, f := d.PRF(d.TP, d.PredNN)
	fmt.Fprintf(&b, "%-8s %6d %6d %6d %7.2f %7.2f %7.2f   (%d direct/partial predictions inside partially quoted gold contents not counted)\n",
		"DIRECT-N", d.Gold, d.PredNN, d.TP, p, rc, f, d.Neutral)
	for _, r := range rows {
		p, rc, f := r.t.PRF(r.t.Joint, r.t.Pred)
		fmt.Fprintf(&b, "%-8s %6d %6d %6d %7.2f %7.2f %7.2f   (match and lenient source correct; no-source gold counts on match)\n",
			r.label+"+SRC", r.t.Gold, r.t.Pred, r.t.Joint, p, rc, f)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "%-8s %8s %8s %8s %8s   %8s %8s\n", "", "matched", "w/source", "strict", "lenient", "w/cue", "cue")
	for _, r := range rows {
		fmt.Fprintf(&b, "%-8s %8d %8d %7.2f%% %7.2f%%   %8d %7.2f%%\n", r.label, r.t.TP, r.t.SrcN,
			pct(r.t.SrcStrict, r.t.SrcN), pct(r.t.SrcLenient, r.t.SrcN), r.t.CueN, pct(r.t.CueOK, r.t.CueN))
	}
	b.WriteString("\n")
	df := d.F1()
	if directNeutral {
		df = d.F1N()
	}
	fmt.Fprintf(&b, "direct_F1 %.2f direct_source_acc %.2f all_F1 %.2f all_source_acc %.2f\n",
		df, d.SourceAcc(), s.All.F1(), s.All.SourceAcc())
	_, err := io.WriteString(w, b.String())
	return err
}
