// Package tempeval scores time-expression annotations the way TempEval-3
// Task A does, and exactly as ../shared/eval/timex_eval.py (score) does:
// strict match (exact span), relaxed match (any overlap, one to one,
// greedy), and the type and value attributes over relaxed matches, as
// precision, recall and F1 micro-averaged over documents.
//
// Offsets are Unicode code points, as in the scorer. A prediction whose
// text does not sit at its offsets is re-aligned to the nearest occurrence
// of its text within 80 code points; one that cannot be placed stays a
// false positive.
package tempeval

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Window is how far, in code points, a misplaced prediction is searched
// for its text.
const Window = 80

// An Annotation is one time expression. Start and End are code points into
// the document text; Text, when not empty, is what the span must cover.
type Annotation struct {
	Start, End  int
	Text        string
	Type, Value string
}

// TypeCounts counts, for one gold type, the gold expressions, those found
// by a relaxed match and those whose value was right.
type TypeCounts struct {
	Gold, Found, ValueOK int
}

// Counts are the raw figures of one or more documents.
type Counts struct {
	Documents int
	Gold      int
	Pred      int
	Unaligned int // predictions that could not be placed
	Strict    int
	Relaxed   int
	TypeOK    int
	ValueOK   int
	ByType    map[string]*TypeCounts
}

// Add adds o's figures to c.
func (c *Counts) Add(o Counts) {
	c.Documents += o.Documents
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.Unaligned += o.Unaligned
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.TypeOK += o.TypeOK
	c.ValueOK += o.ValueOK
	for t, v := range o.ByType {
		if c.ByType == nil {
			c.ByType = map[string]*TypeCounts{}
		}
		a := c.ByType[t]
		if a == nil {
			a = &TypeCounts{}
			c.ByType[t] = a
		}
		a.Gold += v.Gold
		a.Found += v.Found
		a.ValueOK += v.ValueOK
	}
}

// PRF is precision, recall and F1 in percent.
type PRF struct{ P, R, F1 float64 }

func prf(tp, npred, ngold int) PRF {
	var p, r float64
	switch {
	case npred > 0:
		p = 100 * float64(tp) / float64(npred)
	case ngold == 0:
		p = 100
	}
	switch {
	case ngold > 0:
		r = 100 * float64(tp) / float64(ngold)
	case npred == 0:
		r = 100
	}
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{p, r, f}
}

// StrictPRF returns the strict-match figures.
func (c Counts) StrictPRF() PRF { return prf(c.Strict, c.Pred, c.Gold) }

// RelaxedPRF returns the relaxed-match figures.
func (c Counts) RelaxedPRF() PRF { return prf(c.Relaxed, c.Pred, c.Gold) }

// TypePRF returns TempEval-3's type attribute figures: relaxed matches
// with the right type over all predictions and all gold.
func (c Counts) TypePRF() PRF { return prf(c.TypeOK, c.Pred, c.Gold) }

// ValuePRF returns TempEval-3's value attribute figures.
func (c Counts) ValuePRF() PRF { return prf(c.ValueOK, c.Pred, c.Gold) }

// TypeAccuracy returns the share of relaxed matches with the right type.
func (c Counts) TypeAccuracy() float64 { return acc(c.TypeOK, c.Relaxed) }

// ValueAccuracy returns the share of relaxed matches with the right value.
func (c Counts) ValueAccuracy() float64 { return acc(c.ValueOK, c.Relaxed) }

