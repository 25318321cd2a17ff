package relation

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// The pair model was trained on CoNLL04's sentences, where a person and an
// organisation in one sentence are often employee and employer; in news
// two names of a sentence are more often linked by a verb ("Interfax
// reported that Rybkin …", "the United States and the U.N. Security
// Council have imposed …"). So each of its who-is-who and where classes
// needs words that can say it, as kill needs a word of killing.

// pairEvidence reports whether the words around the pair (a, b) can say
// relation typ.
func (s *sentence) pairEvidence(typ string, a, b *arg) bool {
	switch typ {
	case Kill:
		return s.killWord(a, b)
	case LivesIn:
		return s.homeEvidence(a, b) && !s.verbInPair(a, b, homeVerbs) && !s.placeOfClause(a, b) && !s.symbolsBetween(a, b) && !s.inList(a, b)
	case Role:
		return s.roleEvidence(a, b)
	case BasedIn:
		return s.basedEvidence(a, b)
	case LocatedIn:
		return s.locatedEvidence(a, b) && !s.inList(a, b)
	}
	return true
}

// verbLike reports whether lower-case word l is probably a verb: an
// auxiliary, a speech verb, a verb of the lexicon, an irregular past or a
// word ending in "-ed" or "-ing" (not a title, not hyphenated).
func verbLike(l string) bool {
	if l == "" || titleWords[l] || strings.Contains(l, "-") || notVerbs[l] {
		return false
	}
	if beForms[l] && l != "'s" || verbGroup[l] && !isAdverb(l) && !verbGroupNotVerbs[l] || speech[l] || irregularPast[l] || len(lookupLex(l).verbs) > 0 {
		return true
	}
	return len(l) > 4 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing"))
}

// verbLikeAt is verbLike of token k's word, its marked sets read from
// the token's lexicon entry (wordsets.go) instead of hashed into each.
func (s *sentence) verbLikeAt(k int) bool {
	l, e := s.low(k), s.lexAt(k)
	if l == "" || e.in(wsTitleWords) || strings.Contains(l, "-") || e.in(wsNotVerbs) {
		return false
	}
	if e.in(wsBeForms) && l != "'s" || e.in(wsVerbGroup) && !isAdverb(l) && !verbGroupNotVerbs[l] || e.in(wsSpeech) || e.in(wsIrregularPast) || len(e.verbs) > 0 {
		return true
	}
	return len(l) > 4 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing"))
}

// verbGroupNotVerbs are the words of verbGroup that are no verbs.
var verbGroupNotVerbs = set("not", "n't", "never", "also", "reportedly", "allegedly", "then", "later", "still",
	"already", "again", "now", "to", "formally", "quickly", "repeatedly", "publicly", "officially", "recently",
	"previously", "once", "first", "finally", "jointly", "effectively", "as", "well", "both", "just", "due", "even")

// notVerbs end in "-ed" or "-ing" but are no verbs, or are verbs that
// can say a who-is-who or where relation themselves.
var notVerbs = set("during", "morning", "evening", "king", "ruling", "leading", "governing", "founding",
	"outgoing", "incoming", "acting", "managing", "based", "headquartered", "located", "retired", "red",
	"united", "limited", "incorporated", "hundred", "including", "according", "embattled", "wing", "building",
	"thing", "nothing", "something", "anything", "everything", "ceiling", "beijing", "spring", "string")

// homeVerbs may stand between a person and their home: "lives in", "was
// born in".
var homeVerbs = set("lives", "lived", "living", "live", "born", "moved", "grew", "raised", "returned", "settled",
	"resides", "resided", "residing", "is", "was", "are", "were", "has", "had", "been")

// workVerbs may stand between a person and their employer: "Smith, who
// heads the company", "Jones joined Apple".
var workVerbs = set("works", "worked", "working", "joined", "joins", "heads", "headed", "heading", "leads", "led",
	"chairs", "chaired", "founded", "represents", "represented", "serves", "served", "serving", "employed",
	"hired", "named", "appointed", "elected", "runs", "ran", "is", "was", "are", "were", "has", "had", "been",
	"who", "becomes", "became", "remains", "remained", "representing", "taught", "teaches", "teaching", "set",
	"formed", "co-founded", "acting")

