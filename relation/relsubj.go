package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Subjects across appositions and relative clauses (branch relsubj).
// A precision audit found verbs given the wrong name of an apposition
// chain: "DeMoro, director of National Nurses United, a union that
// endorsed Sanders, criticized Clinton" had the criticism given to the
// union (subjectLeft skipped the union's apposition and took the name
// after "director of"), and "Grant, a spokesman for the Farmers Union,
// which has condemned the tariffs" had the condemnation given to Grant
// (the union, after a preposition, was passed over for the name before
// it). Two rules of English decide these:
//
//   - the subject of a verb right after a relative pronoun ("who",
//     "which", "that") is the pronoun's antecedent: the name right before
//     it, or, for a common noun phrase ("a union that", "the senator
//     who"), the name that phrase is in apposition to;
//   - an organisation or place after "TITLE of" in an apposition ("X,
//     director of Y") is the complement of the title, and the title phrase
//     describes the name before it: the apposition's head, X, is the
//     subject of the verb after the apposition.

// relativeAntecedent reads a verb group at vg that opens a subject
// relative clause: the relative pronoun right before it, with "," or a
// noun (a parenthesis aside: "Sen. Kos (D-Mo.), who") before the
// pronoun. It returns rel false when there is no such pronoun or when
// its antecedent cannot be told (the older readers then decide); else
// the antecedent, nil when it is no party ("the bombing, which").
func (s *sentence) relativeAntecedent(vg int) (a *arg, rel bool) {
	p := vg - 1
	w := s.low(p)
	if w != "who" && w != "which" && w != "that" || s.toks[p].arg >= 0 {
		return nil, false
	}
	h := p - 1
	comma := s.low(h) == ","
	if comma {
		h--
	}
	if w == "that" && comma {
		return nil, false // ", that …": no restrictive relative
	}
	if s.low(h) == ")" {
		// "Sen. Claire Kos (D-Mo.), who": the name before the parenthesis
		m := h - 1
		for m > 0 && m > h-8 && s.low(m) != "(" {
			m--
		}
		if s.low(m) != "(" {
			return nil, false
		}
		h = m - 1
	}
	if h < 0 {
		return nil, false
	}
	if b := s.argAt(h); b != nil && b.last == h {
		if b.typ == document.MISC && !s.groupHead(b) || b.dateline || s.low(h) == "'s" {
			return nil, false
		}
		if b.typ == document.LOC && s.afterPrep(b.first) {
			// "an attack in northern Gaza that killed", "three men from
			// Java who carried out": the clause may be the noun's before
			// the place; the readers before this one decide
			return nil, false
		}
		if w == "that" && b.typ == document.PER {
			// "a group led by Jean Kos that backed": a person takes
			// "who"; the clause is the noun's before
			return nil, false
		}
		if w == "who" && b.typ != document.PER && b.typ != "PRON" && b.typ != document.MISC {
			// "the leader of Britain, who met": the person the place
			// or organisation names the office of
			if h := s.titleOfHead(b); h != nil {
				return h, true
			}
			return nil, false
		}
		if b.typ == "PRON" {
			return b, true
		}
		// "Conservative Solutions, a super PAC that": the name the
		// phrase is in apposition to; "a super PAC that", no name: a
		// generic phrase, left to the older readers
		start := s.phraseStart(b.first - 1)
		if x := s.apposedName(start); x != nil && start < b.first {
			return x, true
		}
		if s.low(start) == "a" || s.low(start) == "an" {
			return nil, false
		}
		return b, true
	}
	if !isLower(s.tokText(h)) || s.in(h, wsVerbGroup) || s.in(h, wsPrepsBefore) || s.in(h, wsSpeech) || len(s.lexAt(h).verbs) > 0 && !s.in(h, wsTitleWords) {
		return nil, false // "said that", "so that", "now that": no noun before the pronoun
	}
	// a common noun phrase: the name it is in apposition to ("National
	// Nurses United, a union that", "Rendell, a former Pennsylvania
	// governor, who"); else the older readers decide ("the Ethiopian
	// government, which")
	if x := s.apposedName(s.phraseStart(h)); x != nil && (w != "who" || x.typ == document.PER) {
		return x, true
	}
	return nil, false
}

