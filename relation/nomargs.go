package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// Arguments around a noun trigger (branch nomargs, docs/relations.md,
// "Arguments around a noun"). The fallback tier's fbNoun reads a noun's
// object after the type's preposition and its actor before it or after
// "by"; these rules run on the noun triggers it left, where an argument
// stands elsewhere around the noun:
//
//   - a relative clause after the noun names the actor: "talks she held
//     earlier in the day with Y", "the deal Fiat signed with Y";
//   - two names joined by a hyphen before a meeting noun meet: "the
//     Bush-Putin summit", "the Fatah-Hamas talks"; before an agreement
//     noun they agree when it was signed: "under the Egypt-Israel
//     accord";
//   - talks between two named bodies or countries, which the fallback's
//     meeting check (a person on one side) leaves: "The EU formally
//     launched talks with Turkey";
//   - a sentence-opening frame around "their" (or "the") meeting noun
//     before a pair of subjects: "After their talks on Thursday
//     morning, A and B witnessed …";
//   - a body's name before a meeting noun is the other party of whoever
//     attends it: "India, which attends the G7 meeting";
//   - a sanction noun with no target after it: the actor before it (also
//     coordinated, "U.N. and Japanese sanctions") or the one asked to
//     lift it, the target the country the sentence is about, when the
//     clause says the sanctions are lifted, eased or protested against;
//   - an attack's target a bare plural set in a named place: "IRA bomb
//     attacks on pubs in Guildford and Woolwich";
//   - the object a definite description of a country or a town, which
//     names one ("the Israeli withdrawal from the town", "US sanctions
//     imposed last year on the Stalinist state"): the gold's span is
//     the mention nearest the trigger, and the description is it.

// nomType returns the interaction type of a noun trigger at i, looked up
// as fbNoun does.
func (s *sentence) nomType(i int) (string, bool) {
	if s.in(i, wsNounTypeWords) { // a key of one of nounMapType's maps
		if typ, ok := nounMapType(s.toks[i].low); ok {
			return typ, true
		}
	}
	if s.in(i, wsAttackNouns) {
		return Attack, true
	}
	return "", false
}

// nounMapType returns the type the noun-trigger maps give low, in their
// order. Callers test the token bit wsNounTypeWords first: it marks every
// key of these maps (TestTokenBitsCoverTheirMaps).
func nounMapType(low string) (string, bool) {
	if typ, ok := nounTriggers[low]; ok {
		return typ, true
	}
	if typ, ok := fbNouns[low]; ok {
		return typ, true
	}
	if typ, ok := relrulesNouns[low]; ok {
		return typ, true
	}
	if typ, ok := wordnetNouns[low]; ok { // triggers_wordnet.go
		return typ, true
	}
	if typ, ok := cameoNouns[low]; ok { // triggers_cameo.go
		return typ, true
	}
	return "", false
}

// nomArgs runs the rules of this file on a noun trigger at i.
func (f *finder) nomArgs(s *sentence, i int) []document.Relation {
	typ, ok := s.nomType(i)
	if !ok {
		return nil
	}
	if rs := f.relativeActor(s, i, typ); rs != nil {
		return rs
	}
	if rs := f.hyphenPair(s, i, typ); rs != nil {
		return rs
	}
	if rs := f.attendedMeeting(s, i, typ); rs != nil {
		return rs
	}
	if rs := f.placedTargets(s, i, typ); rs != nil {
		return rs
	}
	if rs := f.bodyTalks(s, i, typ); rs != nil {
		return rs
	}
	if rs := f.framedPair(s, i, typ); rs != nil {
		return rs
	}
	return f.describedPlace(s, i, typ)
}

// talkNouns name negotiations and meetings, which bodies and countries
// hold with each other as people do.
var talkNouns = set("talks", "negotiations", "consultations", "dialogue", "discussions", "meeting", "meetings", "summit")

