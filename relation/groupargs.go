package relation

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Group and description arguments (branch groupargs). The guidelines
// annotate an argument that is no name when it is specific: a definite
// description of a named party that the resolver left unresolved ("the
// chancellor", "the ruling party", "a US company" that the story goes on
// to name) or a particular, identifiable group ("two policemen", "the
// rebels", "three Amman hotels"); not a generic or vague one ("175
// people", "critics", "some MPs").
//
// groupArgs reads such noun phrases in every slot (phraseArgs,
// phrasesubj.go, reads agent phrases in subject slots only) and marks each
// as an argument whose entity is a placeholder (groupPrefix), after every
// name, pronoun, resolved description and agent phrase has had its turn:
// a name always wins. The rules then read them as they read names, as
// subjects and as objects; groupRelations turns the placeholders into
// SubjectText and ObjectText at the end, and drops every relation that
// has one where no text can stand (a role, a place, a who-is-who type).

// groupPrefix opens the placeholder of a group or description; it starts
// with phrasePrefix, so that every guard that keeps phrases apart
// (isPhrase) keeps these apart too.
const groupPrefix = phrasePrefix + "\x01"

// descHeads head a singular description of a person or a body: "the
// chancellor", "a prospective candidate", "the ruling party".
var descHeads = set(slices.Concat(personRoleWords, []string{
	"bomber", "gunman", "attacker", "assailant", "suspect", "activist", "officer", "soldier",
	"policeman", "civilian", "man", "woman", "boy", "girl", "teenager", "newspaper", "company", "firm",
	"carmaker", "group", "party", "union", "committee", "council", "executive", "board", "court",
	"ministry", "administration", "coalition", "movement", "militia", "faction", "army", "government",
	"military", "cabinet", "commission", "presidency", "tribunal", "parliament", "junta", "regime",
	"agency", "organisation", "organization", "network", "bank",
})...)

// personRoles are the descHeads that name one person (typ PER): a
// person's description may visit, and people attacking people is
// criticism, as for names.
var personRoles = set(personRoleWords...)

// personRoleWords are the words of personRoles.
var personRoleWords = []string{
	"president", "chancellor", "minister", "premier", "ambassador", "envoy", "leader", "chairman",
	"chairwoman", "secretary", "senator", "governor", "mayor", "candidate", "rival", "counterpart",
	"prosecutor", "judge", "commander", "king", "queen", "prince", "dictator", "lawmaker",
	"congressman", "congresswoman", "diplomat", "negotiator", "ruler", "editor", "politician",
}

// groupHeads head a plural phrase naming a group: "two policemen", "the
// unions", "13 members".
var groupHeads = set("police", "policemen", "troops", "soldiers", "forces", "rebels", "militants",
	"insurgents", "guerrillas", "gunmen", "fighters", "militiamen", "protesters", "demonstrators", "unions",
	"ministers", "members", "leaders", "parents", "editors", "judges", "prosecutors", "authorities",
	"settlers", "civilians", "hostages", "students", "activists", "diplomats", "lawmakers", "journalists",
	"suspects", "prisoners", "boys", "girls", "villagers", "bombers", "attackers", "officers",
	"personnel", "guards", "companies", "firms", "banks", "parties", "groups", "hotels",
	"churches", "mosques", "embassies")

// bareGroups are the groupHeads that name a particular group with no
// determiner or number: "security forces", "the rebels" as "rebels".
var bareGroups = set("police", "policemen", "troops", "soldiers", "forces", "rebels", "militants",
	"insurgents", "guerrillas", "gunmen", "militiamen")

// groupDeterminers make a phrase definite or demonstrative.
var groupDeterminers = set("the", "a", "an", "this", "these", "those")

