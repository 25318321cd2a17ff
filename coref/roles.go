package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Role descriptions matched against the titles and appositives the text
// gives people anywhere (branch descref2):
//
//   - a nationality agrees with a country the title names: "the
//     Pakistani president" fits "Ned Gale, the president of Pakistan"
//     (roleFit, countryIn);
//   - a role said before its holder is named: "The Pakistani president
//     arrived … ¶ Pakistani President Ned Gale met …" (namedLater);
//   - "the leader of the Freedom Party", "the president of Pakistan":
//     the one person the text calls a leader of that party, a president
//     of that country (roleOf).
//
// Only a full fit counts, and only when one person fits.

// laterParas is how many paragraphs after a description its holder may
// first be named.
const laterParas = 2

// countryIn reports whether one of the words names the country of the
// nationality nat: "Pakistan" or "Pakistan's" for "pakistani".
func countryIn(words []string, nat string) bool {
	for _, w := range words {
		w = strings.TrimRight(stripPossessive(w), ",.;:")
		if !isCapitalized(w) || strings.EqualFold(w, nat) {
			continue
		}
		if (isNationality(w) || isNationalityWord(w)) && sameCountry(nat, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// namedLater returns the person first named after a role description at
// offset at — in a later sentence of its paragraph or, in an article's
// lead, of the next two — whom a title or appositive fits fully, when
// only one does. A role and a name in one sentence are two people: "The
// president met President Ned Gale". A role with a complement ("the
// senator from Florida") is left alone, and a bare role does not fit a
// holder whose role has one ("Ann Lee, spokesman for the Medical
// Foundation").
func (r *Resolver) namedLater(words, ws []string, at int) *entity {
	head := ws[len(ws)-1]
	if r.byHead == nil {
		r.indexDescribed()
	}
	p, s := r.m.paraOf(at), r.m.sentOf(at)
	if p < 0 || s < 0 {
		return nil
	}
	if k := r.m.tokenAt(at) + len(words) + 1; k < len(r.m.doc.Tokens) && roleComplements[strings.ToLower(r.m.tok(k))] {
		return nil // "the senator from Florida": a role of its own
	}
	var found *entity
	for _, e := range r.byHead[head] {
		first := r.m.mentions[e.first].span.Start
		if first <= at || r.m.sentOf(first) <= s || r.m.paraOf(first)-p > laterParas {
			continue
		}
		if p > leadParas && r.m.paraOf(first) != p {
			// past the lead a role said before a name is mostly someone
			// named before without it ("the president's choice" of an
			// Obama named only as "the Obama campaign")
			continue
		}
		if r.bestRoleFit(e, words, ws, head) < 2 || len(ws) == 1 && r.complemented(e, head) {
			continue
		}
		if found != nil {
			return nil // two holders
		}
		found = e
	}
	return found
}

// leadParas is the last paragraph of an article's lead (its headline
// and first two paragraphs), where a role often comes before its
// holder's name.
const leadParas = 2

// roleComplements open a complement of a role: "spokesman for the
// Medical Foundation", "the senator from Florida".
var roleComplements = setOf(`of for from at with`)

// complemented reports whether one of a person's descriptions gives the
// head a complement ("spokesman for the Medical Foundation"): a bare
// "the spokesman" said before them is mostly another body's spokesman.
func (r *Resolver) complemented(e *entity, head string) bool {
	for _, ds := range [][]string{e.descs, r.premods[e]} {
		for _, d := range ds {
			dw := descWords(fields(d))
			for i := 0; i+1 < len(dw); i++ {
				if (dw[i] == head || dw[i] == head+"s") && roleComplements[dw[i+1]] {
					return true
				}
			}
		}
	}
	return false
}

// bestRoleFit is the best roleFit of a description over a person's
// descriptions and premodifiers.
func (r *Resolver) bestRoleFit(e *entity, words, ws []string, head string) int {
	fit := 0
	for _, ds := range [][]string{e.descs, r.premods[e]} {
		for _, d := range ds {
			if f := roleFit(words[:len(words)-1], ws[:len(ws)-1], head, d); f > fit {
				fit = f
			}
		}
	}
	return fit
}

// roleOf resolves a role description completed by an of-phrase that
// names an organisation or a place: "the leader of the Freedom Party" is
// the one person a title or appositive calls "Freedom Party leader",
// "FP leader" (a name of the same entity) or "leader of the Freedom
// Party"; "the president of Pakistan" one called "Pakistani President"
// too. The name must be an organisation's or a place's ("the leader of the
// Pakistani delegation" names no country's leader) and not a possessor
// ("the leader of the party's youth wing").
func (r *Resolver) roleOf(words, ws []string, src document.Span) *entity {
	toks := r.m.doc.Tokens
	k := r.m.tokenAt(src.End) + 1 // past "of"
	if k < len(toks) && strings.EqualFold(r.m.tok(k), "the") {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	var x *entity
	end := -1
	for _, mn := range r.m.mentions[r.from(toks[k].Start):] {
		if mn.span.Start > toks[k].Start {
			break
		}
		if mn.span.Start == toks[k].Start && mn.ent != nil {
			x, end = mn.ent, mn.span.End
		}
	}
	if x == nil || (x.typ != document.ORG && x.typ != document.LOC) {
		return nil
	}
	if n := r.m.tokenAt(end); n < len(toks) && possessive(r.m.tok(n)) {
		return nil // "the leader of the party's youth wing"
	}
	head := ws[len(ws)-1]
	if r.byHead == nil {
		r.indexDescribed()
	}
	var found *entity
	for _, e := range r.byHead[head] {
		fits := false
		for _, ds := range [][]string{e.descs, r.premods[e]} {
			for _, d := range ds {
				if roleFit(words[:len(words)-1], ws[:len(ws)-1], head, d) == 2 && r.names(d, x) {
					fits = true
				}
			}
		}
		if !fits {
			continue
		}
		if found != nil {
			return nil // two holders
		}
		found = e
	}
	return found
}

// names reports whether a person's description d names entity x: one of
// its names as words of d ("Freedom Party leader", "FP leader"), or, for
// a country, its nationality ("Pakistani President").
func (r *Resolver) names(d string, x *entity) bool {
	dw := descWords(strings.Fields(strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(d)))
	for _, n := range x.names {
		nw := descWords(fields(n))
		if len(nw) > 0 && nw[0] == "the" {
			nw = nw[1:]
		}
		if len(nw) > 0 && containsSeq(dw, nw) {
			return true
		}
	}
	if r.placeKind(x) != descCountry {
		return false
	}
	for _, w := range strings.Fields(d) {
		w = stripPossessive(w)
		if isCapitalized(w) && isNationality(w) && sameCountryName(strings.ToLower(w), x.names) {
			return true
		}
	}
	return false
}

// containsSeq reports whether ws has the words sub one after another.
func containsSeq(ws, sub []string) bool {
	for i := 0; i+len(sub) <= len(ws); i++ {
		ok := true
		for j, w := range sub {
			if ws[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// roleChangers are the lower-case modifiers of a title before a name that
// make it another role: "Tory shadow chancellor Ann Lee", "former
// President Jan Kos". The entity's descriptions keep only the title
// ("chancellor"); the resolver's premodifiers keep the whole phrase.
var roleChangers = setOf(`shadow deputy vice assistant acting`)

// unchanged returns the descriptions that are not the title of a longer
// phrase ps with a role changer before it: "chancellor" of "Tory shadow
// chancellor" is no chancellor's. The slice is a copy when it changes
// (the document's entities share it).
func unchanged(descs, ps []string) []string {
	var out []string
	for i, d := range descs {
		dw := descWords(fields(d))
		drop := false
		for _, p := range ps {
			pw := descWords(fields(p))
			if len(pw) <= len(dw) || !slicesEqual(pw[len(pw)-len(dw):], dw) {
				continue
			}
			for _, w := range pw[:len(pw)-len(dw)] {
				if roleChangers[w] {
					drop = true
				}
			}
		}
		if drop && out == nil {
			out = append([]string{}, descs[:i]...)
		} else if !drop && out != nil {
			out = append(out, d)
		}
	}
	if out == nil {
		return descs
	}
	return out
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
