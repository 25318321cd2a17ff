package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/format/conll"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// The reader's layer: a few documented rules that the analyze stage
// (Tagger.Mentions) applies to the tagger's spans, for names a careful
// reader sees that CoNLL-2003's conventions leave out or type otherwise.
// Tag, Evaluate and EvaluateRaw do not apply them: the CoNLL and UNER
// figures are the model's own. docs/ner.md ("The reader's layer") gives
// the reasons.
//
//   - Named wars are MISC (CoNLL's guidelines: events are MISC; every
//     "… War" in CoNLL-2003 train and dev is MISC but two "Civil War"
//     ORG): a name whose head is "War" or "Wars", with nothing but
//     capitalised words or numerals before it ("Korean War", "World War
//     II", "U.S. Civil War"), typed ORG or LOC by the tagger, becomes
//     MISC. "Ministry of War" and "War Office" keep their type.
//   - A name typed PER that ends in a word naming a kind of place
//     ("County", "Parish", "District", "Province") or of organisation
//     ("Inc.", "Corp.", "Ltd", "University", "Party") takes that type:
//     no person's name ends so ("Cameron Parish", "Drexel Burnham
//     Lambert Inc."); a place typed LOC that ends in a word of
//     organisation is ORG ("Oberlin College").
//   - Seats of government named for the institution ("White House",
//     "Kremlin", "Downing Street") are ORG, as in OntoNotes; CoNLL-2003
//     tags them LOC.
//   - A country named in the plural ("the two Koreas", "both Germanys")
//     is a place (LOC), not the MISC the tagger may give it.
//   - Places named with common nouns: after "the", a phrase of two to
//     five words with a lower-case word in it that the gazetteer's
//     `location` list (continents, seas, regions, named zones: a hand
//     list) knows case-insensitively ("the demilitarized zone", "the
//     Korean peninsula", "the persian gulf"), not followed by "of" ("the
//     west bank of the river" is a river bank), is a place (LOC); a MISC
//     name inside it ("Korean") gives way to it.
//   - A nationality followed by a landform noun ("the Libyan coast", "the
//     Iberian peninsula", "the Syrian desert"): the MISC demonym and the
//     noun together are a place (LOC). CoNLL tags the demonym alone, MISC.
//     Not when the noun begins a compound ("the Libyan coast guard").
//   - Conjuncts are of one kind: a one-word name that nothing knows (no
//     word cluster, no gazetteer entry, not in the casing lexicon, once in
//     the document) listed among common nouns ("a dinner of filet
//     mignon, Burrata buffalo milk cheese and corn puree": a lower-case
//     word and a comma before it, at most three lower-case words after it
//     and then "and" or "or", and a lower-case word after that, none of
//     them a pronoun, determiner, preposition, auxiliary or verb of
//     saying, which would begin a clause) is a common noun
//     capitalised (a product, a dish), not a name: it is left untagged.
//   - A person's name ends before a weekday or a month ("Jacques Chirac
//     Monday"): trimDates.
//   - Names the list of sanctioned entities knows ("Taliban", "Islamic
//     Jihad") are organisations: knownOrgs.
//   - A span typed ORG that runs over a title and a first name is the
//     person's name after the title ("Senate Majority Leader Mitch
//     McConnell"): innerTitles.
//   - Across the document (propagate, after the rules above): a name
//     tagged in one place is tagged where the tagger left it untagged,
//     and a one-word ORG that is a person's surname elsewhere is PER.

// seats are the residences and offices of governments whose names news
// uses for the institution itself ("the White House said", "a Kremlin
// spokesman"): the reader sees an organisation, as OntoNotes annotates
// them (ORG), where CoNLL-2003 types them LOC.
var seats = map[string]bool{
	"White House": true, "Kremlin": true, "Downing Street": true, "Elysee": true, "Élysée": true,
	"Elysee Palace": true, "Élysée Palace": true, "Blue House": true, "Quai d'Orsay": true,
	"Zhongnanhai": true, "Foggy Bottom": true,
}

