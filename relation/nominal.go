package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Nominal triggers (branch nominal, docs/relations.md, "Nominal triggers"):
// more ways to reach the actor of a noun trigger, written from the
// misses of half A of sets D and E and of sets A and B, each checked on
// half B of D and E.
//
//   - a noun framed by a phrase of time within the event: "at the start
//     of a whirlwind visit to", "on the last day of his tour of",
//     "midway through a three-day visit to", "as part of an agreement
//     with": the clause's subject, as for "during" (framedBy);
//   - a noun after an attitude adjective: "X was satisfied with talks
//     with Y" (X took part);
//   - a noun in a relative or participle clause that lists the parts of
//     an event: "Rosati's visit, which included stops in Indonesia",
//     "a four-day stay in Washington, which includes talks with Cheney":
//     the event's actor;
//   - the actor after "by" or (visits) "of" before the object: "the visit
//     by X to Y", "the first visit of X to Y";
//   - the one acted on as possessor of an arrest or killing noun whose
//     agent follows "by": "X's detention by Y" is Y's arrest of X;
//   - requests as nouns: "X's request for Y to", "a demand for Y to".

// frameNouns head a phrase of time inside an event: "at the start of a
// visit".
var frameNouns = set("start", "beginning", "end", "close", "conclusion", "outset", "eve", "middle", "course",
	"sidelines", "day", "days", "leg", "stage", "climax", "height")

// framePreps open such a phrase.
var framePreps = set("at", "on", "during", "in", "toward", "towards", "near", "by", "until", "till", "after", "before")

// eventFrame widens the frame framedBy reads at token k (its word l): "at
// the start of", "on the last day of", "midway through", "as part of"
// frame the noun as "during" does. It returns the frame's first token and
// "during", or k and l unchanged.
func (s *sentence) eventFrame(k int, l string) (int, string) {
	switch l {
	case "through":
		if w := s.low(k - 1); w == "midway" || w == "halfway" || w == "partway" || w == "part-way" {
			return k - 1, "during"
		}
	case "of":
		if s.low(k-1) == "part" && s.low(k-2) == "as" {
			return k - 2, "during"
		}
		if !s.in(k-1, wsFrameNouns) {
			break
		}
		m := k - 2
		for m > 0 && m >= k-4 && (s.in(m, wsOrdinals) || s.low(m) == "last" || s.low(m) == "final" || s.low(m) == "very") {
			m--
		}
		if s.low(m) == "the" {
			m--
		}
		if s.in(m, wsFramePreps) && s.toks[m].arg < 0 {
			return m, "during"
		}
	}
	return k, l
}

// attitudeWords are adjectives of a party's view of an event it took
// part in: "satisfied with the talks with X".
var attitudeWords = set("satisfied", "dissatisfied", "pleased", "happy", "unhappy", "disappointed", "content",
	"delighted", "frustrated", "encouraged", "upbeat", "optimistic", "positive")

// attitudeSubject returns the actor of a meeting noun at i after an
// attitude adjective and "with" or "about": "X was (very) satisfied with
// discussions with Y" — the copula's subject; nil if none.
func (s *sentence) attitudeSubject(i int) *arg {
	k := i - 1
	for k > 0 && k >= i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsPrepsBefore) && (s.in(k, wsDeterminers) || !s.in(k, wsVerbGroup)) {
		k-- // "with the latest discussions"
	}
	if l := s.low(k); l != "with" && l != "about" && l != "over" {
		return nil
	}
	k--
	for k > 0 && (s.toks[k].text == "\"" || s.toks[k].text == "”" || s.toks[k].text == "’") {
		k--
	}
	if !s.in(k, wsAttitudeWords) {
		return nil
	}
	k--
	for k > 0 && (s.toks[k].text == "\"" || s.toks[k].text == "“" || s.toks[k].text == "‘" || isAdverb(s.low(k)) || s.low(k) == "very" || s.low(k) == "quite") {
		k--
	}
	if l := s.low(k); !beForms[l] && l != "seemed" && l != "appeared" && l != "felt" && l != "remained" {
		return nil
	}
	a := s.subjectLeft(s.verbGroupStart(k))
	if a == nil || a.typ == document.MISC {
		return nil
	}
	return a
}

