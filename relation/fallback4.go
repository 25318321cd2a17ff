package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// The fallback tier's stance round (branch stance, docs/relations.md
// "Fallback tier, stance round"): support, criticism, requests and
// accusations said without a verb of their type — a judgement a speaker
// passes on someone ("X said Y was naive", “Y is unfit,” X said), a hope
// a speaker voices about what someone will do ("we hope the United
// States will …", an urge), an accusation of obstruction ("X said Y was
// trying to block …") and adjectives and phrases of stance ("shocked
// by", "disappointed with", "had qualms about"). Written from the misses
// of half A of sets D and E, checked on their half B.

// stanceSpecs are the stance round's verbs and phrases, in
// fallbackSpecs' form; like the third round's, the interaction model's
// features do not read them.
var stanceSpecs = map[string][]string{
	Criticize: {"have qualms about", "have reservations about", "have misgivings about", "express reservations about",
		"voice reservations about", "express misgivings about", "voice misgivings about", "cast doubt on", "pour cold water on",
		"take aim at", "level criticism at", "question the wisdom of"},
	Support: {"come out in support of", "throw support behind", "speak in support of",
		"vote in favour of", "vote in favor of", "argue in favour of", "argue in favor of", "come down on the side of"},
}

// stanceAdjectives are adjectives of stance with the prepositions before
// their object, read like fbAdjectives: "X was shocked by Y's remarks",
// "disappointed with Y".
var stanceAdjectives = adjTable{
	"shocked": {Criticize, []string{"by", "at"}}, "appalled": {Criticize, []string{"by", "at"}},
	"dismayed": {Criticize, []string{"by", "at"}}, "disgusted": {Criticize, []string{"by", "with", "at"}},
	"horrified": {Criticize, []string{"by", "at"}}, "disappointed": {Criticize, []string{"with", "in", "by"}},
	"unhappy": {Criticize, []string{"with"}}, "dissatisfied": {Criticize, []string{"with"}},
	"skeptical": {Criticize, []string{"of"}}, "sceptical": {Criticize, []string{"of"}},
	"dismissive": {Criticize, []string{"of"}}, "contemptuous": {Criticize, []string{"of"}},
	"scornful": {Criticize, []string{"of"}}, "disdainful": {Criticize, []string{"of"}},
	"appreciative": {Support, []string{"of"}}, "grateful": {Support, []string{"to"}},
	"sympathetic": {Support, []string{"to", "towards", "toward"}},
}

// An adjTable holds adjectives of stance: each one's relation type and the
// prepositions before its object.
type adjTable map[string]struct {
	typ   string
	preps []string
}

// trigger returns the adjective trigger of w when its preposition is p.
func (tab adjTable) trigger(w, p string) (fbTrigger, bool) {
	a, ok := tab[w]
	if !ok {
		return fbTrigger{}, false
	}
	for _, q := range a.preps {
		if q == p {
			return fbTrigger{typ: a.typ, prep: p, wordnet: true}, true
		}
	}
	return fbTrigger{}, false
}

// judgements are words a speaker passes on someone, beside the epithets
// of calledNames: "X said Y was naive".
var judgements = map[string]string{
	"naive": Criticize, "misguided": Criticize, "flawed": Criticize, "opportunist": Criticize, "faker": Criticize,
	"inappropriate": Criticize, "wrong": Criticize, "arrogant": Criticize, "complacent": Criticize, "cowardly": Criticize,
	"deceitful": Criticize, "untrustworthy": Criticize, "hypocrites": Criticize, "liars": Criticize,
}

// judgementOf returns the type of a judgement word.
func judgementOf(w string) (string, bool) {
	if t, ok := judgements[w]; ok {
		return t, true
	}
	if t, ok := speechJudgements[w]; ok {
		return t, true
	}
	if t, ok := stance3Judgements[w]; ok {
		return t, true
	}
	if w == "qualified" {
		return "", false // "Nigeria is qualified for the programme": eligible
	}
	t, ok := epithets[w]
	return t, ok
}

// obstructVerbs are what someone is accused of trying to do: "X said Y
// was trying to block the reform".
var obstructVerbs = set("block", "resist", "undermine", "sabotage", "obstruct", "derail", "wreck", "thwart", "subvert",
	"destabilise", "destabilize", "hijack", "rig", "cover", "silence", "intimidate", "mislead", "deceive", "scupper",
	"frustrate", "stifle", "smear", "disrupt")

// tryWords open an attempt: "trying to", "attempting to", "seeking to",
// "were an attempt to".
var tryWords = set("trying", "attempting", "seeking", "tried", "attempted", "sought", "attempt", "bid")

// judgeDegree are words between a copula and a judgement: "is being
// deeply naive", "was a total opportunist", “is ‘unfit’”.
var judgeDegree = set("a", "an", "very", "so", "too", "deeply", "totally", "completely", "utterly", "simply", "just",
	"quite", "rather", "fundamentally", "being", "such", "total", "real", "complete", "absolute", "fatally", "hopelessly")

