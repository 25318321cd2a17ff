package relation_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/relation"
)

// TestPersonNamedIsNoPlace checks view.go's personNamed: a person's
// surname that the gazetteer also knows as a town ("Palin", "Warren") is
// no place when the article names the person in full, so the readers
// that refuse a place as a party take it; a one-word name the tagger
// calls a person may still be a place it mistook.
func TestPersonNamedIsNoPlace(t *testing.T) {
	tests := []struct {
		name, text, full, typ string
		want                  []string
	}{
		{"surname of a full name", "[Glenn Beck|PER] called [Palin|PER] a clown on his radio show.", "Sarah Palin", "criticize", []string{"Glenn Beck > Sarah Palin"}},
		{"a one-word name", "[Glenn Beck|PER] called [Palin|PER] a clown on his radio show.", "", "criticize", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := markedDoc(t, tc.text)
			for i := range doc.Entities {
				if doc.Entities[i].Name == "Palin" && tc.full != "" {
					doc.Entities[i].Name = tc.full
				}
			}
			if err := relation.Process(context.Background(), doc, nil); err != nil {
				t.Fatal(err)
			}
			if got := pairs(doc, tc.typ); len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
				t.Errorf("%s: got %q, want %q", tc.typ, got, tc.want)
			}
		})
	}
}
