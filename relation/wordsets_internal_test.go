package relation

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestWordSetBits checks the marked sets against their bits: every word
// of a set has its bit, no other word has it, and no set holds "" (the
// word s.low gives for a token out of range, where sentence.in is
// false).
func TestWordSetBits(t *testing.T) {
	sets := wordSets()
	for ws, m := range sets {
		if m[""] {
			t.Errorf("set %d holds the empty word", ws)
		}
		for w, ok := range m {
			if got := lookupLex(w).sets.has(wset(ws)); got != ok {
				t.Errorf("set %d, %q: bit %v, set %v", ws, w, got, ok)
			}
		}
	}
	for w, e := range wordLexes() {
		for ws, m := range sets {
			if e.sets.has(wset(ws)) != m[w] {
				t.Errorf("set %d, %q: bit %v, set %v", ws, w, e.sets.has(wset(ws)), m[w])
			}
		}
	}
	if wordLexes()[""] != nil {
		t.Error(`a lexicon holds "" (sentence.lexAt reads noLex out of range)`)
	}
	if noLex.sets != (wsBits{}) {
		t.Error("noLex marks a set")
	}
}

// TestLexIndex checks lookupLex's table against wordLexes: each word finds
// its entry, and words of no lexicon (a few of each shape) find noLex.
func TestLexIndex(t *testing.T) {
	m := wordLexes()
	for w, e := range m {
		if got := lookupLex(w); got == noLex || !sameWordLex(got, e) {
			t.Errorf("%q: %+v, want %+v", w, got, e)
		}
		for _, v := range []string{w + "x", "x" + w, strings.ToUpper(w), w[:len(w)-1]} {
			if m[v] == nil && lookupLex(v) != noLex {
				t.Errorf("%q: an entry, want noLex", v)
			}
		}
	}
	for _, w := range []string{"", "zzz", "Obama", "the", "The", "said", "saying"} {
		if got := lookupLex(w); (m[w] == nil) != (got == noLex) || m[w] != nil && !sameWordLex(got, m[w]) {
			t.Errorf("%q: %+v, want %+v", w, got, m[w])
		}
	}
}

// TestTokenLow checks the view's lower-casing against normLow.
func TestTokenLow(t *testing.T) {
	text := "The U.N. said ÉCOLE Peña’s WHO-led talks, McDonald's and Straße İstanbul 42 ok."
	f := &finder{doc: document.New(text)}
	for _, w := range strings.Fields(text) {
		i := strings.Index(text, w)
		sp := document.Span{Start: i, End: i + len(w)}
		if got, want := f.tokenLow(sp, w), normLow(w); got != want {
			t.Errorf("%q: %q, want %q", w, got, want)
		}
	}
}
