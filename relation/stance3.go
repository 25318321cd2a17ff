package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// Stance, third round (branch stance3, docs/relations.md "Stance, third
// round"): speech acts and stances whose target the earlier rounds did
// not reach because it stands inside another phrase, read by families
// rather than words:
//
//   - a threat whose target is the object of the threatened act: "X
//     threatened to cut off gas supplies to Y", "X is threatening to
//     impose sanctions on Y" (the earlier rounds read only "threatened to
//     attack Y", where Y follows the verb);
//   - a judgement adjective before a party's stance or act, in someone's
//     speech: "X warned … due to the “hostile” US stance", “Y's reckless
//     policy …,” X said — X criticises Y; and "Y has hostile policies to
//     Z" — Y criticises Z;
//   - a demand that a party's measure be undone: "X insisted that UN
//     sanctions must be lifted", "X said US financial sanctions … must also
//     be removed" — X urges the measure's owner;
//   - reversed phrases of support and criticism the fallback lacked:
//     "received the endorsement of X", "drew the ire of X".

// stance3Phrases are the round's multi-word phrases, in fallbackPhrases'
// form (a leading "<": the subject is acted on, the object acts); like
// the later rounds' they come after the hand-written lexicon and the
// interaction model's features do not read them.
var stance3Phrases = map[string][]string{
	Support: {"make the case for", "stump for", "side with", "<receive the endorsement of", "<receive the backing of", "<receive the support of",
		"<secure the endorsement of", "<secure the backing of", "<secure the support of",
		"<earn the endorsement of", "<earn the backing of", "<gain the endorsement of", "<gain the backing of",
		"<gain the support of", "<get the support of", "<win an endorsement from", "<receive an endorsement from",
		"<receive praise from", "<draw praise from", "<win plaudits from"},
	Criticize: {"<draw the ire of", "<incur the wrath of", "<draw the wrath of", "<face the wrath of", "<draw a rebuke from",
		"<receive a rebuke from", "<come in for criticism from", "<face a backlash from",
		"take a swipe at", "take swipes at", "take a dig at", "take a jab at", "take jabs at", "take a potshot at",
		"take potshots at", "fire back at", "go on the attack against", "go on the offensive against"},
	Accuse: {"point the finger at", "level accusations at", "level accusations against", "make accusations against",
		"level allegations against", "make allegations against"},
}

// threat3Forms are the forms of "threaten" whose infinitive may name the
// target: "threatened to cut off supplies to Y".
var threat3Forms = set("threaten", "threatens", "threatened", "threatening")

// threatPreps introduce the target of a threatened act: "cut off supplies
// to Y", "impose sanctions on Y", "take action against Y", "expel Y's
// diplomats from".
var threatPreps = set("to", "on", "against", "at", "upon")

// threatStops end the threatened act before its target: a new clause
// ("if", "unless", "and", "that"), a comparison or a purpose.
var threatStops = set("if", "unless", "and", "or", "but", "that", "which", "who", "because", "while", "when", "over",
	"after", "before", "for", "of", "by", "in", "with", "from", "as", "than", "so")

// threatenedAct reads the target of a threatened act at the verb (i): "X
// threatened to cut off gas supplies to Y" is X's threat to Y. The
// target is a person, organisation or country: the first name after a
// preposition of threatPreps, over the act's verb and its object (no
// more than eight words, no clause or "of" phrase between); "threatened
// to attack Y", where Y follows the verb, is the earlier rounds'.
func (f *finder) threatenedAct(s *sentence, i int) []document.Relation {
	if !s.in(i, wsThreat3Forms) || s.low(i+1) != "to" || !isLower(s.tokText(i+2)) || s.in(i-1, wsDeterminers) {
		return nil
	}
	var obj *arg
	for k := i + 3; k < len(s.toks) && k < i+11; k++ {
		l := s.low(k)
		if isSegmentEnd(s.toks[k].text) || threatStops[l] && !threatPreps[l] || s.toks[k].arg >= 0 && !threatPreps[s.low(k-1)] {
			if s.toks[k].arg >= 0 {
				// a name that is no target: "cut off Russian gas", an
				// owner before "'s"
				a := s.argAt(k)
				k = a.last
				continue
			}
			return nil
		}
		if !threatPreps[l] {
			continue
		}
		a, _ := s.objectAt(s.pastDeterminers(k + 1))
		if a == nil || a.first > s.pastDeterminers(k+1)+2 {
			continue
		}
		obj = a
		break
	}
	if obj == nil || !s.stanceParty(obj) {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := f.fbLeft(s, vg, false)
	if subj == nil && s.low(i-1) == "," && s.lastSubj != nil {
		subj = s.lastSubj // a participle: "…, threatening to cut off …"
	}
	if subj == nil || subj.typ == document.MISC || subj.ent == obj.ent || !fbFits(s, Threaten, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Threaten, subj, obj, i, i+1, vg)}
}

