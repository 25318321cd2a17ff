package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Noun triggers in light-verb frames (branch r3nom, docs/relations.md,
// "Nouns after a light verb"), written from the nominal misses of the
// round-3 audits of unseen news. The other noun tiers read a noun's
// actor as its possessor, a name before it or the subject of a general
// light verb ("made", "held"); these frames name the verb a noun takes
// in its sense as an interaction, so that the noun in another sense
// stays unread:
//
//   - an actor's frame: the subject of the verb is the actor, the name
//     after the noun's preposition the object: "signed a three-year
//     contract with Dallas", "entered into dialogue with the
//     government", "launching a tirade against Anwar", "slapped a ban on
//     British beef", "held a fund-raiser for Hillary Clinton";
//   - a receiver's frame: the subject of the verb receives what the name
//     after "from" (or "of") gives: "has backing from Iran", "touting
//     the endorsement of Rep. Grijalva", "under intense pressure from
//     Democrats to resign".
//
// The verb must stand right before the noun's phrase (a determiner and a
// few lower-case modifiers between), and the preposition right after the
// noun: "a tour of duty", "an attack of nerves" take neither.

// nomFrame is a noun's sense as an interaction: its type, the
// prepositions before its object and the verbs whose subject is a party.
type nomFrame struct {
	typ   string
	preps map[string]bool
	verbs map[string]bool
	recv  bool // the verb's subject receives: it is the object
	// the actor is the possessor, the noun needs a modifier of these:
	// "Trump's disparaging remarks about Fiorina"
	mods map[string]bool
	by   bool // the actor follows "by" after the object and a comma
}

var (
	nomSignVerbs = set("sign", "signs", "signed", "signing", "reach", "reaches", "reached", "reaching", "strike", "strikes",
		"struck", "striking", "form", "forms", "formed", "forming", "forge", "forged", "forging", "hammer", "hammered",
		"ink", "inked", "seal", "sealed", "conclude", "concluded")
	enterVerbs    = set("enter", "enters", "entered", "entering")
	launchVerbs   = set("launch", "launches", "launched", "launching", "issue", "issues", "issued", "issuing", "unleash", "unleashed", "unleashing", "deliver", "delivered", "delivering")
	banVerbs      = set("slap", "slaps", "slapped", "slapping", "impose", "imposes", "imposed", "imposing")
	nomHostVerbs  = set("hold", "holds", "held", "holding", "host", "hosts", "hosted", "hosting", "throw", "threw", "thrown", "throwing")
	receiveVerbs  = set("has", "have", "had", "having", "won", "win", "wins", "winning", "received", "receive", "receives", "receiving", "secured", "secure", "securing", "enjoys", "enjoy", "enjoyed", "touting", "touted", "tout", "touts", "gained", "gain", "got", "get", "gets", "boast", "boasts", "boasted")
	pressureVerbs = set("under") // "has been under pressure from"
	withWord      = set("with")  // "rallied voters with attacks on"
	// hostileMods make remarks a criticism
	hostileMods = set("disparaging", "derogatory", "insulting", "scathing", "critical", "withering", "harsh",
		"racist", "sexist", "offensive", "hostile", "contemptuous", "dismissive", "denigrating", "demeaning")
	// byAdverbs stand between a comma and the agent: ", mainly by"
	byAdverbs = set("mainly", "mostly", "chiefly", "largely", "notably", "particularly", "especially", "primarily")
)

// nomFrames maps a noun to its frames.
var nomFrames = map[string][]nomFrame{
	"contract":        {{typ: Agree, preps: set("with"), verbs: nomSignVerbs}},
	"contracts":       {{typ: Agree, preps: set("with"), verbs: nomSignVerbs}},
	"treaty":          {{typ: Agree, preps: set("with"), verbs: nomSignVerbs}},
	"settlement":      {{typ: Agree, preps: set("with"), verbs: nomSignVerbs}},
	"alliance":        {{typ: Agree, preps: set("with"), verbs: nomSignVerbs}},
	"partnership":     {{typ: Agree, preps: set("with"), verbs: nomSignVerbs}},
	"dialogue":        {{typ: Meet, preps: set("with"), verbs: enterVerbs}},
	"talks":           {{typ: Meet, preps: set("with"), verbs: enterVerbs}},
	"negotiations":    {{typ: Meet, preps: set("with"), verbs: enterVerbs}},
	"tirade":          {{typ: Criticize, preps: set("against", "on"), verbs: launchVerbs}},
	"broadside":       {{typ: Criticize, preps: set("against", "on"), verbs: launchVerbs}},
	"attack":          {{typ: Attack, preps: set("against", "on"), verbs: launchVerbs}},
	"attacks":         {{typ: Attack, preps: set("against", "on"), verbs: launchVerbs}, {typ: Attack, preps: set("against", "on"), verbs: withWord}},
	"ban":             {{typ: Sanction, preps: set("against", "on"), verbs: banVerbs}},
	"embargo":         {{typ: Sanction, preps: set("against", "on"), verbs: banVerbs}},
	"fund-raiser":     {{typ: Support, preps: set("for"), verbs: nomHostVerbs}},
	"fundraiser":      {{typ: Support, preps: set("for"), verbs: nomHostVerbs}},
	"backing":         {{typ: Support, preps: set("from", "of"), verbs: receiveVerbs, recv: true}},
	"support":         {{typ: Support, preps: set("from"), verbs: receiveVerbs, recv: true}},
	"endorsement":     {{typ: Support, preps: set("from", "of"), verbs: receiveVerbs, recv: true}},
	"endorsements":    {{typ: Support, preps: set("from", "of"), verbs: receiveVerbs, recv: true}},
	"representations": {{typ: Urge, preps: set("to"), verbs: set("make", "made", "makes", "making")}},
	"warrant":         {{typ: Arrest, preps: set("against", "for"), verbs: set("serve", "served", "serves", "serving", "execute", "executed", "executing")}},
	"remarks":         {{typ: Criticize, preps: set("about", "on", "against"), mods: hostileMods}},
	"comments":        {{typ: Criticize, preps: set("about", "on", "against"), mods: hostileMods}},
	"accusations":     {{typ: Accuse, preps: set("against"), by: true}},
	"allegations":     {{typ: Accuse, preps: set("against"), by: true}},
	"pressure":        {{typ: Urge, preps: set("from"), verbs: pressureVerbs, recv: true}},
}

// r3nomGate adds the nouns of nomFrames to the fallback tier's gate.
func r3nomGate(add func(string)) {
	for w := range nomFrames {
		add(w)
	}
}

// r3nom reads the noun at i by its frames; nil if none fits.
func (f *finder) r3nom(s *sentence, i int) []document.Relation {
	frames, ok := nomFrames[s.low(i)]
	if !ok || !isLower(s.toks[i].text) {
		return nil
	}
	for _, fr := range frames {
		if rs := f.nomFrameAt(s, i, fr); rs != nil {
			return rs
		}
	}
	return nil
}

// nomFrameAt reads the noun at i by the frame fr.
func (f *finder) nomFrameAt(s *sentence, i int, fr nomFrame) []document.Relation {
	j := i + 1
	if !fr.preps[s.low(j)] {
		return nil
	}
	named, next := s.fbObject(j+1, fr.typ)
	if a := s.argAt(j + 1); named == nil && fr.typ == Sanction && a != nil && a.first == j+1 && a.typ == document.MISC && f.countryOf(s, a) != "" {
		named, next = a, a.last+1 // "a ban on British beef"
	}
	if named == nil {
		return nil
	}
	if fr.typ == Urge && fr.recv && s.low(next) != "to" {
		return nil // "pressure from X to resign": what is urged
	}
	if fr.mods != nil || fr.by {
		return f.ownedFrame(s, i, fr, named, next)
	}
	k := s.frameVerb(i, fr.verbs)
	if k < 0 {
		return nil
	}
	vg := k
	if fr.typ == Urge && fr.recv {
		vg = k - 1 // "has been under": the verb group before "under"
	}
	var party *arg
	if s.low(k) == "with" {
		party = s.withSubject(k)
	} else {
		party = s.frameSubject(vg)
	}
	if party == nil {
		return nil
	}
	subj, obj := party, named
	if fr.recv {
		subj, obj = named, party
	}
	typ := fr.typ
	if typ == Attack {
		if !isPerson(subj) || !isPerson(obj) {
			return nil // armed attacks are read by the other tiers
		}
		typ = Criticize // "launched an attack on his rival"
	}
	if subj.typ == document.MISC && f.countryOf(s, subj) == "" && !s.groupHead(subj) {
		return nil
	}
	bodies := typ == Meet && f.bodyLike(s, subj) && f.bodyLike(s, obj) // "enter into dialogue with the government"
	if !bodies && !fbFits(s, typ, subj, obj) {
		return nil
	}
	if s.low(k) == "with" || s.low(k) == "under" {
		return []document.Relation{f.relation(s, typ, subj, obj, i, i+1, i)}
	}
	// the trigger runs from the verb, whose clause gives the mood: "urged
	// X to enter into dialogue with Y" is no meeting yet
	return []document.Relation{f.relation(s, typ, subj, obj, k, i+1, s.verbGroupStart(k))}
}

// frameVerb returns the index of a verb of verbs before the noun at i
// over its determiner and a few lower-case modifiers ("signed a
// three-year contract", "entered into dialogue"); -1 if none.
func (s *sentence) frameVerb(i int, verbs map[string]bool) int {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		l := s.low(k)
		if verbs[l] {
			return k
		}
		if s.toks[k].arg >= 0 || !isLower(s.toks[k].text) || isSegmentEnd(s.toks[k].text) || s.in(k, wsVerbGroup) {
			return -1
		}
	}
	return -1
}

