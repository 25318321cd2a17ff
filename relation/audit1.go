package relation

import "github.com/newsgraph/newsgraph/document"

// Nouns from the recall audit of unseen news (branch audit1,
// docs/relations.md "Invective nouns and tours"). Reading 25 wire and BBC
// articles nobody had annotated before showed two noun families the
// fallback's fbNoun left because it knew neither the noun nor its
// preposition; the rest of fbNoun (possessor, light-verb or frame
// subject, the object after the preposition) reads them as it reads
// "criticism of X" and "a visit to X":
//
//   - a verbal attack named by a noun of invective, its target after
//     "against" or "at": "launched a tirade against X", "issued a new
//     broadside against X", "his jab at X";
//   - a tour of a place: "on a four-day tour of X", "X's tour of Y".
//
// and three structures around known triggers: "X has been under intense
// pressure from Y to resign" (Y urges X; the lexicon had the phrase only
// after "came"), a sentence opening with "On" and a gerund ("On arriving
// in Prague, the pope said", as "Upon arriving"), and one opening with a
// passive participle of welcome and its agent ("Met at the airport by
// X, Y said": X meets Y), and a journey from one named place to another
// ("flew from Oslo to Stockholm": a visit to Stockholm).

// invectiveNouns name a verbal attack on someone. Left out: "salvo" and
// "onslaught" (also armed), "dig" (also an excavation).
var invectiveNouns = set("tirade", "tirades", "broadside", "broadsides", "diatribe", "diatribes", "jab", "jabs",
	"outburst", "outbursts", "swipe", "swipes", "barb", "barbs", "harangue", "potshot", "potshots", "rant", "rants")

// invectivePreps introduce the target of an invective noun.
var invectivePreps = set("against", "at")

// audit1Noun returns the type of a noun trigger of this file's families.
func audit1Noun(low string) (string, bool) {
	if invectiveNouns[low] {
		return Criticize, true
	}
	return "", false
}

// audit1Prep reports whether the preposition at j introduces the object
// of the noun trigger at i in this file's families. "At" takes a name
// that is no place, or a country ("his jab at Australia"), never a town
// or a venue ("an outburst at Wembley" says where it happened).
func (f *finder) audit1Prep(s *sentence, i, j int) bool {
	low, p := s.toks[i].low, s.low(j)
	if !isLower(s.toks[i].text) {
		return false // "the Tour of Britain", a race's name
	}
	switch {
	case invectiveNouns[low] && p == "against":
		return true
	case invectiveNouns[low] && p == "at":
		a := s.argAt(j + 1)
		return a != nil && (!a.place || f.countryOf(s, a) != "")
	case (low == "tour" || low == "tours") && p == "of":
		a := s.argAt(j + 1)
		return a != nil && a.place && !a.dateline // "a tour of duty" names no place
	}
	return false
}

// forwardVerbs take "forward" as a particle before the document they
// present: "put forward a motion critical of China".
var forwardVerbs = set("put", "puts", "putting", "bring", "brings", "brought", "bringing")

// particleHead returns the verb of a particle verb whose particle is at
// m ("put forward"), else m: documentActor reads the verb's subject.
func (s *sentence) particleHead(m int) int {
	if s.low(m) == "forward" && forwardVerbs[s.low(m-1)] {
		return m - 1
	}
	return m
}

// regnalNumerals follow a monarch's or a pope's name: "Pope John Paul
// II", "Queen Elizabeth II". The tagger often leaves the numeral out of
// the name, and the stray capitalised word then stands between the
// subject and its verb ("John Paul II arrived in Prague").
var regnalNumerals = set("II", "III", "IV", "VI", "VII", "VIII", "XIII", "XVI")

// regnalArgs stretches a person's name over a regnal numeral after it.
// It runs before the token-to-argument index is rebuilt.
func (s *sentence) regnalArgs() {
	for ai := range s.args {
		a := &s.args[ai]
		n := a.last + 1
		if a.typ != document.PER || n >= len(s.toks) || !regnalNumerals[s.toks[n].text] || s.toks[n].arg >= 0 && s.toks[n].arg != ai {
			continue
		}
		if s.toks[n].arg < 0 && s.taken(n) {
			continue
		}
		a.last = n
		a.span.End = s.toks[n].span.End
	}
}

// taken reports whether another argument covers token n.
func (s *sentence) taken(n int) bool {
	for _, b := range s.args {
		if b.first <= n && n <= b.last {
			return true
		}
	}
	return false
}

// underNouns are the nouns of "X is under pressure from Y": Y presses or
// criticises X. "Under fire" is left out: a convoy under fire from rebels
// is attacked, not criticised.
var underNouns = map[string]string{"pressure": Urge, "criticism": Criticize}

// underVerbs put their subject under the noun: a form of "be" or
// "remain" ("came under pressure from" is the lexicon's).
var underVerbs = set("is", "was", "are", "were", "been", "be", "being", "remains", "remained", "remain")

