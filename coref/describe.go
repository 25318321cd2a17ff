package coref

import (
	"sort"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// Definite descriptions: "the president", "the Pakistani president", "the
// bank", "the company", "the country", "the Jordanian capital". English
// uses a definite noun phrase for something the reader already knows, so
// the referent is an entity named earlier whose kind the head noun names:
//
//   - a role ("president", "minister", "leader") names a person the text
//     has described with that role ("President Trump", "Kim Jong Un, the
//     North Korean leader"); every other modifier must be in the
//     description too, save a nationality the description leaves open;
//   - an organisation noun names an organisation: best one whose name has
//     the noun ("the bank" for Riggs Bank, "the party" for the British
//     National Party) or that the text calls so ("milk firm Yili", "Yili,
//     China's biggest dairy firm"); "the company", "the firm" and "the
//     group" also fit a recent organisation whose name says nothing else
//     (no "Ministry", "Party", "Council");
//   - "the country" or "the nation" names a country, "the city", "the
//     capital" or "the town" a city, the nearest one.
//
// Among the fitting entities the better fit wins, then the nearer; for
// people, the more mentioned (a president described as such all through
// an article is "the president" even just after another president).

// A descKind is what a description's head noun names.
type descKind uint8

const (
	descNone descKind = iota
	descPerson
	descOrg
	descCountry
	descCity
	descRegion
)

// personNouns are heads, besides the role heads, that name a person by
// what the text said of them ("the businessman", "the militant").
var personNouns = setOf(`businessman businesswoman billionaire tycoon magnate mogul militant activist
	dissident cleric journalist reporter politician diplomat negotiator scholar expert banker investor
	entrepreneur actor actress singer star player striker bishop cardinal imam ayatollah monarch
	dictator ruler strongman president-elect head boss veteran`)

// orgNouns name an organisation; corporate ones also fit a bare name.
var orgNouns = setOf(`company firm bank group party ministry agency court council committee union
	commission organisation organization alliance coalition movement militia network newspaper
	broadcaster airline carrier maker giant retailer lender insurer exchange club team university
	college institute foundation charity association federation league board authority department
	embassy church fund corporation conglomerate operator manufacturer publisher chain watchdog
	regulator faction brotherhood front tabloid editorial`)

// pressNouns are heads that name a newspaper, or its voice ("the
// editorial said"); mastheads fit them. ("The paper" is left out: in an
// interview it is the speaker's own paper more often than the last one
// named.)
var pressNouns = setOf(`newspaper tabloid editorial`)

// mastheads are the words that end a newspaper's name ("The Baton Rouge
// Advocate", "The Guardian", "Daily Mail"): an organisation whose last
// name word is one is a newspaper, "the newspaper" or "the paper" later.
var mastheads = setOf(`times post journal herald tribune guardian telegraph advocate gazette observer
	chronicle examiner inquirer independent mirror express mail globe courier dispatch standard
	sun star monitor register bulletin record newspaper paper tabloid`)

var corporateNouns = setOf(`company firm group maker giant carrier retailer lender insurer operator
	manufacturer conglomerate corporation chain publisher`)

// nonCorporate are name words of organisations that are no company: "the
// company" is not the Foreign Ministry.
var nonCorporate = setOf(`ministry party council court committee commission agency department
	parliament assembly congress senate house government administration army navy police force
	forces university college school institute foundation union nations organisation
	organization front movement league federation association authority office embassy church
	brotherhood tribunal cabinet command guard`)

// ignorableMods are modifiers a description may add to what the text said
// of its referent: "the embattled president", "the 72-year-old leader".
var ignorableMods = setOf(`new top senior veteran embattled beleaguered outgoing incoming powerful
	influential controversial popular late current sitting reclusive young elderly`)

// abbrevs spell out abbreviated titles of descriptions ("Sen." is a
// senator).
var abbrevs = map[string]string{"gen": "general", "sen": "senator", "rep": "representative", "gov": "governor",
	"adm": "admiral", "col": "colonel", "lt": "lieutenant", "maj": "major", "capt": "captain", "dr": "doctor",
	"prof": "professor", "pres": "president", "sec": "secretary", "supt": "superintendent"}

// changers are modifiers that make a different role of a head: a vice
// president is not "the president", a former minister not "the minister".
var changers = setOf(`vice deputy assistant former ex acting prime first under associate lieutenant shadow`)

// descriptionKind returns what a description's head names.
func descriptionKind(head string) descKind { return descKinds()[head] }

// descKinds maps every head that names a kind to it (kindOf's answer),
// so that descriptionKind makes one look-up rather than up to eight.
var descKinds = sync.OnceValue(func() map[string]descKind {
	m := map[string]descKind{}
	add := func(w string) {
		if k := kindOf(w); k != descNone {
			m[w] = k
		}
	}
	for _, set := range []map[string]bool{roleHeads(), personNouns, extraPersonNouns, orgNouns, stateNouns, groupNouns} {
		for w := range set {
			add(w)
		}
	}
	for _, w := range []string{"country", "nation", "city", "capital", "town", "state", "province"} {
		add(w)
	}
	return m
})

// kindOf is descriptionKind by the word lists themselves.
func kindOf(head string) descKind {
	switch {
	case roleHeads()[head] || personNouns[head] || extraPersonNouns[head]:
		return descPerson
	case orgNouns[head] || stateNouns[head] || groupNouns[head]:
		return descOrg
	case head == "country" || head == "nation":
		return descCountry
	case head == "city" || head == "capital" || head == "town":
		return descCity
	case head == "state" || head == "province":
		return descRegion
	}
	return descNone
}

// descWords are a description's words, lower case, abbreviations spelled
// out, with a possessive cut off.
func descWords(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		lw := strings.ToLower(stripPossessive(w))
		if l, ok := abbrevs[strings.TrimSuffix(lw, ".")]; ok {
			lw = l
		}
		if lw != "" {
			out = append(out, lw)
		}
	}
	return out
}