// frameSubject returns the subject of the verb at k: the name before the
// verb group, else the clause's subject by fallbackSubject; for an
// infinitive the object of the verb before it, else that verb's subject
// ("set up the FCD to enter into dialogue with", "agreed to enter into
// dialogue with"); for a gerund after "by" the sentence's subject ("has
// grabbed attention by launching a tirade against").
func (s *sentence) frameSubject(k int) *arg {
	vg := s.verbGroupStart(k)
	switch {
	case s.low(vg) == "to":
		if a := s.argAt(vg - 1); a != nil {
			if a.typ == "PRON" && s.low(a.first) == "it" {
				return nil
			}
			return a
		}
		if !s.in(vg-1, wsVerbGroup) && !isLower(s.toks[max(vg-1, 0)].text) {
			return nil
		}
		vg = s.verbGroupStart(vg - 1)
	case strings.HasSuffix(s.low(k), "ing") && (s.low(k-1) == "by" || s.low(k-1) == "after"):
		return s.mainSubject(k - 1)
	}
	if a := s.subjectLeft(vg); a != nil {
		return a
	}
	return s.fallbackSubject(vg)
}

// withSubject returns the person who acts "with" the noun at k+1…: the
// clause's subject, a person, when no clause boundary and no other
// person stand between it and "with" ("Trump sought to rally Republicans
// to his cause with sharp attacks on Clinton").
func (s *sentence) withSubject(k int) *arg {
	a := s.mainSubject(k)
	if a == nil || a.typ != document.PER || a.last >= k-1 {
		return nil
	}
	for m := a.last + 1; m < k; m++ {
		if isSegmentEnd(s.toks[m].text) || s.low(m) == "and" || s.low(m) == "who" || s.low(m) == "that" {
			return nil
		}
		if b := s.argAt(m); b != nil && b.typ == document.PER {
			return nil
		}
	}
	return a
}

