package relation

import (
	"strings"
	"testing"
)

// TestTokenBitsCoverTheirMaps: the token bits that let a rule pass over a
// word (wsNounTypeWords before nounMapType, wsJudgementAtWords before
// judgedAt) mark every word the code behind them takes. A word list added
// to that code but not to the bit's union in wordsets.go would be passed
// over without a sound; this test reads every word of the lexicon table
// and the words of the lists behind the bits, in frames that let judgedAt
// take them.
func TestTokenBitsCoverTheirMaps(t *testing.T) {
	words := map[string]bool{}
	for w := range buildWordLexes() {
		words[w] = true
	}
	for _, ws := range [][]string{evalNegWords[:], evalPosWords[:]} {
		for _, w := range ws {
			words[w] = true
		}
	}
	sent := func(text string) *sentence {
		s := &sentence{}
		for _, w := range strings.Fields(text) {
			low := strings.ToLower(w)
			lx := lookupLex(low)
			s.toks = append(s.toks, token{text: w, low: low, arg: -1, tx: -1, lex: lx, sets: lx.sets})
		}
		return s
	}
	for w := range words {
		if strings.ContainsAny(w, " \t") {
			continue
		}
		if _, ok := nounMapType(w); ok && !lookupLex(w).in(wsNounTypeWords) {
			t.Errorf("nounMapType takes %q, which wsNounTypeWords does not mark", w)
		}
		for _, frame := range []string{"Ken Ward is _", "Ken Ward has gone _", "Ken Ward is _ on crime", "Ken Ward is _ to lead"} {
			s := sent(strings.Replace(frame, "_", w, 1))
			i := strings.Count(strings.Split(frame, "_")[0], " ")
			if _, ok := s.judgedAt(i); ok && !s.in(i, wsJudgementAtWords) {
				t.Errorf("judgedAt takes %q in %q, which wsJudgementAtWords does not mark", w, frame)
			}
		}
	}
}
