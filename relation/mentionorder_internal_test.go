package relation

import (
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestMentionOrder: with the layer noted as in order of start (Find
// notes it), mentionType and mentionStarting answer as when they read
// the layer whole, for every offset and span of a layer with mentions
// sharing a start, mentions without entity and spans no mention has;
// an unsorted layer, or another document's, is not noted.
func TestMentionOrder(t *testing.T) {
	doc := &document.Document{Mentions: []document.Mention{
		{Span: document.Span{Start: 0, End: 5}, Type: document.PER, Entity: "E1"},
		{Span: document.Span{Start: 7, End: 12}, Type: document.ORG},
		{Span: document.Span{Start: 7, End: 12}, Type: document.LOC, Entity: "E2"},
		{Span: document.Span{Start: 7, End: 20}, Type: document.ORG, Entity: "E3"},
		{Span: document.Span{Start: 14, End: 18}, Type: document.MISC, Entity: "E4"},
		{Span: document.Span{Start: 25, End: 30}, Type: document.PER, Entity: "E5"},
	}}
	type answers struct {
		types    map[document.Span]string
		starting map[int]*document.Mention
	}
	ask := func() answers {
		a := answers{types: map[document.Span]string{}, starting: map[int]*document.Mention{}}
		for s := -1; s <= 32; s++ {
			a.starting[s] = mentionStarting(doc, s)
			for e := s; e <= 32; e++ {
				sp := document.Span{Start: s, End: e}
				a.types[sp] = mentionType(doc, sp)
			}
		}
		return a
	}
	whole := ask()
	clear := noteMentionOrder(doc)
	if _, ok := startSorted(doc); !ok {
		t.Fatal("a layer in order of start is not noted")
	}
	if _, ok := startSorted(&document.Document{Mentions: doc.Mentions[:3]}); ok {
		t.Error("another document's layer counts as noted")
	}
	saved := doc.Mentions
	doc.Mentions = doc.Mentions[:3]
	if _, ok := startSorted(doc); ok {
		t.Error("another layer (a prefix of the noted one) counts as noted")
	}
	doc.Mentions = saved
	searched := ask()
	clear()
	if _, ok := startSorted(doc); ok {
		t.Error("the layer is still noted after Find's end")
	}
	for sp, want := range whole.types {
		if got := searched.types[sp]; got != want {
			t.Errorf("mentionType(%v) = %q with the search, %q reading the layer", sp, got, want)
		}
	}
	for at, want := range whole.starting {
		if got := searched.starting[at]; got != want {
			t.Errorf("mentionStarting(%d) = %v with the search, %v reading the layer", at, got, want)
		}
	}
	unsorted := &document.Document{Mentions: []document.Mention{{Span: document.Span{Start: 9, End: 10}}, {Span: document.Span{Start: 2, End: 3}}}}
	defer noteMentionOrder(unsorted)()
	if _, ok := startSorted(unsorted); ok {
		t.Error("a layer out of order is noted")
	}
}
