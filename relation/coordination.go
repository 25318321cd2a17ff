package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Coordination (issue 8): a relation found for one conjunct reaches the
// others, whichever rule found it. The trigger rules already copy a
// relation to the objects of "met Hadley and Schwab" (coordinated) and
// to the subjects of "Shumlin and Leahy endorsed" (coordinatedSubjects);
// this pass, run last on a sentence's relations, adds what they leave:
//
//   - objects joined by "as well as", "along with", "together with"
//     ("criticised Romney as well as Trump", "ordered the office, along
//     with the county prosecutor, to release"); "along with" and
//     "together with" not for meetings, visits and agreements, where the
//     name may go with the subject ("met Kim along with his wife");
//   - names after a phrase object ("urged the Sri Lankan government and
//     the LTTE to"), after an object found by a rule that does not copy
//     to coordinated objects (the dependency tier, the issuers of
//     resolutions), after a quoted name ("the warship “Harbin” and …");
//   - the last of names that together modify a group noun ("to fight
//     the Taliban and al-Qaida insurgency");
//   - a place named with its region's possessive ("Hawaii and
//     California's San Diego");
//   - subjects set off by ", along with X," or ", together with X,"
//     before the verb.
//
// A name that opens a clause of its own ("criticised Ward and Kos
// resigned", "arrested three men and Israel said") is no conjunct.

// coordination adds, for each interaction found in s from f.rels[from]
// on, the same relation with each name coordinated with its object or
// subject that the rules did not give.
func (f *finder) coordination(s *sentence, from int) {
	n := len(f.rels)
	if n == from {
		return
	}
	have := interactionSet{}
	for _, r := range f.rels[from:] {
		if IsInteraction(r.Type) {
			have.add(r)
		}
	}
	named := func(r document.Relation) bool {
		if !IsInteraction(r.Type) || r.Subject == "" || r.SubjectSpan == nil {
			return false
		}
		// a copy would repeat a resolver's error: "He urged …"
		a := s.argCovering(*r.SubjectSpan)
		return a != nil && !(a.typ == "PRON" && a.first == a.last && s.in(a.first, wsPronouns))
	}
	add := func(x document.Relation) {
		if !have.has(x) {
			have.add(x)
			f.add(s, x)
		}
	}
	for ri := from; ri < n; ri++ {
		r := f.rels[ri]
		if !named(r) || r.ObjectSpan == nil {
			continue
		}
		for _, a := range s.objectConjuncts(r) {
			if a.ent == r.Subject || a.ent == r.Object {
				continue
			}
			x := r
			sp := a.span
			x.Object, x.ObjectSpan, x.ObjectText = a.ent, &sp, ""
			if x.Type == Visit && a.place && (r.Place == "" || r.Place == r.Object) {
				x.Place = a.ent
			}
			add(x)
		}
	}
	// then the subjects, of the copies too: "the destroyer “Orca” and
	// the frigate “Marlin” visited Oslo and Bergen"
	n = len(f.rels)
	for ri := from; ri < n; ri++ {
		r := f.rels[ri]
		if !named(r) || r.Type == Meet || r.Type == Agree {
			continue
		}
		for _, a := range []*arg{s.headedSubjectBefore(r), s.subjectAlong(r)} {
			if a != nil && a.ent != r.Subject && a.ent != r.Object {
				x := r
				sp := a.span
				x.Subject, x.SubjectSpan = a.ent, &sp
				add(x)
			}
		}
	}
}

// alongTypes may take "along with" and "together with" for an object:
// not a meeting, a visit or an agreement, whose companion may be the
// subject's.
func alongTypes(typ string) bool { return typ != Meet && typ != Visit && typ != Agree }

// objectConjuncts returns the names coordinated after r's object.
func (s *sentence) objectConjuncts(r document.Relation) []*arg {
	end := -1 // the token after the object
	textObj := r.Object == ""
	if !textObj {
		obj := s.argCovering(*r.ObjectSpan)
		if obj == nil {
			return nil
		}
		end = obj.last + 1
		if obj.typ == document.MISC {
			end = s.groupEnd(obj) // "the Sri Lankan government and the LTTE"
		}
	} else {
		if r.ObjectText == "" {
			return nil
		}
		if k := s.tokenEndingAt(r.ObjectSpan.End); k >= 0 {
			end = k + 1
		}
	}
	if end < 0 || end >= len(s.toks) {
		return nil
	}
	if isQuoteMark(s.toks[end].text) && end > 0 && s.toks[end-1].arg >= 0 {
		end++ // a quoted name: the warship “Harbin” and …
	}
	var out []*arg
	closed := 0 // how many of out a final connector closes
	for k := end; k < len(s.toks); {
		j, final, along, ok := s.connectorAt(k)
		if !ok || along && !alongTypes(r.Type) {
			break
		}
		if textObj && !final {
			break // commas after a phrase: an apposition or a clause
		}
		a, next := s.conjunctAt(j, r.Type, final)
		if a == nil || a.typ == "PRON" || a.dateline {
			break
		}
		if s.opensClause(next, textObj) {
			break // "criticised Ward and Kos resigned"
		}
		if along && s.low(next) == "," {
			next++ // ", along with the prosecutor, to"
		}
		out = append(out, a)
		k = next
		if final {
			closed = len(out)
			if !along {
				break
			}
		}
	}
	// a list ends with a connector: "Germany, Italy and Spain"; commas
	// alone are appositives or clauses
	return out[:closed]
}