// attributiveJudgements are judgement adjectives that blame the act or
// stance they modify: "the hostile US stance", "Y's reckless policy".
var attributiveJudgements = set("hostile", "aggressive", "belligerent", "reckless", "irresponsible", "provocative",
	"dangerous", "misguided", "flawed", "unacceptable", "outrageous", "disgraceful", "shameful", "divisive", "hateful",
	"offensive", "absurd", "ridiculous", "deplorable", "despicable", "appalling", "hypocritical", "unjustified",
	"baseless", "groundless", "misleading", "unfair", "disastrous", "arrogant", "cynical", "illegal", "unilateral")

// stanceActs are the nouns of a party's stance or act a judgement
// adjective may blame, beside the statement nouns and judged acts.
var stanceActs = set("stance", "attitude", "approach", "rhetoric", "behaviour", "behavior", "moves", "threats",
	"provocations", "tactics", "measures", "interference", "aggression", "policy", "policies", "actions",
	"remarks", "comments", "statements", "statement", "claims", "decision", "plan", "plans", "proposal", "proposals")

// judgedStanceAct reads a judgement adjective at i before a party's stance
// or act: "… due to the “hostile” US stance" (the modifier), “Y's
// reckless policy …” (the possessor). The speaker — the subject of the
// nearest speech or opinion verb before it, else the speaker of the
// quote that holds it — criticises the party; with neither, or when the
// judgement is negated or the speaker's own party is judged, nothing.
// "Y has hostile policies to Z" is Y's criticism of Z (judgedTowards).
func (f *finder) judgedStanceAct(s *sentence, i int) []document.Relation {
	if !s.in(i, wsAttributiveJudgements) {
		return nil
	}
	if rs := f.judgedTowards(s, i); rs != nil {
		return rs
	}
	k := i + 1
	for k < len(s.toks) && (isQuoteMark(s.toks[k].text) || s.tokText(k) == "’" || s.tokText(k) == "'") {
		k++
	}
	var judged *arg
	end := k
	if a := s.argAt(k); a != nil && a.first == k && !a.dateline && s.low(a.last+1) != "'s" {
		// "the hostile US stance": the name modifies the act noun
		if m := a.last + 1; s.isStanceAct(m) {
			judged, end = a, m+1
		}
	}
	if judged == nil && s.isStanceAct(k) {
		// "Y's reckless policy"
		m := i - 1
		for m > 0 && (isQuoteMark(s.toks[m].text) || s.tokText(m) == "‘" || s.tokText(m) == "'" || isAdverb(s.low(m))) {
			m--
		}
		if s.low(m) == "'s" || s.low(m) == "'" {
			if a := s.argAt(m - 1); a != nil && a.last == m-1 {
				judged, end = a, k+1
			}
		}
	}
	if judged == nil || !s.stanceParty(judged) {
		return nil
	}
	if l := s.low(i - 1); l == "not" || l == "n't" || l == "no" || l == "less" {
		return nil
	}
	speaker, vg, negated := f.judgementSpeaker(s, i)
	if negated {
		return nil
	}
	if speaker == nil || speaker.typ == document.MISC || speaker.ent == judged.ent || !fbFits(s, Criticize, speaker, judged) {
		return nil
	}
	r := f.relation(s, Criticize, speaker, judged, i, end, vg)
	r.Negated = false
	return []document.Relation{r}
}

// stanceParty reports whether a is a party a stance may target: a
// person, an organisation, a group, or a place that names a country ("the
// hostile US stance"); no dateline.
func (s *sentence) stanceParty(a *arg) bool {
	return (a.typ != document.MISC || s.groupHead(a)) && (!a.place || personArg(a) || s.namesCountry(a)) && !a.dateline
}

// judgedParty reports whether a is a party a judgement or demand in
// speech may name: a person, an organisation, a group, or a place only
// when the tagger calls it a person or its words name a country
// (isCountryArg, which unlike stanceParty's namesCountry takes no
// alias); no dateline.
func (s *sentence) judgedParty(a *arg) bool {
	return (a.typ != document.MISC || s.groupHead(a)) && (!a.place || personArg(a) || isCountryArg(s, a)) && !a.dateline
}

// personArg reports whether a is a person's name, though the gazetteer
// knows the word as a place too: "Obama", "Clinton", "Warren", "Carson",
// "Bush" are towns somewhere. The view leaves a.place unset for a person
// the article names in full (personNamed, view.go); for a one-word name
// the tagger calls a person it is still set, and a stance's target that
// the tagger calls a person is a person all the same.
func personArg(a *arg) bool {
	return a.typ == document.PER
}

// cueNegatedAt reports whether the speech verb at v, whose verb group
// starts at vg, is negated: "did not say".
func (f *finder) cueNegatedAt(s *sentence, vg, v int) bool {
	for k := vg; k < v; k++ {
		if l := s.low(k); l == "not" || l == "n't" || l == "never" {
			return true
		}
	}
	return false
}

// isStanceAct reports whether the token at k names a stance or act a
// judgement may blame.
func (s *sentence) isStanceAct(k int) bool {
	return k < len(s.toks) && (stanceActs[s.low(k)] || judgedActs[s.low(k)] || s.in(k, wsStatementNouns))
}

// haveForms are the forms of "have" before a held stance: "Y has hostile
// policies to Z".
var haveForms = set("has", "have", "had", "having")

// towardsPreps introduce the target of a stance: "hostile policies to Z".
var towardsPreps = set("to", "towards", "toward", "against")

