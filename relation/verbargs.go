package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// This file widens the argument structures the verbal readers take
// (issue 8): verbs the lexicon knows whose arguments stand where the
// readers in interact.go did not look.

// verbParticles may follow a phrasal participle: "tracked down".
var verbParticles = set("down", "up", "out", "off", "away", "back", "in")

// coordPassive returns the first verb of a passive with an agent that the
// participle at i is coordinated with — "who was tracked down and killed by police",
// "were arrested and charged by" — or -1: the participle shares that
// verb's "be" and so its subject and agent.
func (s *sentence) coordPassive(i int) int {
	if s.low(i-1) != "and" {
		return -1
	}
	j := i - 2
	if verbParticles[s.low(j)] {
		j--
	}
	if j < 1 || s.toks[j].arg >= 0 || !looksParticiple(s.low(j)) {
		return -1
	}
	if !s.beBefore(j) {
		return -1
	}
	// the agent must follow: "were killed and called on Palestinians to
	// act" is a passive and an active verb
	for k := i + 1; k < len(s.toks) && k < i+10 && !isSegmentEnd(s.toks[k].text); k++ {
		if s.low(k) == "by" {
			return j
		}
	}
	return -1
}

// looksParticiple reports whether w may be a past participle: a regular
// "-ed" form or one the lexicon knows.
func looksParticiple(w string) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	return lookupLex(w).form.part
}

// beBefore is passiveBefore's own test, without coordination: a form of
// "be" before the verb at i, adverbs aside.
func (s *sentence) beBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		l := s.low(k)
		if s.lexAt(k).in(wsBeForms) && l != "'s" {
			return true
		}
		if l == "also" || l == "not" || l == "n't" || l == "never" || l == "later" || isAdverb(l) {
			continue
		}
		return false
	}
	return false
}

// farAgent reads the "by X" of a passive beyond agent's window when only
// place and time phrases stand between: "was killed in the town of Beit
// Hanoun in the northern Gaza Strip by Israeli soldiers' gunfire". Any
// verb, conjunction, relative word or name that is no place ends the
// search: the "by" then belongs to another clause.
func (s *sentence) farAgent(j int) *arg {
	for k := j; k < len(s.toks) && k < j+18; k++ {
		if s.low(k) == "by" {
			if k < j+8 {
				return nil // agent's own window, which found none
			}
			return s.agentAt(k + 1)
		}
		t := s.toks[k]
		if isSegmentEnd(t.text) || s.in(k, wsVerbGroup) || len(s.lexOf(k).verbs) > 0 || s.in(k, wsWhWords) ||
			t.low == "and" || t.low == "or" || t.low == "but" {
			return nil
		}
		if a := s.argAt(k); a != nil {
			if t.tx < 0 && !(a.place && s.placePhrase(a)) {
				return nil
			}
			k = a.last
			continue
		}
		if !isLower(t.text) && t.tx < 0 {
			return nil
		}
		if strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed") && !s.in(k-1, wsDeterminers) {
			return nil // a participle opens a clause of its own
		}
	}
	return nil
}

// agentAt reads the agent of a passive after "by" at j: the name, over
// the titles objectAt takes, a person after a lower-case title ("by
// opposition leader John Smith"), or a person after a title that lists
// portfolios ("by Culture, Media and Sport Secretary Tessa Jowell").
func (s *sentence) agentAt(j int) *arg {
	if a, _ := s.objectAt(j); a != nil {
		return a
	}
	if p := s.lowerTitledPerson(j); p != nil {
		return p // "by opposition leader John Smith" (fallback3.go)
	}
	if p := s.apposedAgent(j); p != nil {
		return p // "by Borduria's president, Tom Hale," (clauses.go)
	}
	return s.listedTitle(j)
}