// bodyTalks reads talks of a named body at the noun i, which the
// fallback's type check leaves (a meeting there needs a person): "The EU
// formally launched talks with Turkey", "Russia's talks with the WTO";
// two countries' talks stay unread, as the patterns leave them (whose
// talks are they?). The actor is the possessor, the subject of a light verb
// ("launched", "held", "opened") or of a frame ("is in talks with"); the
// other party the name after "with", a country or an organisation. A
// name before the noun is no actor here ("the FTA talks with China").
func (f *finder) bodyTalks(s *sentence, i int, typ string) []document.Relation {
	if typ != Meet || !talkNouns[s.low(i)] {
		return nil
	}
	j := s.nounGap(i, typ)
	if s.low(j) != "with" {
		return nil
	}
	obj, _ := s.fbObject(j+1, typ)
	if obj == nil || !s.namedBody(obj) {
		return nil
	}
	subj := f.fbPossessor(s, i)
	if subj == nil && !s.verbBetween(i) {
		subj = s.lightVerbSubject(i)
	}
	if subj == nil {
		subj = f.frameSubject(s, i)
	}
	if subj == nil || subj.ent == obj.ent || !s.namedBody(subj) && !isPerson(subj) {
		return nil
	}
	if subj.typ != document.ORG && obj.typ != document.ORG && !isPerson(subj) {
		return nil // "the United States is in talks with Romania": of whom? (news_test.go)
	}
	return []document.Relation{f.relation(s, Meet, subj, obj, i, i+1, i)}
}

// namedBody reports whether a is an organisation or a country (not a
// town, not a nationality).
func (s *sentence) namedBody(a *arg) bool {
	return a.typ == document.ORG && !s.facilityObject(a) || a.typ == document.LOC && isCountryArg(s, a)
}

// relLightVerbs are the verbs of a relative clause after a noun trigger
// whose subject is the noun's actor: "talks she held with", "the deal it
// signed with", "the attacks the group carried out on".
var relLightVerbs = set("held", "had", "made", "paid", "conducted", "launched", "signed", "struck", "reached",
	"staged", "carried", "mounted", "began", "started", "gave", "voiced", "expressed", "announced", "imposed")

// relativeActor reads a relative clause right after the noun at i
// ("talks she held earlier in the day with Palestinian leaders"): its
// subject, a name or a resolved pronoun, is the actor; the object follows
// the type's preposition after the clause's verb, over "out", adverbs and
// time phrases.
func (f *finder) relativeActor(s *sentence, i int, typ string) []document.Relation {
	k := i + 1
	if l := s.low(k); l == "that" || l == "which" {
		k++
	}
	subj := s.argAt(k)
	if subj == nil || subj.first != k || subj.typ == document.MISC || subj.place && !isCountryArg(s, subj) {
		return nil
	}
	v := subj.last + 1
	var partner *arg // "the agreement Israel and Jordan signed"
	if s.low(v) == "and" {
		if b := s.argAt(v + 1); b != nil && b.first == v+1 && b.typ != document.MISC && b.ent != subj.ent {
			partner, v = b, b.last+1
		}
	}
	if l := s.low(v); l == "has" || l == "had" || l == "have" || l == "will" || l == "would" {
		v++ // "the talks he had held with", "the visit she will pay to"
	}
	if !relLightVerbs[s.low(v)] && !(s.low(v) == "pay" && s.low(v-1) == "will") {
		return nil
	}
	j := v + 1
	if s.low(j) == "out" {
		j++
	}
	if partner != nil && (typ == Meet || typ == Agree) && (isPerson(subj) || isPerson(partner) || typ == Agree) {
		// a pair's own meeting or agreement, with no one else after it
		// in its clause
		alone := true
		for k := j; k < len(s.toks) && k < j+5 && !isSegmentEnd(s.toks[k].text); k++ {
			alone = alone && !fbNounPreps[typ][s.low(k)]
		}
		if alone {
			return []document.Relation{f.relation(s, typ, subj, partner, i, i+1, v)}
		}
	}
	// over adverbs and a time phrase: "earlier in the day", "on Monday"
	for n := 0; j < len(s.toks) && n < 6 && !fbNounPreps[typ][s.low(j)]; n++ {
		l := s.low(j)
		if s.toks[j].arg >= 0 || isSegmentEnd(s.toks[j].text) || s.in(j, wsVerbGroup) && !isAdverb(l) {
			return nil
		}
		if l == "in" || l == "on" || l == "at" {
			if j+1 >= len(s.toks) || !(s.toks[j+1].tx >= 0 || s.in(j+1, wsDeterminers) && j+2 < len(s.toks) && (s.low(j+2) == "day" || s.toks[j+2].tx >= 0)) {
				return nil // a place or anything but a time phrase
			}
		}
		j++
	}
	if !fbNounPreps[typ][s.low(j)] || typ == Visit && s.low(j) == "in" {
		return nil
	}
	obj, _ := s.fbObject(j+1, typ)
	if obj == nil {
		return nil
	}
	subj = f.fbActor(s, subj)
	if subj == nil {
		return nil
	}
	if typ == Attack && isPerson(subj) && isPerson(obj) {
		typ = Criticize
	}
	subjs := []*arg{subj}
	if partner = f.fbActor(s, partner); partner != nil {
		subjs = append(subjs, partner) // "the talks Abbas and Olmert held with Rice"
	}
	var out []document.Relation
	for _, a := range subjs {
		for _, o := range s.premodList(j+1, obj) {
			if fbFits(s, typ, a, o) {
				out = append(out, f.relation(s, typ, a, o, i, i+1, v))
			}
		}
	}
	return out
}

