package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Argument choice for pronouns of branch pronsubj (docs/relations.md,
// "Pronoun arguments").

// reportedClauseSubject returns the subject of a reported clause that a
// gerund after "after", "before", "while" … (its verb group at vg)
// belongs to, when that subject is the argument nearest before the gerund
// and follows a verb of saying ("that" or a time expression between): in
// "the party said Thursday it would not back down after withdrawing
// support from the coalition" the one withdrawing is "it", which opens no
// segment of the sentence and is not its first subject, so the rules for
// the clause's subject pass it by. nil if none.
func (s *sentence) reportedClauseSubject(vg int) *arg {
	for k := vg - 2; k > 0 && !isSegmentEnd(s.toks[k].text); k-- {
		a := s.argAt(k)
		if a == nil {
			continue
		}
		if a.typ == document.MISC || s.afterPrep(a.first) {
			return nil
		}
		j := a.first - 1
		if s.low(j) == "that" {
			j--
		}
		for j > 0 && s.toks[j].tx >= 0 {
			j--
		}
		if j >= 0 && s.in(j, wsSpeech) && !s.toks[j].quoted {
			return a
		}
		return nil
	}
	return nil
}

// followersGuard drops the relations whose fixed subject, now found,
// exposes an object its rule misread (found on the precision sets once
// the pronoun subjects were right): a person's name right before a plural
// of his public ("I met a lot of Bernie supporters") is no party met,
// visited or invited, and "campaigning for" a place is running there, no
// support of it ("This is about me campaigning for New Hampshire").
func followersGuard(doc *document.Document, ents map[string]*document.Entity, rs []document.Relation) []document.Relation {
	out := rs[:0]
	for _, r := range rs {
		if r.ObjectSpan != nil && r.Object != "" && (r.Type == Meet || r.Type == Visit || r.Type == Invite) {
			if j := firstToken(doc, r.ObjectSpan.End); j < len(doc.Tokens) && doc.Tokens[j].Start < r.Sentence.End && voterNouns[doc.Slice(doc.Tokens[j])] {
				continue
			}
		}
		if r.Type == Support && r.Object != "" {
			if e := ents[r.Object]; e != nil && e.Type == document.LOC && strings.HasPrefix(lowSlice(doc, r.Trigger), "campaign") {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}
