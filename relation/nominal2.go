package relation

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// Nominal events, second round (branch nomevent, docs/relations.md,
// "Nominal events, second round"): arguments of noun triggers the other
// tiers leave, written from the misses of half A of the gold sets and
// from unannotated news outside the precision samples.
//
//   - a withdrawal with a nationality or country before it and the place
//     left after "from": "the Soviet withdrawal from Afghanistan",
//     "Israeli withdrawal from Gaza", "U.S. troop redeployment from
//     Iraq", "Moscow's withdrawal of its troops from Georgia";
//   - an attack led by a party named before "-led": "the US-led invasion
//     of Iraq" (the prefix's country or organisation);
//   - sanctions kept in force by the subject of "maintain", "tighten",
//     "enforce", "keep": "the United States has maintained a trade
//     embargo against Cuba";
//   - a call for someone's removal or resignation, read by control.go's
//     removalRequest since the two readers were folded into one;
//   - a visit named by the visited place between the visitor's
//     possessive and the noun: "Bush's third China trip".

// nominal2Words are the words the fallback tier's gate must let through
// for these rules (fbGateWords).
var nominal2Words = set("withdrawal", "withdrawals", "pullout", "pullouts", "pull-out", "pullback", "pull-back",
	"redeployment")

// withdrawalNouns name a pull-out whose place left follows "from".
var withdrawalNouns = set("withdrawal", "withdrawals", "pullout", "pullouts", "pull-out", "pullback", "pull-back", "redeployment")

// withdrawnForces are what a party withdraws from a place: "the
// withdrawal of its troops from".
var withdrawnForces = set("troops", "forces", "soldiers", "contingent", "contingents", "peacekeepers", "army", "military")

// sanctionKeepers keep sanctions in force: their subject imposes them.
var sanctionKeepers = set("maintain", "maintains", "maintained", "maintaining", "tighten", "tightens", "tightened",
	"tightening", "enforce", "enforces", "enforced", "enforcing", "keep", "keeps", "kept", "toughen", "toughened")

// keptSanctionNouns name sanctions on a party after "on" or "against".
var keptSanctionNouns = set("sanctions", "embargo", "embargoes")

// leadVisitNouns name a trip a place can name before: "Bush's China
// trip".
var leadVisitNouns = set("visit", "trip", "tour", "visits", "trips")

// contextVisitNouns name a visit whose place a sentence may leave to the
// story: "after Gingrich's arrival".
var contextVisitNouns = set("visit", "trip", "arrival", "stay", "tour")

// seriesNouns count the events of a noun after "of": "carried out a
// series of arrests" (carriedOut reads the light verb over them).
var seriesNouns = set("series", "wave", "spate", "string", "round", "number", "campaign")

// nominal2 reads the noun trigger at i by the rules above; nil if none
// applies.
func (f *finder) nominal2(s *sentence, i int) []document.Relation {
	low := s.low(i)
	lowLex := s.lexAt(i)
	switch {
	case lowLex.in(wsWithdrawalNouns):
		return f.nationWithdrawal(s, i)
	case lowLex.in(wsAttackNouns) || low == "occupation":
		return f.ledAttack(s, i)
	case lowLex.in(wsKeptSanctionNouns):
		return f.keptSanctions(s, i)
	case lowLex.in(wsLeadVisitNouns) || lowLex.in(wsContextVisitNouns):
		if rs := f.placeLedTrip(s, i); rs != nil {
			return rs
		}
		return f.visitAgain(s, i)
	}
	return nil
}

// nationWithdrawal reads "the Soviet withdrawal from Afghanistan" and
// "Moscow's withdrawal of its troops from Georgia": the actor a
// possessive or a country or nationality before the noun (over a few
// lower-case modifiers: "phased", "troop"), the object the place after
// "from". A place before the noun with no "from" is the place left, not
// the actor ("the Gaza withdrawal"), and is not read.
func (f *finder) nationWithdrawal(s *sentence, i int) []document.Relation {
	j := i + 1
	var forceOwner *arg
	if s.low(j) == "of" {
		// "of its troops", "of Russian forces", "of the nation's troops"
		k := j + 1
		for k < len(s.toks) && k < j+5 && !s.in(k, wsWithdrawnForces) {
			if a := s.argAt(k); a != nil {
				if a.typ != document.MISC || f.countryOf(s, a) == "" {
					return nil
				}
				forceOwner = a
				k = a.last + 1
				continue
			}
			if !s.in(k, wsDeterminers) && !isLower(s.toks[k].text) || s.in(k, wsPrepsBefore) || isSegmentEnd(s.toks[k].text) {
				return nil
			}
			k++
		}
		if !s.in(k, wsWithdrawnForces) {
			return nil
		}
		j = k + 1
	}
	if s.low(j) != "from" {
		return nil
	}
	obj, _ := s.objectAt(j + 1)
	if obj == nil || obj.typ == document.MISC || obj.typ == "PRON" {
		return nil
	}
	subj := f.fbPossessor(s, i)
	if subj == nil {
		subj = forceOwner
	}
	if subj == nil {
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if a := s.argAt(k); a != nil {
				if (a.typ == document.MISC || a.typ == document.LOC) && f.countryOf(s, a) != "" && s.low(a.first-1) != "'s" {
					subj = a
				}
				break
			}
			if l := s.low(k); !isLower(s.toks[k].text) || isDeterminer(l) || isPrepBefore(l) || verbGroup[l] || isSegmentEnd(l) || l == "and" {
				break
			}
		}
	}
	if subj == nil || subj.ent == obj.ent || subj.typ == document.MISC && f.countryOf(s, subj) == "" && !s.groupHead(subj) {
		return nil
	}
	return []document.Relation{f.relation(s, Withdraw, subj, obj, i, i+1, i)}
}

