package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// Country epithets (branch descargs). News names a country a second time
// by a description: "the Jewish state", "the Islamic republic", "the
// Stalinist state", "the war-torn country", "the oil-rich kingdom". The
// coreference resolver knows "the country" and "the nation", but an
// epithet before the head is no modifier the country's mentions carry,
// and "state" is to it a region: "sanctions on the Stalinist state" went
// to Washington, "against the Jewish state" to Gaza. epithetResolver reads
// these descriptions before the resolver does:
//
//   - an epithet that names one country, or a few ("Jewish", "Zionist":
//     Israel; "Stalinist", "hermit": North Korea; "Islamic" before
//     "republic": Iran, Pakistan, Afghanistan, Mauritania), is the last
//     of those countries the text named before it, and no one when the
//     text named none of them;
//   - any other lower-case adjective before "country", "nation",
//     "kingdom", "emirate" or "republic" ("the war-torn country") is the
//     last country named in the sentences before, when the description's
//     own sentence names no country before it (in "Japan imposed
//     sanctions on the impoverished nation" the nation is not Japan, and
//     the rule does not guess).
//
// "State" takes an epithet only: "the southern state" is a region.

// epithetHeads are the nouns a country epithet describes.
var epithetHeads = set("state", "nation", "country", "kingdom", "republic", "emirate", "regime", "entity", "north", "island", "monarchy")

// genericCountryHeads take any adjective: they name a country whatever
// describes it.
var genericCountryHeads = set("nation", "country", "kingdom", "emirate", "republic")

// countryEpithets maps the words that describe one country (or a few) to
// their
// short names as the country table gives them; heads restricts a word to
// some heads ("Islamic republic", not "Islamic state", the group).
var countryEpithets = map[string]struct {
	countries []string
	heads     map[string]bool
}{
	"jewish":         {[]string{"Israel"}, set("state", "nation")},
	"zionist":        {[]string{"Israel"}, set("state", "regime", "entity")},
	"stalinist":      {[]string{"North Korea"}, set("state", "regime", "nation", "country", "north")},
	"hermit":         {[]string{"North Korea"}, set("state", "kingdom", "nation", "regime")},
	"reclusive":      {[]string{"North Korea"}, set("state", "regime", "nation", "country", "north")},
	"communist":      {[]string{"North Korea", "China", "Cuba", "Vietnam", "Laos"}, set("state", "regime", "nation", "country", "north", "island")},
	"nationalist":    {[]string{"Taiwan"}, set("island")},
	"self-ruled":     {[]string{"Taiwan"}, set("island")},
	"self-governing": {[]string{"Taiwan"}, set("island")},
	"islamic":        {[]string{"Iran", "Pakistan", "Afghanistan", "Mauritania"}, set("republic")},
	"himalayan":      {[]string{"Nepal", "Bhutan"}, set("state", "kingdom", "nation", "country", "republic")},
	"gulf":           {[]string{"Qatar", "Kuwait", "Bahrain", "United Arab Emirates", "Oman", "Saudi Arabia"}, set("state", "emirate", "kingdom", "nation", "country", "monarchy")},
	"baltic":         {[]string{"Estonia", "Latvia", "Lithuania"}, set("state", "nation", "country", "republic")},
	"alpine":         {[]string{"Switzerland", "Austria", "Liechtenstein"}, set("state", "nation", "country", "republic")},
	"caribbean":      {[]string{"Cuba", "Haiti", "Jamaica", "Dominican Republic", "Trinidad and Tobago", "Barbados", "Bahamas"}, set("state", "nation", "country", "republic")},
	"balkan":         {[]string{"Serbia", "Croatia", "Bosnia and Herzegovina", "Albania", "Kosovo", "Montenegro", "North Macedonia", "Macedonia", "Slovenia"}, set("state", "nation", "country", "republic")},
}

// epithetResolver answers for country epithets and asks its resolver
// about everything else.
type epithetResolver struct {
	Resolver
	doc *document.Document
}

// withDescriptions returns r with country countryEpithets read first, or nil
// when r is nil (without a resolver the finder asks about no
// description).
func withDescriptions(doc *document.Document, r Resolver) Resolver {
	if r == nil {
		return nil
	}
	return &epithetResolver{Resolver: r, doc: doc}
}

// Speaker returns the entity src refers to.
func (d *epithetResolver) Speaker(src document.Span) string {
	if id, ok := d.countryEpithet(src); ok {
		return id
	}
	return d.Resolver.Speaker(src)
}

