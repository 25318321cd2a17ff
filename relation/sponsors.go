package relation

import "github.com/newsgraph/newsgraph/document"

// Sponsors of a document (branch relrecall2, docs/relations.md "Negated
// praise, sponsors of documents"): a resolution, motion or report that
// opens its clause and names who presented it acts through them (the
// gold guidelines: "Resolutions, motions and reports: the actor is the
// body that issued them … whichever the sentence names as agent").
//
//	"The resolution, co-sponsored by the United States, Britain and
//	France, demands that Syria cooperate": each sponsor urges Syria;
//	"A motion presented by the Netherlands representing the European
//	Union called on Tehran to …": the Netherlands, not the Union.
//
// The document noun must open the sentence or its clause (after "that"),
// with a determiner, up to three modifiers between ("The UN draft
// resolution"); the sponsors stand right after "by" and, with an
// optional "representing X" or "on behalf of X" and a comma, right
// before the verb group. A document the subject does not open ("X
// welcomed a resolution sponsored by Y, demanding …") gives nothing.

// sponsoredDocs are the documents whose sponsors act through them.
var sponsoredDocs = set("resolution", "resolutions", "motion", "motions", "draft", "bill", "report", "declaration",
	"statement", "proposal", "text", "amendment")

// sponsorVerbs stand between a document and "by": "co-sponsored by",
// "presented by"; a report needs none ("a report by X").
var sponsorVerbs = set("sponsored", "co-sponsored", "cosponsored", "presented", "drafted", "tabled", "proposed",
	"submitted", "introduced", "authored", "put", "backed", "issued", "released", "published", "prepared", "compiled")

// sponsorStart returns the index of the first token after "by" when the
// document phrase opening the clause ends right before position k with
// its sponsor phrase ("The resolution, co-sponsored by"), else -1; k is
// the index of "by".
func (s *sentence) sponsorStart(k int) int {
	if s.low(k) != "by" {
		return -1
	}
	m := k - 1
	if s.low(m) == "forward" && s.low(m-1) == "put" {
		m--
	}
	if sponsorVerbs[s.low(m)] {
		m--
		if s.low(m) == "," {
			m--
		}
	}
	if !sponsoredDocs[s.low(m)] || s.toks[m].arg >= 0 {
		return -1
	}
	// determiner, up to three modifiers ("The UN draft resolution")
	d := m - 1
	for n := 0; n < 3 && d > 0 && !s.in(d, wsDeterminers); n++ {
		if s.toks[d].arg < 0 && !isLower(s.toks[d].text) {
			return -1
		}
		if a := s.argAt(d); a != nil {
			d = a.first
		}
		d--
	}
	if !s.in(d, wsDeterminers) || s.low(d) == "his" || s.low(d) == "her" || s.low(d) == "its" || s.low(d) == "their" {
		return -1
	}
	if d > 0 && s.low(d-1) != "that" && !isQuoteMark(s.toks[d-1].text) {
		return -1
	}
	return s.pastDeterminers(k + 1)
}

// sponsorsBefore returns the sponsors of the document subject of the verb
// group starting at vg, in their order, or nil.
func (s *sentence) sponsorsBefore(vg int) []*arg {
	for k := vg - 2; k > 1 && k >= vg-25; k-- {
		if isSegmentEnd(s.toks[k].text) && s.low(k) != "," {
			return nil
		}
		j := s.sponsorStart(k)
		if j < 0 {
			continue
		}
		list := s.sponsorList(j)
		if len(list) == 0 {
			return nil
		}
		e := list[len(list)-1].last + 1
		if s.low(e) == "representing" || s.low(e) == "on" && s.low(e+1) == "behalf" && s.low(e+2) == "of" {
			for e < vg && s.low(e) != "," {
				e++
			}
		}
		if s.low(e) == "," {
			e++
		}
		if e != vg {
			return nil
		}
		return list
	}
	return nil
}