// ownedFrame reads a frame whose actor is the noun's possessor, the noun
// modified by one of fr.mods ("Trump's disparaging remarks about
// Fiorina"), or named after "by" past a comma and an adverb
// ("accusations against the Vatican, mainly by the Greek Orthodox
// Church").
func (f *finder) ownedFrame(s *sentence, i int, fr nomFrame, obj *arg, next int) []document.Relation {
	var subj *arg
	if fr.mods != nil {
		mod := false
		for k := i - 1; k >= 0 && k >= i-3 && isLower(s.toks[k].text) && s.toks[k].arg < 0; k-- {
			mod = mod || fr.mods[s.low(k)]
		}
		if !mod {
			return nil
		}
		subj = f.fbPossessor(s, i)
	}
	if fr.by {
		k := next
		if s.low(k) == "," {
			k++
		}
		if byAdverbs[s.low(k)] {
			k++
		}
		if s.low(k) != "by" || k == next {
			return nil // "by" right after the object is fbNoun's
		}
		subj, _ = s.objectAt(k + 1)
	}
	if subj == nil || subj.typ == document.MISC && f.countryOf(s, subj) == "" && !s.groupHead(subj) {
		return nil
	}
	if !fbFits(s, fr.typ, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, fr.typ, subj, obj, i, i+1, i)}
}

// bodyLike reports whether a is a named body, a country or a nation's
// government ("the Angolan central government").
func (f *finder) bodyLike(s *sentence, a *arg) bool {
	return s.namedBody(a) || a.typ == document.MISC && s.groupHead(a) && f.countryOf(s, a) != ""
}