// groupArgs adds the group and description phrases of s that no argument
// covers (see above).
func (f *finder) groupArgs(s *sentence) {
	for k := range s.toks {
		t := &s.toks[k]
		if t.arg >= 0 || !isLower(t.text) || isDigits(t.low) {
			continue
		}
		role, group, spokes := t.in(wsDescHeads), t.in(wsGroupHeads), t.in(wsSpokesHeads)
		if !role && !group && !spokes {
			continue
		}
		// the head is the last noun of a run: "police spokesman",
		// "government troops", not "the police station"
		next := s.low(k + 1)
		last := s.roleTail(k) // "the spokeswoman on external affairs"
		if last == k && k+1 < len(s.toks) && (s.toks[k+1].arg >= 0 || s.in(k+1, wsDescHeads) || s.in(k+1, wsGroupHeads) ||
			s.in(k+1, wsCompoundAfter) || next == "'s" || next == "’s" || next == "-" || next == "of") {
			continue
		}
		if !s.endsPhrase(last + 1) {
			continue // "the military defence": the head is a modifier
		}
		// modifiers: lower-case words, at most three, and a name
		// ("a US company", "three Amman hotels")
		start := k
		named := false
		for start > 0 && start > k-4 {
			p := start - 1
			if a := s.argAt(p); a != nil {
				if a.typ != document.MISC && a.typ != document.LOC || isPhrase(a.ent) || named {
					// (an organisation's name before a head is the
					// organisation: "the Acme Bank chairman", "the Green
					// Lives group")
					break
				}
				named = true
				start = a.first
				continue
			}
			w := s.low(p)
			if !isLower(s.toks[p].text) || groupDeterminers[w] || s.in(p, wsDeterminers) || s.in(p, wsPrepsBefore) ||
				s.in(p, wsVerbGroup) || s.in(p, wsSpeech) || len(s.lexOf(p).fbVerbs) > 0 || isSegmentEnd(s.toks[p].text) || s.in(p, wsConjunctions) || s.in(p, wsClauseOpeners) ||
				w == "and" || w == "or" || w == "but" || len(s.lexOf(p).verbs) > 0 || strings.HasSuffix(w, "ing") ||
				strings.HasSuffix(w, "ed") && !s.in(p, wsIntensifiers) || isAdverb(w) || s.in(p, wsWhWords) ||
				s.in(p, wsSmallNumbers) || isDigits(w) || w == "'s" || w == "’s" || w == "at" || w == "least" {
				break
			}
			start = p
		}
		// what opens the phrase: a determiner, a number, or nothing
		det := ""
		if p := start - 1; p >= 0 {
			w := s.low(p)
			switch {
			case groupDeterminers[w]:
				det = w
				start = p
			case s.in(p, wsSmallNumbers) || isDigits(w) && !strings.ContainsAny(w, ".:/"):
				det = "#"
				start = p
				if s.low(p-1) == "least" && s.low(p-2) == "at" {
					start = p - 2
				}
			case (w == "'s" || w == "’s") && !named && (personRoles[t.low] || spokes) && s.ownerAt(p-1) != nil:
				// "India's finance minister", "the European Commission's
				// spokeswoman": the person, when the resolver does not
				// know who
				det = "poss"
				named = true
				start = s.ownerAt(p - 1).first
				if s.low(start-1) == "the" {
					start--
				}
			case s.in(p, wsDeterminers) || s.in(p, wsVagueModifiers) || w == "'s" || w == "’s" || s.in(p, wsNumberWords):
				continue // "his rival", "some MPs", "Iraq's army": another's, or vague
			}
		}
		if s.in(start-1, wsVagueModifiers) || s.in(start-1, wsBeForms) || s.low(start-1) == "became" || s.low(start-1) == "remains" {
			continue // "all the prisoners"; "he's a wonderful man", a predicate
		}
		generic := false
		for m := start; m < k; m++ {
			generic = generic || s.in(m, wsVagueModifiers) || genericModifiers[s.low(m)] // "the other parties", "the next government"
		}
		if generic || s.genericAfter(last+1) || det == "#" && !s.fewCounted(start) {
			continue
		}
		switch {
		case spokes && det != "poss":
			continue // "a Labour Party spokesman", "a spokesman for UKIP": the body's (fallback.go)
		case det == "" && !(group && bareGroups[t.low] && start < k && !named):
			continue // "government", "critics"; bare "security forces" is a group
		case role && det == "#" && t.low != "one":
			continue
		case group && (det == "a" || det == "an" || det == "this" || det == "that"):
			continue
		case named && (s.in(k, wsInstitution) || det == ""):
			continue // "the Israeli army": the name's, as the rules read it
		}
		if start > 0 {
			if a := s.argAt(start - 1); a != nil {
				continue // "Kim the president", a name glued on
			}
		}
		if s.apposedToPerson(start, last+1) || s.apposedToName(start, last+1) {
			continue // "Kim, the president,": the name is there
		}
		if s.namedAfter(last + 1) {
			continue // "the U.S. ambassador to the United Nations, Madeleine Albright,"
		}
		if s.listedWithName(start, last) || s.movedGroup(start) {
			continue
		}
		if det == "#" && s.low(start-1) == "the" {
			continue // "the two leaders": the pair named before (fallback2.go)
		}
		if l := s.low(last + 1); l == "which" || l == "that" || l == "who" {
			continue // "The communist party which came to power …": the rules read the phrase with its clause
		}
		if s.low(start-1) == "of" && (groupHeads[s.low(start-2)] || s.in(start-2, wsPeopleNouns) || isDigits(s.low(start-2))) {
			continue // "13 members of the militia": part of a larger phrase
		}
		if det == "poss" && !s.subjectSlot(start, last) {
			continue // "met Jordan's leader": the rules read the owner as the object
		}
		if (det == "a" || det == "an") && !s.subjectSlot(start, last) && !victimHeads[t.low] && !(s.in(start-1, wsPrepsBefore) && s.low(start-1) != "of" && s.low(start-1) != "for") {
			continue // "pulling together a coalition to fight": none yet
		}
		sp := document.Span{Start: s.toks[start].span.Start, End: s.toks[last].span.End}
		typ := document.ORG
		if personRoles[t.low] {
			typ = document.PER
		}
		id := groupPrefix + f.doc.Text[sp.Start:sp.End]
		if named {
			// the phrase replaces its modifier's name, as a resolved
			// description does
			a := s.argAt(start)
			if a == nil {
				a = s.argAt(start + 1) // after "the"
			}
			if a == nil {
				continue
			}
			ai := s.toks[a.first].arg
			orig := *a
			s.args[ai] = arg{first: start, last: last, span: sp, ent: id, typ: typ, orig: &orig}
			for m := start; m <= last; m++ {
				s.toks[m].arg = ai
			}
			continue
		}
		s.addArg(arg{first: start, last: last, span: sp, ent: id, typ: typ})
	}
}

