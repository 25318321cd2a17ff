package coref

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/document"
)

// Collectives: "they", "them", "their" for an organisation, a country or a
// group named before ("Twitter gave him the option to come to their
// offices", "a threat to Russia, and not surprisingly they responded"),
// and descriptions headed by a noun of government ("the government", "the
// regime") for the country named before when no organisation's name has
// the noun.

// stateNouns are heads of descriptions that, when no organisation's name
// has them ("the Iraqi Government"), stand for the government of the
// country named last: "the government", "the regime".
var stateNouns = setOf(`government regime`)

// groupNouns are plural heads of descriptions that name an organisation
// the text calls so ("Tamil Tiger rebels" … "the rebels"); they are
// matched as the organisation nouns are, by the noun in its name or beside
// it, in the singular or the plural.
var groupNouns = setOf(`rebels militants insurgents guerrillas separatists`)

// plainPlurals are words ending in s that are no plural noun: a plural
// noun between "they" and a name is the more likely antecedent, these
// words are not.
var plainPlurals = setOf(`this thus is was has does his its as us yes always perhaps news series
	whereas besides across unless less plus politics economics nevertheless sometimes afterwards
	towards means various previous famous serious numerous obvious anonymous dangerous enormous
	years months weeks days hours minutes decades centuries times percent dollars euros`)

// groupWords are nouns for people that "they" may stand for, whatever
// stands before them: collective nouns ("the police said they had
// arrested"), irregular plurals ("men") and plural nouns that follow
// names as often as verbs do ("Scientology officials said they").
var groupWords = setOf(`police army military government administration authorities people staff
	public crew team committee council board family men women children
	media officials members leaders forces troops soldiers fighters supporters workers residents
	students players fans activists militants rebels critics lawyers experts investigators
	analysts delegates ministers diplomats negotiators executives employees parents families
	girls boys sites companies countries groups parties governments nations states others`)

// pluralNoun reports whether token k is a lower-case word that may be a
// plural noun ("officials", "soldiers") or a collective one ("police"): a
// word ending in s, after no pronoun ("it means"); after a name it may be
// a verb ("Google says they") as well as a noun ("Tory proposals"), and
// is taken for a noun.
func (r *Resolver) pluralNoun(k int) bool {
	w := r.m.tok(k)
	if w == "" {
		return false
	}
	if !startsLower(w) {
		// "Officials said they": a capital only opening a sentence
		if s := r.m.sentOf(r.m.doc.Tokens[k].Start); s < 0 || r.m.sents[s].Start != r.m.doc.Tokens[k].Start {
			return false
		}
		w = strings.ToLower(w)
	}
	if groupWords[w] {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || plainPlurals[w] || strings.HasSuffix(w, "ss") ||
		strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	if k > 0 {
		lp := strings.ToLower(r.m.tok(k - 1))
		if lp == "he" || lp == "she" || lp == "it" || strings.HasSuffix(lp, "ly") {
			return false // "it means", "often takes"
		}
	}
	// after a name it may be a verb ("Google says") or a noun ("Tory
	// proposals", "BT lines"): either way no name before it is safe
	return true
}

// locatives are the prepositions after which a country's name is a
// place, not a party "they" could stand for ("a threat to Russia, and
// they responded" is the party).
var locatives = setOf(`in at from of across throughout within near inside outside around into via over`)

// complements are the prepositions whose object, up to one word after
// them, modifies a noun before: no antecedent of "they".
var complements = setOf(`of from`)

// quoteMarks open or close a direct quote: a "they" inside one is not
// a name outside it.
var quoteMarks = setOf("\" “ ” `` ''")

// examples are the words after which a name is an example of a plural
// ("other sites such as Gawker.com", "companies like BT").
var examples = setOf(`as including like`)

// contrast are the conjunctions after which "they" is seldom the party
// the clause before named.
var contrast = setOf(`but whereas while although though`)

// personalPronouns stand for people: a "they" after one is not a name
// before it.
var personalPronouns = setOf(`he she him her his i we you me us`)

// isCollective reports whether e may be what "they" stands for: an
// organisation, a country, or a group named by a plural nationality noun
// ("the Palestinians").
func (r *Resolver) isCollective(e *entity, mn *mention) bool {
	switch {
	case e == nil:
		return false
	case e.typ == document.ORG:
		return r.placeKind(e) != descCity
	case e.typ == document.LOC:
		return r.placeKind(e) == descCountry
	case e.typ == document.MISC:
		t := r.m.doc.Text[mn.span.Start:mn.span.End]
		return strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "'s") && isCapitalized(t)
	}
	return false
}