// mayDescribe reports whether the last or the second last of
// descWords(words) names a kind (descriptionKind), which description
// needs of its head, without making the slice: most words after "the"
// ("the past year", "the results") are no such head.
func mayDescribe(words []string) bool {
	n := 0
	for i := len(words) - 1; i >= 0 && n < 2; i-- {
		lw := strings.ToLower(stripPossessive(words[i]))
		if l, ok := abbrevs[strings.TrimSuffix(lw, ".")]; ok {
			lw = l
		}
		if lw == "" {
			continue
		}
		if descriptionKind(lw) != descNone {
			return true
		}
		n++
	}
	return false
}

// description resolves the words of a definite description after "the"
// at src. A last word that is no noun the rules know ("the company
// says") is left out when the words before it make a description. A
// description completed by an of-phrase ("the capital of Shaba
// province", "the leader of the party") names something new, not an
// antecedent; one in apposition to a name ("Amman, the capital,") is
// that name's.
func (r *Resolver) description(words []string, src document.Span) *entity {
	if len(words) == 0 || len(words) > 6 || !mayDescribe(words) {
		return nil
	}
	ws := descWords(words)
	if len(ws) == 0 {
		return nil
	}
	kind := descriptionKind(ws[len(ws)-1])
	if kind == descNone && len(ws) > 1 && descriptionKind(ws[len(ws)-2]) != descNone && verbLike(ws[len(ws)-1]) {
		ws, words = ws[:len(ws)-1], words[:len(words)-1]
		kind = descriptionKind(ws[len(ws)-1])
		if k := r.m.tokenAt(src.End); k > 0 {
			src.End = r.m.doc.Tokens[k-1].Start // without the verb
			for src.End > src.Start && r.m.doc.Text[src.End-1] == ' ' {
				src.End--
			}
		}
	} else if kind != descNone && r.followedByOf(src.End) {
		if kind == descPerson {
			// "the leader of the Freedom Party", "the president of
			// Pakistan": the person the text gives that role of
			// that party or country, if one
			return r.roleOf(words, ws, src)
		}
		return nil
	}
	if kind == descNone {
		return nil
	}
	if r.namedAfter(src.End) && !possessive(words[len(words)-1]) {
		// "the company Hitwise", "the Chechen capital Grozny": the
		// name right after is the description's own, a new mention
		// rather than one to resolve (a caller asking about the whole
		// phrase finds the name in it)
		return nil
	}
	if e, ok := r.apposed(src); ok && !possessive(words[len(words)-1]) {
		if e != nil && r.kindFits(e, kind) {
			return e
		}
		return nil
	}
	if kind == descPerson {
		if e := r.cataphoric(src); e != nil {
			return e
		}
		if e := r.leads[src.Start]; e != nil {
			return e
		}
	}
	switch kind {
	case descPerson:
		return r.describedPerson(words, ws, src.Start)
	default:
		e := r.describedThing(kind, words, ws, src.Start)
		if e == nil && stateNouns[ws[len(ws)-1]] {
			e = r.governedCountry(words, ws, src.Start)
		}
		return e
	}
}

