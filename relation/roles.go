package relation

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// roles finds who is who in a sentence: titles before a person's name
// ("Russian Foreign Minister Sergei Lavrov"), appositives after it
// ("Jonathan Pollack, an Asia scholar at the Brookings Institution") and
// "as chief of …".
func (f *finder) roles(s *sentence) {
	for ai := range s.args {
		a := &s.args[ai]
		if a.typ != document.PER {
			continue
		}
		f.premodifier(s, a)
		f.appositive(s, a)
		f.demonymBefore(s, a)
		f.memberCopula(s, a)
		f.partyBefore(s, a)
	}
	for k := range s.toks {
		if s.low(k) == "as" && s.toks[k].arg < 0 {
			f.asRole(s, k)
		}
	}
}

// partyBefore reads a party's adjective before a person's name and its
// title: "Democratic U.S. Rep. Gwen Graham", "Labour MP Jane Smith", "Tory
// leader Michael Howard", "Republican contender Donald Trump". The person
// is a member of the party (its entity when the article names it).
func (f *finder) partyBefore(s *sentence, a *arg) {
	k := a.first - 1
	for n := 0; n < 5 && k >= 0; n++ {
		if b := s.argAt(k); b != nil {
			rest := s.words(b.first+1, b.last+1)
			_, alias := country.Alias(strings.Join(rest, " "))
			if party := partyAdjectives[strings.ToLower(s.toks[b.first].text)]; party != "" && (len(rest) == 0 || alias || isCountry(rest)) {
				// "Democratic", or "Democratic U.S." tagged as one name
				f.addParty(s, a, b.first, party)
				return
			}
			if f.countryOf(s, b) == "" || b.typ == document.PER {
				return
			}
			k = b.first - 1 // "U.S." in "Democratic U.S. Rep."
			continue
		}
		l := s.low(k)
		lLex := s.lexAt(k)
		if party := partyAdjectives[l]; party != "" && isCapitalised(s.toks[k].text) {
			f.addParty(s, a, k, party)
			return
		}
		if l == "and" || l == "of" || !lLex.in(wsTitleWords) && !roleNoun(l) && !lLex.in(wsFormerWords) && l != "presidential" && l != "contender" && l != "candidate" && l != "nominee" {
			return // "New Labour and Tony Blair"
		}
		k--
	}
}

// addParty adds that person a is a member of party, named by the
// adjective at token k.
func (f *finder) addParty(s *sentence, a *arg, k int, party string) {
	r := f.who(s, MemberOf, a, k, k+1)
	sp := document.Span{Start: s.toks[k].span.Start, End: s.toks[k].span.End}
	r.ObjectSpan = &sp
	if id := f.countries[strings.ToLower(party)]; id != "" {
		r.Object = id
	} else {
		r.ObjectText = party
	}
	f.rels = append(f.rels, r)
}

// partyAdjectives name a party by its members' adjective.
var partyAdjectives = map[string]string{
	"democratic": "Democratic Party", "democrat": "Democratic Party", "republican": "Republican Party",
	"gop": "Republican Party", "tory": "Conservative Party", "conservative": "Conservative Party",
	"labour": "Labour Party", "labor": "Labor Party", "liberal": "Liberal Party",
}

// memberCopula reads "Arqan was a member of the Popular Resistance
// Committees", "Smith, a former member of the Freedom Party,": the person
// is a member of the organisation. A pronoun subject is left to
// coreference.
func (f *finder) memberCopula(s *sentence, a *arg) {
	k := a.last + 1
	switch s.low(k) {
	case "is", "was", "became", "remains", "remained", ",":
		k++
	default:
		return
	}
	if s.low(k) != "a" && s.low(k) != "an" {
		return
	}
	k++
	start := k
	for n := 0; n < 2 && (s.in(k, wsFormerWords) || s.low(k) == "senior" || s.low(k) == "leading" || s.low(k) == "founding" || s.low(k) == "prominent"); n++ {
		k++
	}
	if s.low(k) != "member" || s.low(k+1) != "of" {
		return
	}
	m := k + 2
	if s.in(m, wsDeterminers) {
		m++
	}
	b := s.argAt(m)
	if b == nil || b.typ != document.ORG || s.low(b.last+1) == "'s" {
		return
	}
	r := f.who(s, MemberOf, a, start, k+1)
	r.Role = s.text(f.doc, start, k+1)
	r.Object = b.ent
	sp := b.span
	r.ObjectSpan = &sp
	f.rels = append(f.rels, r)
}

