package coref

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/document"
)

// A Resolver tells which entity a quote's source refers to. It reads the
// entities coreference built (Process must have run on the document) and
// keeps the history of speakers that pronouns refer back to, so sources
// must be resolved in document order. It implements quote.Resolver.
type Resolver struct {
	m      *model
	byID   map[string]*entity
	spoken []spoke
	// described are the people with descriptions.
	described []*entity
	// premods are the phrases right before people's names that end in
	// a role or person noun, beyond their descriptions: "Democratic
	// presidential candidate", "New York businessman".
	premods map[*entity][]string
	// byHead files the described people under the words of their
	// descriptions, on first use.
	byHead map[string][]*entity
	// beside are the nouns the text puts beside organisations' names
	// ("milk firm Yili"), gathered on first use.
	beside map[*entity][]string
	// places caches what kind of place an entity is.
	places map[*entity]descKind
	// depth bounds the chain of sentence-opening pronouns pronoun
	// follows back; opened caches what those pronouns resolved to.
	depth  int
	opened map[int]*entity
	// leads maps the offset of a description that a story's next
	// sentence names ("…, the Polish foreign minister said. Jan Kos
	// told …") to that person.
	leads map[int]*entity
	// collected caches what "they", "them" and "their" at an offset
	// resolved to by the collective rules (nil included).
	collected map[int]*entity
	// skip are the words of the direct quote whose source a pronoun
	// being resolved is: no name in them is its antecedent.
	skip []document.Span
	// gendered are the entities of unknown gender that Speaker gave the
	// gender of a pronoun resolved to them, for Reset (share.go).
	gendered []*entity
	// built is what the resolver was built from, for Shared (share.go).
	built layers
}

type spoke struct {
	e    *entity
	at   int
	para int
}

// NewResolver returns a resolver for doc. It reads the entities and the
// mentions' entity IDs that Process set; only without mentions (entities
// guessed from capitalised names) does it redo the grouping.
func NewResolver(doc *document.Document) *Resolver {
	var m *model
	if len(doc.Mentions) > 0 {
		m = fromDocument(doc)
	} else {
		// Guessed names are not in the document: group them again (a
		// shared short name needs the grouping's context).
		m = build(doc)
	}
	r := &Resolver{m: m, byID: map[string]*entity{}, premods: map[*entity][]string{}, built: layersOf(doc)}
	if len(m.doc.Tokens) > 0 {
		for _, mn := range m.mentions {
			if e := mn.ent; e != nil && e.typ == document.PER {
				if d := r.premodifier(mn.span.Start); d != "" && !containsFold(r.premods[e], d) && !containsFold(e.descs, d) {
					r.premods[e] = append(r.premods[e], d)
				}
				if d := r.possessiveAppositive(mn.span.End); d != "" && !containsFold(r.premods[e], d) {
					r.premods[e] = append(r.premods[e], d)
				}
			}
		}
	}
	if len(m.doc.Tokens) > 0 {
		r.findLeads()
	}
	for e, ps := range r.premods {
		e.descs = unchanged(e.descs, ps)
	}
	for _, e := range m.ents {
		r.byID[e.id] = e
		e.named = e.gender
		if e.typ == document.PER && (len(e.descs) > 0 || len(r.premods[e]) > 0) {
			r.described = append(r.described, e)
		}
	}
	return r
}

// Spoke records that entity id spoke at span at.
func (r *Resolver) Spoke(id string, at document.Span) {
	if e := r.byID[id]; e != nil {
		r.spoken = append(r.spoken, spoke{e, at.Start, r.m.paraOf(at.Start)})
	}
}