// partVerbs introduce the parts of an event in a relative or participle
// clause after it: "Rosati's visit, which included stops in …".
var partVerbs = set("included", "includes", "include", "including", "featured", "features", "featuring")

// eventNouns are the events whose parts partVerbs list.
var eventNouns = set("visit", "visits", "trip", "tour", "stay", "swing", "mission", "journey", "programme", "program",
	"itinerary", "schedule", "agenda")

// eventOwner returns the actor of a meeting or visit noun at i that
// names a part of an earlier event: "Rosati's visit, which included
// earlier stops in Indonesia" (Rosati), "a four-day stay in Washington,
// which includes talks with Cheney" (the stay's actor, from the relation
// the sentence already has for it or from its frame); nil if none.
func (f *finder) eventOwner(s *sentence, i int) *arg {
	k := i - 1
	for k > 0 && k >= i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsPartVerbs) && !s.in(k, wsPrepsBefore) && !isSegmentEnd(s.toks[k].text) {
		k-- // "which included two earlier stops"
	}
	if !s.in(k, wsPartVerbs) {
		return nil
	}
	k--
	if l := s.low(k); l == "which" || l == "that" {
		k--
	} else if s.low(k+1) != "including" && s.low(k+1) != "featuring" {
		return nil
	}
	if s.toks[k].text != "," {
		return nil
	}
	// the event: a noun before the comma, over its own object ("a stay in
	// Washington")
	e := -1
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		if isSegmentEnd(s.toks[m].text) {
			break
		}
		if s.toks[m].arg < 0 && s.in(m, wsEventNouns) {
			e = m
			break
		}
	}
	if e < 0 {
		return nil
	}
	for _, r := range f.rels[f.sentFrom:] {
		if (r.Type == Visit || r.Type == Meet) && r.SubjectSpan != nil && r.Trigger.Overlaps(s.toks[e].span) {
			if a := s.argCovering(*r.SubjectSpan); a != nil {
				return a
			}
		}
	}
	if a := f.fbPossessor(s, e); a != nil {
		return a
	}
	return s.framedBy(e, nil)
}

// actorBefore reads the actor of a noun trigger at i named between the
// noun and its object: "the visit by X to Y", "the first visit of X to
// Y" (visits), "the withdrawal of Italian forces from Iraq" (a
// nationality's forces). It returns the actor and the token of the object's
// preposition, or nil and i+1.
func (s *sentence) actorBefore(i int, typ string, preps map[string]bool) (*arg, int) {
	l := s.low(i + 1)
	if l != "by" && !(l == "of" && (typ == Visit || typ == Withdraw)) {
		return nil, i + 1
	}
	a, next := s.objectAt(i + 2)
	if a == nil || a.typ == document.MISC && !s.groupHead(a) || a.place && typ == Visit || !preps[s.low(next)] {
		return nil, i + 1
	}
	if typ == Withdraw && l == "of" && !(a.typ == document.MISC && s.in(a.last+1, wsInstitution)) {
		return nil, i + 1 // only "the withdrawal of Italian forces from"
	}
	return a, next
}

// patientNouns name an arrest or a killing whose possessor is the one
// acted on when the agent follows "by": "X's detention by Y".
var patientNouns = set("arrest", "arrests", "detention", "execution", "killing", "murder", "assassination",
	"extradition", "imprisonment", "jailing", "capture", "kidnapping", "abduction", "conviction", "prosecution", "trial")

// patientPossessor reads "X's detention by Y" at the noun i: Y's arrest
// (or killing) of X. It returns nil when the noun is not so framed.
func (f *finder) patientPossessor(s *sentence, i int, typ string) []document.Relation {
	if !s.in(i, wsPatientNouns) || typ != Arrest && typ != Kill || s.low(i+1) != "by" {
		return nil
	}
	obj := f.possessor(s, i)
	if obj == nil || obj.typ != document.PER && obj.typ != "PRON" {
		return nil
	}
	subj, _ := s.objectAt(i + 2)
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || !fbFits(s, typ, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, typ, subj, obj, i, i+1, i)}
}