// judgedTowards reads "Y has hostile policies to Z", "Y's aggressive
// stance towards Z" at the judgement adjective (i): Y, the subject of
// "have" or the possessor, criticises Z.
func (f *finder) judgedTowards(s *sentence, i int) []document.Relation {
	k := i + 1
	if !s.isStanceAct(k) || !towardsPreps[s.low(k+1)] {
		return nil
	}
	obj, _ := s.objectAt(s.pastDeterminers(k + 2))
	if obj == nil {
		obj = s.possessedTarget(k + 2) // "to the DPRK's nuclear policy" (speech4.go)
	}
	if obj == nil || obj.first > s.pastDeterminers(k+2)+1 || !s.stanceParty(obj) {
		return nil
	}
	var subj *arg
	vg := i
	switch m := s.pastAdverbsBack(i - 1); {
	case haveForms[s.low(m)]:
		vg = s.verbGroupStart(m)
		if f.cueNegatedAt(s, vg, m) {
			return nil
		}
		subj = f.fbLeft(s, vg, false)
	case s.low(m) == "'s":
		if a := s.argAt(m - 1); a != nil && a.last == m-1 {
			subj = a
		}
	}
	if subj == nil || subj.typ == document.MISC || subj.ent == obj.ent || !fbFits(s, Criticize, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Criticize, subj, obj, i, k+1, vg)}
}

// pastAdverbsBack returns the first index at or before m that is no
// adverb, degree word or quote mark.
func (s *sentence) pastAdverbsBack(m int) int {
	for m > 0 && (isAdverb(s.low(m)) || s.in(m, wsJudgeDegree) || isQuoteMark(s.toks[m].text) || s.tokText(m) == "‘") {
		m--
	}
	return m
}

// undoParticiples undo a measure: "sanctions must be lifted".
var undoParticiples = set("lifted", "removed", "scrapped", "withdrawn", "dropped", "reversed", "rescinded", "repealed",
	"revoked", "overturned", "abandoned", "halted", "ended", "stopped", "eased", "suspended", "dismantled")

// demandModals make the undoing demanded: "must be", "should be", "has to
// be", "need to be".
var demandModals = set("must", "should", "has", "have", "need", "needs", "ought")

// undoDemand reads a demand that a party's measure be undone at the
// participle (i): "X insisted that UN sanctions must be lifted", "X said
// US financial sanctions imposed last year … must also be removed": X
// urges the measure's owner, the name that opens the clause's subject
// (a modifier or possessor within its first three words). The clause
// opens with "that" or right after a speech or opinion verb whose
// subject is X; inside a quote with neither, X is the quote's speaker.
func (f *finder) undoDemand(s *sentence, i int) []document.Relation {
	if !s.in(i, wsUndoParticiples) || s.low(i-1) != "be" {
		return nil
	}
	m := i - 2
	for m > 0 && (isAdverb(s.low(m)) || s.low(m) == "also" || s.low(m) == "immediately") {
		m--
	}
	if s.low(m) == "to" && (s.low(m-1) == "has" || s.low(m-1) == "have" || s.low(m-1) == "need" || s.low(m-1) == "needs" || s.low(m-1) == "ought") {
		m--
	} else if s.low(m) != "must" && s.low(m) != "should" {
		return nil
	}
	if !demandModals[s.low(m)] {
		return nil
	}
	modal := m
	// the clause's opening: "that" or the speech verb, no more than 25
	// words back, no semicolon or other speech verb between
	open, verb, that := -1, -1, -1
	for k := modal - 1; k > 0 && k > modal-26; k-- {
		if s.toks[k].text == ";" || s.low(k) == "if" || s.low(k) == "unless" {
			return nil
		}
		if s.low(k) == "that" && that < 0 {
			that = k
			continue
		}
		if s.in(k, wsOpinionVerbs) {
			open, verb = k+1, k
			if that > k && that < k+6 {
				open = that + 1 // "insisted on Monday that"
			}
			break
		}
	}
	var owner *arg
	var speaker *arg
	vg := i
	if open > 0 {
		for k := open; k < open+3 && k < modal; k++ {
			if a := s.argAt(k); a != nil {
				if a.last+1 < modal && (isLower(s.tokText(a.last+1)) || s.low(a.last+1) == "'s") {
					owner = a
				}
				break
			}
		}
		vg = s.verbGroupStart(verb)
		if f.cueNegatedAt(s, vg, verb) {
			return nil
		}
		speaker = f.fbLeft(s, vg, false)
	}
	if owner == nil || owner.typ == "PRON" || !s.stanceParty(owner) {
		return nil
	}
	if speaker == nil || speaker.typ == document.MISC || speaker.ent == owner.ent || !fbFits(s, Urge, speaker, owner) {
		return nil
	}
	r := f.relation(s, Urge, speaker, owner, modal, i+1, vg)
	r.Negated = false
	return []document.Relation{r}
}