// listedTitle reads a person after a title whose portfolio is a list of
// capitalised words with commas and "and": "Culture, Media and Sport
// Secretary Tessa Jowell", "Trade and Industry Secretary Patricia
// Hewitt". The list must end in a title word right before the name.
func (s *sentence) listedTitle(j int) *arg {
	k := s.pastDeterminers(j)
	words := 0
	for ; k < len(s.toks) && k < j+12; k++ {
		t := s.toks[k]
		if a := s.argAt(k); a != nil {
			if a.typ == document.PER && words > 0 && s.in(k-1, wsTitleWords) {
				return a
			}
			if a.typ == document.PER || s.low(a.last+1) != "," && s.low(a.last+1) != "and" {
				return nil
			}
			words, k = words+1, a.last // a portfolio the tagger took for a name ("Media")
			continue
		}
		switch {
		case t.low == "," || t.low == "and" || t.low == "&":
			if words == 0 {
				return nil
			}
		case isCapitalised(t.text) && !isQuoteMark(t.text):
			words++
		default:
			return nil
		}
	}
	return nil
}

// placePhrase reports whether the place a stands in a place phrase: after
// "in", "at", "near", "of" …, determiners and compass words aside ("in
// northern Gaza Strip", "in the town of Jenin").
func (s *sentence) placePhrase(a *arg) bool {
	if s.ofPlace(a) {
		return true
	}
	k := a.first - 1
	for k >= 0 && s.toks[k].arg < 0 && (s.in(k, wsDeterminers) || s.in(k, wsDirections)) {
		k--
	}
	return s.in(k, wsPlacePreps) || s.low(k) == "of"
}

// verbArgs is the verbal readers' second pass over sentence s, whose
// interactions start at rels[from]: verbs the lexicon knows whose
// arguments stand where verbTrigger does not look.
func (f *finder) verbArgs(s *sentence, from int) {
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].arg >= 0 || len(s.lexOf(i).verbs) == 0 {
			continue
		}
		for _, t := range s.lexOf(i).verbs {
			end, inner, ok := s.match(t, i)
			if !ok {
				continue
			}
			if t.typ == Visit {
				f.vesselVisit(s, t, i, end, inner, from)
			}
			if inner == nil && len(t.words) == 0 && t.typ != Agree {
				f.relativeGap(s, t, i, end, from)
			}
			if !f.triggered(s, i, from) {
				f.participleOpener(s, t, i, end, inner)
			}
			if !f.triggered(s, i, from) && inner == nil && len(t.words) == 0 {
				f.namedReduced(s, t, i, end)
			}
			break
		}
	}
}

// triggered reports whether an interaction from rels[from] on has the
// trigger starting at token i.
func (f *finder) triggered(s *sentence, i, from int) bool {
	for _, r := range f.rels[from:] {
		if IsInteraction(r.Type) && r.Trigger.Start == s.toks[i].span.Start {
			return true
		}
	}
	return false
}

// vesselNouns name a ship or a group of ships: a named vessel is the actor
// of a port call ("the destroyer "Qingdao" visited San Diego"; the
// guidelines count naval port calls as visits).
var vesselNouns = set("destroyer", "destroyers", "frigate", "frigates", "tanker", "tankers", "ship", "ships", "warship",
	"warships", "carrier", "carriers", "submarine", "submarines", "cruiser", "cruisers", "vessel", "vessels", "corvette",
	"corvettes", "icebreaker", "fleet", "flotilla", "squadron", "navy", "boat", "boats")

// vesselVisit reads a visit by named vessels, coordinated or not:
// "China's missile destroyer "Qingdao" and fuel tanker
// "Hongze Lake" visited Hawaii and San Diego", "The "Blue Ridge" of the
// U.S. Navy, together with two other warships, visited Shanghai".
func (f *finder) vesselVisit(s *sentence, t *trigger, i, end int, inner *arg, from int) {
	vg := s.verbGroupStart(i)
	subjs := s.vessels(vg)
	if len(subjs) == 0 {
		return
	}
	obj := inner
	if obj == nil {
		obj, _ = s.objectAt(end)
	}
	if obj == nil || obj.typ == "PRON" || obj.typ == document.MISC {
		return
	}
	// the vessels visit, not the navy or the country they belong to
	from0 := s.toks[subjs[len(subjs)-1].first].span.Start
	out := f.rels[:from]
	for _, r := range f.rels[from:] {
		if r.Type == Visit && r.Trigger.Start == s.toks[i].span.Start && r.SubjectSpan != nil && r.SubjectSpan.Start >= from0 {
			continue
		}
		out = append(out, r)
	}
	f.rels = out
	objs := s.visitedPlaces(obj)
	for _, subj := range subjs {
		for _, o := range objs {
			if o.ent == subj.ent && subj.ent != "" {
				continue
			}
			r := f.relation(s, t.typ, subj, o, i, end, vg)
			if subj.ent == "" {
				r.SubjectText = f.doc.Text[subj.span.Start:subj.span.End]
			}
			f.add(s, r)
		}
	}
}