// requestNouns ask someone to act: "X's request for Y to resign", as
// "call for" does (callFor).
var requestNouns = set("request", "requests", "demand", "demands", "appeal", "appeals", "plea", "pleas")

// voiceVerbs express a stance on a body's behalf: "the premier voiced
// Moscow's opposition to …" is the premier's, the grammatical agent's
// (GUIDELINES.md, "Arguments").
var voiceVerbs = set("voice", "voiced", "voices", "voicing", "express", "expressed", "expresses", "expressing",
	"reiterate", "reiterated", "reiterates", "reiterating", "repeat", "repeated", "repeats", "convey", "conveyed",
	"conveys", "restate", "restated", "reaffirm", "reaffirmed", "reaffirms")

// voicedBy returns the subject of a voice verb whose object is the
// stance noun at i with the possessor poss: "X voiced Moscow's opposition
// to Y" gives X; nil when no such verb stands before the possessor or
// the possessor is a person (who then holds the stance).
func (s *sentence) voicedBy(i int, poss *arg) *arg {
	if poss == nil || poss.typ == document.PER || poss.typ == "PRON" {
		return nil
	}
	k := s.beforeDeterminers(poss.first)
	if !s.in(k, wsVoiceVerbs) || s.toks[k].quoted {
		return nil
	}
	a := s.subjectLeft(s.verbGroupStart(k))
	if a == nil || a.typ == document.MISC || a.ent == poss.ent || !isPerson(a) {
		return nil
	}
	return a
}

// guiltVerbs punish or accuse someone of a crime named by a noun after
// "of" or "for": "was convicted of the murder of X", "was hanged for the
// execution of 148 civilians", "accused X of the killing of Y".
var guiltVerbs = set("convicted", "accused", "charged", "sentenced", "jailed", "hanged", "executed", "tried",
	"indicted", "arrested", "detained", "suspected", "blamed", "guilty", "imprisoned", "condemned", "punished",
	"prosecuted", "extradited", "wanted")

// culprit returns who committed the killing or attack named by the noun
// at i, when a guilt verb frames it: the passive's subject ("X was
// convicted of the murder of Y", "X, who was hanged for crimes … for the
// execution of Y") or the active verb's object ("accused X of the
// killing of Y"); nil otherwise.
func (s *sentence) culprit(i int) *arg {
	k := i - 1
	for k > 0 && k >= i-4 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && s.low(k) != "of" && s.low(k) != "for" {
		k-- // "of the brutal murder"
	}
	if l := s.low(k); l != "of" && l != "for" {
		return nil
	}
	// the guilt verb, over a phrase without names or clause ends: "hanged
	// for crimes against humanity for"
	v := k - 1
	for v > 0 && v >= k-6 && !s.in(v, wsGuiltVerbs) {
		if isSegmentEnd(s.toks[v].text) || s.toks[v].arg >= 0 && v != k-1 || s.in(v, wsClauseOpeners) && s.low(v) != "as" {
			break
		}
		v--
	}
	if !s.in(v, wsGuiltVerbs) {
		return nil
	}
	if a := s.argAt(k - 1); a != nil && a.last == k-1 && s.beforeDeterminers(a.first) == v+1 || a != nil && a.first == v+1 {
		if a.typ == document.MISC && !s.groupHead(a) {
			return nil
		}
		return a // "accused X of the killing of Y"
	}
	vg := s.verbGroupStart(v)
	if vg == v && !s.in(v-1, wsBeForms) && s.low(v-1) != "being" && s.low(v) != "guilty" {
		return nil // not a passive: "police arrested … for"
	}
	a := s.subjectLeft(vg)
	if a == nil {
		a = s.fallbackSubject(vg)
	}
	if a == nil || a.typ == document.MISC && !s.groupHead(a) {
		return nil
	}
	return a
}