// demonymBefore reads a nationality adjective before a person's name,
// with up to three nouns between: "Malaysian bomb-maker Azahari Husin",
// "British author Salman Rushdie", "Malaysian-born Noordin".
func (f *finder) demonymBefore(s *sentence, a *arg) {
	k := a.first - 1
	if k >= 0 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !personNoun(s.low(k)) {
		return // "British film Vera Drake", "the state weather bureau PAGASA"
	}
	for n := 0; n < 3 && k >= 0 && s.toks[k].arg < 0 && isLower(s.toks[k].text); n++ {
		l := s.low(k)
		lLex := s.lexAt(k)
		if s.verbLikeAt(k) || lLex.in(wsPrepsBefore) || lLex.in(wsDeterminers) || l == "and" || l == "or" || isSegmentEnd(s.toks[k].text) {
			return
		}
		k--
	}
	b := s.argAt(k)
	if b == nil || b.typ == document.PER || b.typ == "PRON" || b.last != k {
		return
	}
	f.addNationality(s, a, b, f.demonymCountry(s, b))
}

// personNoun reports whether l (or its singular) names a person: a
// title or role, or a word ending like one ("bomb-maker", "dissident").
func personNoun(l string) bool {
	if i := strings.LastIndexByte(l, '-'); i > 0 {
		l = l[i+1:]
	}
	if roleNoun(l) || titleWords[l] || personNouns[l] || peopleWords[l] {
		return true
	}
	if sg, ok := strings.CutSuffix(l, "s"); ok && (roleNoun(sg) || titleWords[sg] || personNouns[sg] || peopleWords[sg]) {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ers", "ors", "ists", "ians", "ants"} {
		if len(l) > len(suf)+2 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// namesPeople reports whether a phrase has a word that names people or a
// number of them: "two policemen", "13 members of the militia", "the
// suspects"; not "the sentence".
func namesPeople(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ",.;:'\"()")
		if personNoun(w) || peopleNouns[w] || strings.HasPrefix(shape(w), "<num>") || numberWords[w] ||
			strings.HasSuffix(w, "man") || strings.HasSuffix(w, "men") { // "gunman", "policemen"
			return true
		}
	}
	return false
}

// peopleWords name people without a title's ending.
var peopleWords = set("counterpart", "international", "star", "impresario", "compatriot", "national", "citizen",
	"seed", "champion", "veteran", "contact", "dissident", "militant", "rebel", "spy", "ex-spy", "hostage", "victim",
	"man", "woman", "boy", "girl", "youth", "tourist", "student", "worker", "journalist", "priest", "monk", "nun",
	"mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "cleric", "suspect", "fugitive",
	"guard", "guide", "athlete", "swimmer", "runner", "cyclist", "skier", "golfer", "boxer", "wrestler", "model",
	"chef", "comedian", "filmmaker", "director", "poet", "novelist", "tycoon", "magnate", "billionaire",
	"millionaire", "immigrant", "refugee", "emigre", "exile", "defector", "pilgrim", "cardinal", "pope")

// demonymCountry returns the country the nationality adjective or short
// country name b names ("Malaysian", "Jordanian-born", "US"), "" for any
// other word.
func (f *finder) demonymCountry(s *sentence, b *arg) string {
	text := f.doc.Slice(b.span)
	if b.typ != document.MISC && !strings.HasSuffix(text, "-born") && !isAlias(text) {
		return ""
	}
	adj := *b
	if strings.HasSuffix(text, "-born") {
		adj.span.End -= len("-born")
	}
	return f.countryOf(s, &adj)
}

// premodifier reads the title before a person's name: "Secretary of State
// Mike Pompeo", "North Korean leader Kim Jong Un", "Apple CEO Tim Cook".
func (f *finder) premodifier(s *sentence, a *arg) {
	k := a.first - 1
	head := false
	for k >= 0 && s.toks[k].arg < 0 && s.in(k, wsTitleWords) && s.low(k) != "and" {
		head = head || s.in(k, wsRoleHeads)
		k--
	}
	first := k + 1
	for first < a.first && (s.low(first) == "of" || s.low(first) == "and") {
		first++
	}
	if !head || first == a.first {
		return
	}
	role := s.text(f.doc, first, a.first)
	if k >= 1 && s.low(k-1) == "'s" && isLower(s.toks[k].text) && s.toks[k].arg < 0 && !s.verbLikeAt(k) && !s.in(k, wsPrepsBefore) &&
		!s.in(k, wsDeterminers) {
		k-- // "the BBC's political editor Andrew Marr"
	}
	if k >= 2 && s.low(k) == ")" && s.low(k-2) == "(" && (s.argAt(k-1) != nil || isCapitalised(s.toks[k-1].text)) {
		k -= 3 // "Arab League (AL) Secretary General Amr Moussa"
	}
	var anchor *arg
	if k >= 0 && s.low(k) == "'s" {
		anchor = s.argAt(k - 1)
	} else {
		anchor = s.argAt(k)
	}
	r := f.who(s, Role, a, first, a.first)
	r.Role = role
	if anchor != nil && anchor.typ != document.PER && anchor.typ != "PRON" {
		if anchor.place && anchor.typ == document.LOC && f.countryOf(s, anchor) == "" && publicTitles[lastWord(role)] {
			// "Vermont Gov. Peter Shumlin", "Paktika governor …": an
			// office of the state or province
			r.Object = anchor.ent
			sp := anchor.span
			r.ObjectSpan = &sp
		}
		f.addAnchored(s, r, a, anchor)
		if anchor.place && f.countryOf(s, anchor) == "" && anchor.typ == document.LOC && !teamTitles[lastWord(role)] {
			// "Illinois Gov. James Thompson", "Atlanta businessman …";
			// not "England captain Jason Robinson", who plays for a
			// team of the place
			f.addWhere(s, LivesIn, a, anchor, first)
		}
		return
	}
	f.rels = append(f.rels, r)
}