// ledAttack reads "the US-led invasion of Iraq": the party named before
// "-led" (up to three words before the noun) attacks the name after
// "on", "against" or "of".
func (f *finder) ledAttack(s *sentence, i int) []document.Relation {
	j := i + 1
	if l := s.low(j); l != "on" && l != "against" && l != "of" {
		return nil
	}
	obj, _ := s.objectAt(j + 1)
	if obj == nil || obj.typ == document.MISC && !s.groupHead(obj) {
		return nil
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if !strings.HasSuffix(s.low(k), "-led") {
			if l := s.low(k); !isLower(s.toks[k].text) && s.toks[k].arg < 0 || isDeterminer(l) || isPrepBefore(l) || isSegmentEnd(l) || verbGroup[l] {
				return nil
			}
			continue
		}
		text := s.toks[k].text
		subj := f.prefixParty(s, k, text[:len(text)-len("-led")])
		if subj == nil || subj.ent == obj.ent {
			return nil
		}
		return []document.Relation{f.relation(s, Attack, subj, obj, i, i+1, i)}
	}
	return nil
}

// prefixParty returns the party named by prefix, the start of token k
// before a hyphen ("US" in "US-led"): a country's entity of the document
// when the prefix names a country, else the entity of a mention inside
// the prefix; nil if none.
func (f *finder) prefixParty(s *sentence, k int, prefix string) *arg {
	if prefix == "" {
		return nil
	}
	tok := s.toks[k].span
	sp := document.Span{Start: tok.Start, End: tok.Start + len(prefix)}
	id := ""
	c := country.Demonym(strings.ToLower(prefix))
	if c == "" {
		c, _ = country.Alias(prefix)
	}
	if c == "" && isCountry([]string{prefix}) {
		c = prefix
	}
	if c != "" {
		id = f.countries[strings.ToLower(canonCountry(c))]
	}
	if id == "" {
		// a party the document names in full: "NATO" for "NATO-led"
		for _, e := range f.doc.Entities {
			if e.Type != document.PER && e.Type != document.MISC && (strings.EqualFold(e.Name, prefix) || slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.EqualFold(a, prefix) })) {
				id = e.ID
				break
			}
		}
	}
	if id == "" && c != "" {
		// a country the document names only here: the mention's entity
		for _, m := range f.doc.Mentions {
			if m.Entity != "" && m.Span.Overlaps(sp) && m.Type != document.PER {
				id = m.Entity
				break
			}
		}
	}
	if id == "" && c != "" {
		id = phrasePrefix + c // a country named nowhere else (nomargs.go's demonymPhrase)
	}
	if id == "" {
		return nil
	}
	return &arg{first: k, last: k, span: sp, ent: id, typ: document.MISC}
}

// keptSanctions reads "X has maintained a trade embargo against Y": the
// subject of a verb that keeps sanctions in force, up to four modifiers
// before the noun, imposes them on the name after "on" or "against".
func (f *finder) keptSanctions(s *sentence, i int) []document.Relation {
	j := i + 1
	if l := s.low(j); l != "on" && l != "against" {
		return nil
	}
	obj, _ := s.objectAt(j + 1)
	if obj == nil || obj.typ == document.MISC && !s.groupHead(obj) {
		return nil
	}
	k := i - 1
	for k > 0 && k >= i-4 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsSanctionKeepers) && !s.in(k, wsPrepsBefore) &&
		!s.in(k, wsVerbGroup) && !isSegmentEnd(s.toks[k].text) {
		k--
	}
	if !s.in(k, wsSanctionKeepers) {
		return nil
	}
	subj := f.fbLeft(s, s.verbGroupStart(k), false)
	if subj == nil || !fbFits(s, Sanction, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Sanction, subj, obj, i, i+1, k)}
}