// gerundLight are light verbs' gerunds: "of showing support for".
var gerundLight = set("showing", "giving", "offering", "expressing", "voicing", "pledging", "lending", "declaring",
	"reiterating", "issuing", "extending", "repeating", "paying", "making", "holding", "having")

// gerundObject returns the object of a verb before "of" or "for" and a
// light verb's gerund at k: "accused Trump of showing support for",
// "thanked X for giving his backing to" — the one who does what the
// gerund says; nil otherwise.
func (s *sentence) gerundObject(k int) *arg {
	if !s.in(k, wsGerundLight) || s.low(k-1) != "of" && s.low(k-1) != "for" {
		return nil
	}
	a := s.argAt(k - 2)
	if a == nil || a.last != k-2 || a.typ == document.MISC && !s.groupHead(a) || a.typ == "PRON" && s.low(a.first) == "it" {
		return nil
	}
	for m := a.first - 1; m >= 0 && m >= a.first-5; m-- {
		l := s.low(m)
		lLex := s.lexAt(m)
		if lLex.in(wsAccusedOf) || lLex.in(wsGuiltVerbs) || strings.HasSuffix(l, "ed") && s.toks[m].arg < 0 && isLower(s.toks[m].text) {
			return a
		}
		if b := s.argAt(m); b != nil && b.typ == document.MISC {
			m = b.first
			continue
		}
		if s.toks[m].arg >= 0 || !isLower(s.toks[m].text) && !lLex.in(wsTitleWords) || lLex.in(wsPrepsBefore) || isSegmentEnd(s.toks[m].text) {
			return nil
		}
	}
	return nil
}

// provokeVerbs bring a reaction on their subject: "the test sparked U.N.
// condemnation", "his remarks drew criticism from X".
var provokeVerbs = set("sparked", "sparks", "spark", "sparking", "drew", "draws", "draw", "drawn", "drawing",
	"prompted", "prompts", "prompt", "triggered", "triggers", "trigger", "provoked", "provokes", "provoke",
	"earned", "earns", "attracted", "attracts", "brought",
	// getting a reaction: "X's motion received support from Y"
	"received", "receives", "receive", "won", "wins", "win", "gained", "gains", "gain", "garnered", "garners",
	"got", "gets", "enjoyed", "enjoys", "enjoy")

// reactionTypes are the types of a reaction noun after a provoke verb.
var reactionTypes = map[string]bool{Criticize: true, Sanction: true, Support: true}