// attendedMeeting reads "X attends the G7 meeting" at the noun i: a body
// (an organisation) named right before a meeting noun after a verb of
// taking part (meetingVerbs: "attends", "addressed", "chaired") is met by
// the verb's subject.
func (f *finder) attendedMeeting(s *sentence, i int, typ string) []document.Relation {
	if typ != Meet || !meetingNouns[s.low(i)] || i < 3 {
		return nil
	}
	k := i - 1
	if s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsDeterminers) && !s.in(k, wsPrepsBefore) {
		k-- // "the G7 finance meeting"
	}
	body := s.argAt(k)
	if body == nil || body.typ != document.ORG || body.place {
		return nil
	}
	d := body.first - 1
	if !s.in(d, wsDeterminers) {
		return nil
	}
	v := d - 1
	if !s.in(v, wsMeetingVerbs) && s.low(v) != "attending" {
		return nil
	}
	subj := f.fbLeft(s, s.verbGroupStart(v), false)
	if subj == nil || subj.ent == body.ent || subj.typ == document.MISC {
		return nil
	}
	r := f.relation(s, Meet, subj, body, i, i+1, v)
	if r.Modality == document.Happened {
		s.eventMood(i, &r) // "attends the G7 meeting, to be held …"
	}
	return []document.Relation{r}
}

// liftWords say, near a sanction noun, that the sanctions weigh on
// someone: they are lifted, eased, kept or protested against.
var liftWords = set("lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "relax", "relaxed",
	"relaxing", "protest", "remain", "remains", "end", "ending", "scrap", "scrapped", "suspend", "suspended", "under")

// sanctionTarget reads a sanction noun at i with no target after it:
// the actor is the name before it ("UN sanctions", "U.N. and Japanese
// sanctions": both) or the one asked to lift them ("urging Moscow to
// lift sanctions"); the target is the country opening the sentence
// ("North Korea insisted that UN sanctions … must be lifted"), when a
// word of liftWords stands near the noun in its clause.
func (f *finder) sanctionTarget(s *sentence, i int, typ string) []document.Relation {
	if typ != Sanction || !s.in(i, wsSanctionNouns) || fbNounPreps[Sanction][s.low(i+1)] {
		return nil
	}

	if !s.liftNear(i) {
		return nil
	}
	target := s.firstSubjectIn(0)
	if target == nil || !target.place || !isCountryArg(s, target) || target.last >= i {
		return nil
	}
	var actors []*arg
	lifter := false
	if a := f.premodActor(s, i); a != nil && a.typ != document.PER {
		actors = append(actors, a)
		if s.low(a.first-1) == "and" {
			if b := s.argAt(a.first - 2); b != nil && b.typ != document.PER && b.typ != "PRON" && (b.typ != document.MISC || f.countryOf(s, b) != "") {
				actors = append(actors, b) // "U.N. and Japanese sanctions"
			}
		}
	} else if a := s.lifter(i); a != nil {
		actors = append(actors, a)
		lifter = true
	}
	var out []document.Relation
	for _, a := range actors {
		if a.ent == target.ent || a == target || f.countryOf(s, a) != "" && f.countryOf(s, a) == f.countryOf(s, target) {
			continue
		}
		if lifter && a.first <= target.last+3 && a.first > target.last {
			continue // "Japan urged Moscow …": the subject's own object
		}
		out = append(out, f.relation(s, Sanction, a, target, i, i+1, i))
	}
	return out
}