// isGroup reports whether an argument id is a group placeholder.
func isGroup(id string) bool { return strings.HasPrefix(id, groupPrefix) }

// groupText returns the text of a group placeholder.
func groupText(id string) string { return strings.TrimPrefix(id, groupPrefix) }

// groupRelations turns group placeholders into SubjectText and
// ObjectText, and drops the relations that cannot have them: a
// who-is-who or where type, a place, a visit to a group or of a group
// (moves of troops), an agreement of a group (the guidelines want both
// parties named). A relation whose subject is an agent phrase
// (phrasesubj.go) and whose object is a group gets the agent phrase's
// guards here.
func groupRelations(doc *document.Document, rs []document.Relation) []document.Relation {
	out := rs[:0]
	for _, r := range rs {
		gs, gobj := isGroup(r.Subject), isGroup(r.Object)
		if isGroup(r.Place) {
			r.Place = ""
		}
		if !gs && !gobj {
			out = append(out, r)
			continue
		}
		if !IsInteraction(r.Type) || r.Type == Agree {
			continue
		}
		if r.Type == Visit && (gobj || !personRoles[lastWord(strings.ToLower(groupText(r.Subject)))]) {
			continue
		}
		if gs && gobj {
			continue // neither side named: too little to tell a group from a generic one
		}
		if gs && r.Object == "" && r.Type != Attack && r.Type != Kill && r.Type != Arrest {
			continue // a group's stance on a thing ("the party stuck to the tax") is too often its own or no party
		}
		if r.Type == Urge && !plainRequest(doc, r.Trigger) {
			continue // "X should", "must", "calling for": a wish about a group, no urging of it
		}
		if gs && r.Object == "" && tally(r.ObjectText) {
			continue // "arrested 2,669 undocumented immigrants": a count, no group
		}
		if gs && victimHeads[lastWord(strings.ToLower(groupText(r.Subject)))] && r.Type != Attack && r.Type != Kill {
			continue // "the man had demanded a bribe": such a description acts in attacks only
		}
		if gobj && r.SubjectSpan != nil && objectBefore(doc, *r.SubjectSpan) {
			continue // "The five unions meeting Mr Prescott want the government to": not his
		}
		if gobj {
			if isPhrase(r.Subject) {
				// an agent phrase's guards (phraseSubjects)
				if r.SubjectSpan != nil && quotedApart(doc, r.Trigger, *r.SubjectSpan) {
					continue
				}
				r.SubjectText, r.Subject = strings.TrimPrefix(r.Subject, phrasePrefix), ""
			}
			r.ObjectText, r.Object = groupText(r.Object), ""
		}
		if gs {
			if r.SubjectSpan != nil && quotedApart(doc, r.Trigger, *r.SubjectSpan) {
				continue
			}
			r.SubjectText, r.Subject = groupText(r.Subject), ""
		}
		out = append(out, r)
	}
	return out
}

// victimHeads are the singular heads an indefinite object may have: one
// killed, arrested or attacked ("killed an Afghan civilian").
var victimHeads = set("civilian", "soldier", "policeman", "officer", "man", "woman", "boy", "girl", "teenager",
	"suspect", "activist", "journalist", "bomber", "gunman")

