package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Recall audit on unseen news, set 7 (branch audit4, docs/relations.md
// "Places taken by force"): wire stories of wars tell an armed advance as
// a place captured, seized or overrun ("the rebels captured Kasenga",
// "Kabila's men seized control of Kipushi"). The lexicon read "capture"
// as an arrest only, and the campaign guard rightly dropped an arrest of
// a place, so the event was lost. The attack is read here when the actor
// is armed (an agent phrase headed by a force noun, a name whose forces
// or men act, or a country) and the thing taken is a place: a state
// "captured" in primaries by a candidate or a party stays unread.

// armedHeads head a phrase that names an armed group.
var armedHeads = set("troops", "soldiers", "army", "military", "navy", "forces", "rebels", "militants",
	"insurgents", "guerrillas", "gunmen", "fighters", "militia", "militias", "men")

// takeVerbs are the past forms that tell a place taken by force; "took"
// and "wrested" only with "control of", and "took control of" only by an
// armed group, not a country ("China took control of Hong Kong" in 1997
// was a handover). "gained control of" is left out for the same reason.
var takeVerbs = set("captured", "seized", "overran", "overrun", "took", "taken", "wrested")

// placeTaken returns the attack told by the verb at i ("captured",
// "seized control of") on a place by an armed actor, nil if none.
func (f *finder) placeTaken(s *sentence, i int) []document.Relation {
	l := s.low(i)
	if !takeVerbs[l] || s.in(i-1, wsBeForms) || s.in(i-2, wsBeForms) && isAdverb(s.low(i-1)) {
		return nil // passive: "was captured by" is read elsewhere, or not at all
	}
	o := i + 1
	if s.low(o) == "control" && s.low(o+1) == "of" {
		o += 2
	} else if l == "took" || l == "taken" || l == "wrested" {
		return nil // "took Kasenga" may be a trip, "gained Ohio" a vote
	}
	if s.low(o) == "the" && capturedPlaces[s.low(o+1)] && s.low(o+2) == "of" {
		o += 3 // "captured the town of Kasenga"
	}
	obj := s.argAt(o)
	if obj == nil || obj.first != o || obj.typ != document.LOC || obj.dateline {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := s.armedActor(vg, l != "took" && l != "taken")
	if subj == nil || subj.ent == obj.ent {
		return nil
	}
	return []document.Relation{f.relation(s, Attack, subj, obj, i, o, vg)}
}

// armedActor returns the armed party whose phrase ends right before the
// verb group at vg: an agent phrase with a force head ("the rebels"), a
// name before "'s" and a force noun ("Kabila's men"), or, when country
// is set, a country; nil otherwise.
func (s *sentence) armedActor(vg int, country bool) *arg {
	k := vg - 1
	if k < 0 {
		return nil
	}
	if a := s.argAt(k); a != nil && a.last == k {
		switch {
		case isPhrase(a.ent):
			if armedHeads[s.low(a.last)] {
				return a
			}
		case country && a.typ == document.LOC && isCountryArg(s, a):
			return a
		}
		return nil
	}
	// "Kabila's men", "the government's forces"
	if armedHeads[s.low(k)] && (s.low(k-1) == "'s" || s.low(k-1) == "’s") {
		if a := s.argAt(k - 2); a != nil && a.last == k-2 && a.typ != document.MISC && a.typ != "PRON" {
			return a
		}
	}
	return nil
}

// takenPlaces runs placeTaken at token i of s and drops the arrest the
// lexicon read on the same verb ("captured" → arrest of a place); from
// is the index in f.rels of the first relation found in s.
func (f *finder) takenPlaces(s *sentence, i, from int) []document.Relation {
	rs := f.placeTaken(s, i)
	if len(rs) == 0 {
		return nil
	}
	tr := s.toks[i].span
	out := f.rels[:from]
	for _, r := range f.rels[from:] {
		if r.Type == Arrest && r.Trigger.Start == tr.Start {
			continue
		}
		out = append(out, r)
	}
	f.rels = out
	return rs
}

// groupSubject makes the subject of r the phrase of a nationality or
// people and the non-state group it heads ("Zairean rebels asked UN
// staff to …", "Kurdish rebels attacked …") when the round-nine guard
// would drop the relation because the nationality does not act for its
// state. The group is a party the guidelines annotate; the phrase
// becomes a placeholder (phrasesubj.go), so phraseSubjects' guards apply
// at the end of Find (no visit, no agreement, a counted or named object
// for a phrase). It reports whether r was rewritten; a group noun that
// modifies a noun after it ("the Irish guerrilla bombing") is no
// subject and gives false.
func groupSubject(doc *document.Document, r *document.Relation) bool {
	if r.SubjectSpan == nil || r.SubjectSpan.End > r.Trigger.Start {
		return false
	}
	i := firstToken(doc, r.SubjectSpan.End)
	for k := i; k < len(doc.Tokens) && k < i+2 && doc.Tokens[k].End <= r.Trigger.Start; k++ {
		w := strings.ToLower(doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End])
		if !nonStateGroups[w] {
			continue
		}
		if !strings.HasSuffix(w, "s") || w == "opposition" {
			return false // "guerrilla bombing", "the opposition party": a modifier
		}
		sp := document.Span{Start: r.SubjectSpan.Start, End: doc.Tokens[k].End}
		r.Subject, r.SubjectSpan = phrasePrefix+doc.Text[sp.Start:sp.End], &sp
		return true
	}
	return false
}

// sentenceEnd reports whether a token closes a sentence: a phrase that
// ends it after a passive's "by" is the agent ("was killed by the
// rebels."), as one before a comma is.
func sentenceEnd(w string) bool { return w == "." || w == "!" || w == "?" }