// sponsorList reads the names listed from token j: "the United States,
// Britain and France"; nil if no name stands at j. Persons, groups and
// organisations and countries only.
func (s *sentence) sponsorList(j int) []*arg {
	a := s.argAt(j)
	if a == nil || a.first != j || !sponsorKind(s, a) {
		return nil
	}
	list := []*arg{a}
	for {
		c, ok := s.connectorAfter(a.last + 1)
		if !ok {
			break
		}
		c = s.pastDeterminers(c)
		b := s.argAt(c)
		if b == nil || b.first != c || !sponsorKind(s, b) {
			break
		}
		list = append(list, b)
		a = b
	}
	if len(list) > 1 && s.low(a.first-1) != "and" && !(s.low(a.first-1) == "the" && s.low(a.first-2) == "and") {
		return list[:1] // commas alone: an apposition
	}
	return list
}

// sponsorKind reports whether a may sponsor a document: a person, an
// organisation, a country or region; no town, no pronoun, no nationality.
func sponsorKind(s *sentence, a *arg) bool {
	switch {
	case a.typ == "PRON", a.dateline:
		return false
	case a.typ == document.MISC:
		return s.groupHead(a)
	case a.place:
		// a country or region ("Britain" is in the region list, not
		// the country list); not a town
		return isRegionOrCountry(s.words(a.first, a.last+1))
	}
	return true
}

// documentSponsor returns the first sponsor of a document subject of the
// verb group at vg (subjectOf), or nil.
func (s *sentence) documentSponsor(vg int) *arg {
	if l := s.sponsorsBefore(vg); len(l) > 0 {
		return l[0]
	}
	return nil
}

// sponsorsWith returns the sponsors listed with a, a sponsor of a
// document subject (coordinatedSubjects), or nil.
func (s *sentence) sponsorsWith(a *arg) []*arg {
	if a.first < 2 {
		return nil
	}
	j := s.sponsorStart(s.beforeDeterminers(a.first))
	if j < 0 {
		return nil
	}
	l := s.sponsorList(j)
	if len(l) < 2 || l[0] != a {
		return nil
	}
	return l
}

// sponsorOfClause returns the first sponsor of a document subject of a
// verb before token i ("The resolution, co-sponsored by X, demands …,
// warning"), or nil.
func (s *sentence) sponsorOfClause(i int) *arg {
	for k := 2; k < i; k++ {
		if isSegmentEnd(s.toks[k].text) && s.low(k) != "," {
			return nil
		}
		if l := s.sponsorsBefore(k); l != nil {
			return l[0]
		}
	}
	return nil
}

// warnedConsequences are the consequences a conditional warning names:
// "warned that further measures are possible if Y does not …".
var warnedConsequences = set("measures", "sanctions", "consequences", "action", "retaliation", "reprisals", "penalties",
	"punishment", "steps", "force")

// warnedIf reads a conditional warning at the warning verb i: "X warned
// that further measures are possible if Y does not cooperate", "X warned
// of sanctions unless Y complies": X threatens Y. A consequence of
// warnedConsequences must come before "if" or "unless" in the clause,
// and the one the condition is on, a name right after it (determiners
// aside; a capital stands for its government: "if Damascus does not"),
// must be followed after "if" by a negation or a refusal ("does
// not", "fails to", "refuses to"); "unless Y" needs none.
func (f *finder) warnedIf(s *sentence, i int, subj *arg, vg int) []document.Relation {
	seen := false
	for k := i + 1; k < len(s.toks) && k <= i+14; k++ {
		l := s.low(k)
		if l == ";" || l == "." || l == "but" || s.toks[k].text == ")" {
			return nil
		}
		if warnedConsequences[l] || f.ownSideActs(s, k, subj) {
			seen = true // (stance3.go) "warned that the United States would act if Y …"
			continue
		}
		if l != "if" && l != "unless" {
			continue
		}
		if !seen {
			return nil
		}
		j := s.pastDeterminers(k + 1)
		y := s.argAt(j)
		if y == nil || y.first != j || y.dateline || y.typ == document.MISC && !s.groupHead(y) || !fbFits(s, Threaten, subj, y) {
			return nil
		}
		if l == "if" {
			n, m := s.low(y.last+1), s.low(y.last+2)
			neg := (n == "does" || n == "do" || n == "did" || n == "will" || n == "would") && (m == "not" || m == "n't") ||
				n == "fails" || n == "fail" || n == "failed" || n == "refuses" || n == "refuse" || n == "refused" || n == "continues" || n == "persists"
			if !neg {
				return nil
			}
		}
		return []document.Relation{f.relation(s, Threaten, subj, y, i, i+1, vg)}
	}
	return nil
}