// between returns the indices of the tokens strictly between the pair
// that are not part of a name.
func (s *sentence) between(a, b *arg) []int {
	lo, hi := a, b
	if b.first < a.first {
		lo, hi = b, a
	}
	var out []int
	for k := lo.last + 1; k < hi.first; k++ {
		if s.toks[k].arg < 0 {
			out = append(out, k)
		}
	}
	return out
}

// verbInPair reports whether a word that looks like a verb, and is not in
// allowed, stands between the pair.
func (s *sentence) verbInPair(a, b *arg, allowed map[string]bool) bool {
	for _, k := range s.between(a, b) {
		l := s.low(k)
		if isLower(s.toks[k].text) && s.verbLikeAt(k) && !allowed[l] {
			return true
		}
	}
	return false
}

// nameBetween reports whether a name of one of the types stands between
// the pair.
func (s *sentence) nameBetween(a, b *arg, types ...string) bool {
	lo, hi := a, b
	if b.first < a.first {
		lo, hi = b, a
	}
	for k := lo.last + 1; k < hi.first; k++ {
		if c := s.argAt(k); c != nil && c.ent != a.ent && c.ent != b.ent && contains(types, c.typ) {
			return true
		}
	}
	return false
}

// roleEvidence reports whether the words around person p and
// organisation o (in either order) can say that p works for o: a title
// or role noun between or next to them ("Apple CEO Tim Cook", "Tim Cook,
// chief executive of Apple", "Smith, a Microsoft spokesman"), a
// possessive ("the BBC's Paul Reynolds"), "of", "at", "for", "with" or
// "from" right before the organisation ("Smith, 45, of the Brookings
// Institution") or "-based". No verb but one of working may stand between
// them, nor another person ("legendary Chicago Bears coach Mike Ditka" is
// not Mike Tyson's coach).
func (s *sentence) roleEvidence(p, o *arg) bool {
	if p.typ != document.PER {
		p, o = o, p
	}
	if s.verbInPair(p, o, workVerbs) || s.nameBetween(p, o, document.PER, "PRON") {
		return false
	}
	btw := s.between(p, o)
	for _, k := range btw {
		l := s.low(k)
		if roleNoun(l) || strings.HasSuffix(l, "-based") {
			return true
		}
	}
	if o.first < p.first {
		// "the outgoing head of the Child Support Agency Doug Smith",
		// "a spokesman for DLF Builders, Dr Vancheshwar": a role of
		// the organisation right before the person's name
		k := o.first - 1
		for n := 0; n < 2 && k >= 0 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsRoleLinks) && !s.in(k, wsPrepsBefore); n++ {
			k-- // "the troubled"
		}
		if s.in(k, wsDeterminers) {
			k--
		}
		if s.in(k, wsRoleLinks) && roleNoun(s.low(k-1)) {
			near := true
			for _, m := range btw {
				if w := s.low(m); w != "," && !titleWords[w] && !strings.HasSuffix(w, ".") && w != "dr" {
					near = false
				}
			}
			if near && len(btw) <= 2 {
				return true
			}
		}
		// "the BBC's (political editor) Paul Reynolds"
		if s.low(o.last+1) == "'s" {
			for _, k := range btw[1:] {
				if !s.in(k, wsTitleWords) && !s.in(k, wsFormerWords) && !isCapitalised(s.toks[k].text) {
					return false
				}
			}
			return true
		}
	} else {
		// "Smith, 45, of the Brookings Institution", "Smith at Apple"
		i := 0
		for i < len(btw) && (s.low(btw[i]) == "," || strings.HasPrefix(shape(s.low(btw[i])), "<num>")) {
			i++
		}
		if i < len(btw) && s.in(btw[i], wsRoleLinks) {
			j := i + 1
			for j < len(btw) && s.in(btw[j], wsDeterminers) {
				j++
			}
			if j == len(btw) {
				return true
			}
		}
		// "Cicippio, 58, was acting comptroller at the American
		// University", "Fuhrer, vice of Gannett": a noun phrase ending
		// in a link
		if i < len(btw) && s.low(btw[i]) != "in" && !s.in(btw[i], wsRoleLinks) {
			j := len(btw) - 1
			for j > i && s.in(btw[j], wsDeterminers) {
				j--
			}
			if j > i && (s.low(btw[j]) == "of" || s.low(btw[j]) == "at" || s.low(btw[j]) == "for") && j-i <= 5 {
				ok := true
				for _, k := range btw[i:j] {
					if w := s.low(k); !isLower(s.toks[k].text) || isPrepBefore(w) || w == "," || w == "and" {
						ok = false
					}
				}
				if ok {
					return true
				}
			}
		}
		// "Smith, a Microsoft spokesman", "Georges, International
		// Paper's chairman", "a former Yale University law professor":
		// a role noun right after the organisation, no other person's
		k := o.last + 1
		if s.low(k) == "'s" {
			k++
		}
		for n := 0; n < 3 && k < len(s.toks) && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.verbLikeAt(k) && !s.in(k, wsPrepsBefore); n, k = n+1, k+1 {
			if roleNoun(s.low(k)) {
				m := k + 1
				for m < len(s.toks) && s.toks[m].arg < 0 && s.in(m, wsTitleWords) {
					m++
				}
				if c := s.argAt(m); c != nil && c.typ == document.PER && c.ent != p.ent {
					return false
				}
				return true
			}
		}
	}
	return false
}