// vessels returns the vessels that are the subject of the verb group at
// vg: quoted names after (or before) a vessel noun, coordinated by "and"
// or commas, over a possessive or a nationality before them, an "of the
// U.S. Navy" after them and an insertion "together with …" before the
// verb. A name no tagger found becomes an argument without entity
// (the relation's SubjectText).
func (s *sentence) vessels(vg int) []*arg {
	k := vg - 1
	ship := false // a vessel noun stands in the subject
	if s.low(k) == "," {
		// ", together with two other warships,"
		m := k - 1
		for m > 0 && m > k-10 && s.low(m) != "," {
			ship = ship || vesselNouns[s.low(m)]
			m--
		}
		if s.low(m) != "," || !(s.low(m+1) == "together" || s.low(m+1) == "along") || s.low(m+2) != "with" {
			return nil
		}
		k = m - 1
	}
	// an of-phrase after the name: "of the U.S. Navy", "of Chinese navy"
	for m := k; m > 0 && m > k-6 && !isSegmentEnd(s.toks[m].text) && len(s.lexOf(m).verbs) == 0 && !s.in(m, wsVerbGroup); m-- {
		if s.low(m) != "of" {
			continue
		}
		if isQuoteMark(s.toks[m-1].text) || vesselNouns[s.low(m-1)] {
			for x := m + 1; x <= k; x++ {
				ship = ship || vesselNouns[s.low(x)]
			}
			k = m - 1
		}
		break
	}
	// a vessel noun after the name: "Zhenghe" Training Ship
	if !isQuoteMark(s.tokText(k)) {
		m, noun := k, false
		for ; m > 0 && m > k-3 && s.toks[m].arg < 0 && !isQuoteMark(s.toks[m].text) && !isSegmentEnd(s.toks[m].text) && len(s.lexOf(m).verbs) == 0; m-- {
			noun = noun || vesselNouns[s.low(m)]
		}
		if noun && isQuoteMark(s.tokText(m)) {
			k, ship = m, true
		}
	}
	var out []*arg
	for {
		name, open := s.quotedName(k)
		if name == nil {
			break
		}
		m := open - 1
		// descriptors before the name: "China's missile destroyer"
		for ; m >= 0 && m > open-8; m-- {
			l := s.low(m)
			if vesselNouns[l] {
				ship = true
				continue
			}
			if a := s.argAt(m); a != nil {
				if a.typ == document.PER || a.typ == "PRON" {
					return nil
				}
				m = a.first
				continue
			}
			if l == "'s" || s.in(m, wsDeterminers) ||
				isLower(s.toks[m].text) && !s.in(m, wsVerbGroup) && !s.in(m, wsPrepsBefore) && l != "and" && len(s.lexOf(m).verbs) == 0 {
				continue
			}
			break
		}
		out = append(out, name)
		if s.low(m) == "and" || s.low(m) == "," {
			k = m - 1
			continue
		}
		if m >= 0 && !isSegmentEnd(s.toks[m].text) && !s.in(m, wsClauseOpeners) {
			return nil
		}
		break
	}
	if !ship {
		return nil
	}
	return out
}