// teamTitles are a team's roles: "England captain", "Scotland doctor".
var teamTitles = set("captain", "coach", "manager", "doctor", "striker", "player", "skipper", "goalkeeper",
	"keeper", "defender", "midfielder", "forward", "winger", "flanker", "fly-half", "scrum-half", "prop",
	"hooker", "lock", "centre", "full-back", "fullback", "quarterback", "pitcher", "physio", "selector",
	"international", "batsman", "bowler", "wicketkeeper", "opener", "coach", "boss", "assistant")

// publicTitles are offices of a state, province, district or town.
var publicTitles = set("gov.", "governor", "mayor", "senator", "sen.", "rep.", "representative", "congressman",
	"congresswoman", "chief", "lawmaker", "mp", "premier", "commissioner", "sheriff", "legislator", "assemblyman",
	"assemblywoman", "councillor", "councilman", "councilwoman", "lt.", "attorney-general", "treasurer")

// addAnchored adds a role whose organisation or country is anchor, and the
// nationality an adjective or a country gives.
func (f *finder) addAnchored(s *sentence, r document.Relation, a, anchor *arg) {
	if country := f.countryOf(s, anchor); country != "" {
		id := f.countries[strings.ToLower(country)]
		if id == "" {
			id = anchor.ent // "Chinese": the adjective's own entity
		}
		r.Object = id
		sp := anchor.span
		r.ObjectSpan = &sp
		f.rels = append(f.rels, r)
		n := r
		n.Type, n.Role = Nationality, ""
		f.rels = append(f.rels, n)
		return
	}
	if anchor.typ == document.ORG {
		r.Object = anchor.ent
		sp := anchor.span
		r.ObjectSpan = &sp
		if memberHeads[lastWord(r.Role)] {
			r.Type = MemberOf
		}
	}
	f.rels = append(f.rels, r)
}

func lastWord(s string) string {
	// the last of strings.Fields(strings.ToLower(s)), found without
	// splitting: the words are separated by what unicode.IsSpace calls
	// space, as Fields separates them, and lowering maps no space to a
	// letter or a letter to a space, so the last word is found first and
	// lowered alone
	w := strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(w, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		w = w[i+n:]
	}
	return strings.ToLower(w)
}

// who builds a who-is-who relation of person a with the trigger [i, j).
func (f *finder) who(s *sentence, typ string, a *arg, i, j int) document.Relation {
	sp := a.span
	r := document.Relation{Type: typ, Subject: a.ent, SubjectSpan: &sp, Sentence: s.span, Modality: document.Happened,
		Trigger: document.Span{Start: s.toks[i].span.Start, End: s.toks[j-1].span.End}}
	if s.toks[i].direct {
		// a title or description in a speaker's own words; in reported
		// speech ("blamed Gen. Kim for", "the president told reporters
		// Kim, a spy chief, will …") it is the writer's
		r.Modality = document.Reported
	}
	return r
}