// namedAfter reports whether a name starts right after offset end, past
// spaces.
func (r *Resolver) namedAfter(end int) bool {
	k := r.m.tokenAt(end)
	if k >= len(r.m.doc.Tokens) || r.m.doc.Tokens[k].Start < end || strings.TrimSpace(r.m.doc.Text[end:r.m.doc.Tokens[k].Start]) != "" {
		return false // no word after, or the span ends inside one
	}
	start := r.m.doc.Tokens[k].Start
	for _, mn := range r.m.mentions[r.from(start):] {
		if mn.span.Start > start {
			break
		}
		if mn.span.Start == start {
			return true
		}
	}
	return false
}

// possessive reports whether a word ends in 's: "the country's" opens a
// longer noun phrase.
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// followedByOf reports whether the word after offset end is "of".
func (r *Resolver) followedByOf(end int) bool {
	k := r.m.tokenAt(end)
	return k < len(r.m.doc.Tokens) && strings.EqualFold(r.m.tok(k), "of")
}

// apposed reports whether the description at src stands in apposition to
// a name, between a comma after the name and a punctuation mark ("Amman,
// the capital, …"), and returns that name's entity (nil for a name
// coreference left out). "Kim Jong Un, the president told reporters" is
// no apposition: a verb follows.
func (r *Resolver) apposed(src document.Span) (*entity, bool) {
	k := r.m.tokenAt(src.Start)
	if k < 2 || r.m.tok(k-1) != "," {
		return nil, false
	}
	if n := r.m.tokenAt(src.End); n < len(r.m.doc.Tokens) {
		switch r.m.tok(n) {
		case ",", ".", ";", ")", "—", "--":
		default:
			return nil, false
		}
	}
	prev := r.m.doc.Tokens[k-2]
	i := sort.Search(len(r.m.mentions), func(i int) bool { return r.m.mentions[i].span.End >= prev.End })
	if i < len(r.m.mentions) && r.m.mentions[i].span.End == prev.End {
		return r.m.mentions[i].ent, true
	}
	return nil, false
}

// kindFits reports whether an entity is of the kind a description names.
func (r *Resolver) kindFits(e *entity, kind descKind) bool {
	switch kind {
	case descPerson:
		return e.typ == document.PER
	case descOrg:
		return e.typ == document.ORG
	case descRegion:
		return r.isRegion(e)
	}
	return r.placeKind(e) == kind
}

// verbLike reports whether a word after a noun is likely the verb of its
// clause rather than part of the noun phrase: "the company says".
func verbLike(w string) bool {
	return speechVerbs[w] || (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) || strings.HasSuffix(w, "ed")
}