// sanctionTargets runs sanctionTarget on every sanction noun of s, also
// one inside an earlier trigger ("in protest at US sanctions" is a
// criticism too), unless a sanction was read there; from is the index in
// f.rels of the sentence's first relation.
func (f *finder) sanctionTargets(s *sentence, from int) {
	for i := range s.toks {
		if !s.in(i, wsSanctionNouns) {
			continue
		}
		read := false
		for _, r := range f.rels[from:] {
			if r.Type == Sanction && r.Trigger.Overlaps(s.toks[i].span) {
				read = true
			}
		}
		if read {
			continue
		}
		for _, r := range f.sanctionTarget(s, i, Sanction) {
			f.add(s, r)
		}
	}
}

// liftNear reports whether a word of liftWords stands within six tokens
// before the sanction noun at i or ten after it ("must be lifted"), in
// the same clause segment.
func (s *sentence) liftNear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !isSegmentEnd(s.toks[k].text); k-- {
		if liftWords[s.low(k)] {
			return true
		}
	}
	for k := i + 1; k < len(s.toks) && k <= i+10 && !isSegmentEnd(s.toks[k].text); k++ {
		if liftWords[s.low(k)] {
			return true
		}
	}
	return false
}

// lifter returns the one asked to lift the sanctions at i: the name
// before "to lift" or before "lift" in "demanding that X lift a raft of
// sanctions"; nil if none.
func (s *sentence) lifter(i int) *arg {
	k := i - 1
	for k > 0 && k >= i-5 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !liftWords[s.low(k)] && !isSegmentEnd(s.toks[k].text) {
		k--
	}
	if l := s.low(k); l != "lift" && l != "ease" && l != "end" {
		return nil
	}
	if s.low(k-1) == "to" {
		k--
	}
	a := s.argAt(k - 1)
	if a == nil || a.typ == document.PER || a.typ == document.MISC || a.typ == "PRON" {
		return nil
	}
	return a
}

// placedTargets reads an attack noun at i whose target is a bare plural
// set in a named place ("IRA bomb attacks on pubs in Guildford and
// Woolwich", "his attack on club goers at the Pulse nightclub"), a
// counted plural ("the attacks on three Amman hotels"), or a building
// or group with "a" in a named place ("an attack on a police station in
// Kandahar"): specific targets, as the guidelines want them. The actor
// is the subject of a light verb, the name before the noun or the
// possessor.
func (f *finder) placedTargets(s *sentence, i int, typ string) []document.Relation {
	if typ != Attack || (s.low(i+1) != "on" && s.low(i+1) != "against") {
		return nil
	}
	j := i + 2
	m, width := j, 2
	counted := s.in(m, wsNumberWords) || isDigits(s.low(m))
	single := s.low(m) == "a" || s.low(m) == "an"
	if counted || single {
		m++
		width = 3
	}
	for m < len(s.toks) && m < j+width && !isSegmentEnd(s.toks[m].text) {
		if a := s.argAt(m); a != nil && counted && (a.place || a.typ == document.MISC) {
			m = a.last + 1 // "three Amman hotels"
			continue
		}
		if s.toks[m].arg >= 0 || !isLower(s.toks[m].text) || s.in(m, wsPrepsBefore) || s.in(m, wsDeterminers) || s.in(m, wsVerbGroup) {
			break
		}
		m++
	}
	head := s.low(m - 1)
	plural := strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
	if m == j || s.toks[m-1].arg >= 0 || single && (plural || m == j+1) || !single && !plural || counted && m == j+1 {
		return nil // "pubs", "club goers", "three hotels", "a police station"
	}
	end := m - 1
	if l := s.low(m); l == "in" || l == "at" || l == "near" {
		p := m + 1
		if s.in(p, wsDeterminers) {
			p++
		}
		if place := s.argAt(p); place != nil && (place.place || s.facilityObject(place) || place.typ == document.ORG) {
			end = place.last
			if s.low(end+1) == "and" {
				if b := s.argAt(end + 2); b != nil && b.place {
					end = b.last // "in Guildford and Woolwich"
				}
			}
		}
	}
	if end == m-1 && !counted {
		return nil // a bare plural or "a" needs its place
	}
	// the subject of a light verb first: in "Mateen carried out his
	// attack" the possessive pronoun is the subject's own
	subj := f.carriedOut(s, i)
	if subj == nil {
		subj = s.lightVerbSubject(i)
	}
	if subj == nil {
		subj = f.premodActor(s, i)
	}
	if subj == nil {
		subj = f.fbPossessor(s, i)
	}
	if subj == nil || subj.typ == document.MISC && f.countryOf(s, subj) == "" || subj.place && !isCountryArg(s, subj) {
		return nil
	}
	for k := j; k <= end; k++ {
		if a := s.argAt(k); a != nil && a.ent == subj.ent {
			return nil
		}
	}
	r := f.relation(s, Attack, subj, nil, i, i+1, i)
	sp := document.Span{Start: s.toks[j].span.Start, End: s.toks[end].span.End}
	r.ObjectText, r.ObjectSpan = s.text(f.doc, j, end+1), &sp
	return []document.Relation{r}
}