// underFrom reads "X has been under intense pressure from Y to resign"
// at the noun i: Y urges (or criticises) X, the subject of the verb
// before "under". Up to two words may qualify the noun ("intense",
// "mounting"); "both" may open a coordinated Y.
func (f *finder) underFrom(s *sentence, i int) []document.Relation {
	typ, ok := underNouns[s.low(i)]
	if !ok || s.low(i+1) != "from" {
		return nil
	}
	k := i - 1
	for k > 0 && k >= i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && s.low(k) != "under" {
		if s.low(k) == "no" || s.low(k) == "little" {
			return nil // "under no pressure from": denied
		}
		k--
	}
	if s.low(k) != "under" || !underVerbs[s.low(k-1)] {
		return nil
	}
	m := i + 2
	if s.low(m) == "both" {
		m++
	}
	actor, _ := s.fbObject(m, typ)
	if actor == nil || actor.typ == document.MISC && !s.groupHead(actor) {
		return nil
	}
	target := f.fbLeft(s, s.verbGroupStart(k-1), false)
	if target == nil || target.ent == actor.ent || !fbFits(s, typ, actor, target) {
		return nil
	}
	vg := s.verbGroupStart(k - 1)
	rs := []document.Relation{f.relation(s, typ, actor, target, k, i+2, vg)}
	if b := s.argAt(actor.last + 2); s.low(actor.last+1) == "and" && b != nil && b.first == actor.last+2 && b.ent != target.ent &&
		fbFits(s, typ, b, target) {
		rs = append(rs, f.relation(s, typ, b, target, k, i+2, vg)) // "from both Democrats and Republicans"
	}
	return rs
}

// openingOn reports whether the gerund at i follows an "on" that opens
// the sentence: "On arriving in Prague, the pope said …" reads as "upon
// arriving". Elsewhere "on" before a gerund is often a noun's ("a ban on
// visiting Cuba"), whose subject is no clause's.
func (s *sentence) openingOn(i int) bool {
	return i == 1 && s.low(0) == "on"
}

// greetParticiples open a sentence as a passive clause of welcome: "Met
// at the airport by X, Y said …".
var greetParticiples = set("met", "greeted", "welcomed")

// frontedGreeting reads a sentence opening with a passive participle of
// welcome and its agent, "Met at the airport by X, Y said …", "Greeted
// by X on arrival, Y …": X meets Y, the subject of the main clause, as in
// "Y was greeted at the airport by X". The main clause's subject must be
// a name followed by its verb, not by a comma (an apposition or a list:
// "by X and his wife, Anna, the pope said").
func (f *finder) frontedGreeting(s *sentence, i int) []document.Relation {
	if i != 0 || !greetParticiples[s.low(0)] {
		return nil
	}
	b := 1
	for b < len(s.toks) && b <= 6 && s.low(b) != "by" {
		if isSegmentEnd(s.toks[b].text) || s.toks[b].arg >= 0 && !s.args[s.toks[b].arg].place {
			return nil // "Met with X, …" has no agent
		}
		b++
	}
	if s.low(b) != "by" {
		return nil
	}
	host, _ := s.objectAt(b + 1)
	if host == nil || host.place || host.typ == document.MISC {
		return nil
	}
	guest := s.clauseAfter(host.last + 1)
	if guest == nil || guest.ent == host.ent || s.low(guest.last+1) == "," || !fbFits(s, Meet, host, guest) {
		return nil
	}
	return []document.Relation{f.relation(s, Meet, host, guest, 0, 1, 0)}
}

// journeyVerbs travel from one place to another: "flew from Oslo to
// Stockholm". The lexicon's "fly to", "travel to" need "to" next to the
// verb.
var journeyVerbs = set("fly", "flies", "flew", "flown", "flying", "travel", "travels", "travelled", "traveled",
	"travelling", "traveling")

// journeyTo reads "X flew from A to B" at the verb i: X visits B. Both
// places must be names, B no dateline and not A.
func (f *finder) journeyTo(s *sentence, i int) []document.Relation {
	if !s.in(i, wsJourneyVerbs) || s.low(i+1) != "from" {
		return nil
	}
	from := s.argAt(i + 2)
	if from == nil || from.first != i+2 || !from.place || s.low(from.last+1) != "to" {
		return nil
	}
	to := s.argAt(from.last + 2)
	if to == nil || to.first != from.last+2 || !to.place || to.dateline || to.ent == from.ent {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := f.fbLeft(s, vg, false)
	if subj == nil || subj.place || subj.ent == to.ent || !fbFits(s, Visit, subj, to) {
		return nil
	}
	r := f.relation(s, Visit, subj, to, i, i+1, vg)
	r.Place = to.ent
	return []document.Relation{r}
}