// appositive reads the description after a person's name, set off by a
// comma: "Jonathan Pollack, an Asia scholar at the nonpartisan Brookings
// Institution", "Kim Yong Chol, a North Korean spy chief and four-star
// general who …". The description must close (a comma, the sentence's
// end, "who"), so that "Kim, the president told reporters" is none.
func (f *finder) appositive(s *sentence, a *arg) {
	c := a.last + 1
	if s.low(c) != "," {
		return
	}
	k := c + 1
	if s.low(k) == "a" || s.low(k) == "an" || s.low(k) == "the" {
		k++
	}
	closer := func(k int) bool {
		if k >= len(s.toks) {
			return true
		}
		switch s.low(k) {
		case ",", ".", ";", "—", "–", ")", "who", "which", "that", "whose", "”", "\"":
			return true
		}
		return false
	}
	// modifiers and a nationality before the role: "72-year-old",
	// "veteran", "North Korean"
	var nat, org *arg
	for n := 0; k < len(s.toks) && n < 4; n++ {
		if b := s.argAt(k); b != nil {
			if f.countryOf(s, b) == "" || nat != nil {
				break
			}
			nat = b
			k = b.last + 1
			continue
		}
		if s.in(k, wsTitleWords) || isCapitalised(s.toks[k].text) || closer(k) {
			break
		}
		k++
	}
	// the role: title words, with "and" and "of" between them and a
	// place or field inside ("an Asia scholar")
	roleStart, head := k, false
	for k < len(s.toks) {
		if b := s.argAt(k); b != nil {
			if b.typ == document.PER || b.typ == "PRON" || head || f.countryOf(s, b) != "" {
				break
			}
			k = b.last + 1 // "Asia" in "Asia scholar"
			continue
		}
		l := s.low(k)
		lLex := s.lexAt(k)
		if l == "and" || l == "of" {
			if s.in(k+1, wsTitleWords) && s.argAt(k+1) == nil {
				k++
				continue
			}
			break
		}
		if !lLex.in(wsTitleWords) {
			break
		}
		head = head || lLex.in(wsRoleHeads)
		k++
	}
	roleEnd := k
	if !head {
		if nat != nil && closer(k) {
			f.nationality(s, a, nat) // "Kim, a 72-year-old North Korean"
		}
		return
	}
	// what follows the role: "at the nonpartisan Brookings Institution
	// think tank in Washington", "of North Korea"
	if !closer(k) {
		switch s.low(k) {
		case "at", "of", "for", "with", "in", "from":
		default:
			return
		}
		for ; k < len(s.toks) && !closer(k); k++ {
			if b := s.argAt(k); b != nil {
				if b.typ == document.PER || b.typ == "PRON" {
					return
				}
				if org == nil && (b.typ == document.ORG || b.typ == document.LOC) && s.low(b.last+1) != "'s" {
					org = b
				}
				k = b.last
			}
		}
	}
	if roleEnd == roleStart {
		return
	}
	r := f.who(s, Role, a, roleStart, roleEnd)
	r.Role = s.text(f.doc, roleStart, roleEnd)
	switch {
	case org != nil:
		f.addAnchored(s, r, a, org)
		if nat != nil {
			f.nationality(s, a, nat)
		}
	case nat != nil:
		f.addAnchored(s, r, a, nat)
	default:
		f.rels = append(f.rels, r)
	}
}

// nationality adds that person a is of the country adjective or name nat
// gives.
func (f *finder) nationality(s *sentence, a, nat *arg) {
	f.addNationality(s, a, nat, f.countryOf(s, nat))
}

// addNationality adds that person a is of country, which the adjective
// or name nat gives; nothing when country is no country ("European",
// "African": "Hugo Lueders, European director").
func (f *finder) addNationality(s *sentence, a, nat *arg, country string) {
	if country == "" || !isCountry(strings.Fields(country)) && f.countries[strings.ToLower(country)] == "" {
		return
	}
	id := f.countries[strings.ToLower(country)]
	if id == "" {
		id = nat.ent
	}
	r := f.who(s, Nationality, a, nat.first, nat.last+1)
	r.Object = id
	sp := nat.span
	r.ObjectSpan = &sp
	f.rels = append(f.rels, r)
}

