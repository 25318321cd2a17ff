package relation

import "testing"

// TestVerbLikeAt checks that the sentence's verbLikeAt, which reads the
// marked sets from the token's lexicon entry, says what verbLike says of
// the token's word, for every word of the marked sets and a few more.
func TestVerbLikeAt(t *testing.T) {
	words := []string{"", "said", "'s", "is", "met", "meeting", "acting", "well-known", "quickly", "reportedly",
		"president", "attacked", "condemns", "during", "hundred", "ran", "bombed", "family", "x"}
	for _, ws := range wordSets() {
		for w := range ws {
			words = append(words, w)
		}
	}
	for _, m := range []map[string]bool{notVerbs, verbGroupNotVerbs} {
		for w := range m {
			words = append(words, w)
		}
	}
	n := 0
	for _, w := range words {
		lx := lookupLex(w)
		s := &sentence{toks: []token{{low: w, text: w, arg: -1, tx: -1, lex: lx, sets: lx.sets}}}
		got, want := s.verbLikeAt(0), verbLike(w)
		if got != want {
			t.Errorf("verbLikeAt(%q) = %v, verbLike says %v", w, got, want)
		}
		if want {
			n++
		}
	}
	if n < 100 {
		t.Errorf("only %d of %d words verb-like: the test reads too few", n, len(words))
	}
	s := &sentence{toks: []token{{low: "said", lex: lookupLex("said"), sets: lookupLex("said").sets}}}
	if s.verbLikeAt(-1) || s.verbLikeAt(1) {
		t.Error("verbLikeAt out of the sentence is true")
	}
}
