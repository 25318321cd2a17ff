package relation

import "github.com/newsgraph/newsgraph/document"

// Interactions missed on unseen Reuters news of 1996 (branch audit3,
// docs/relations.md "Recall audit on Reuters news"): an agreement told by
// its noun with both parties around it ("a ceasefire agreement between
// Lebed and the rebel leaders", "Colombia and the United States reached
// an agreement"). The branch's places taken by force are read by
// placetaken.go.

// audit3 runs the rules of this file at token i.
func (f *finder) audit3(s *sentence, i int) []document.Relation {
	if rs := f.pactBetween(s, i); rs != nil {
		return rs
	}
	return f.pactReached(s, i)
}

// pactNouns name an agreement between two parties.
var pactNouns = set("agreement", "accord", "pact", "treaty", "alliance", "truce", "deal")

// pactVerbs conclude an agreement whose parties are their subject.
var pactVerbs = set("reached", "reach", "reaches", "reaching", "signed", "sign", "signs", "signing", "struck",
	"strike", "strikes", "concluded", "conclude", "concludes", "sealed", "seal", "seals", "clinched", "clinch")

// pactBetween reads "AGREEMENT between X and Y" at the noun (i): X
// agrees with Y. A pair of plain names only: "an accord between Turkey
// and Israel", not "between the two sides".
func (f *finder) pactBetween(s *sentence, i int) []document.Relation {
	if !s.in(i, wsPactNouns) || s.low(i+1) != "between" {
		return nil
	}
	x := s.argAt(i + 2)
	if x == nil || x.first != i+2 || s.low(x.last+1) != "and" {
		return nil
	}
	y := s.argAt(x.last + 2)
	if y == nil || y.first != x.last+2 || !pactParty(s, x) || !pactParty(s, y) || x.ent == y.ent {
		return nil
	}
	if s.low(y.last+1) == "'s" {
		return nil // "between Turkey and Israel's army"
	}
	return []document.Relation{f.relation(s, Agree, x, y, i, i+1, i)}
}

// pactReached reads "X and Y reached (an) (aviation) AGREEMENT" at the
// noun (i): the two coordinated subjects of the verb agree with each
// other. A single subject is left to the lexicon's "reach an agreement
// with".
func (f *finder) pactReached(s *sentence, i int) []document.Relation {
	if !s.in(i, wsPactNouns) || s.low(i+1) == "with" {
		return nil
	}
	k := i - 1
	for k > i-3 && k >= 0 && isLower(s.tokText(k)) && s.toks[k].arg < 0 && !s.in(k, wsDeterminers) && !pactVerbs[s.low(k)] {
		k-- // "a ceasefire agreement", "an aviation accord"
	}
	if s.in(k, wsDeterminers) {
		k--
	}
	if !pactVerbs[s.low(k)] {
		return nil
	}
	vg := s.verbGroupStart(k)
	subj := s.argAt(vg - 1)
	if subj == nil {
		return nil
	}
	list := s.subjectList(subj)
	if len(list) != 2 || list[0].ent == list[1].ent || !pactParty(s, list[0]) || !pactParty(s, list[1]) {
		return nil
	}
	return []document.Relation{f.relation(s, Agree, list[0], list[1], k, i+1, vg)}
}

// pactParty reports whether a is a party that can sign: a named person,
// body or country, or a group acting as one ("the rebel leaders" is not
// an argument; "Palestinians" is), never a dateline.
func pactParty(s *sentence, a *arg) bool {
	return !a.dateline && a.typ != "PRON" && (a.typ != document.MISC || s.groupHead(a))
}

// audit3Gate adds the words the rules of this file run at to the
// fallback tier's gate.
func audit3Gate(add func(string)) {
	for w := range pactNouns {
		add(w)
	}
}

// raisingVerbs report a subject's act in the passive before "to have":
// "Moore is said to have blamed Ward", "he is believed to have met".
var raisingVerbs = set("said", "believed", "reported", "thought", "understood", "known", "alleged", "rumoured",
	"rumored")

// raisedAt reports whether token k is a raising verb of a verb group,
// after a form of "be" and before "to have": verbGroupStart passes it, so
// that the verb after "to have" finds the subject before "is".
func (s *sentence) raisedAt(k int) bool {
	return s.in(k, wsRaisingVerbs) && s.low(k+1) == "to" && s.low(k+2) == "have" && s.in(k-1, wsBeForms)
}
