package relation

import (
	"strings"
	"testing"
)

// TestPhraseStanceHelpers checks the word tests of the phrase stance
// rules (phrasestance.go) on token sequences written for the test.
func TestPhraseStanceHelpers(t *testing.T) {
	sent := func(text string) *sentence {
		s := &sentence{}
		for _, w := range strings.Fields(text) {
			low := strings.ToLower(w)
			lx := lookupLex(low)
			s.toks = append(s.toks, token{text: w, low: low, arg: -1, tx: -1, lex: lx, sets: lx.sets})
		}
		return s
	}
	possessives := []struct {
		text string
		want bool
	}{
		{"its opposition to", true},
		{"their support for", true},
		{"his opposition to", false},
	}
	for _, tc := range possessives {
		s := sent(tc.text)
		a := arg{typ: "PRON", first: 0, last: 0}
		if got := bodyPossessive(s, &a); got != tc.want {
			t.Errorf("bodyPossessive(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	stated := []struct {
		text string
		at   int // the "in" of "in favour of"
		want bool
	}{
		{"she is in favour of", 2, true},
		{"she has always been in favour of", 4, true},
		{"she remains firmly in favour of", 3, true},
		{"she stepped down in favour of", 3, false},
		{"the court ruled in favour of", 3, false},
	}
	for _, tc := range stated {
		if got := sent(tc.text).statedStance(tc.at); got != tc.want {
			t.Errorf("statedStance(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	receivers := []struct {
		text string
		at   int
		want bool
	}{
		{"voiced support for", 1, true},
		{"won backing for", 1, false},
		{"faced strong criticism of", 2, false},
		{"the meeting", 1, false},
	}
	for _, tc := range receivers {
		if got := sent(tc.text).openStanceNoun(tc.at); got != tc.want {
			t.Errorf("openStanceNoun(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	for w, want := range map[string]bool{"farmers": true, "economists": true, "civilians": true, "powers": false, "taxes": false} {
		if personPlural(w) != want {
			t.Errorf("personPlural(%q) = %v, want %v", w, !want, want)
		}
	}
}