// apposedToName reports whether the phrase in [start, end) stands in apposition
// after a name: "the Popular Resistance Committees, an umbrella
// organisation which …" (the name is the party).
func (s *sentence) apposedToName(start, end int) bool {
	if start < 2 || s.toks[start-1].text != "," {
		return false
	}
	a := s.argAt(start - 2)
	if a == nil || a.typ == "PRON" || isPhrase(a.ent) {
		return false
	}
	// not when a verb follows: "…, a Baton Rouge newspaper called on"
	// opens a clause
	return !s.verbAfter(end)
}

// verbAfter reports whether a verb or an auxiliary stands at token i.
func (s *sentence) verbAfter(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	w := s.low(i)
	return s.in(i, wsVerbGroup) || len(s.lexOf(i).verbs) > 0 || len(s.lexOf(i).fbVerbs) > 0 ||
		isLower(s.toks[i].text) && strings.HasSuffix(w, "ed")
}

// listedWithName reports whether the phrase in tokens [start, head] is
// one of a list with a name ("calls on the government and the rebel
// LTTE to"): the rules' readers of such lists read the phrase with the
// name.
func (s *sentence) listedWithName(start, head int) bool {
	if l := s.low(head + 1); l == "and" || l == "or" {
		for m := head + 2; m < len(s.toks) && m < head+6; m++ {
			if a := s.argAt(m); a != nil {
				return !isPhrase(a.ent) && a.typ != "PRON"
			}
			if isSegmentEnd(s.toks[m].text) || s.in(m, wsVerbGroup) || len(s.lexOf(m).verbs) > 0 {
				break
			}
		}
	}
	if s.low(start-1) == "with" && s.low(start-2) == "along" {
		return true // "ordered Emanuel's office, along with the county prosecutor, to"
	}
	if l := s.low(start - 1); l == "and" || l == "or" {
		if a := s.argAt(start - 2); a != nil && !isPhrase(a.ent) && a.typ != "PRON" {
			return true
		}
	}
	return false
}

// movedGroup reports whether the phrase at start is what a withdrawal
// moves ("withdraw 4,000 soldiers from a parallel force", "pulled its
// troops out of"): the place or body left is the object.
func (s *sentence) movedGroup(start int) bool {
	for m := start - 1; m >= 0 && m >= start-2; m-- {
		for _, t := range s.lexOf(m).verbs {
			if t.typ == Withdraw {
				return true
			}
		}
		for _, t := range s.lexOf(m).fbVerbs {
			if t.typ == Withdraw {
				return true
			}
		}
	}
	return false
}

// plainRequest reports whether an urge's trigger is a verb of asking
// that names its addressee ("urged", "told … to", "called on", "asked",
// "ordered"), not a modal or a call for something ("should sack", "must
// respond", "calling for", "hope").
func plainRequest(doc *document.Document, trig document.Span) bool {
	t := lowText(doc, trig.Start, min(trig.End+4, len(doc.Text))) // "calling for"
	for _, w := range []string{"should", "must", "hope", "call for", "calls for", "called for", "calling for", "appeal", "need", "ought"} {
		if strings.Contains(t, w) {
			return false
		}
	}
	return true
}

// genericModifiers make a group or description generic: "ground
// troops", "the next government", "a single soldier".
var genericModifiers = set("ground", "combat", "special", "next", "future", "single", "average", "typical",
	"ordinary", "potential", "possible", "prospective", "would-be", "male", "female", "young", "old")

// genericAfter reports whether the words after a head make its phrase
// generic: a modal ("A leader must fight", "a president should") or
// "whoever".
func (s *sentence) genericAfter(i int) bool {
	switch s.low(i) {
	case "must", "should", "would", "could", "can", "may", "might", "whoever", "who", "whose":
		return true
	case ",":
		return s.low(i+1) == "whoever"
	}
	return false
}

// fewCounted reports whether the number opening a phrase at start counts
// a small, particular group ("two policemen", "13 members"), not a
// tally ("2,669 immigrants", "nearly 140 House members", "95 members").
func (s *sentence) fewCounted(start int) bool {
	w := s.low(start)
	if w == "at" {
		w = s.low(start + 2)
	}
	switch s.low(start - 1) {
	case "nearly", "about", "around", "some", "over", "almost", "roughly", "approximately", "than", "of":
		return false
	}
	if s.in(start, wsSmallNumbers) || smallNumbers[w] {
		return true
	}
	n := 0
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n > 0 && n <= 30
}

