package conll

import (
	"fmt"
	"io"
	"sort"
)

// A Span is an entity over the tokens [Start, End) of a sentence.
type Span struct {
	Start, End int
	Type       string
}

// Spans returns the entities that tags (IOB1 or IOB2) encode, with
// conlleval's semantics: an entity starts at B-, at an I- whose type differs
// from the previous tag's, or at an I- after O; it ends before O, B- or a
// tag of another type. Tags that are not valid (see ValidTag) count as O.
func Spans(tags []string) []Span {
	return AppendSpans(nil, tags)
}

// AppendSpans appends the entities of tags to dst.
func AppendSpans(dst []Span, tags []string) []Span {
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		t := "O"
		if i < len(tags) && ValidTag(tags[i]) {
			t = tags[i]
		}
		if t == "O" || t[0] == 'B' || t[2:] != typ {
			if start >= 0 {
				dst = append(dst, Span{start, i, typ})
			}
			start, typ = -1, ""
			if t != "O" {
				start, typ = i, t[2:]
			}
		}
	}
	return dst
}

// IOB2 appends to dst the IOB2 form of tags (IOB1 or IOB2): every entity
// starts with B-.
func IOB2(dst []string, tags []string) []string {
	n := len(dst)
	for range tags {
		dst = append(dst, "O")
	}
	for _, s := range Spans(tags) {
		dst[n+s.Start] = "B-" + s.Type
		for i := s.Start + 1; i < s.End; i++ {
			dst[n+i] = "I-" + s.Type
		}
	}
	return dst
}

// Counts holds entity-level true positives, false positives and false
// negatives for one type or for all.
type Counts struct{ TP, FP, FN int }

// Precision returns TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN), 0 when there is nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// A Score accumulates entity-level counts per type, as conlleval does:
// an entity counts as found only when its span and type match exactly.
// The zero value is ready to use.
type Score struct {
	ByType map[string]*Counts
	All    Counts
	// Tokens is the number of tokens scored.
	Tokens int
}

// Add scores one sentence: gold and pred are its tag sequences (IOB1 or
// IOB2), of equal length. Types listed in ignore are left out on both
// sides (for data that does not annotate them, such as MISC in UNER).
func (s *Score) Add(gold, pred []string, ignore ...string) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("conll: score: %d gold tags but %d predicted", len(gold), len(pred))
	}
	s.Tokens += len(gold)
	g, p := Spans(gold), Spans(pred)
	skip := func(t string) bool {
		for _, x := range ignore {
			if x == t {
				return true
			}
		}
		return false
	}
	in := make(map[Span]bool, len(g))
	for _, sp := range g {
		if !skip(sp.Type) {
			in[sp] = true
		}
	}
	for _, sp := range p {
		if skip(sp.Type) {
			continue
		}
		if in[sp] {
			s.count(sp.Type).TP++
			s.All.TP++
			delete(in, sp)
		} else {
			s.count(sp.Type).FP++
			s.All.FP++
		}
	}
	for sp := range in {
		s.count(sp.Type).FN++
		s.All.FN++
	}
	return nil
}

func (s *Score) count(typ string) *Counts {
	if s.ByType == nil {
		s.ByType = map[string]*Counts{}
	}
	c := s.ByType[typ]
	if c == nil {
		c = &Counts{}
		s.ByType[typ] = c
	}
	return c
}

// Types returns the entity types seen, sorted.
func (s *Score) Types() []string {
	var ts []string
	for t := range s.ByType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// Write prints the score in conlleval.py's layout: one line per type, an
// ALL line, and a last line "F1 X".
func (s *Score) Write(w io.Writer) error {
	for _, t := range s.Types() {
		c := s.ByType[t]
		if _, err := fmt.Fprintf(w, "%-6s P %6.2f R %6.2f F1 %6.2f  (gold %d)\n", t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.TP+c.FN); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "ALL    P %6.2f R %6.2f F1 %6.2f\nF1 %.2f\n", 100*s.All.Precision(), 100*s.All.Recall(), 100*s.All.F1(), 100*s.All.F1())
	return err
}
