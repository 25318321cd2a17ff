package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Phrase objects of stance (branch phrasestance, docs/relations.md,
// "Fallback tier, phrase stance"): what a party supports or opposes is
// often a policy, a plan or an action named by a noun phrase with no
// name in it ("back controversial government plans", "in favour of ID
// cards", "his opposition to higher taxes", "objected to subsidies"), or a
// gerund with its object ("supports keeping troops there"). The
// guidelines annotate that phrase as the object.

// openStance are the fallback's stance triggers with a preposition whose
// object may be any noun phrase without a name: the adjective or verb and
// the preposition. Their sense is stance whatever follows.
var openStance = set("opposed to", "critical of", "supportive of", "object to", "protest against",
	"speak out against", "rail against", "lash out at", "hit out at", "lash out against", "hit out against",
	"campaign against", "campaign for", "vote against", "vote for")

// headStance are the stance triggers with a preposition whose phrase
// object must be headed by a statement or action noun: "committed to the
// roadmap peace plan", not "committed to the region".
var headStance = set("committed to", "stick to")

// phraseAdjectives are adjectives of stance the tier reads only for
// their phrase or name objects: "X is committed to the peace plan".
var phraseAdjectives = adjTable{
	"committed": {Support, []string{"to"}},
}

// gerundStance are the verbs whose object may be a gerund clause: "he
// supports keeping troops there", "opposes raising taxes".
var gerundStance = set("support", "back", "oppose", "favour", "favor", "endorse", "reject", "defend", "object to",
	"opposed to", "in favour of", "in favor of")

// openStanceNouns are the stance nouns whose object after their
// preposition may be any noun phrase without a name: "Trump's support for
// abortion rights", "her opposition to the war".
var openStanceNouns = set("support", "backing", "opposition", "criticism", "condemnation", "endorsement")

// receivingVerbs take a stance noun whose actor is someone else: "X won
// backing for the sanctions from Y" is Y's support, not X's.
var receivingVerbs = set("won", "win", "wins", "winning", "gained", "gain", "gains", "received", "receive", "receives",
	"got", "get", "gets", "secured", "secure", "enjoyed", "enjoys", "enjoy", "earned", "sought", "seek", "seeks",
	"seeking", "lost", "lose", "loses", "drew", "draw", "draws", "attracted", "faced", "face", "faces")

// openStanceNoun reports whether the noun at i takes any noun phrase as
// its object: a noun of openStanceNouns whose actor is not its receiver
// ("won backing for", "faced criticism of").
func (s *sentence) openStanceNoun(i int) bool {
	if !s.in(i, wsOpenStanceNouns) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.in(k, wsReceivingVerbs) {
			return false
		}
		if s.toks[k].arg >= 0 || isSegmentEnd(s.toks[k].text) {
			break
		}
	}
	return true
}

// vagueObjects head phrases that name no proposal or action: "opposed to
// the idea that", "support for the first time".
var vagueObjects = set("idea", "ideas", "fact", "way", "ways", "thing", "things", "notion", "time", "times", "moment",
	"extent", "lot", "one", "ones", "kind", "sort", "part", "point", "end", "side", "sides", "view", "same", "other",
	"others", "rest", "most", "all", "some", "any", "each", "both", "none", "this", "that", "these", "those", "such",
	"much", "many", "more", "less", "what", "it", "them", "him", "her", "us", "me", "you", "year", "years", "day", "days",
	"week", "weeks", "month", "months", "country", "nation", "region", "area", "world", "move")

// stanceTrigger returns how a fallback trigger with preposition prep
// after the word of lemma takes a phrase object: any noun phrase (open),
// one with a statement or action head (head) or none.
func stanceTrigger(lemma, prep string) (open, head bool) {
	key := lemma + " " + prep
	switch {
	case prep == "":
		return false, true
	case openStance[key]:
		return true, false
	case headStance[key]:
		return false, true
	}
	return false, false
}

// stanceObject returns the phrase object of a stance trigger at j: a noun
// phrase with or without a determiner, or a gerund and its object when
// gerund is set; head requires a statement or action noun as its head.
// "" when the phrase holds a name, is followed by a "that" clause or by
// its owner after "by" (whose is the object, ownedPhraseObjects), is
// vague ("the idea") or names people.
func (s *sentence) stanceObject(doc *document.Document, j int, head, gerund bool) (string, document.Span) {
	if gerund {
		if text, sp := s.gerundPhrase(doc, j); text != "" {
			return text, sp
		}
	}
	text, sp := s.nounPhrase(doc, j)
	if text == "" {
		text, sp = s.plainNounPhrase(doc, j)
	}
	if text == "" || s.argIn(j, sp) != nil {
		return "", document.Span{}
	}
	k := s.past(j, sp)
	w := lastWord(strings.ToLower(strings.Trim(text, "'\"“”‘’")))
	if s.low(k) == "that" || s.low(k) == "by" || vagueObjects[w] || vagueHeads[w] || peopleNouns[w] || personPlural(w) || s.toks[k-1].arg >= 0 || s.toks[k-1].tx >= 0 {
		return "", document.Span{}
	}
	if head && !statementNouns[w] && !actionNouns[w] && !phraseHeads[w] {
		return "", document.Span{}
	}
	return text, sp
}

