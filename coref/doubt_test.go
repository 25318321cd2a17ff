package coref

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestDoubtful checks which pronoun answers Doubtful calls in doubt, on
// sentences written for the test: want is the name Speaker gives, doubt
// whether Doubtful doubts it (other: the other argument, "" for none);
// answer, when set, is the name whose entity Doubtful is asked about, as
// when a caller has its answer from another rule.
func TestDoubtful(t *testing.T) {
	per, org := document.PER, document.ORG
	tests := []struct {
		name, text string
		names      map[string]string
		pronoun    string
		other      string
		doubt      bool
		answer     string
	}{
		{"a person named as the subject of the pronoun's clause",
			"Jan Kos dismissed a report that Ken Ward plans to say he will not back the mayor.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "he will", "", true, ""},
		{"a subject before a relative clause",
			"Ken Ward spoke on Monday. Jan Kos sided with Tom Berg, who has said he opposes the plan.",
			map[string]string{"Jan Kos": per, "Ken Ward": per, "Tom Berg": per}, "he opposes", "", true, ""},
		{"a clip of a person saying",
			"Ann Lee released an ad about Jan Kos, with a clip of Tom Berg saying he will vote for the mayor.",
			map[string]string{"Ann Lee": per, "Jan Kos": per, "Tom Berg": per}, "he will", "", true, ""},
		{"the one asked why",
			"Jan Kos opened the debate by asking Tom Berg why he had attacked the mayor.",
			map[string]string{"Jan Kos": per, "Tom Berg": per}, "he had", "", true, ""},
		{"a person in an aside is no rival",
			"Jan Kos, who met Tom Berg last week, said he would back the mayor.",
			map[string]string{"Jan Kos": per, "Tom Berg": per}, "he would", "", false, ""},
		{"a clause closed by a comma is no rival",
			"Jan Kos said that since Tom Berg backed him last year, he would back the mayor.",
			map[string]string{"Jan Kos": per, "Tom Berg": per}, "he would", "", false, ""},
		{"the object is no rival",
			"Jan Kos said he was opposed to Tom Berg and that he would back the mayor.",
			map[string]string{"Jan Kos": per, "Tom Berg": per}, "he would", "", false, ""},
		{"a rival of the other gender",
			"Jan Kos said that Ann Lee will soon announce he is the new chairman.",
			map[string]string{"Jan Kos": per, "Ann Lee": per}, "he is", "", false, ""},
		{"the other argument is no rival",
			"Jan Kos spoke on Monday. Tom Berg said that his refusal to back him was wrong.",
			map[string]string{"Jan Kos": per, "Tom Berg": per}, "him was", "Tom Berg", false, ""},
		{"a name that gives the other gender",
			"Mr. Jan Kos spoke on Monday. Reporters said she met the mayor.",
			map[string]string{"Jan Kos": per}, "she met", "", true, "Jan Kos"},
		{"a possessive of no person",
			"Lemco won the contract on Monday. Reporters said his staff met the mayor.",
			map[string]string{"Lemco": org}, "his staff", "", true, "Lemco"},
		{"an earlier he of the sentence given to another man",
			"Ken Ward spoke in Oslo on Monday. Jan Kos met students there. He said he had backed the mayor.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "he had", "", true, "Ken Ward"},
		{"an earlier he of the sentence given to the same man",
			"Ken Ward spoke in Oslo on Monday. Jan Kos met students there. He said he had backed the mayor.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "he had", "", false, "Jan Kos"},
		{"a name that gives the same gender",
			"Mr. Jan Kos spoke on Monday. Reporters said he met the mayor.",
			map[string]string{"Jan Kos": per}, "he met", "", false, "Jan Kos"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tagged(t, tc.text, tc.names)
			if err := Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			i := strings.Index(tc.text, tc.pronoun)
			if i < 0 {
				t.Fatalf("%q not in text", tc.pronoun)
			}
			sp := document.Span{Start: i, End: i + len(strings.Fields(tc.pronoun)[0])}
			r := NewResolver(doc)
			id := r.Speaker(sp)
			for _, m := range doc.Mentions {
				if tc.answer != "" && doc.Slice(m.Span) == tc.answer {
					id = m.Entity
				}
			}
			other := ""
			for _, m := range doc.Mentions {
				if doc.Slice(m.Span) == tc.other {
					other = m.Entity
				}
			}
			if got := r.Doubtful(sp, id, other); got != tc.doubt {
				name := ""
				if e := doc.Entity(id); e != nil {
					name = e.Name
				}
				t.Errorf("Doubtful(%q → %q) = %v, want %v", tc.pronoun, name, got, tc.doubt)
			}
		})
	}
}