// stance3 runs the round's readers at token i (the fallback tier's loop).
func (f *finder) stance3(s *sentence, i int) []document.Relation {
	if rs := f.threatenedAct(s, i); rs != nil {
		return rs
	}
	if rs := f.judgedStanceAct(s, i); rs != nil {
		return rs
	}
	if rs := f.complicityCharge(s, i); rs != nil {
		return rs
	}
	if rs := f.modalDemand(s, i); rs != nil {
		return rs
	}
	if rs := f.dismissed(s, i); rs != nil {
		return rs
	}
	if rs := f.blamedConduct(s, i); rs != nil {
		return rs
	}
	return f.undoDemand(s, i)
}

// stance3Judgements are judgement words said of a named party the other
// rounds' lists lacked, read by saidJudgement after a copula: "X said
// the United States was hostile", "X said Y was weak".
var stance3Judgements = map[string]string{
	"hostile": Criticize, "aggressive": Criticize, "belligerent": Criticize, "weak": Criticize, "ignorant": Criticize,
	"clueless": Criticize, "inept": Criticize, "ineffective": Criticize, "deceptive": Criticize, "untruthful": Criticize,
	"honest": Support, "trustworthy": Support,
}

// complicityNouns name a part in a wrong: "the complicity of Y", "Y's
// alleged involvement". Only "complicity" says the wrong by itself; the
// others need "alleged" before them or a crime noun after "in".
var complicityNouns = set("complicity", "involvement", "role", "hand", "part")

// crimeNouns are the wrongs a part may be had in: "Y's involvement in
// the killing".
var crimeNouns = set("killing", "killings", "murder", "murders", "assassination", "bombing", "bombings", "attack",
	"attacks", "plot", "crime", "crimes", "massacre", "scandal", "fraud", "kidnapping", "abduction", "coup", "hacking",
	"genocide", "atrocities", "terrorism", "smuggling", "laundering", "corruption", "cover-up")

// hintVerbs voice a charge as opinion verbs do: "Mehlis has hinted that
// …", "explaining Syria's alleged involvement".
var hintVerbs = set("hinted", "hints", "hinting", "suggested", "suggests", "suggesting", "explained", "explaining",
	"cited", "citing", "alleged", "alleges", "alleging", "claimed", "claims", "claiming", "implied", "implies")

// complicityCharge reads a charge of a part in a wrong at the noun (i):
// "X hinted that Hariri could not have been killed without the
// complicity of Y", "X gave a briefing, explaining Y's alleged
// involvement": the speaker — the subject of the nearest speech, opinion
// or hint verb before it, not negated — accuses Y; "denied any
// involvement" and a part in no wrong ("Y's role in the talks") give
// nothing.
func (f *finder) complicityCharge(s *sentence, i int) []document.Relation {
	if !s.in(i, wsComplicityNouns) {
		return nil
	}
	alleged := s.low(i-1) == "alleged" || s.low(i-1) == "suspected"
	var owner *arg
	end := i + 1
	if s.low(i+1) == "of" {
		owner, _ = s.objectAt(s.pastDeterminers(i + 2))
		if owner != nil && owner.first > s.pastDeterminers(i+2)+3 {
			owner = nil
		}
		if owner != nil {
			end = owner.last + 1
		}
	} else {
		m := i - 1
		if alleged {
			m--
		}
		if s.low(m) == "'s" || s.low(m) == "'" {
			if a := s.argAt(m - 1); a != nil && a.last == m-1 {
				owner = a
			}
		}
	}
	if owner == nil || owner.typ == "PRON" || !s.stanceParty(owner) {
		return nil
	}
	if s.low(i) != "complicity" && !alleged {
		crime := false
		if s.low(i+1) == "in" || s.low(end) == "in" {
			for k := end; k < len(s.toks) && k < end+6 && !isSegmentEnd(s.toks[k].text); k++ {
				if crimeNouns[s.low(k)] {
					crime = true
					break
				}
			}
		}
		if !crime {
			return nil
		}
	}
	for k := i - 1; k > 0 && k > i-8; k-- {
		if l := s.low(k); l == "denied" || l == "denies" || l == "deny" || l == "denying" || l == "no" || l == "without" && s.low(i) != "complicity" {
			return nil // "denied any involvement"
		}
	}
	var speaker *arg
	vg := i
	for v := i - 1; v > 0 && v > i-30; v-- {
		if s.toks[v].text == ";" {
			break
		}
		if s.in(v, wsOpinionVerbs) || hintVerbs[s.low(v)] {
			vg = s.verbGroupStart(v)
			if f.cueNegatedAt(s, vg, v) {
				return nil
			}
			if s.low(v-1) == "," && strings.HasSuffix(s.low(v), "ing") {
				speaker = s.openingSubject(vg) // "…, explaining Y's alleged involvement"
			} else {
				speaker = f.fbLeft(s, vg, false)
			}
			break
		}
	}
	if speaker == nil && s.toks[i].quoted {
		speaker = f.quoteSpeakerArg(s, i)
	}
	if speaker == nil || speaker.typ == document.MISC && !s.groupHead(speaker) || speaker.ent == owner.ent || !fbFits(s, Accuse, speaker, owner) {
		return nil
	}
	r := f.relation(s, Accuse, speaker, owner, i, i+1, vg)
	r.Negated = false
	return []document.Relation{r}
}

// demandModals3 voice a demand of the clause's subject: "Y should
// resign", "Y must stop".
var demandModals3 = set("should", "must")

