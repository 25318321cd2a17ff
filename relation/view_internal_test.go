package relation

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/document"
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

// TestFirstMentionStarts checks the first mention starts that described
// reads, made once per finder.
func TestFirstMentionStarts(t *testing.T) {
	doc := document.New("Ann met Bob. Ann left. Bob stayed.")
	doc.Mentions = []document.Mention{
		{Span: document.Span{Start: 0, End: 3}, Entity: "e1"},
		{Span: document.Span{Start: 8, End: 11}, Entity: "e2"},
		{Span: document.Span{Start: 13, End: 16}, Entity: "e1"},
		{Span: document.Span{Start: 18, End: 22}, Entity: ""},
		{Span: document.Span{Start: 23, End: 26}, Entity: "e2"},
	}
	f := &finder{doc: doc}
	want := map[string]int{"e1": 0, "e2": 8}
	if got := f.firstMentionStarts(); !maps.Equal(got, want) {
		t.Errorf("firstMentionStarts = %v, want %v", got, want)
	}
	doc.Mentions = nil // the stage adds and drops none: the map stays
	if got := f.firstMentionStarts(); !maps.Equal(got, want) {
		t.Errorf("firstMentionStarts made again: %v", got)
	}
}