// provoked reads a reaction noun at i after a provoke verb: the actor
// is the name before the noun ("U.N. condemnation", "Japanese
// sanctions") or after "from"; the one it is aimed at owns the verb's
// subject ("The DPRK nuclear test", "North Korea's test", "Kim"): "The
// DPRK nuclear test sparked U.N. condemnations and sanctions".
func (f *finder) provoked(s *sentence, i int) []document.Relation {
	if !s.in(i, wsNounTypeWords) && !s.in(i, wsAttackNouns) {
		return nil // no type: a key of none of the maps read below
	}
	typ := nounType(s.low(i))
	if typ == "" {
		typ = relrulesNouns[s.low(i)]
	}
	if !reactionTypes[typ] {
		return nil
	}
	if n := s.low(i + 1); isLower(s.tokText(i+1)) && !isPrepBefore(n) && n != "and" && n != "or" && !verbGroup[n] && !isSegmentEnd(n) {
		return nil // a modifier: "Chinese defence officials"
	}
	var actor *arg
	k := i - 1
	if s.low(k) == "and" && nounType(s.low(k-1)) != "" {
		k -= 2 // "condemnations and sanctions"
	}
	for k > 0 && k >= i-6 {
		if a := s.argAt(k); a != nil && a.last == k {
			if actor != nil || a.typ == document.PER || a.typ == "PRON" {
				return nil
			}
			actor, k = a, a.first-1
			continue
		}
		if s.toks[k].arg >= 0 || !isLower(s.toks[k].text) || s.in(k, wsPrepsBefore) || isSegmentEnd(s.toks[k].text) ||
			s.in(k, wsProvokeVerbs) || s.in(k, wsVerbGroup) && !s.in(k, wsDeterminers) {
			break
		}
		if l := s.low(k); nounType(l) != "" && l != s.low(i) || l == "and" {
			break
		}
		k--
	}
	if !s.in(k, wsProvokeVerbs) {
		return nil
	}
	v := k
	if actor == nil && (s.low(i+1) == "from" || s.low(i+1) == "of" && typ == Support) {
		actor, _ = s.objectAt(i + 2) // "won the backing of Y"
	}
	if actor == nil || actor.typ == document.MISC && f.countryOf(s, actor) == "" && !s.groupHead(actor) {
		return nil
	}
	// the owner of the subject phrase
	vg := s.verbGroupStart(v)
	var owner *arg
	m := vg - 1
	for m > 0 && m >= vg-4 && s.toks[m].tx >= 0 {
		m-- // "early last month"
	}
	for n := m; m > 0 && m >= n-3 && s.toks[m].arg < 0 && isLower(s.toks[m].text) && !s.in(m, wsPrepsBefore) && !s.in(m, wsDeterminers) && !isSegmentEnd(s.toks[m].text); {
		m-- // "nuclear test", "remarks"
	}
	if s.low(m) == "'s" {
		m--
	}
	if a := s.argAt(m); a != nil && a.last == m {
		if p := s.beforeDeterminers(a.first); p < 0 || isSegmentEnd(s.tokText(p)) || s.in(p, wsDeterminers) && (p == 0 || isSegmentEnd(s.tokText(p-1))) {
			owner = a
		}
		if a.first == 0 || s.low(a.first-1) == "the" && a.first == 1 {
			owner = a
		}
	}
	if owner == nil || owner.typ == document.MISC && !s.groupHead(owner) || !fbFits(s, typ, actor, owner) {
		return nil
	}
	out := []document.Relation{f.relation(s, typ, actor, owner, i, i+1, v)}
	if actor.first > i {
		// "received support from nine EU members, the United States and
		// Norway": each
		for _, a := range s.coordinated(actor.last + 1) {
			if a.ent != owner.ent && a.typ != document.MISC && fbFits(s, typ, a, owner) {
				out = append(out, f.relation(s, typ, a, owner, i, i+1, v))
			}
		}
	}
	return out
}

// theirMeeting reads "X told Y at the start of their meeting" at the
// meeting noun i: "their" after a frame ("at the start of", "during",
// "after") whose clause has a person as subject and a person as the
// verb's object; the two meet.
func (f *finder) theirMeeting(s *sentence, i int) []document.Relation {
	k := i - 1
	for k > 0 && k >= i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && s.low(k) != "their" && !s.in(k, wsPrepsBefore) {
		k-- // "their first meeting"
	}
	if s.low(k) != "their" || nounPreps[Meet][s.low(i+1)] {
		return nil
	}
	k--
	l := s.low(k)
	k, l = s.eventFrame(k, l)
	if !eventPreps[l] {
		return nil
	}
	a := s.mainSubject(k)
	if a == nil || !isPerson(a) || a.last >= k || !s.opensSegment(s.beforeDeterminers(a.first)+1) {
		return nil
	}
	// the verb right after the subject and its object, a person
	v := a.last + 1
	for v < k && (s.in(v, wsVerbGroup) || isAdverb(s.low(v)) || s.toks[v].tx >= 0) {
		v++
	}
	if v >= k || s.toks[v].arg >= 0 || !isLower(s.toks[v].text) || s.in(v, wsPrepsBefore) {
		return nil
	}
	b, next := s.objectAt(v + 1)
	if b == nil || b.typ != document.PER || b.ent == a.ent || next != k && !(s.toks[next].tx >= 0 && next < k) {
		return nil
	}
	return []document.Relation{f.relation(s, Meet, a, b, i, i+1, i)}
}