// collective resolves "they", "them" or "their" at offset at: the nearest
// organisation, country or group named before it in its sentence, when no
// plural noun ("officials said they"), collective noun ("the police") or
// coordination of people ("Blair and Ahern … they": two referents, which
// one entity cannot stand for) stands between; else, for a pronoun among
// the first four words of its sentence with none of those before it, the
// one organisation, country or group the sentence before names.
func (r *Resolver) collective(at int) *entity {
	s := r.m.sentOf(at)
	if s < 0 {
		return nil
	}
	if e, ok := r.collected[at]; ok {
		return e
	}
	e := r.collectiveAt(at, s)
	if r.collected == nil {
		r.collected = map[int]*entity{}
	}
	r.collected[at] = e
	return e
}

// maxCollectiveBack bounds the tokens collective looks back over in a
// sentence.
const maxCollectiveBack = 80

func (r *Resolver) collectiveAt(at, s int) *entity {
	k := r.m.tokenAt(at)
	if k >= len(r.m.doc.Tokens) {
		return nil
	}
	k0 := r.m.tokenAt(r.m.sents[s].Start)
	if k-k0 > maxCollectiveBack {
		k0 = k - maxCollectiveBack
	}
	from := r.m.doc.Tokens[k0].Start
	// mentions of the sentence before the pronoun, by their last token
	ms := map[int]*mention{}
	for _, mn := range r.m.mentions[r.from(from):] {
		if mn.span.Start >= at {
			break
		}
		if mn.span.Start >= from {
			ms[r.m.tokenAt(mn.span.End)-1] = mn
		}
	}
	if k > k0 && strings.EqualFold(r.m.tok(k), "them") && strings.EqualFold(r.m.tok(k-1), "of") {
		return nil // "six of them": a number of things or people
	}
	if k > k0 && contrast[strings.ToLower(r.m.tok(k-1))] {
		return nil // "NATO never rescinded it, but they had": another party
	}
	object := strings.EqualFold(r.m.tok(k), "them")
	clause := false // a clause boundary lies between the pronoun and j
	for j := k - 1; j >= k0; j-- {
		if mn := ms[j]; mn != nil {
			if r.coordinated(mn, ms) {
				return nil
			}
			j = r.m.tokenAt(mn.span.Start)
			prev, next := "", ""
			if j > k0 {
				prev = strings.ToLower(r.m.tok(j - 1))
			}
			if e := r.m.tokenAt(mn.span.End); e < len(r.m.doc.Tokens) {
				next = r.m.tok(e)
			}
			switch {
			case complements[prev] || j > k0+1 && complements[strings.ToLower(r.m.tok(j-2))]:
				// "the garrison of 501st Legion returned with their",
				// "shop stewards from the Swan Hunter shipyard, who
				// said they": the complement of a noun, not the subject
			case examples[prev] || prev == "the" && j > k0+1 && examples[strings.ToLower(r.m.tok(j-2))]:
				return nil // "other sites such as Gawker.com": an example of a plural
			case locatives[prev] || j > k0+1 && locatives[strings.ToLower(r.m.tok(j-2))] || prev == "," && ms[j-2] != nil:
				// "women in Australia are getting what they need",
				// "from Sydney, Australia": a place, not an actor
			case next == "'s" || next == "’s" || possessive(next):
				// "China's official media reserve their …": the
				// possessor is not the subject
			case !r.isCollective(mn.ent, mn):
			case !r.subjectAt(j, k0):
				// "called on the US to strengthen the dollar, saying …
				// their", "a Labour spokesman said their": an object
				// or a modifier, seldom what "they" stands for
			case object && !clause:
				return nil // "the Liberal Democrats will offer them": not the subject of the clause
			default:
				return mn.ent
			}
			continue
		}
		w := strings.ToLower(r.m.tok(j))
		if w == "they" || w == "them" || w == "their" {
			// "activists said they were proud of what Labour had
			// achieved in their communities": the same as the first
			return r.collective(r.m.doc.Tokens[j].Start)
		}
		if r.pluralNoun(j) || w != "" && w[0] >= '0' && w[0] <= '9' || personalPronouns[w] || quoteMarks[w] {
			// "officials said they", "saved 200 more after they", "moved
			// her to the United Kingdom when she was six so they", "He
			// told the BBC: "Primarily they were …""
			return nil
		}
		if clauseOpeners[w] || w == "," || w == ";" || w == "who" || w == "to" {
			clause = true
		}
	}
	if k-k0 > 3 || k0 != r.m.tokenAt(r.m.sents[s].Start) || s == 0 || r.inQuote(at) {
		return nil
	}
	return r.subjectCollective(s - 1)
}