// fromDocument rebuilds the model from the entities and mentions of a
// document that Process has run on.
func fromDocument(doc *document.Document) *model {
	m := &model{doc: doc, paras: doc.Paragraphs, sents: doc.Sentences,
		ents: make([]*entity, 0, len(doc.Entities)), mentions: make([]*mention, 0, len(doc.Mentions))}
	byID := make(map[string]*entity, len(doc.Entities))
	// the entities and mentions are allocated together, each kind in
	// one block (the capacities are final: the pointers stay valid)
	ents := make([]entity, 0, len(doc.Entities))
	mentions := make([]mention, 0, len(doc.Mentions))
	for _, de := range doc.Entities {
		ents = append(ents, entity{id: de.ID, typ: de.Type, names: append([]string{de.Name}, de.Aliases...), descs: de.Descriptions, first: -1})
		e := &ents[len(ents)-1]
		for _, n := range e.names {
			if e.gender != unknown {
				break
			}
			if first, more := firstField(n); more {
				e.gender = nameGender(first) // of a name of two words or more
			}
		}
		byID[de.ID] = e
		m.ents = append(m.ents, e)
	}
	for i, dm := range doc.Mentions {
		e := byID[dm.Entity]
		if e == nil {
			continue
		}
		mentions = append(mentions, mention{idx: i, span: dm.Span, typ: dm.Type, ent: e})
		mn := &mentions[len(mentions)-1]
		if e.first < 0 {
			e.first = len(m.mentions)
		}
		e.count++
		// an honorific before the name: "Mrs. Clinton"
		before := strings.TrimRight(doc.Text[max(0, dm.Start-6):dm.Start], " ")
		if i := strings.LastIndexByte(before, ' '); i >= 0 {
			before = before[i+1:]
		}
		if e.gender == unknown {
			if g, ok := honorifics[strings.ToLower(before)]; ok {
				e.gender = g
			}
		}
		m.mentions = append(m.mentions, mn)
	}
	// entities without mentions (none in practice) are left out
	kept := m.ents[:0]
	for _, e := range m.ents {
		if e.first >= 0 {
			kept = append(kept, e)
		}
	}
	m.ents = kept
	return m
}

var pronounGender = map[string]gender{"he": male, "him": male, "his": male, "she": female, "her": female}

// Speaker returns the ID of the entity that the source span refers to: the
// name in it, the antecedent of a pronoun, or the entity a definite
// description ("the president") fits. It returns "" when it cannot tell.
func (r *Resolver) Speaker(src document.Span) string {
	if e, ok := r.possessiveDescription(src); ok {
		if e != nil {
			return e.id
		}
		return ""
	}
	if e := r.named(src); e != nil {
		return e.id
	}
	text := strings.TrimSpace(r.m.doc.Slice(src))
	var buf [8]string // the words of most sources, on the stack
	words := appendFields(buf[:0], text)
	if len(words) == 0 {
		return ""
	}
	lw := strings.ToLower(words[0])
	if len(words) == 1 {
		if g, ok := pronounGender[lw]; ok {
			e := r.cataphor(src.Start, g)
			if e == nil && (lw == "he" || lw == "she") {
				e = r.subjectRules2(src.Start, g) // pronouns2.go
			}
			if e == nil && (lw == "his" || lw == "her") {
				e = r.forObject(src, g)
				if e == nil {
					e = r.conjoined(src.Start, g)
				}
			}
			if e == nil {
				// the source of a direct quote is none of the people
				// it names: in '"I will see Kim," he said' he is not Kim
				r.skip = r.quotedAt(src)
				if r.skip == nil {
					r.skip = r.quotedBefore(src) // pronouns2.go
				}
				e = r.pronoun(src.Start, g)
				r.skip = nil
				if e != nil && r.genericRival(src.Start, g, e) {
					e = nil // "a scientist has in his mind"
				}
			}
			if e != nil && r.quotedBy(src, e) {
				e = nil // "I think his work …," Ann said: not Ann's
			}
			if e != nil {
				e = r.objectRules2(src, lw, g, e) // pronouns2.go
			}
			if e != nil {
				if e.gender == unknown {
					e.gender = g
					r.gendered = append(r.gendered, e)
				}
				return e.id
			}
			return ""
		}
		switch lw {
		case "it", "its":
			if lw == "it" && (r.objectIt(src.Start) || r.extraposed(src.Start)) {
				return ""
			}
			if e := r.thing(src.Start); e != nil {
				return e.id
			}
		case "they", "we", "their", "our", "them", "themselves":
			if e := r.group(src.Start); e != nil {
				return e.id
			}
			if lw != "we" && lw != "our" {
				if e := r.collective(src.Start); e != nil {
					return e.id
				}
			}
		}
		return ""
	}
	if lw == "the" {
		if e := r.description(words[1:], src); e != nil {
			return e.id
		}
	}
	return ""
}

