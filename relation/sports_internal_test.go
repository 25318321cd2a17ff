package relation

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/tokenize"
)

// TestSportsDocumentSkipsByLength checks sportsDocument, which skips the
// ASCII words of no sports word's length and lowers the others itself,
// against its definition: three tokens that lower-cased are sports words.
func TestSportsDocumentSkipsByLength(t *testing.T) {
	for w := range sportsWords {
		if len(w) < sportsWordLens[0] || len(w) > sportsWordLens[1] {
			t.Errorf("sportsWordLens %v leaves out %q", sportsWordLens, w)
		}
	}
	if sportsWordLens[1] > 15 {
		t.Errorf("a sports word is longer than sportsDocument's buffer and sportsEnds' bits (15 bytes)")
	}
	for w := range sportsWords {
		if !isASCII(w) || strings.ToLower(w) != w || w == "" {
			t.Errorf("sports word %q is not lower-case ASCII (sportsEnds)", w)
		}
	}
	want := func(doc *document.Document) bool {
		n := 0
		for _, tk := range doc.Tokens {
			if sportsWords[strings.ToLower(doc.Text[tk.Start:tk.End])] {
				n++
			}
		}
		return n >= 3
	}
	for _, text := range []string{
		"The striker scored two goals in the Cup final.",
		"The STRIKER scored two GOALS in the cup.",
		"The minister met the coach at the stadium.",
		"The minister met the coach.",
		"A Quarter-Final, a semi-final and a half-time show.",
		"The wic\u212Aet fell; the bowler's wic\u212Aets, the batsman.", // a Kelvin sign lowers to k
		"Parliament debated the budget for six hours on Tuesday.",
		"MATCH, Tournament and League: the Goalkeeper's Coach at the Stadium.",
		"Cups, coaches, matches, scores: no word here is one.",
		"",
	} {
		doc := document.New(text)
		if err := tokenize.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if got := sportsDocument(doc); got != want(doc) {
			t.Errorf("sportsDocument(%q) = %v, want %v", text, got, !got)
		}
	}
}

// TestSportsMemo checks that sportsMemo gives sportsDocument's answer and
// reads the document only on the first call (the sense guards share one
// per document).
func TestSportsMemo(t *testing.T) {
	for _, tc := range []struct {
		text  string
		sport bool
	}{
		{"The striker scored two goals in the Cup final.", true},
		{"Parliament debated the budget for six hours on Tuesday.", false},
		{"", false},
	} {
		doc := document.New(tc.text)
		if err := tokenize.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		m := &sportsMemo{doc: doc}
		if got := m.is(); got != tc.sport || got != sportsDocument(doc) {
			t.Errorf("sportsMemo(%q).is() = %v, want %v", tc.text, got, tc.sport)
		}
		// the tokens gone, a second call still answers from the first
		doc.Tokens = nil
		if got := m.is(); got != tc.sport {
			t.Errorf("sportsMemo(%q).is() read the document again: %v", tc.text, got)
		}
	}
}