// connectorAt reads a connector between conjuncts at k: ",", "and", ",
// and", "as well as", "along with", "together with" (each after an
// optional comma). It returns the token after it, whether it closes a
// list (anything but a bare comma) and whether it is "along with" or
// "together with".
func (s *sentence) connectorAt(k int) (next int, final, along, ok bool) {
	j := k
	comma := s.low(j) == ","
	if comma {
		j++
	}
	switch {
	case s.low(j) == "and":
		return j + 1, true, false, true
	case s.low(j) == "as" && s.low(j+1) == "well" && s.low(j+2) == "as":
		return j + 3, true, false, true
	case (s.low(j) == "along" || s.low(j) == "together") && s.low(j+1) == "with":
		return j + 2, true, true, true
	case comma:
		return j, false, false, true
	}
	return 0, false, false, false
}

// conjunctAt reads a conjunct starting at token j for a relation of type
// typ: an object as objectAt reads it, a quoted name, a place after its
// region's possessive ("California's San Diego"), or, closing a list, a
// name modifying a group noun ("the Taliban and al-Qaida insurgency").
// It returns the name and the token after it.
func (s *sentence) conjunctAt(j int, typ string, final bool) (*arg, int) {
	quoted := j < len(s.toks) && isQuoteMark(s.toks[j].text)
	if quoted {
		j++
	}
	a, next := s.objectAt(j)
	if a == nil {
		k := j
		for k < len(s.toks) && k < j+3 && s.toks[k].arg < 0 && s.in(k, wsDeterminers) {
			k++
		}
		b := s.argAt(k)
		switch {
		case b == nil || b.first != k:
		case b.place && s.low(b.last+1) == "'s":
			// "California's San Diego", "China's Shandong province"
			if p := s.argAt(b.last + 2); p != nil && p.place && p.first == b.last+2 {
				a, next = p, p.last+1
			}
		case final && forceTypes[typ] && b.typ != document.PER && s.modifies(b) && s.in(b.last+1, wsArmedGroupNouns):
			a, next = b, b.last+1
		}
	}
	if a != nil && quoted && next < len(s.toks) && isQuoteMark(s.toks[next].text) {
		next++
	}
	return a, next
}

// forceTypes are the interactions whose object may be a group named by
// the names before its noun: "fight the Taliban and al-Qaida insurgency".
var forceTypes = map[string]bool{Attack: true, Kill: true, Arrest: true, Sanction: true, Threaten: true, Accuse: true, Criticize: true}

// armedGroupNouns are nouns of armed or ruling groups a list of names may
// modify.
var armedGroupNouns = set("insurgency", "insurgents", "militants", "militias", "fighters", "forces", "troops", "rebels",
	"regimes", "governments", "guerrillas", "extremists")

// opensClause reports whether the token at k begins a predicate, so that
// the name before it is a new clause's subject: a speech verb or a past
// tense ("and Kos resigned", "and Israel said"), and with aux an
// auxiliary or a modal too ("and Israel has"). Without aux, "hope Sweden
// and Finland will keep" keeps both names, subjects of the clause the
// verb takes.
func (s *sentence) opensClause(k int, aux bool) bool {
	l := s.low(k)
	lLex := s.lexAt(k)
	switch l {
	case "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "'d",
		"did", "does", "do", "is", "are", "was", "were":
		return aux
	case "said", "says", "told", "tells":
		return true
	}
	if lLex.in(wsIrregularPast) {
		return true
	}
	if aux && !strings.HasSuffix(l, "ing") && (len(lLex.verbs) > 0 || len(lLex.fbVerbs) > 0) {
		return true // "the oil lobby and Ward stands with"
	}
	if fm := lLex.form; fm.past && !fm.part {
		return true
	}
	// a past tense or participle: "resigned"; not "based in" or a
	// reduced relative with "by"
	return len(l) > 4 && strings.HasSuffix(l, "ed") && s.low(k+1) != "by" && s.low(k+1) != "in" && !lLex.in(wsNotVerbs)
}

