package relation

import (
	"github.com/newsgraph/newsgraph/document"
)

// Judgements told as the content of speech (branch r3speech,
// docs/relations.md "Fallback tier, judgements in speech"), misses of
// the round-3 audits of unseen news that the reported-judgement readers
// (saidJudgement, speechStance) lacked a word or a link for:
//
//   - judgement words: "X wrote that Y's campaign was “tragic”", "Y was
//     unfaithful to me, X wrote" (accuse), "X said Y was uniquely
//     qualified to be president" (support; "qualified" alone stays
//     eligibility: "qualified for the final");
//   - a change of state as the copula: "X says Y has gone “soft”";
//   - an urging told as a judgement of time: “It is time for Y to stop
//     …,” X said (urge).
//
// The guards are the readers' own: a negated predicate, a judgement
// without a speaker (the reporter's), a speaker's judgement of himself.

// r3Judgements are judgement words the earlier rounds lacked.
var r3Judgements = map[string]string{
	"tragic": Criticize, "unfaithful": Accuse, "spineless": Criticize, "feckless": Criticize, "inept": Criticize,
	"clueless": Criticize, "hopeless": Criticize, "unpatriotic": Criticize, "unelectable": Criticize,
}

// becomeForms are verbs of a change of state that stand for a copula
// before a judgement: "has gone soft", "became complacent".
var becomeForms = set("gone", "grown", "become", "became", "becomes", "becoming", "grew", "went")

// softWords are judgements only after a change of state or before "on":
// "has gone soft", "is weak on crime" reads as criticism, "the market
// was soft" not (and has no named party anyway).
var softWords = set("soft")

// qualifiedRoles are what someone is said to be qualified to do when
// the judgement endorses them: "qualified to be president", "to lead".
var qualifiedRoles = set("be", "lead", "serve", "govern", "run", "become", "hold")

// judgementAt returns the type of the judgement word at i, with the
// words of this round that need their context.
func (s *sentence) judgementAt(i int) (string, bool) {
	if !s.in(i, wsJudgementAtWords) {
		return "", false // no word judgedAt takes (TestTokenBitsCoverTheirMaps)
	}
	return s.judgedAt(i)
}

// judgedAt is judgementAt without the token-bit test before it.
func (s *sentence) judgedAt(i int) (string, bool) {
	w := s.low(i)
	k := i - 1
	for k > 0 && (isQuoteMark(s.toks[k].text) || s.toks[k].text == "‘" || s.toks[k].text == "'" || s.in(k, wsJudgeDegree)) {
		k--
	}
	if w == "wrong" && becomeForms[s.low(k)] {
		return "", false // "the talks went wrong": a failure, no judgement
	}
	if t, ok := judgementOf(w); ok {
		return t, true
	}
	if t, ok := r3Judgements[w]; ok {
		return t, true
	}
	if softWords[w] && (becomeForms[s.low(k)] || s.low(i+1) == "on") {
		return Criticize, true
	}
	if w == "qualified" && s.low(i+1) == "to" && qualifiedRoles[s.low(i+2)] {
		return Support, true
	}
	return s.evalJudgementAt(i) // evallex.go
}

// becomeAt reports whether token k is a change-of-state verb that stands
// for the copula before a judgement word.
func (s *sentence) becomeAt(k int) bool {
	return becomeForms[s.low(k)] && s.toks[k].arg < 0
}

// timeForUrge reads an urging told as a judgement of time at "time" (i):
// “It is time for Y to stop …,” X said; "X said it was high time for Y
// to act". The speaker of the quote, or of the speech verb before "it",
// urges Y. A negated copula ("it is not time"), a question ("Is it time
// for Y to …?") and a speaker urging himself give nothing.
func (f *finder) timeForUrge(s *sentence, i int) []document.Relation {
	if s.low(i) != "time" || s.low(i+1) != "for" {
		return nil
	}
	k := i - 1
	for k > 0 && (s.low(k) == "high" || s.low(k) == "about" || s.low(k) == "past" || s.low(k) == "now" || s.low(k) == "the") {
		k--
	}
	if s.low(k) != "is" && s.low(k) != "'s" && s.low(k) != "was" {
		return nil
	}
	if s.low(k-1) != "it" || s.low(k+1) == "not" || s.low(k+1) == "n't" {
		return nil
	}
	if s.questionAfter(i) {
		return nil
	}
	obj := s.argAt(s.pastDeterminers(i + 2))
	if obj == nil || s.low(obj.last+1) != "to" || !s.judgedParty(obj) || obj.typ == "PRON" {
		return nil
	}
	vg := s.verbGroupStart(k)
	speaker, ovg, negated := f.opinionSpeaker(s, k-2, true)
	if negated {
		return nil
	}
	if ovg >= 0 {
		vg = ovg
	}
	if speaker == nil {
		speaker = f.quoteSpeakerArg(s, i)
		if speaker != nil && (f.cueNegated(s, i) || f.innerAttribution(s, i)) {
			return nil
		}
	}
	if speaker == nil || speaker.ent == obj.ent || !fbFits(s, Urge, speaker, obj) {
		return nil
	}
	r := f.relation(s, Urge, speaker, obj, i, i+2, vg)
	r.Negated = false
	return []document.Relation{r}
}

// questionAfter reports whether the clause holding token i ends in a
// question mark before its sentence or quote ends.
func (s *sentence) questionAfter(i int) bool {
	for m := i; m < len(s.toks); m++ {
		switch t := s.toks[m].text; {
		case t == "?":
			return true
		case t == "." || t == "!" || t == ";" || isQuoteMark(t):
			return false
		}
	}
	return false
}

// r3SpeechGate adds the words the round's readers start from to the
// fallback tier's gate.
func r3SpeechGate(add func(string)) {
	for w := range r3Judgements {
		add(w)
	}
	for w := range softWords {
		add(w)
	}
	add("qualified")
	add("time")
}

// ownSideJudged reports whether a criticism read at this round's word
// (i) is passed by a speaker on his own side — a party or body he holds
// a post in — which is more often the quote layer giving the quote to
// the wrong speaker than self-criticism: “the Lib Dems are soft on
// crime,” said by the Lib Dem leader.
func (f *finder) ownSideJudged(s *sentence, i int, typ string, speaker, judged *arg) bool {
	w := s.low(i)
	if typ == Support || !softWords[w] && r3Judgements[w] == "" {
		return false
	}
	return f.holdsPost(speaker.ent, judged.ent)
}

// innerAttribution reports whether the quote holding token i holds,
// before i, a speech verb that opens a quote of its own ("… Liam Fox
// said: “…”"): an unmatched quote mark glued two quotes, and the
// judgement after it is not the first quote's speaker's.
func (f *finder) innerAttribution(s *sentence, i int) bool {
	sp := s.toks[i].span
	for _, q := range f.doc.Quotes {
		if !q.Span.Contains(sp) {
			continue
		}
		for m := 1; m < i; m++ {
			if s.low(m) == ":" && s.in(m-1, wsOpinionVerbs) && s.toks[m-1].span.Start > q.Span.Start {
				return true
			}
		}
		return false
	}
	return false
}
