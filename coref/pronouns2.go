package coref

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/document"
)

// Pronoun rules of branch pronsubj, written from the gold interactions of
// half A of the news gold sets whose subject or object is a pronoun
// (docs/coref.md, "Pronouns as arguments").

// sentenceConnectives may stand before a sentence's subject: "But the
// chancellor said …".
var sentenceConnectives = setOf(`but and however yet so still also meanwhile`)

// describedSubject resolves a "he" or "she" that opens its sentence to the
// person a definite description opening the sentence before (in the same
// paragraph or, as wire stories give a sentence a paragraph, the one
// before) stands for: "But the chancellor said Mr Baume was never at
// the meetings. He said the union leader …" is the chancellor's, not Mr
// Baume's, the first name of that sentence, and "The foreign minister
// said he was satisfied with talks with Thai Prime Minister Chaowalit.
// He was holding talks Friday …" is the foreign minister's. The
// description is "the", then one to four lower-case words, then a
// lower-case verb-like word; the resolver must know whom it means.
func (r *Resolver) describedSubject(at int, g gender) *entity {
	s := r.m.sentOf(at)
	if s <= 0 {
		return nil
	}
	k := r.m.tokenAt(at)
	k0 := r.m.tokenAt(r.m.sents[s].Start)
	if k != k0 && !(k == k0+1 && sentenceConnectives[strings.ToLower(r.m.tok(k0))]) {
		return nil
	}
	prev := r.m.sents[s-1]
	j := r.m.tokenAt(prev.Start)
	toks := r.m.doc.Tokens
	if j < len(toks) && sentenceConnectives[strings.ToLower(r.m.tok(j))] {
		j++
		if j < len(toks) && r.m.tok(j) == "," {
			j++
		}
	}
	if j >= len(toks) || toks[j].Start >= prev.End || !strings.EqualFold(r.m.tok(j), "the") {
		return nil
	}
	var words []string
	n := j + 1
	for ; n < len(toks) && toks[n].End <= prev.End && n <= j+5; n++ {
		w := r.m.tok(n)
		if w == "" || !startsLower(w) {
			return nil
		}
		if len(words) > 0 && (speechVerbs[w] || auxiliaries[w] || verbLike(w)) {
			break
		}
		words = append(words, w)
	}
	if len(words) == 0 || n >= len(toks) || toks[n].End > prev.End || n > j+5 {
		return nil
	}
	if w := r.m.tok(n); !speechVerbs[w] && !auxiliaries[w] && !verbLike(w) {
		return nil
	}
	sp := document.Span{Start: toks[j].Start, End: toks[n-1].End}
	e := r.description(words, sp)
	if e == nil || !fits(e, g) {
		return nil
	}
	return e
}

// apposedSpeaker resolves a "he" or "she" right after a verb of saying
// (or "said that") whose subject is a person named before an apposition:
// "Sir Ian Blair, the newly-appointed Metropolitan Police commissioner,
// said he was in favour" is Blair's, whatever person the sentence names
// first.
func (r *Resolver) apposedSpeaker(at int, g gender) *entity {
	k := r.m.tokenAt(at)
	v := k - 1
	if v > 0 && strings.EqualFold(r.m.tok(v), "that") {
		v--
	}
	if v < 2 || !speechVerbs[strings.ToLower(r.m.tok(v))] || r.m.tok(v-1) != "," {
		return nil
	}
	s := r.m.sentOf(at)
	if s < 0 {
		return nil
	}
	start := r.m.sents[s].Start
	// back over the apposition to its opening comma: at most ten words,
	// no verb of saying, no quotation mark
	toks := r.m.doc.Tokens
	c := -1
	for j := v - 2; j >= 0 && j >= v-12 && toks[j].Start >= start; j-- {
		w := r.m.tok(j)
		if w == "," {
			c = j
			break
		}
		if speechVerbs[strings.ToLower(w)] || strings.ContainsAny(w, "\"“”") {
			return nil
		}
	}
	if c < 1 || c == v-2 {
		return nil
	}
	e := r.nameEndingAt(toks[c-1].End, g)
	if e == nil || e.typ != document.PER {
		return nil
	}
	return e
}