// premodList returns obj with the nationalities coordinated before it
// from token j: "with Palestinian and Israeli leaders" gives both.
func (s *sentence) premodList(j int, obj *arg) []*arg {
	out := []*arg{obj}
	if obj.typ != document.MISC {
		return out
	}
	for k := j; k < obj.first; {
		a := s.argAt(k)
		if a == nil || a.typ != document.MISC || a.ent == obj.ent {
			break
		}
		if l := s.low(a.last + 1); l != "and" && l != "," {
			break
		}
		out = append(out, a)
		k = a.last + 2
	}
	return out
}

// placeHeads are the head nouns of a definite description that stands
// for a named country or town: "the Stalinist state", "the town".
var placeHeads = set("state", "country", "nation", "regime", "republic", "kingdom", "island", "town", "city",
	"village", "capital", "strip", "enclave", "territory", "peninsula")

// describedPlace reads a sanction, withdrawal, attack or visit noun at i
// whose object after the type's preposition (over a participle and a
// time phrase: "sanctions imposed last year on") is a definite
// description of a place: "the town", "the Stalinist state". The actor
// is a possessive, a name or nationality before the noun, "by X", or for
// a visit framed by "during", "at the start of" … the clause's subject.
func (f *finder) describedPlace(s *sentence, i int, typ string) []document.Relation {
	if typ != Sanction && typ != Withdraw && typ != Attack && typ != Visit {
		return nil
	}
	j := i + 1
	if isParticiple(s.low(j)) && s.toks[j].arg < 0 {
		j++
		for j < len(s.toks) && j < i+6 && (s.toks[j].tx >= 0 || s.low(j) == "last" || s.low(j) == "year") {
			j++ // "imposed last year on"
		}
	}
	if !fbNounPreps[typ][s.low(j)] || typ == Visit && s.low(j) != "to" || typ == Attack && s.low(j) == "of" {
		return nil
	}
	d := j + 1
	if s.low(d) != "the" {
		return nil
	}
	h := d + 1
	for h < len(s.toks) && h < d+3 && !placeHeads[s.low(h)] && !isSegmentEnd(s.toks[h].text) {
		// "the Stalinist state": a nationality or an adjective
		if a := s.argAt(h); a != nil && (a.typ == document.MISC || a.place) {
			h = a.last + 1 // "the Caucasus nation"
			continue
		}
		if s.toks[h].arg >= 0 || !isLower(s.toks[h].text) || s.in(h, wsPrepsBefore) {
			break
		}
		h++
	}
	if !placeHeads[s.low(h)] || s.low(h+1) == "of" || s.low(h+1) == "'s" {
		return nil // "the town of Jenin" is the name's; "the state's"
	}
	for k := d + 1; k < h; k++ {
		if a := s.argAt(k); a != nil && a.typ != document.MISC && !a.place {
			return nil
		}
	}
	subj := f.fbPossessor(s, i)
	if subj == nil && typ == Sanction {
		subj = f.imposer(s, i) // "Moscow has imposed an economic blockade on"
	}
	if subj == nil {
		subj = f.premodActor(s, i)
	}
	if subj == nil && s.low(h+1) == "by" {
		subj, _ = s.objectAt(h + 2)
	}
	if subj == nil && typ == Visit {
		subj = s.framedBy(i, nil) // "X met Y at the start of a whirlwind visit to the island"
	}
	if subj == nil || subj.typ == "PRON" && typ != Visit || subj.typ == document.MISC && f.countryOf(s, subj) == "" {
		return nil
	}
	if typ == Visit && !isPerson(subj) {
		return nil
	}
	r := f.relation(s, typ, subj, nil, i, i+1, i)
	sp := document.Span{Start: s.toks[d].span.Start, End: s.toks[h].span.End}
	r.ObjectText, r.ObjectSpan = s.text(f.doc, d, h+1), &sp
	return []document.Relation{r}
}

