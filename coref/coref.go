// Package coref groups the entity mentions of one article into entities:
// name variants ("Mike Pompeo", "Pompeo", "Secretary of State Mike
// Pompeo"), acronyms ("U.N." and "United Nations"), and short names that
// two people share, resolved by context ("Gen. Kim" is Kim Yong Chol, a
// bare "Kim" beside Kim Jong Un is the leader). Titles, roles and
// appositives become descriptions, never names ("President Trump" is the
// entity "Trump", described as "President"); the canonical name is the
// fullest name the text gives.
//
// Its Resolver tells which entity a quote's source or a relation's
// argument refers to: a name, a pronoun ("he said", resolved to the last
// fitting speaker, with gender from first names, honorifics and earlier
// pronouns) or a definite description: a known role ("the president", "the
// North Korean leader"), an organisation noun ("the bank", "the company"),
// "the country" or "the capital" (docs/coref.md).
//
// When the document has no entity mentions (no tagger ran), entities are
// guessed from capitalised name sequences, with a warning.
package coref

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// Version identifies the coreference rules.
const Version = "coref-rules/8"

// Process is the coreference stage: it sets doc.Entities and the Entity of
// every mention.
func Process(ctx context.Context, doc *document.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m := build(doc)
	if m.fallback && len(m.ents) > 0 {
		doc.Warn("coref", "no entity mentions (the entity tagger did not run); entities are guessed from capitalised names")
	}
	doc.Entities = m.entities()
	for _, mn := range m.mentions {
		if mn.idx >= 0 && mn.ent != nil {
			doc.Mentions[mn.idx].Entity = mn.ent.id
		}
	}
	return nil
}

// A mention is a name in the text, with what surrounds it.
type mention struct {
	idx  int // index in doc.Mentions, -1 for a guessed name
	span document.Span
	typ  string
	// name is the mention without titles or possessive; words its words.
	name  string
	words []string
	// descs are the titles and roles before it and its appositive.
	descs []string
	// title is the title word right before (or inside) the mention
	// ("gen.", "president"), "" if none.
	title  string
	gender gender
	para   int
	ent    *entity
	// key is the name's comparison form, keys its key words (lower
	// case, no dots, no suffixes).
	key  string
	keys []string
	// ckey is key with a country's other name turned into the short
	// one news uses ("DPRK" → "north korea", "U.K." → "britain")
	ckey string
}

// An entity is a group of mentions.
type entity struct {
	id     string
	typ    string
	names  []string   // distinct name forms, in order of appearance
	nkeys  []string   // the comparison form of each name
	ckeys  []string   // and its country form (mention.ckey)
	keys   [][]string // the key words of each name
	descs  []string
	first  int // mention index of the first mention
	count  int
	gender gender
	// named is the gender its names and honorifics give (set by
	// NewResolver), never one a resolved pronoun gave (Doubtful).
	named gender
	// titled is set when the text calls it by title and a one-word name
	// ("Gen. Kim"): a bare "Kim" then more likely means someone else.
	titled   bool
	lastPara int
	// seen is the number of the last mention (plus one) this entity was
	// compared with, so that each comparison happens once.
	seen  int
	types map[string]int
	// lowerWords are the words of all its names, lower case without a
	// possessive, and nameDescWords their descWords, made on first use
	// by orgWords (orgFit and orgModsFit read them for every
	// organisation a description looks back over).
	lowerWords, nameDescWords []string
	wordsMade                 bool
}

// A model is the result of coreference on one document.
type model struct {
	doc      *document.Document
	mentions []*mention
	ents     []*entity
	fallback bool
	paras    []document.Span
	sents    []document.Span
	// index finds the entities that may match a name: by each key word
	// of its names, by acronym and by first word.
	index map[string][]*entity
	// places holds the key words of the two-word place names the text
	// mentions (hasPlace), built on first use
	places map[[2]string]bool
}