// modalDemand reads a speaker's demand of a named party at the modal
// (i): "X said Y should resign", "X insisted that Y must stop …", “Y must
// act,” X said — X urges Y (sets D and E annotate "The Tories should
// have the courage to …" so). Y is a name, a group or a country right
// before the modal that opens its clause (after the speech verb, "that",
// or the quote's start); a base verb follows ("not" or an adverb
// between), no perfect ("must have known", a guess) or copula ("should
// be punished", someone else's act) and no wished-for state ("should
// win"). The speaker is the subject of a speech or opinion verb right
// before the clause, not negated, else the quote's speaker; a demand of
// oneself gives nothing.
func (f *finder) modalDemand(s *sentence, i int) []document.Relation {
	if !s.in(i, wsDemandModals3) {
		return nil
	}
	return f.modalDemandAt(s, i, i+1)
}

// modalDemandAt is modalDemand for the modal at i whose verb is read
// from k on ("needs to VERB": k after "to", speech4.go).
func (f *finder) modalDemandAt(s *sentence, i, k int) []document.Relation {
	for k < len(s.toks) && (s.low(k) == "not" || s.low(k) == "n't" || isAdverb(s.low(k)) || s.low(k) == "also" || s.low(k) == "now") {
		k++
	}
	if k >= len(s.toks) || !isLower(s.toks[k].text) || s.toks[k].arg >= 0 || s.in(k, wsDeterminers) || wishedStates[s.low(k)] && !s.virtueHave(k) ||
		s.low(k) == "have" && !s.virtueHave(k) || s.low(k) == "be" || s.low(k) == "to" || strings.HasSuffix(s.low(k), "ed") || strings.HasSuffix(s.low(k), "ing") {
		return nil
	}
	obj := s.argAt(i - 1)
	if obj == nil || obj.last != i-1 || obj.typ == "PRON" || obj.typ == document.MISC || !s.stanceParty(obj) {
		return nil // a group ("Liberians must move …") is seldom one party
	}
	first := obj.first
	v := s.beforeDeterminers(first)
	var speaker *arg
	vg := i
	switch {
	case v < 0 || isQuoteMark(s.toks[v].text) || s.toks[v].text == "‘":
		if !s.toks[i].quoted {
			return nil // the reporter's own "Y should …"
		}
		speaker = f.quoteSpeakerArg(s, i)
		if speaker != nil && f.cueNegated(s, i) {
			return nil
		}
	default:
		if s.low(v) == "that" {
			v--
		}
		for n := 0; n < 4 && v > 0 && (s.toks[v].tx >= 0 || s.low(v) == "on"); n++ {
			v-- // "insisted (on) Monday that"
		}
		if v < 1 || !s.in(v, wsOpinionVerbs) {
			return nil
		}
		vg = s.verbGroupStart(v)
		if f.cueNegatedAt(s, vg, v) {
			return nil
		}
		speaker = f.fbLeft(s, vg, false)
	}
	if speaker == nil || speaker.typ == document.MISC && !s.groupHead(speaker) || speaker.ent == obj.ent || !fbFits(s, Urge, speaker, obj) ||
		f.holdsPost(speaker.ent, obj.ent) {
		return nil
	}
	r := f.relation(s, Urge, speaker, obj, i, k+1, vg)
	r.Negated = false
	return []document.Relation{r}
}

// quoteSpoken reports whether a relation whose trigger starts with w may
// take the speaker of the quote that holds it, standing after the
// trigger, as its subject (speakerJudged): the round's judgements,
// charges and demands, “Y must resign,” X said.
func quoteSpoken(w string) bool {
	return demandModals3[w] || needForms[w] || attributiveJudgements[w] || complicityNouns[w] || stance3Judgements[w] != "" || blameNouns[w]
}

// possessiveJudgement reports whether the "'s" at be is a name's
// possessive before a judgement word that modifies people after it, so
// that no judgement of the name is said: "Trump's aggressive backers".
// After a pronoun "'s" is "is" ("he's a terrific guy"), and a
// judgement of a name's act stands ("Trump's ridiculous tweets").
func (s *sentence) possessiveJudgement(be, end int) bool {
	if a := s.argAt(be - 1); a == nil || a.typ == "PRON" || end >= len(s.toks) {
		return false
	}
	k := end
	if isLower(s.tokText(k)) && !s.in(k, wsPeopleNouns) && !personPlural(s.low(k)) && isLower(s.tokText(k+1)) {
		k++ // "Trump's aggressive young backers"
	}
	return s.in(k, wsPeopleNouns) || personPlural(s.low(k)) || s.low(k) == "supporters" || s.low(k) == "fans" || s.low(k) == "voters"
}

// holdsPost reports whether the article has made person p a member,
// officer or national of o (a role, member_of or nationality relation
// found so far): "China must make adequate efforts," the Chinese vice
// premier said — a duty the speaker states for his own side, not a
// demand of another party.
func (f *finder) holdsPost(p, o string) bool {
	for _, r := range f.rels {
		if r.Subject == p && r.Object == o && (r.Type == Role || r.Type == MemberOf || r.Type == Nationality) {
			return true
		}
	}
	return false
}