// roleNoun reports whether l names what someone is or does for an
// organisation.
func roleNoun(l string) bool {
	if i := strings.LastIndexByte(l, '-'); i > 0 && !strings.HasSuffix(l, "-based") {
		l = l[i+1:] // "under-secretary", "co-ordinator"
	}
	return roleHeads[l] || memberHeads[l] || staffNouns[l]
}

// staffNouns name people who work for an organisation, besides the role
// heads: "an Emery employee".
var staffNouns = set("employee", "employees", "worker", "workers", "staffer", "staff", "comptroller", "vice",
	"clerk", "agent", "representative", "administrator", "auditor", "accountant", "secretary-treasurer",
	"vice-chairman", "trustee", "president", "boss", "cfo", "coo", "cto", "employe", "official", "officials",
	"ordinator", "coordinator", "student", "students", "graduate", "researchers", "volunteer", "organiser",
	"organizer", "campaigner", "candidate", "nominee", "delegate")

// roleLinks link a person to the organisation they work for: "Smith of
// IBM", "a lawyer at Fox", "spokesman for the Pentagon".
var roleLinks = set("of", "at", "for", "with", "from")

// basedEvidence reports whether the words around organisation o and place
// l (in either order) can say that o is based in l: "Contrack, of
// Arlington, Virginia", "the UN Human Rights Commission in Geneva", "a
// Madrid-based charity", "headquartered in", a place right before the
// organisation ("the New Hampshire Institute of Politics", "the U.S.
// Navy") or a country's possessive ("Jordan's state-run Petra news
// agency"). Two names coordinated ("the United States and the U.N.
// Security Council"), separated by a verb ("the Pentagon reduce its
// military presence in South Korea") or by something the organisation
// owns ("the Pentagon's Project and Contract Office in Baghdad") are not,
// nor is a dateline's place ("WASHINGTON (Reuters) -").
func (s *sentence) basedEvidence(o, l *arg) bool {
	if o.typ == document.LOC && l.typ == document.ORG {
		o, l = l, o
	}
	if s.agencyOf(o, l) {
		return true
	}
	if l.dateline || o.dateline {
		return false
	}
	btw := s.between(o, l)
	if o.first < l.first && (s.low(o.last+1) == "'s" || s.low(l.last+1) == "'s" && !s.placeAt(l.last+2)) {
		return false // "the Pentagon's office in Baghdad", "at St. Anselm's College"
	}
	if o.first < l.first {
		// "Islamic Jihad, which has its offices in Syria"
		for i, k := range btw {
			if s.in(k, wsOrgHeads) && i+1 == len(btw)-1 && s.low(btw[i+1]) == "in" && !s.nameBetween(o, l, document.PER, document.ORG, "PRON") {
				return !s.verbInPair(o, l, set("has", "have", "had", "is", "are", "was", "were"))
			}
		}
	}
	if s.verbInPair(o, l, nil) || s.nameBetween(o, l, document.PER, document.ORG, "PRON") {
		return false
	}
	for _, k := range btw {
		if w := s.low(k); strings.HasSuffix(w, "-based") || w == "based" || w == "headquartered" {
			return true
		}
	}
	if l.first < o.first {
		if len(btw) == 0 {
			return true // "the U.S. Navy"
		}
		if s.low(btw[0]) == "'s" && len(btw) >= 3 && len(btw) <= 7 {
			// "North Korea's premier intelligence agency, the
			// Reconnaissance General Bureau": an appositive name
			n := len(btw)
			i := n - 1
			if s.in(btw[i], wsDeterminers) {
				i--
			}
			if i >= 2 && s.low(btw[i]) == "," && s.in(btw[i-1], wsOrgNouns) {
				ok := true
				for _, k := range btw[1 : i-1] {
					if w := s.low(k); !isLower(s.toks[k].text) || s.verbLikeAt(k) || isPrepBefore(w) || w == "," || w == "and" {
						ok = false
					}
				}
				if ok {
					return true
				}
			}
		}
		if s.low(btw[0]) != "'s" || len(btw) > 4 {
			return false
		}
		for _, k := range btw[1:] {
			if w := s.low(k); w == "," || w == "and" || w == "or" || isPrepBefore(w) || !isLower(s.toks[k].text) && !isCapitalised(s.toks[k].text) {
				return false
			}
		}
		return true
	}
	i := 0
	for i < len(btw) && (s.low(btw[i]) == "," || s.low(btw[i]) == "(" || s.low(btw[i]) == ")" || s.in(btw[i], wsDeterminers) || s.in(btw[i], wsOrgHeads)) {
		i++
	}
	if i == len(btw) || !s.in(btw[i], wsPlaceLinks) {
		return false
	}
	for _, k := range btw[i+1:] {
		if w := s.low(k); w != "," && !isDeterminer(w) && !directions[w] && !placeNouns[w] {
			return false
		}
	}
	return true
}