// premodifier returns the phrase right before a person's name at offset
// start that ends in a role or person noun, with the adjectives and
// capitalised words before it in the sentence: "U.S. Democratic
// presidential candidate", "New York businessman", "Republican
// contender". It returns "" when the word before the name is no such noun.
func (r *Resolver) premodifier(start int) string {
	k := r.m.tokenAt(start) - 1
	if k < 0 {
		return ""
	}
	sent := r.m.sentOf(start)
	end := k // the last token of the phrase
	if w := strings.ToLower(r.m.tok(k)); !roleHeads()[w] && !personNouns[w] && !extraPersonNouns[w] {
		// a role with a complement: "Ambassador to Lebanon James Watt",
		// "Minister for Trade Ann Lee"
		j := k
		for j > 0 && j > k-4 && isCapitalized(r.m.tok(j)) && !titleWords()[strings.ToLower(r.m.tok(j))] {
			j--
		}
		if j == k || j < 1 || !roleComplement[r.m.tok(j)] || !roleHeads()[strings.ToLower(r.m.tok(j-1))] || !isCapitalized(r.m.tok(j-1)) {
			return ""
		}
		k = j - 1
	}
	if sent < 0 || r.m.sentOf(r.m.doc.Tokens[k].Start) != sent {
		return ""
	}
	first := k
	for j := k - 1; j >= 0 && j > k-6 && r.m.doc.Tokens[j].Start >= r.m.sents[sent].Start; j-- {
		w := r.m.tok(j)
		lw := strings.ToLower(w)
		if lw == "the" || lw == "a" || lw == "an" || possessive(w) || notNames[lw] && !isCapitalized(w) {
			break
		}
		if !(titleWords()[lw] || isCapitalized(w) || adjectival(lw) || roleChangers[lw]) {
			break
		}
		first = j
	}
	return r.m.doc.Text[r.m.doc.Tokens[first].Start:r.m.doc.Tokens[end].End]
}

// roleComplement are the prepositions of a title's complement: "Ambassador
// to Lebanon", "Minister for Trade", "Secretary of State".
var roleComplement = setOf(`to for of`)

// extraPersonNouns stand before a name as roles do: "Republican contender
// Donald Trump".
var extraPersonNouns = setOf(`contender rival challenger hopeful frontrunner front-runner`)