// quotedName reads a vessel's name in quotes whose closing quote is token
// k: the argument inside, or the capitalised words no tagger took as a
// name (an argument without entity). It returns the name and the opening
// quote's index.
func (s *sentence) quotedName(k int) (*arg, int) {
	if k < 2 || !isQuoteMark(s.toks[k].text) {
		return nil, -1
	}
	m := k - 1
	for m > 0 && m > k-5 && !isQuoteMark(s.toks[m].text) {
		if !isCapitalised(s.toks[m].text) {
			return nil, -1
		}
		m--
	}
	if m == k-1 || !isQuoteMark(s.toks[m].text) {
		return nil, -1
	}
	if a := s.argAt(m + 1); a != nil && a.first == m+1 && a.last == k-1 {
		return a, m
	}
	for x := m + 1; x < k; x++ {
		if s.toks[x].arg >= 0 {
			return nil, -1
		}
	}
	sp := document.Span{Start: s.toks[m+1].span.Start, End: s.toks[k-1].span.End}
	return &arg{first: m + 1, last: k - 1, span: sp, typ: document.MISC}, m
}

// visitedPlaces returns the place a and the places coordinated after it, a
// place of a place standing for itself: "Hawaii and California's San
// Diego" gives Hawaii and San Diego.
func (s *sentence) visitedPlaces(a *arg) []*arg {
	out := []*arg{a}
	for k := a.last + 1; k < len(s.toks); {
		final := s.low(k) == "and"
		if !final && s.low(k) != "," {
			break
		}
		j := k + 1
		if s.low(j) == "and" {
			j, final = j+1, true
		}
		b := s.argAt(s.pastDeterminers(j))
		if b == nil || !b.place {
			break
		}
		if c := s.argAt(b.last + 2); c != nil && s.low(b.last+1) == "'s" && c.place {
			b = c // "California's San Diego"
		}
		out = append(out, b)
		k = b.last + 1
		if final {
			break
		}
	}
	return out
}

// britishL returns the stem with a doubled "l" that British spelling
// inflects a verb ending in a consonant, one "e" or "a" and "l" on
// ("travel": "travelling", "travelled"; "cancel", "signal"), "" for other
// verbs ("appeal", "kill").
func britishL(lemma string) string {
	n := len(lemma)
	if n < 5 || lemma[n-1] != 'l' || lemma[n-2] != 'e' && lemma[n-2] != 'a' || strings.ContainsRune("aeiou", rune(lemma[n-3])) {
		return ""
	}
	return lemma + "l"
}

// memberNouns after a group's name make it the actor: "G7 nations", "EU
// governments".
var memberNouns = set("nations", "countries", "states", "members", "governments", "partners", "allies")

// appositiveMarkers open an appositive that singles out members of a
// group: "G7 nations, in particular the US,".
var appositiveMarkers = set("particular", "particularly", "especially", "notably", "including", "chiefly", "mainly")

// relativeGap reads a relative clause whose object is the relative
// pronoun, when its subject is more than one name: "its exchange rate,
// which G7 nations, in particular the US, have blamed for …" (G7 and the
// US), "which Germany and France have condemned". The object is the
// antecedent, or the owner of a possessed antecedent, as gapObject
// (agents.go) reads it for a single subject.
func (f *finder) relativeGap(s *sentence, t *trigger, i, end, from int) {
	oj := end
	if sentenceEnd(s.low(oj)) {
		oj = len(s.toks) // the sentence ends
	}
	if oj < len(s.toks) && !isSegmentEnd(s.toks[oj].text) && !s.in(oj, wsPrepsBefore) && s.low(oj) != "as" && s.toks[oj].tx < 0 {
		return // an object follows
	}
	vg := s.verbGroupStart(i)
	subjs, first := s.gapSubjects(vg)
	if len(subjs) == 0 {
		return
	}
	obj := f.gapObject(s, t.typ, first, oj)
	if obj == nil {
		return
	}
	for _, r := range f.rels[from:] {
		if r.Trigger.Start == s.toks[i].span.Start && r.Object != obj.ent {
			return // the verb has another reading
		}
	}
	for _, subj := range subjs {
		if subj.ent != obj.ent && (subj.typ != document.MISC || s.groupHead(subj) || memberNouns[s.low(subj.last+1)]) {
			f.add(s, f.relation(s, t.typ, subj, obj, i, end, vg))
		}
	}
}