// demonymPhrase returns a phrase placeholder (phrasesubj.go) naming the
// country of a nationality adjective the document names nowhere else, ""
// if adj is none: in "the Iranian-backed Hezbollah" Iran backs
// Hezbollah, and the relation's SubjectText says "Iran".
func demonymPhrase(adj string) string {
	c := country.Demonym(strings.ToLower(adj))
	if c == "" {
		return ""
	}
	return phrasePrefix + c
}

// hyphenPair reads "the Bush-Putin summit", "the Fatah-Hamas talks" at a
// meeting noun i, "signed the Israel-Jordan treaty" at an agreement noun:
// the two halves of a hyphenated token up to
// two modifiers before it, each naming a person, an organisation or a
// country of the document, are the two parties.
func (f *finder) hyphenPair(s *sentence, i int, typ string) []document.Relation {
	if typ != Meet && typ != Agree {
		return nil
	}
	k := i - 1
	for k > 0 && k >= i-2 && !strings.Contains(s.toks[k].text, "-") && isLower(s.toks[k].text) && !s.in(k, wsDeterminers) && !s.in(k, wsPrepsBefore) {
		k-- // "the Bush-Putin Slovenia summit", "Fatah-Hamas unity talks"
	}
	if k < 0 {
		return nil
	}
	if typ == Agree && !s.madeAgreement(k) {
		return nil // "talks on a China-Australia free trade agreement": one not made yet
	}
	if b := s.argAt(k); b != nil && b.last == k && (s.low(b.first-1) == "–" || s.low(b.first-1) == "-") {
		// "the EU–Russia summit": the dash its own token, each name
		// its own mention
		a := s.argAt(b.first - 2)
		if a == nil || a.ent == b.ent || a.typ == document.MISC || b.typ == document.MISC || a.typ == "PRON" || b.typ == "PRON" {
			return nil
		}
		r := f.relation(s, typ, a, b, i, i+1, i)
		s.eventMood(i, &r)
		return []document.Relation{r}
	}
	text := s.toks[k].text
	left, right, ok := strings.Cut(text, "-")
	if !ok || strings.Contains(right, "-") || !isCapitalised(left) || !isCapitalised(right) {
		return nil
	}
	tok := s.toks[k].span
	a := f.namedHalf(s, k, left, document.Span{Start: tok.Start, End: tok.Start + len(left)})
	b := f.namedHalf(s, k, right, document.Span{Start: tok.End - len(right), End: tok.End})
	if a == nil || b == nil || a.ent == b.ent {
		return nil
	}
	r := f.relation(s, typ, a, b, i, i+1, i)
	s.eventMood(i, &r)
	return []document.Relation{r}
}

// signVerbs make an agreement.
var signVerbs = set("signed", "sign", "signs", "signing", "reached", "sealed", "struck", "concluded", "inked",
	"clinched", "under")

