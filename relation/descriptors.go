package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Descriptors before a name (branch relrecall, docs/relations.md,
// "Descriptors, incursions and possessed calls"): an object said with a
// lower-case description of what it is right before its name — "met car
// giant General Motors", "a deal with French car maker Peugeot",
// "criticised oil firm Shell", "talks with rival France" — is the name.
// objectAt passed over titles before a person ("Republican contender
// Donald Trump") but stopped at such a description before an
// organisation or a country, so the relation had no object.

// rivalNouns describe a country or an organisation by its tie to the
// subject: "rival France", "neighbour Pakistan", "ally Japan".
var rivalNouns = set("rival", "neighbour", "neighbor", "ally", "partner", "carmaker", "automaker", "chipmaker",
	"drugmaker", "steelmaker", "planemaker")

// descriptorName returns the index of the name that a run of up to three
// lower-case words from k describes, when the run ends in a noun of what
// an organisation is (orgNouns: "firm", "giant", "maker", …) or of a tie
// (rivalNouns) and the name right after it is an organisation (or, for
// a tie, a country); k when there is none. No word of the run may be a
// verb, a preposition, a determiner or "and": "met officials at
// General Motors" stays unread.
func (s *sentence) descriptorName(k int) int {
	m := k
	for m < len(s.toks) && m < k+3 && s.toks[m].arg < 0 && isLower(s.toks[m].text) {
		t := s.toks[m]
		if t.in(wsPrepsBefore) || t.in(wsVerbGroup) || t.in(wsDeterminers) || t.low == "and" || t.low == "or" ||
			len(s.lexOf(m).verbs) > 0 && !t.in(wsOrgNouns) && !rivalNouns[t.low] {
			return k
		}
		m++
	}
	if m == k || m >= len(s.toks) {
		return k
	}
	head := s.low(m - 1)
	a := s.argAt(m)
	if a == nil || a.first != m {
		return k
	}
	switch {
	case a.typ == document.ORG && (s.in(m-1, wsOrgNouns) || rivalNouns[head]):
		return m
	case rivalNouns[head] && isCountryArg(s, a):
		return m
	}
	return k
}

// pronounStatement reads a phrase at k opened by a possessive pronoun
// the view resolved and headed by a statement or request noun: "Her call
// was backed by Y", "His remarks were condemned by Y" — what is
// supported or criticised is the referent's (as possessiveStatement
// reads "Chirac's proposal was criticised by Blair"); it returns the
// pronoun. At most one lower-case word may stand between ("her latest
// remarks").
func (f *finder) pronounStatement(s *sentence, k int) *arg {
	switch s.low(k) {
	case "his", "her", "their", "its":
	default:
		return nil
	}
	n := k + 1
	if n >= len(s.toks) {
		return nil
	}
	if !ownedHead(s.low(n)) && s.toks[n].arg < 0 && isLower(s.tokText(n)) && !s.in(n, wsVerbGroup) {
		n++
	}
	if n >= len(s.toks) || s.toks[n].arg >= 0 || !ownedHead(s.low(n)) {
		return nil
	}
	if a := s.argAt(k); a != nil {
		if a.typ == "PRON" && a.first == k && a.last == k {
			return a
		}
		return nil
	}
	if f.res == nil {
		return nil
	}
	// "his", "its" and "their" are no arguments of the view: resolve
	// them here, as possessor does
	if id := f.res.Speaker(s.toks[k].span); id != "" {
		return &arg{first: k, last: k, span: s.toks[k].span, ent: id, typ: "PRON"}
	}
	return nil
}

// ownedHead reports whether w is a statement or an action noun whose
// owner pronounStatement takes ("remarks", "call", "decision").
func ownedHead(w string) bool {
	return statementNouns[w] || actionNouns[w] || ownedNouns[w]
}

// ownedNouns add requests and words of speech to statementNouns for
// pronounStatement: "her call", "his appeal", "their demands".
var ownedNouns = set("call", "calls", "appeal", "appeals", "demand", "demands", "request", "words", "comment",
	"remark", "suggestion", "suggestions", "initiative")

// possessedAt reports whether the noun at i has a possessive before it,
// a possessive pronoun or a name's "'s", over at most one lower-case
// word ("its strong condemnation", "Britain's renewed criticism").
func (s *sentence) possessedAt(i int) bool {
	k := i - 1
	if k > 0 && isLower(s.tokText(k)) && !s.in(k, wsDeterminers) && s.low(k) != "'s" {
		k--
	}
	switch s.low(k) {
	case "his", "her", "its", "their", "'s":
		return true
	}
	return false
}

// exTitle reports whether w is a title with "ex-" before it:
// "ex-president George W. Bush", "ex-premier" (objectAt passed over
// "former president" but not the hyphenated form).
func exTitle(w string) bool {
	return len(w) > 3 && w[:3] == "ex-" && titleWords[w[3:]]
}

// contractions are the clitic verbs after "I" the tokenizer splits
// off: "I've met".
var contractions = map[string]string{"'ve": "have", "'m": "am"}

// expandContractions gives a clitic verb after "I" the lower-case form
// of the full verb, so that the verb-group and subject rules read "I've
// met X", "I've been a supporter of X", "I'm backing X" as "I have met
// X" (branch relrecall); the quote's speaker is then the subject
// (firstperson.go). The token's text is left as it is. "He's", "she's",
// "they're" and "we've" were read too at first and dropped: on unseen
// news 9 of the 16 rows they added were right, the others a "he" or
// "they" resolved to the wrong person or to a vague group, or "it's
// going to be" read as a trip.
func (s *sentence) expandContractions() {
	for k := 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if s.toks[k-1].low != "i" {
			continue // the cheap test first: a map look-up per token costs
		}
		full := contractions[t.low]
		if full == "" {
			continue
		}
		lx := lookupLex(full)
		t.low, t.lex, t.sets = full, lx, lx.sets
	}
}