// placeHeads and orgHeads end names of places and organisations, never
// a person's name: a name the tagger typed PER that ends in one of them
// ("Cameron Parish", "Dan Sai District", "Drexel Burnham Lambert Inc.")
// takes the type the word says, and so does a place that ends in an
// organisation's word ("Oberlin College"; every "… University", "…
// College", "… Inc" … of CoNLL-2003's training data is ORG). An
// organisation is not made a place: "Derby County" is a football club
// (ORG in CoNLL-2003, as are the other five "… County" of its training
// data); nor is a MISC name retyped ("the Boston Tea Party"), and "…
// Bank" is left out (LOC 32 times in CoNLL-2003 train, ORG 20).
var (
	placeHeads = map[string]bool{
		"County": true, "Counties": true, "Parish": true, "District": true, "Province": true,
		"Prefecture": true, "Oblast": true, "Township": true,
	}
	orgHeads = map[string]bool{
		"Inc.": true, "Inc": true, "Corp.": true, "Corp": true, "Co.": true, "Ltd.": true, "Ltd": true,
		"LLC": true, "Plc": true, "PLC": true, "University": true, "College": true, "Institute": true,
		"Foundation": true, "Association": true, "Party": true, "Company": true,
	}
)

// squareHeads end names of places that the tagger may type ORG
// ("Tiananmen Square", "Pearl Harbor"); unlike "County" (ORG in "Derby
// County") no organisation's name in CoNLL-2003's training data ends in
// one, and the one such name there is LOC ("Minutka Square").
var squareHeads = map[string]bool{"Square": true, "Harbor": true, "Harbour": true}

// IsSeat reports whether name is the name of a seat of government that
// the entity tagger's reader's layer types ORG ("White House",
// "Kremlin"). An action "at the White House" still happens at a place.
func IsSeat(name string) bool { return seats[name] }

// landforms are the lower-case nouns that make a place of the nationality
// before them.
var landforms = map[string]bool{
	"peninsula": true, "coast": true, "coastline": true, "desert": true, "highlands": true,
	"lowlands": true, "archipelago": true, "plateau": true, "steppe": true, "steppes": true,
}

// compounds are landform nouns that begin a compound naming something
// else ("the Libyan coast guard" is an organisation).
var compounds = map[string]bool{"coast guard": true, "coast guards": true, "coastline guard": true}

// warNumerals may follow "War" in the name of a war.
var warNumerals = map[string]bool{"I": true, "II": true, "One": true, "Two": true, "1": true, "2": true}