// placeLedTrip reads "Bush's third China trip": a visitor's possessive
// (a person, or a possessive pronoun the resolver knows), at most two
// lower-case words, and a place right before the visit noun.
func (f *finder) placeLedTrip(s *sentence, i int) []document.Relation {
	p := s.argAt(i - 1)
	if p == nil || !p.place || p.typ == "PRON" || p.dateline {
		return nil
	}
	subj := f.possessor(s, p.first)
	if subj == nil || subj.ent == p.ent || subj.typ != document.PER && subj.typ != "PRON" {
		return nil
	}
	if subj.typ == "PRON" && !isPerson(subj) {
		return nil
	}
	r := f.relation(s, Visit, subj, p, i, i+1, i)
	r.Place = p.ent
	return []document.Relation{r}
}

// visitAgain reads a named visitor's visit noun with no place after it
// ("after Gingrich's arrival at 10:30 a.m.") as a visit to the one place
// of the sentence that an earlier visit of the same visitor in the story
// went to: "Gingrich is the first speaker to visit Taiwan" before gives
// Taiwan in "… said after Gingrich's arrival, adding that Taiwan had
// built …". The visitor is a name's possessive (no pronoun: binding
// "his" to the wrong person costs more than it gains).
func (f *finder) visitAgain(s *sentence, i int) []document.Relation {
	if p := s.low(i + 1); p == "to" || p == "of" || p == "in" && s.argAt(i+2) != nil {
		return nil
	}
	subj := f.possessor(s, i)
	if subj == nil || subj.typ == "PRON" || subj.typ == document.MISC || subj.place {
		return nil
	}
	if h := f.hostOf(s, subj); h != nil && h.ent != subj.ent {
		return []document.Relation{f.relation(s, Visit, subj, h, i, i+1, i)} // "Beijing looks forward to Chirac's visit"
	}
	went := map[string]bool{}
	for _, r := range f.rels {
		if r.Type == Visit && r.Subject == subj.ent && r.Object != "" && r.Sentence.Start < s.span.Start {
			went[r.Object] = true
		}
	}
	if len(went) == 0 {
		return nil
	}
	var place *arg
	for k := range s.args {
		a := &s.args[k]
		if !went[a.ent] || !a.place || a.dateline || a.ent == subj.ent {
			continue
		}
		if place != nil && place.ent != a.ent {
			return nil // two places of the earlier visits: which?
		}
		place = a
	}
	if place == nil {
		return nil
	}
	r := f.relation(s, Visit, subj, place, i, i+1, i)
	return []document.Relation{r}
}

// hostWords are the verbs whose place subject hosts the visit they take
// as object: "Beijing was looking forward to Chirac's visit".
var hostWords = set("welcome", "welcomes", "welcomed", "welcoming", "await", "awaits", "awaited", "awaiting", "host",
	"hosts", "hosted", "hosting")

// hostOf returns the place that hosts the visit of the visitor whose
// possessive is v: the place subject of "look forward to", "welcome",
// "await" or "host" right before the possessive; nil if none.
func (f *finder) hostOf(s *sentence, v *arg) *arg {
	k := v.first - 1
	switch {
	case s.in(k, wsHostWords):
	case s.low(k) == "to" && s.low(k-1) == "forward" && strings.HasPrefix(s.low(k-2), "look"):
		k -= 2
	default:
		return nil
	}
	h := f.fbLeft(s, s.verbGroupStart(k), false)
	if h == nil || !h.place || h.typ != document.LOC || h.dateline {
		return nil
	}
	return h
}

// coordinatedPremods gives a country or nationality coordinated with a
// noun trigger's pre-modifying actor the same relation: "the 2003 US and
// British invasion of Iraq" is two attacks. from is the index in f.rels
// of the first relation found in s.
func (f *finder) coordinatedPremods(s *sentence, from int) {
	n := len(f.rels)
	for ri := from; ri < n; ri++ {
		r := f.rels[ri]
		if !IsInteraction(r.Type) || r.SubjectSpan == nil || r.Type == Meet || r.Type == Agree {
			continue
		}
		subj := s.argCovering(*r.SubjectSpan)
		if subj == nil || f.countryOf(s, subj) == "" || s.low(subj.first-1) != "and" {
			continue
		}
		t := subj.last + 1
		for t < len(s.toks) && t <= subj.last+3 && s.toks[t].span.Start < r.Trigger.Start && s.toks[t].arg < 0 && isLower(s.toks[t].text) &&
			!s.in(t, wsPrepsBefore) && !s.in(t, wsVerbGroup) && !isSegmentEnd(s.toks[t].text) {
			t++
		}
		if t >= len(s.toks) || s.toks[t].span.Start != r.Trigger.Start {
			continue // the actor must modify the trigger noun
		}
		a := s.argAt(subj.first - 2)
		if a == nil || a.ent == subj.ent || a.ent == r.Object || a.typ != document.MISC && a.typ != document.LOC || f.countryOf(s, a) == "" {
			continue
		}
		x := r
		sp := a.span
		x.Subject, x.SubjectSpan = a.ent, &sp
		f.add(s, x)
	}
}
