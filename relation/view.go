package relation

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/ner"
)

// A finder holds what the rules read across sentences.
type finder struct {
	doc *document.Document
	res Resolver
	// countries maps a lower-case country name (canonical, see
	// canonCountry) to the entity that names it.
	countries map[string]string
	ents      map[string]*document.Entity
	rels      []document.Relation
	// recent interactions with both arguments, for "They held talks".
	recent []recentPair
	mcur   int // first mention not before the current sentence
	// sentFrom is where the current body sentence's relations start in
	// rels (each rule adds its sentence's; none removes an earlier one's)
	sentFrom int
	// timexes and quotes index the document's time expressions and
	// quotes by where they start, so that each sentence looks at its
	// own (not at all of them: quadratic in a long document)
	timexes, quotes spanIndex
	// dateline is the place of the latest wire dateline, what "here"
	// names; nil if none.
	dateline *arg
	// parse is the dependency tier's parser (nil: the tier is off), tag
	// its tagger.
	parse ParseFunc
	tag   func(words []string) []string
	// clauseSent and clauseVG are the sentence and the infinitive's verb
	// group whose subject clauses.go gave last, clauseCtrl whether
	// controlSubject gave it (else purposeSubject)
	clauseSent *sentence
	clauseVG   int
	clauseCtrl bool
	// placeNames caches isPlaceName by the words of a name (joined by
	// NUL): a document names the same people and places again and again
	placeNames map[string]bool
	// toks is the token buffer of the sentence views: a view lives
	// until the next one is built (each caller reads one sentence at a
	// time), so they share it rather than allocate their own
	toks []token
	// asciiLow is the document's text with ASCII capitals lowered (""
	// until a token needs it, tokenLow)
	asciiLow string
	// kept holds copies of the views of the sentences whose own rules
	// found interactions, by sentence index, for settleMoods (keep)
	kept map[int]*sentence
	// sourceBodies keeps bodyOfSource's answers by the source's span
	sourceBodies map[document.Span]string
}

// A wordLex is what the trigger lexicons hold for a lower-case word.
type wordLex struct {
	verbs   []*trigger  // lex().verbs
	form    form        // lex().forms
	fbGate  bool        // fbGateWords
	depGate bool        // depGateWords
	fbVerbs []fbTrigger // fbLex().verbs
	fbForm  form        // fbLex().forms
	// noun: the word is one of attackNouns, partisanNouns or
	// nounTriggers
	noun bool
	// speech: the word heads a reported judgement (speechPreds)
	speech bool
	// sets marks the word sets that hold the word (wordsets.go)
	sets wsBits
	// inForms and inFbForms: lex().forms and fbLex().forms have the
	// word; wordnetOnly: fbLex().wordnetOnly[word]
	inForms, inFbForms, wordnetOnly bool
}

// noLex is the wordLex of a word none of the trigger lexicons has.
var noLex = &wordLex{}

type recentPair struct {
	sent      int
	subj, obj string
	place     string
	typ       string
}

// A token is one token of a sentence with what the layers say of it.
type token struct {
	span   document.Span
	text   string
	low    string
	arg    int // index into sentence.args, -1 if none
	tx     int // index into doc.Timexes, -1 if none
	quoted bool
	// direct: the token is in a direct quote's content, the speaker's
	// own words
	direct bool
	lex    *wordLex // low's lexicon entries (lookupLex); nil: not looked up
	// sets is lex.sets, copied where the rules read the token (the
	// entries lie all over memory; the view's tokens are together)
	sets wsBits
}

// lexOf returns the lexicon entries of token i's lower-case text.
func (s *sentence) lexOf(i int) *wordLex {
	if w := s.toks[i].lex; w != nil {
		return w
	}
	return lookupLex(s.toks[i].low)
}

// lexAt is lexOf for any i: noLex when i is out of range (no lexicon
// has "", s.low's word there).
func (s *sentence) lexAt(i int) *wordLex {
	if i < 0 || i >= len(s.toks) {
		return noLex
	}
	return s.lexOf(i)
}

// An arg is a possible argument: a mention with its entity, or a pronoun.
type arg struct {
	first, last int // token indices, inclusive
	span        document.Span
	ent         string
	typ         string // PER, ORG, LOC, MISC, or PRON
	place       bool   // usable as a place
	// dateline marks a wire dateline's place ("BEIJING, Nov. 10 …"):
	// no party to an interaction, nobody's home
	dateline bool
	// seat marks a seat of government named for its institution ("the
	// White House"): an organisation and a place, but the pair model,
	// trained where such names are places, does not read it as an
	// employer
	seat bool
	// orig is the name a group phrase took the place of ("a US
	// company" of "US", groupargs.go), given back by plain
	orig *arg
}