// dismissForms are the verbs of dismissing someone's word: "dismissed Y
// as a fading force", "brushed aside Y's accusations"; the particle
// verbs take their particle after them.
var dismissForms = map[string]string{"dismissed": "", "dismisses": "", "dismissing": "", "dismiss": "",
	"brushed": "aside", "brushes": "aside", "brushing": "aside", "shrugged": "off", "shrugs": "off", "shrugging": "off",
	"waved": "away", "waves": "away", "waving": "away"}

// dismissedWords are what of someone's a speaker dismisses: "Y's
// accusations", "Y's criticism".
var dismissedWords = set("accusations", "accusation", "allegations", "allegation", "claims", "claim", "criticism",
	"criticisms", "remarks", "comments", "charges", "charge", "concerns", "suggestion", "suggestions", "warning",
	"warnings", "attacks", "attack", "complaints", "complaint", "report", "arguments", "argument", "assertion",
	"assertions", "jibe", "jibes", "insults", "threats", "threat")

// dismissed reads a dismissal of someone's word at the verb (i): "X
// dismissed Y as a 'fading' force", "X dismissed Y's accusations that
// …", "X brushed aside Y's criticism" — X criticises Y. "The company
// dismissed Y" (a firing) and "the court dismissed Y's appeal" (no
// statement) give nothing; so does a passive.
func (f *finder) dismissed(s *sentence, i int) []document.Relation {
	particle, ok := dismissForms[s.low(i)]
	if !ok || s.passiveBefore(i) || s.in(i-1, wsDeterminers) {
		return nil
	}
	j := i + 1
	if particle != "" {
		if s.low(j) != particle {
			return nil
		}
		j++
	}
	k0 := s.pastDeterminers(j)
	obj := s.argAt(k0)
	if obj == nil || obj.first != k0 {
		obj, _ = s.objectAt(k0)
	}
	if obj == nil || obj.first > k0+1 || obj.typ == "PRON" || !s.stanceParty(obj) {
		return nil
	}
	switch {
	case s.low(obj.last+1) == "as" && particle == "":
	case s.low(obj.last+1) == "'s" || s.low(obj.last+1) == "'":
		k := obj.last + 2
		if isLower(s.tokText(k)) && !dismissedWords[s.low(k)] {
			k++ // "Y's latest remarks"
		}
		if !dismissedWords[s.low(k)] {
			return nil
		}
	default:
		return nil
	}
	vg := s.verbGroupStart(i)
	var subj *arg
	if s.low(i-1) == "," && strings.HasSuffix(s.low(i), "ing") {
		subj = s.openingSubject(vg)
	} else {
		subj = f.fbLeft(s, vg, false)
	}
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || subj.ent == obj.ent || !fbFits(s, Criticize, subj, obj) {
		return nil
	}
	end := i + 1
	if particle != "" {
		end++
	}
	return []document.Relation{f.relation(s, Criticize, subj, obj, i, end, vg)}
}

// ownSideModals announce what a side will do: "the United States would
// resort to …".
var ownSideModals = set("will", "would", "could", "'ll", "might", "may")

// ownSideActs reports whether the name at k is the warner subj's own side
// — subj itself, a pronoun the resolver gives subj, or a body or country
// the article has made subj a member, officer or national of — followed
// by a modal: "Natsios warned that the United States would resort to
// 'Plan B' if Khartoum refused": the warner's side would act, a
// conditional threat (warnedIf).
func (f *finder) ownSideActs(s *sentence, k int, subj *arg) bool {
	a := s.argAt(k)
	if a == nil || a.first != k || subj == nil {
		return false
	}
	m := a.last + 1
	for n := 0; n < 4 && (s.low(m) == "and" || s.low(m) == ","); n++ {
		// "the United States and other countries would"
		m++
		for m < len(s.toks) && m < a.last+8 && isLower(s.tokText(m)) && !ownSideModals[s.low(m)] {
			m++
		}
		if b := s.argAt(m); b != nil {
			m = b.last + 1
		}
	}
	if !ownSideModals[s.low(m)] {
		return false
	}
	return a.ent == subj.ent || f.holdsPost(subj.ent, a.ent)
}

// blameNouns name a party's conduct as a wrong by themselves: "US
// interference", "Israeli aggression", "Y's intransigence".
var blameNouns = set("interference", "meddling", "aggression", "provocation", "provocations", "intransigence",
	"hegemony", "hegemonism", "bullying", "arrogance", "hypocrisy", "obstructionism", "brinkmanship", "warmongering")