// phraseStart returns the first token of the noun phrase ending at h:
// back over lower-case words and names used as modifiers ("a former
// Pennsylvania governor") to its determiner, at most six tokens.
func (s *sentence) phraseStart(h int) int {
	k := h + 1
	for k > 0 && k > h-5 && !s.in(k-1, wsPrepsBefore) && !s.in(k-1, wsVerbGroup) && s.low(k-1) != "and" && s.low(k-1) != "or" {
		if b := s.argAt(k - 1); b != nil {
			if b.typ == "PRON" || b.typ == document.PER || b.last+1 > h {
				break
			}
			k = b.first
			continue
		}
		if !isLower(s.tokText(k - 1)) {
			break
		}
		k--
		if s.in(k, wsDeterminers) {
			break
		}
	}
	return k
}

// apposedName returns the name right before a phrase starting at start
// that the phrase is set off from by a comma, in apposition to it: "Jan
// Kos, a former adviser"; nil when there is none.
func (s *sentence) apposedName(start int) *arg {
	if s.low(start-1) != "," {
		return nil
	}
	b := s.argAt(start - 2)
	if b == nil || b.last != start-2 || b.typ == document.MISC || b.typ == "PRON" || b.dateline {
		return nil
	}
	if b.typ == document.LOC && s.afterPrep(b.first) {
		return nil // "Democracy for America, an organization that": a longer name's end
	}
	if !s.in(start, wsDeterminers) && (s.afterPrep(b.first) || s.low(b.first-1) == "than") {
		// "more votes than Sanders, superdelegates who": the comma
		// closes a clause; "from Oberndorf, a California investor who"
		// is an apposition
		return nil
	}
	return b
}

// titleOfHead returns the name an organisation or place after "TITLE of"
// belongs to as the title's complement: the name before the title phrase,
// set off by a comma ("DeMoro, director of National Nurses United") or
// right before "of" ("John Howard of Australia"). It returns nil when
// a is not so placed.
func (s *sentence) titleOfHead(a *arg) *arg {
	if a.typ == document.PER || a.typ == "PRON" {
		return nil
	}
	k := a.first - 1
	for k >= 0 && s.toks[k].arg < 0 && s.in(k, wsDeterminers) && s.low(k) != "of" {
		k--
	}
	if s.low(k) != "of" {
		return nil
	}
	if b := s.argAt(k - 1); b != nil && b.typ == document.PER && b.last == k-1 {
		return b // "John Howard of Australia"
	}
	if !s.in(k-1, wsTitleWords) || s.toks[k-1].arg >= 0 {
		return nil
	}
	k--
	for m := 0; k > 0 && m < 5 && s.toks[k-1].arg < 0 && isLower(s.tokText(k-1)) && !s.in(k-1, wsPrepsBefore) && !s.in(k-1, wsVerbGroup) &&
		s.low(k-1) != "and" && s.low(k-1) != "or"; m++ {
		k--
	}
	if s.low(k-1) != "," {
		return nil
	}
	b := s.argAt(k - 2)
	if b == nil || b.last != k-2 || b.typ != document.PER || b.dateline {
		return nil
	}
	return b
}

// relativeBetween reports whether a relative pronoun ("that" after a
// noun) opens a clause between tokens i and j: the "which" of "the Green Party, which has
// backed Walker, met Grant", whose object is no object of the verb at j.
func (s *sentence) relativeBetween(i, j int) bool {
	for k := i; k < j; k++ {
		switch {
		case s.in(k, wsRelPronouns): // who, whom, which, whose
			if s.toks[k].arg < 0 {
				return true
			}
		case s.low(k) == "that":
			if s.nounBefore(k) {
				return true // "a union that endorsed", not "said that"
			}
		}
	}
	return false
}

