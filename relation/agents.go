package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Agents (branch agents, issue 8, docs/relations.md, "Agents"): more ways
// to reach the actor of an event told without it in subject position,
// written from the misses of half A of the gold sets and checked on half
// B:
//
//   - the agent of a passive after a place phrase with "of" ("was killed
//     in the town of X by Y") or as "at the hands of Y";
//   - the agent of the event noun a passive killing or attack happened in:
//     "were killed in two airstrikes carried out by Y", which also gives
//     Y's attack on the victims;
//   - the issuer of a document as the actor of what the document does:
//     "passed a resolution slapping sanctions on X", "a decision banning
//     X".

// carryVerbs are the participles between an event noun and its agent:
// "two airstrikes carried out by", "a raid conducted by".
var carryVerbs = set("carried", "conducted", "launched", "staged", "mounted")

// handsOf reads "at the hands of X" at token k and returns X, nil if the
// phrase is not there.
func (s *sentence) handsOf(k int) *arg {
	if s.low(k) != "at" || s.low(k+1) != "the" || s.low(k+2) != "hands" || s.low(k+3) != "of" {
		return nil
	}
	a, _ := s.objectAt(k + 4)
	return a
}

// ofPlace reports whether the argument a names a place after "of" and a
// place noun: "the town of Beit Hanoun".
func (s *sentence) ofPlace(a *arg) bool {
	return s.low(a.first-1) == "of" && s.in(a.first-2, wsOfPlaceNouns)
}

// nounAgent returns the agent given right after the event noun at m: "by
// X", or "carried out by X", "conducted by X"; nil if none.
func (s *sentence) nounAgent(m int) *arg {
	j := m + 1
	if s.in(j, wsCarryVerbs) {
		j++
		if s.low(j) == "out" {
			j++
		}
	}
	if s.low(j) != "by" {
		return nil
	}
	a, _ := s.objectAt(j + 1)
	return a
}

// strikeAgent returns the agent of the attack noun a passive killing or
// attack ending at end happened in, when the agent follows the noun ("in
// two airstrikes carried out by Israeli aircraft"), with the noun's
// token; nil and -1 if none. Only a noun with no target of its own is
// read (the attack noun tier has those).
func (s *sentence) strikeAgent(end int) (*arg, int) {
	for k := end; k < len(s.toks) && k < end+14; k++ {
		if l := s.toks[k].text; l == ";" || l == "." || s.low(k) == "but" || s.low(k) == "while" {
			return nil, -1
		}
		if s.low(k) != "in" && s.low(k) != "during" {
			continue
		}
		for m := k + 1; m < len(s.toks) && m <= k+5; m++ {
			if s.toks[m].arg >= 0 || isSegmentEnd(s.toks[m].text) {
				break
			}
			if !s.in(m, wsAttackNouns) {
				continue
			}
			if p := s.low(m + 1); p == "on" || p == "against" || p == "of" {
				return nil, -1
			}
			if a := s.nounAgent(m); a != nil {
				return a, m
			}
			return nil, -1
		}
	}
	return nil, -1
}

// issuedNouns are documents and decisions whose issuer acts through them:
// "a resolution imposing sanctions", "a decision banning the party".
var issuedNouns = set("resolution", "resolutions", "decision", "decree", "law", "bill", "order", "ruling", "motion",
	"measure", "legislation", "directive", "verdict")

// issueVerbs issue a document or make a decision: "passed a resolution",
// "took a decision".
var issueVerbs = set("passed", "passes", "pass", "passing", "adopted", "adopts", "adopt", "adopting", "approved", "approves",
	"approve", "approving", "issued", "issues", "issue", "issuing", "unanimously", "enacted", "enacts", "enact", "made",
	"makes", "make", "took", "takes", "take", "sponsored", "tabled", "introduced", "handed", "announced", "announces")

// issuerOf returns the actor of a gerund at i that follows a document
// noun: the name right before the noun ("a UN Security Council
// resolution imposing sanctions on X"), else the subject of a verb that
// issues it ("The Security Council passed a resolution slapping
// sanctions on X"); nil if the gerund follows no document or no issuer
// is found ("X welcomed a resolution imposing …" names none).
func (f *finder) issuerOf(s *sentence, i int) *arg {
	k := i - 1
	if !s.in(k, wsIssuedNouns) {
		return nil
	}
	if a := s.argAt(k - 1); a != nil {
		if a.typ != "PRON" && a.typ != document.MISC && s.in(a.first-1, wsDeterminers) {
			return a // "a UN resolution imposing"; not "go ahead with UN resolutions", a forum
		}
		return nil
	}
	m := k - 1
	for m > 0 && m > k-4 && s.toks[m].arg < 0 && isLower(s.toks[m].text) && !s.in(m, wsDeterminers) && !s.in(m, wsPrepsBefore) {
		m-- // "a binding new resolution"
	}
	if !s.in(m, wsDeterminers) {
		return nil
	}
	m--
	if !s.in(m, wsIssueVerbs) || s.toks[m].arg >= 0 {
		return nil
	}
	return f.fbActor(s, s.subjectLeft(s.verbGroupStart(m)))
}

// gapObject returns the object of a verb trigger whose own object slot is
// empty because a relative pronoun before its subject stands for it: "its
// exchange rate, which the United States has blamed for a surge" (the
// rate's owner, China), "Hamas, which Israel accuses of" (the name before
// the pronoun). oj is where the object would start; it must hold a
// preposition, "as", a time or the clause's end. A place stands for the
// object of visits and attacks only ("the town of Beit Hanun, which the
// army blamed on a malfunction": the shelling there is blamed). It
// returns nil when there is no such gap.
func (f *finder) gapObject(s *sentence, typ string, subj *arg, oj int) *arg {
	if oj < len(s.toks) && !isSegmentEnd(s.toks[oj].text) && !s.in(oj, wsPrepsBefore) && s.low(oj) != "as" && s.toks[oj].tx < 0 {
		return nil
	}
	k := subj.first - 1
	if s.in(k, wsDeterminers) {
		k--
	}
	if s.low(k) != "which" && s.low(k) != "whom" {
		return nil
	}
	m := k - 1
	if s.low(m) == "," {
		m--
	}
	if a := s.argAt(m); a != nil {
		if a.typ == document.MISC && !s.groupHead(a) || a.ent == subj.ent || a.place && typ != Visit && typ != Attack {
			return nil
		}
		return a
	}
	if m < 0 || !isLower(s.toks[m].text) || s.in(m, wsPrepsBefore) {
		return nil
	}
	if a := f.possessor(s, m); a != nil && a.ent != subj.ent {
		return a // "its fixed exchange rate, which …": of its owner
	}
	return nil
}

// sanctionedNouns head a noun phrase that may be the target of sanctions
// when no name is: "sanctions on a Macau-based bank".
var sanctionedNouns = set("bank", "banks", "company", "companies", "firm", "firms", "airline", "airlines", "exporter",
	"exporters", "subsidiary", "subsidiaries", "conglomerate", "lender", "lenders", "refinery")

// sanctionedPhrase returns the noun phrase at j when it names a firm or
// a bank a sanction falls on ("a Macau-based bank"), "" if not.
func (s *sentence) sanctionedPhrase(doc *document.Document, j int) (string, document.Span) {
	text, sp := s.nounPhrase(doc, j)
	if text == "" || !sanctionedNouns[strings.ToLower(lastWord(text))] {
		return "", document.Span{}
	}
	return text, sp
}