// namedAfter reports whether a person's name stands in apposition after
// a description whose head ends before i, over a short prepositional
// phrase: "the U.S. special envoy to Burundi, Howard Wolpe".
func (s *sentence) namedAfter(i int) bool {
	for m := i; m < len(s.toks) && m < i+7; m++ {
		if s.toks[m].text == "," {
			n := m + 1
			for n < len(s.toks) && n < m+4 && s.argAt(n) == nil && isCapitalised(s.toks[n].text) {
				n++ // "…, General Vyacheslav Tikhomirov"
			}
			a := s.argAt(n)
			return a != nil && a.typ == document.PER
		}
		if m > i && s.argAt(m) == nil && s.verbAfter(m) || sentenceEnd(s.toks[m].text) {
			return false
		}
	}
	return false
}

// endsPhrase reports whether token i can follow the head of a noun
// phrase: punctuation, a preposition, a conjunction, a verb, an
// auxiliary, an adverb, a relative pronoun, or the end. A plain
// lower-case word after the head makes the head a modifier ("the
// military defence of", "the party leaders").
func (s *sentence) endsPhrase(i int) bool {
	if i >= len(s.toks) || !isLower(s.toks[i].text) || s.toks[i].arg >= 0 {
		return true
	}
	w := s.low(i)
	switch w {
	case "and", "or", "but", "to", "not", "also", "then", "who", "which", "that", "whose", "whom", "as", "than":
		return true
	}
	return s.in(i, wsPrepsBefore) || s.in(i, wsVerbGroup) || s.in(i, wsSpeech) || s.in(i, wsWhWords) ||
		s.in(i, wsConjunctions) || isAdverb(w) || s.verbAfter(i) || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") ||
		s.in(i, wsIrregularPast)
}

// tally reports whether a phrase opens with a count too large or loose
// for a particular group ("2,669 undocumented immigrants", "nearly 140
// House members").
func tally(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "nearly", "about", "around", "some", "over", "almost", "roughly", "approximately", "more", "hundreds", "thousands", "dozens", "scores":
		return true
	}
	n := 0
	for _, c := range f[0] {
		switch {
		case c == ',':
			return true
		case c < '0' || c > '9':
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n > 30
}

// objectBefore reports whether a verb or participle stands right before
// a subject's span ("The five unions meeting Mr Prescott want …"): the
// name is that verb's object, not the subject of the verb after it.
func objectBefore(doc *document.Document, sp document.Span) bool {
	if !isCapitalised(doc.Text[sp.Start:sp.End]) || pronouns[lowText(doc, sp.Start, sp.End)] {
		return false // "announced his support for": the possessor is the actor
	}
	before := strings.Fields(doc.Text[max(0, sp.Start-40):sp.Start])
	if len(before) == 0 {
		return false
	}
	n := len(before) - 1
	for n > 0 && n >= len(before)-3 && isCapitalised(before[n]) {
		n-- // "meeting Mr Prescott"
	}
	w := before[n]
	if !isLower(w) {
		return false
	}
	return strings.HasSuffix(w, "ing") || w == "met" || w == "meet" || w == "meets" || strings.HasSuffix(w, "ed") && w != "called"
}

// spokesHeads name who speaks for a body: a description only with the
// body's possessive ("the European Commission's spokeswoman").
var spokesHeads = set("spokesman", "spokeswoman", "spokesperson")

// ownerAt returns the organisation or country whose name ends at token
// i, the owner of a possessive description; nil if none.
func (s *sentence) ownerAt(i int) *arg {
	a := s.argAt(i)
	if a == nil || a.last != i || isPhrase(a.ent) || a.typ != document.ORG && a.typ != document.LOC {
		return nil
	}
	return a
}

// roleTail returns the last token of a short prepositional phrase after
// a person's role at k that runs on to the verb ("the spokeswoman on
// external affairs also condemned", "the minister for foreign affairs
// said"), k when there is none: the phrase is the description's.
func (s *sentence) roleTail(k int) int {
	if !personRoles[s.low(k)] && !spokesHeads[s.low(k)] {
		return k
	}
	switch s.low(k + 1) {
	case "on", "for", "of":
	default:
		return k
	}
	m := k + 2
	for m < len(s.toks) && m < k+5 && s.toks[m].arg < 0 && isLower(s.toks[m].text) && !s.in(m, wsDeterminers) &&
		!s.in(m, wsPrepsBefore) && !s.verbAfter(m) && !isAdverb(s.low(m)) && s.low(m) != "also" && s.low(m) != "and" {
		m++
	}
	if m == k+2 || m >= len(s.toks) {
		return k
	}
	if s.verbAfter(m) || (isAdverb(s.low(m)) || s.low(m) == "also") && s.verbAfter(m+1) {
		return m - 1
	}
	return k
}
