package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// The pair model learnt lives_in from CoNLL04, where a person near a
// place most often lives there. In news a person near a place is more
// often there for an event, or of that country: on unseen news (the
// precision sample whowhere-sample.tsv, README there) 2 of 15 of its
// lives_in relations were right. The guards below were written from
// half A of that sample and the issue's own examples.

// homeVerdict says what the pair model's lives_in between person p and
// place l of sentence s becomes: LivesIn (kept), Nationality (a person
// "of" or "from" a country, or a country's possessive before their
// title, is of that country: "Natalia Zabolotnaya of Russia", "China's
// deputy permanent representative", "one of Australia's best known
// politicians") or "" (dropped: the place is where the person is, not
// where they live). CoNLL04 reads a nationality as Live_In too, so the
// retyping costs it nothing. The guards of whoguard.go drop more: a
// person who is no person, a team, someone "who is in" the place before
// the nationality test; a place before the person with no link, after
// the person's possessive, after a person who is an object, an
// organisation's place, and a post's seat after it (a country's post
// with a link stays a nationality).
func (f *finder) homeVerdict(s *sentence, p, l *arg) string {
	if f.eventPlace(s, p, l) || s.presence(p, l) || s.whoIsIn(p, l) || f.notPerson(s, p) || s.teamPlace(p, l) {
		return ""
	}
	if s.namesCountry(l) && !s.dwellingBetween(p, l) && s.countryLink(p, l) {
		return Nationality
	}
	if s.placeBeforeUnlinked(p, l) || s.personsPlace(p, l) || s.placeOfVerb(p, l) || s.workplace(p, l) {
		return "" // whoguard.go
	}
	if s.postOfPlace(p, l) {
		return "" // "the president of Chechnya", "Norfolk police chief" (whoguard.go)
	}
	// a country without such a link stays a home: "Sihanouk's
	// representative in Thailand", "one of the top strategists in
	// Israel" are CoNLL04's Live_In (dropping them cost its dev set 5
	// right relations), though "Glazer was little-known in the UK" is none
	return LivesIn
}

// namesCountry reports whether place l names a country: the gazetteer's,
// an alias ("UK", "U.S.") or an alias's short name ("Britain").
func (s *sentence) namesCountry(l *arg) bool {
	words := s.words(l.first, l.last+1)
	return isCountry(words) || country.IsAlias(strings.Join(words, " "))
}

// countryLink reports whether the words between person p and country l
// say that p is of l: "of" or "from" right after the person (over an age
// and determiners: "Nicolas Sarkozy of France", "Lin Dan from China"),
// the country's possessive before the person's title ("Vietnam's Deputy
// Prime Minister Pham Gia Khiem"; homeEvidence has checked the words
// between) or close after the person ("Mr Khodorkovsky, once Russia's
// richest man", "Lawrence, one of Australia's best known politicians").
func (s *sentence) countryLink(p, l *arg) bool {
	btw := s.between(p, l)
	if s.low(l.last+1) == "'s" {
		return l.first < p.first || len(btw) <= 3
	}
	if l.first < p.first {
		return false
	}
	i := 0
	if len(btw) >= 3 && btw[0] == p.last+1 && s.low(btw[0]) == "," && strings.HasPrefix(shape(s.low(btw[1])), "<num>") && s.low(btw[2]) == "," {
		i = 3 // "Smith, 37, of"
	}
	if i >= len(btw) || s.low(btw[i]) != "of" && s.low(btw[i]) != "from" {
		return false
	}
	for _, k := range btw[i+1:] {
		if !s.in(k, wsDeterminers) {
			return false
		}
	}
	return true
}

// eventPlace reports whether place l is the place of an interaction of
// sentence s that person p takes part in: "Hill met Kim Kye-Gwan in
// Beijing" says where they met, not where Kim lives.
func (f *finder) eventPlace(s *sentence, p, l *arg) bool {
	for _, r := range f.rels[min(f.sentFrom, len(f.rels)):] {
		if r.Sentence == s.span && IsInteraction(r.Type) && r.Place == l.ent && (r.Subject == p.ent || r.Object == p.ent) {
			return true
		}
	}
	return false
}

