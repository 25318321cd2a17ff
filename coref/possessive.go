package coref

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// Possessive descriptions: "India's finance minister", "Ruritania's
// president", "the party's leader" excluded. The possessor is a named
// country or organisation; the words after it end in a role. Such a phrase
// means the person the text describes with that role of that country:
// "Finance Minister Ned Gale", "Ruritanian finance minister Ned Gale", or
// "Ned Gale, Ruritania's finance minister,". The possessor counts as a
// nationality (its demonym, "Ruritanian", when the country table knows
// one), so the rules of descriptions after "the" apply.

// possessiveRole reads src as a possessive description of a person. It
// returns the description's words with the possessor as a modifier
// ("Indian finance minister"), and ok; ok is false when src is no such
// phrase.
func (r *Resolver) possessiveRole(src document.Span) (words []string, ok bool) {
	text := strings.TrimSpace(r.m.doc.Slice(src))
	if !strings.Contains(text, "'s") && !strings.Contains(text, "’s") {
		return nil, false // no word of it is possessive: p < 0 below
	}
	ws := fields(text)
	p := slices.IndexFunc(ws, possessive)
	if p < 0 || p == len(ws)-1 || len(ws)-p-1 > 4 || !isCapitalized(ws[0]) {
		return nil, false
	}
	for _, w := range ws[p+1:] {
		if w == "" || !startsLower(w) {
			return nil, false
		}
	}
	if descriptionKind(strings.ToLower(ws[len(ws)-1])) != descPerson {
		return nil, false
	}
	owner := stripPossessive(strings.Join(ws[:p+1], " "))
	// the possessor must be a country's or an organisation's name
	end := src.Start + strings.Index(r.m.doc.Text[src.Start:src.End], ws[p]) + len(stripPossessive(ws[p]))
	named := false
	for _, mn := range r.m.mentions[r.from(src.Start):] {
		if mn.span.Start >= end {
			break
		}
		if mn.span.End == end && mn.ent != nil && mn.ent.typ != document.PER {
			named = true
		}
	}
	if !named {
		return nil, false
	}
	return append(ownerWords(owner), ws[p+1:]...), true
}

