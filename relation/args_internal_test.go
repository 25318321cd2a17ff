package relation

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/tokenize"
)

// markedDoc builds a tokenised one-sentence document from text whose
// names are marked "[text|TYPE]" and returns it with the spans of the
// marked names in order.
func markedDoc(t *testing.T, marked string) (*document.Document, []document.Span) {
	t.Helper()
	text, marks, err := ParseMarks(marked)
	if err != nil {
		t.Fatal(err)
	}
	doc := &document.Document{Text: text}
	var spans []document.Span
	for k, m := range marks {
		id := "E" + string(rune('1'+k))
		doc.Entities = append(doc.Entities, document.Entity{ID: id, Name: m.Name, Type: m.Type})
		doc.Mentions = append(doc.Mentions, document.Mention{Span: m.Span, Text: m.Name, Type: m.Type, Entity: id})
		spans = append(spans, m.Span)
	}
	if err := tokenize.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc, spans
}

// TestChairAndSpeaker checks which names after the trigger are the chairs
// of talks or the source that reports them: arg is the index of the
// marked name tested.
func TestChairAndSpeaker(t *testing.T) {
	tests := []struct {
		text           string
		arg            int
		chair, speaker bool
	}{
		{"Talks between [Ruritania|LOC] and [Lemuria|LOC] opened, chaired by [Norway|LOC] and [Sweden|LOC], envoy [Ken Ward|PER] said.", 3, true, false},
		{"Talks between [Ruritania|LOC] and [Lemuria|LOC] opened, chaired by [Norway|LOC] and [Sweden|LOC], envoy [Ken Ward|PER] said.", 4, false, true},
		{"Talks between [Ruritania|LOC] and [Lemuria|LOC] opened, chaired by [Norway|LOC] and [Sweden|LOC], envoy [Ken Ward|PER] said.", 1, false, false},
		{"Talks opened under the auspices of the [United Nations|ORG] on Monday.", 0, true, false},
		{"Talks with [Lemuria|LOC] opened, envoy [Ken Ward|PER] said on Saturday.", 1, false, true},
		{"After talks with [Jose Alves|PER], [Maria Silva|PER] said ties were good.", 1, false, false},
		{"After talks with [Jose Alves|PER], [Maria Silva|PER] said that ties were good.", 1, false, false},
	}
	for _, tc := range tests {
		doc, spans := markedDoc(t, tc.text)
		sp := spans[tc.arg]
		if got := chairOf(doc, sp, 0); got != tc.chair {
			t.Errorf("%q, %q: chair %v, want %v", tc.text, doc.Slice(sp), got, tc.chair)
		}
		if got := reportingSpeaker(doc, sp, 5, len(doc.Text)); got != tc.speaker {
			t.Errorf("%q, %q: speaker %v, want %v", tc.text, doc.Slice(sp), got, tc.speaker)
		}
	}
}

// TestVagueGroup checks the object phrases read as vague groups.
func TestVagueGroup(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"other countries", true},
		{"the all concerned officials", true},
		{"senior political officials", true},
		{"More than 70 people", true},
		{"parties", true},
		{"two policemen", false},
		{"19 members", false},
		{"the two sides", false},
		{"Lebanese officials", false},
		{"the decision", false},
		{"Iraqi leaders", false},
	}
	for _, tc := range tests {
		if got := vagueGroup(tc.text); got != tc.want {
			t.Errorf("vagueGroup(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