// named returns the entity of the name inside src: the last person named
// (the head of "Trump lawyer Marc Kasowitz"), else the last organisation,
// else the last name.
func (r *Resolver) named(src document.Span) *entity {
	// The head of the source must be a name: "veteran Korea watchers"
	// and "the Obama administration" name no one.
	text := r.m.doc.Text[src.Start:src.End]
	if i := strings.LastIndex(text, " ("); i > 0 && strings.HasSuffix(text, ")") {
		text = text[:i] // "Sen. Claire McCaskill (D-Mo.)"
	}
	text = strings.TrimRight(text, " ,")
	head := document.Span{Start: src.Start + len(text), End: src.Start + len(text)}
	if i := strings.LastIndexAny(text, " "); i >= 0 {
		head.Start = src.Start + i + 1
	} else {
		head.Start = src.Start
	}
	headNamed := false
	for _, mn := range r.m.mentions[r.from(src.Start):] {
		if mn.span.Start >= head.End {
			break
		}
		if mn.span.Overlaps(head) {
			headNamed = true
		}
	}
	if !headNamed {
		return nil
	}
	var per, org, other *entity
	for _, mn := range r.m.mentions[r.from(src.Start):] {
		if mn.span.Start >= src.End {
			break
		}
		if !mn.span.Overlaps(src) || mn.ent == nil {
			continue
		}
		switch mn.ent.typ {
		case document.PER:
			per = mn.ent
		case document.ORG:
			org = mn.ent
		default:
			other = mn.ent
		}
	}
	switch {
	case per != nil:
		return per
	case org != nil:
		return org
	}
	return other
}

// from returns the index of the first mention that may overlap offsets
// from off on (names are shorter than 200 bytes).
func (r *Resolver) from(off int) int {
	return sort.Search(len(r.m.mentions), func(i int) bool { return r.m.mentions[i].span.Start >= off-200 })
}

func fits(e *entity, g gender) bool {
	return e.typ == document.PER && (e.gender == unknown || g == unknown || e.gender == g)
}

// pronoun resolves "he" or "she" at offset at: the last fitting speaker of
// the paragraph; else the first fitting person named in the sentence or,
// latest first, the paragraph's earlier sentences (the subject); else the
// speakers and subjects of the paragraphs before, nearest first.
func (r *Resolver) pronoun(at int, g gender) *entity {
	p := r.m.paraOf(at)
	lastSpeaker := func(para int) *entity {
		for i := len(r.spoken) - 1; i >= 0; i-- {
			s := r.spoken[i]
			if s.para < para {
				break
			}
			if s.at < at && s.para == para && fits(s.e, g) {
				return s.e
			}
		}
		return nil
	}
	if e := lastSpeaker(p); e != nil {
		return e
	}
	// Sentences of this paragraph, from the pronoun's back to the first.
	s := r.m.sentOf(at)
	for si := s; si >= 0 && r.m.paraOf(r.m.sents[si].Start) == p; si-- {
		lim := r.m.sents[si].End
		if si == s {
			lim = at
		}
		if si < s && r.depth < 8 {
			// "He arrived in Britain, where he met Bush. He is due to
			// visit …": a sentence opened by the same pronoun goes on
			// with its subject, not with the last name it gives
			if k := r.m.tokenAt(r.m.sents[si].Start); k >= 0 && k < len(r.m.doc.Tokens) {
				if w := strings.ToLower(r.m.tok(k)); (w == "he" || w == "she") && pronounGender[w] == g {
					if e := r.openedAt(r.m.doc.Tokens[k].Start, g); e != nil {
						return e
					}
				}
			}
		}
		if si == s && r.depth < 8 {
			// "He went looking for his brother, George Whitman, after
			// he …": the sentence's opening pronoun goes on
			if o := r.sentenceOpener(at, g); o >= 0 {
				if e := r.openedAt(o, g); e != nil {
					return e
				}
			}
		}
		if e := r.firstPerson(r.m.sents[si].Start, lim, g); e != nil {
			return e
		}
	}
	for q := p - 1; q >= 0 && q >= p-4; q-- {
		if e := lastSpeaker(q); e != nil {
			return e
		}
		if q >= 0 && q < len(r.m.paras) {
			if e := r.firstPerson(r.m.paras[q].Start, r.m.paras[q].End, g); e != nil {
				return e
			}
		}
	}
	return nil
}