// placeLinks link an organisation or a place to the place it is in.
var placeLinks = set("in", "of", "at", "near", "outside", "located")

// locatedEvidence reports whether the words between places a and b can
// say that a is in b: "Qingdao, in east China", "Central Java's Solo",
// "Burnley, Lancashire". Places in a list ("Burma, Zaire, Iraq and Iran")
// are not in each other, nor is a country in a town ("a resolution
// critical of China in Geneva").
func (s *sentence) locatedEvidence(a, b *arg) bool {
	if bw := s.words(b.first, b.last+1); s.namesCountryOrAlias(a) && (!inLists(bw, "region") || inLists(bw, "city") || s.namesCountryOrAlias(b)) {
		return false // "China in Geneva", "U.S. battle deaths in Italy"
	}
	if s.verbInPair(a, b, nil) || s.nameBetween(a, b, document.PER, document.ORG, "PRON") {
		return false
	}
	lo, hi := a, b
	if b.first < a.first {
		lo, hi = b, a
	}
	btw := s.between(a, b)
	for _, k := range btw {
		w := s.low(k)
		if w == "and" || w == "or" || w == "(" || w == "-" || w == "—" || w == "--" {
			return false
		}
	}
	// a list: "Burma, Zaire, Iraq and Iran", "Germany, Italy and Spain"
	if len(btw) == 1 && s.low(btw[0]) == "," {
		next, prev := s.low(hi.last+1), s.low(lo.first-1)
		after := hi.last + 2
		if s.in(after, wsDeterminers) {
			after++ // "Australia, Japan, the United States"
		}
		if next == "and" || next == "or" || next == "," && s.argAt(after) != nil && s.argAt(after).place ||
			prev == "," && s.argAt(lo.first-2) != nil && s.argAt(lo.first-2).place {
			return false
		}
	}
	if n := len(btw); n >= 2 && a.first < b.first && s.low(btw[n-1]) == "in" {
		// "the Fugen advanced thermal converter reactor in Tsuruga": a
		// noun phrase ending in "in"
		np := true
		for _, k := range btw[:n-1] {
			if w := s.low(k); !isLower(s.toks[k].text) || s.verbLikeAt(k) || isPrepBefore(w) || w == "," || w == "and" {
				np = false
			}
		}
		if np {
			return true
		}
	}
	for _, k := range btw {
		// only the words of a place's description: "Qingdao, a port
		// city in east China", "Chittagong, in southeastern
		// Bangladesh", "north China's coal-rich province of Shanxi"
		w := s.low(k)
		wLex := s.lexAt(k)
		if w == "at" {
			return false // "against Scotland at Murrayfield": where an event is
		}
		if w != "," && w != "'s" && !wLex.in(wsPlaceLinks) && !wLex.in(wsDeterminers) && !wLex.in(wsDirections) && !wLex.in(wsPlaceNouns) && !wLex.in(wsSiteNouns) && !wLex.in(wsPartNouns) &&
			!strings.Contains(w, "-") && !isCapitalised(s.toks[k].text) {
			return false
		}
	}
	if len(btw) == 1 && btw[0] == lo.last+1 && s.low(btw[0]) == "," && !isRegionOrCountry(s.words(b.first, b.last+1)) &&
		!inLists(s.words(b.first, b.last+1), "city") && !usStates[strings.TrimSuffix(s.low(b.first), ".")] && !s.in(b.last+1, wsPlaceNouns) {
		return false // "Marshall, Laursen.": a list of names, not a town and its region
	}
	if b.first < a.first && len(btw) > 0 && s.low(btw[0]) == "'s" {
		// "China's guided missile destroyer Harbin" names no place in
		// China: only a kind of place may stand between
		for _, k := range btw[1:] {
			if w := s.low(k); !placeNouns[w] && !directions[w] && !isCapitalised(s.toks[k].text) && w != "of" && !strings.Contains(w, "-") {
				return false
			}
		}
	}
	return true
}