// adjectival reports whether a lower-case word looks like an adjective
// of a role: "presidential", "economic", "military", "chief".
func adjectival(w string) bool {
	for _, suf := range []string{"al", "ic", "ary", "ive", "ian", "ist"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// describedPerson returns the person one of whose descriptions has the
// head and the description's other modifiers; a nationality the entity's
// descriptions do not give is allowed when only one person fits so. The
// best fit wins, then the more mentioned, then the nearer.
func (r *Resolver) describedPerson(words, ws []string, at int) *entity {
	e, _, _ := r.describedPersonFit(words, ws, at)
	return e
}

// describedPersonFit is describedPerson that also returns the best fit
// (roleFit's 2 or 1) and how many people fit so.
func (r *Resolver) describedPersonFit(words, ws []string, at int) (*entity, int, int) {
	head := ws[len(ws)-1]
	if r.byHead == nil {
		r.indexDescribed()
	}
	cands := r.byHead[head]
	var best *entity
	bestFit, bestScore, ties := 0, 0, 0
	var near map[*entity]int
	seen := 0
	for i := len(cands) - 1; i >= 0 && seen < maxCandidates; i-- {
		e := cands[i]
		if r.m.mentions[e.first].span.Start >= at {
			continue
		}
		seen++
		fit := 0
		for _, ds := range [][]string{e.descs, r.premods[e]} {
			for _, d := range ds {
				if f := roleFit(words[:len(words)-1], ws[:len(ws)-1], head, d); f > fit {
					fit = f
				}
			}
		}
		if fit == 0 {
			continue
		}
		if near == nil {
			near = r.nearness(at)
		}
		score := min(e.count, 20)*4 + near[e]
		switch {
		case fit > bestFit || (fit == bestFit && score > bestScore):
			best, bestFit, bestScore, ties = e, fit, score, 1
		case fit == bestFit:
			ties++
		}
	}
	if bestFit == 1 && ties > 1 {
		return nil, bestFit, ties // "the Ruritanian president" and two presidents of unknown country
	}
	if best == nil || bestFit == 1 {
		// "The Pakistani president arrived … ¶ Pakistani President
		// Ned Gale met …": a role named before its holder (who fits it
		// better than a "President Jan Kos" of no nationality before)
		if e := r.namedLater(words, ws, at); e != nil {
			return e, 2, 1
		}
	}
	return best, bestFit, ties
}

// indexDescribed files the described people under each word of their
// descriptions, in order of first mention, so that a description looks
// only at the people whose descriptions have its head.
func (r *Resolver) indexDescribed() {
	r.byHead = map[string][]*entity{}
	for _, e := range r.described {
		filed := map[string]bool{}
		for _, ds := range [][]string{e.descs, r.premods[e]} {
			for _, d := range ds {
				dw := descWords(strings.Fields(d))
				if _, pw := premierFor(nil, dw); len(pw) < len(dw) {
					dw = append(dw, "premier")
				}
				for _, w := range dw {
					for _, k := range []string{w, strings.TrimSuffix(w, "s")} {
						if !filed[k] {
							filed[k] = true
							r.byHead[k] = append(r.byHead[k], e)
						}
					}
				}
			}
		}
	}
}

// roleFit tells how a description's modifiers and head fit one of an
// entity's descriptions d: 2 when d has the head and every modifier, 1
// when it has all but a nationality it leaves open, 0 otherwise. A
// modifier of d that makes another role ("vice", "former") must be in
// the description too.
func roleFit(mods, lmods []string, head, d string) int {
	raw := strings.Fields(d)
	dw := descWords(raw)
	if head == "premier" {
		// "the Russian premier" is the Russian prime minister
		raw, dw = premierFor(raw, dw)
	}
	hi := -1
	for i, w := range dw {
		// a possessive is no head: "the UN chief's personal
		// representative" is not the UN chief
		if (w == head || w == head+"s") && (len(dw) != len(raw) || !possessive(raw[i])) {
			hi = i
		}
	}
	if hi < 0 {
		return 0
	}
	for _, w := range dw[:hi] {
		if changers[w] && !containsWord(lmods, w) {
			return 0
		}
	}
	fit := 2
	for i, w := range lmods {
		if containsWord(dw, w) || ignorableMods[w] || isAge(w) {
			continue
		}
		if isNationality(mods[i]) || (compass[w] && i+1 < len(mods) && isNationality(mods[i+1])) {
			if !compass[w] && countryIn(strings.Fields(d), w) {
				continue // "the Pakistani president", "president of Pakistan"
			}
			if hasNationality(d) {
				return 0 // "the South Korean president", described as "North Korean leader"
			}
			fit = 1
			continue
		}
		return 0
	}
	return fit
}

// premierFor returns a description's raw words and words with "prime
// minister" read as "premier", the word news uses for a prime minister
// too; raw may be nil. The slices are copies when they change.
func premierFor(raw, dw []string) ([]string, []string) {
	for i := 0; i+1 < len(dw); i++ {
		if dw[i] == "prime" && dw[i+1] == "minister" {
			dw = append(append(append([]string{}, dw[:i]...), "premier"), dw[i+2:]...)
			if len(raw) == len(dw)+1 {
				raw = append(append(append([]string{}, raw[:i]...), "premier"), raw[i+2:]...)
			} else {
				raw = nil
			}
			return raw, dw
		}
	}
	return raw, dw
}

// isAge reports whether w is an age or a number-led compound: "72-year-old",
// "15-member".
func isAge(w string) bool { return strings.ContainsAny(w, "0123456789") }

// hasNationality reports whether a description names a nationality.
func hasNationality(d string) bool {
	for _, w := range strings.Fields(d) {
		if isNationality(stripPossessive(w)) && !titleWords()[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// nearness scores how recently each entity was mentioned before at: in
// the same paragraph 3, the one before 2, two before 1 (looking back over
// a bounded number of mentions).
func (r *Resolver) nearness(at int) map[*entity]int {
	out := map[*entity]int{}
	p := r.m.paraOf(at)
	i := sort.Search(len(r.m.mentions), func(i int) bool { return r.m.mentions[i].span.Start >= at })
	for j := i - 1; j >= 0 && j >= i-maxLookBack; j-- {
		mn := r.m.mentions[j]
		if _, ok := out[mn.ent]; ok || mn.ent == nil {
			continue
		}
		d := p - r.m.paraOf(mn.span.Start)
		if d < 0 || d >= 3 {
			break
		}
		out[mn.ent] = 3 - d
	}
	return out
}

// maxLookBack bounds the mentions a description looks back over.
const maxLookBack = 400

// describedThing resolves an organisation, country or city description to
// a fitting entity named before it. Of the organisations, one named
// earlier in the sentence wins, else the best fit, then the most recent:
// one whose name or text gives the head noun at any distance, one that
// only may be one within the last three paragraphs.
// Places must be named within the last three paragraphs: the nearest
// country for "the country", the nearest city for "the city" ("the
// Jordanian capital" only Amman).
func (r *Resolver) describedThing(kind descKind, words, ws []string, at int) *entity {
	head := ws[len(ws)-1]
	i := sort.Search(len(r.m.mentions), func(i int) bool { return r.m.mentions[i].span.Start >= at })
	p, s := r.m.paraOf(at), r.m.sentOf(at)
	seen := map[*entity]bool{}
	var best *entity
	bestFit := 0
	nat := ""
	for j := i - 1; j >= 0 && j >= i-maxLookBack; j-- {
		mn := r.m.mentions[j]
		e := mn.ent
		if e == nil || e.typ == document.PER || (seen[e] && mn.typ != document.MISC) {
			continue
		}
		seen[e] = true
		near := p < 0 || p-r.m.paraOf(mn.span.Start) < 3
		fit := 0
		switch kind {
		case descOrg:
			fit = r.orgFit(e, head, words[:len(words)-1], ws[:len(ws)-1])
			if fit < 2 && !near {
				fit = 0
			}
			if fit > 0 && s >= 0 && s == r.m.sentOf(mn.span.Start) {
				return e
			}
		case descCountry:
			if !placeModsFit(words[:len(words)-1], ws[:len(ws)-1]) {
				return nil
			}
			if near && r.placeKind(e) == descCountry {
				if nat != "" && !sameCountryName(nat, e.names) {
					return nil
				}
				return e
			}
			if t := r.m.doc.Text[mn.span.Start:mn.span.End]; nat == "" && mn.typ == document.MISC && r.m.sentOf(mn.span.Start) == s && country.Capital(strings.ToLower(t)) != "" {
				// "the Ugandan government … jobs outside the country":
				// a nationality in the sentence may name another country
				nat = strings.ToLower(t)
			}
		case descRegion:
			// "the state" is the last place named when that is a
			// state or province ("Virginia"); after a country it is
			// more likely the country's government
			if !near || !placeModsFit(words[:len(words)-1], ws[:len(ws)-1]) {
				return nil
			}
			switch {
			case r.placeKind(e) == descCountry:
				return nil
			case r.isRegion(e):
				return e
			}
		case descCity:
			if near && r.placeKind(e) == descCity && placeModsFit(words[:len(words)-1], ws[:len(ws)-1]) && r.cityFits(e, head, words[:len(words)-1], ws[:len(ws)-1]) {
				return e
			}
		}
		if fit > bestFit {
			best, bestFit = e, fit
		}
	}
	return best
}

// placeModsFit reports whether the modifiers of "the country" or "the
// city" may describe a place named before: a nationality, a capitalised
// region ("the African nation"), an evaluative word. Others make a new
// referent ("the host country", "the only country", "the neighbouring
// country").
func placeModsFit(mods, lmods []string) bool {
	for i, w := range lmods {
		if !(ignorableMods[w] || isAge(w) || isNationality(mods[i]) || isCapitalized(mods[i])) {
			return false
		}
	}
	return true
}

// cityFits reports whether a city fits "the capital" or "the city" with
// its modifiers: a capital must be one of the table's; a nationality must
// be that of the country whose capital it is ("the Jordanian capital" is
// Amman, not London); other modifiers are let be ("the northern city").
func (r *Resolver) cityFits(e *entity, head string, mods, lmods []string) bool {
	if head == "capital" && !isCapital(e.names) {
		return false // "the capital" is not a suburb named last
	}
	for i, w := range lmods {
		if !isNationality(mods[i]) {
			continue
		}
		c := country.Capital(w)
		if c == "" {
			return false
		}
		if !containsFold(e.names, c) {
			return false
		}
	}
	return true
}

// isCapital reports whether one of the names is a capital of the table.
func isCapital(names []string) bool {
	for _, n := range names {
		if country.IsCapital(n) {
			return true
		}
	}
	return false
}

// orgFit tells how an organisation fits an organisation noun: 2 when one
// of its names has the noun ("Riggs Bank") or the text puts the noun
// beside its name ("milk firm Yili", "Yili, a dairy firm,"); 1 when the
// noun is corporate and the name says nothing against it; 0 otherwise.
func (r *Resolver) orgFit(e *entity, head string, mods, lmods []string) int {
	if e.typ != document.ORG || !r.orgModsFit(e, mods, lmods) {
		return 0
	}
	other := false
	lower, _ := e.orgWords()
	group := groupNouns[head]
	for _, lw := range lower {
		if lw == head || plural(lw, head) || group && plural(head, lw) || (head == "organisation" && lw == "organization") || (head == "organization" && lw == "organisation") {
			return 2
		}
		if nonCorporate[lw] {
			other = true
		}
	}
	if pressNouns[head] && r.masthead(e) {
		return 2
	}
	if r.calledSo(e, head) || groupNouns[head] && (r.calledSo(e, strings.TrimSuffix(head, "s")) || r.calledSo(e, "+"+head)) {
		return 2
	}
	if corporateNouns[head] && !other && r.placeKind(e) == descNone {
		return 1
	}
	return 0
}

// plural reports whether w is sg+"s" (without making that string).
func plural(w, sg string) bool {
	return len(w) == len(sg)+1 && w[len(sg)] == 's' && w[:len(sg)] == sg
}

// masthead reports whether an organisation is a newspaper by its name: a
// name of two words or more whose last word is a masthead word ("The
// Advocate", "Sunday Times"), or that has "Daily" before its last word
// ("New York Daily News"). A name of one word ("Post", "Mail") is one
// when the text writes "The" before it ("editors of The Advocate").
func (r *Resolver) masthead(e *entity) bool {
	for _, n := range e.names {
		ws := fields(n)
		if len(ws) == 0 {
			continue
		}
		if mastheads[strings.ToLower(stripPossessive(ws[len(ws)-1]))] && (len(ws) > 1 || r.theCapital(e)) {
			return true
		}
		for _, w := range ws[:len(ws)-1] {
			if w == "Daily" {
				return true
			}
		}
	}
	return false
}

// theCapital reports whether a mention of e follows a capitalised "The"
// ("The Advocate", "The Guardian").
func (r *Resolver) theCapital(e *entity) bool {
	for _, mn := range r.m.mentions {
		if mn.ent != e {
			continue
		}
		if k := r.m.tokenAt(mn.span.Start); k > 0 && r.m.doc.Text[r.m.doc.Tokens[k-1].Start:r.m.doc.Tokens[k-1].End] == "The" {
			return true
		}
	}
	return false
}

// orgModsFit reports whether an organisation's names have each modifier
// of a description ("the central bank", "the al-Qaida terror group" need
// the words); a nationality, an ordinal or an evaluative word may be
// left out ("the Chinese firm", "the embattled company").
func (r *Resolver) orgModsFit(e *entity, mods, lmods []string) bool {
	for i, w := range lmods {
		if isNationality(mods[i]) {
			if otherCountry(e.names, w) {
				return false // "the US giant" is not Japan Airlines
			}
			continue
		}
		if ignorableMods[w] || isAge(w) {
			continue
		}
		if _, dw := e.orgWords(); !containsWord(dw, w) {
			return false
		}
	}
	return true
}

// orgWords returns e.lowerWords and e.nameDescWords, making them on the
// first call (an entity's names are final once a resolver reads it).
func (e *entity) orgWords() (lower, desc []string) {
	if !e.wordsMade {
		e.wordsMade = true
		for _, n := range e.names {
			ws := fields(n)
			for _, w := range ws {
				e.lowerWords = append(e.lowerWords, strings.ToLower(stripPossessive(w)))
			}
			e.nameDescWords = append(e.nameDescWords, descWords(ws)...)
		}
	}
	return e.lowerWords, e.nameDescWords
}

// calledSo reports whether the text puts noun beside one of e's mentions:
// right before it ("milk firm Yili") or ending an appositive after it
// ("Yili, China's biggest dairy firm,"). The nouns beside every
// organisation are gathered once, in one pass over the mentions.
func (r *Resolver) calledSo(e *entity, noun string) bool {
	if r.beside == nil {
		r.beside = map[*entity][]string{}
		toks := r.m.doc.Tokens
		for _, mn := range r.m.mentions {
			if mn.ent == nil || mn.ent.typ != document.ORG {
				continue
			}
			k := r.m.tokenAt(mn.span.Start)
			if k > 0 && k <= len(toks) {
				r.beside[mn.ent] = append(r.beside[mn.ent], strings.ToLower(r.m.tok(k-1)))
			}
			k = r.m.tokenAt(mn.span.End)
			if k < len(toks) && groupNouns[r.m.tok(k)] {
				// "Tamil Tiger rebels": the noun after the name,
				// marked apart
				r.beside[mn.ent] = append(r.beside[mn.ent], "+"+r.m.tok(k))
			}
			if k >= len(toks) || r.m.tok(k) != "," {
				continue
			}
			for j := k + 1; j < len(toks) && j < k+10; j++ {
				w := r.m.tok(j)
				if speechVerbs[w] || clausePronouns[strings.ToLower(w)] || w == "\"" || w == "“" || w == "”" {
					// "with ABN Amro, told the newspaper.", "Santa,"
					// he told the tabloid": a clause, no appositive
					break
				}
				if w == "," || w == "." || w == ";" || w == "(" || w == "—" {
					if j > k+1 {
						r.beside[mn.ent] = append(r.beside[mn.ent], strings.ToLower(r.m.tok(j-1)))
					}
					break
				}
			}
		}
	}
	return containsWord(r.beside[e], noun)
}

// clausePronouns open a clause, not an appositive.
var clausePronouns = setOf(`he she it they we i you`)

// placeKind tells whether an entity is a country or a city by the
// gazetteer's lists (a country first: "Singapore" is both), else
// descNone. It is computed once per entity.
func (r *Resolver) placeKind(e *entity) descKind {
	if k, ok := r.places[e]; ok {
		return k
	}
	k := descNone
	if e.typ == document.LOC || e.typ == document.ORG || e.typ == document.MISC {
		for _, n := range e.names {
			if inList(n, "country") || country.IsAlias(n) {
				k = descCountry
				break
			}
			if e.typ == document.LOC && inList(n, "city") && !inList(n, "location") {
				k = descCity
			}
		}
	}
	if r.places == nil {
		r.places = map[*entity]descKind{}
	}
	r.places[e] = k
	return k
}

// isRegion reports whether a place is a state or province (a
// subdivision of the gazetteer's region list), not a country.
func (r *Resolver) isRegion(e *entity) bool {
	if e.typ != document.LOC || r.placeKind(e) == descCountry {
		return false
	}
	for _, n := range e.names {
		if inList(n, "region") {
			return true
		}
	}
	return false
}

// inList reports whether the whole name is an entry of the gazetteer list.
func inList(name, list string) bool {
	g := gazetteer.Default()
	return g != nil && g.In(fields(name), list)
}

// otherCountry reports whether one of the names has a country or
// nationality word that is not the nationality nat: "Japan Airlines" for
// "US".
func otherCountry(names []string, nat string) bool {
	for _, n := range names {
		for _, w := range fields(n) {
			if isNationalityWord(w) && !sameCountry(nat, strings.ToLower(w)) {
				return true
			}
		}
	}
	return false
}

// sameCountry reports whether a nationality and a country or nationality
// word name the same country, by their first four letters ("japanese",
// "japan") or a few irregular pairs.
func sameCountry(a, b string) bool {
	a, b = strings.ReplaceAll(a, ".", ""), strings.ReplaceAll(b, ".", "")
	if len(a) >= 4 && len(b) >= 4 && a[:4] == b[:4] || a == b {
		return true
	}
	canon := func(s string) string {
		switch s {
		case "us", "usa", "american", "america":
			return "us"
		case "uk", "british", "britain", "english", "england":
			return "uk"
		case "french", "france":
			return "france"
		case "dutch", "netherlands", "holland":
			return "netherlands"
		case "swiss", "switzerland":
			return "switzerland"
		}
		return s
	}
	return canon(a) == canon(b)
}

// isNationalityWord reports whether w is a nationality or a country by
// the gazetteer's lists.
func isNationalityWord(w string) bool {
	return isCapitalized(w) && (inList(w, "nationality") || inList(w, "country") || country.IsAlias(w))
}

// sameCountryName reports whether one of a country's names is that of
// nationality nat.
func sameCountryName(nat string, names []string) bool {
	for _, n := range names {
		for _, w := range fields(n) {
			if sameCountry(nat, strings.ToLower(w)) {
				return true
			}
		}
	}
	return false
}
