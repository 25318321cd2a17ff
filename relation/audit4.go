package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Recall audit on unseen news, set 7 (branch audit4): the branch's places
// taken by force are read by placetaken.go.

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
		w := lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)
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