// readerSpans applies the reader's rules to the spans the tagger found in
// one sentence of words, and returns the spans, in order. g may be nil:
// the place rules and the conjunct rule are then skipped. unknown, if not
// nil, tells whether the tagger's other resources (word clusters, casing
// lexicon) and the document know nothing of a word.
//
// pre, if not nil, holds the tagger's gazetteer tags of each word (ner's
// encoding: list<<3 | ignore-case<<2 | position, over the lists of g, as
// the shipped gazetteer gives them); it spares matching the sentence again.
func readerSpans(words []string, spans []conll.Span, g *gazetteer.Gazetteer, unknown func(string) bool, pre [][]uint32) []conll.Span {
	for i := range spans {
		s := &spans[i]
		if (s.Type == "ORG" || s.Type == "LOC") && namedWar(words[s.Start:s.End]) {
			s.Type = "MISC"
		}
		if s.Type == "LOC" && seats[strings.Join(words[s.Start:s.End], " ")] {
			s.Type = "ORG"
		}
		if s.End-s.Start > 1 {
			switch last := words[s.End-1]; {
			case (s.Type == "PER" || s.Type == "ORG") && squareHeads[last]:
				s.Type = "LOC"
			case s.Type == "PER" && placeHeads[last]:
				s.Type = "LOC"
			case (s.Type == "PER" || s.Type == "LOC") && orgHeads[last]:
				s.Type = "ORG"
			}
		}
	}
	spans = trimDates(words, spans)
	if g == nil {
		return spans
	}
	if len(pre) != len(words) {
		pre = nil
	}
	spans = knownOrgs(words, spans, g)
	spans = innerTitles(words, spans, g)
	var tags []gazetteer.Tags // the sentence's, matched here when pre is nil
	matched := func() {
		if pre == nil && tags == nil {
			tags = g.Match(words, nil)
		}
	}
	if unknown != nil {
		spans = slices.DeleteFunc(spans, func(s conll.Span) bool {
			if s.End-s.Start != 1 || !amongCommonNouns(words, s.Start) || !unknown(words[s.Start]) {
				return false
			}
			if pre != nil {
				return len(pre[s.Start]) == 0
			}
			matched()
			return tags[s.Start].Empty()
		})
	}
	loc, nat := g.ListIndex("location"), g.ListIndex("nationality")
	if loc < 0 || nat < 0 {
		return spans
	}
	// A country named in the plural ("the two Koreas") is a place.
	if country := g.ListIndex("country"); country >= 0 {
		var one []gazetteer.Tags
		for i := range spans {
			sp := &spans[i]
			w := words[sp.Start]
			if sp.Type != "MISC" || sp.End-sp.Start != 1 || len(w) < 4 || !strings.HasSuffix(w, "s") || !unicode.IsUpper(rune(w[0])) {
				continue
			}
			one = g.Match([]string{w[:len(w)-1]}, one)
			if whole(one, country) && !whole(one, nat) {
				sp.Type = "LOC"
			}
		}
	}
	// startsPlace reports whether an entry of the location list starts
	// at word i, case ignored.
	startsPlace := func(i int) bool {
		if pre != nil {
			return slices.Contains(pre[i], uint32(loc)<<3|4|posB)
		}
		matched()
		return tags[i].Fold[gazetteer.B]&(1<<loc) != 0
	}
	var buf []gazetteer.Tags
	for i := 1; i < len(words); i++ {
		if !strings.EqualFold(words[i-1], "the") || !hasLower(words[i:min(len(words), i+gazetteer.MaxTokens)]) {
			continue
		}
		place := startsPlace(i)
		end := 0
		// The longest entry of the location list that starts here.
		for j := min(len(words), i+gazetteer.MaxTokens); place && j >= i+2; j-- {
			if !hasLower(words[i:j]) || (j < len(words) && words[j] == "of") {
				continue
			}
			buf = g.Match(words[i:j], buf)
			if whole(buf, loc) {
				end = j
				break
			}
		}
		// A nationality and a landform noun.
		if end == 0 {
			for _, s := range spans {
				if s.Start == i && s.Type == "MISC" && s.End < len(words) && landforms[words[s.End]] &&
					!(s.End+1 < len(words) && compounds[words[s.End]+" "+words[s.End+1]]) {
					buf = g.Match(words[s.Start:s.End], buf)
					if whole(buf, nat) {
						end = s.End + 1
					}
					break
				}
			}
		}
		if end == 0 {
			continue
		}
		if sp, ok := replaceMisc(spans, conll.Span{Start: i, End: end, Type: "LOC"}); ok {
			spans = sp
			i = end - 1
		}
	}
	return spans
}

// amongCommonNouns reports whether words[i] is listed among common nouns:
// after a lower-case word and a comma, followed by at most three
// lower-case words (the rest of its noun phrase: "Burrata buffalo milk
// cheese") and "and" or "or", and a lower-case word after that. A
// clause after it ("sources, TSN said the overhaul …") is no list.
func amongCommonNouns(words []string, i int) bool {
	if i < 2 || words[i-1] != "," || !lowerWord(words[i-2]) {
		return false
	}
	j := i + 1
	for j < len(words) && j <= i+3 && words[j] != "and" && words[j] != "or" && lowerWord(words[j]) && !closedClass[words[j]] {
		j++
	}
	return j < len(words)-1 && (words[j] == "and" || words[j] == "or") && lowerWord(words[j+1]) && !closedClass[words[j+1]]
}