// opinionVerbs are verbs of belief after which a judgement is the
// subject's, like a speech verb's: "she feels he is unfit".
var opinionVerbs = set("feels", "felt", "feel", "agrees", "agreed", "agree", "believe", "believes", "believed", "thinks",
	"thought", "think", "considers", "considered", "insists", "insisted", "says", "said", "argued", "argues", "suggested",
	"suggests", "added", "warned", "warns", "charged", "charges", "complained", "complains")

// saidJudgement reads a judgement passed on Y at the judgement word (or
// "trying to block") at i: "X said Y was naive", "X feels Y is unfit to
// lead", “Y is a total opportunist,” X said (the quote's speaker), "X said
// it was inappropriate for Y to …", "X said Y was trying to block …"
// (accuse). The speaker criticises (or, for praise, supports) Y. A
// reporter's own judgement, a negated one ("is not naive") and one of a
// speaker on himself give nothing.
func (f *finder) saidJudgement(s *sentence, i int) []document.Relation {
	typ, ok := s.judgementAt(i) // r3speech.go: words in context
	end := i + 1
	neg := -1 // negated praise (evaluative.go): the "not"
	if !ok {
		if neg = s.negatedPraiseAt(i); neg >= 0 {
			typ = Criticize
			if praiseHeads[s.low(i+1)] {
				end = i + 2
			}
		} else if !s.in(i, wsTryWords) || s.low(i+1) != "to" || !s.in(i+2, wsObstructVerbs) {
			return nil
		} else {
			typ, end = Accuse, i+3
		}
	}
	k := i - 1
	if neg >= 0 {
		k = neg - 1
	}
	for k > 0 && (s.in(k, wsJudgeDegree) || isAdverb(s.low(k)) || isQuoteMark(s.toks[k].text) || s.toks[k].text == "‘" || s.toks[k].text == "'") {
		k--
	}
	if !s.in(k, wsBeForms) && neg < 0 {
		k = s.pastIndefiniteModifiers(k) // (stance3.go) "was a “race-baiting, xenophobic religious bigot”"
	}
	if !s.in(k, wsBeForms) && !s.becomeAt(k) || s.low(k) == "got" || s.low(k) == "get" || s.low(k) == "gets" || s.low(k) == "getting" {
		return nil
	}
	be := k
	if s.low(be) == "'s" && s.possessiveJudgement(be, end) {
		return nil // "Trump's aggressive backers": a possessive, no "is" (stance3.go)
	}
	if s.becomeAt(k) {
		k-- // (r3speech.go) "has gone soft": the auxiliaries before
	}
	for k > 0 && (s.in(k, wsBeForms) || s.low(k) == "has" || s.low(k) == "have" || s.low(k) == "had" || s.in(k, wsFbModals)) {
		if s.low(k) == "not" || s.low(k) == "n't" || s.low(k) == "never" {
			return nil
		}
		if s.low(k) == "would" && s.low(end) == "to" {
			return nil // advice (branch critspeech): "Y would be mistaken to proceed"
		}
		k--
	}
	if neg < 0 && (s.low(be+1) == "not" || s.low(be+1) == "n't") {
		return nil
	}
	var judged *arg
	if s.low(k) == "it" && typ == Criticize {
		// "it was inappropriate for Y to …"
		m := end
		for m < len(s.toks) && (isQuoteMark(s.toks[m].text) || s.toks[m].text == "’" || s.toks[m].text == "'") {
			m++ // “totally inappropriate” for Y
		}
		if s.low(m) != "for" {
			return nil
		}
		judged = s.argAt(m + 1)
		if judged == nil || judged.first != m+1 || s.low(judged.last+1) != "to" {
			return nil
		}
	} else if judged = s.ownedActTo(k); judged == nil {
		// (evaluative.go) "Y's refusal to support him was …": Y, not "him"
		judged = s.argAt(k)
		if judged == nil || judged.last != k {
			// "Y's plan is deeply flawed": the plan's owner
			if !s.in(k, wsStatementNouns) && !judgedActs[s.low(k)] {
				return nil
			}
			if judged = s.ownerBefore(k); judged == nil {
				// "These remarks are unacceptable": Y's remarks named
				// before (evaluative.go)
				if judged = f.earlierStatement(s, k); judged == nil {
					return nil
				}
			}
		}
	}
	if !s.judgedParty(judged) ||
		s.in(s.beforeDeterminers(judged.first), wsPrepsBefore) && s.low(k) != "it" && s.low(judged.last+1) != "'s" {
		// (stance3.go) not a name inside the subject's phrase: "Mexican
		// nationals in the United States are honest"
		return nil
	}
	// the speaker: of a speech or opinion verb right before the judged
	// clause, else of the quote that holds the judgement
	vg := s.verbGroupStart(be)
	first := judged.first // the owner of "Y's plan" too
	if s.low(k) == "it" {
		first = k
	}
	speaker, ovg, _ := f.opinionSpeaker(s, s.beforeDeterminers(first), false)
	if ovg >= 0 {
		vg = ovg
	}
	if speaker == nil {
		// a direct or (branch critspeech) an indirect quote's speaker:
		// "Y is being naive, X says"
		speaker = f.quoteSpeakerArg(s, i)
		if speaker != nil && (f.cueNegated(s, i) || f.innerAttribution(s, i)) {
			return nil // (r3speech.go) "… X said: “Y is soft”" inside a misread quote
		}
	}
	if speaker == nil || speaker.ent == judged.ent || !fbFits(s, typ, speaker, judged) || f.ownSideJudged(s, i, typ, speaker, judged) {
		return nil
	}
	r := f.relation(s, typ, speaker, judged, i, end, vg)
	r.Negated = false
	return []document.Relation{r}
}