// A sentence is the view of one sentence the rules work on.
type sentence struct {
	idx  int
	span document.Span
	toks []token
	args []arg
	// lastSubj is the subject of the last interaction found in the
	// sentence, shared with participle and coordinated verbs.
	lastSubj *arg
	// lastObj is its object, the subject of a gerund after "for" or
	// "of": "thanked Chirac for not supporting …".
	lastObj *arg
	// main is the first subject found in the sentence.
	main *arg
	// dep is the sentence's dependency parse once parsed is set (nil
	// when there is none).
	dep    *depTree
	parsed bool
}

func newFinder(doc *document.Document, r Resolver) *finder {
	f := &finder{doc: doc, res: withDescriptions(doc, r), countries: map[string]string{}, ents: map[string]*document.Entity{}, parse: parser, tag: tagger}
	f.timexes = newSpanIndex(len(doc.Timexes), func(i int) document.Span { return doc.Timexes[i].Span })
	f.quotes = newSpanIndex(len(doc.Quotes), func(i int) document.Span { return doc.Quotes[i].Span })
	for i := range doc.Entities {
		e := &doc.Entities[i]
		f.ents[e.ID] = e
		if e.Type != document.LOC && e.Type != document.ORG {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := strings.ToLower(canonCountry(n))
			if _, ok := f.countries[k]; !ok {
				f.countries[k] = e.ID
			}
		}
	}
	return f
}