// closedClass are words that no noun phrase made of nouns and adjectives
// holds: pronouns, determiners, prepositions, auxiliaries and the verbs
// of saying. After a name they begin a clause ("Condi called me and
// said …"), not the rest of a list item.
var closedClass = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i me my he him his she her it its we us our you your they them their
		this that these those the a an some any no every each all both
		to of in on at by for with from into over under about after before as than
		is are was were be been being am has have had do does did will would shall should can could may might must
		said says say told tells asked added called who which what when where whose not`) {
		closedClass[w] = true
	}
}

// lowerWord reports whether w is a word in lower case.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// namedWar reports whether words name a war: capitalised words (or
// numerals) ending in "War" or "Wars", and perhaps a numeral after it.
func namedWar(words []string) bool {
	n := len(words)
	if n > 2 && warNumerals[words[n-1]] {
		n--
	}
	if n < 2 || (words[n-1] != "War" && words[n-1] != "Wars") {
		return false
	}
	for _, w := range words[:n-1] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// whole reports whether tags, the gazetteer tags of a phrase matched on
// its own, hold an entry of list that covers the whole phrase,
// case-insensitively (which includes exact matches).
func whole(tags []gazetteer.Tags, list int) bool {
	bit := uint32(1) << list
	n := len(tags)
	if n == 1 {
		return tags[0].Fold[gazetteer.U]&bit != 0
	}
	if tags[0].Fold[gazetteer.B]&bit == 0 || tags[n-1].Fold[gazetteer.L]&bit == 0 {
		return false
	}
	for _, t := range tags[1 : n-1] {
		if t.Fold[gazetteer.I]&bit == 0 {
			return false
		}
	}
	return true
}

// replaceMisc puts s among spans, in order, in place of the MISC spans
// inside it. It fails, leaving spans as they are, when s overlaps a span
// of another type or a span that runs past it.
func replaceMisc(spans []conll.Span, s conll.Span) ([]conll.Span, bool) {
	for _, o := range spans {
		if o.Start < s.End && s.Start < o.End && (o.Type != "MISC" || o.Start < s.Start || o.End > s.End) {
			return spans, false
		}
	}
	out := spans[:0:0]
	done := false
	for _, o := range spans {
		if o.Start >= s.Start && o.End <= s.End {
			continue
		}
		if !done && o.Start >= s.End {
			out = append(out, s)
			done = true
		}
		out = append(out, o)
	}
	if !done {
		out = append(out, s)
	}
	return out, true
}

// hasLower reports whether a word of words starts with a lower-case letter.
func hasLower(words []string) bool {
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// dateWords are the weekdays and the months that are no one's name: a
// person's name the tagger let run into one ("Jacques Chirac Monday",
// "Lee Teng-hui Wednesday": the date follows the verb's object in news
// style) ends before it. Months that are also names (April, May, June,
// July, August) and abbreviations are left out.
var dateWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "September": true,
	"October": true, "November": true, "December": true,
}

// trimDates takes a trailing weekday or month out of the names typed PER
// of two words or more: a person's name does not end in a date. Names
// of organisations may ("Sheffield Wednesday", a football club, ORG in
// CoNLL-2003), so only PER is trimmed.
//
// What is left of a two-word span that opens its sentence ("Earlier
// Monday", "Also Monday") is a sentence adverb, not a name: the span is
// dropped.
func trimDates(words []string, spans []conll.Span) []conll.Span {
	drop := false
	for i := range spans {
		s := &spans[i]
		if s.Type == "PER" && s.End-s.Start > 1 && dateWords[words[s.End-1]] {
			s.End--
			if s.Start == 0 && s.End == 1 {
				s.Type = ""
				drop = true
			}
		}
	}
	if drop {
		spans = slices.DeleteFunc(spans, func(s conll.Span) bool { return s.Type == "" })
	}
	return spans
}

// locative are the prepositions of place: a name after one is where
// something happens.
var locative = map[string]bool{"at": true, "in": true, "near": true, "to": true, "from": true, "inside": true, "into": true}

// placeNouns are nouns of places that a name typed LOC may modify.
var placeNouns = map[string]bool{
	"mosque": true, "mosques": true, "compound": true, "shrine": true, "square": true, "camp": true,
	"area": true, "region": true, "district": true, "city": true, "town": true, "village": true,
	"street": true, "road": true, "complex": true, "site": true, "province": true,
}

// knownOrgs retypes as ORG the names the tagger typed MISC or LOC that
// the gazetteer's list of sanctioned entities (`sanctions.org`) knows
// whole, case ignored, and its lists of places and nationalities do not:
// armed and political groups that CoNLL-2003's training text (1996)
// barely names come out MISC ("Taliban", "al-Qaida") or LOC ("Islamic
// Jihad"), and an action needs an actor. The broader list of known
// organisations (`org.known`) is not used: it holds brands named after
// people and places ("Ford" in "Ford 's Theater"). Sanctioned names may
// also name places ("al-Aqsa", a foundation and a mosque): a name after
// a preposition of place ("pray at al-Aqsa") is left as tagged, and so
// is a name typed LOC before a noun of place ("al-Aqsa mosque").
func knownOrgs(words []string, spans []conll.Span, g *gazetteer.Gazetteer) []conll.Span {
	sanctioned := g.ListIndex("sanctions.org")
	if sanctioned < 0 {
		return spans
	}
	var places []int
	for _, l := range []string{"country", "city", "region", "location", "nationality"} {
		if k := g.ListIndex(l); k >= 0 {
			places = append(places, k)
		}
	}
	var buf []gazetteer.Tags
	for i := range spans {
		s := &spans[i]
		if s.Type != "MISC" && s.Type != "LOC" {
			continue
		}
		if s.Start > 0 && locative[strings.ToLower(words[s.Start-1])] ||
			s.Type == "LOC" && s.End < len(words) && placeNouns[words[s.End]] {
			continue
		}
		buf = g.Match(words[s.Start:s.End], buf)
		if whole(buf, sanctioned) && !slices.ContainsFunc(places, func(l int) bool { return whole(buf, l) }) {
			s.Type = "ORG"
		}
	}
	return spans
}

// innerTitles splits a name typed ORG that runs over a title into a
// person's name after it: "Senate Majority Leader Mitch McConnell" (one
// ORG to the tagger) is "Mitch McConnell", PER. CoNLL-2003 leaves titles
// out of names, so a title inside a span (an entry of the gazetteer's
// `title` list, with its case, that neither begins nor ends the span)
// followed by a first name the `person.first` list knows is where the
// tagger ran an organisation's phrase and a person's name together. What
// comes before the title is kept as a name when the lists of
// nationalities, countries, regions or known organisations know it whole;
// else it is dropped ("Senate Majority"). Spans typed PER are left as
// they are ("Roman Emperor Julius Caesar": the type is right, and
// CoNLL04's annotators keep the title in the name).
func innerTitles(words []string, spans []conll.Span, g *gazetteer.Gazetteer) []conll.Span {
	title, first := g.ListIndex("title"), g.ListIndex("person.first")
	if title < 0 || first < 0 {
		return spans
	}
	var buf, one []gazetteer.Tags
	out := spans[:0:0]
	changed := false
	for _, s := range spans {
		if s.Type != "ORG" || s.End-s.Start < 3 {
			out = append(out, s)
			continue
		}
		buf = g.Match(words[s.Start:s.End], buf)
		bit := uint32(1) << title
		cut := -1 // the first word after the last title inside the span
		for k := len(buf) - 2; k >= 1 && cut < 0; k-- {
			if buf[k].Exact[gazetteer.U]&bit == 0 && buf[k].Exact[gazetteer.L]&bit == 0 {
				continue
			}
			next := words[s.Start+k+1]
			if !unicode.IsUpper(firstRune(next)) || nameSuffixes[next] {
				continue
			}
			one = g.Match([]string{next}, one)
			if one[0].Exact[gazetteer.U]&(1<<first) == 0 {
				continue
			}
			cut = k + 1
		}
		if cut < 0 {
			out = append(out, s)
			continue
		}
		// The first word of the longest title entry that ends there
		// ("Foreign Minister").
		b := cut - 1
		for b > 0 && (buf[b].Exact[gazetteer.L]|buf[b].Exact[gazetteer.I])&bit != 0 && (buf[b-1].Exact[gazetteer.B]|buf[b-1].Exact[gazetteer.I])&bit != 0 {
			b--
		}
		if b > 0 {
			if t := prefixType(words[s.Start:s.Start+b], g); t != "" {
				out = append(out, conll.Span{Start: s.Start, End: s.Start + b, Type: t})
			}
		}
		out = append(out, conll.Span{Start: s.Start + cut, End: s.End, Type: "PER"})
		changed = true
	}
	if !changed {
		return spans
	}
	return out
}

// nameSuffixes end a person's name after a surname that is also a title
// ("Martin Luther King Jr."): no name begins with them.
var nameSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true, "II": true, "III": true, "IV": true}

// prefixType is the type of the words before a title in a span that ran
// over it: LOC if the country list knows them whole, ORG if the known
// organisations do, MISC for a nationality, else "" (no name).
func prefixType(words []string, g *gazetteer.Gazetteer) string {
	tags := g.Match(words, nil)
	for _, c := range []struct{ list, typ string }{{"nationality", "MISC"}, {"country", "LOC"}, {"region", "LOC"}, {"org.known", "ORG"}} {
		if k := g.ListIndex(c.list); k >= 0 && whole(tags, k) {
			return c.typ
		}
	}
	return ""
}

// firstRune is the first rune of w.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// surnames retypes as PER a one-word name typed ORG that is the last word
// of a person's name of two words or more elsewhere in the document
// ("Pinochet victims" and "Augusto Pinochet's regime"): after a full
// name, news refers to the person by the surname. Not when the word is a
// known organisation, country, city or region of the gazetteer ("Ford"
// after "Gerald Ford" may be the carmaker), nor a place typed LOC
// ("Washington" after "George Washington"). The full name must begin
// with a first name the `person.first` list knows and end in a word not
// in capitals: "Rosneft-owned Yugansk" and "Philippe Sands QC", which
// the tagger typed PER, make no surname of "Yugansk" or "QC".
func surnames(sents [][]string, spans [][]conll.Span, g *gazetteer.Gazetteer) {
	if g == nil {
		return
	}
	first := g.ListIndex("person.first")
	if first < 0 {
		return
	}
	var buf []gazetteer.Tags
	last := map[string]bool{}
	for k, ss := range spans {
		for _, s := range ss {
			if s.Type != "PER" || s.End-s.Start < 2 || allCaps(sents[k][s.End-1]) {
				continue
			}
			buf = g.Match(sents[k][s.Start:s.Start+1], buf)
			if buf[0].Exact[gazetteer.U]&(1<<first) != 0 {
				last[sents[k][s.End-1]] = true
			}
		}
	}
	if len(last) == 0 {
		return
	}
	var lists []int
	for _, l := range []string{"org.known", "sanctions.org", "country", "city", "region", "location"} {
		if k := g.ListIndex(l); k >= 0 {
			lists = append(lists, k)
		}
	}
	for k, ss := range spans {
		for i := range ss {
			s := &ss[i]
			if s.Type != "ORG" || s.End-s.Start != 1 || !last[sents[k][s.Start]] {
				continue
			}
			buf = g.Match(sents[k][s.Start:s.End], buf)
			if slices.ContainsFunc(lists, func(l int) bool { return whole(buf, l) }) {
				continue
			}
			s.Type = "PER"
		}
	}
}

// allCaps reports whether w has two letters or more, all capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 1
}

// openers are conjunctions that may open a sentence before a name ("But
// Deutsche Boerse told …").
var openers = map[string]bool{"but": true, "and": true, "or": true, "so": true, "yet": true, "while": true, "if": true, "since": true, "because": true, "although": true, "though": true}

// propagate tags, across a document, the occurrences of a name that the
// tagger found in one place and left untagged in another: "‘Black Lives
// Matter’ Sends Brutal Message" in a headline over a body that tags the
// movement ORG; "But Deutsche Boerse told …" after "Deutsche Boerse"
// was tagged. One sense per document: the occurrence takes the type the
// name has elsewhere (the most frequent; a tie leaves it untagged). An
// occurrence is tagged only where it cannot be part of a longer name or
// a title-case phrase: no capitalised word just before it (but a
// sentence's first word when it is a closed-class word, "The", "But")
// or just after it; a one-word name not at its sentence's first word
// ("Rice" opening a sentence may be the grain). spans holds each
// sentence's spans, in order; the result is the same with the new spans
// put in order.
func propagate(sents [][]string, spans [][]conll.Span, g *gazetteer.Gazetteer) [][]conll.Span {
	surnames(sents, spans, g)
	types := map[string]map[string]int{}
	for k, ss := range spans {
		for _, s := range ss {
			w := sents[k][s.Start:s.End]
			if !unicode.IsUpper(firstRune(w[0])) || !unicode.IsUpper(firstRune(w[len(w)-1])) {
				continue
			}
			name := strings.Join(w, " ")
			if types[name] == nil {
				types[name] = map[string]int{}
			}
			types[name][s.Type]++
		}
	}
	if len(types) == 0 {
		return spans
	}
	typeOf := func(name string) string {
		best, n, tie := "", 0, false
		for t, c := range types[name] {
			switch {
			case c > n:
				best, n, tie = t, c, false
			case c == n:
				tie = true
			}
		}
		if tie {
			return ""
		}
		return best
	}
	capital := func(w string) bool { return unicode.IsUpper(firstRune(w)) }
	for k, words := range sents {
		covered := make([]bool, len(words))
		for _, s := range spans[k] {
			for i := s.Start; i < s.End; i++ {
				covered[i] = true
			}
		}
		var added []conll.Span
		for i := 0; i < len(words); i++ {
			if covered[i] || !capital(words[i]) {
				continue
			}
			for n := min(gazetteer.MaxTokens, len(words)-i); n >= 1; n-- {
				j := i + n
				if slices.Contains(covered[i:j], true) || types[strings.Join(words[i:j], " ")] == nil {
					continue
				}
				if n == 1 && i == 0 {
					break
				}
				if i > 0 && capital(words[i-1]) && !(i == 1 && (closedClass[strings.ToLower(words[0])] || openers[strings.ToLower(words[0])])) {
					break
				}
				if j < len(words) && capital(words[j]) {
					continue
				}
				if t := typeOf(strings.Join(words[i:j], " ")); t != "" {
					added = append(added, conll.Span{Start: i, End: j, Type: t})
					i = j - 1
				}
				break
			}
		}
		if len(added) > 0 {
			all := append(slices.Clip(spans[k]), added...)
			slices.SortFunc(all, func(a, b conll.Span) int { return a.Start - b.Start })
			spans[k] = all
		}
	}
	return spans
}
