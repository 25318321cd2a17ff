package relation

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/document"
)

// Sense guards, round eight (branch prec12): written from the moves that
// are no visits of precision set 12, US political news of 2016: "go to the
// debate" (an event attended), "arrived in Congress in 1993" (a seat won),
// "went right back to its panel" (a broadcaster's coverage), "the state
// went to Clinton" (a primary won) and "would come to us and ask" (an
// approach). The guidelines' visit has a place or
// the person visited as its object and a party that travels as its actor.
// Each rule names a kind of thing or a construction, never an article's
// names.

// moveSense returns the verdict of the round-eight guards on r (senseKeep
// when none applies).
func moveSense(doc *document.Document, r *document.Relation, lemma, objHead string) senseVerdict {
	if r.Type != Visit {
		return senseKeep
	}
	// "go to the debate", "went back to its panel of guests": an event
	// attended or a studio's programme, no place visited
	if r.Object == "" && attendedNouns[objHead] {
		return senseDrop
	}
	// "arrived in Congress in 1993": a seat won in a legislature, dated by
	// its year, no visit of the building
	if r.ObjectSpan != nil && r.Object != "" && r.ObjectSpan.Start >= r.Trigger.End &&
		legislatures[lowSlice(doc, *r.ObjectSpan)] && yearAfter(doc, r.ObjectSpan.End, r.Sentence.End) {
		return senseDrop
	}
	// "the state went to Clinton": a place does not travel to a person;
	// its votes went to a candidate
	if r.SubjectSpan != nil && r.ObjectSpan != nil && placeMover(doc, *r.SubjectSpan) &&
		mentionType(doc, *r.ObjectSpan) == document.PER {
		return senseDrop
	}
	// "would come to us and ask", "he comes up to me": a party
	// approaching the speaker, no visit
	if lemma == "come" && r.ObjectSpan != nil && r.ObjectSpan.Start >= r.Trigger.End && speakerObjects[doc.Slice(*r.ObjectSpan)] {
		return senseDrop
	}
	// "came to Shanghai as a student", "arrived in Peru as a refugee": a
	// move to live, study or work there, no visit
	if settleLemmas[lemma] && r.ObjectSpan != nil && r.ObjectSpan.Start >= r.Trigger.End && settledAs(doc, r.ObjectSpan.End, r.Sentence.End) {
		return senseDrop
	}
	return senseKeep
}

// settleLemmas are the moves that, with "as a student", are a move to
// live somewhere.
var settleLemmas = set("come", "go", "arrive", "move", "return", "emigrate", "flee", "immigrate")

// settlerNouns say in what capacity one comes to live somewhere.
var settlerNouns = set("student", "students", "refugee", "refugees", "immigrant", "immigrants", "migrant",
	"migrants", "child", "children", "boy", "girl", "teenager", "baby", "exile", "exiles", "settler", "settlers",
	"worker", "workers", "labourer", "laborer", "labourers", "laborers", "asylum-seeker", "asylum-seekers",
	"orphan", "youth", "resident", "residents")

// settledAs reports whether "as a/an" + a settler noun (one modifier
// between allowed: "as a young student") follows offset at before end.
func settledAs(doc *document.Document, at, end int) bool {
	return asNounAfter(doc, at, end, settlerNouns)
}

// asNounAfter reports whether "as a/an" and a noun of nouns (one
// modifier between allowed: "as a young aide") follow offset at before
// end.
func asNounAfter(doc *document.Document, at, end int, nouns map[string]bool) bool {
	k := firstToken(doc, at)
	word := func(n int) string {
		if n >= len(doc.Tokens) || doc.Tokens[n].Start >= end {
			return ""
		}
		return lowText(doc, doc.Tokens[n].Start, doc.Tokens[n].End)
	}
	if word(k) != "as" {
		return false
	}
	k++
	if w := word(k); w == "a" || w == "an" {
		k++
	}
	return nouns[word(k)] || nouns[word(k+1)]
}

// speakerObjects are the first-person objects of an approach ("us" in
// lower case, not the country "US").
var speakerObjects = set("us", "me")

// attendedNouns head an event one attends or a programme one returns to, not
// a place: "the debate", "a rally", "the polls", "its panel".
var attendedNouns = set("debate", "debates", "rally", "rallies", "caucus", "caucuses", "primary", "primaries",
	"polls", "fundraiser", "fundraisers", "panel", "panels", "broadcast", "programming", "coverage")

// legislatures are the bodies one is elected to.
var legislatures = set("congress", "the congress", "the senate", "senate", "the house", "parliament",
	"the house of representatives", "the legislature", "the state legislature")

// yearAfter says whether "in" and a four-digit year follow at (before end):
// "arrived in Congress in 1993".
func yearAfter(doc *document.Document, at, end int) bool {
	i := firstToken(doc, at)
	if i+1 >= len(doc.Tokens) || doc.Tokens[i+1].Start >= end {
		return false
	}
	if lowText(doc, doc.Tokens[i].Start, doc.Tokens[i].End) != "in" {
		return false
	}
	y := doc.Text[doc.Tokens[i+1].Start:doc.Tokens[i+1].End]
	return len(y) == 4 && strings.IndexFunc(y, func(c rune) bool { return !unicode.IsDigit(c) }) < 0
}

// placeMover says whether a subject span is a place: a place name or a
// phrase headed by a place noun ("the state").
func placeMover(doc *document.Document, sp document.Span) bool {
	if mentionType(doc, sp) == document.LOC {
		return true
	}
	ws := strings.Fields(lowSlice(doc, sp))
	return len(ws) > 0 && capturedPlaces[ws[len(ws)-1]]
}
