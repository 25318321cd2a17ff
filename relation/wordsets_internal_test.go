package relation

import "testing"

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