// Doubtful asks its resolver whether the answer id for the pronoun at
// src is in doubt (doubter).
func (d *epithetResolver) Doubtful(src document.Span, id, other string) bool {
	dr, ok := d.Resolver.(doubter)
	return ok && dr.Doubtful(src, id, other)
}

// countryEpithet resolves "the Jewish state" and its kind (above); ok is
// false when src is no such description, and the resolver should be
// asked.
func (d *epithetResolver) countryEpithet(src document.Span) (id string, ok bool) {
	text := d.doc.Text[src.Start:src.End]
	if w := strings.TrimLeftFunc(text, unicode.IsSpace); w == "" || w[0] != 't' && w[0] != 'T' {
		// the first word is no "the" (no other letter folds to "t"):
		// most spans asked about are pronouns
		return "", false
	}
	if !threeWords(text) {
		return "", false
	}
	words := strings.Fields(text)
	if len(words) < 3 || len(words) > 4 || !strings.EqualFold(words[0], "the") {
		return "", false
	}
	head := words[len(words)-1]
	if !epithetHeads[head] { // lower case only: "the Islamic State" is a group
		return "", false
	}
	for _, w := range words[1 : len(words)-1] {
		if ep, known := countryEpithets[strings.ToLower(w)]; known {
			if !ep.heads[head] {
				return "", false
			}
			return d.lastCountry(src.Start, ep.countries, false), true
		}
	}
	if !genericCountryHeads[head] || len(words) != 3 {
		return "", false
	}
	adj := words[1]
	if !isLower(adj) || !countryAdjective(adj) {
		return "", false
	}
	return d.lastCountry(src.Start, nil, true), true
}

// threeWords reports whether strings.Fields(s) has three words or more,
// without splitting s.
func threeWords(s string) bool {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			if n++; n == 3 {
				return true
			}
			in = true
		}
	}
	return false
}

// countryAdjective reports whether a lower-case word before "country"
// or "nation" describes one: "war-torn", "oil-rich", "impoverished",
// "tiny"; not a word that says which of several ("the other country",
// "the host nation", "the same country").
func countryAdjective(w string) bool {
	if notEpithets[w] {
		return false
	}
	return strings.Contains(w, "-") || strings.HasSuffix(w, "ed") || countryAdjectives[w]
}

// countryAdjectives are the plain adjectives news puts before a
// country's description.
var countryAdjectives = set("tiny", "small", "poor", "impoverished", "isolated", "landlocked", "troubled",
	"volatile", "restive", "divided", "embattled", "beleaguered", "autocratic", "authoritarian",
	"secretive", "nuclear", "rich", "wealthy", "populous", "vast", "mountainous", "predominantly",
	"mostly", "largely", "island", "desert", "coastal")

// notEpithets are adjectives that pick a country by its part in the
// story, not by what it is: the rule cannot tell which.
var notEpithets = set("host", "other", "same", "whole", "entire", "home", "member", "donor", "target",
	"visiting", "mother", "rogue", "so-called", "aforementioned", "affected", "involved", "named",
	"unnamed", "concerned", "united", "developed", "advanced", "industrialized", "industrialised",
	"neighboring", "neighbouring")

// lastCountry returns the entity of the last country named before offset
// at: one of names when names is given, any country otherwise. earlier
// restricts the search to the sentences before at's, and then finds
// none when at's sentence names a country before it.
func (d *epithetResolver) lastCountry(at int, names []string, earlier bool) string {
	doc := d.doc
	si := doc.SentenceAt(at)
	if si < 0 {
		return ""
	}
	for i := len(doc.Mentions) - 1; i >= 0; i-- {
		m := doc.Mentions[i]
		if m.Start >= at || m.Entity == "" {
			continue
		}
		e := doc.Entity(m.Entity)
		if e == nil || e.Type != document.LOC && e.Type != document.ORG {
			continue
		}
		name := countryOf(e)
		if name == "" {
			continue
		}
		if names == nil {
			if earlier && m.Start >= doc.Sentences[si].Start {
				return "" // a country in the sentence: "Japan imposed sanctions on the impoverished nation"
			}
			if doc.SentenceAt(m.Start) < si-3 {
				return "" // too far back
			}
			return e.ID
		}
		for _, n := range names {
			if strings.EqualFold(n, name) {
				return e.ID
			}
		}
	}
	return ""
}