// agencyOf reports whether organisation o is the news agency of a
// dateline that names place l: "BANGKOK, Thailand (AP)", "Sofia,
// February 15 (BTA) --". The agency files from its bureau there, as
// CoNLL04 annotates it.
func (s *sentence) agencyOf(o, l *arg) bool {
	if l.first > o.first || s.low(o.first-1) != "(" || s.low(o.last+1) != ")" {
		return false
	}
	if name := s.text0(o); !newsAgencies[strings.ToLower(name)] && (strings.ToUpper(name) != name || len(name) > 8) {
		return false // "Little Britain (BBC Three)" is a programme and its channel
	}
	for k := 0; k < o.first-1; k++ {
		if c := s.argAt(k); c != nil {
			if !c.place {
				return false
			}
			k = c.last
			continue
		}
		if w := s.low(k); w != "," && w != "(" && s.toks[k].tx < 0 && !strings.HasPrefix(shape(w), "<num>") && !months[w] {
			return false
		}
	}
	return true
}

// text0 returns the text of a's tokens joined by spaces.
func (s *sentence) text0(a *arg) string {
	var ws []string
	for k := a.first; k <= a.last; k++ {
		ws = append(ws, s.toks[k].text)
	}
	return strings.Join(ws, " ")
}

// newsAgencies file under datelines: "BEIJING, Nov. 10 (Xinhua)".
var newsAgencies = set("ap", "reuters", "afp", "xinhua", "upi", "dpa", "ansa", "efe", "kyodo", "yonhap", "interfax",
	"itar-tass", "tass", "bta", "pti", "bernama", "antara", "kcna", "irna", "mena", "cna", "prensa latina", "apa",
	"ria novosti", "anadolu", "jiji", "pap", "ctk", "mti", "hina", "tanjug", "ips", "ians")

var months = set("jan", "jan.", "january", "feb", "feb.", "february", "mar", "mar.", "march", "apr", "apr.", "april",
	"may", "jun", "june", "jul", "july", "aug", "aug.", "august", "sep", "sep.", "sept", "sept.", "september", "oct",
	"oct.", "october", "nov", "nov.", "november", "dec", "dec.", "december")