// otherPerson re-resolves an object "him" or "her" that resolved to e
// when a "he" or "she" of the same gender close before it, in its
// clause, resolved to e too, or when e is named as that clause's subject
// (subjectName): in "denied he frequently met him" and in "Trump sharply
// criticized him" the two are different people, so "him" is the nearest
// other fitting person named before in the paragraph, or no one.
func (r *Resolver) otherPerson(src document.Span, g gender, e *entity) (*entity, bool) {
	k := r.m.tokenAt(src.Start)
	toks := r.m.doc.Tokens
	subj, named := -1, false
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := strings.ToLower(r.m.tok(j))
		if w == "he" || w == "she" {
			if pronounGender[w] == g {
				subj = j
			}
			break
		}
		if j < k-1 && r.subjectName(j, e) {
			named = true // "Trump sharply criticized him": him is not Trump
			break
		}
		if w == "" || !unicode.IsLetter(rune(w[0])) || clauseOpeners[w] && w != "said" {
			return nil, false
		}
	}
	if !named {
		if subj < 0 || r.depth >= 8 {
			return nil, false
		}
		r.depth++
		id := r.Speaker(document.Span{Start: toks[subj].Start, End: toks[subj].End})
		r.depth--
		if id != e.id {
			return nil, false
		}
	}
	lo := src.Start
	if p := r.m.paraOf(src.Start); p >= 0 {
		lo = r.m.paras[p].Start
	} else if k := r.m.sentOf(src.Start); k >= 0 {
		lo = r.m.sents[k].Start
	}
	i := r.from(src.Start)
	for i < len(r.m.mentions) && r.m.mentions[i].span.Start < src.Start {
		i++
	}
	for i--; i >= 0; i-- {
		mn := r.m.mentions[i]
		if mn.span.Start < lo {
			break
		}
		if mn.ent != nil && mn.ent != e && fits(mn.ent, g) && !r.attributive(mn.span) {
			if r.quotedBy(src, mn.ent) {
				// '"… he will meet him," Karaha said': not the
				// speaker, who would say "me"
				return nil, true
			}
			return mn.ent, true
		}
	}
	return nil, true
}

// quotedBefore returns the words of the quotation that closes right
// before src ('"… with Secretary Rice," he said': a comma, question or
// exclamation mark before the closing mark, a verb of saying after the
// pronoun), for a resolver asked
// before the document's quotes are known (the quote stage asks while it
// builds them): as with quotedAt, no name in them is the source's
// antecedent. The quotation opens at the nearest quotation mark before
// its closing one in the paragraph.
func (r *Resolver) quotedBefore(src document.Span) []document.Span {
	text := r.m.doc.Text
	i := src.Start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\n') {
		i--
	}
	// the pronoun must be the source of a verb of saying after it
	if k := r.m.tokenAt(src.End); k >= len(r.m.doc.Tokens) || !speechVerbs[strings.ToLower(r.m.tok(k))] {
		return nil
	}
	closeAt := -1
	switch {
	case i >= 1 && text[i-1] == '"':
		closeAt = i - 1
	case i >= len("”") && strings.HasSuffix(text[:i], "”"):
		closeAt = i - len("”")
	default:
		return nil
	}
	lo := 0
	if p := r.m.paraOf(src.Start); p >= 0 {
		lo = r.m.paras[p].Start
	}
	if lo >= closeAt || !strings.ContainsAny(text[max(lo, closeAt-1):closeAt], ",?!") {
		return nil // '… "The Truman Show." She says': a title, not words said
	}
	open := max(strings.LastIndex(text[lo:closeAt], `"`), strings.LastIndex(text[lo:closeAt], "“"))
	if open < 0 {
		return nil
	}
	return []document.Span{{Start: lo + open, End: closeAt}}
}

// subjectRules2 tries the rules of this file for a subject "he" or "she"
// at offset at, before the general search back.
func (r *Resolver) subjectRules2(at int, g gender) *entity {
	if e := r.apposedSpeaker(at, g); e != nil {
		return e
	}
	return r.describedSubject(at, g)
}

// objectRules2 checks what an object pronoun lw at src resolved to (e)
// against the subject pronoun of its clause (otherPerson).
func (r *Resolver) objectRules2(src document.Span, lw string, g gender, e *entity) *entity {
	if lw != "him" && lw != "her" {
		return e
	}
	if lw == "her" {
		k := r.m.tokenAt(src.End)
		if k < len(r.m.doc.Tokens) {
			if w := r.m.tok(k); w != "" && startsLower(w) && !prepositions[w] {
				return e // "she praised her husband": a possessive
			}
		}
	}
	if o, ok := r.otherPerson(src, g, e); ok {
		return o
	}
	return e
}

// subjectName reports whether the token at j ends a name of e that opens
// a clause, as the subject of the verb after it: the name stands first in
// its sentence or after a comma, a quotation mark or a clause opener
// ("and", "but", "that"), or after a capitalised title ("President").
// A name after a verb or preposition is an object ("met Trump and
// criticized him" says nothing of who him is).
func (r *Resolver) subjectName(j int, e *entity) bool {
	toks := r.m.doc.Tokens
	i := r.mentionEndingAt(toks[j].End)
	if i < 0 || r.m.mentions[i].ent != e || e.typ != document.PER {
		return false
	}
	s := r.m.tokenAt(r.m.mentions[i].span.Start)
	for s > 0 && s > j-6 {
		if p := r.m.tok(s - 1); p == "" || !unicode.IsUpper(rune(p[0])) {
			break
		}
		s-- // a title before the name: "President Trump"
	}
	if s <= 0 {
		return true
	}
	if st := r.m.sentOf(toks[s].Start); st >= 0 && r.m.sents[st].Start >= toks[s].Start {
		return true
	}
	prev := r.m.tok(s - 1)
	if prev == "," || prev == "“" || prev == "\"" || prev == ";" {
		return true
	}
	lp := strings.ToLower(prev)
	return lp == "and" || lp == "but" || lp == "that" || lp == "when" || lp == "while" || lp == "after" || lp == "before" || lp == "because" || lp == "as"
}
