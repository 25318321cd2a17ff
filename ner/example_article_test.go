package ner_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
)

// TestExampleArticle checks the entities of the example article
// (../shared/examples/summit-article.txt) against the people,
// organisations and places of summit-article.expected.md: each found with
// its type, and a few things a careful reader would not tag left
// untagged. The article is not in the repository (it is not ours to
// ship); the test skips without it.
func TestExampleArticle(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "examples", "summit-article.txt")
	text, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skip("../shared/examples/summit-article.txt not found; skipping the example article")
	}
	if err != nil {
		t.Fatal(err)
	}
	doc, err := analyze.New(analyze.Options{}).Analyze(context.Background(), analyze.Input{Data: text, Name: "summit-article.txt"})
	if err != nil {
		t.Fatal(err)
	}
	types := map[string][]string{} // entity name or alias → its types
	for _, e := range doc.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if !slices.Contains(types[n], e.Type) {
				types[n] = append(types[n], e.Type)
			}
		}
	}
	want := map[string][]string{
		document.PER: {"Kim Yong Chol", "Trump", "Kim Jong Un", "Mike Pompeo", "Jonathan Pollack",
			"Sergei Lavrov", "Jo Myong-rok", "Clinton", "Xi Jinping", "Shinzo Abe", "Moon Jae-in",
			"Sabra Ayres"},
		document.ORG: {"State Department", "Reconnaissance General Bureau", "Sony Pictures", "European Union",
			"U.N. Security Council", "United Nations", "Brookings Institution", "Pentagon", "CIA", "Interfax"},
		document.LOC: {"North Korea", "United States", "U.S.", "New York", "Washington", "Singapore",
			"Pyongyang", "Moscow", "South Korea", "Russia", "Korean peninsula", "demilitarized zone",
			"East River"},
	}
	for typ, names := range want {
		for _, n := range names {
			if !slices.Contains(types[n], typ) {
				t.Errorf("%s: types %v, want %s", n, types[n], typ)
			}
		}
	}
	// The expected file lists the White House among organisations;
	// CoNLL-2003 tags it LOC (the building, every time in its training
	// data), the reader's layer ORG (the institution, as OntoNotes).
	if wh := types["White House"]; !slices.Equal(wh, []string{document.ORG}) {
		t.Errorf("White House: types %v, want ORG", wh)
	}
	// Named events are MISC; a cheese is no place.
	if k := types["Korean War"]; !slices.Equal(k, []string{document.MISC}) {
		t.Errorf("Korean War: types %v, want MISC", k)
	}
	for _, m := range doc.Mentions {
		if m.Text == "Burrata" {
			t.Errorf("Burrata tagged %s", m.Type)
		}
	}
	// Sabra Ayres appears only in the credits line: a contributor, not
	// someone in the story.
	for _, m := range doc.Mentions {
		if m.Text == "Sabra Ayres" && doc.InBody(m.Span) {
			t.Errorf("Sabra Ayres found in the body at %d", m.Start)
		}
	}
}