// countryOf returns the short name of the country entity e is ("United
// States" for "U.S."), "" when e is none.
func countryOf(e *document.Entity) string {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		c := canonCountry(n)
		if len(country.DemonymsOf(c)) > 0 {
			return c
		}
	}
	return ""
}

// Counterparts (branch descargs): "Hill will meet with his North Korean
// counterpart" is a meeting with the one person the article describes as
// North Korean ("North Korean envoy Kim Kye-Gwan", named before or
// after). A counterpart named in apposition ("his Chinese counterpart,
// Wang Yi") is the rules' already; a nationality two people share, or
// none has, gives no one.

// counterparts binds "his/her/its/their NAT counterpart" in sentence s
// to the one person whose descriptions have the nationality.
func (f *finder) counterparts(s *sentence) {
	for k := 0; k+2 < len(s.toks); k++ {
		if l := s.low(k); l != "his" && l != "her" && l != "their" && l != "its" {
			continue
		}
		ai := s.toks[k+1].arg
		if ai < 0 || s.args[ai].first != k+1 || s.args[ai].typ != document.MISC {
			continue
		}
		a := s.args[ai]
		end := a.last + 1
		if end >= len(s.toks) || s.low(end) != "counterpart" {
			continue
		}
		if end+1 < len(s.toks) && (s.toks[end+1].text == "," || s.toks[end+1].arg >= 0) {
			continue // "his Chinese counterpart, Wang Yi": named there
		}
		nat := strings.ToLower(f.doc.Text[a.span.Start:a.span.End])
		id := f.describedAs(nat)
		if id == "" {
			continue
		}
		sp := document.Span{Start: s.toks[k].span.Start, End: s.toks[end].span.End}
		s.args[ai] = arg{first: k, last: end, span: sp, ent: id, typ: "PRON"}
		for m := k; m <= end; m++ {
			s.toks[m].arg = ai
		}
		k = end
	}
}

// describedAs returns the one person entity a description of which
// opens with the nationality nat ("north korean envoy"), "" when none or
// several are.
func (f *finder) describedAs(nat string) string {
	found := ""
	for i := range f.doc.Entities {
		e := &f.doc.Entities[i]
		if e.Type != document.PER {
			continue
		}
		for _, d := range e.Descriptions {
			if ld := strings.ToLower(d); strings.HasPrefix(ld, nat+" ") {
				if found != "" && found != e.ID {
					return ""
				}
				found = e.ID
			}
		}
	}
	return found
}

// Own countries (branch descargs): "Howard said his country would back
// the plan" is Australia's backing when the article gave Howard a
// country — a nationality or a role at a country found before ("Prime
// Minister John Howard of Australia", "Australian Prime Minister John
// Howard"), or a description opened by a nationality ("Australian
// premier"). "His government" is his country's too.

// ownCountryHeads are the nouns after "his" or "her" that stand for the
// person's country.
var ownCountryHeads = set("country", "nation", "government")

// ownCountries binds "his/her country" in sentence s to the country of
// the person the resolver gives for the possessive.
func (f *finder) ownCountries(s *sentence) {
	for k := 0; k+1 < len(s.toks); k++ {
		if l := s.low(k); l != "his" && l != "her" || s.toks[k].arg >= 0 || s.toks[k+1].arg >= 0 || !ownCountryHeads[s.low(k+1)] {
			continue
		}
		if k+2 < len(s.toks) && (s.low(k+2) == "'s" || s.low(k+2) == "’s") {
			continue // "his country's embassy"
		}
		pid := f.res.Speaker(s.toks[k].span)
		if e := f.ents[pid]; e == nil || e.Type != document.PER {
			continue
		}
		cid := f.personCountry(pid)
		if cid == "" {
			continue
		}
		sp := document.Span{Start: s.toks[k].span.Start, End: s.toks[k+1].span.End}
		s.addArg(arg{first: k, last: k + 1, span: sp, ent: cid, typ: "PRON"})
		k++
	}
}

