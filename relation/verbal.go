package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// verbalTargets are heads of what an attack is made on that only words can
// attack: "attacked the cost of the asylum system", "attacks Blair's
// lies", "attacked the government's plans".
var verbalTargets = set("lies", "lie", "remarks", "remark", "comments", "comment", "statement", "statements",
	"speech", "speeches", "claims", "claim", "policy", "policies", "plan", "plans", "proposal", "proposals",
	"cost", "costs", "tax", "taxes", "handling", "decision", "decisions", "stance", "stances", "rhetoric",
	"strategy", "manifesto", "leadership", "performance", "views", "attitude", "failure", "failures",
	"reforms", "reform", "legislation", "idea", "ideas", "approach", "spending", "promises",
	"promise", "pledge", "pledges", "u-turn", "response", "budget",
	// a person's qualities and a procedure: "attacks on her willingness to
	// accept donations", "attacks on the nomination process"
	"willingness", "process", "record", "character", "integrity", "credibility", "judgment", "judgement",
	"honesty", "temperament", "qualifications", "competence", "motives", "agenda", "candidacy", "positions",
	"values", "patriotism", "ethics", "tactics")

// partyNames are political parties named as what is attacked: in news an
// attack on a party is a speech ("his attack on Labour", "Labour's latest
// attack on the Tories").
var partyNames = set("labour", "tories", "tory", "conservatives", "lib dems", "liberal democrats", "democrats",
	"republicans", "the tories", "the conservatives", "the lib dems", "the liberal democrats",
	"the democrats", "the republicans", "ukip", "snp", "plaid cymru")

// verbalAttack says whether an attack relation is a verbal one, criticism:
// what is attacked is a statement or policy, or a political party, or the
// attack is given a reason or words ("attacked the government over Iraq",
// "attacked X for failing to", "attacked the ODIHR Monday, saying").
func verbalAttack(doc *document.Document, r *document.Relation, head, objHead string) bool {
	if verbalTargets[objHead] || r.Object == "" && verbalTargets[head] ||
		verbalTargets[possessedHead(doc, r.Trigger.End, r.Sentence.End)] {
		return true
	}
	if r.ObjectSpan == nil || r.ObjectSpan.Start < r.Trigger.End {
		return false
	}
	if partyNames[lowText(doc, r.ObjectSpan.Start, r.ObjectSpan.End)] {
		return true
	}
	// the words after the object: "over Iraq", "for failing", ", saying"
	i := firstToken(doc, r.ObjectSpan.End)
	var ws []string
	for k := i; k < len(doc.Tokens) && k < i+6 && doc.Tokens[k].Start < r.Sentence.End; k++ {
		ws = append(ws, lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End))
	}
	if len(ws) >= 2 && ws[0] == "over" && !timeWords[ws[1]] && ws[1] != "the" && ws[1] != "a" {
		return true
	}
	if len(ws) >= 2 && ws[0] == "for" && (strings.HasSuffix(ws[1], "ing") || possessiveDeterminer[ws[1]]) {
		return true
	}
	for k, w := range ws {
		if w == "saying" && (k == 0 || ws[k-1] == ",") {
			return true
		}
		if w == "," && k+1 < len(ws) && ws[k+1] != "saying" {
			break
		}
	}
	return false
}

// possessiveDeterminer are the determiners of a reason's noun phrase:
// "attacked the minister for his remarks".
var possessiveDeterminer = set("his", "her", "its", "their")

// possessedHead is headAfterPossessive with the quotation marks around the
// head left out: "attacks Blair's Tory 'lies'".
func possessedHead(doc *document.Document, at, end int) string {
	i := firstToken(doc, at)
	for k := i; k < len(doc.Tokens) && k < i+8 && doc.Tokens[k].Start < end; k++ {
		w := doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			ws := phraseAfter(doc, doc.Tokens[k].End, end)
			for len(ws) > 0 && strings.Trim(ws[len(ws)-1], "'’") == "" {
				ws = ws[:len(ws)-1]
			}
			if len(ws) == 0 {
				return ""
			}
			return strings.Trim(ws[len(ws)-1], "'’")
		}
		if w == "," || w == ";" || w == "." || w == "(" {
			return ""
		}
	}
	return ""
}
