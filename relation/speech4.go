package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Speech, fourth round (branch speech4, docs/relations.md "Speech, fourth
// round"): general links the speech readers (speechstance.go,
// stance3.go, r3speech.go, evaluative.go, fallback4.go) lacked, written
// from the criticize, support, urge, accuse and agree misses of half B of
// the dev gold sets.

// appositiveNameSubject returns the name that is the subject of the verb
// group at vg when it stands in apposition to a description that opens
// the sentence: "North Korea's chief delegate to the talks, Kim Kye-Gwan,
// (also) said …", "The union's leader, Mark Smith, told …". The name (a
// person or an organisation) is set off by commas, the second right
// before the verb group; the description before the first comma opens
// the sentence (or a quote), holds a lower-case head and no comma, quote
// mark, conjunction or verb of the lexicon. nil otherwise.
func (s *sentence) appositiveNameSubject(vg int) *arg {
	if vg < 4 || s.low(vg-1) != "," {
		return nil
	}
	a := s.argAt(vg - 2)
	if a == nil || a.last != vg-2 || (a.typ != document.PER && a.typ != document.ORG) || a.dateline {
		return nil
	}
	c := a.first - 1
	if c < 2 || s.low(c) != "," {
		return nil
	}
	// the description [start, c): no comma, quote, conjunction or verb
	lower := false
	start := c - 1
	for ; start >= 0; start-- {
		t := s.toks[start]
		if isQuoteMark(t.text) {
			break
		}
		w := s.low(start)
		if w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "--" || w == "—" || s.in(start, wsConjunctions) ||
			w == "and" || w == "or" || w == "but" || w == "who" || w == "which" || w == "that" || w == "said" || w == "says" {
			return nil
		}
		if t.arg < 0 && isLower(t.text) {
			lex := s.lexAt(start)
			if lex.form.past || lex.fbForm.past || strings.HasSuffix(w, "ing") || s.in(start, wsOpinionVerbs) || s.in(start, wsSpeech) {
				return nil // a clause, not a description
			}
			lower = true
		}
		if c-start > 12 {
			return nil
		}
	}
	if !lower {
		return nil // "Britain, France, said": a list
	}
	// the description's last word is its head or the end of a phrase
	// after it ("chief delegate to the talks"), not a preposition
	if s.in(c-1, wsPrepsBefore) || s.in(c-1, wsDeterminers) {
		return nil
	}
	return a
}

// reportNouns are statements a body or person issues that the older
// statement sets lack: "a report by Politico", "a story from Reuters".
var reportNouns = set("report", "reports", "story", "stories", "article", "articles", "allegation", "allegations",
	"accusation", "accusations", "assertion", "assertions")

// ownedStatementHead reports whether w heads a statement or act whose
// owner a judgement of it names (the guidelines: "when what is
// criticised or supported is a named person's action or statement, the
// object is that person").
func ownedStatementHead(w string) bool {
	return statementNouns[w] || actionNouns[w] || judgedHeads[w] || reportNouns[w]
}

// attributedVerbs are the participles after a statement that name its
// owner after "to" or "by": "the comments attributed to Y", "a report
// issued by Y".
var attributedVerbs = set("attributed", "ascribed")

// ownerAfterStatement returns the token where the owner of a statement
// phrase ending before k is named, when the phrase is followed by "by",
// "of" (the older rule), "from" (a statement noun only: "a report from
// Bloomberg") or "attributed to"; -1 otherwise. head is the phrase's
// last word.
func (s *sentence) ownerAfterStatement(k int, head string) int {
	switch l := s.low(k); {
	case l == "by" || l == "of":
		return k + 1
	case l == "from" && (statementNouns[head] || reportNouns[head] || judgedHeads[head]):
		return k + 1
	case attributedVerbs[l] && s.low(k+1) == "to":
		return k + 2
	case attributedVerbs[head] && l == "to":
		return k + 1 // the phrase ran over the participle: "the comments attributed"
	}
	return -1
}

// ownerPreps name a statement's owner right after its noun: "a report by
// Politico", "a story from Reuters", "the comments attributed to Y".
var ownerPreps = []string{" by ", " from ", " attributed to ", " issued by ", " published by ", " released by "}

// ownedBefore reports whether the text before a mention (before) ends
// with a statement noun and a preposition that make the mention its
// owner: "… a report by " Politico. For a report noun (a report, a
// story) the noun must be the one named again (noun); for a word of
// statementKin any of them.
func ownedBefore(before, noun string) bool {
	b := strings.ToLower(before)
	for _, p := range ownerPreps {
		rest, ok := strings.CutSuffix(b, p)
		if !ok {
			if rest, ok = strings.CutSuffix(b, p+"the "); !ok {
				continue
			}
		}
		w := rest[strings.LastIndexAny(rest, " \n\t\"“")+1:]
		if reportNouns[noun] {
			return w == noun || w+"s" == noun || w == noun+"s"
		}
		return statementKin[w]
	}
	return false
}

// looseJudgedModifier reports whether the word at m, none of
// judgedModifiers, may still stand before the judgement word of a named
// phrase: a lower-case word right after "a" or "an" (a quote mark
// between allowed), at most two of them (loose counts those passed):
// "called that report a “boldfaced lie”".
func (s *sentence) looseJudgedModifier(m, loose int) bool {
	if loose >= 2 || !isLower(s.tokText(m)) || segmentEnd[s.tokText(m)] || s.toks[m].arg >= 0 || s.in(m, wsPredModifierStop) {
		return false
	}
	p := m - 1
	for p > m-4 && p >= 0 && (isQuoteMark(s.toks[p].text) || s.toks[p].text == "‘" || s.toks[p].arg < 0 && isLower(s.tokText(p)) && s.low(p) != "a" && s.low(p) != "an" && !s.in(p, wsJudgedModifiers)) {
		p--
	}
	return s.low(p) == "a" || s.low(p) == "an"
}

// issuedMessages are what a speaker issues besides documentNouns, whose
// participle speaks for the issuer: "released a new radio ad calling
// it …", "posted a video calling Y …".
var issuedMessages = set("ad", "ads", "advert", "advertisement", "video", "tweet", "tweets", "op-ed", "editorial", "email",
	"statements", "letters", "speech", "post", "message", "press")

// issuedParticipleSubject returns the issuer of the document or message
// a participle at i describes: "X released a new radio ad calling it
// …", "X issued a statement calling Y's plan a disaster" — the subject of
// the verb whose object the noun right before the participle is; nil
// when no such noun stands there.
func (f *finder) issuedParticipleSubject(s *sentence, i int) *arg {
	if i < 3 || !strings.HasSuffix(s.low(i), "ing") || !s.in(i-1, wsDocumentNouns) && !issuedMessages[s.low(i-1)] ||
		s.toks[i-1].arg >= 0 {
		return nil
	}
	a := f.documentActor(s, i-1)
	if a == nil || a.typ == document.MISC && !s.groupHead(a) {
		return nil
	}
	return a
}

// itJudgedThat reads a judgement of what someone did told through an
// anticipatory "it", at the judgement word (i): "X said it was
// “dangerous” that Y has no strategy", "X called it “dangerous” that Y
// …", “It is outrageous that Y …,” X said — X criticises (or, for
// praise, supports) Y, the subject of the "that" clause: a name right
// after "that" (quote marks aside) with a lower-case verb after it. A
// negated copula ("it is not wrong that"), or no speaker (the
// reporter's own judgement), gives nothing.
func (f *finder) itJudgedThat(s *sentence, i int) []document.Relation {
	typ, ok := judgementOf(s.low(i))
	if !ok {
		if typ, ok = judgedWords[s.low(i)]; !ok {
			return nil
		}
	}
	skipMarks := func(k, step int) int {
		for k >= 0 && k < len(s.toks) && (isQuoteMark(s.toks[k].text) || s.toks[k].text == "‘" || s.toks[k].text == "’" ||
			s.toks[k].text == "'" || step < 0 && (s.in(k, wsJudgeDegree) || isAdverb(s.low(k)))) {
			k += step
		}
		return k
	}
	// after the judgement: "that", then the judged party
	t := skipMarks(i+1, 1)
	if s.low(t) != "that" {
		return nil
	}
	y := skipMarks(t+1, 1)
	judged := s.argAt(y)
	if judged == nil || judged.first != y || judged.typ == "PRON" || !s.judgedParty(judged) {
		return nil
	}
	if v := skipMarks(judged.last+1, 1); v >= len(s.toks) || !isLower(s.tokText(v)) || segmentEnd[s.tokText(v)] || s.low(v) == "'s" {
		return nil
	}
	// before the judgement: "it" after a copula, or "call(ed) it"
	k := skipMarks(i-1, -1)
	vg := -1
	var speaker *arg
	switch {
	case s.low(k) == "it" && s.in(k-1, wsNameVerbs):
		vg = s.verbGroupStart(k - 1)
		speaker = f.issuedParticipleSubject(s, k-1)
		if speaker == nil {
			speaker = f.judgeSubject(s, k-1, vg)
		}
	case s.in(k, wsBeForms):
		for k > 0 && (s.in(k, wsBeForms) || s.low(k) == "has" || s.low(k) == "have" || s.low(k) == "had" || s.in(k, wsFbModals) || isAdverb(s.low(k))) {
			if s.in(k, wsSpeechNegators) {
				return nil
			}
			k--
		}
		if s.low(k) != "it" {
			return nil
		}
		var ovg int
		speaker, ovg, _ = f.opinionSpeaker(s, s.beforeDeterminers(k), true)
		vg = ovg
		if speaker == nil && s.toks[i].quoted {
			speaker = f.quoteSpeakerArg(s, i)
			if speaker != nil && f.cueNegated(s, i) {
				return nil
			}
		}
		if vg < 0 {
			vg = k
		}
	default:
		return nil
	}
	if speaker == nil || speaker.typ == document.MISC && !s.groupHead(speaker) || speaker.ent == judged.ent || !fbFits(s, typ, speaker, judged) {
		return nil
	}
	r := f.relation(s, typ, speaker, judged, i, i+1, vg)
	r.Negated = false
	return []document.Relation{r}
}

// speech4 runs the round's readers at token i (the fallback tier's loop).
func (f *finder) speech4(s *sentence, i int) []document.Relation {
	return f.itJudgedThat(s, i)
}

// virtueNouns are what a party is told it should have the will for: "Y
// should have the courage to …", "must have the decency to …" — a demand,
// where "should have" is otherwise a perfect or a possession.
var virtueNouns = set("courage", "guts", "decency", "honesty", "sense", "humility", "grace", "integrity", "backbone", "will")

// virtueHave reports whether the "have" at k opens "have the courage
// to" (virtueNouns), which modalDemand reads as a demand.
func (s *sentence) virtueHave(k int) bool {
	return s.low(k) == "have" && s.low(k+1) == "the" && virtueNouns[s.low(k+2)] && s.low(k+3) == "to"
}