// ownerWords returns a possessor's name as the modifier of a role: the
// demonym of a country the table knows ("India" → "Indian", "South Korea"
// → "South Korean"), else the name's words.
func ownerWords(owner string) []string {
	ds := country.DemonymsOf(owner)
	if len(ds) == 0 {
		return fields(owner)
	}
	d := slices.Min(ds) // the table's order is not defined
	out := fields(d)
	for i, w := range out {
		out[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return out
}

// possessiveDescription resolves a possessive description of a person at
// src: the name in apposition before or after it ("Ned Gale, Ruritania's
// finance minister, said"; "Ruritania's finance minister, Ned Gale,
// said"), else the person described with that role. ok is false when src
// is no possessive description.
func (r *Resolver) possessiveDescription(src document.Span) (e *entity, ok bool) {
	words, ok := r.possessiveRole(src)
	if !ok {
		return nil, false
	}
	if e, ok := r.apposed(src); ok {
		if e != nil && e.typ == document.PER {
			return e, true
		}
		return nil, true
	}
	if e := r.cataphoric(src); e != nil {
		return e, true
	}
	if r.followedByOf(src.End) {
		return nil, true
	}
	// the one person the text gives that role of that country or
	// organisation; none when two hold it ("Jan Kos, Ruritania's
	// finance minister" and "Ned Gale, Ruritania's finance minister"):
	// the nearer or more mentioned is then a guess
	ws := descWords(words)
	e, fit, ties := r.describedPersonFit(words, ws, src.Start)
	if fit == 2 && ties > 1 {
		return nil, true
	}
	return e, true
}

// cataphoric returns the person named in apposition right after a
// description of a person: "The finance minister, Ned Gale, said";
// "Ruritania's president, Jan Kos, arrived". The name stands between
// commas (or before a closing bracket or a verb of saying).
func (r *Resolver) cataphoric(src document.Span) *entity {
	k := r.m.tokenAt(src.End)
	if k >= len(r.m.doc.Tokens) || r.m.tok(k) != "," || k+1 >= len(r.m.doc.Tokens) {
		return nil
	}
	start := r.m.doc.Tokens[k+1].Start
	for _, mn := range r.m.mentions[r.from(start):] {
		if mn.span.Start > start {
			break
		}
		if mn.span.Start != start || mn.ent == nil || mn.ent.typ != document.PER {
			continue
		}
		n := r.m.tokenAt(mn.span.End)
		if n >= len(r.m.doc.Tokens) {
			return nil
		}
		switch w := r.m.tok(n); {
		case w == "," || w == ")" || w == "—" || w == "--" || speechVerbs[w]:
			return mn.ent
		}
		return nil
	}
	return nil
}

// possessiveAppositive returns the possessive description in apposition
// after a person's name ending at end (", Ruritania's finance minister,"),
// with the possessor as a modifier ("Ruritanian finance minister"), or "".
func (r *Resolver) possessiveAppositive(end int) string {
	k := r.m.tokenAt(end)
	toks := r.m.doc.Tokens
	if k >= len(toks) || toks[k].Start != end || r.m.tok(k) != "," {
		return ""
	}
	// the phrase runs to the next comma or full stop, at most eight
	// tokens on
	last := -1
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if w := r.m.tok(j); w == "," || w == "." || w == ";" {
			last = j - 1
			break
		}
	}
	if last <= k+1 {
		return ""
	}
	sp := document.Span{Start: toks[k+1].Start, End: toks[last].End}
	if r.m.sentOf(sp.Start) != r.m.sentOf(sp.End-1) {
		return ""
	}
	words, ok := r.possessiveRole(sp)
	if !ok {
		return ""
	}
	return strings.Join(words, " ")
}

// Leads: a story may open with a description and name the person in the
// next sentence: "Poland wants more trade with Asia, the Polish foreign
// minister said on Friday. Jan Kos told reporters …". The description
// before a verb of saying is that person when the next sentence opens with
// a person named there for the first time; the description is then one of
// theirs ("the foreign minister" later on). An indefinite description
// with "who" and a verb of saying does the same: "Gordon Brown has
// criticised a union leader who said … . Jonathan Baume, of …": "the union
// leader" later is Baume.

// article returns "the", "a" or "an" when tok is that word in any case
// (strings.ToLower(tok) is), "" otherwise, without lower-casing tok: no
// letter but the ASCII ones folds to these.
func article(tok string) string {
	// a byte test before the case-folding compare: most tokens are
	// longer than three bytes or start with another letter
	if len(tok) > 3 || len(tok) == 0 || tok[0]|0x20 != 't' && tok[0]|0x20 != 'a' {
		return ""
	}
	for _, a := range [...]string{"the", "a", "an"} {
		if len(tok) == len(a) && strings.EqualFold(tok, a) {
			return a
		}
	}
	return ""
}

// findLeads records such descriptions: r.leads maps the offset of their
// "the" to the person, and the description joins the person's premods.
func (r *Resolver) findLeads() {
	toks := r.m.doc.Tokens
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].End-toks[k].Start > 3 {
			continue // no article: its text need not be read
		}
		det := article(r.m.tok(k))
		if det == "" {
			continue
		}
		// the description: up to four words, the last a person's role,
		// then a verb of saying; an indefinite one with "who" between
		// ("Gordon Brown has criticised a union leader who said …")
		v, end := -1, -1
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			if det == "the" && isSpeechVerb(r.m.tok(j)) {
				v, end = j, j
				break
			}
			if det != "the" && r.m.tok(j) == "who" && j+1 < len(toks) && isSpeechVerb(r.m.tok(j+1)) {
				v, end = j+1, j
				break
			}
		}
		if end < k+2 {
			continue
		}
		words := make([]string, 0, end-k-1)
		for j := k + 1; j < end; j++ {
			words = append(words, r.m.tok(j))
		}
		head := strings.ToLower(words[len(words)-1])
		if descriptionKind(head) != descPerson || !r.unnamed(toks[k].Start, toks[end-1].End) {
			continue
		}
		s := r.m.sentOf(toks[k].Start)
		if s < 0 || s+1 >= len(r.m.sents) || r.m.sentOf(toks[v].Start) != s {
			continue
		}
		e := r.opener(s + 1)
		if e == nil {
			continue
		}
		if r.leads == nil {
			r.leads = map[int]*entity{}
		}
		r.leads[toks[k].Start] = e
		if d := strings.Join(words, " "); !containsFold(r.premods[e], d) {
			r.premods[e] = append(r.premods[e], d)
		}
	}
}

// unnamed reports whether no person is named in [start, end): "the
// Polish foreign minister" may name a country, "the Trump lawyer" names
// a person.
func (r *Resolver) unnamed(start, end int) bool {
	for _, mn := range r.m.mentions[r.from(start):] {
		if mn.span.Start >= end {
			break
		}
		if mn.span.End > start && (mn.ent == nil || mn.ent.typ == document.PER) {
			return false
		}
	}
	return true
}

// opener returns the person whose name opens sentence s, when that is
// the first time the text names them.
func (r *Resolver) opener(s int) *entity {
	start := r.m.sents[s].Start
	for i, mn := range r.m.mentions[r.from(start):] {
		if mn.span.Start > start {
			return nil
		}
		if mn.span.Start == start && mn.ent != nil && mn.ent.typ == document.PER && r.m.mentions[mn.ent.first] == r.m.mentions[r.from(start)+i] {
			return mn.ent
		}
	}
	return nil
}