func build(doc *document.Document) *model {
	m := &model{doc: doc, paras: doc.Paragraphs, sents: doc.Sentences, index: map[string][]*entity{}}
	var ms []document.Mention
	if len(doc.Mentions) > 0 {
		ms = doc.Mentions
	} else {
		ms = guessNames(doc)
		m.fallback = true
	}
	for i, dm := range ms {
		mn := m.newMention(dm)
		if m.fallback {
			mn.idx = -1
		} else {
			mn.idx = i
		}
		if mn.name == "" {
			continue
		}
		m.mentions = append(m.mentions, mn)
	}
	for i, mn := range m.mentions {
		m.attach(i, mn)
	}
	// IDs in order of first mention.
	sort.SliceStable(m.ents, func(i, j int) bool { return m.ents[i].first < m.ents[j].first })
	for i, e := range m.ents {
		e.id = "E" + itoa(i+1)
	}
	return m
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// paraOf returns the index of the paragraph containing offset off, or -1.
func (m *model) paraOf(off int) int {
	i := sort.Search(len(m.paras), func(i int) bool { return m.paras[i].End > off })
	if i < len(m.paras) && m.paras[i].Start <= off {
		return i
	}
	return -1
}

// sentOf returns the index of the sentence containing offset off, or -1.
func (m *model) sentOf(off int) int {
	i := sort.Search(len(m.sents), func(i int) bool { return m.sents[i].End > off })
	if i < len(m.sents) && m.sents[i].Start <= off {
		return i
	}
	return -1
}

// tokenAt returns the index of the first token that ends after off.
func (m *model) tokenAt(off int) int {
	return sort.Search(len(m.doc.Tokens), func(i int) bool { return m.doc.Tokens[i].End > off })
}

func (m *model) tok(i int) string {
	t := m.doc.Tokens[i]
	return m.doc.Text[t.Start:t.End]
}

// newMention reads a mention with its titles, roles and appositive.
func (m *model) newMention(dm document.Mention) *mention {
	mn := &mention{span: dm.Span, typ: dm.Type, para: m.paraOf(dm.Start)}
	text := m.doc.Slice(dm.Span)
	words := fields(text)
	// Titles inside the mention ("President Trump" tagged whole).
	var inner []string
	for len(words) > 1 {
		w := strings.ToLower(words[0])
		if g, ok := honorifics[w]; ok {
			mn.gender = g
			mn.title = w
			words = words[1:]
			continue
		}
		nat := isNationality(words[0]) || (compass[w] && len(words) > 2 && isNationality(words[1]))
		if (titleWords()[w] || (w == "of" && len(inner) > 0) || (nat && len(words) > 2 && titleWords()[strings.ToLower(words[1])] || nat && compass[w])) && mn.typ == document.PER {
			inner = append(inner, words[0])
			mn.title = w
			words = words[1:]
			continue
		}
		break
	}
	if len(words) > 0 {
		words[len(words)-1] = stripPossessive(words[len(words)-1])
		if words[len(words)-1] == "" {
			words = words[:len(words)-1]
		}
	}
	if strings.EqualFold(firstWord(words), "the") && mn.typ != document.PER {
		words = words[1:]
	}
	if mn.typ == document.LOC && len(words) == 1 && partyState(words[0]) {
		// "Harry Reid (D-Nev.)": the state, without the party
		words = []string{words[0][2:]}
	}
	mn.words = words
	mn.name = strings.Join(words, " ")
	mn.keys = keyWords(words)
	mn.key = key(mn.name)
	mn.ckey = countryKey(mn.name, mn.key)
	innerDesc := ""
	if len(inner) > 0 && roleOf(inner) {
		innerDesc = strings.Join(inner, " ")
	}
	if len(m.doc.Tokens) > 0 && mn.typ == document.PER {
		if d, title, g := m.preModifier(dm.Start, innerDesc != ""); d != "" || g != unknown {
			if innerDesc != "" && d != "" {
				// "Vice" before a mention "Marshal Jo Myong-rok"
				d, innerDesc = d+" "+innerDesc, ""
			}
			if d != "" {
				mn.descs = append([]string{d}, mn.descs...)
			}
			if title != "" {
				mn.title = title
			}
			if g != unknown {
				mn.gender = g
			}
		}
		if d := m.appositive(dm.End); d != "" {
			mn.descs = append(mn.descs, d)
		}
	}
	if innerDesc != "" {
		mn.descs = append(mn.descs, innerDesc)
	}
	if mn.gender == unknown && mn.typ == document.PER && len(words) > 1 {
		mn.gender = nameGender(words[0])
	}
	return mn
}

func firstWord(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	return ws[0]
}

// roleOf reports whether a run of title words holds a role head.
func roleOf(words []string) bool {
	for _, w := range words {
		if roleHeads()[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// preModifier reads the titles and roles just before a name: "Secretary of
// State", "North Korean leader", "Russian Foreign Minister", "Gen.". It
// returns the description (empty for honorifics alone, and for title words
// without a role unless titled: the mention itself starts with a role),
// the title word nearest the name and the gender an honorific gives.
func (m *model) preModifier(start int, titled bool) (string, string, gender) {
	k := m.tokenAt(start) - 1
	if k < 0 {
		return "", "", unknown
	}
	sent := m.sentOf(m.doc.Tokens[k].Start)
	if sent < 0 || sent != m.sentOf(start) {
		return "", "", unknown
	}
	sentStart := m.sents[sent].Start
	first := -1
	title := ""
	g := unknown
	for j := k; j >= 0 && j > k-8 && m.doc.Tokens[j].Start >= sentStart; j-- {
		w := m.tok(j)
		lw := strings.ToLower(w)
		if hg, ok := honorifics[lw]; ok && j == k {
			g = hg
			title = lw
			first = j + 1
			break
		}
		switch {
		case titleWords()[lw] && (isCapitalized(w) || roleHeads()[lw]):
		case lw == "of" && first >= 0:
		case isNationality(w) || (isCapitalized(w) && j+1 <= k && isNationality(m.tok(j+1)) && compass[lw]):
		default:
			j = -1
			continue
		}
		if title == "" {
			title = lw
		}
		first = j
	}
	if first < 0 || first > k {
		return "", title, g
	}
	var ws []string
	for j := first; j <= k; j++ {
		ws = append(ws, m.tok(j))
	}
	for len(ws) > 0 && strings.ToLower(ws[0]) == "of" {
		ws = ws[1:]
	}
	if !roleOf(ws) && !titled {
		return "", title, g
	}
	s := m.doc.Tokens[first].Start
	// (only the next three bytes are compared: lowercasing the rest of
	// the text made every mention cost the document's length)
	for s+3 <= len(m.doc.Text) && strings.EqualFold(m.doc.Text[s:s+3], "of ") {
		s += 3
	}
	return strings.TrimSpace(m.doc.Text[s:m.doc.Tokens[k].End]), title, g
}

var speechVerbs = setOf(`said says say told tells added adds reported reports announced wrote writes
	asked asks noted argued claimed insisted warned explained stated declared replied responded`)

// speechFirst marks the first bytes of speechVerbs' words, and
// speechMin and speechMax bound their lengths: isSpeechVerb tests them
// before the set look-up, which most words fail.
var speechFirst, speechMin, speechMax = func() (t [256]bool, lo, hi int) {
	lo = 1 << 30
	for w := range speechVerbs {
		t[w[0]] = true
		lo, hi = min(lo, len(w)), max(hi, len(w))
	}
	return t, lo, hi
}()

// isSpeechVerb reports speechVerbs[w].
func isSpeechVerb(w string) bool {
	return len(w) >= speechMin && len(w) <= speechMax && speechFirst[w[0]] && speechVerbs[w]
}

var compass = setOf(`north south east west new northern southern eastern western central`)

// isNationality reports whether w looks like a nationality adjective:
// "Russian", "Chinese", "Korean", "Israeli", "British", "U.S.".
func isNationality(w string) bool {
	if !isCapitalized(w) || len(w) < 4 {
		return w == "U.S." || w == "US" || w == "U.N." || w == "UN"
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"an", "ese", "ish", "i", "ic", "ch"} {
		if strings.HasSuffix(lw, suf) && !strings.HasSuffix(lw, "tion") {
			return true
		}
	}
	return false
}

// appositive reads ", a North Korean spy chief and four-star general who
// …," after a name: a phrase that starts with a determiner or a role and
// ends at the next comma, dash or the sentence end; a relative clause is
// cut off.
func (m *model) appositive(end int) string {
	k := m.tokenAt(end)
	if k >= len(m.doc.Tokens) || m.tok(k) != "," || k+1 >= len(m.doc.Tokens) {
		return ""
	}
	sent := m.sentOf(m.doc.Tokens[k].Start)
	if sent < 0 {
		return ""
	}
	sentEnd := m.sents[sent].End
	a := k + 1
	w := strings.ToLower(m.tok(a))
	if w != "a" && w != "an" && w != "the" && !(titleWords()[w] && roleHeads()[w]) {
		return ""
	}
	b := a
	for b < len(m.doc.Tokens) && b < a+25 && m.doc.Tokens[b].End <= sentEnd {
		t := m.tok(b)
		lt := strings.ToLower(t)
		if t == "," || t == ";" || t == "—" || t == "--" || t == "(" || t == "." || t == "“" || t == "\"" || t == "”" {
			break
		}
		if lt == "who" || lt == "which" || lt == "that" || lt == "whose" {
			break
		}
		if speechVerbs[lt] {
			return "" // "…, the president told reporters": a clause, not an appositive
		}
		b++
	}
	if b-a < 2 || b-a >= 25 {
		return ""
	}
	// An appositive is followed by a comma, the sentence end or a verb;
	// a list ("Kim, the president, and …") is not told apart here.
	return strings.TrimSpace(m.doc.Text[m.doc.Tokens[a].Start:m.doc.Tokens[b-1].End])
}

// attach adds mention i to an existing entity or a new one.
func (m *model) attach(i int, mn *mention) {
	var best *entity
	bestScore := -1e9
	for _, k := range lookupKeys(mn, false) {
		cands := m.index[k]
		if len(cands) > maxCandidates {
			// a word shared by very many names: the latest ones only,
			// so that pathological input stays linear
			cands = cands[len(cands)-maxCandidates:]
		}
		for _, e := range cands {
			if e.seen == i+1 {
				continue
			}
			e.seen = i + 1
			ok, s := m.compatible(e, mn)
			if ok && (s > bestScore || (s == bestScore && e.first < best.first)) {
				best, bestScore = e, s
			}
		}
	}
	if best == nil {
		best = &entity{typ: mn.typ, first: i, types: map[string]int{}}
		m.ents = append(m.ents, best)
	}
	if !containsFold(best.names, mn.name) {
		for _, k := range lookupKeys(mn, true) {
			m.index[k] = append(m.index[k], best)
		}
	}
	m.add(best, mn)
}

// maxCandidates bounds the entities one name is compared with.
const maxCandidates = 64

// lookupKeys are the index keys of a name: its key words, and the bridge
// between an acronym and the full name ("U.N." is filed as "#UN", where
// "United Nations" looks, and "United Nations" as "@UN", where "U.N."
// looks). Two full names with the same initials never meet.
func lookupKeys(mn *mention, filing bool) []string {
	name := mn.name
	ks := mn.keys
	if mn.typ == document.PER {
		return ks // people have no acronyms
	}
	acr, full := "#", "@"
	if !filing {
		acr, full = full, acr
	}
	a, b := asAcronym(name), acronym(name)
	if mn.typ == document.LOC {
		// "DPRK" and "North Korea", "U.K." and "Britain" meet under
		// the country's short name
		ks = append(ks[:len(ks):len(ks)], "="+mn.ckey)
	}
	if a == "" && b == "" {
		return ks
	}
	ks = append(make([]string, 0, len(ks)+2), ks...)
	if a != "" {
		ks = append(ks, acr+a)
	}
	if b != "" {
		ks = append(ks, full+b)
	}
	return ks
}

func (m *model) add(e *entity, mn *mention) {
	mn.ent = e
	e.count++
	e.types[mn.typ]++
	if !containsFold(e.names, mn.name) {
		e.names = append(e.names, mn.name)
		e.nkeys = append(e.nkeys, mn.key)
		e.ckeys = append(e.ckeys, mn.ckey)
		e.keys = append(e.keys, mn.keys)
	}
	for _, d := range mn.descs {
		if !containsFold(e.descs, d) {
			e.descs = append(e.descs, d)
		}
	}
	if mn.gender != unknown && e.gender == unknown {
		e.gender = mn.gender
	}
	if len(mn.words) == 1 && mn.title != "" {
		e.titled = true
	}
	e.lastPara = mn.para
	// The type is PER as soon as one mention says so, else the majority.
	if e.types[document.PER] > 0 {
		e.typ = document.PER
	} else {
		best := 0
		for t, n := range e.types {
			if n > best || (n == best && t < e.typ) {
				e.typ, best = t, n
			}
		}
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// compatible reports whether mention mn may refer to entity e, and how
// well it fits.
func (m *model) compatible(e *entity, mn *mention) (bool, float64) {
	k := mn.key
	for _, nk := range e.nkeys {
		// A one-word person name may be shared ("Kim"): it is scored
		// below, not matched outright.
		if nk == k && (len(mn.words) > 1 || mn.typ != document.PER) {
			if mn.gender != unknown && e.gender != unknown && mn.gender != e.gender {
				return false, 0
			}
			return true, 100 + m.recency(e, mn)
		}
	}
	if mn.typ != document.PER || e.typ != document.PER {
		return m.compatibleName(e, mn)
	}
	if mn.gender != unknown && e.gender != unknown && mn.gender != e.gender {
		return false, 0
	}
	mw := mn.keys
	sub, super := false, true
	for _, nw := range e.keys {
		if isSubset(mw, nw) {
			sub = true
		}
		if len(nw) > 1 && !isSubset(nw, mw) && !isSubset(mw, nw) {
			super = false // a conflicting full name: "Bill Clinton" vs "Hillary Clinton"
		}
	}
	if !sub {
		// a fuller name of a short one: "Trump", then "Donald Trump"
		if !super {
			return false, 0
		}
		any := false
		for _, nw := range e.keys {
			if isSubset(nw, mw) {
				any = true
			}
		}
		if !any {
			return false, 0
		}
	}
	score := m.recency(e, mn) + 0.1*float64(e.count)
	if mn.title != "" {
		if m.titleFits(e, mn.title) {
			score += 5
		}
	} else if len(mn.words) == 1 && e.titled {
		score -= 2
	}
	return true, score
}

// compatibleName matches organisations, places and other names: the same
// name without "the", an acronym of it ("U.N."/"United Nations"), or its
// first word alone ("Brookings").
func (m *model) compatibleName(e *entity, mn *mention) (bool, float64) {
	if (e.typ == document.PER) != (mn.typ == document.PER) {
		return false, 0
	}
	a, full := asAcronym(mn.name), acronym(mn.name)
	places := mn.typ == document.LOC && e.typ == document.LOC
	for i, nw := range e.keys {
		n := e.names[i]
		if places && e.ckeys[i] == mn.ckey {
			return true, 50 + m.recency(e, mn) // "DPRK" after "North Korea"
		}
		if a != "" && full == "" && acronym(n) == a {
			return true, 50 + m.recency(e, mn)
		}
		if full != "" && asAcronym(n) == full {
			return true, 50 + m.recency(e, mn)
		}
		if places && (m.half(mn.keys, nw) || m.half(nw, mn.keys)) {
			// "the North" where the text names North and South Korea,
			// and "North Korea" after such a "North"
			return true, 40 + m.recency(e, mn)
		}
		if len(mn.keys) == 1 && len(nw) > 1 && nw[0] == mn.keys[0] && mn.typ == document.ORG && !compass[nw[0]] {
			return true, 10 + m.recency(e, mn)
		}
	}
	return false, 0
}

// recency scores how close the entity's last mention is: the same
// paragraph 3, the previous one 2, else 0.
func (m *model) recency(e *entity, mn *mention) float64 {
	switch d := mn.para - e.lastPara; {
	case d == 0:
		return 3
	case d == 1:
		return 2
	}
	return 0
}

// titleFits reports whether a title before a short name fits what the
// entity is: "Gen." fits "four-star general".
func (m *model) titleFits(e *entity, title string) bool {
	t := strings.TrimSuffix(title, ".")
	long := map[string]string{"gen": "general", "sen": "senator", "rep": "representative", "gov": "governor",
		"adm": "admiral", "col": "colonel", "lt": "lieutenant", "maj": "major", "capt": "captain", "dr": "doctor", "prof": "professor"}
	for _, d := range e.descs {
		ld := strings.ToLower(d)
		if strings.Contains(ld, t) || (long[t] != "" && strings.Contains(ld, long[t])) {
			return true
		}
	}
	return false
}

func keyWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		k := key(w)
		if k == "" || nameSuffixes[k] {
			continue
		}
		out = append(out, k)
	}
	return out
}

// isSubset reports whether every word of a is in b.
func isSubset(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// entities returns the document entities: the canonical name is the
// fullest name (most words, then longest), the others are aliases.
func (m *model) entities() []document.Entity {
	out := make([]document.Entity, 0, len(m.ents))
	for _, e := range m.ents {
		name := canonical(e.names)
		if e.typ == document.LOC {
			name = shortCountry(e.names, name)
		}
		var aliases []string
		for _, n := range e.names {
			if n != name {
				aliases = append(aliases, n)
			}
		}
		out = append(out, document.Entity{ID: e.id, Name: name, Type: e.typ, Aliases: aliases, Descriptions: e.descs})
	}
	return out
}

// partyState reports whether w is a party's initial joined to a state's
// abbreviation, as US news tags a lawmaker: "D-Nev", "R-S.C", "I-VT".
func partyState(w string) bool {
	return len(w) > 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// halves pairs the compass words of a divided country's two names.
var halves = map[string]string{"north": "south", "south": "north", "east": "west", "west": "east"}

// half reports whether the one-word place lone ("north") is the half of
// the divided country whole ("north", "korea") whose other half the text
// names.
func (m *model) half(lone, whole []string) bool {
	return len(lone) == 1 && len(whole) == 2 && lone[0] == whole[0] && halves[lone[0]] != "" && m.hasPlace(halves[lone[0]], whole[1])
}

// hasPlace reports whether the text names, anywhere, the place whose key
// words are first and rest ("south", "korea"), so that a lone "North" is
// the other half of it ("North and South Korea exchanged fire").
func (m *model) hasPlace(first, rest string) bool {
	if m.places == nil {
		m.places = map[[2]string]bool{}
		for _, mn := range m.mentions {
			if mn.typ == document.LOC && len(mn.keys) == 2 {
				m.places[[2]string{mn.keys[0], mn.keys[1]}] = true
			}
		}
	}
	return m.places[[2]string{first, rest}]
}

// countryKey returns the comparison form k of name, or that of the short
// name news uses when name is a country's other name ("DPRK" → "north
// korea", "U.K." → "britain").
func countryKey(name, k string) string {
	if short, ok := country.Alias(name); ok {
		return key(short)
	}
	return k
}

// shortCountry returns the short name news uses for a country ("North
// Korea", "Britain") when it is among a place's names, which joined
// under it ("DPRK", "Democratic People's Republic of Korea", "U.K."),
// else name.
func shortCountry(names []string, name string) string {
	for _, n := range names {
		if _, alias := country.Alias(n); !alias && country.IsAlias(n) {
			return n
		}
	}
	return name
}

func canonical(names []string) string {
	best := ""
	for _, n := range names {
		bw, nw := len(fields(best)), len(fields(n))
		if nw > bw || (nw == bw && len(n) > len(best)) {
			best = n
		}
	}
	return best
}

// startsLower reports whether w's first letter is lower-case ("the",
// "état"); false for "".
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