// facilityNouns name a building or site that an organisation's name
// stands for when it heads them: "a visit to Radisson SAS hotel".
var facilityNouns = set("hotel", "hospital", "plant", "factory", "camp", "base", "embassy", "consulate", "headquarters",
	"school", "university", "mosque", "church", "temple", "stadium", "airport", "prison", "port", "museum", "site", "mine")

// facilityObject reports whether obj, an organisation, names a building
// or site: its name is followed by a facility noun ("Radisson SAS
// hotel"). Such a name can be visited.
func (s *sentence) facilityObject(obj *arg) bool {
	return obj != nil && obj.typ == document.ORG && s.in(obj.last+1, wsFacilityNouns)
}

// nounGap returns the token after what may stand between a noun trigger
// at i and its object's preposition: time expressions ("talks Tuesday
// with"), "here" or "there", "on" or "last" before a time expression
// ("his visit on Monday to"), and for meetings a place after "in" or
// "at" ("talks in Beijing with").
func (s *sentence) nounGap(i int, typ string) int {
	j := i + 1
	for j < len(s.toks) && j < i+6 {
		switch l := s.low(j); {
		case s.toks[j].tx >= 0, l == "here", l == "there":
			j++
			continue
		case (typ == Criticize || typ == Support) && (l == "on" || l == "in") && j+1 < len(s.toks) && s.toks[j+1].tx >= 0 && s.possessedAt(i):
			// "renewed its condemnation on Wednesday of X" (branch
			// relrecall): only after a possessive, whose owner is the
			// actor
			j++
			continue
		case (typ == Arrest || typ == Kill) && l == "in":
			// "a series of arrests in the West Bank of X" (branch nomevent)
			k := j + 1
			if s.low(k) == "the" {
				k++
			}
			if a := s.argAt(k); a != nil && a.place && !a.dateline && s.low(a.last+1) == "of" {
				j = a.last + 1
			}
		case typ == Meet && (l == "in" || l == "at"):
			if a := s.argAt(j + 1); a != nil && a.place && !a.dateline {
				j = a.last + 1
				if b := s.argAt(j + 1); s.low(j) == "," && b != nil && b.place && s.low(b.last+1) == "," {
					j = b.last + 2 // "talks in Amman, Jordan, with"
				}
				continue
			}
		}
		break
	}
	return j
}

// invitedBy reads "at X's invitation" at the noun i: X invites the
// clause's subject ("Y arrived in Oslo at X's invitation").
func (f *finder) invitedBy(s *sentence, i int) []document.Relation {
	if s.low(i) != "invitation" {
		return nil
	}
	inviter := f.possessor(s, i)
	if inviter == nil || inviter.typ == document.MISC || s.low(s.beforeDeterminers(inviter.first)) != "at" {
		return nil
	}
	k := s.beforeDeterminers(inviter.first)
	var guest *arg
	if m := s.mainSubject(k); m != nil && m.typ != document.MISC && m.last < k && s.opensSegment(s.beforeDeterminers(m.first)+1) {
		guest = m
	} else if m == nil && !s.segmentBefore(k) {
		guest = s.clauseAfter(i) // "At X's invitation, Y will visit"
	}
	if guest == nil || guest.ent == inviter.ent {
		return nil
	}
	return []document.Relation{f.relation(s, Invite, inviter, guest, i, i+1, i)}
}

// partOf reports whether "as part of" frames the noun at i, over a
// determiner and up to two modifiers: "as part of an agreement with".
func (s *sentence) partOf(i int) bool {
	k := i - 1
	for k > 0 && k >= i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && s.low(k) != "of" && !s.in(k, wsVerbGroup) {
		k--
	}
	return s.low(k) == "of" && s.low(k-1) == "part" && s.low(k-2) == "as"
}

// personBefore returns a person's name right before a visit or meeting
// noun, with no possessive: "the Meshaal visit to Egypt"; nil if none.
func (s *sentence) personBefore(i int) *arg {
	a := s.argAt(i - 1)
	if a == nil || a.last != i-1 || a.typ != document.PER {
		return nil
	}
	return a
}