// asRole reads "as chief of North Korea's premier intelligence agency, the
// Reconnaissance General Bureau", "as CIA director", "as secretary of
// State" at token k ("as"): a role of the person named just before.
func (f *finder) asRole(s *sentence, k int) {
	var who *arg
	for m := k - 1; m >= 0 && m >= k-20; m-- {
		if a := s.argAt(m); a != nil && (a.typ == document.PER || a.typ == "PRON") {
			who = a
			break
		}
	}
	if who == nil {
		return
	}
	j := k + 1
	if s.in(j, wsDeterminers) {
		j++
	}
	var org *arg
	if a := s.argAt(j); a != nil && a.typ == document.ORG {
		org = a // "as CIA director"
		j = a.last + 1
		if s.low(j) == "'s" {
			j++ // "resigned as UKIP's branch chairman"
		}
	}
	start, head := j, false
	if org != nil && j+1 < len(s.toks) && isLower(s.toks[j].text) && !s.in(j, wsTitleWords) && s.toks[j].arg < 0 &&
		s.in(j+1, wsRoleHeads) && !s.verbLikeAt(j) && !s.in(j, wsPrepsBefore) {
		j++ // one modifier of the role: "branch chairman", "regional director"
	}
	for j < len(s.toks) && s.toks[j].arg < 0 && s.in(j, wsTitleWords) && (s.low(j) != "of" || !head || s.low(j+1) == "state" || s.low(j+1) == "defense") {
		head = head || s.in(j, wsRoleHeads)
		j++
	}
	// "secretary of State": a capitalised department after "of"
	if s.low(j-1) == "of" && j < len(s.toks) && isCapitalised(s.toks[j].text) && s.toks[j].arg < 0 {
		j++
	}
	if !head || s.argAt(j) != nil && s.argAt(j).typ == document.PER {
		return // "as leader Kim Jong Un's right-hand man"
	}
	end := j
	for end > start && (s.low(end-1) == "of" || s.low(end-1) == "and") {
		end--
	}
	r := f.who(s, Role, who, start, end)
	r.Role = s.text(f.doc, start, end)
	if tx := f.timeWithin(s, start, end, 4, true); tx >= 0 {
		t := f.doc.Timexes[tx]
		r.Time = t.Value
		sp := t.Span
		r.Timex = &sp
	}
	if org == nil && s.low(end) == "of" || s.low(end) == "at" || s.low(end) == "for" {
		// the organisation named in the rest of the phrase, an ORG
		// before a place: "of North Korea's premier intelligence
		// agency, the Reconnaissance General Bureau"
		var loc *arg
		for m := end + 1; m < len(s.toks) && m <= end+12; m++ {
			if s.low(m) == "and" && s.low(m-1) == "," || s.low(m) == "." || s.low(m) == ";" {
				break
			}
			a := s.argAt(m)
			if a == nil {
				continue
			}
			if a.typ == document.ORG {
				org = a
				break
			}
			if a.typ == document.LOC && loc == nil {
				loc = a
			}
			m = a.last
		}
		if org == nil {
			org = loc
		}
	}
	if org != nil {
		f.addAnchored(s, r, who, org)
		return
	}
	f.rels = append(f.rels, r)
}

// where finds where organisations and places are: "the Brookings
// Institution think tank in Washington", "ORG, based in LOC", "Bethany,
// Conn.".
func (f *finder) where(s *sentence) {
	f.basedCompound(s)
	for ai := range s.args {
		a := &s.args[ai]
		switch a.typ {
		case document.ORG:
			k := a.last + 1
			if s.low(k) == "," {
				k++
			}
			if s.low(k) == "based" || s.low(k) == "headquartered" {
				k++
			} else {
				for n := 0; n < 2 && s.in(k, wsOrgHeads); n++ {
					k++
				}
			}
			if s.low(k) != "in" {
				continue
			}
			m := k + 1
			for m < len(s.toks) && (s.in(m, wsDirections) || s.low(m) == "nearby") {
				m++
			}
			if b := s.argAt(m); b != nil && b.place && s.low(b.last+1) != "'s" {
				f.addWhere(s, BasedIn, a, b, k)
			}
		case document.LOC:
			// "Bethany, Conn.", "Aiken, S.C."
			if s.low(a.last+1) != "," {
				continue
			}
			b := s.argAt(a.last + 2)
			if b == nil || !b.place || b.ent == a.ent || isPlaceName(s.words(a.first, a.last+1)) && isCountry(s.words(a.first, a.last+1)) {
				continue
			}
			next := s.low(b.last + 1)
			if next != "," && next != "." && next != "" && next != ")" && next != ";" && next != "(" {
				continue
			}
			if s.placeList(a) {
				continue // "in New South Wales, Victoria, South Australia and Queensland"
			}
			if isRegionOrCountry(s.words(b.first, b.last+1)) || usStates[strings.TrimSuffix(strings.ToLower(f.doc.Slice(b.span)), ".")] {
				f.addWhere(s, LocatedIn, a, b, a.last+1)
			}
		}
	}
}

// placeList reports whether the place a stands in a list of places: a
// run of three or more places joined by commas that ends in "and" or
// "or" and one more place, a determiner allowed before it ("New South
// Wales, Victoria, South Australia and Queensland", "the DPRK, China,
// Japan and the United States"), not a town and its state ("Irving,
// Texas, and …") nor a chain ("Springfield, Illinois, United States").
func (s *sentence) placeList(a *arg) bool {
	first := a
	for first.first >= 2 && s.low(first.first-1) == "," {
		p := s.argAt(first.first - 2)
		if p == nil || !p.place {
			break
		}
		first = p
	}
	n, k := 1, first.last+1
	for s.low(k) == "," {
		p := s.argAt(k + 1)
		if p == nil || !p.place {
			break
		}
		n, k = n+1, p.last+1
	}
	if s.low(k) == "," {
		k++
	}
	if l := s.low(k); n < 3 || l != "and" && l != "or" {
		return false
	}
	k++
	if s.in(k, wsDeterminers) {
		k++ // "China, Japan, Russia and the United States"
	}
	p := s.argAt(k)
	return p != nil && p.place
}