// quotedBy reports whether src lies in the words of a direct quote whose
// speaker is e: speakers call themselves "I", so a "he" or "his" in their
// own words is someone else. (In reported speech, "Ann said that her
// work …", it is the speaker.)
func (r *Resolver) quotedBy(src document.Span, e *entity) bool {
	for _, q := range r.m.doc.Quotes {
		if q.Kind != "direct" || q.Speaker != e.id || q.End <= src.Start || q.Start >= src.End {
			continue
		}
		if len(q.Parts) == 0 {
			return q.Start <= src.Start && src.End <= q.End
		}
		for _, p := range q.Parts {
			if p.Start <= src.Start && src.End <= p.End {
				return true
			}
		}
	}
	return false
}

// quotedAt returns the words of the direct quote whose source is src.
func (r *Resolver) quotedAt(src document.Span) []document.Span {
	for _, q := range r.m.doc.Quotes {
		if q.Kind != "direct" || q.Source == nil || *q.Source != src {
			continue
		}
		if len(q.Parts) > 0 {
			return q.Parts
		}
		return []document.Span{q.Span}
	}
	return nil
}

// skipped reports whether sp lies in r.skip.
func (r *Resolver) skipped(sp document.Span) bool {
	for _, s := range r.skip {
		if s.Start <= sp.Start && sp.End <= s.End {
			return true
		}
	}
	return false
}

// openers are the prepositions and conjunctions that open a sentence's
// fronted phrase or clause: "During his visit, Millon …", "When she
// arrived, Lee …".
var openers = setOf(`during after before on in at upon since despite following while when as
	although though because if once until`)

// cataphor resolves a pronoun in a fronted phrase or clause to the person
// named as the subject after it: in "During his visit, the first to China
// by a French defence minister, Millon has invited …" his is Millon's.
// The subject is the first person named right after a comma; the pronoun
// must be among the sentence's first four words, after an opener.
func (r *Resolver) cataphor(at int, g gender) *entity {
	s := r.m.sentOf(at)
	if s < 0 {
		return nil
	}
	k0, k := r.m.tokenAt(r.m.sents[s].Start), r.m.tokenAt(at)
	if k-k0 < 1 || k-k0 > 3 || !openers[strings.ToLower(r.m.tok(k0))] && !r.participle(k0) {
		return nil
	}
	if r.m.tok(k-1) == "," {
		return nil // "Entering Westminster, he came to …": the subject itself
	}
	end := r.m.sents[s].End
	for _, mn := range r.m.mentions[r.from(at):] {
		if mn.span.Start >= end {
			break
		}
		if mn.span.Start <= at || mn.ent == nil {
			continue
		}
		j := r.m.tokenAt(mn.span.Start)
		if j > 0 && r.m.tok(j-1) == "," {
			if e := r.m.tokenAt(mn.span.End); mn.ent.typ != document.PER && e >= 0 && (r.m.tok(e) == "'s" || r.m.tok(e) == "’s") {
				continue // "…, Malaysia's Prime Minister, Najib Razak"
			}
			if fits(mn.ent, g) {
				return mn.ent
			}
			return nil
		}
	}
	return nil
}