// coordinated reports whether the mention mn is joined by "and" or "or"
// to another name before it ("Blair and Ahern", "the school district and
// the police department", "Sri Lanka or Malaysia").
func (r *Resolver) coordinated(mn *mention, ms map[int]*mention) bool {
	j := r.m.tokenAt(mn.span.Start) - 1
	if j > 0 && strings.EqualFold(r.m.tok(j), "the") {
		j-- // "the district and the police department"
	}
	if j < 1 || !strings.EqualFold(r.m.tok(j), "and") && !strings.EqualFold(r.m.tok(j), "or") {
		return false
	}
	j--
	if r.m.tok(j) == "," && j > 0 {
		j-- // "Blair, Ahern, and Chirac"
	}
	o := ms[j]
	return o != nil && o.ent != nil && mn.ent != nil && o.ent != mn.ent
}

// subjectCollective returns the organisation, country or group that opens
// sentence s as its subject ("The Labour Party …", "Russia …"): the
// sentence's first name, with at most "the" before it, and not joined to
// another name by "and".
func (r *Resolver) subjectCollective(s int) *entity {
	sent := r.m.sents[s]
	for _, mn := range r.m.mentions[r.from(sent.Start):] {
		if mn.span.Start >= sent.End {
			break
		}
		if mn.span.Start < sent.Start {
			continue
		}
		lead := strings.TrimSpace(r.m.doc.Text[sent.Start:mn.span.Start])
		if lead != "" && lead != "The" && !r.frontedLead(sent.Start, lead) || !r.isCollective(mn.ent, mn) {
			return nil
		}
		if k := r.m.tokenAt(mn.span.End); k < len(r.m.doc.Tokens) {
			switch next := r.m.tok(k); {
			case strings.EqualFold(next, "and") || next == "," || next == "'s" || next == "’s" || possessive(next):
				return nil // "Fatah and Hamas", "Fatah, Hamas and …", "Korea's striker"
			case next != "" && unicode.IsUpper(rune(next[0])):
				return nil // "Korea midfielder Kim …": a modifier
			}
		}
		return mn.ent
	}
	return nil
}

// governedCountry resolves a description headed by a noun of government
// ("the government", "the Ruritanian regime") that no organisation's
// name fits to the country named last in its sentence or the one before;
// a capitalised modifier must name that country ("the Swedish
// government" is not Norway's, "the U.S government" not the Soviet
// Union's).
func (r *Resolver) governedCountry(words, ws []string, at int) *entity {
	mods, lmods := words[:len(words)-1], ws[:len(ws)-1]
	s := r.m.sentOf(at)
	if s < 0 || !placeModsFit(mods, lmods) {
		return nil
	}
	from := r.m.sents[max(s-1, 0)].Start
	i := sort.Search(len(r.m.mentions), func(i int) bool { return r.m.mentions[i].span.Start >= at })
	for j := i - 1; j >= 0 && r.m.mentions[j].span.Start >= from; j-- {
		mn := r.m.mentions[j]
		if mn.ent == nil || mn.ent.typ == document.PER || r.placeKind(mn.ent) != descCountry {
			continue
		}
		for k, w := range lmods {
			if isCapitalized(mods[k]) && !sameCountryName(strings.TrimSuffix(w, "."), mn.ent.names) && !containsFold(mn.ent.names, mods[k]) {
				return nil
			}
		}
		return mn.ent
	}
	return nil
}

// inQuote reports whether offset at lies in the words of a direct quote.
func (r *Resolver) inQuote(at int) bool {
	for _, q := range r.m.doc.Quotes {
		if q.Kind != "direct" || at < q.Start || at >= q.End {
			continue
		}
		if len(q.Parts) == 0 {
			return true
		}
		for _, p := range q.Parts {
			if p.Start <= at && at < p.End {
				return true
			}
		}
	}
	return false
}

// subjectAt reports whether a name whose first token is j (of a
// sentence whose first token is k0) stands where a subject does: at the
// sentence's start or after its first word ("Meanwhile the Tories"), or
// after a comma, a conjunction or a quote mark, "the" allowed between.
func (r *Resolver) subjectAt(j, k0 int) bool {
	if j > k0 && strings.EqualFold(r.m.tok(j-1), "the") {
		j--
	}
	if j == k0 || j == k0+1 && !strings.EqualFold(r.m.tok(k0), "a") && !strings.EqualFold(r.m.tok(k0), "an") {
		return true // not "A Labour spokesman said their …"
	}
	w := strings.ToLower(r.m.tok(j - 1))
	return subjectOpeners[w] || quoteMarks[w]
}

// subjectOpeners are the words after which a name opens a clause.
var subjectOpeners = setOf(`, ; : -- — and but that which when while because if as since so although though
	after before whereas`)
