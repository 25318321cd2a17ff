package timeline

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestEntitiesInSearch checks that searching sorted mentions finds what
// scanning them does, at a sentence's edges too.
func TestEntitiesInSearch(t *testing.T) {
	doc := &document.Document{Text: "Ann met Bob. Cy saw Ann and Dee. Eve left."}
	for _, m := range []struct {
		start, end int
		id         string
	}{{0, 3, "A"}, {8, 11, "B"}, {13, 15, "C"}, {20, 23, "A"}, {28, 31, "D"}, {31, 31, "Z"}, {33, 36, "E"}} {
		doc.Mentions = append(doc.Mentions, document.Mention{Span: document.Span{Start: m.start, End: m.end}, Entity: m.id})
	}
	for _, s := range []document.Span{{Start: 0, End: 12}, {Start: 13, End: 32}, {Start: 13, End: 31}, {Start: 33, End: 42}, {Start: 12, End: 12}, {Start: 0, End: 42}} {
		scanned := entitiesIn(doc, s, false)
		searched := entitiesIn(doc, s, true)
		if !slices.Equal(scanned, searched) {
			t.Errorf("%v: search gives %v, scan %v", s, searched, scanned)
		}
	}
}