func acc(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

// A Match pairs a gold annotation with a prediction (indices into the
// slices given to Score).
type Match struct{ Gold, Pred int }

// Result is the scoring of one document.
type Result struct {
	Counts
	// Matches are the relaxed matches; Exact reports which are strict.
	Matches []Match
	// Aligned are the predictions' spans after alignment; Start is -1
	// for a prediction that could not be placed.
	Aligned []Annotation
}

// Score scores the predictions of one document against its gold
// annotations. text is the document text.
func Score(text string, gold, pred []Annotation) Result {
	runes := []rune(text)
	res := Result{Counts: Counts{Documents: 1, Gold: len(gold), Pred: len(pred), ByType: map[string]*TypeCounts{}}}
	res.Aligned = make([]Annotation, len(pred))
	for i, p := range pred {
		q := p
		if s, e, ok := align(runes, p); ok {
			q.Start, q.End = s, e
		} else {
			q.Start, q.End = -1, -1
			res.Unaligned++
		}
		res.Aligned[i] = q
	}
	// strict: exact span, one to one, predictions in order
	used := make([]bool, len(gold))
	for _, p := range res.Aligned {
		if p.Start < 0 {
			continue
		}
		for gi, g := range gold {
			if !used[gi] && g.Start == p.Start && g.End == p.End {
				used[gi] = true
				res.Strict++
				break
			}
		}
	}
	// relaxed: any overlap, one to one, greedy
	type pair struct{ inexact, negOv, dist, gi, pi int }
	var pairs []pair
	for pi, p := range res.Aligned {
		if p.Start < 0 {
			continue
		}
		for gi, g := range gold {
			ov := min(p.End, g.End) - max(p.Start, g.Start)
			if ov <= 0 {
				continue
			}
			inexact := 1
			if p.Start == g.Start && p.End == g.End {
				inexact = 0
			}
			d := p.Start - g.Start
			if d < 0 {
				d = -d
			}
			pairs = append(pairs, pair{inexact, -ov, d, gi, pi})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(a.inexact, b.inexact), cmp.Compare(a.negOv, b.negOv),
			cmp.Compare(a.dist, b.dist), cmp.Compare(a.gi, b.gi), cmp.Compare(a.pi, b.pi))
	})
	mg := make([]bool, len(gold))
	mp := make([]bool, len(pred))
	for _, x := range pairs {
		if mg[x.gi] || mp[x.pi] {
			continue
		}
		mg[x.gi], mp[x.pi] = true, true
		res.Matches = append(res.Matches, Match{x.gi, x.pi})
	}
	res.Relaxed = len(res.Matches)
	for _, g := range gold {
		t := normType(g.Type)
		if res.ByType[t] == nil {
			res.ByType[t] = &TypeCounts{}
		}
		res.ByType[t].Gold++
	}
	for _, m := range res.Matches {
		g, p := gold[m.Gold], res.Aligned[m.Pred]
		tc := res.ByType[normType(g.Type)]
		tc.Found++
		if normType(g.Type) == normType(p.Type) {
			res.TypeOK++
		}
		if strings.TrimSpace(g.Value) == strings.TrimSpace(p.Value) {
			res.ValueOK++
			tc.ValueOK++
		}
	}
	return res
}

func normType(t string) string { return strings.ToUpper(strings.TrimSpace(t)) }

// align places p in text as the scorer does: at its offsets when they are
// valid and cover its text, else at the nearest occurrence of its text
// starting within Window code points of p.Start.
func align(text []rune, p Annotation) (int, int, bool) {
	s, e := p.Start, p.End
	if 0 <= s && s < e && e <= len(text) && (p.Text == "" || string(text[s:e]) == p.Text) {
		return s, e, true
	}
	if p.Text == "" {
		return 0, 0, false
	}
	pt := []rune(p.Text)
	lo := max(0, s-Window)
	hi := min(len(text), s+Window+len(pt))
	best := -1
	for i := lo; i+len(pt) <= hi; i++ {
		if !slices.Equal(text[i:i+len(pt)], pt) {
			continue
		}
		d := i - s
		if d < 0 {
			d = -d
		}
		if d <= Window && (best < 0 || d < abs(best-s)) {
			best = i
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	return best, best + len(pt), true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Report writes the figures in the layout of timex_eval.py's report, so
// that the two can be compared line by line. The last line is
// "relaxed_F1 X strict_F1 Y value_F1 Z".
func (c Counts) Report(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "documents %d   gold timexes %d   predicted %d   (unaligned predictions %d)\n",
		c.Documents, c.Gold, c.Pred, c.Unaligned)
	fmt.Fprintf(&b, "\n%-16s %8s %8s %8s %8s\n", "", "P", "R", "F1", "count")
	row := func(name string, f PRF, n int) {
		fmt.Fprintf(&b, "%-16s %8.2f %8.2f %8.2f %8d\n", name, f.P, f.R, f.F1, n)
	}
	row("strict match", c.StrictPRF(), c.Strict)
	row("relaxed match", c.RelaxedPRF(), c.Relaxed)
	row("type (attr F1)", c.TypePRF(), c.TypeOK)
	row("value (attr F1)", c.ValuePRF(), c.ValueOK)
	fmt.Fprintf(&b, "\ntype accuracy  %6.2f   value accuracy %6.2f   (over %d relaxed matches)\n",
		c.TypeAccuracy(), c.ValueAccuracy(), c.Relaxed)
	fmt.Fprintf(&b, "\n%-10s %6s %14s %14s\n", "gold type", "gold", "relaxed R", "value R")
	types := make([]string, 0, len(c.ByType))
	for t := range c.ByType {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		v := c.ByType[t]
		name := t
		if name == "" {
			name = "?"
		}
		fmt.Fprintf(&b, "%-10s %6d %8d %5.1f %8d %5.1f\n", name, v.Gold, v.Found, acc(v.Found, v.Gold), v.ValueOK, acc(v.ValueOK, v.Gold))
	}
	r, s, v := c.RelaxedPRF(), c.StrictPRF(), c.ValuePRF()
	fmt.Fprintf(&b, "\nrelaxed_F1 %.2f strict_F1 %.2f value_F1 %.2f\n", r.F1, s.F1, v.F1)
	_, err := io.WriteString(w, b.String())
	return err
}
