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
	if loose >= 2 || !isLower(s.tokText(m)) || isSegmentEnd(s.tokText(m)) || s.toks[m].arg >= 0 || s.in(m, wsPredModifierStop) {
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
	if !s.in(i, wsJudgedStarts) {
		return nil // neither judgementOf nor judgedWords has the word
	}
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
	if v := skipMarks(judged.last+1, 1); v >= len(s.toks) || !isLower(s.tokText(v)) || isSegmentEnd(s.tokText(v)) || s.low(v) == "'s" {
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
	if rs := f.itJudgedThat(s, i); rs != nil {
		return rs
	}
	return f.gerundJudged(s, i)
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

// gerundJudged reads a judgement of an act named by a gerund clause that
// opens a speaker's clause, at the judgement word (i): "X said banning
// violent games would be wrong", "X believes raising the pension age is
// a mistake" — X criticises (or, for praise, supports) the act, the
// gerund and its object as a phrase object (the guidelines' action
// criticised, as a noun phrase). The clause follows a speech or opinion
// verb (and "that"), not negated; a negated copula or a gerund clause
// holding a name (the name rules read it) gives nothing.
func (f *finder) gerundJudged(s *sentence, i int) []document.Relation {
	if !s.in(i, wsJudgedStarts) {
		return nil // neither judgementOf nor judgedWords has the word
	}
	typ, ok := judgementOf(s.low(i))
	if !ok {
		if typ, ok = judgedWords[s.low(i)]; !ok {
			return nil
		}
	}
	k := i - 1
	for k > 0 && (isQuoteMark(s.toks[k].text) || s.in(k, wsJudgeDegree) || isAdverb(s.low(k))) {
		k--
	}
	if !s.in(k, wsBeForms) {
		if k = s.pastIndefiniteModifiers(k); !s.in(k, wsBeForms) {
			return nil
		}
	}
	if s.low(k+1) == "not" || s.low(k+1) == "n't" {
		return nil
	}
	for k > 0 && (s.in(k, wsBeForms) || s.in(k, wsFbModals) || s.low(k) == "has" || s.low(k) == "have" || s.low(k) == "had") {
		if s.in(k, wsSpeechNegators) {
			return nil
		}
		k--
	}
	// the gerund clause [g, k]: a gerund right after the speech verb
	// (and "that"), its object up to the copula
	for g := k; g > 0 && g > k-7; g-- {
		if s.toks[g].arg >= 0 || isSegmentEnd(s.toks[g].text) || isQuoteMark(s.toks[g].text) {
			return nil
		}
		v := g - 1
		if s.low(v) == "that" {
			v--
		}
		if !s.in(v, wsOpinionVerbs) && !s.in(v, wsSpeech) {
			continue
		}
		text, sp := s.gerundPhrase(f.doc, g)
		if text == "" || sp.End != s.toks[k].span.End {
			return nil
		}
		speaker, vg, negated := f.opinionSpeaker(s, g-1, true)
		if negated || speaker == nil || speaker.typ == document.MISC && !s.groupHead(speaker) || speaker.typ == document.LOC && !isCountryArg(s, speaker) {
			return nil
		}
		r := f.relation(s, typ, speaker, nil, i, i+1, vg)
		r.ObjectText, r.ObjectSpan = text, &sp
		r.Negated = false
		return []document.Relation{r}
	}
	return nil
}

// mandativeUrgeVerbs ask for an act in a subjunctive clause: "suggesting
// the U.S. outsource the fight", "proposed that Norway join". "ask" and
// "urge" only with "that" ("asked Y to" is the lexicon's).
var mandativeUrgeVerbs = set("suggest", "suggested", "suggests", "suggesting", "recommend", "recommended", "recommends",
	"recommending", "propose", "proposed", "proposes", "proposing", "insist", "insisted", "insists", "insisting",
	"demand", "demanded", "demands", "demanding", "request", "requested", "requests", "requesting")

// mandativeThatVerbs take the subjunctive clause only after "that".
var mandativeThatVerbs = set("ask", "asked", "asks", "asking", "urge", "urged", "urges", "urging")

// mandativeStarts are mandativeUrgeVerbs and mandativeThatVerbs, the
// words mandativeUrges starts from (a token bit, so that the other tokens
// are passed over without a look-up).
var mandativeStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []map[string]bool{mandativeUrgeVerbs, mandativeThatVerbs} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// mandativeUrges adds, for each verb of mandativeUrgeVerbs in sentence s,
// "X suggested (that) Y VERB …" as X's urging of Y: Y a name of one party
// right after the verb (or "that"), a bare base verb after Y — the
// subjunctive, so that "suggested that Y is …" or "insisted Y was …"
// (indicative, a claim) give nothing. The base verb is a lexicon verb's
// base form or, else, one the tagger tags VB or VBP, or that a
// determiner follows, after a singular name; not a state ("be", "have", wishedStates: "suggested Y be
// punished" asks nothing of Y). X is the verb's subject; a negated verb
// ("did not suggest") gives nothing.
func (f *finder) mandativeUrges(s *sentence) {
	var tags []string // the tags of the first tagged tokens (tagPrefix)
	tagged := 0
	for i := 1; i+2 < len(s.toks); i++ {
		if s.toks[i].arg >= 0 || !s.toks[i].in(wsMandativeStarts) {
			continue
		}
		l := s.low(i)
		j := i + 1
		if s.low(j) == "that" {
			j++
		} else if mandativeThatVerbs[l] {
			continue
		}
		j = s.pastDeterminers(j) // "suggesting the U.S. outsource"
		y := s.argAt(j)
		if y == nil || y.first != j || y.typ == "PRON" || y.typ == document.MISC || y.dateline || !s.stanceParty(y) {
			continue
		}
		v := y.last + 1
		w := s.low(v)
		if v >= len(s.toks) || s.toks[v].arg >= 0 || !isLower(s.tokText(v)) || wishedStates[w] || w == "be" || w == "not" ||
			strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || s.in(v, wsVerbGroup) ||
			s.in(v, wsDeterminers) || s.in(v, wsPrepsBefore) || isAdverb(w) {
			continue
		}
		e := lookupLex(w)
		fm, ok := e.form, e.inForms
		if !ok {
			fm, ok = e.fbForm, e.inFbForms
		}
		if ok {
			if fm.lemma != w || fm.past || fm.part || fm.ing {
				continue
			}
		} else {
			if y.typ != document.PER && strings.HasSuffix(s.low(y.last), "s") {
				continue // "the Palestinians return": a plural's present
			}
			if f.tag == nil {
				return // no tagger: f.tags gives nil
			}
			// the tagger's noun is a verb all the same when an object
			// follows it ("suggesting the U.S. outsource the fight"), so
			// the tags are needed only when none does
			if !s.in(v+1, wsDeterminers) {
				if v+3 > tagged && tagged < len(s.toks) {
					tagged = tagPrefix(s, v)
					if tags = f.tags(s, 0, tagged); tags == nil {
						return
					}
				}
				if tags[v] != "VB" && tags[v] != "VBP" {
					continue
				}
			}
		}
		vg := s.verbGroupStart(i)
		if f.cueNegatedAt(s, vg, i) {
			continue
		}
		subj := f.judgeSubject(s, i, vg)
		if subj == nil && s.low(i-1) == "," && strings.HasSuffix(l, "ing") {
			subj = s.subjectPastAdverbial(i)
		}
		if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || subj.ent == y.ent || !fbFits(s, Urge, subj, y) {
			continue
		}
		r := f.relation(s, Urge, subj, y, i, i+1, vg)
		r.Negated = false
		f.add(s, r)
	}
}

// adverbialOpeners open an adverbial phrase before a sentence's subject:
// "Before the Paris attacks, Trump took …".
var adverbialOpeners = set("before", "after", "during", "in", "on", "at", "since", "following", "amid", "despite", "earlier",
	"later", "last", "this")

// subjectPastAdverbial returns the subject of a sentence that opens with
// an adverbial phrase ("Before the Paris terror attacks, Trump took …,
// suggesting …"), for a participle at vg after a comma: the name right
// after the adverbial's comma, followed by a past verb, with no speech
// verb or relative pronoun between it and vg; nil otherwise. The
// adverbial has no comma, quote, name of a person or verb of its own.
func (s *sentence) subjectPastAdverbial(vg int) *arg {
	if vg < 4 || !adverbialOpeners[s.low(0)] || s.low(vg-1) != "," {
		return nil
	}
	c := -1
	for k := 1; k < vg && k < 12; k++ {
		if s.low(k) == "," {
			c = k
			break
		}
		if isQuoteMark(s.toks[k].text) || s.verbLike(k) || s.in(k, wsSpeech) {
			return nil
		}
		if a := s.argAt(k); a != nil && (a.typ == document.PER || a.typ == "PRON") {
			return nil
		}
	}
	if c < 0 {
		return nil
	}
	a := s.argAt(s.pastDeterminers(c + 1))
	if a == nil || a.first != s.pastDeterminers(c+1) || a.typ == "PRON" || a.typ == document.MISC && !s.groupHead(a) || a.dateline {
		return nil
	}
	l, lx := s.low(a.last+1), s.lexAt(a.last+1)
	if !(lx.form.past || lx.fbForm.past || irregularPast[l] || len(l) > 4 && strings.HasSuffix(l, "ed")) {
		return nil
	}
	for m := a.last + 1; m < vg; m++ {
		if s.in(m, wsSpeech) || s.low(m) == "who" || s.low(m) == "which" || isQuoteMark(s.toks[m].text) {
			return nil
		}
	}
	return a
}

// contractedHas reports whether the "'s" at k is "has" before "been"
// ("he's been an outspoken critic of Y"), not a possessive.
func (s *sentence) contractedHas(k int) bool {
	if s.low(k) != "'s" && s.low(k) != "’s" {
		return false
	}
	m := k + 1
	for m < len(s.toks) && m < k+3 && isAdverb(s.low(m)) {
		m++
	}
	return s.low(m) == "been"
}

// possessedTarget returns the owner named at j (determiners aside) when
// its possessive opens the phrase a stance is directed at: "hostile
// policies to the DPRK's nuclear policy" is directed at the DPRK (the
// guidelines leave the "'s" out of the span); nil otherwise.
func (s *sentence) possessedTarget(j int) *arg {
	j = s.pastDeterminers(j)
	a := s.argAt(j)
	if a == nil || a.first != j || a.typ == "PRON" || s.low(a.last+1) != "'s" || !isLower(s.tokText(a.last+2)) || isSegmentEnd(s.tokText(a.last+2)) {
		return nil
	}
	return a
}

// needForms voice a demand with "to": "Y needs to act", "Y ought to go".
var needForms = set("need", "needs", "ought")

// needDemands adds, for each "need(s) to" or "ought to" in sentence s, a
// speaker's demand of the party right before it, by modalDemand's rules
// ("X argued that Y needs to take into account …", “Y ought to
// resign,” X said): the party opens the clause after a speech or
// opinion verb or the quote, a base verb follows, no state or passive.
func (f *finder) needDemands(s *sentence) {
	for i := 1; i+2 < len(s.toks); i++ {
		if !s.toks[i].in(wsNeedForms) || s.low(i+1) != "to" || s.toks[i].arg >= 0 {
			continue
		}
		if s.low(i) == "need" {
			if a := s.argAt(i - 1); a == nil || a.typ != document.PER && !strings.HasSuffix(s.low(a.last), "s") && s.low(a.last) != "they" {
				continue // "the company need to": not a verb after a singular
			}
		}
		for _, r := range f.modalDemandAt(s, i, i+2) {
			f.add(s, r)
		}
	}
}

// demandFromVerbs ask something of the party named after "from":
// "demanded an apology from Y", "called for restraint from Y".
var demandFromVerbs = set("demand", "demanded", "demands", "demanding")

// askedOfNouns are what a demand asks of the party after "from": an
// apology, an explanation, assurances — not a withdrawal or a release
// "from" a place.
var askedOfNouns = set("apology", "apologies", "explanation", "explanations", "answers", "answer", "assurance",
	"assurances", "guarantee", "guarantees", "commitment", "commitments", "clarification", "cooperation", "co-operation",
	"action", "compensation", "pledge", "response", "information", "details", "proof", "concessions", "restraint",
	"retraction", "correction", "accountability", "transparency", "reassurances", "reassurance")

// demandsFrom adds, for "X demanded an apology from Y" and "X called for
// full cooperation from Y" in sentence s, X's urging of Y: the verb (a
// form of demand, or of call before "for"), a noun phrase of at most
// five words without a name whose head is one of askedOfNouns, "from"
// and a party (a person, a body, a group, a country). The subject is the
// verb's; a negated verb gives nothing.
func (f *finder) demandsFrom(s *sentence) {
	for i := 1; i+3 < len(s.toks); i++ {
		j := i + 1
		switch {
		case s.toks[i].in(wsDemandFromVerbs):
		case s.lexAt(i).form.lemma == "call" && s.low(i+1) == "for" && isLower(s.tokText(i)):
			j = i + 2
		default:
			continue
		}
		if s.toks[i].arg >= 0 || s.in(i-1, wsDeterminers) {
			continue // "the demand for oil": a noun
		}
		head := -1
		k := j
		for ; k < len(s.toks) && k < j+6; k++ {
			if s.low(k) == "from" {
				break
			}
			if s.toks[k].arg >= 0 || !isLower(s.tokText(k)) || isSegmentEnd(s.tokText(k)) || s.low(k) == "that" || s.low(k) == "to" {
				head = -1
				break
			}
			head = k
		}
		if head < 0 || s.low(k) != "from" || !askedOfNouns[s.low(head)] {
			continue
		}
		y, _ := s.objectAt(k + 1)
		if y == nil || y.typ == "PRON" && s.low(y.first) == "it" || y.typ == document.MISC && !s.groupHead(y) || y.dateline || !s.stanceParty(y) {
			continue
		}
		vg := s.verbGroupStart(i)
		if f.cueNegatedAt(s, vg, i) {
			continue
		}
		subj := f.judgeSubject(s, i, vg)
		if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || subj.ent == y.ent || !fbFits(s, Urge, subj, y) {
			continue
		}
		f.add(s, f.relation(s, Urge, subj, y, i, j, vg))
	}
}

// motionPreps end the visit phrases of a verb of motion and its
// preposition ("land in", "fly to", "arrive in").
var motionPreps = set("in", "to", "at", "into")

// motionVerbs are the verbs of motion of those phrases, whose words
// between verb and preposition may only be particles or adverbs: "landed
// in", "flew directly to", "went back to".
var motionVerbs = set("land", "lands", "landed", "landing", "fly", "flies", "flew", "flown", "flying", "arrive",
	"arrives", "arrived", "arriving", "travel", "travels", "travelled", "traveled", "travelling", "traveling", "go",
	"goes", "went", "gone", "going", "head", "heads", "headed", "heading", "come", "comes", "came", "coming")

// motionParticles may stand between a verb of motion and its
// preposition.
var motionParticles = set("back", "home", "straight", "directly", "on", "over", "out", "down", "up", "off", "here",
	"there", "again", "together", "briefly", "later", "first", "then", "also", "safely", "alone",
	// times: "arrived on Thursday in", "heading on Friday evening to"
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
	"night", "today", "yesterday", "tonight", "this", "last", "next", "week", "weekend", "early", "late")

// filledMotion reports whether visit r's trigger is a verb of motion and
// its preposition with an object between them: "Trump's been landing
// body blows in the Rust Belt" lands no one anywhere (speech4 sample).
func filledMotion(doc *document.Document, r document.Relation) bool {
	if r.Type != Visit {
		return false
	}
	ws := strings.Fields(lowSlice(doc, r.Trigger))
	if len(ws) < 3 || !motionVerbs[ws[0]] || !motionPreps[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if !motionParticles[w] && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") { // "gone shopping to"
			return true
		}
	}
	return false
}

// claimNouns carry a speaker's statement as their "that" clause: "a
// report by Politico that he fabricated …", "X's claim that Y lied".
// Not criticism or evidence nouns ("Trump's criticism that Bush lied",
// "evidence that Y was biased" stay without a speaker).
var claimNouns = set("report", "reports", "claim", "claims", "allegation", "allegations", "statement", "assertion",
	"accusation", "accusations", "charge", "charges", "story")

// claimOwner returns the owner of a claim noun whose "that" clause opens
// right before token j (determiners aside): "a report by X that Y …",
// "X's claim that Y …", "allegations from X that Y …"; nil otherwise.
func (s *sentence) claimOwner(j int) *arg {
	t := j - 1
	if s.low(t) != "that" {
		return nil // ("that" is among the determiners beforeDeterminers passes)
	}
	// "X's claim that": the possessor before the noun
	if n := t - 1; claimNouns[s.low(n)] && s.low(n-1) == "'s" {
		if a := s.argAt(n - 2); a != nil && a.last == n-2 && a.typ != "PRON" {
			return a
		}
		return nil
	}
	// "a report by X that": the noun, "by" or "from", the owner
	a := s.argAt(t - 1)
	if a == nil || a.last != t-1 || a.typ == "PRON" {
		return nil
	}
	p := s.beforeDeterminers(a.first)
	if l := s.low(p); (l == "by" || l == "from") && claimNouns[s.low(p-1)] {
		return a
	}
	return nil
}