// forObject resolves a possessive after "for" to the person named right
// before "for", the object of a verb of praise or blame: in "criticised
// Interior Minister Kulikov for his attack" his is Kulikov's, not the
// subject's.
func (r *Resolver) forObject(src document.Span, g gender) *entity {
	k := r.m.tokenAt(src.Start)
	toks := r.m.doc.Tokens
	if k < 2 || k+1 >= len(toks) || !strings.EqualFold(r.m.tok(k-1), "for") {
		return nil
	}
	if next := r.m.tok(k + 1); next == "" || !startsLower(next) || notNames[next] {
		return nil // "voted for her because …": her is an object, not a possessive
	}
	return r.nameEndingAt(toks[k-2].End, g)
}

// firstPerson returns the first fitting person named in [start, end).
func (r *Resolver) firstPerson(start, end int, g gender) *entity {
	for _, mn := range r.m.mentions[r.from(start):] {
		if mn.span.Start >= end {
			break
		}
		if mn.span.Start >= start && mn.ent != nil && fits(mn.ent, g) && !r.attributive(mn.span) && !r.skipped(mn.span) {
			return mn.ent
		}
	}
	return nil
}

// attributive reports whether the name at sp follows "the", as a person's
// name does only when it modifies a noun ("the Obama administration", "the
// Trump campaign"): the phrase names no person a pronoun could mean.
func (r *Resolver) attributive(sp document.Span) bool {
	before := strings.TrimRight(r.m.doc.Text[max(sp.Start-5, 0):sp.Start], " ")
	return strings.HasSuffix(before, " the") || strings.HasSuffix(before, " The") || before == "the" || before == "The"
}

// thing resolves "it": the nearest organisation or place named before it
// in the sentence ("the U.S. demand for what it calls …"), else the
// organisation or place that opens the previous sentence.
func (r *Resolver) thing(at int) *entity {
	s := r.m.sentOf(at)
	if s < 0 {
		return nil
	}
	start := r.m.sents[s].Start
	var last *entity
	for _, mn := range r.m.mentions[r.from(start):] {
		if mn.span.Start >= at {
			break
		}
		if mn.span.Start >= start && mn.ent != nil && (mn.ent.typ == document.ORG || mn.ent.typ == document.LOC) && !(mn.ent.typ == document.LOC && r.afterPreposition(mn.span.Start)) && !r.datelined(mn.span, start) {
			last = mn.ent
		}
	}
	if last != nil || s == 0 {
		return last
	}
	if e := r.soleOrg(at, s); e != nil {
		return e
	}
	prev := r.m.sents[s-1]
	for _, mn := range r.m.mentions[r.from(prev.Start):] {
		if mn.span.Start >= prev.End {
			break
		}
		if mn.span.Start >= prev.Start {
			lead := strings.TrimSpace(r.m.doc.Text[prev.Start:mn.span.Start])
			if mn.ent != nil && (lead == "" || lead == "The" || lead == "the" || r.frontedLead(prev.Start, lead)) && (mn.ent.typ == document.ORG || mn.ent.typ == document.LOC) && !r.datelined(mn.span, prev.Start) {
				return mn.ent
			}
			return nil
		}
	}
	return nil
}

