package relation

import (
	"slices"
	"testing"
)

// TestLookupLex checks that the combined lexicon index gives, for every
// word of a trigger lexicon and for words of none, what the lexicons
// themselves give.
func TestLookupLex(t *testing.T) {
	words := []string{"", "the", "zzyzx", "Met", "met", "meeting", "attack", "-backed"}
	for w := range lex().verbs {
		words = append(words, w)
	}
	for w := range fbGate() {
		words = append(words, w)
	}
	for w := range depGate() {
		words = append(words, w)
	}
	for w := range partisanNouns {
		words = append(words, w)
	}
	for _, w := range words {
		got := lookupLex(w)
		_, partisan := partisanNouns[w]
		_, trig := nounTriggers[w]
		want := wordLex{
			verbs:   lex().verbs[w],
			form:    lex().forms[w],
			fbGate:  fbGate()[w],
			depGate: depGate()[w],
			noun:    attackNouns[w] || partisan || trig,
		}
		if !slices.Equal(got.verbs, want.verbs) || got.form != want.form || got.fbGate != want.fbGate ||
			got.depGate != want.depGate || got.noun != want.noun {
			t.Errorf("lookupLex(%q) = %+v, want %+v", w, *got, want)
		}
	}
}