// plainNounPhrase returns a noun phrase at j without a determiner:
// lower-case words and acronyms ("ID cards", "controversial government
// plans", "abortion rights"), up to six, ending before a preposition, a
// verb, a clause mark, a name or a time; the last word not a gerund, an
// adverb or an acronym.
func (s *sentence) plainNounPhrase(doc *document.Document, j int) (string, document.Span) {
	k := j
	for k < len(s.toks) && k < j+6 && s.toks[k].arg < 0 && s.toks[k].tx < 0 && (isLower(s.toks[k].text) || isAcronym(s.toks[k].text)) &&
		!isSegmentEnd(s.toks[k].text) && !s.in(k, wsPrepsBefore) && (!s.in(k, wsVerbGroup) || s.in(k, wsNounPlans)) && !s.in(k, wsClauseOpeners) &&
		s.low(k) != "and" && s.low(k) != "or" && s.low(k) != "that" && s.low(k) != "which" && s.low(k) != "who" &&
		!s.in(k, wsSpeech) && !isAdverb(s.low(k)) && !s.in(k, wsDeterminers) && !s.in(k, wsPronouns) && !s.in(k, wsVagueObjects) &&
		(len(s.lexAt(k).fbVerbs) == 0 || s.in(k, wsPhraseHeads) || s.in(k, wsStatementNouns) || s.in(k, wsActionNouns)) {
		k++
	}
	if k == j || strings.HasSuffix(s.low(k-1), "ing") || isAcronym(s.toks[k-1].text) || shape(s.low(k-1)) == "<num>" {
		return "", document.Span{}
	}
	return s.text(doc, j, k), document.Span{Start: s.toks[j].span.Start, End: s.toks[k-1].span.End}
}

// isAcronym reports whether w is a short word of capitals: "ID", "VAT".
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// gerundPhrase returns a gerund at j with its object: "keeping troops
// there" gives "keeping troops", "raising the pension age"; "" when j is
// no gerund or nothing follows it.
func (s *sentence) gerundPhrase(doc *document.Document, j int) (string, document.Span) {
	w := s.low(j)
	if j >= len(s.toks) || !strings.HasSuffix(w, "ing") || len(w) < 6 || !isLower(s.toks[j].text) || s.toks[j].arg >= 0 ||
		nounTriggers[w] != "" || fbNouns[w] != "" || s.in(j-1, wsDeterminers) {
		return "", document.Span{}
	}
	k := j + 1
	if s.low(k) == "up" || s.low(k) == "out" || s.low(k) == "down" || s.low(k) == "back" {
		k++ // "stepping up", "pulling out"
	}
	_, sp := s.nounPhrase(doc, k)
	if sp.End == 0 {
		_, sp = s.plainNounPhrase(doc, k)
	}
	if sp.End == 0 || s.argIn(k, sp) != nil {
		return "", document.Span{}
	}
	sp.Start = s.toks[j].span.Start
	return doc.Slice(sp), sp
}

// phraseStance reads the phrase object at j of a support or criticism
// trigger t (a verb or an adjective whose lemma is lemma) from token i to
// end: a statement or action for a direct object, any noun phrase for
// the triggers of openStance, and a gerund clause for gerundStance's.
func (f *finder) phraseStance(s *sentence, t fbTrigger, lemma string, subj *arg, i, end, j, vg int) (document.Relation, bool) {
	open, head := stanceTrigger(lemma, t.prep)
	if !open && !head {
		return document.Relation{}, false
	}
	key := lemma
	if t.prep != "" {
		key += " " + t.prep
	}
	text, sp := s.stanceObject(f.doc, j, head, gerundStance[key])
	if text == "" {
		return document.Relation{}, false
	}
	r := f.relation(s, t.typ, subj, nil, i, end, vg)
	r.ObjectText, r.ObjectSpan = text, &sp
	return r, true
}

// statedStance reports whether the word at k ("in" of "in favour of")
// follows a form of "be" or a copula, adverbs aside: "has always been in
// favour of", "remains firmly in favour of"; not "stepped down in favour
// of", a place given up, or "ruled in favour of", a verdict.
func (s *sentence) statedStance(k int) bool {
	k--
	for k > 0 && (isAdverb(s.low(k)) || s.low(k) == "always" || s.low(k) == "still" || s.low(k) == "not" || s.low(k) == "also") {
		k--
	}
	return s.in(k, wsBeForms) && s.low(k) != "'s" || s.in(k, wsCopulas)
}

// frequencyAdverbs may stand inside a verb group though verbGroupStart
// stops at them: "has always been", "had never been".
var frequencyAdverbs = set("always", "still", "never", "also", "long", "often", "now")

// frequencyGroupStart extends the verb group starting at vg over the
// frequency adverbs and auxiliaries before it.
func (s *sentence) frequencyGroupStart(vg int) int {
	for vg > 1 && s.in(vg-1, wsFrequencyAdverbs) && s.toks[vg-1].arg < 0 {
		vg = s.verbGroupStart(vg - 1)
	}
	return vg
}

// notPersons are plurals with a person's ending that name things.
var notPersons = set("powers", "orders", "numbers", "papers", "matters", "borders", "waters", "centers", "centres",
	"letters", "offers", "transfers", "headquarters", "barriers", "answers", "layers", "filters", "others", "chambers",
	"computers", "registers", "parameters", "quarters", "disorders", "shelters", "containers", "characters")

// personPlural reports whether w looks like a plural noun of people
// ("farmers", "protesters", "economists", "civilians"): a group the
// guidelines leave out as an object when no name stands in it.
func personPlural(w string) bool {
	return (strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ians")) && !notPersons[w]
}

// bodyPossessive reports whether the actor a is a body's possessive
// pronoun ("its opposition to", "their support for"), which the resolver
// binds less surely than a person's: an open stance noun's phrase object
// then gives nothing.
func bodyPossessive(s *sentence, a *arg) bool {
	if a.typ != "PRON" {
		return false
	}
	l := s.low(a.first)
	return l == "its" || l == "their"
}
