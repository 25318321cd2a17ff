package relation

import (
	"strings"
	"testing"
)

// TestPlaceNameCache: the finder's cache of isPlaceName answers as
// isPlaceName does, keeps names of one word and of several (it used to
// keep only names of one word), and keeps no name with a zero byte in a
// word, whose key could be another name's.
func TestPlaceNameCache(t *testing.T) {
	tests := []struct {
		words  []string
		cached bool
	}{
		{[]string{"Paris"}, true},
		{[]string{"New", "York"}, true},
		{[]string{"South", "Korea"}, true},
		{[]string{"Jan", "Kos"}, true},
		{[]string{"New", "York", "City"}, true},
		{[]string{"New\x00York"}, false},
		{[]string{"New\x00York", "City"}, false},
	}
	shared := &finder{} // asked about every name in turn: "New York" comes before "New\x00York"
	for _, tc := range tests {
		f := &finder{}
		s := &sentence{}
		for _, w := range tc.words {
			s.toks = append(s.toks, token{text: w})
		}
		want := isPlaceName(tc.words)
		for round := range 2 { // the second answer comes from the cache
			if got := f.isPlaceName(s, 0, len(s.toks)); got != want {
				t.Errorf("%q (round %d): isPlaceName %v, want %v", tc.words, round, got, want)
			}
			if got := shared.isPlaceName(s, 0, len(s.toks)); got != want {
				t.Errorf("%q (round %d, after the other names): isPlaceName %v, want %v", tc.words, round, got, want)
			}
		}
		if _, ok := f.placeNames[strings.Join(tc.words, "\x00")]; ok != tc.cached {
			t.Errorf("%q: cached %v, want %v", tc.words, ok, tc.cached)
		}
	}
	if !shared.isPlaceName(&sentence{toks: []token{{text: "New"}, {text: "York"}}}, 0, 2) {
		t.Error("New York is no place name: the test's names prove nothing")
	}
}
