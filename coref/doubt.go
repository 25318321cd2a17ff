package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Doubtful reports whether the answer id that Speaker (or a caller's own
// rule) gave for the pronoun at src is in doubt, so that a caller which
// needs to be right, a relation's argument, should rather do without it;
// other is the id of that relation's other argument ("" for none). It
// does not change what Speaker answers.
//
// A he, him, his, she or her is doubtful when id is no person, when id's
// names or honorifics give the other gender ("she" for a Mr or a John),
// or when another person of a fitting gender is named after id's last
// mention in the pronoun's sentence as the subject of the clause that
// holds the pronoun (nearerPerson): "Kos dismissed a report that Lee
// will not back him" may be either man's; or, for a he, his, she, when
// an earlier he or she of the sentence, with no name between, is given
// another entity (otherBefore). A he or she is not in doubt when id
// speaks in the sentence. Descriptions ("the party", "the
// country") are never called doubtful: a rival of the same kind between
// the answer and the description dropped right rows of the dev sets and
// of unseen news ("the committee", "the council", "the nation") and no
// wrong one.
func (r *Resolver) Doubtful(src document.Span, id, other string) bool {
	e := r.byID[id]
	if e == nil {
		return false
	}
	var buf [8]string
	words := appendFields(buf[:0], strings.TrimSpace(r.m.doc.Slice(src)))
	if len(words) == 0 {
		return false
	}
	lw := strings.ToLower(words[0])
	g, ok := pronounGender[lw]
	if len(words) != 1 || !ok {
		return false
	}
	if e.typ != document.PER || e.named != unknown && e.named != g {
		return true
	}
	if (lw == "he" || lw == "she") && r.speaksIn(e, src.Start) {
		return false
	}
	return r.nearerPerson(src.Start, e, g, other) || lw != "him" && lw != "her" && r.otherBefore(src.Start, e, g)
}

// otherBefore reports whether a he or she of gender g stands earlier in
// the sentence of offset at, with no person named between them, and the
// resolver gives it another entity than e: '"…," he said, adding he
// would …' speaks of one man, so one of the two answers is wrong.
func (r *Resolver) otherBefore(at int, e *entity, g gender) bool {
	s := r.m.sentOf(at)
	if s < 0 {
		return false
	}
	start := r.m.sents[s].Start
	for i := r.from(start); i < len(r.m.mentions); i++ {
		mn := r.m.mentions[i]
		if mn.span.Start >= at {
			break
		}
		if mn.span.Start >= start && mn.ent != nil && mn.ent.typ == document.PER {
			start = mn.span.End // only the pronouns after the last name
		}
	}
	for k := r.m.tokenAt(start); k < len(r.m.doc.Tokens) && r.m.doc.Tokens[k].Start < at; k++ {
		w := strings.ToLower(r.m.tok(k))
		if (w == "he" || w == "she") && pronounGender[w] == g {
			t := r.m.doc.Tokens[k]
			if id := r.Speaker(document.Span{Start: t.Start, End: t.End}); id != "" && id != e.id {
				return true
			}
		}
	}
	return false
}

// speaksIn reports whether e is the speaker of a quote whose source lies
// in the sentence of offset at.
func (r *Resolver) speaksIn(e *entity, at int) bool {
	s := r.m.sentOf(at)
	if s < 0 {
		return false
	}
	sent := r.m.sents[s]
	for _, sp := range r.spoken {
		if sp.e == e && sp.at >= sent.Start && sp.at < sent.End {
			return true
		}
	}
	return false
}

// nearerPerson reports whether a person other than e and other, of a
// gender that fits g, is named in the sentence of offset at after e's
// last mention there and is the subject of a clause that holds at: the
// name is followed by a verb (or ", who" and a verb) and no comma, dash,
// bracket or quotation mark stands between it and at ("Kos said that
// Lee will back him", "Lee, who has said he"). A person named in a
// phrase, an aside or a clause closed by a comma before the pronoun
// ("Kos, who met Lee, said he", "since Lee backed him, he") is no such
// rival: the resolver's subject stays the likelier reading.
func (r *Resolver) nearerPerson(at int, e *entity, g gender, other string) bool {
	s := r.m.sentOf(at)
	if s < 0 {
		return false
	}
	start := r.m.sents[s].Start
	from := start
	for i := r.from(start); i < len(r.m.mentions); i++ {
		mn := r.m.mentions[i]
		if mn.span.Start >= at {
			break
		}
		if mn.ent == e && mn.span.Start >= start {
			from = mn.span.End
		}
	}
	for i := r.from(from); i < len(r.m.mentions); i++ {
		mn := r.m.mentions[i]
		if mn.span.Start >= at {
			break
		}
		if mn.span.Start < from || mn.ent == nil || mn.ent == e || mn.ent.typ != document.PER || mn.ent.id == other {
			continue
		}
		if ng := mn.ent.named; ng != g && (ng != unknown || !fits(mn.ent, g)) {
			continue
		}
		if r.subjectOver(mn.span.End, at) {
			return true
		}
	}
	return false
}

// clauseAux are the auxiliaries and modals that may follow a clause's
// subject.
var clauseAux = setOf(`is was are were has have had will would could can should may might must does did do
	also still then never later`)

// sayingVerbs are the -ing forms of speech verbs that make their subject
// the likely "he" of the words reported: "a clip of Kos saying he will".
var sayingVerbs = setOf(`saying telling arguing claiming insisting adding announcing declaring suggesting
	noting warning promising vowing explaining stating acknowledging admitting denying`)

// notVerbs end in -s like a verb but are none: "Kos as leader".
var notVerbs = setOf(`as us its his hers this thus plus versus across yes perhaps`)

// askedWords open a question about the one asked: "asked Lee why he".
var askedWords = setOf(`why whether if how`)

// askVerbs ask someone a question.
var askVerbs = setOf(`ask asks asked asking`)

// askedBefore reports whether an ask verb stands right before the name
// that ends at end (its first token is the one after the verb).
func (r *Resolver) askedBefore(end int) bool {
	k := r.m.tokenAt(end) - 1
	for j := k; j >= 0 && j > k-5; j-- {
		if askVerbs[strings.ToLower(r.m.tok(j))] {
			return true
		}
		if clauseBreaks[r.m.tok(j)] {
			return false
		}
	}
	return false
}

// clauseBreaks end a clause or open an aside.
var clauseBreaks = setOf(`, ; : — – - -- ( ) " “ ” ' ‘ ’ .`)

// subjectOver reports whether the name ending at end is followed by a
// verb (after ", who" too) with no clause break from there to at.
func (r *Resolver) subjectOver(end, at int) bool {
	k, stop := r.m.tokenAt(end), r.m.tokenAt(at)
	if k >= stop {
		return false
	}
	if r.m.tok(k) == "," && k+2 < stop && strings.EqualFold(r.m.tok(k+1), "who") {
		k += 2
	}
	w := strings.ToLower(r.m.tok(k))
	switch {
	case w == "'s" || w == "’s" || notVerbs[w]:
		return false
	case clauseAux[w] || verbLike(w) || sayingVerbs[w]:
	case askedWords[w] && r.askedBefore(end):
		// "asked Lee why he …": the one asked
	default:
		return false
	}
	for j := k; j < stop; j++ {
		if clauseBreaks[r.m.tok(j)] {
			return false
		}
	}
	return true
}