// gapSubjects returns the subjects of a relative clause whose verb group
// starts at vg and the first of them (gapObject reads the relative
// pronoun before it): the
// names coordinated before the verb, a plural noun after the last one
// ("G7 nations"), and the names of an appositive after them (", in
// particular the US,"). It returns nil unless "which" or "whom" stands
// before the subjects, a determiner aside.
func (s *sentence) gapSubjects(vg int) ([]*arg, *arg) {
	k := vg - 1
	var out []*arg
	if s.low(k) == "," {
		m := k - 1
		for m > 0 && m > k-10 && s.low(m) != "," {
			m--
		}
		if s.low(m) != "," {
			return nil, nil
		}
		x := m + 1
		if s.low(x) == "in" {
			x++
		}
		if !appositiveMarkers[s.low(x)] {
			return nil, nil
		}
		for x++; x < k; x++ {
			if a := s.argAt(x); a != nil {
				out = append(out, a)
				x = a.last
				continue
			}
			if !s.in(x, wsDeterminers) && s.low(x) != "and" && s.low(x) != "," {
				return nil, nil
			}
		}
		k = m - 1
	}
	// "G7 nations": a plural noun after the name
	for n := 0; n < 2 && k > 0 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && strings.HasSuffix(s.low(k), "s") &&
		!s.in(k, wsVerbGroup) && !s.in(k, wsDeterminers) && len(s.lexOf(k).verbs) == 0; n++ {
		k--
	}
	head := s.argAt(k)
	if head == nil || head.typ == "PRON" {
		return nil, nil
	}
	first := head
	heads := []*arg{head}
	for _, b := range s.subjectsBefore(head) {
		heads = append(heads, b)
		first = b
	}
	m := first.first - 1
	if s.in(m, wsDeterminers) {
		m--
	}
	if s.low(m) != "which" && s.low(m) != "whom" {
		return nil, nil
	}
	return append(heads, out...), first
}

// participleOpener reads a participle clause opening the sentence, whose
// subject is the main clause's: "Visiting Slovakia, Chernomyrdin said
// …", "Having met Putin, Obama said …". The object must end the clause.
func (f *finder) participleOpener(s *sentence, t *trigger, i, end int, inner *arg) {
	fm := s.lexOf(i).form
	first := i
	if fm.part && s.low(i-1) == "having" {
		first = i - 1 // "Having met Putin, Obama said"
	} else if !fm.ing || s.verbGroupStart(i) != i {
		return
	}
	for k := 0; k < first; k++ {
		if !isQuoteMark(s.toks[k].text) {
			return
		}
	}
	obj := inner
	next := end
	if obj == nil {
		obj, next = s.objectAt(end)
	}
	if obj == nil || obj.typ == "PRON" || obj.typ == document.MISC && !s.groupHead(obj) {
		return
	}
	objs := append([]*arg{obj}, s.coordinated(next)...) // "Having visited Berlin and Paris,"
	if len(objs) > 1 {
		next = objs[len(objs)-1].last + 1
	}
	if s.low(next) != "," {
		return
	}
	if t.typ == Visit && !obj.place && obj.typ != document.PER {
		return
	}
	subj := s.clauseAfter(i)
	if subj == nil || subj.ent == obj.ent || subj.typ == document.MISC || subj.first != s.pastTitles(next+1) {
		return
	}
	if l := s.low(subj.last + 1); l == "," || s.in(subj.last+1, wsPrepsBefore) {
		return // "Visiting Richmond, Virginia, in June, Trump …": a place's state, no subject
	}
	for _, o := range objs {
		if o.ent != subj.ent && (t.typ != Visit || o.place || o.typ == document.PER) {
			f.add(s, f.relation(s, t.typ, subj, o, i, end, i))
		}
	}
}