// presence reports whether only a form of "be", adverbs of place or time
// and "in" or "at" stand between person p and the place l after them:
// "Xavier is elsewhere in Europe", "Smith was still in Kabul" say where
// someone is, not where they live.
func (s *sentence) presence(p, l *arg) bool {
	if l.first < p.last {
		return false
	}
	btw := s.between(p, l)
	if len(btw) < 2 || !s.in(btw[0], wsBeForms) || s.low(btw[0]) == "'s" {
		return false
	}
	last := s.low(btw[len(btw)-1])
	if last != "in" && last != "at" {
		return false
	}
	for _, k := range btw[1 : len(btw)-1] {
		if !s.in(k, wsPresenceAdverbs) {
			return false
		}
	}
	return true
}

// presenceAdverbs may stand between "is" and "in" in a sentence of where
// someone is.
var presenceAdverbs = set("elsewhere", "still", "now", "currently", "already", "also", "back", "there", "here",
	"somewhere", "probably", "reportedly", "believed", "thought", "said", "to", "be", "being", "in", "hiding",
	"not", "no", "longer", "once", "again")

// dwellingBetween reports whether a word of dwelling stands between
// person p and place l: "Smith, who lives in France", "a resident of
// Spain", "born in Italy" are homes even in a country.
func (s *sentence) dwellingBetween(p, l *arg) bool {
	for _, k := range s.between(p, l) {
		if s.in(k, wsDwellingWords) {
			return true
		}
	}
	return false
}

// dwellingWords say that someone lives somewhere.
var dwellingWords = set("lives", "lived", "living", "live", "resident", "residents", "resides", "resided",
	"residing", "settled", "moved", "home", "born", "native", "natives", "grew", "raised", "emigrated", "exile",
	"exiled")

// acrossQuote reports whether one of the pair stands inside a quote and
// the other outside, a quotation mark between them: "\"We condemn the
// attack by Hamas,\" Prime Minister Ehud Olmert told reporters" says
// nothing of Olmert's employer. (The mark is asked for since a stray
// apostrophe may open a quote: "in Riemann 's space … by Wang".)
func (s *sentence) acrossQuote(a, b *arg) bool {
	if s.toks[a.first].quoted == s.toks[b.first].quoted {
		return false
	}
	for _, k := range s.between(a, b) {
		if doubleQuote(s.toks[k].text) {
			return true
		}
	}
	return false
}

// retype returns r with its type set to typ (a nationality keeps no role
// text).
func retype(r document.Relation, typ string) document.Relation {
	r.Type = typ
	if typ == Nationality {
		r.Role = ""
	}
	return r
}

// placeBased retypes as located_in each based_in whose subject's name ends
// in a kind of place ("south China's Hainan Province"): the tagger's
// organisation is a province or region. One whose place is written right
// before it, nothing but a space between, is dropped: the tagger split
// one name ("Xinjiang" and "Uygur Autonomous Region"), no place is in
// itself.
func placeBased(doc *document.Document, rels []document.Relation, ents map[string]*document.Entity) []document.Relation {
	out := rels[:0]
	for _, r := range rels {
		if e := ents[r.Subject]; r.Type == BasedIn && e != nil && placeKinds[lastWord(e.Name)] {
			if o, sp := r.ObjectSpan, r.SubjectSpan; o != nil && sp != nil && o.End <= sp.Start &&
				strings.TrimSpace(doc.Text[o.End:sp.Start]) == "" {
				continue
			}
			r.Type = LocatedIn
		}
		out = append(out, r)
	}
	return out
}

// placeKinds end the names of places that the tagger may type as
// organisations.
var placeKinds = set("province", "region", "prefecture", "county", "municipality")
