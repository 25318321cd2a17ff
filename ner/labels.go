package ner

import (
	"github.com/newsgraph/newsgraph/format/conll"
)

// Types are the entity types the tagger knows, in label order.
var Types = [...]string{"PER", "ORG", "LOC", "MISC"}

// A Label is a token's BILOU tag: O, or one of B (begin), I (inside),
// L (last) and U (unit, a one-token entity) with a type. Label 0 is O; the
// others are 1 + 4*type + position.
type Label uint8

// NumLabels is the number of labels: O and BILU × 4 types.
const NumLabels = 1 + 4*len(Types)

// Positions inside an entity.
const (
	posB = iota
	posI
	posL
	posU
)

// O is the label of a token outside any entity.
const O Label = 0

func makeLabel(typ, pos int) Label { return Label(1 + 4*typ + pos) }

// Type returns the index of the label's entity type in Types, or -1 for O.
func (l Label) Type() int {
	if l == O {
		return -1
	}
	return int(l-1) / 4
}

func (l Label) pos() int { return int(l-1) % 4 }

// String returns the label as B-PER, I-ORG, L-LOC, U-MISC or O.
func (l Label) String() string {
	if l == O || int(l) >= NumLabels {
		return "O"
	}
	return string("BILU"[l.pos()]) + "-" + Types[l.Type()]
}

// opens reports whether the label leaves an entity open (B or I).
func (l Label) opens() bool {
	return l != O && int(l) < NumLabels && (l.pos() == posB || l.pos() == posI)
}

// allowed reports whether cur may follow prev in a valid BILOU sequence; last
// says cur is the sentence's last token, which must close any entity.
func allowed(prev, cur Label, last bool) bool {
	if prev.opens() {
		if cur == O || cur.Type() != prev.Type() {
			return false
		}
		p := cur.pos()
		return p == posL || (p == posI && !last)
	}
	if cur == O {
		return true
	}
	p := cur.pos()
	return p == posU || (p == posB && !last)
}

// typeIndex returns the index of typ in Types, or -1.
func typeIndex(typ string) int {
	for i, t := range Types {
		if t == typ {
			return i
		}
	}
	return -1
}

// Encode returns the BILOU labels of a sentence of n tokens with the given
// entity spans. Spans of unknown types are left out.
func Encode(spans []conll.Span, n int) []Label {
	out := make([]Label, n)
	for _, s := range spans {
		t := typeIndex(s.Type)
		if t < 0 || s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		if s.End-s.Start == 1 {
			out[s.Start] = makeLabel(t, posU)
			continue
		}
		out[s.Start] = makeLabel(t, posB)
		for i := s.Start + 1; i < s.End-1; i++ {
			out[i] = makeLabel(t, posI)
		}
		out[s.End-1] = makeLabel(t, posL)
	}
	return out
}

// Decode returns the entity spans that labels encode. It is lenient with
// sequences that are not valid BILOU: an entity starts at B or U, or at I or
// L of a type other than the open one, and ends at L, U or O.
func Decode(labels []Label) []conll.Span {
	return appendSpans(nil, labels)
}

func appendSpans(dst []conll.Span, labels []Label) []conll.Span {
	start, typ := -1, -1
	closeAt := func(i int) {
		if start >= 0 {
			dst = append(dst, conll.Span{Start: start, End: i, Type: Types[typ]})
		}
		start, typ = -1, -1
	}
	for i, l := range labels {
		if l == O || int(l) >= NumLabels {
			closeAt(i)
			continue
		}
		t, p := l.Type(), l.pos()
		if p == posB || p == posU || t != typ {
			closeAt(i)
			start, typ = i, t
		}
		if p == posL || p == posU {
			closeAt(i + 1)
		}
	}
	closeAt(len(labels))
	return dst
}

// IOB2 returns the IOB2 tags ("B-PER", "I-PER", "O") of labels.
func IOB2(labels []Label) []string {
	out := make([]string, len(labels))
	for i := range out {
		out[i] = "O"
	}
	for _, s := range Decode(labels) {
		out[s.Start] = iob2[typeIndex(s.Type)][0]
		for i := s.Start + 1; i < s.End; i++ {
			out[i] = iob2[typeIndex(s.Type)][1]
		}
	}
	return out
}

var iob2 = [len(Types)][2]string{{"B-PER", "I-PER"}, {"B-ORG", "I-ORG"}, {"B-LOC", "I-LOC"}, {"B-MISC", "I-MISC"}}
