package relation

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestCountryDescribesPerson checks that a description headed by a word
// for countries ("the two countries") given to a person is caught, and
// the same description given to a country, or a person's own name, is
// not.
func TestCountryDescribesPerson(t *testing.T) {
	text := "During the trip the two countries will sign an accord, Jan Kos said."
	doc := &document.Document{Text: text, Entities: []document.Entity{
		{ID: "E1", Name: "Jan Kos", Type: document.PER},
		{ID: "E2", Name: "Lemuria", Type: document.LOC},
	}}
	desc := &document.Span{Start: strings.Index(text, "the two countries"), End: strings.Index(text, " will")}
	name := &document.Span{Start: strings.Index(text, "Jan Kos"), End: strings.Index(text, " said")}
	for _, tc := range []struct {
		name string
		sp   *document.Span
		id   string
		want bool
	}{
		{"countries as a person", desc, "E1", true},
		{"countries as a country", desc, "E2", false},
		{"a person's name", name, "E1", false},
		{"no span", nil, "E1", false},
	} {
		if got := countryDescribesPerson(doc, tc.sp, tc.id); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestPairKillWithoutKiller checks the words between a pair model's two
// names that give no killer.
func TestPairKillWithoutKiller(t *testing.T) {
	for _, tc := range []struct {
		between string
		want    bool
	}{
		{"whose husband was disabled in an assassination attempt on President", true},
		{"was killed in a car crash in 1997 along with her boyfriend", true},
		{"57, was shot with a bullet fired from his own gun, spokesman", true},
		{"who survived being shot in the head, and her husband", true},
		{"'s comments Tuesday on the shooting death of", true},
		{"had sent him concerning the 2011 shooting of Rep.", true},
		{"also took a shot at likely nominee", true},
		{"are hear witnesses to the killing of sheikh", true},
		{"who witnessed the shooting of", true},
		{"shot the witness to the robbery,", false},
		{"won the primary there, giving him a big shot of momentum against", true},
		{"was jailed for life for murdering 16-year-old burglar", false},
		{"was shot by Union soldiers 11 days after the assassination of", false},
		{"face charges of murdering and attempting to rob", false},
	} {
		if got := pairKillWithoutKiller(strings.Fields(strings.ToLower(tc.between))); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.between, got, tc.want)
		}
	}
}

// TestBetweenNamesArticle checks that the trigger of a pair model's
// relation stands between its names when only punctuation, a possessive
// or an appositive's article is outside it, and not when other words are.
func TestBetweenNamesArticle(t *testing.T) {
	for _, tc := range []struct {
		text, subj, trig, obj string
		want                  bool
	}{
		{"Ann Ruiz, a senator who survived being shot, and her husband Tom Ruiz.", "Ann Ruiz", "senator who survived being shot, and her husband", "Tom Ruiz", true},
		{"Ann Ruiz, the senator who was shot, and Tom Ruiz.", "Ann Ruiz", "senator who was shot, and", "Tom Ruiz", true},
		{"Ann Ruiz's killing of Tom Ruiz.", "Ann Ruiz", "killing of", "Tom Ruiz", true},
		{"Ann Ruiz, then a senator who was shot, and Tom Ruiz.", "Ann Ruiz", "senator who was shot, and", "Tom Ruiz", false},
	} {
		sp := func(s string) *document.Span {
			i := strings.Index(tc.text, s)
			return &document.Span{Start: i, End: i + len(s)}
		}
		r := &document.Relation{SubjectSpan: sp(tc.subj), ObjectSpan: sp(tc.obj), Trigger: *sp(tc.trig)}
		if got := betweenNames(&document.Document{Text: tc.text}, r); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
