package coref

import (
	"strings"
	"unicode"
)

// This file holds the pronoun rules of branch corefpron: "X and his",
// fronted participle clauses, a generic person noun competing with the
// name ("a scientist … his mind"), and the sentence's opening pronoun
// carried to later ones of its gender.

// conjoined resolves a "his"/"her" right after "and" to the person named
// right before "and": in "Eberhard Gruen and his colleagues" his is
// Gruen's.
func (r *Resolver) conjoined(at int, g gender) *entity {
	k := r.m.tokenAt(at)
	toks := r.m.doc.Tokens
	if k < 2 || !strings.EqualFold(r.m.tok(k-1), "and") {
		return nil
	}
	return r.nameEndingAt(toks[k-2].End, g)
}

// participle reports whether the token k opens a fronted participle
// clause: a capitalised word ending in -ing that is no name ("Discussing
// his concern …, Najib Razak said").
func (r *Resolver) participle(k int) bool {
	w := r.m.tok(k)
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || !unicode.IsUpper(rune(w[0])) {
		return false
	}
	start := r.m.doc.Tokens[k].Start
	for _, mn := range r.m.mentions[r.from(start):] {
		if mn.span.Start > start {
			break
		}
		if mn.span.Start <= start && start < mn.span.End {
			return false // "King said", "Harding"
		}
	}
	return true
}

// genericDeterminers open a noun phrase that names a person no name
// stands for: "a scientist", "my brother".
var genericDeterminers = setOf(`a an my our your one another every each any no`)

// notRival are the words before a determiner that make its person no
// rival of a pronoun: a comma (apposition), a copula or "as" (predicate),
// a preposition (an object).
var notRival = setOf(`, as is was are were be been being became becomes remains remained of by for
	with to from at on in into about like`)

// quoteBetween reports whether a quotation mark lies in [from, to).
func (r *Resolver) quoteBetween(from, to int) bool {
	return strings.ContainsAny(r.m.doc.Text[from:to], "\"“”")
}

// genericPeople are nouns for a person by kin, age or occupation; the
// gendered ones compete only with a pronoun of their gender.
var genericPeople = setOf(`person child kid baby scientist doctor teacher student officer soldier
	worker resident driver victim patient suspect user player fan customer citizen farmer
	lawyer journalist reporter writer author artist friend parent neighbour neighbor
	researcher professor expert witness passenger pilot nurse colleague partner`)

var malePeople = setOf(`man boy father son brother husband uncle nephew grandfather dad`)
var femalePeople = setOf(`woman girl mother daughter sister wife aunt niece grandmother mum mom`)

// genericRival reports whether a person no name stands for ("a
// scientist", "my child", "a woman") is written in the pronoun's sentence
// before it and after the last mention of e there: then the pronoun more
// likely means that person, and a wrong name is worse than none.
func (r *Resolver) genericRival(at int, g gender, e *entity) bool {
	s := r.m.sentOf(at)
	if s < 0 {
		return false
	}
	k0, k := r.m.tokenAt(r.m.sents[s].Start), r.m.tokenAt(at)
	if k0 < 0 || k < 0 {
		return false
	}
	if k+1 < len(r.m.doc.Tokens) && speechVerbs[strings.ToLower(r.m.tok(k+1))] {
		return false // "…," he said: the speaker
	}
	rival := -1
	for j := k0; j < k; j++ {
		if !genericDeterminers[strings.ToLower(r.m.tok(j))] || j > k0 && notRival[strings.ToLower(r.m.tok(j-1))] {
			// "Gao, a journalist", "as a kid", "is a fan", "met by a
			// driver": an apposition or predicate describes someone
			// named, an object of a preposition is seldom the subject
			continue
		}
		// the noun: the determiner's next word or the one after an
		// adjective ("a young scientist")
		for n := j + 1; n < k && n <= j+2; n++ {
			w := r.m.tok(n)
			if w == "" || !startsLower(w) {
				break
			}
			if genericPeople[w] || g != female && malePeople[w] || g != male && femalePeople[w] {
				rival = r.m.doc.Tokens[n].Start
				break
			}
		}
	}
	if rival < 0 || r.quoteBetween(rival, at) {
		return false
	}
	for _, mn := range r.m.mentions[r.from(rival):] {
		if mn.span.Start >= at {
			break
		}
		if mn.span.Start > rival && mn.ent == e {
			return false // "a man named Ed Lee … he"
		}
	}
	return true
}

// sentenceOpener returns the offset of the "he"/"she" of gender g that
// opens the sentence of at, before at, or -1; -1 also for an object
// "him" or "her".
func (r *Resolver) sentenceOpener(at int, g gender) int {
	s := r.m.sentOf(at)
	if s < 0 {
		return -1
	}
	k := r.m.tokenAt(r.m.sents[s].Start)
	if k < 0 || k >= len(r.m.doc.Tokens) {
		return -1
	}
	w := strings.ToLower(r.m.tok(k))
	if (w != "he" && w != "she") || pronounGender[w] != g || r.m.doc.Tokens[k].Start >= at {
		return -1
	}
	self := r.m.tokenAt(at)
	if self < 0 {
		return -1
	}
	if o := strings.ToLower(r.m.tok(self)); o == "him" || o == "her" {
		// "He condemned Singirok and accused him": an object is mostly
		// someone else than the sentence's subject
		return -1
	}
	open := r.m.doc.Tokens[k].Start
	if r.quoteBetween(open, at) {
		return -1 // 'He added: "… his reasons"': someone else's words
	}
	// "He said US President Bush was deceiving Americans by telling them
	// he …": a person who is the subject of a reported or subordinate
	// clause takes over
	for _, mn := range r.m.mentions[r.from(open):] {
		if mn.span.Start >= at {
			break
		}
		if mn.span.Start <= open || mn.ent == nil || !fits(mn.ent, g) {
			continue
		}
		j := r.m.tokenAt(mn.span.Start) - 1
		for n := 0; j > k && n < 6; n++ {
			// back over the name's title phrase: "North Korea's top
			// ideologue", "former US President"
			w := r.m.tok(j)
			lw := strings.ToLower(w)
			if w == "" || !isCapitalized(w) && !ignorableMods[lw] && !changers[lw] && !roleHeads()[lw] &&
				!personNouns[lw] && lw != "the" && lw != "'s" && lw != "’s" {
				break
			}
			j--
		}
		if w := strings.ToLower(r.m.tok(j)); j > k && (speechVerbs[w] || reportVerbs[w]) {
			return -1
		}
	}
	return open
}

// reportVerbs, besides the verbs of saying, and the subordinating
// conjunctions introduce a clause whose subject may be named right after
// them ("He was the first defector since Hwang arrived …, days after he
// sought asylum").
var reportVerbs = setOf(`that stressed stresses believes believed thinks thought hopes hoped
	says said admitted acknowledged suggested since after before when while because if although
	though until once`)