// sentence builds the view of sentence i, or nil when it has no tokens.
// The view is good until the next call: its tokens are in f's buffer.
func (f *finder) sentence(i int) *sentence {
	doc := f.doc
	sp := doc.Sentences[i]
	lo := firstToken(doc, sp.Start)
	hi := lo
	for hi < len(doc.Tokens) && doc.Tokens[hi].End <= sp.End {
		hi++
	}
	if hi == lo {
		return nil
	}
	if cap(f.toks) < hi-lo {
		f.toks = make([]token, hi-lo, max(hi-lo, 2*cap(f.toks)))
	}
	s := &sentence{idx: i, span: sp, toks: f.toks[:hi-lo]}
	lexes := lexIndex() // lookupLex's table, asked for once
	for k, t := range doc.Tokens[lo:hi] {
		text := doc.Text[t.Start:t.End]
		low := f.tokenLow(t, text)
		lx := lexes.get(low)
		s.toks[k] = token{span: t, text: text, low: low, arg: -1, tx: -1, lex: lx, sets: lx.sets}
	}
	s.expandContractions() // descriptors.go
	// mentions
	for f.mcur < len(doc.Mentions) && doc.Mentions[f.mcur].End <= sp.Start {
		f.mcur++
	}
	for m := f.mcur; m < len(doc.Mentions) && doc.Mentions[m].Start < sp.End; m++ {
		men := doc.Mentions[m]
		if men.Entity == "" || !sp.Contains(men.Span) {
			continue
		}
		first, last := -1, -1
		for k := range s.toks {
			if s.toks[k].span.Overlaps(men.Span) {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if first < 0 || s.toks[first].arg >= 0 || s.toks[last].arg >= 0 {
			continue
		}
		a := arg{first: first, last: last, span: men.Span, ent: men.Entity, typ: men.Type}
		// "BEIJING, Nov. 10 (Xinhua) --": where the story was filed
		a.dateline = first == 0 && isDatelinePlace(doc.Text[men.Start:men.End]) && last+1 < len(s.toks) &&
			(isSegmentEnd(s.toks[last+1].text) || s.toks[last+1].text == "-" || s.toks[last+1].text == "--")
		a.seat = men.Type == document.ORG && ner.IsSeat(doc.Text[men.Start:men.End])
		a.place = men.Type == document.LOC || a.seat || f.isPlaceName(s, first, last+1) && !f.personNamed(men)
		if a.dateline && a.place {
			d := a
			f.dateline = &d // "here" in the story (the latest, for a file of several)
		}
		s.addArg(a)
	}
	// pronouns (quotes are marked below, after this pass: a quoted "I"
	// or "we" is read there, firstperson.go)
	for k := range s.toks {
		t := &s.toks[k]
		if t.arg >= 0 || !t.in(wsPronouns) {
			continue
		}
		id := ""
		if f.res != nil {
			id = f.res.Speaker(t.span)
		}
		if id == "" {
			id = s.saidSubject(k) // "Russian police said they had arrested …"
		}
		if e := s.rebindCoordinatedPronoun(k, id); e != "" {
			id = e // "met Kim and invited him" (coordination.go)
		}
		if id == "" {
			continue
		}
		s.addArg(arg{first: k, last: k, span: t.span, ent: id, typ: "PRON"})
	}
	// definite descriptions the resolver knows: "the president", "the
	// firm"
	if f.res != nil {
		for k := 0; k+1 < len(s.toks); k++ {
			if s.toks[k].low != "the" {
				continue
			}
			// a nationality, place or organisation name may modify the
			// head: "the Pakistani president", "the New York
			// businessman", "the US speaker" (when "US" was grouped
			// with an organisation)
			mod, start := -1, k+1
			if ai := s.toks[k+1].arg; ai >= 0 {
				if a := s.args[ai]; (a.typ == document.MISC || a.typ == document.LOC || a.typ == document.ORG) && a.first == k+1 && a.last+1 < len(s.toks) && s.toks[a.last+1].arg < 0 {
					mod, start = ai, a.last+1
				}
			}
			if s.toks[start].arg >= 0 || !isLower(s.toks[start].text) {
				continue
			}
			end := start + 1
			if end < len(s.toks) && s.toks[end].arg < 0 && isLower(s.toks[end].text) && !s.in(end, wsPrepsBefore) &&
				!s.in(end, wsVerbGroup) && len(s.lexOf(end).verbs) == 0 && !strings.HasSuffix(s.toks[end].low, "ed") &&
				!s.clauseAnd(end) { // "with the king and briefed him" (branch descargs)
				end++
			}
			if end < len(s.toks) && s.toks[end].arg >= 0 {
				continue
			}
			sp := document.Span{Start: s.toks[k].span.Start, End: s.toks[end-1].span.End}
			if id := f.res.Speaker(sp); id != "" && !(mod >= 0 && s.args[mod].typ == document.ORG && (id == s.args[mod].ent || len(s.lexOf(start).verbs) > 0)) {
				// (an organisation's name before a verb is the subject,
				// not a modifier: "the European Commission calls")
				d := arg{first: k, last: end - 1, span: sp, ent: id, typ: "PRON"}
				if mod >= 0 {
					// the description replaces its modifier's name
					s.args[mod] = d
					for m := k; m < end; m++ {
						s.toks[m].arg = mod
					}
				} else {
					s.addArg(d)
				}
				k = end - 1
			}
		}
	}
	// possessive descriptions the resolver knows: "India's finance
	// minister" is a person, not India
	if f.res != nil {
		for k := 0; k+2 < len(s.toks); k++ {
			ai := s.toks[k].arg
			if ai < 0 || s.args[ai].last != k || s.args[ai].typ == document.PER || s.args[ai].typ == "PRON" {
				continue
			}
			if p := s.toks[k+1].low; p != "'s" && p != "’s" {
				continue
			}
			start := k + 2
			if s.toks[start].arg >= 0 || !isLower(s.toks[start].text) {
				continue
			}
			end := start + 1
			for end < len(s.toks) && end < start+3 && s.toks[end].arg < 0 && isLower(s.toks[end].text) && !s.in(end, wsPrepsBefore) &&
				!s.in(end, wsVerbGroup) && len(s.lexOf(end).verbs) == 0 && !strings.HasSuffix(s.toks[end].low, "ed") {
				end++
			}
			if end < len(s.toks) && s.toks[end].arg >= 0 {
				continue
			}
			a := s.args[ai]
			if s.apposedToPerson(a.first, end) {
				// "Kim, North Korea's vice foreign minister,": the name
				// is there, and the possessor gives the role
				continue
			}
			sp := document.Span{Start: a.span.Start, End: s.toks[end-1].span.End}
			if id := f.res.Speaker(sp); id != "" {
				s.args[ai] = arg{first: a.first, last: end - 1, span: sp, ent: id, typ: "PRON"}
				for m := a.first; m < end; m++ {
					s.toks[m].arg = ai
				}
				k = end - 1
			}
		}
	}
	// "his North Korean counterpart", "his country" (descargs.go)
	if f.res != nil {
		f.descArgs(s)
	}
	// parties named by their role, no entity: "police", "a federal
	// judge" (phrasesubj.go)
	f.phraseArgs(s)
	// specific groups and descriptions: "two policemen", "the
	// chancellor" (groupargs.go)
	f.groupArgs(s)
	// "a woman who has accused Clinton" (r3struct.go)
	f.relativeArgs(s)
	s.regnalArgs() // audit1.go: "John Paul II"
	slices.SortFunc(s.args, func(a, b arg) int { return a.first - b.first })
	for k := range s.toks {
		s.toks[k].arg = -1
	}
	for ai, a := range s.args {
		for k := a.first; k <= a.last; k++ {
			s.toks[k].arg = ai
		}
	}
	// time expressions
	for _, ti := range f.timexes.near(sp) {
		tx := doc.Timexes[ti]
		if tx.End <= sp.Start || tx.Start >= sp.End {
			continue
		}
		for k := range s.toks {
			if s.toks[k].tx < 0 && tx.Span.Contains(s.toks[k].span) {
				s.toks[k].tx = ti
			}
		}
	}
	// quotes
	for _, qi := range f.quotes.near(sp) {
		q := doc.Quotes[qi]
		if !q.Span.Overlaps(sp) {
			continue
		}
		parts := q.Contents()
		for _, p := range parts {
			for k := range s.toks {
				if p.Contains(s.toks[k].span) {
					s.toks[k].quoted = true
					s.toks[k].direct = q.Kind == document.QuoteDirect
				}
			}
		}
	}
	// a quoted "I", "me", "we" or "us" is its speaker, or the body he
	// speaks for (firstperson.go)
	for k := range s.toks {
		t := &s.toks[k]
		if !t.quoted || t.arg >= 0 && s.args[t.arg].typ != "PRON" {
			continue
		}
		if id := f.firstPerson(s, k); id != "" {
			if t.arg >= 0 {
				s.args[t.arg].ent = id
			} else {
				s.addArg(arg{first: k, last: k, span: t.span, ent: id, typ: "PRON"})
			}
		}
	}
	return s
}

// speakerAt returns the speaker of the quote containing span sp, "" if
// none.
func (f *finder) speakerAt(sp document.Span) string {
	if q := f.quoteAt(sp); q != nil {
		return q.Speaker
	}
	return ""
}

func (s *sentence) addArg(a arg) {
	for k := a.first; k <= a.last; k++ {
		s.toks[k].arg = len(s.args)
	}
	s.args = append(s.args, a)
}

// words returns the texts of tokens [i, j).
func (s *sentence) words(i, j int) []string {
	out := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		out = append(out, s.toks[k].text)
	}
	return out
}

// low returns the lower-case text of token i, "" outside the sentence.
func (s *sentence) low(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].low
}

