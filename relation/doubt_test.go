package relation_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
)

// doubtingResolver resolves like descResolver and calls the answers for
// the pronouns in doubt in doubt (a coreference resolver's Doubtful).
type doubtingResolver struct {
	descResolver
	doubt map[string]bool
}

func (r doubtingResolver) Doubtful(src document.Span, id, other string) bool {
	return r.doubt[r.doc.Text[src.Start:src.End]]
}

// TestDoubtfulArguments checks that a relation whose pronoun argument the
// resolver calls in doubt is refused, and kept when it is not, on
// sentences written for the test.
func TestDoubtfulArguments(t *testing.T) {
	tests := []struct {
		name, text, typ string
		res             map[string]string
		doubt           map[string]bool
		want            []string
	}{
		{"a doubtful object", "[Jan Kos|PER] dismissed a report that [Ken Ward|PER] will not back him.", "support",
			map[string]string{"him": "Jan Kos"}, map[string]bool{"him": true}, nil},
		{"the same object, not in doubt", "[Jan Kos|PER] dismissed a report that [Ken Ward|PER] will not back him.", "support",
			map[string]string{"him": "Jan Kos"}, nil, []string{"Ken Ward > Jan Kos"}},
		{"a doubtful subject", "[Jan Kos|PER] spoke. [Ken Ward|PER] said that [Tom Berg|PER] was wrong when he met [Ann Gale|PER].", "meet",
			map[string]string{"he": "Ken Ward"}, map[string]bool{"he": true}, nil},
		{"names are never asked", "[Jan Kos|PER] met [Ann Gale|PER] in Oslo.", "meet",
			nil, map[string]bool{"Jan Kos": true, "Ann Gale": true}, []string{"Jan Kos > Ann Gale"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeText(t, tc.text)
			var got []string
			for _, r := range relation.Find(doc, doubtingResolver{descResolver{doc, tc.res}, tc.doubt}) {
				if r.Type == tc.typ {
					got = append(got, name(doc, r.Subject)+" > "+name(doc, r.Object))
				}
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%s: got %q, want %q", tc.typ, got, tc.want)
			}
		})
	}
}
