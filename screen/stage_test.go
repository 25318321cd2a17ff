package screen

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// An entity layer: every name of an entity is screened, one hit per
// entry, with the entity's descriptions as context.
func TestScreenerEntities(t *testing.T) {
	ix := fixtureIndex(t)
	text := "Gen. Kim Yong-chol, 72, met the envoy. Kim said little. Mike Pompeo hosted him."
	doc := document.New(text)
	doc.Meta.Published, _ = document.ParseTime("2018-05-31")
	at := func(s string) document.Span {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return document.Span{Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in the text", s)
		return document.Span{}
	}
	doc.Sentences = []document.Span{{Start: 0, End: 38}, {Start: 39, End: 55}, {Start: 56, End: len(text)}}
	doc.Mentions = []document.Mention{
		{Span: at("Kim Yong-chol"), Type: document.PER, Entity: "E1"},
		{Span: at("Kim said"), Type: document.PER, Entity: "E1"},
		{Span: at("Mike Pompeo"), Type: document.PER, Entity: "E2"},
	}
	doc.Mentions[1].End = doc.Mentions[1].Start + 3
	doc.Entities = []document.Entity{
		{ID: "E1", Name: "Kim Yong-chol", Type: document.PER, Aliases: []string{"Kim", "Kim Yong Chol"}, Descriptions: []string{"North Korean spy chief"}},
		{ID: "E2", Name: "Mike Pompeo", Type: document.PER},
	}
	s := &Screener{Index: ix}
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, h := range doc.Screening {
		t.Logf("%s %s %s %s %.2f %s", h.Entity, h.Mention, h.List, h.ListID, h.Score, h.Explanation)
		if h.Entity != "E1" {
			t.Errorf("hit for %s", h.Entity)
		}
		key := h.List + " " + h.ListID
		if seen[key] {
			t.Errorf("%s hit twice", key)
		}
		seen[key] = true
	}
	if len(doc.Screening) == 0 || doc.Screening[0].ListID != "12211" && doc.Screening[0].ListID != "EU.2713.54" {
		t.Fatalf("best hit: %+v", doc.Screening)
	}
	if len(doc.Provenance.Lists) != 3 || doc.Provenance.Rules["screen"] != Version {
		t.Errorf("provenance %+v", doc.Provenance)
	}
	// 17614 (born 1962) ranks below the people born about 1946.
	for i, h := range doc.Screening {
		if h.ListID == "17614" && i == 0 {
			t.Errorf("17614 ranked first: %+v", doc.Screening)
		}
	}
}

func TestAgeAndDescriptions(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{{", a 72-year-old North Korean", 72}, {", 58,", 58}, {", aged 41, said", 41}, {", a 3-year-old", 0}, {", the minister", 0}} {
		if got := ageIn(tt.s); got != tt.want {
			t.Errorf("ageIn(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
	text := "North Korean leader Kim Jong Un met Secretary of State Mike Pompeo with Kim Yong Chol, a spy chief, in May."
	doc := document.New(text)
	doc.Sentences = []document.Span{{Start: 0, End: len(text)}}
	span := func(s string) document.Span {
		i := indexOf(text, s)
		return document.Span{Start: i, End: i + len(s)}
	}
	if got := premodifier(doc, span("Kim Jong Un")); got != "North Korean leader" {
		t.Errorf("premodifier = %q", got)
	}
	if got := premodifier(doc, span("Kim Yong Chol")); got != "" {
		t.Errorf("premodifier of Kim Yong Chol = %q, want none (\"with\" ends it)", got)
	}
	if got := appositive(doc, span("Kim Yong Chol")); got != ", a spy chief" {
		t.Errorf("appositive = %q", got)
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