// placeOfPlace returns the place named after a place noun and "of" that the
// place or nationality a modifies: "the West Bank city of Nablus", "the
// northern Gaza Strip town of Beit Hanoun", "the southern Iraqi city of
// Basra" — the place the phrase names is the one after "of", not the
// region before the noun (branch relrecall). Up to two lower-case words
// may stand between a and the noun ("the Iraqi border town of").
func (s *sentence) placeOfPlace(a *arg) *arg {
	if !a.place && a.typ != document.MISC {
		return nil
	}
	n := a.last + 1
	for n < len(s.toks) && n < a.last+3 && s.toks[n].arg < 0 && isLower(s.toks[n].text) && !s.in(n, wsPlaceNouns) &&
		!s.in(n, wsPrepsBefore) && !s.in(n, wsVerbGroup) && s.low(n) != "and" {
		n++
	}
	if n >= len(s.toks) || s.toks[n].arg >= 0 || !s.in(n, wsPlaceNouns) || s.low(n+1) != "of" {
		return nil
	}
	if p := s.argAt(n + 2); p != nil && p.first == n+2 && p.place && !p.dateline {
		return p
	}
	return nil
}

// verbalAttackWords before an attack noun make it words, criticism:
// "verbal attacks on Israel", "a defamatory attack on the striker", "a
// scathing attack on the government" (branch relrecall widened the one
// word "verbal").
var verbalAttackWords = set("verbal", "defamatory", "scathing", "stinging", "blistering", "withering", "vitriolic",
	"personal", "rhetorical", "libellous", "slanderous", "outspoken", "furious", "angry")

// craftNouns are the armed craft institution lets a nationality head
// ("an Israeli drone"): they act for their state, but shooting one down
// kills nobody.
var craftNouns = set("drone", "drones", "helicopter", "helicopters", "warplane", "warplanes", "jet", "jets",
	"gunship", "gunships", "warship", "warships", "gunboat", "gunboats")

// craftVictim reports whether a killing's object is a nationality
// heading a craft: "shot down an Israeli drone" (branch relrecall).
func craftVictim(doc *document.Document, r document.Relation) bool {
	if r.Type != Kill || r.ObjectSpan == nil {
		return false
	}
	ws := phraseAfter(doc, r.ObjectSpan.End, r.Sentence.End)
	for i, w := range ws {
		if craftNouns[w] {
			return true
		}
		if i >= 1 {
			break
		}
	}
	return false
}