// datelined reports whether the mention at sp, in the sentence starting
// at sentStart, belongs to a wire dateline rather than to the story: a
// place in capitals opening the sentence ("ANKARA 1996-08-30", "ANKARA,
// Aug 30"), or the agency credited in parentheses before a dash ("(Reuters)
// -"). Neither is what a later "it" stands for.
func (r *Resolver) datelined(sp document.Span, sentStart int) bool {
	text := r.m.doc.Text
	name := text[sp.Start:sp.End]
	after := strings.TrimLeft(text[sp.End:min(len(text), sp.End+6)], " ")
	opens := strings.TrimSpace(text[sentStart:sp.Start]) == ""
	if opens && strings.ToUpper(name) == name && strings.ToLower(name) != name &&
		len(name) > 2 && (after == "" || strings.ContainsAny(after[:1], ",(-—0123456789\n")) {
		return true // "ANKARA, Aug 30", "ANKARA 1996-08-30"; not "NATO said"
	}
	if opens {
		// "Ankara, Aug 30 (Reuters) -": the place before an agency's credit
		near := text[sp.End:min(len(text), sp.End+40)]
		if i := strings.Index(near, ") "); i >= 0 && strings.HasPrefix(strings.TrimLeft(near[i+1:], " "), "-") && !strings.Contains(near[:i], ";") {
			return true
		}
	}
	before := strings.TrimRight(text[sentStart:sp.Start], " ")
	return strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") &&
		strings.HasPrefix(strings.TrimLeft(after[1:], " "), "-")
}

// clauseOpeners are the words after which an "it" opens a clause as its
// subject: conjunctions, and verbs of saying and thinking ("said it
// would").
var clauseOpeners = setOf(`that because when if as since while after before and but or so although
	though where whether what how why until unless once than whereas nor yet
	said says say told tells added adds announced stated warned claimed insisted reported confirmed
	believes believed thinks thought hopes hoped expects expected argued noted`)

// objectIt reports whether the "it" at offset at is the object of a verb
// or a preposition ("NATO never rescinded it", "gave it to the CBC",
// "go about it"): a lower-case word that opens no clause stands before it.
// Such an "it" is mostly a thing no name stands for, and never the
// subject of its own clause, the name a search back finds first.
func (r *Resolver) objectIt(at int) bool {
	k := r.m.tokenAt(at)
	if k == 0 || k >= len(r.m.doc.Tokens) || r.m.sentOf(r.m.doc.Tokens[k-1].Start) != r.m.sentOf(at) {
		return false
	}
	prev := r.m.tok(k - 1)
	if prev == "" || !startsLower(prev) || clauseOpeners[prev] || auxiliaries[prev] {
		return false
	}
	// "on shore it will", "over the past days it's been", "the target
	// it pledged": a subject
	if k+1 < len(r.m.doc.Tokens) {
		next := r.m.tok(k + 1)
		if auxiliaries[strings.ToLower(next)] || speechVerbs[next] || strings.HasSuffix(next, "ed") {
			return false
		}
	}
	return true
}

// extraposed reports whether the "it" at offset at stands for a clause
// that follows: "it is clear that …", "it was decided that …", "it is
// hard to know", "it is time for …". After a form of "be" come up to three
// words, then "that", or "to" or "for" after an adjective or a noun of
// judgement.
func (r *Resolver) extraposed(at int) bool {
	k := r.m.tokenAt(at) + 1
	toks := r.m.doc.Tokens
	if k >= len(toks) || !beForms[strings.ToLower(r.m.tok(k))] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		w := strings.ToLower(r.m.tok(j))
		if w == "" || !unicode.IsLetter(rune(w[0])) {
			return false
		}
		if j > k+1 && (w == "that" || (w == "to" || w == "for") && judgement(strings.ToLower(r.m.tok(j-1)))) {
			return true
		}
	}
	return false
}

var beForms = setOf(`is was 's be been seems seemed appears appeared remains remained becomes became`)