// pastTitles returns the first token from j on that is neither a
// determiner nor a title word.
func (s *sentence) pastTitles(j int) int {
	for j < len(s.toks) && s.toks[j].arg < 0 && (s.in(j, wsTitleWords) || s.in(j, wsDeterminers)) {
		j++
	}
	return j
}

// passivePhrase returns the tokens [start, stop) of the noun phrase that
// is the subject of a passive whose verb group starts at vg: the words
// before it back to a clause boundary ("why the three had been
// detained": "the three", not the whole sentence); the head of a
// relative clause that is the passive's own ("a motion that had been
// supported by", "his brother, who is linked to the group, was arrested
// by") or that stands inside the phrase ("The party which came to power
// … was condemned by"); the main clause's subject for a passive after a
// conjunction ("The suspect left the colony after being detained by").
// start == stop when there is none.
func (s *sentence) passivePhrase(vg int) (start, stop int) {
	if l := s.low(vg - 1); l == "who" || l == "which" || l == "that" {
		stop = vg - 1
		if s.low(stop-1) == "," {
			stop--
		}
		return s.headPhrase(stop), stop
	}
	if s.low(vg-1) == "," {
		for m := vg - 2; m > 0 && m > vg-30; m-- {
			if s.low(m) == "," && (s.low(m+1) == "which" || s.low(m+1) == "who") {
				return s.headPhrase(m), m
			}
		}
	}
	start, stop = vg, vg
	for start > 0 && !isSegmentEnd(s.toks[start-1].text) {
		if s.in(start-1, wsWhWords) {
			if start == stop || s.in(start, wsDeterminers) || s.in(start, wsNumberWords) {
				break // "why the three had been detained"
			}
			// a relative clause inside the phrase
			return s.headPhrase(start - 1), start - 1
		}
		if s.in(start-1, wsClauseOpeners) {
			if start == stop {
				return s.clauseSubjectPhrase(start - 1)
			}
			break
		}
		if s.in(start-1, wsSpeech) && !s.in(start-2, wsDeterminers) && s.low(start) != "to" {
			break // "officials said the three …"; not "a teacher believed to have …"
		}
		if l := s.low(start - 1); (s.in(start-1, wsBeForms) && l != "'s" || auxiliaries[l]) && s.low(start) != "to" && !s.in(start-2, wsDeterminers) && s.low(start-2) != "to" {
			break // "soldiers were wounded and one was killed": another clause's verb
		}
		start--
	}
	return start, stop
}

// headPhrase returns where the noun phrase ending before token stop
// starts: its nearest determiner or number (over "of": "the leader of the
// group"), back to a verb, a clause word,
// a preposition other than "of" or a boundary (an -ing participle stays
// inside: "a motion criticizing rights violations"); stop if it has none.
func (s *sentence) headPhrase(stop int) int {
	start := stop
	for k := stop - 1; k >= 0 && k > stop-12; k-- {
		if isSegmentEnd(s.toks[k].text) || s.in(k, wsWhWords) || s.in(k, wsClauseOpeners) || s.in(k, wsPrepsBefore) && s.low(k) != "of" {
			break // "traces of the substance in locations around London that …": no phrase
		}
		if s.in(k, wsDeterminers) || s.in(k, wsNumberWords) {
			start = k
			if s.low(k-1) != "of" {
				break // the nearest phrase: "the opposition suggests the prime minister, who"
			}
			continue // "the leader of the group, who"
		}
		if (s.in(k, wsVerbGroup) || s.in(k, wsSpeech) || len(s.lexOf(k).verbs) > 0) && !s.in(k-1, wsDeterminers) && !strings.HasSuffix(s.low(k), "ing") {
			break
		}
	}
	return start
}

// clauseSubjectPhrase returns the subject phrase of the clause that the
// conjunction at k follows: from the segment's first word, a determiner,
// to its first verb ("The unnamed suspect left the colony after …");
// an empty phrase if there is none.
func (s *sentence) clauseSubjectPhrase(k int) (start, stop int) {
	m := k
	for m > 0 && !isSegmentEnd(s.toks[m-1].text) {
		m--
	}
	if !s.in(m, wsDeterminers) || s.toks[m].arg >= 0 {
		return k + 1, k + 1
	}
	for e := m + 1; e < k; e++ {
		if s.toks[e].arg >= 0 {
			break
		}
		if (s.in(e, wsVerbGroup) || len(s.lexOf(e).verbs) > 0 || s.in(e, wsSpeech)) && !s.in(e-1, wsDeterminers) {
			return m, e
		}
	}
	return k + 1, k + 1
}