// past returns the index of the first token from j on that ends after sp
// (the token after a phrase that starts at j), len(s.toks) if none.
func (s *sentence) past(j int, sp document.Span) int {
	k := j
	for k < len(s.toks) && s.toks[k].span.End <= sp.End {
		k++
	}
	return k
}

// argAt returns the argument at token i, or nil.
func (s *sentence) argAt(i int) *arg {
	if i < 0 || i >= len(s.toks) || s.toks[i].arg < 0 {
		return nil
	}
	return &s.args[s.toks[i].arg]
}

// text returns the text of tokens [i, j) as written.
func (s *sentence) text(doc *document.Document, i, j int) string {
	if i >= j {
		return ""
	}
	return doc.Text[s.toks[i].span.Start:s.toks[j-1].span.End]
}

// normLow lower-cases a token and folds curly apostrophes.
func normLow(s string) string {
	// most tokens are lower-case ASCII already: one pass tells
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return foldLow(s)
		}
	}
	return s
}

// tokenLow is normLow of token t, whose text is text: an ASCII token
// with capitals reads its lower case from the document's text lowered
// once (asciiLow) rather than allocating its own.
func (f *finder) tokenLow(t document.Span, text string) string {
	upper := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return foldLow(text)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return text
	}
	if f.asciiLow == "" {
		f.asciiLow = docLowered(f.doc) // tokbuf.go
	}
	return f.asciiLow[t.Start:t.End]
}