// namedParty reports whether a is a party a meeting "between" two names
// may have without a person: an organisation or a country ("the meeting
// between Fiat and General Motors", "talks between Ruritania and
// Lemuria"; branch relrecall). Before, a meeting between two names
// needed a person among them.
func (s *sentence) namedParty(a *arg) bool {
	return a.typ == document.ORG || a.typ == document.LOC && isCountryArg(s, a)
}

// vagueVictims reports whether a killing's or an arrest's object is a
// vague count, "more than", "over" or "up to" a number, before the object
// or opening its phrase: the gold sets leave out "more than 63
// Palestinians" killed over a week and "up to 80 civilians" (branch
// relrecall; an incursion noun had given "killed so far in Israeli
// incursion" such a victim). They count "19 Palestinians" and also "at
// least 19 Palestinian civilians", so "at least" (and "some", "about",
// unseen in the gold) stay counts.
func vagueVictims(doc *document.Document, r document.Relation) bool {
	if r.Type != Kill && r.Type != Arrest || r.ObjectSpan == nil {
		return false
	}
	k := firstToken(doc, r.ObjectSpan.Start)
	word := func(i int) string {
		if i < 0 || i >= len(doc.Tokens) || doc.Tokens[i].Start < r.Sentence.Start || doc.Tokens[i].End > r.Sentence.End {
			return ""
		}
		return lowText(doc, doc.Tokens[i].Start, doc.Tokens[i].End)
	}
	num := func(w string) bool { return isDigits(strings.ReplaceAll(w, ",", "")) || numberWords[w] }
	// the phrase opens with its qualifier: "at least 19 civilians"
	switch w := word(k); {
	case (w == "up" && word(k+1) == "to" || w == "more" && word(k+1) == "than") && num(word(k+2)):
		return true
	case w == "over" && num(word(k+1)):
		return true
	}
	if num(word(k)) {
		k++ // the phrase opens with its number: "63 civilians"
	}
	if !num(word(k - 1)) {
		return false
	}
	v := word(k - 2)
	switch v {
	case "than":
		return word(k-3) == "more"
	case "to":
		return word(k-3) == "up"
	}
	return v == "over"
}

// phraseConjuncts gives a support or a criticism of sentence s whose
// object is a phrase (relations from index from on) one more relation
// for each phrase coordinated after it with "and" that ends the clause:
// "his support for abortion rights and marijuana legalization," is
// support of both (branch relrecall; coordination.go reads names
// only). The second phrase is up to four lower-case words, no verb,
// preposition, pronoun or name among them, followed by a comma, a
// full stop, a semicolon or the sentence's end: "backed the plan and
// urged …" and "his support for X and his opposition to Y" stay one.
func (f *finder) phraseConjuncts(s *sentence, from int) {
	n := len(f.rels)
	for i := from; i < n; i++ {
		r := f.rels[i]
		if r.Type != Support && r.Type != Criticize || r.Object != "" || r.ObjectSpan == nil || r.ObjectText == "" {
			continue
		}
		e := s.tokenEndingAt(r.ObjectSpan.End)
		if e < 0 || s.low(e+1) != "and" {
			continue
		}
		j := e + 2
		k := j
		for k < len(s.toks) && k < j+4 && s.toks[k].arg < 0 && s.toks[k].tx < 0 && isLower(s.toks[k].text) && !isSegmentEnd(s.toks[k].text) &&
			!s.in(k, wsPrepsBefore) && !s.in(k, wsVerbGroup) && !s.in(k, wsDeterminers) && !s.in(k, wsClauseOpeners) && !s.in(k, wsSpeech) &&
			len(s.lexOf(k).verbs) == 0 && !isAdverb(s.low(k)) && !pronounWords[s.low(k)] {
			k++
		}
		if k == j || k-j > 3 || k < len(s.toks) && s.low(k) != "," && s.low(k) != "." && s.low(k) != ";" {
			continue
		}
		if last := s.low(k - 1); len(last) > 3 && (last[len(last)-2:] == "ed" || last[len(last)-3:] == "ing") {
			continue
		}
		sp := document.Span{Start: s.toks[j].span.Start, End: s.toks[k-1].span.End}
		o := r
		o.ObjectText, o.ObjectSpan = s.text(f.doc, j, k), &sp
		f.add(s, o)
	}
}