// passiveObjects returns the names coordinated before obj, the subject of
// a passive whose verb group starts at vg right after it: "John Smith and
// Peter Jones were arrested by police" arrests both.
func (s *sentence) passiveObjects(obj *arg, vg int) []*arg {
	if obj.last+1 != vg {
		return nil
	}
	return s.subjectsBefore(obj)
}

// namedReduced reads a reduced relative with an agent after a name:
// "Russia, backed by China, vetoed …", "Hezbollah fighters backed by Iran"
// is the base's (a phrase); here the name itself is the head. The
// participle must follow the name (or its comma) and "by" the participle;
// a form of "be" before it makes a passive, which verbTrigger reads.
func (f *finder) namedReduced(s *sentence, t *trigger, i, end int) {
	if !s.lexOf(i).form.part || s.low(end) != "by" || s.passiveBefore(i) || t.typ == Meet {
		return // "a debate hosted by CNN": an event's host, no meeting
	}
	h := i - 1
	comma := s.low(h) == ","
	if comma {
		h--
	}
	head := s.argAt(h)
	if head == nil || head.last != h || head.typ == "PRON" || head.typ == document.MISC && !s.groupHead(head) || s.low(head.last+1) == "'s" ||
		s.afterPrep(head.first) {
		return // "a debate in Brooklyn hosted by": the name ends a phrase the participle may modify
	}
	agent := s.agent(end)
	if agent == nil || agent.ent == head.ent || agent.typ == document.MISC && !s.groupHead(agent) {
		return
	}
	if comma {
		// an appositive: closed by a comma or the sentence's end
		k := agent.last + 1
		for _, a := range s.coordinated(k) {
			k = a.last + 1
		}
		for k < len(s.toks) && s.toks[k].tx >= 0 {
			k++
		}
		if l := s.low(k); l != "," && l != "." && l != "" && !s.in(k, wsPrepsBefore) {
			return // "backed by Borduria troops": the troops'
		}
	}
	r := f.relation(s, t.typ, agent, head, i, end, i)
	f.add(s, r)
	for _, a := range s.coordinated(agent.last + 1) {
		if a.ent != head.ent {
			x := r
			sp := a.span
			x.Subject, x.SubjectSpan = a.ent, &sp
			f.add(s, x)
		}
	}
}

// wordBeforeMention returns the lower-case word of the token before token k of
// doc that is outside the mention holding k, "" if none.
func wordBeforeMention(doc *document.Document, k int) string {
	for j := k - 1; j >= 0; j-- {
		if !mentionAt(doc, doc.Tokens[j]) {
			return lowSlice(doc, doc.Tokens[j])
		}
	}
	return ""
}

// participleList reads a list of participles coordinated after a passive's
// verb, from the comma or "and" at k, up to the "by" of their shared
// agent: ", questioned and released by" after "was detained". It returns
// the index of "by", or -1.
func (s *sentence) participleList(k int) int {
	closed := false
	for n := 0; n < 4; n++ {
		switch s.low(k) {
		case ",":
			k++
			if s.low(k) == "and" {
				k, closed = k+1, true
			}
		case "and":
			k, closed = k+1, true
		default:
			return -1
		}
		if isAdverb(s.low(k)) || s.low(k) == "later" || s.low(k) == "then" {
			k++
		}
		if k >= len(s.toks) || s.toks[k].arg >= 0 || !looksParticiple(s.low(k)) {
			return -1
		}
		k++
		if verbParticles[s.low(k)] {
			k++
		}
		if closed {
			if s.low(k) == "by" {
				return k
			}
			return -1
		}
	}
	return -1
}