// personCountry returns the country entity the article gives person pid:
// the object of a nationality or of a role at a country found before, else
// the country of a nationality opening one of his descriptions; "" when
// none or two differ.
func (f *finder) personCountry(pid string) string {
	found := ""
	add := func(id string) bool {
		if found != "" && found != id {
			found = "\x00" // two countries: no answer
			return false
		}
		found = id
		return true
	}
	for _, r := range f.rels {
		if r.Subject != pid || r.Type != Nationality && r.Type != Role || r.Object == "" {
			continue
		}
		if id := f.countryEntity(r.Object); id != "" && !add(id) {
			return ""
		}
	}
	if found == "" {
		for _, d := range f.ents[pid].Descriptions {
			ws := strings.Fields(strings.ToLower(d))
			for n := min(2, len(ws)-1); n >= 1; n-- {
				c := country.Demonym(strings.Join(ws[:n], " "))
				if c == "" {
					continue
				}
				if id := f.countries[strings.ToLower(canonCountry(c))]; id != "" && !add(id) {
					return ""
				}
				break
			}
		}
	}
	if found == "\x00" {
		return ""
	}
	return found
}

// descArgs adds the arguments of this file to sentence s: counterparts,
// own countries and capitalised titles.
func (f *finder) descArgs(s *sentence) {
	f.counterparts(s)
	f.ownCountries(s)
	f.titleDescriptions(s)
}

// countryEntity returns the entity of the country id names: id itself
// for a country's name, the country's entity for a nationality
// ("Australian"), or the nationality's own entity when the article never
// names the country; "" when id is no country.
func (f *finder) countryEntity(id string) string {
	e := f.ents[id]
	if e == nil {
		return ""
	}
	switch e.Type {
	case document.LOC:
		if countryOf(e) != "" {
			return id
		}
	case document.MISC:
		if c := country.Demonym(strings.ToLower(e.Name)); c != "" {
			if cid := f.countries[strings.ToLower(canonCountry(c))]; cid != "" {
				return cid
			}
			return id
		}
	}
	return ""
}

// timeArgGuard drops the interactions whose object is the time expression
// the relation is dated by: "retaliated against Christmas trees" is no
// attack on a body called Christmas (a tagger's organisation). A person's
// name that reads as a date ("met May") keeps its relation.
func timeArgGuard(doc *document.Document, rs []document.Relation) []document.Relation {
	return slices.DeleteFunc(rs, func(r document.Relation) bool {
		if !IsInteraction(r.Type) || r.Timex == nil || r.ObjectSpan == nil || r.Object == "" || !r.Timex.Contains(*r.ObjectSpan) {
			return false // (a phrase object may hold a date: "the 1952 law")
		}
		e := doc.Entity(r.Object)
		return e != nil && e.Type != document.PER
	})
}

// Capitalised titles (branch descargs): British and wire style write a
// known office in capitals, "the Prime Minister met Chirac", "the Home
// Secretary criticised …"; the view asks the resolver about lower-case
// descriptions only. A title right before a name ("the Prime Minister
// Tony Blair") is that name's, one with "of" after it names a new
// office holder, and a possessive ("the Prime Minister's wife") someone
// else.

// titleDescriptions binds "the" and up to three capitalised title words
// ending in a role head in sentence s to the person the resolver gives.
func (f *finder) titleDescriptions(s *sentence) {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.low(k) != "the" {
			continue
		}
		end := k + 1
		for end < len(s.toks) && end <= k+3 && s.toks[end].arg < 0 && isCapitalised(s.toks[end].text) && s.in(end, wsTitleWords) {
			end++
		}
		if end == k+1 || !s.in(end-1, wsRoleHeads) {
			continue
		}
		if end < len(s.toks) {
			if n := s.low(end); s.toks[end].arg >= 0 || n == "of" || n == "'s" || n == "’s" || isCapitalised(s.toks[end].text) {
				continue
			}
		}
		sp := document.Span{Start: s.toks[k].span.Start, End: s.toks[end-1].span.End}
		id := f.res.Speaker(sp)
		if e := f.ents[id]; e == nil || e.Type != document.PER {
			continue
		}
		s.addArg(arg{first: k, last: end - 1, span: sp, ent: id, typ: "PRON"})
		k = end - 1
	}
}

// clauseAnd reports whether token k is "and", "or" or "but" joining a
// verb after it ("discussed the process with the king and briefed
// him"): no word of the description before it. (Before a noun phrase,
// "calls on the government and the rebels to", the description is left
// as it was: the rules read the coordination.)
func (s *sentence) clauseAnd(k int) bool {
	if l := s.low(k); l != "and" && l != "or" && l != "but" {
		return false
	}
	n := k + 1
	return n < len(s.toks) && s.toks[n].arg < 0 && isLower(s.toks[n].text) && !s.in(n, wsDeterminers) &&
		(len(s.lexOf(n).verbs) > 0 || strings.HasSuffix(s.low(n), "ed"))
}