// placeOfClause reports whether the place of the person–place pair (a, b)
// says where the clause happens or qualifies a title, not where the
// person lives: "In Washington, State Department deputy spokesman Adam
// Ereli noted …", "Robert Joseph, the U.S. Undersecretary of State", "on
// holiday in the Black Sea resort of Sochi".
func (s *sentence) placeOfClause(a, b *arg) bool {
	person, place := a, b
	if a.place && a.typ != document.PER {
		person, place = b, a
	}
	if place.first < person.first {
		k := s.beforeDeterminers(place.first)
		if (s.low(k) == "in" || s.low(k) == "at") && (k == 0 || isSegmentEnd(s.toks[k-1].text)) && s.low(place.last+1) == "," {
			return true
		}
		if l := s.low(place.last + 1); titleWords[l] && l != "of" && l != "and" {
			return true
		}
	}
	for _, k := range s.between(a, b) {
		if s.in(k, wsAwayWords) {
			return true
		}
	}
	// "the tomb of Yasser Arafat in Ramallah"
	for k := person.first - 1; k >= 0 && k >= person.first-3; k-- {
		if s.in(k, wsAwayWords) {
			return true
		}
	}
	// "Nicholas Burns, who is U.S. Undersecretary of State": the place
	// of an office
	if place.first > person.last && s.in(place.last+1, wsOfficeWords) {
		return true
	}
	return false
}

// officeWords are offices of a state, after which a place is the state's,
// not someone's home.
var officeWords = set("undersecretary", "under-secretary", "secretary", "minister", "president", "ambassador",
	"envoy", "official", "officials", "representative", "delegate", "delegation", "negotiator", "diplomat",
	"secretary-general", "attorney-general", "senator", "sen.", "rep.", "congressman", "congresswoman")

// awayWords say that someone is somewhere for a while.
var awayWords = set("holiday", "vacation", "trip", "tour", "visit", "visiting", "tomb", "grave", "funeral", "exile")

// symbolsBetween reports whether a symbol (not a word, not punctuation)
// stands between the pair: a name broken by a stray character ("PeÃ±a
// Nieto" read as Latin-1).
func (s *sentence) symbolsBetween(a, b *arg) bool {
	for _, k := range s.between(a, b) {
		t := s.toks[k].text
		if t != "" && strings.IndexFunc(t, func(r rune) bool { return r < 128 || !unicode.IsSymbol(r) }) < 0 {
			return true
		}
	}
	return false
}

// siteNouns name a building or site, which is in a place: "the Beverly
// Hilton hotel, Los Angeles", "Clinton's Whitehaven residence in
// Washington".
var siteNouns = set("residence", "home", "hotel", "club", "nightclub", "building", "stadium", "airport", "hospital",
	"prison", "camp", "base", "compound", "palace", "square", "street", "mall", "market", "station", "church",
	"mosque", "temple", "school", "university", "campus", "museum", "theatre", "theater", "arena", "bridge",
	"port", "harbour", "harbor", "mine", "colliery", "plant", "factory", "farm", "park", "centre", "center")

// namesCountryOrAlias reports whether a names a country, by the gazetteer or an
// alias ("U.S.").
func (s *sentence) namesCountryOrAlias(a *arg) bool {
	words := s.words(a.first, a.last+1)
	_, alias := country.Alias(strings.Join(words, " "))
	return alias || isCountry(words)
}

// placeAt reports whether a place's name starts at token k.
func (s *sentence) placeAt(k int) bool {
	b := s.argAt(k)
	return b != nil && b.first == k && b.place && b.typ != document.ORG
}

// partNouns name a part of a place: "in the southeastern part of Rwanda".
var partNouns = set("part", "parts", "edge", "outskirts", "heart", "north", "south", "east", "west", "coast",
	"border", "side", "tip", "interior", "suburbs")

// inList reports whether the pair stands in a list of names, only a comma
// between them and a name before or after with a comma: "Mawson, Travis,
// Stanley, Hyde (Pitman 105), Purdie".
func (s *sentence) inList(a, b *arg) bool {
	btw := s.between(a, b)
	if len(btw) > 1 && s.nameBetween(a, b, document.PER, document.LOC, document.ORG) {
		// "Neilson, McAllister, Simmons (MacFarlane 64), Berra": only
		// names, commas, brackets and numbers between
		for _, k := range btw {
			if w := s.low(k); w != "," && w != "(" && w != ")" && !strings.HasPrefix(shape(w), "<num>") {
				return false
			}
		}
		return true
	}
	if len(btw) != 1 || s.low(btw[0]) != "," {
		return false
	}
	lo, hi := a, b
	if b.first < a.first {
		lo, hi = b, a
	}
	return s.low(lo.first-1) == "," && s.argAt(lo.first-2) != nil || s.low(hi.last+1) == "," && s.argAt(hi.last+2) != nil
}