// blamedConduct reads a blame noun at i owned by a party, in someone's
// speech: "… revolves around one point which is US interference," said
// Shen (the modifier), "X condemned what he called Y's intransigence"
// (the possessor): the speaker — the subject of the nearest speech or
// opinion verb before it, else the quote's speaker — criticises the
// party. A denial before it ("denied any interference") gives nothing.
func (f *finder) blamedConduct(s *sentence, i int) []document.Relation {
	if !s.in(i, wsBlameNouns) {
		return nil
	}
	var owner *arg
	m := i - 1
	for m > 0 && isQuoteMark(s.toks[m].text) {
		m--
	}
	if a := s.argAt(m); a != nil && a.last == m && (a.typ != document.MISC || s.demonymArg(a)) {
		owner = a // "US interference", "Israeli aggression"
	} else if s.low(m) == "'s" || s.low(m) == "'" {
		if a := s.argAt(m - 1); a != nil && a.last == m-1 {
			owner = a
		}
	}
	if owner == nil || owner.typ == "PRON" || !s.stanceParty(owner) && !s.demonymArg(owner) {
		return nil
	}
	for k := owner.first - 1; k >= 0 && k >= owner.first-4; k-- {
		if l := s.low(k); l == "denied" || l == "denies" || l == "deny" || l == "denying" || l == "no" || l == "not" || l == "without" || l == "against" {
			return nil
		}
	}
	speaker, vg, negated := f.judgementSpeaker(s, i)
	if negated {
		return nil
	}
	if speaker == nil || speaker.typ == document.MISC && !s.groupHead(speaker) || speaker.ent == owner.ent || !fbFits(s, Criticize, speaker, owner) ||
		f.holdsPost(speaker.ent, owner.ent) {
		return nil
	}
	r := f.relation(s, Criticize, speaker, owner, i, i+1, vg)
	r.Negated = false
	return []document.Relation{r}
}

// pastIndefiniteModifiers walks back from k, the word before a judgement
// noun, over up to five lower-case modifiers, commas and quote marks to
// an "a" or "an" and the words judgeDegree allows before it: "was a
// “race-baiting, xenophobic religious bigot”" reaches "was". It returns
// k itself when no indefinite article opens the phrase.
func (s *sentence) pastIndefiniteModifiers(k int) int {
	m := k
	for n := 0; n < 6 && m > 0; n++ {
		l := s.low(m)
		if l == "a" || l == "an" {
			m--
			for m > 0 && (s.in(m, wsJudgeDegree) || isAdverb(s.low(m))) {
				m--
			}
			return m
		}
		if s.toks[m].arg >= 0 || s.in(m, wsVerbGroup) || s.in(m, wsPrepsBefore) || l == "and" || l == "or" || l == "not" ||
			!isLower(s.tokText(m)) && !isQuoteMark(s.toks[m].text) && l != "," && s.tokText(m) != "‘" {
			return k
		}
		m--
	}
	return k
}

// stance3Gate are the words the round's readers start from that no other
// round puts in the tier's gate.
func stance3Gate(add func(string)) {
	for _, m := range []map[string]bool{threat3Forms, attributiveJudgements, undoParticiples, complicityNouns, demandModals3, blameNouns} {
		for w := range m {
			add(w)
		}
	}
	for w := range stance3Judgements {
		add(w)
	}
	for w := range dismissForms {
		add(w)
	}
}

// addPhrases adds phrase triggers to the fallback lexicon l, by type:
// "VERB word … PREP" ("take shots at"), reversed with a leading "<"
// ("<received the endorsement of": the object acts); a form the lexicon
// does not hold yet is marked as known from the phrases only.
func (l *fbLexicon) addPhrases(phrases map[string][]string, infl func(string) verbForms) {
	for typ, specs := range byType(phrases) {
		for _, spec := range specs {
			spec, reverse := strings.CutPrefix(spec, "<")
			ws := strings.Fields(spec)
			t := fbTrigger{typ: typ, words: ws[1 : len(ws)-1], prep: ws[len(ws)-1], reverse: reverse, wordnet: true}
			fs := infl(ws[0])
			for _, p := range fs.all() {
				l.add(p.f, t)
				if _, ok := l.forms[p.f]; !ok {
					l.forms[p.f], l.wordnetOnly[p.f] = p.info, true
				}
			}
		}
	}
}

// openingParticiple reports whether the participle at i opens its
// sentence as an adverbial clause, alone or after "despite" or an opening
// quote mark: "Praising X, Y said …", "Despite giving their backing to
// X, Y insisted …". The clause ends at a comma within fifteen words and
// holds no finite verb (a gerund subject: "Praising X is easy, Y said").
func (s *sentence) openingParticiple(i int) bool {
	k := 0
	for k < i && isQuoteMark(s.toks[k].text) {
		k++
	}
	if s.low(k) == "despite" {
		k++
	}
	if k != i {
		return false
	}
	for m := i + 1; m < len(s.toks) && m < i+16; m++ {
		l := s.low(m)
		if l == "," {
			return m > i+1
		}
		if isSegmentEnd(s.toks[m].text) || s.in(m, wsBeForms) || s.in(m, wsFbModals) && l != "to" || l == "has" || l == "have" || l == "had" || // "backing to X" (speech4)
			l == "that" || l == "who" || l == "which" {
			return false
		}
	}
	return false
}

// openingClauseSubject returns the subject of the main clause after an
// opening participle clause at i: the name right after its comma, with a
// verb after it ("Praising X, Y said"); nil for none.
func (s *sentence) openingClauseSubject(i int) *arg {
	a := s.clauseAfter(i)
	if a == nil || a.typ == "PRON" && s.low(a.first) == "it" {
		return nil
	}
	l, lx := s.low(a.last+1), s.lexAt(a.last+1)
	if lx.form.past || lx.fbForm.past || irregularPast[l] || verbGroup[l] && l != "to" && l != "as" || s.in(a.last+1, wsOpinionVerbs) ||
		isLower(s.tokText(a.last+1)) && strings.HasSuffix(l, "ed") {
		return a
	}
	return nil
}