// basedCompound reads a place joined to "-based" in one word: "Titan, a
// California-based company", "a Madrid-based charity, the Salvador
// Allende Foundation", "the Denver-based Acme Corp.". The object is the
// place's part of the word (its entity when the article names the place).
func (f *finder) basedCompound(s *sentence) {
	for k := range s.toks {
		text := s.toks[k].text
		place, ok := strings.CutSuffix(text, "-based")
		if !ok || place == "" || !isPlaceName(strings.Fields(place)) {
			continue
		}
		var org *arg
		switch {
		case s.argAt(k) != nil && s.argAt(k).typ == document.ORG && s.argAt(k).first == k && s.argAt(k).last > k:
			org = s.argAt(k) // "the Denver-based Acme Corp." tagged whole
		case s.argAt(k+1) != nil && s.argAt(k+1).typ == document.ORG:
			org = s.argAt(k + 1) // "a Madrid-based Acme"
			if roleNoun(s.low(org.last+1)) || f.countryOf(s, org) != "" {
				org = nil // "Moscow-based US lawyer James Smith"
			}
		case s.in(k+1, wsOrgNouns) && s.argAt(k+2) != nil && s.argAt(k+2).typ == document.ORG:
			org = s.argAt(k + 2) // "the Paris-based watchdog IEA"
		case isLower(s.low(k+1)) && s.in(k+2, wsOrgNouns) && s.argAt(k+3) != nil && s.argAt(k+3).typ == document.ORG:
			org = s.argAt(k + 3) // "US-based hedge fund Atticus Capital"
		case s.in(k+1, wsOrgNouns) && k >= 3 && s.low(k-1) == "a" && s.low(k-2) == ",":
			org = s.argAt(k - 3) // "Titan, a California-based company"
		case s.in(k+1, wsOrgNouns) && s.low(k+2) == ",":
			org = s.argAt(k + 3) // "a Madrid-based charity, the Salvador Allende Foundation"
			if org == nil && s.in(k+3, wsDeterminers) {
				org = s.argAt(k + 4)
			}
		}
		if org == nil || org.typ == document.PER || org.typ == "PRON" || org.typ == document.LOC && isPlaceName(s.words(org.first, org.last+1)) {
			continue
		}
		sp := document.Span{Start: s.toks[k].span.Start, End: s.toks[k].span.Start + len(place)}
		r := f.who(s, BasedIn, org, k, k+1)
		if id := f.countries[strings.ToLower(canonCountry(place))]; id != "" {
			r.Object = id
		} else {
			r.ObjectText = place
		}
		r.ObjectSpan = &sp
		f.rels = append(f.rels, r)
	}
}

// orgNouns head a description of an organisation: "a California-based
// company".
var orgNouns = set("company", "firm", "group", "charity", "bank", "organisation", "organization", "corporation",
	"agency", "foundation", "manufacturer", "maker", "producer", "retailer", "carrier", "airline", "insurer",
	"publisher", "broadcaster", "network", "lender", "startup", "start-up", "consultancy", "institute",
	"think-tank", "newspaper", "daily", "club", "team", "party", "movement", "operator", "supplier", "fund",
	"watchdog", "regulator", "conglomerate", "giant", "chain", "developer", "miner", "exporter", "importer")

func (f *finder) addWhere(s *sentence, typ string, a, b *arg, k int) {
	r := f.who(s, typ, a, k, k+1)
	r.Object = b.ent
	sp := b.span
	r.ObjectSpan = &sp
	f.rels = append(f.rels, r)
}

// orgHeads may stand between an organisation and "in": "the Brookings
// Institution think tank in Washington".
var orgHeads = set("think", "tank", "office", "offices", "headquarters", "campus", "plant", "unit", "branch",
	"bureau", "factory", "division", "subsidiary", "affiliate", "chapter")

// isCountry and isRegionOrCountry check a name against the gazetteer's
// country (and region) lists.
func isCountry(words []string) bool { return inLists(words, "country") }

func isRegionOrCountry(words []string) bool { return inLists(words, "country", "region", "location") }

// infer adds what two relations of one sentence give together: a person
// or organisation in a town is in the town's state or country ("Marie
// Ferraro, 50, of Bethany, Conn."), a place in a town is in its state.
func (f *finder) infer() {
	type key struct {
		ent  string
		sent document.Span
	}
	in := map[key][]document.Relation{}
	for _, r := range f.rels {
		if r.Type == LocatedIn && r.Object != "" {
			k := key{r.Subject, r.Sentence}
			in[k] = append(in[k], r)
		}
	}
	if len(in) == 0 {
		return
	}
	n := len(f.rels)
	for i := 0; i < n; i++ {
		r := f.rels[i]
		if r.Type != LivesIn && r.Type != BasedIn && r.Type != LocatedIn || r.Object == "" {
			continue
		}
		for _, up := range in[key{r.Object, r.Sentence}] {
			if up.Object == r.Subject {
				continue
			}
			x := r
			x.Object, x.ObjectSpan = up.Object, up.ObjectSpan
			f.rels = append(f.rels, x)
		}
	}
}

