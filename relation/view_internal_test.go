package relation

import (
	"reflect"
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
	for w := range fbLex().forms {
		words = append(words, w)
	}
	for w := range partisanNouns {
		words = append(words, w)
	}
	for w := range speechPreds {
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
			fbVerbs: fbLex().verbs[w],
			fbForm:  fbLex().forms[w],
			noun:    attackNouns[w] || partisan || trig,
			speech:  speechPreds[w] != nil,
		}
		if !reflect.DeepEqual(got.verbs, want.verbs) || got.form != want.form || got.fbGate != want.fbGate ||
			got.depGate != want.depGate || got.noun != want.noun || got.speech != want.speech ||
			!slices.EqualFunc(got.fbVerbs, want.fbVerbs, func(a, b fbTrigger) bool { return reflect.DeepEqual(a, b) }) || got.fbForm != want.fbForm {
			t.Errorf("lookupLex(%q) = %+v, want %+v", w, *got, want)
		}
	}
}