// pronounWords are pronouns a phrase conjunct may not hold.
var pronounWords = set("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "its",
	"their", "our", "my", "your", "this", "that", "these", "those")

// headsPerson reports whether the words at k name people or a body the
// name before them modifies, a title or an institution, at most one
// lower-case word before it: "the US leader", "U.S. military
// newspapers" — the actor is then not the country (fbFits' country
// short names; branch relrecall).
func (s *sentence) headsPerson(k int) bool {
	if s.in(k, wsTitleWords) || s.in(k, wsInstitution) {
		return true
	}
	return k < len(s.toks) && s.toks[k].arg < 0 && isLower(s.toks[k].text) && (s.in(k+1, wsTitleWords) || s.in(k+1, wsInstitution))
}

// beInForVisit reads "X is in PLACE for a (state) visit", "X was in PLACE
// on an official visit" at the visit noun i, whose modifiers start after
// the article at k: X visits PLACE (branch relrecall). X is the subject
// of the form of "be" before "in"; a dateline place is none.
func (f *finder) beInForVisit(s *sentence, i, k int) []document.Relation {
	if s.low(k) != "a" && s.low(k) != "an" || s.low(k-1) != "for" && s.low(k-1) != "on" {
		return nil
	}
	if n := s.low(i + 1); n == "by" || n == "of" || n == "from" {
		return nil // "in Washington for a visit by Bush": another's visit
	}
	obj := s.argAt(k - 2)
	if obj == nil || !obj.place || obj.dateline || obj.last != k-2 || s.low(obj.first-1) != "in" || !s.in(obj.first-2, wsBeForms) {
		return nil
	}
	subj := s.subjectLeft(s.verbGroupStart(obj.first - 2))
	if subj == nil || subj.place || subj.ent == obj.ent || !fbFits(s, Visit, subj, obj) {
		return nil
	}
	r := f.relation(s, Visit, subj, obj, i, i+1, i)
	r.Place = obj.ent
	return []document.Relation{r}
}

// requestVerbs ask a court for a penalty: "the prosecutor sought
// 22-year prison sentences for X".
var requestVerbs = set("sought", "seeks", "seek", "seeking", "demanded", "demands", "demand", "demanding",
	"requested", "requests", "request", "requesting")

// penaltyNouns name what a prosecution asks a court for.
var penaltyNouns = set("sentence", "sentences", "punishment", "penalty", "term", "terms")

// penaltyRequests reads "X sought (22-year prison) sentences for Y", "X
// demanded the death penalty for Y" (branch relrecall): a prosecutor's
// request for a sentence is a step of the prosecution, an arrest by the
// guidelines (which count charging, trying and sentencing). Y must be a
// name (or a list's first name) after "for"; X is the verb's subject.
func (f *finder) penaltyRequests(s *sentence) {
	for i := range s.toks {
		if !s.in(i, wsRequestVerbs) {
			continue
		}
		k := i + 1
		for k < len(s.toks) && k < i+6 && !s.in(k, wsPenaltyNouns) && s.toks[k].arg < 0 && !isSegmentEnd(s.toks[k].text) &&
			(isLower(s.toks[k].text) || isDigits(s.low(k))) && s.low(k) != "for" && s.low(k) != "that" && s.low(k) != "to" {
			k++
		}
		if !s.in(k, wsPenaltyNouns) || s.low(k+1) != "for" {
			continue
		}
		obj, _ := s.objectAt(k + 2)
		if obj == nil || obj.typ != document.PER && obj.typ != "PRON" {
			continue
		}
		vg := s.verbGroupStart(i)
		subj := f.fbLeft(s, vg, false)
		if subj == nil || subj.ent == obj.ent || subj.typ == document.PER && !s.in(subj.first-1, wsTitleWords) && s.low(subj.last+1) != "," {
			continue // a person who demands a penalty needs a title: "Prosecutor X"
		}
		f.add(s, f.relation(s, Arrest, subj, obj, i, i+1, vg))
	}
}