// quoteSpeakerArg returns the speaker of the quote holding token i as an
// argument: the quote's source when it is a mention of the speaker, else
// an argument of the speaker's entity at the source's span (a description
// the resolver tied to the speaker); nil when the quote has no known
// speaker or no source.
func (f *finder) quoteSpeakerArg(s *sentence, i int) *arg {
	sp := s.toks[i].span
	for _, q := range f.doc.Quotes {
		if !q.Span.Contains(sp) || q.Speaker == "" {
			continue
		}
		if q.Source != nil {
			if a := s.argCovering(*q.Source); a != nil && a.ent == q.Speaker {
				return a
			}
			src := *q.Source
			return &arg{first: -1, last: -1, span: src, ent: q.Speaker, typ: document.PER}
		}
		return nil
	}
	return nil
}

// speakerJudged reports whether relation r, inside a quote, was read
// by saidJudgement or hopeUrge and takes the quote's source as its
// subject: “Y is naive,” X said. The argument guards let that speaker
// after the trigger stand.
func speakerJudged(doc *document.Document, r *document.Relation) bool {
	if r.SubjectSpan == nil {
		return false
	}
	w, _, _ := strings.Cut(lowSlice(doc, r.Trigger), " ")
	if _, ok := judgementOf(w); !ok && !tryWords[w] && !hopeForms[w] && !negatedPraise[w] && !speechStanceTrigger(doc.Slice(r.Trigger)) && !quoteSpoken(w) && !evalWord(w) {
		return false
	}
	for _, q := range doc.Quotes {
		if q.Span.Contains(r.Trigger) && q.Source != nil && *q.Source == *r.SubjectSpan {
			return true
		}
	}
	return false
}

// hopeForms are the forms of "hope" that voice a wish about someone.
var hopeForms = set("hope", "hopes", "hoped", "hoping")

// hopeModals are the modals of the wished-for act: "we hope the United
// States will keep its agreements".
var hopeModals = set("will", "would", "can", "could", "'ll", "should", "shall")

// hopeUrge reads a hope about what someone will do at "hope" (i): "We
// hope the United States will keep its agreements" (the quote's speaker,
// through "we"), "X said it hoped Y would …": the one who hopes urges Y
// (sets D and E annotate these as `urge`). Y must be followed by a modal;
// a hope about oneself, or about a place that is no country, gives
// nothing.
func (f *finder) hopeUrge(s *sentence, i int) []document.Relation {
	if !s.in(i, wsHopeForms) || s.in(i-1, wsDeterminers) {
		return nil
	}
	obj := s.argAt(s.pastThatAndDeterminers(i + 1))
	if obj == nil || !s.judgedParty(obj) {
		return nil
	}
	// over coordinated names to the modal: "the US administration and
	// the Congress will"
	m := obj.last + 1
	for n := 0; n < 4 && (s.low(m) == "and" || s.low(m) == ","); n++ {
		m = s.pastDeterminers(m + 1)
		a := s.argAt(m)
		if a == nil {
			return nil
		}
		m = a.last + 1
	}
	if !s.in(m, wsHopeModals) {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := f.wishSubject(s, i, vg)
	if subj == nil || subj.ent == obj.ent || !fbFits(s, Urge, subj, obj) {
		return nil
	}
	r := f.relation(s, Urge, subj, obj, i, i+1, vg)
	return []document.Relation{r}
}

// pastThatAndDeterminers returns the token after an optional "that" and
// the determiners that are no name at m: where the subject of a clause
// after a verb of hoping or saying stands ("hopes that the Iranians
// will").
func (s *sentence) pastThatAndDeterminers(m int) int {
	if s.low(m) == "that" {
		m++
	}
	return s.pastDeterminers(m)
}

// wishSubject returns the subject of a wish or urging word at i whose
// verb group starts at vg: a quoted "we" or "I" is the speaker ("We hope
// …," she said), a spokesman's "we" the body (spokeswe.go); otherwise
// the fallback's subject to the left. It returns nil for none.
func (f *finder) wishSubject(s *sentence, i, vg int) *arg {
	if w := s.low(i - 1); (w == "we" || w == "i") && s.toks[i-1].quoted {
		id := ""
		if w == "we" {
			id = f.bodyVoice(s.toks[i-1].span)
		}
		if id == "" {
			id = f.speakerAt(s.toks[i-1].span)
		}
		if id == "" {
			return nil
		}
		return &arg{first: i - 1, last: i - 1, span: s.toks[i-1].span, ent: id, typ: "PRON"}
	}
	return f.fbLeft(s, vg, false)
}