// judgement reports whether w, before "to" or "for", is an adjective or a
// noun of judgement: "hard to know", "our responsibility to", "time for".
func judgement(w string) bool {
	if judgementWords[w] {
		return true
	}
	for _, suf := range []string{"ble", "ary", "ant", "ent", "ic", "al", "ful", "ous", "ive", "less"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

var judgementWords = setOf(`hard easy clear time likely unlikely good bad wrong right best better
	fair true safe unsafe wise unwise responsibility duty job fine okay ok sad odd strange`)

// auxiliaries are the verbs an "it" before them is the subject of, and
// after them in a question ("will it begin").
var auxiliaries = setOf(`is was 's has had have will would can could may might should must does did
	do 'll 'd`)

// prepositions are the words whose object a name is when it follows one.
var prepositions = setOf(`in at on from to into onto of for with by near across over under through within
	without toward towards around outside inside between among amid via behind beyond along against upon`)

// afterPreposition reports whether the name at offset at is the object of
// a preposition ("a document found on an Ottawa street", "held in
// Bergen"): a place named so is seldom what a later "it" of the sentence
// means. (An organisation is: "protests outside the Daily News after it
// backed …".)
func (r *Resolver) afterPreposition(at int) bool {
	k := r.m.tokenAt(at)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := strings.ToLower(r.m.tok(j))
		switch {
		case prepositions[w]:
			return true
		case w == "the" || w == "a" || w == "an":
			continue
		}
		return false
	}
	return false
}

// pleonastic are the words after an "it" that stands for no thing: "It
// is expected …", "It seems …".
var pleonastic = setOf(`is was 's seems seemed appears appeared remains remained would will could
	may might must should takes took makes made`)

// soleOrg resolves an "it" that opens its sentence to the one
// organisation the sentence before names, wherever it stands there:
// "… after the Congress withdrew its backing. It wants the United Front
// to step aside."
func (r *Resolver) soleOrg(at, s int) *entity {
	k := r.m.tokenAt(at)
	if k != r.m.tokenAt(r.m.sents[s].Start) || k+1 >= len(r.m.doc.Tokens) || pleonastic[strings.ToLower(r.m.tok(k+1))] {
		return nil
	}
	prev := r.m.sents[s-1]
	var org *entity
	for _, mn := range r.m.mentions[r.from(prev.Start):] {
		if mn.span.Start >= prev.End {
			break
		}
		if mn.span.Start < prev.Start || mn.ent == nil {
			continue
		}
		switch {
		case mn.ent.typ == document.LOC:
			return nil
		case mn.ent.typ != document.ORG || mn.ent == org:
		case org != nil:
			return nil
		default:
			org = mn.ent
		}
	}
	return org
}

// group resolves "they" and "we": the last organisation that spoke in this
// paragraph or the one before.
func (r *Resolver) group(at int) *entity {
	p := r.m.paraOf(at)
	for i := len(r.spoken) - 1; i >= 0; i-- {
		s := r.spoken[i]
		if s.para < p-1 {
			break
		}
		if s.at < at && s.e.typ == document.ORG {
			return s.e
		}
	}
	return nil
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// openedAt resolves the sentence-opening pronoun at offset at, once.
func (r *Resolver) openedAt(at int, g gender) *entity {
	e, ok := r.opened[at]
	if !ok {
		r.depth++
		e = r.pronoun(at, g)
		r.depth--
		if r.opened == nil {
			r.opened = map[int]*entity{}
		}
		r.opened[at] = e
	}
	return e
}

// nameEndingAt returns the entity of the mention that ends at end, when
// it fits gender g.
func (r *Resolver) nameEndingAt(end int, g gender) *entity {
	if i := r.mentionEndingAt(end); i >= 0 {
		if e := r.m.mentions[i].ent; e != nil && fits(e, g) {
			return e
		}
	}
	return nil
}

// mentionEndingAt returns the index of the first mention (in the order
// of their ends) that ends at offset end, -1 if none.
func (r *Resolver) mentionEndingAt(end int) int {
	i := sort.Search(len(r.m.mentions), func(i int) bool { return r.m.mentions[i].span.End >= end })
	if i < len(r.m.mentions) && r.m.mentions[i].span.End == end {
		return i
	}
	return -1
}