// openingLight are the participles of light verbs that may open a
// sentence: "Expressing anger at X, Y said", "Despite giving their
// backing to X, Y insisted".
var openingLight = set("expressing", "voicing", "giving", "offering", "lending", "pledging", "reiterating", "declaring",
	"showing", "issuing", "renewing")

// openingLightSubject returns the actor of a noun trigger at i that is
// the object of a light verb's participle opening the sentence: the
// subject of the main clause after it. ok is false when no such
// participle stands within five words before the noun.
func (s *sentence) openingLightSubject(i int) (a *arg, ok bool) {
	for m := i - 1; m >= 0 && m >= i-5; m-- {
		if s.toks[m].arg >= 0 && !possessivePronouns[s.low(m)] || isSegmentEnd(s.toks[m].text) {
			return nil, false // "giving their backing": the owner's pronoun passes (speech4.go)
		}
		if openingLight[s.low(m)] {
			if !s.openingParticiple(m) {
				return nil, false
			}
			return s.openingClauseSubject(m), true
		}
	}
	return nil, false
}

// demonymArg reports whether a is a nationality adjective that names a
// country: "Israeli" in "the Israeli attacks" stands for Israel.
func (s *sentence) demonymArg(a *arg) bool {
	return a.typ == document.MISC && a.first == a.last && country.Demonym(s.low(a.first)) != ""
}

// ownedActAt returns the owner of an act or statement named by the noun
// phrase at j when the owner's name modifies the noun: "the US decision
// to expel", "the Israeli attacks" (the guidelines: what is criticised or
// supported is then its owner); nil otherwise.
func (s *sentence) ownedActAt(j int) *arg {
	k := j
	if l := s.low(k); l == "the" || l == "this" || l == "these" || l == "recent" || l == "latest" {
		k++ // a known act; "a European Union move" stays a phrase
	} else if l == "a" || l == "an" {
		return nil
	}
	if s.low(k) == "recent" || s.low(k) == "latest" || s.low(k) == "new" {
		k++
	}
	a := s.argAt(k)
	if a == nil || a.first != k || a.typ == "PRON" || a.dateline || a.typ == document.MISC && !s.groupHead(a) && !s.demonymArg(a) ||
		a.place && a.typ == document.LOC && !s.namesCountry(a) {
		return nil
	}
	if !s.ownsAction(a.last + 1) {
		return nil
	}
	if a.place && !s.demonymArg(a) && !s.isStanceAct(s.actionHead(a.last+1)) {
		return nil // "the Iraq invasion", "the Gaza offensive": the place is the target
	}
	return a
}

// actionHead returns the action or statement noun ownsAction found from
// k: k, or the word after one modifier.
func (s *sentence) actionHead(k int) int {
	if !s.in(k, wsActionNouns) && !s.in(k, wsStatementNouns) {
		return k + 1
	}
	return k
}

// blockWords take a document someone else issued: "vetoed a Security
// Council resolution", "the US veto against a draft resolution".
var blockWords = set("vetoed", "veto", "vetoes", "vetoing", "blocked", "blocks", "block", "blocking", "rejected",
	"rejects", "reject", "opposed", "opposes", "against", "over", "on")

// documentIssuer returns who issued the document noun at k, whose
// participle acts for it ("a Security Council resolution condemning
// …"): the body named before the noun ("draft" aside) when the noun is
// the object of a word of blocking or of a preposition — the vetoer is
// not the issuer —, else documentActor's reading.
func (f *finder) documentIssuer(s *sentence, k int) *arg {
	m := k - 1
	if s.low(m) == "draft" {
		m--
	}
	if a := s.argAt(m); a != nil && a.last == m && (a.typ == document.ORG || a.typ == document.LOC && s.namesCountry(a)) {
		if n := s.beforeDeterminers(a.first); n >= 0 && blockWords[s.low(n)] {
			return a
		}
	}
	return f.documentActor(s, k)
}

// judgementSpeaker finds who utters the judgement at i: the left subject
// of the nearest opinion verb before it in the same clause and quoting
// (within 30 tokens, not past a semicolon), else the speaker of the quote
// holding it. vg is the opinion verb's group start (i when there is
// none); negated says the opinion verb or the quote's cue is negated
// ("did not say"), which stops the judgement.
func (f *finder) judgementSpeaker(s *sentence, i int) (speaker *arg, vg int, negated bool) {
	vg = i
	for v := i - 1; v > 0 && v > i-30; v-- {
		if s.toks[v].text == ";" || s.toks[v].quoted != s.toks[i].quoted {
			break
		}
		if s.in(v, wsOpinionVerbs) {
			vg = s.verbGroupStart(v)
			if f.cueNegatedAt(s, vg, v) {
				return nil, vg, true
			}
			speaker = f.fbLeft(s, vg, false)
			break
		}
	}
	if speaker == nil && s.toks[i].quoted {
		speaker = f.quoteSpeakerArg(s, i)
		if speaker != nil && f.cueNegated(s, i) {
			return nil, vg, true
		}
	}
	return speaker, vg, false
}