// subjectAlong returns the name set off after r's subject by ", along
// with X," or ", together with X," before the verb: "Kos, along with
// the Freedom Front, condemned …"; nil if none.
func (s *sentence) subjectAlong(r document.Relation) *arg {
	subj := s.argCovering(*r.SubjectSpan)
	if subj == nil || s.toks[subj.last].span.End > r.Trigger.Start {
		return nil
	}
	k := subj.last + 1
	if s.low(k) != "," {
		return nil
	}
	if (s.low(k+1) != "along" && s.low(k+1) != "together") || s.low(k+2) != "with" {
		return nil
	}
	a, next := s.objectAt(k + 3)
	if a == nil || a.typ == "PRON" || s.low(next) != "," {
		return nil
	}
	if !s.onlyVerbGroup(next+1, r.Trigger.Start) {
		return nil
	}
	return a
}

// pastInsert returns the token after an insert ", along with X," or ",
// as well as X," at k (the object's companion, before the object's
// infinitive: "ordered the office, along with the prosecutor, to"); k
// when there is none.
func (s *sentence) pastInsert(k int) int {
	j, ok := s.insertOpener(k)
	if !ok {
		return k
	}
	a, next := s.objectAt(j)
	if a == nil || s.low(next) != "," {
		return k
	}
	return next + 1
}

// insertOpener reads the opening of an insert at k, a comma and "along
// with", "together with" or "as well as", and returns the token after
// it; ok is false when k opens none.
func (s *sentence) insertOpener(k int) (j int, ok bool) {
	if s.low(k) != "," {
		return k, false
	}
	j = k + 1
	switch {
	case (s.low(j) == "along" || s.low(j) == "together") && s.low(j+1) == "with":
		return j + 2, true
	case s.low(j) == "as" && s.low(j+1) == "well" && s.low(j+2) == "as":
		return j + 3, true
	}
	return k, false
}

// adverbialGerunds are the words before a gerund whose subject is the
// clause's: "met Kim before travelling to Beijing".
var adverbialGerunds = set("before", "after", "while", "upon")

// adverbialSubject returns the subject of a fallback verb's gerund at i
// after "before", "after", "while" or "upon" (vg is its verb group): the
// subject of the interaction found before it in the clause ("Modi met Xi
// in Wuhan before travelling to Beijing"), else the name opening the
// sentence when only a verb follows it ("Modi spoke before travelling
// to"), else the subject of the clause after an opening gerund ("After
// travelling to Oslo, Modi said"); nil if none.
func (s *sentence) adverbialSubject(vg, i int) *arg {
	if s.lastSubj != nil && s.lastSubj.last < vg && !s.clauseBetween(s.lastSubj.last+1, vg-1) {
		return s.lastSubj
	}
	if a := s.mainSubject(vg); a != nil && a.last < vg && s.beforeDeterminers(a.first) < 0 && !s.clauseBetween(a.last+1, vg-1) {
		if l, lx := s.low(a.last+1), s.lexAt(a.last+1); lx.form.past || lx.fbForm.past || irregularPast[l] || verbGroup[l] && l != "to" && l != "as" ||
			strings.HasSuffix(l, "ed") {
			return a
		}
		return nil
	}
	if vg == 1 || vg == 2 && s.low(0) == "but" {
		return s.clauseAfter(i)
	}
	return nil
}

