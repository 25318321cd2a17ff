package relation

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestLowText: lowText and lowSlice give what strings.ToLower gives for
// every span of texts of ASCII, capitals and other letters, with two
// documents asked about in turn (docLowered keeps each its own).
func TestLowText(t *testing.T) {
	docs := []*document.Document{
		document.New("The U.S. Envoy met KIM in Pyongyang’s “Old Town”, ÉTAT İstanbul."),
		document.New("the envoy met kim in pyongyang."),
		document.New(strings.Repeat("Ab", 3)),
	}
	for round := range 2 {
		for _, doc := range docs {
			n := len(doc.Text)
			for i := 0; i <= n; i++ {
				for j := i; j <= n; j++ {
					want := strings.ToLower(doc.Text[i:j])
					if got := lowText(doc, i, j); got != want {
						t.Fatalf("round %d: lowText(%q, %d, %d) = %q, want %q", round, doc.Text, i, j, got, want)
					}
					if got := lowSlice(doc, document.Span{Start: i, End: j}); got != want {
						t.Fatalf("round %d: lowSlice(%q, %d, %d) = %q, want %q", round, doc.Text, i, j, got, want)
					}
				}
			}
			for _, sp := range []document.Span{{Start: -1, End: 2}, {Start: 2, End: n + 1}, {Start: 3, End: 2}} {
				if got := lowSlice(doc, sp); got != "" {
					t.Errorf("lowSlice(%q, %v) = %q, want \"\" (outside the text)", doc.Text, sp, got)
				}
			}
		}
	}
}