// madeAgreement reports whether the agreement whose parties' hyphenated
// names stand at token k was made: a verb of signing, or "under", right
// before its determiner and a year ("signed the 1994 Israel-Jordan peace
// treaty", "under the Egypt-Israel accord").
func (s *sentence) madeAgreement(k int) bool {
	m := k - 1
	if m >= 0 && s.toks[m].tx >= 0 {
		m-- // "the 1994 Israel-Jordan treaty"
	}
	if !s.in(m, wsDeterminers) {
		return false
	}
	return signVerbs[s.low(m-1)]
}

// plannedBefore make the event a noun names one to come ("the upcoming
// summit"), hypotheticalBefore one that may not come at all.
var (
	plannedBefore      = set("upcoming", "forthcoming", "planned", "proposed", "scheduled", "next", "coming")
	hypotheticalBefore = set("possible", "potential", "likely", "eventual")
)

// eventMood sets the modality of r, read at the event noun i, from the
// noun phrase itself: a modifier before it ("the upcoming EU-Russia
// summit", "a possible meeting") or a verb of planning or of
// possibility just after it ("the first EU-Ukraine summit, to be held on
// Thursday", "the talks could resume", "the Obama-Xi talks are expected
// to"). The clause's own mood (f.relation) stays when these say nothing.
func (s *sentence) eventMood(i int, r *document.Relation) {
	for k := i - 1; k >= 0 && k >= i-4 && s.toks[k].arg < 0 && !s.in(k, wsDeterminers) && !s.in(k, wsPrepsBefore) && !isSegmentEnd(s.toks[k].text); k-- {
		switch l := s.low(k); {
		case hypotheticalBefore[l]:
			r.Modality = document.Hypothetical
			return
		case plannedBefore[l]:
			r.Modality = document.Planned
			return
		}
	}
	k := i + 1
	if s.low(k) == "," {
		k++ // "summit, to be held on Thursday"
	}
	for end := k + 5; k < len(s.toks) && k < end && !isSegmentEnd(s.toks[k].text) && !s.in(k, wsRelPronouns); k++ {
		switch l := s.low(k); {
		case hypothetic[l]:
			r.Modality = document.Hypothetical
			return
		case planners[l], l == "to" && s.low(k+1) == "be" && (s.low(k+2) == "held" || s.low(k+2) == "signed"):
			r.Modality = document.Planned
			return
		}
	}
}

// combiningForms name a country before a hyphen: "Sino-Japanese talks".
var combiningForms = map[string]string{"sino": "China", "indo": "India", "anglo": "Britain", "franco": "France",
	"russo": "Russia", "turco": "Turkey", "greco": "Greece", "italo": "Italy", "nippo": "Japan", "hispano": "Spain",
	"luso": "Portugal", "austro": "Austria", "germano": "Germany", "polono": "Poland"}

// namedHalf returns the party one half of a hyphenated token names (its
// span sp): a person, an organisation or a country of the document by its
// name, its last word or an alias, or a country by its adjective; nil if
// none or several.
func (f *finder) namedHalf(s *sentence, k int, half string, sp document.Span) *arg {
	names := []string{half}
	if c := country.Demonym(strings.ToLower(half)); c != "" {
		names = append(names, c) // "Israeli-Syrian talks"; "US" is also "United States"
	} else if c := combiningForms[strings.ToLower(half)]; c != "" {
		names = append(names, c) // "Sino-US talks"
	}
	id := ""
	for _, e := range f.doc.Entities {
		if e.Type == document.MISC || e.Type == document.LOC && !isCountry(strings.Fields(e.Name)) && !country.IsAlias(e.Name) {
			continue
		}
		match := false
		for _, n := range names {
			match = match || strings.EqualFold(e.Name, n) || e.Type == document.PER && strings.HasSuffix(e.Name, " "+n)
			for _, al := range e.Aliases {
				match = match || strings.EqualFold(al, n)
			}
		}
		if !match {
			continue
		}
		if id != "" && id != e.ID {
			return nil // two Bushes
		}
		id = e.ID
	}
	if id == "" {
		return nil
	}
	typ := f.ents[id].Type
	return &arg{first: k, last: k, span: sp, ent: id, typ: typ, place: typ == document.LOC}
}