// foldLow is normLow for a token that has upper-case or non-ASCII
// letters.
func foldLow(s string) string {
	switch s {
	case "“", "”", "‘", "—", "–", "…":
		return s // the commonest such tokens: no case, no ’
	case "’":
		return "'"
	}
	s = strings.ToLower(s)
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// personNamed reports whether men is a person the article names in full:
// the tagger calls it a person and its entity's name has two words or
// more and is no place name ("Palin" of "Sarah Palin", "Clinton",
// "Warren" are towns somewhere, but not here). A one-word name the
// tagger calls a person may still be a capital it mistook ("Pyongyang"),
// which a place slot can take.
func (f *finder) personNamed(men document.Mention) bool {
	if men.Type != document.PER {
		return false
	}
	e := f.ents[men.Entity]
	if e == nil {
		return false
	}
	ws := strings.Fields(e.Name)
	return len(ws) > 1 && !isPlaceName(ws)
}

// isPlaceName is the package's isPlaceName of the words of tokens [i, j)
// of s, cached for the document.
func (f *finder) isPlaceName(s *sentence, i, j int) bool {
	// the key is the words joined by zero bytes: unambiguous when no
	// word has one (else the words are looked up uncached)
	n := j - i - 1
	for k := i; k < j; k++ {
		if strings.IndexByte(s.toks[k].text, 0) >= 0 {
			return isPlaceName(s.words(i, j))
		}
		n += len(s.toks[k].text)
	}
	var key string
	if j-i == 1 {
		key = s.toks[i].text
	} else {
		var b strings.Builder
		b.Grow(n)
		for k := i; k < j; k++ {
			if k > i {
				b.WriteByte(0)
			}
			b.WriteString(s.toks[k].text)
		}
		key = b.String()
	}
	place, ok := f.placeNames[key]
	if !ok {
		place = isPlaceName(s.words(i, j))
		if f.placeNames == nil {
			f.placeNames = map[string]bool{}
		}
		f.placeNames[key] = place
	}
	return place
}

// isPlaceName reports whether the words are, as a whole, a place name of
// the gazetteer (case-sensitive): the tagger may call a capital a person
// ("Pyongyang"), but a place slot ("welcomed … to Pyongyang") can still
// take it.
func isPlaceName(words []string) bool { return inLists(words, "country", "region", "city", "location") }

// inLists reports whether the words are, as a whole, an entry of one of
// the named gazetteer lists (case-sensitive).
func inLists(words []string, lists ...string) bool {
	g := gazetteer.Default()
	return g != nil && g.In(words, lists...)
}

// isDatelinePlace reports whether a name is written in capitals as in a
// wire dateline: "BEIJING", "NEW YORK".
func isDatelinePlace(name string) bool {
	letters := 0
	for _, r := range name {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters > 2
}

// apposedToPerson reports whether tokens [first, end) stand in apposition
// to a person's name: a comma and the name right before or right after.
func (s *sentence) apposedToPerson(first, end int) bool {
	if first >= 2 && s.toks[first-1].text == "," {
		if a := s.argAt(first - 2); a != nil && a.typ == document.PER {
			return true
		}
	}
	if end+1 < len(s.toks) && s.toks[end].text == "," {
		if a := s.argAt(end + 1); a != nil && a.typ == document.PER {
			return true
		}
	}
	return false
}

// A spanIndex orders n spans by their start, for the ones near a sentence.
type spanIndex struct {
	order  []int // the spans' indices by start
	starts []int // their starts, in that order
	maxLen int   // the longest span's length
}

func newSpanIndex(n int, span func(i int) document.Span) spanIndex {
	x := spanIndex{order: make([]int, n), starts: make([]int, n)}
	for i := range n {
		x.order[i] = i
		x.maxLen = max(x.maxLen, span(i).End-span(i).Start)
	}
	slices.SortStableFunc(x.order, func(a, b int) int { return span(a).Start - span(b).Start })
	for k, i := range x.order {
		x.starts[k] = span(i).Start
	}
	return x
}

// near returns, in increasing order, the indices of the spans that start
// from the longest span's length before sp to sp's end: all those that
// can overlap sp (the caller checks that they do).
func (x spanIndex) near(sp document.Span) []int {
	lo, _ := slices.BinarySearch(x.starts, sp.Start-x.maxLen-1)
	hi, _ := slices.BinarySearch(x.starts, sp.End+1)
	out := slices.Clone(x.order[lo:hi])
	slices.Sort(out)
	return out
}
