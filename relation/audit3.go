package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Two families of interactions missed on unseen Reuters news of 1996
// (branch audit3, docs/relations.md "Recall audit on Reuters news"): an
// agreement told by its noun with both parties around it ("a ceasefire
// agreement between Lebed and the rebel leaders", "Colombia and the
// United States reached an agreement"), and a place taken by force ("the
// rebels took control of Arbil", "Iranian troops entered northern Iraq",
// "government troops overran the town of Tavildara").

// audit3 runs the rules of this file at token i.
func (f *finder) audit3(s *sentence, i int) []document.Relation {
	if rs := f.pactBetween(s, i); rs != nil {
		return rs
	}
	if rs := f.pactReached(s, i); rs != nil {
		return rs
	}
	return f.tookPlace(s, i)
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

// armedNouns head a force that takes places by arms.
var armedNouns = set("troops", "forces", "army", "soldiers", "rebels", "guerrillas", "fighters", "militia",
	"militiamen", "insurgents", "militants", "commandos", "paratroopers", "marines", "tanks", "units")

// forceModifiers stand between a force's owner and its head noun.
var forceModifiers = set("government", "army", "security", "special", "elite", "paramilitary", "rebel", "border")

// fightWords tell that a place changed hands in fighting: "took control
// of Arbil after fighting".
var fightWords = set("fighting", "battle", "battles", "clashes", "offensive", "assault", "attack", "siege", "onslaught")

// seizeVerbs take a place; "entered" only when an armed force is its
// subject, never "entered the market".
// ("captured" and "stormed" are the main tier's.)
var seizeVerbs = set("seized", "seize", "seizes", "overran", "overrun", "overruns", "occupied", "occupy",
	"occupies", "entered", "enter", "enters")

// seizeControlVerbs take "control of" a place; the rule runs at "control",
// so that "took" and "won" stay out of the fallback's gate.
var seizeControlVerbs = set("took", "take", "takes", "taken", "taking", "seized", "gained", "won", "wrested")

// audit3Gate adds the words the rules of this file run at to the
// fallback tier's gate.
func audit3Gate(add func(string)) {
	for _, m := range []map[string]bool{pactNouns, seizeVerbs} {
		for w := range m {
			add(w)
		}
	}
	add("control")
}

// tookPlace reads a place taken by force at the verb (i): "the KDP took
// control of Arbil after fighting", "Iranian troops entered northern
// Iraq", "the rebels overran Foindu" — an attack by the subject on the
// place. The subject is an armed force ("troops", "rebels") or, with a
// word of fighting in the sentence, a named body; the object is a place,
// never a person ("captured the rebel leader" is an arrest).
func (f *finder) tookPlace(s *sentence, i int) []document.Relation {
	w := s.low(i)
	j := i + 1
	switch {
	case s.in(i, wsSeizeVerbs):
	case w == "control" && seizeControlVerbs[s.low(i-1)] && s.low(i+1) == "of":
		i-- // the verb before "control"
		j = i + 3
	default:
		return nil
	}
	end := j // the trigger's end
	if s.in(j, wsDeterminers) && !s.in(j+1, wsDeterminers) {
		if s.argAt(j) == nil {
			j++ // "the town of Tavildara" is read below
		}
	}
	for n := 0; n < 2 && placeModifier(s.low(j)); n++ {
		j++ // "northern Iraq", "rebel-held northern Iraq"
	}
	if (s.low(j) == "town" || s.low(j) == "city" || s.low(j) == "village" || s.low(j) == "capital") && s.low(j+1) == "of" {
		j += 2
	}
	obj := s.argAt(j)
	if obj == nil || obj.first != j || !obj.place || obj.dateline || obj.typ == document.PER || obj.typ == "PRON" {
		return nil
	}
	vg := s.verbGroupStart(i)
	for m := vg; m < i; m++ {
		if s.in(m, wsBeForms) {
			return nil // "Arbil was captured": the place is the subject
		}
	}
	subj, armed := f.armedSubject(s, vg)
	if subj == nil || subj.ent == obj.ent {
		return nil
	}
	if w == "control" && !s.hasFightWord() {
		return nil // "Iraqi troops would take control of Basra": a handover
	}
	if !armed && (w == "entered" || w == "enter" || w == "enters" || subj.typ != document.ORG || !s.hasFightWord()) {
		return nil
	}
	return []document.Relation{f.relation(s, Attack, subj, obj, i, end, vg)}
}

// armedSubject returns the subject on the left of the verb group at vg
// and whether it is an armed force: "Iranian troops", "the rebels of
// the RUF", "Tajik government troops".
func (f *finder) armedSubject(s *sentence, vg int) (*arg, bool) {
	k := vg - 1
	if armedNouns[s.low(k)] {
		// the head noun of the force, its owner right before it or
		// before "government": "Iranian troops", "Tajik government
		// troops"
		m := k - 1
		if forceModifiers[s.low(m)] {
			m--
		}
		a := s.argAt(m)
		if a == nil || a.typ == "PRON" || a.dateline || a.typ == document.MISC && nonStateGroups[s.low(k)] || hyphened(s, a) {
			// "Ethiopian-backed government troops": the backer is not
			// the force
			return nil, false
		}
		return a, true
	}
	a := f.fbLeft(s, vg, false)
	if a == nil || a.typ == "PRON" || a.typ == document.PER || a.dateline || a.typ == document.MISC && !s.groupHead(a) || hyphened(s, a) {
		return nil, false
	}
	return a, armedNouns[s.low(a.last)] || armedNouns[s.low(a.last+1)] || armedNouns[s.low(a.last+2)] && isLower(s.tokText(a.last+1))
}

// compassWords stand before a place's name: "northern Iraq".
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern",
	"northwestern", "southeastern", "southwestern", "central")

// placeModifier reports whether w modifies a place name before it: a
// compass word or who holds it ("rebel-held", "Kurdish-controlled").
func placeModifier(w string) bool {
	return compassWords[w] || strings.HasSuffix(w, "-held") || strings.HasSuffix(w, "-controlled")
}

// hyphened reports whether a's words hold a hyphen: "Ethiopian-backed".
func hyphened(s *sentence, a *arg) bool {
	for t := a.first; t <= a.last; t++ {
		if strings.Contains(s.low(t), "-") {
			return true
		}
	}
	return false
}

// hasFightWord reports whether the sentence tells of fighting.
func (s *sentence) hasFightWord() bool {
	for k := range s.toks {
		if fightWords[s.low(k)] {
			return true
		}
	}
	return false
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