// imposeVerbs put sanctions in place or keep them there.
var imposeVerbs = set("impose", "imposes", "imposed", "imposing", "slap", "slaps", "slapped", "slapping",
	"place", "places", "placed", "placing", "extend", "extends", "extended", "extending", "tighten",
	"tightens", "tightened", "tightening", "renew", "renews", "renewed", "renewing", "expand", "expands",
	"expanded", "expanding")

// imposer returns the subject of a verb of imposing before the sanction
// noun at i, over determiners and up to three modifiers ("has imposed
// an economic blockade"); nil if none.
func (f *finder) imposer(s *sentence, i int) *arg {
	k := i - 1
	for k > 0 && k >= i-4 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !imposeVerbs[s.low(k)] && !s.in(k, wsPrepsBefore) && !isSegmentEnd(s.toks[k].text) {
		k--
	}
	if !imposeVerbs[s.low(k)] {
		return nil
	}
	a := f.fbLeft(s, s.verbGroupStart(k), false)
	if a == nil || a.typ == "PRON" || a.typ == document.PER {
		return nil
	}
	return a
}

// framedPair reads "After their talks on Thursday morning, A and his
// visiting counterpart B witnessed …" at the meeting noun i: a frame
// opening the sentence ("after", "following", "during", "at the end
// of") around "their" or "the" meeting, then a comma and a list of
// subjects, whose every pair met (a person in each pair).
func (f *finder) framedPair(s *sentence, i int, typ string) []document.Relation {
	if typ != Meet || !meetingNouns[s.low(i)] {
		return nil
	}
	k := i - 1
	for k > 0 && k >= i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsDeterminers) && s.low(k) != "their" && !s.in(k, wsPrepsBefore) {
		k-- // "their formal talks"
	}
	if l := s.low(k); l != "their" && l != "the" {
		return nil
	}
	k--
	k, l := s.eventFrame(k, s.low(k))
	if k != 0 || l != "after" && l != "following" && l != "during" {
		return nil
	}
	j := i + 1
	for j < len(s.toks) && j < i+7 && s.low(j) != "," && (s.toks[j].tx >= 0 || s.low(j) == "on" || s.low(j) == "in" || s.low(j) == "here" || s.low(j) == "there") {
		if a := s.argAt(j); a != nil && !a.place {
			return nil
		}
		j++
	}
	if s.low(j) != "," {
		return nil
	}
	var a *arg
	for m := j + 1; m < len(s.toks) && m < j+8; m++ {
		if b := s.argAt(m); b != nil && b.typ != document.MISC {
			a = b
			break
		}
		if !isCapitalised(s.toks[m].text) && s.toks[m].arg < 0 {
			return nil // only a title may stand before the first name
		}
	}
	list := s.subjectList(a)
	if len(list) < 2 && a != nil {
		if b := s.counterpartAfter(a); b != nil {
			list = []*arg{a, b}
		}
	}
	if len(list) < 2 {
		return nil
	}
	var out []document.Relation
	for x := range list {
		for y := x + 1; y < len(list); y++ {
			if list[x].ent != list[y].ent && (isPerson(list[x]) || isPerson(list[y])) {
				out = append(out, f.relation(s, Meet, list[x], list[y], i, i+1, i))
			}
		}
	}
	return out
}

// counterpartAfter returns B in "A and his (visiting Bulgarian)
// counterpart B", nil if a is not so followed.
func (s *sentence) counterpartAfter(a *arg) *arg {
	k := a.last + 1
	if s.low(k) != "and" || (s.low(k+1) != "his" && s.low(k+1) != "her") {
		return nil
	}
	for k += 2; k < len(s.toks) && k < a.last+8; k++ {
		if s.low(k) == "counterpart" {
			b := s.argAt(k + 1)
			if s.low(k+1) == "," {
				b = s.argAt(k + 2)
			}
			if b == nil || b.typ != document.PER || b.ent == a.ent {
				return nil
			}
			return b
		}
		if b := s.argAt(k); b != nil && b.typ == document.MISC {
			k = b.last
			continue
		}
		if !isLower(s.toks[k].text) || s.in(k, wsPrepsBefore) {
			return nil
		}
	}
	return nil
}