// relativeObject reports whether the argument a, before the finite verb
// group at vg, is the object of a relative clause's verb rather than the
// verb group's subject: "The senator who met Ann Gale criticized Ken
// Ward" (Ann Gale criticized nobody). The relative pronoun opens no
// clause after a verb of saying ("said who"). It returns the relative
// pronoun's antecedent when a name (nil otherwise) and true when a is
// so placed.
func (s *sentence) relativeObject(a *arg, vg int) (*arg, bool) {
	k := a.first - 1
	for k >= 0 && s.toks[k].arg < 0 && (s.in(k, wsDeterminers) || s.in(k, wsTitleWords)) && s.low(k) != "of" {
		k--
	}
	if k < 1 || s.toks[k].arg >= 0 || !isLower(s.tokText(k)) || s.in(k, wsSpeech) || s.in(k, wsPrepsBefore) {
		return nil, false
	}
	lx := s.lexAt(k)
	if len(lx.verbs) == 0 && !lx.form.past && !lx.fbForm.past && !s.in(k, wsIrregularPast) {
		return nil, false
	}
	v := k
	for v > 0 && (s.in(v-1, wsVerbGroup) || isAdverb(s.low(v-1))) && s.toks[v-1].arg < 0 && !relativePronouns[s.low(v-1)] {
		v-- // "who had earlier met"
	}
	if w := s.low(v - 1); w != "who" && w != "which" && w != "that" {
		return nil, false
	}
	if w := s.low(vg); w == "to" || len(w) > 4 && strings.HasSuffix(w, "ing") {
		return nil, false // "which saw Iraqis voting", "which asked X to approve": X's verb
	}
	if s.low(v-1) == "that" && !s.nounBefore(v-1) {
		return nil, false // "said that X met Y"
	}
	ante, _ := s.relativeAntecedent(v)
	return ante, true
}

// relativePronouns open subject relative clauses.
var relativePronouns = set("who", "which", "that")

// nounBefore reports whether the token before k is a name or a
// lower-case word that is no verb, preposition or verb of saying: the
// "that" at k may be a relative pronoun ("a union that"), not a
// complementizer ("said that").
func (s *sentence) nounBefore(k int) bool {
	return k > 0 && (s.toks[k-1].arg >= 0 || isLower(s.tokText(k-1)) && !s.in(k-1, wsVerbGroup) && !s.in(k-1, wsSpeech) &&
		!s.in(k-1, wsPrepsBefore) && len(s.lexAt(k-1).verbs) == 0)
}

// andInRelative reads a verb group at vg after "and" inside a relative
// clause opened by a subject relative pronoun in the same comma-free
// stretch: "a union that has broken away from other groups and endorsed
// X", "Kos, who met Y and criticized Z". The coordinated verb shares the
// clause's subject, the pronoun's antecedent (nil when it is no name).
// ok is false when no such clause holds vg.
func (s *sentence) andInRelative(vg int) (a *arg, ok bool) {
	for k := vg - 2; k > 0 && k > vg-20; k-- {
		t := s.toks[k].text
		if t == "," || isSegmentEnd(t) || isQuoteMark(t) || t == "(" || t == ")" {
			return nil, false
		}
		w := s.low(k)
		if w != "who" && w != "which" && w != "that" || s.toks[k].arg >= 0 {
			continue
		}
		if w == "that" && !s.nounBefore(k) {
			return nil, false
		}
		v := k + 1
		for v < vg && (s.in(v, wsVerbGroup) || isAdverb(s.low(v))) && s.toks[v].arg < 0 {
			v++ // "that has been", "who later"
		}
		lx := s.lexAt(v)
		if v == vg || s.toks[v].arg >= 0 || !isLower(s.tokText(v)) || !(lx.form.past || lx.form.part || lx.fbForm.past || lx.fbForm.part || s.in(v, wsIrregularPast) || len(lx.verbs) > 0) {
			return nil, false // "the group that Kos leads and": an object relative
		}
		return s.relativeAntecedent(k + 1)
	}
	return nil, false
}