// rebindCoordinatedPronoun gives the pronoun object of the second verb
// of "S V1 O1 and V2 him" the first verb's object when the resolver gave
// it the subject or nothing: "him" cannot be the subject of its own verb
// ("Lavrov met Kim and invited him to visit Russia": Kim). k is the
// pronoun's token; it returns the entity to use ("" to keep id).
func (s *sentence) rebindCoordinatedPronoun(k int, id string) string {
	l := s.low(k)
	if l != "him" && l != "her" {
		return ""
	}
	v := k - 1
	if v < 2 || !isLower(s.toks[v].text) || !strings.HasSuffix(s.low(v), "ed") && !s.in(v, wsIrregularPast) {
		return ""
	}
	c := v - 1
	if s.low(c) == "then" || s.low(c) == "later" || s.low(c) == "also" {
		c--
	}
	if s.low(c) != "and" {
		return ""
	}
	// the subject: the name opening the sentence, its verb right after
	var subj *arg
	for m := 0; m < c; m++ {
		if a := s.argAt(m); a != nil {
			if a.typ == document.PER && s.beforeDeterminers(a.first) < 0 {
				subj = a
			}
			break
		}
		if !isCapitalised(s.toks[m].text) && !s.in(m, wsTitleWords) && !s.in(m, wsDeterminers) {
			return ""
		}
	}
	if subj == nil || id != "" && id != subj.ent {
		return ""
	}
	// the first verb's object: the one person named between the subject
	// and "and", not after a preposition
	var obj *arg
	for m := subj.last + 1; m < c; m++ {
		a := s.argAt(m)
		if a == nil {
			if isSegmentEnd(s.toks[m].text) || s.in(m, wsClauseOpeners) {
				return ""
			}
			continue
		}
		m = a.last
		if a.typ != document.PER || s.afterPrep(a.first) || s.low(a.last+1) == "'s" {
			continue
		}
		if obj != nil && obj.ent != a.ent {
			return ""
		}
		obj = a
	}
	if obj == nil || obj.ent == subj.ent || !s.verbThenObject(subj.last+1, obj.first) {
		return ""
	}
	return obj.ent
}

// verbThenObject reports whether the tokens from j up to the object at o
// are a verb (with its group) and the object's determiners or titles:
// "met", "has met with", "met President".
func (s *sentence) verbThenObject(j, o int) bool {
	k := j
	for k < o && (s.in(k, wsVerbGroup) || isAdverb(s.low(k))) {
		k++
	}
	if k >= o || !isLower(s.toks[k].text) {
		return false
	}
	k++ // the verb
	if s.low(k) == "with" {
		k++
	}
	for k < o && s.toks[k].arg < 0 && (s.in(k, wsDeterminers) || s.in(k, wsTitleWords) || isCapitalised(s.toks[k].text)) {
		k++
	}
	return k == o
}

// headedSubjectBefore returns the name coordinated before r's subject
// when each stands after its own head noun or in quotes, which the
// subject lists of coordinatedSubjects do not read: "the destroyer
// “Orca” and the frigate “Marlin” visited Oslo"; nil if none. The
// subject must stand right before its verb, the name before it open its
// noun phrase (no preposition, no possessive before it).
func (s *sentence) headedSubjectBefore(r document.Relation) *arg {
	a := s.argCovering(*r.SubjectSpan)
	if a == nil || a.typ == "PRON" || a.typ == document.MISC || s.toks[a.last].span.End > r.Trigger.Start {
		return nil
	}
	after := a.last + 1
	if after < len(s.toks) && isQuoteMark(s.toks[after].text) {
		after++
	}
	if !s.onlyVerbGroup(after, r.Trigger.Start) {
		return nil
	}
	k := a.first - 1
	quoted := k >= 0 && isQuoteMark(s.toks[k].text)
	if quoted {
		k--
	}
	heads := 0 // the head noun phrase before the name: "the frigate"
	for k >= 0 && heads < 4 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && s.low(k) != "and" && !s.in(k, wsPrepsBefore) &&
		!s.in(k, wsVerbGroup) && len(s.lexAt(k).verbs) == 0 && !isSegmentEnd(s.toks[k].text) {
		k--
		heads++
	}
	if heads == 0 && !quoted || heads > 0 && !s.in(k+1, wsDeterminers) && !quoted {
		return nil
	}
	if s.low(k) != "and" {
		return nil
	}
	k--
	if k >= 0 && isQuoteMark(s.toks[k].text) {
		k--
	}
	p := s.argAt(k)
	if p == nil || p.last != k || p.typ == "PRON" || p.typ == document.MISC || (p.typ == document.PER) != (a.typ == document.PER) {
		return nil
	}
	// p opens its noun phrase: a head noun, a possessive or the sentence's
	// start before it, no preposition
	m := p.first - 1
	if m >= 0 && isQuoteMark(s.toks[m].text) {
		m--
	}
	for n := 0; m >= 0 && n < 4 && s.toks[m].arg < 0 && (isLower(s.toks[m].text) || s.in(m, wsDeterminers)) && !s.in(m, wsPrepsBefore) &&
		!s.in(m, wsVerbGroup) && s.low(m) != "and" && len(s.lexAt(m).verbs) == 0; n++ {
		m--
	}
	if m >= 0 && s.low(m) == "'s" {
		if b := s.argAt(m - 1); b != nil {
			m = b.first - 1
		}
	}
	if m >= 0 && !isSegmentEnd(s.toks[m].text) {
		return nil
	}
	return p
}