// livesIn reads "PER of LOC" and "PER, 50, of LOC" (a person and their
// home town, as news writes it) and "PER, a native of LOC"; "of" or
// "from" a country is a nationality ("Lin Dan from China").
func (f *finder) livesIn(s *sentence) {
	for ai := range s.args {
		a := &s.args[ai]
		if a.typ != document.PER {
			continue
		}
		k := a.last + 1
		if s.low(k) == "," && strings.HasPrefix(shape(s.low(k+1)), "<num>") && s.low(k+2) == "," {
			k += 3
		}
		switch {
		case s.low(k) == "of" || s.low(k) == "from":
		case s.low(k) == "," && (s.low(k+1) == "a" || s.low(k+1) == "an") && (s.low(k+2) == "native" || s.low(k+2) == "resident") && s.low(k+3) == "of":
			k += 3
		case (s.low(k) == "is" || s.low(k) == "was") && s.low(k+1) == "a" && s.low(k+2) == "native" && s.low(k+3) == "of":
			k += 3
		default:
			continue
		}
		b := s.argAt(k + 1)
		if b == nil || !b.place || b.typ == document.ORG || isCountry(s.words(b.first, b.last+1)) && s.low(k) == "of" {
			continue // "the president of France" is no resident
		}
		next := s.low(b.last + 1)
		if next != "," && next != "." && next != "" && next != ")" && next != ";" && next != "and" && next != "who" {
			continue
		}
		typ := LivesIn
		if (s.low(k) == "from" || s.low(k) == "of") && s.namesCountry(b) {
			typ = Nationality // "Lin Dan from China", "Smith of Britain"
		}
		f.addWhere(s, typ, a, b, k)
	}
}

// capitals reads "Bosnia's capital, Sarajevo" and "Yerevan, the capital
// of Armenia": the capital is in the country.
func (f *finder) capitals(s *sentence) {
	for k := range s.toks {
		if s.low(k) != "capital" {
			continue
		}
		switch {
		case k >= 2 && s.low(k-1) == "'s" && s.low(k+1) == ",":
			country, city := s.argAt(k-2), s.argAt(k+2)
			if country != nil && city != nil && country.place && city.place && country.ent != city.ent {
				f.addWhere(s, LocatedIn, city, country, k)
			}
		case k >= 3 && s.low(k-1) == "the" && s.low(k-2) == "," && s.low(k+1) == "of":
			city, country := s.argAt(k-3), s.argAt(k+2)
			if country != nil && city != nil && country.place && city.place && country.ent != city.ent {
				f.addWhere(s, LocatedIn, city, country, k)
			}
		case k >= 1 && s.argAt(k-1) != nil:
			// "the Chechen capital Grozny", "the Central Java capital
			// of Semarang"
			country := s.argAt(k - 1)
			m := k + 1
			if s.low(m) == "of" {
				m++
			}
			city := s.argAt(m)
			if city == nil || city.first != m || !city.place || city.ent == country.ent {
				continue
			}
			if name := f.demonymCountry(s, country); name != "" {
				if id := f.countries[strings.ToLower(name)]; id != "" {
					r := f.who(s, LocatedIn, city, k, k+1)
					r.Object = id
					sp := country.span
					r.ObjectSpan = &sp
					f.rels = append(f.rels, r)
				}
				continue
			}
			if country.place && country.typ == document.LOC {
				f.addWhere(s, LocatedIn, city, country, k)
			}
		}
	}
}

// assassins reads "Kennedy's assassin, Lee Harvey Oswald", "King assassin
// James Earl Ray" and "Oswald, Kennedy's assassin": a killing of the
// person before the noun by the person it names.
func (f *finder) assassins(s *sentence) {
	for k := range s.toks {
		if !s.in(k, wsKillerNouns) {
			continue
		}
		m := k - 1
		if s.low(m) == "'s" {
			m--
		}
		victim := s.argAt(m)
		if victim == nil || victim.typ != document.PER {
			continue
		}
		var killer *arg
		switch {
		case s.low(k+1) == ",":
			killer = s.argAt(k + 2)
		default:
			killer = s.argAt(k + 1)
		}
		if killer == nil && s.low(victim.first-1) == "," && s.low(k+1) != "," {
			killer = s.argAt(victim.first - 2) // "Oswald, Kennedy's assassin"
		}
		if killer == nil || killer.typ != document.PER || killer.ent == victim.ent {
			continue
		}
		r := f.who(s, Kill, killer, k, k+1)
		r.Object = victim.ent
		sp := victim.span
		r.ObjectSpan = &sp
		f.add(s, r)
	}
}

var killerNouns = set("assassin", "killer", "murderer")

// usStates are the abbreviations of US states news writes after a town:
// "Aiken, S.C.", "Rockville, Md.".
var usStates = set("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
	"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y",
	"n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va", "wash", "wis", "w.va",
	"wyo", "d.c", "texas", "iowa", "ohio", "utah", "idaho", "maine", "alaska", "hawaii")

// moreWhere reads "Qingdao, a port city in Shandong Province" (a place in
// a place), "Algeria's Ettahadi party" (an organisation of a place),
// "the deputy secretary of the Foreign Ministry, Datuk Abdul Halim Ali"
// (a title before the name) and "Higgins works at the Pentagon".
func (f *finder) moreWhere(s *sentence) {
	for ai := range s.args {
		a := &s.args[ai]
		switch a.typ {
		case document.LOC:
			// "X, a port city in Y"
			k := a.last + 1
			if s.low(k) == "," && (s.low(k+1) == "a" || s.low(k+1) == "an" || s.low(k+1) == "the") {
				m := k + 2
				for m < len(s.toks) && m < k+6 && s.toks[m].arg < 0 && isLower(s.toks[m].text) && !s.in(m, wsPlaceNouns) {
					m++
				}
				for s.in(m, wsPlaceNouns) && s.in(m+1, wsPlaceNouns) {
					m++ // "a port city in"
				}
				if s.in(m, wsPlaceNouns) && (s.low(m+1) == "in" || s.low(m+1) == "of") {
					n := m + 2
					for n < len(s.toks) && (s.in(n, wsDirections) || s.in(n, wsDeterminers)) {
						n++
					}
					b := s.argAt(n)
					if b != nil && s.low(b.last+1) == "'s" {
						// "a port city of South China's Guangdong
						// Province": the place the possessive names
						b = s.argAt(b.last + 2)
					}
					if b != nil && b.place && b.ent != a.ent && s.low(b.last+1) != "'s" {
						f.addWhere(s, LocatedIn, a, b, m)
					}
				}
			}
			// "Algeria's Ettahadi party"
			if s.low(a.last+1) == "'s" && f.countryOf(s, a) != "" {
				if b := s.argAt(a.last + 2); b != nil && b.typ == document.ORG {
					f.addWhere(s, BasedIn, b, a, a.last+1)
				}
			}
		case document.ORG:
			// "the deputy secretary of the Foreign Ministry, Datuk Abdul Halim Ali"
			if s.low(a.last+1) == "," {
				p := s.argAt(a.last + 2)
				k := a.first - 1
				if s.in(k, wsDeterminers) {
					k--
				}
				if p != nil && p.typ == document.PER && (s.low(k) == "of" || s.low(k) == "for" || s.low(k) == "at") {
					end := k
					m := k - 1
					head := false
					for m >= 0 && s.toks[m].arg < 0 && s.in(m, wsTitleWords) && s.low(m) != "and" {
						head = head || s.in(m, wsRoleHeads)
						m--
					}
					if head && m+1 < end && (m < 0 || s.in(m, wsDeterminers) || isSegmentEnd(s.toks[m].text)) {
						r := f.who(s, Role, p, m+1, end)
						r.Role = s.text(f.doc, m+1, end)
						r.Object = a.ent
						sp := a.span
						r.ObjectSpan = &sp
						f.rels = append(f.rels, r)
					}
				}
			}
		case document.PER:
			// "Higgins works at the Pentagon"
			k := a.last + 1
			if s.low(k) == "," {
				continue
			}
			for k < len(s.toks) && k < a.last+8 && s.low(k) != "works" && s.low(k) != "worked" && s.low(k) != "working" {
				if s.toks[k].arg >= 0 || isSegmentEnd(s.toks[k].text) {
					break
				}
				k++
			}
			if l := s.low(k); (l == "works" || l == "worked" || l == "working") && (s.low(k+1) == "for" || s.low(k+1) == "at") {
				n := k + 2
				if s.in(n, wsDeterminers) {
					n++
				}
				if b := s.argAt(n); b != nil && b.typ == document.ORG && !s.modifies(b) {
					r := f.who(s, Role, a, k, k+2)
					r.Object = b.ent
					sp := b.span
					r.ObjectSpan = &sp
					f.rels = append(f.rels, r)
				}
			}
		}
	}
}

// placeNouns name a kind of place: "a port city in …".
var placeNouns = set("city", "town", "village", "port", "province", "district", "region", "state", "capital",
	"county", "island", "nation", "country", "suburb", "area", "municipality", "prefecture", "resort", "mainland")
