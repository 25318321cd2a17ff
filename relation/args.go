package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Argument guards (branch args). On news nobody had read, most wrong
// interactions had the right trigger and a wrong argument: a pronoun
// resolved to a school or an event, or to the man the speaker told
// rather than the speaker; the victim of "Hydara's murder" as its
// killer; the chair of talks or the envoy who reports them as a party;
// "officials" or "other countries" as the one urged or met. argGuard
// runs on the finished relations, after the sense guards, and drops an
// interaction whose argument is of such a kind, or gives it the argument
// the sentence's grammar names (the speaker of "told"; the visitor for
// "visit X to meet Y"). Each rule reads words around the argument, never
// an article's names.

// argGuard drops or re-argues the interactions of rs whose arguments
// the rules above reject. countryIDs maps a country's lower-case name to
// the article's entity for it (finder.countries).
func argGuard(doc *document.Document, rs []document.Relation, res Resolver, countryIDs map[string]string) []document.Relation {
	types := make(map[string]string, len(doc.Entities))
	for _, e := range doc.Entities {
		types[e.ID] = e.Type
	}
	purposeSubjects(doc, rs)
	countries := personCountries(rs, types)
	out := rs[:0]
	for _, r := range rs {
		if IsInteraction(r.Type) && (!goodArgs(doc, types, &r, res) || !roundTwo(doc, types, &r) || !roundFour(doc, types, &r) || !roundFive(doc, types, countries, countryIDs, &r) ||
			doubtfulArg(doc, res, r.Subject, r.SubjectSpan, r.Object) || doubtfulArg(doc, res, r.Object, r.ObjectSpan, r.Subject)) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// goodArgs reports whether r's arguments survive the guards; it may
// replace a pronoun subject by the speaker the sentence names. res (nil:
// none) resolves other pronouns of the sentence.
func goodArgs(doc *document.Document, types map[string]string, r *document.Relation, res Resolver) bool {
	if !bindPronouns(doc, types, r, res) {
		return false
	}
	if r.SubjectSpan != nil {
		if !pronounFits(doc, types, r.Subject, *r.SubjectSpan, r.Sentence) {
			return false
		}
		if m := apposedPerson(doc, types, *r.SubjectSpan, r.Trigger.Start); m != nil && m.Entity != r.Object {
			r.Subject, r.SubjectSpan = m.Entity, &document.Span{Start: m.Start, End: m.End}
		}
		if id, sp, ok := toldSpeaker(doc, types, r.Subject, *r.SubjectSpan, r.Sentence); ok {
			if id == "" || id == r.Object {
				return false
			}
			r.Subject, r.SubjectSpan = id, &sp
		}
		if relativeOf(doc, *r.SubjectSpan, r.Sentence.Start) || types[r.Subject] == document.LOC && afterLocative(doc, *r.SubjectSpan, r.Trigger.Start, r.Sentence.Start) {
			return false
		}
		if possessedVictim(doc, r) {
			return false
		}
	}
	if r.ObjectSpan != nil && r.Object != "" && !pronounFits(doc, types, r.Object, *r.ObjectSpan, r.Sentence) {
		return false
	}
	if r.Object == "" && r.ObjectText != "" && !trimPhrase(doc, r) ||
		r.Object == "" && vagueGroup(r.ObjectText) && !namedAfter(doc, r.ObjectSpan, r.Sentence.End) {
		return false
	}
	// one meets or urges people: "urged this interaction to continue"
	if (r.Type == Meet || r.Type == Urge) && r.Object == "" && r.ObjectText != "" && !namesPeople(r.ObjectText) &&
		!namesBody(r.ObjectText) {
		return false
	}
	for _, sp := range []*document.Span{r.SubjectSpan, r.ObjectSpan} {
		if sp != nil && eraModifier(doc.Slice(*sp)) {
			return false
		}
	}
	for _, sp := range []*document.Span{r.SubjectSpan, r.ObjectSpan} {
		if sp == nil || sp.Start < r.Trigger.End {
			continue
		}
		if sp == r.SubjectSpan && speakerJudged(doc, r) {
			continue // “Y is naive,” X said: the speaker judges
		}
		if reportingSpeaker(doc, *sp, r.Trigger.End, r.Sentence.End) {
			return false
		}
	}
	if r.Type == Meet || r.Type == Agree {
		for _, sp := range []*document.Span{r.SubjectSpan, r.ObjectSpan} {
			if sp != nil && chairOf(doc, *sp, r.Sentence.Start) {
				return false
			}
		}
	}
	if (r.Type == Kill || r.Type == Arrest) && r.ObjectSpan != nil && r.Object != "" && types[r.Object] != document.PER {
		if g, ok := groupOfOrg(doc, *r.ObjectSpan, r.Sentence); ok {
			r.Object, r.ObjectText, r.ObjectSpan = "", doc.Slice(g), &g
		}
	}
	return true
}

// doubtfulArg reports whether the argument id at sp is a person's
// pronoun (he, him, his, she, her) whose resolution res doubts (doubter);
// other is the relation's other argument. Names are never asked about.
func doubtfulArg(doc *document.Document, res Resolver, id string, sp *document.Span, other string) bool {
	if sp == nil || id == "" {
		return false
	}
	if w := lowSlice(doc, *sp); !personPronouns[w] && w != "his" {
		return false
	}
	d, ok := res.(doubter)
	return ok && d.Doubtful(*sp, id, other)
}

// personPronouns refer to people only; "it" never does.
var personPronouns = set("he", "she", "him", "her")

// pronounFits reports whether the argument at sp, when a pronoun, agrees
// with the entity it was resolved to ("he" is a person, "it" is none) and
// no indefinite person of the sentence before it ("arrested a man …
// claiming he wanted to kill the pope") is a likelier antecedent.
func pronounFits(doc *document.Document, types map[string]string, id string, sp document.Span, sent document.Span) bool {
	w := lowSlice(doc, sp)
	switch {
	case personPronouns[w]:
		if t, ok := types[id]; ok && t != document.PER {
			return false
		}
		return !indefinitePersonBefore(doc, id, sp.Start, sent.Start)
	case w == "it":
		return types[id] != document.PER
	}
	return true
}

// indefiniteHeads are the nouns of an unnamed person introduced by "a".
var indefiniteHeads = set("man", "woman", "boy", "girl", "person", "suspect", "youth", "teenager", "gunman",
	"soldier", "officer", "policeman", "driver", "resident", "worker", "student", "tourist", "passenger",
	"journalist", "lawyer", "doctor", "nurse", "priest", "farmer", "businessman", "child", "pensioner",
	"bomber", "attacker", "assailant", "stranger", "relative", "friend", "neighbour", "neighbor")

// indefinitePersonBefore reports whether an indefinite person ("a man",
// "a 35-year-old woman") stands in the sentence before at, after the last
// mention there of the entity id: a nearer antecedent than id.
func indefinitePersonBefore(doc *document.Document, id string, at, start int) bool {
	lo, hi := firstToken(doc, lastMentionBefore(doc, id, at, start)), firstToken(doc, at)
	for k := lo; k < hi; k++ {
		if w := lowSlice(doc, doc.Tokens[k]); w != "a" && w != "an" {
			continue
		}
		for j := k + 1; j < hi && j <= k+3; j++ {
			w := lowSlice(doc, doc.Tokens[j])
			if indefiniteHeads[w] {
				return true
			}
			if !isLower(w) && !strings.ContainsAny(w, "0123456789") {
				break
			}
		}
	}
	return false
}

// lastMentionBefore returns the end of the last mention of the entity id
// in the sentence from start to at, start if none.
func lastMentionBefore(doc *document.Document, id string, at, start int) int {
	from := start
	for _, m := range doc.Mentions {
		if m.Entity == id && m.Start >= start && m.End <= at && m.End > from {
			from = m.End
		}
	}
	return from
}

// toldSpeaker handles a pronoun subject in the complement of "X told Y
// (that) …" resolved to Y, the one told: the pronoun is the speaker's
// ("Bat told the BBC … that it had not negotiated"). It returns ok when
// the pronoun was resolved to the addressee, with the speaker's entity
// and span ("" when no name is the speaker).
func toldSpeaker(doc *document.Document, types map[string]string, id string, sp document.Span, sent document.Span) (string, document.Span, bool) {
	if !pronouns[lowSlice(doc, sp)] {
		return "", document.Span{}, false
	}
	lo, hi := firstToken(doc, sent.Start), firstToken(doc, sp.Start)
	for k := hi - 1; k > lo; k-- {
		w := lowSlice(doc, doc.Tokens[k])
		if w != "told" && w != "tells" && w != "tell" && w != "telling" {
			continue
		}
		j := k + 1
		if j < hi && (doc.Slice(doc.Tokens[j]) == "the" || doc.Slice(doc.Tokens[j]) == "The") {
			j++
		}
		if j >= hi {
			return "", document.Span{}, false
		}
		addr := mentionStarting(doc, doc.Tokens[j].Start)
		if addr == nil || addr.Entity != id {
			return "", document.Span{}, false
		}
		// the speaker: the nearest mention ending right before "told"
		// (over auxiliaries and adverbs)
		for i := k - 1; i >= lo && i >= k-3; i-- {
			if m := mentionEnding(doc, doc.Tokens[i].End); m != nil {
				if types[m.Entity] == types[id] || types[m.Entity] != document.PER && types[id] != document.PER {
					return m.Entity, m.Span, true
				}
				return "", document.Span{}, true
			}
		}
		return "", document.Span{}, true
	}
	return "", document.Span{}, false
}

// mentionStarting and mentionEnding return the mention with an entity
// that starts (ends) at offset at, nil if none.
func mentionStarting(doc *document.Document, at int) *document.Mention {
	if ms, ok := startSorted(doc); ok { // mentionorder.go
		for i := firstStartingAt(ms, at); i < len(ms) && ms[i].Start == at; i++ {
			if ms[i].Entity != "" {
				return &ms[i]
			}
		}
		return nil
	}
	for i := range doc.Mentions {
		if m := &doc.Mentions[i]; m.Start == at && m.Entity != "" {
			return m
		}
	}
	return nil
}

func mentionEnding(doc *document.Document, at int) *document.Mention {
	for i := range doc.Mentions {
		if m := &doc.Mentions[i]; m.End == at && m.Entity != "" {
			return m
		}
	}
	return nil
}

// relatives are people named for someone else: "the widow of X" is not X.
var relatives = set("widow", "widower", "wife", "husband", "son", "sons", "daughter", "daughters", "mother",
	"father", "brother", "brothers", "sister", "sisters", "family", "relatives", "parents", "children",
	"lawyer", "lawyers", "friend", "friends", "nephew", "niece", "cousin", "uncle", "aunt", "grandson",
	"granddaughter", "fiancee", "fiance", "girlfriend", "boyfriend", "killer", "killers", "murderer",
	"assassin", "assassins", "victim", "victims", "supporters", "opponents")

// relativeOf reports whether the name at sp is the possessor of a
// relative that acts: "The widow of former agent Alexander Litvinenko
// accused …", "Litvinenko's widow accused …".
func relativeOf(doc *document.Document, sp document.Span, start int) bool {
	i := firstToken(doc, sp.Start)
	lo := firstToken(doc, start)
	for k := i - 1; k >= lo && k >= i-7; k-- {
		w := lowSlice(doc, doc.Tokens[k])
		if w == "of" {
			return k > lo && relatives[lowSlice(doc, doc.Tokens[k-1])]
		}
		if !(isLower(w) && (titleWords[w] || roleNoun(w) || isAdjectiveLike(w))) && !isCapitalised(doc.Slice(doc.Tokens[k])) {
			break
		}
	}
	j := firstToken(doc, sp.End)
	if j < len(doc.Tokens) && isPossessive(doc.Slice(doc.Tokens[j])) {
		for k := j + 1; k < len(doc.Tokens) && k <= j+3 && doc.Tokens[k].Start < doc.Tokens[j].End+40; k++ {
			w := lowSlice(doc, doc.Tokens[k])
			if relatives[w] {
				return true
			}
			if !isLower(w) || strings.ContainsAny(w, ",.;:") {
				break
			}
		}
	}
	return false
}

// isAdjectiveLike says whether a lower-case word may modify a title in a
// description ("former", "secret", "late").
func isAdjectiveLike(w string) bool {
	switch w {
	case "former", "late", "secret", "ex", "then", "slain", "murdered", "jailed", "detained", "missing", "dead",
		"agent", "spy", "russian", "the":
		return true
	}
	return false
}

func isPossessive(w string) bool {
	return w == "'s" || w == "’s" || w == "'" || w == "’"
}

// afterLocative reports whether the subject at sp is the object of "in"
// or "at", alone or in a list ("the top Catholic in England and Wales
// backed …"): a place where someone is, not who acts. A sentence-opening
// "In Oslo, …" is left to the rules, and so is a name that modifies the
// trigger ("involvement in the US war on Afghanistan") or a pronoun.
func afterLocative(doc *document.Document, sp document.Span, trig, start int) bool {
	i := firstToken(doc, sp.Start)
	lo := firstToken(doc, start)
	if mentionStarting(doc, sp.Start) == nil || i > lo && isDeterminer(lowSlice(doc, doc.Tokens[i-1])) &&
		firstToken(doc, sp.End) == firstToken(doc, trig) {
		return false
	}
	for k := i - 1; k > lo && k >= i-8; k-- {
		w := lowSlice(doc, doc.Tokens[k])
		switch {
		case w == "in" || w == "at":
			return true
		case w == "and" || w == "," || w == "the":
			continue
		case mentionAt(doc, doc.Tokens[k]):
			continue
		}
		return false
	}
	return false
}

// mentionAt reports whether a mention with an entity covers t.
func mentionAt(doc *document.Document, t document.Span) bool {
	for _, m := range doc.Mentions {
		if m.Entity != "" && m.Span.Contains(t) {
			return true
		}
	}
	return false
}

// undergoneNouns are triggers whose possessor undergoes them: "Hydara's
// murder", "Barghouti's arrest".
var undergoneNouns = set("murder", "killing", "assassination", "execution", "death", "arrest", "detention",
	"capture", "abduction", "kidnapping", "kidnap", "imprisonment", "conviction", "extradition", "slaying",
	"beheading", "jailing", "trial", "sentencing", "incarceration")

// possessedVictim reports whether r's subject is the possessor of a
// killing or arrest noun with no "of" object after it: the one killed
// or arrested, not the actor.
func possessedVictim(doc *document.Document, r *document.Relation) bool {
	if r.Type != Kill && r.Type != Arrest || r.SubjectSpan == nil || r.SubjectSpan.End > r.Trigger.Start {
		return false
	}
	last := lowSlice(doc, r.Trigger)
	if f := strings.Fields(last); len(f) > 0 {
		last = f[len(f)-1]
	}
	if !undergoneNouns[last] {
		return false
	}
	j := firstToken(doc, r.SubjectSpan.End)
	if j >= len(doc.Tokens) || !isPossessive(doc.Slice(doc.Tokens[j])) {
		return false
	}
	if k := firstToken(doc, r.Trigger.Start); k-j > 3 {
		return false
	}
	return nextWord(doc, r.Trigger.End, r.Sentence.End) != "of"
}

// vagueHeads are group nouns that name nobody in particular without a
// name in their phrase: "senior political officials", "other countries",
// "the parties", "more than 70 people".
var vagueHeads = set("officials", "parties", "countries", "nations", "people", "persons", "individuals", "others",
	"groups", "sides", "authorities", "critics", "figures", "politicians", "those", "everyone",
	"everybody", "anyone", "all", "governments", "states", "players", "stakeholders", "partners", "neighbours",
	"neighbors", "donors", "investors", "lawmakers", "legislators", "voters")

// subordinators open a clause inside what the phrase reader took for an
// object (branch prec7).
var subordinators = set("because", "until", "although", "though", "whereas", "unless", "despite", "when", "while")

// vagueQuantities are the number words that count no one: "some
// opposition groups", "many countries" stay vague (branch prec7).
var vagueQuantities = set("some", "many", "several", "more", "dozens", "hundreds", "thousands")

// groupOpeners may open a vague group: "More than 70 people", "Other
// countries".
var groupOpeners = set("other", "all", "some", "senior", "more", "many", "several", "most", "few", "various",
	"certain", "numerous", "both")

// vagueGroup reports whether an object phrase is a vague group. A named
// modifier ("PKK members", "Lebanese officials") makes it specific, and
// so does a number for any head but people ("two policemen"; "175
// people" stays vague).
func vagueGroup(text string) bool {
	ws := strings.Fields(text)
	if len(ws) == 0 {
		return false
	}
	head := strings.ToLower(strings.Trim(ws[len(ws)-1], ",.;:'\"()"))
	if !vagueHeads[head] {
		return false
	}
	// "some Republican lawmakers", "many European countries": a vague
	// quantity over any modifiers
	if vagueQuantities[strings.ToLower(ws[0])] && len(ws) > 1 {
		return true
	}
	for i, w := range ws {
		if i > 0 && isCapitalised(w) {
			return false
		}
		if i == 0 && isCapitalised(w) && !isDeterminer(strings.ToLower(w)) && !groupOpeners[strings.ToLower(w)] {
			return false
		}
		l := strings.ToLower(w)
		if (numberWords[l] && !vagueQuantities[l] || strings.ContainsAny(l, "0123456789") || l == "both" || l == "two") && head != "people" && head != "persons" {
			return false
		}
	}
	return true
}

// namedAfter reports whether "of" or "from" and a name follow the phrase
// at sp: "the people of Ruritania", "officials from Lemuria".
func namedAfter(doc *document.Document, sp *document.Span, end int) bool {
	if sp == nil {
		return false
	}
	j := firstToken(doc, sp.End)
	if j+1 >= len(doc.Tokens) || doc.Tokens[j+1].Start >= end {
		return false
	}
	if w := lowSlice(doc, doc.Tokens[j]); w != "of" && w != "from" {
		return false
	}
	k := j + 1
	if lowSlice(doc, doc.Tokens[k]) == "the" && k+1 < len(doc.Tokens) {
		k++
	}
	return mentionAt(doc, doc.Tokens[k])
}

// reportingSpeaker reports whether the argument at sp, after the
// trigger, is the subject of a reporting clause that closes the
// sentence (", UN envoy Mohamed Sahnoun said"): the source of the
// report, not a party.
func reportingSpeaker(doc *document.Document, sp document.Span, from, end int) bool {
	j := firstToken(doc, sp.End)
	if j >= len(doc.Tokens) || doc.Tokens[j].Start >= end {
		return false
	}
	if w := lowSlice(doc, doc.Tokens[j]); w != "said" && w != "says" && w != "added" && w != "told" && w != "reported" {
		return false
	}
	// the reporting clause closes the sentence (a time phrase may end it:
	// "said on Sunday"); "…, Y said ties were good" is Y's own clause
	for k := j + 1; k < len(doc.Tokens) && doc.Tokens[k].Start < end; k++ {
		w := doc.Slice(doc.Tokens[k])
		if w == "." || w == "\"" || w == "”" {
			continue
		}
		if !isCapitalised(w) && !timeWords[strings.ToLower(w)] && !strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	lo := firstToken(doc, from)
	for k := firstToken(doc, sp.Start) - 1; k >= lo; k-- {
		w := doc.Slice(doc.Tokens[k])
		if w == "," || w == "\"" || w == "”" || w == "''" {
			return true
		}
		l := strings.ToLower(w)
		if !titleWords[l] && !roleNoun(l) && !isCapitalised(w) && !isDeterminer(l) && !mentionAt(doc, doc.Tokens[k]) {
			return false
		}
	}
	return false
}

// timeWords may close a reporting clause: "said on Sunday", "said late
// last week".
var timeWords = set("on", "in", "at", "late", "earlier", "later", "last", "this", "next", "yesterday", "today",
	"tonight", "week", "month", "year", "night", "morning", "afternoon", "evening", "here", "there")

// chairWords are the phrases after which the names are the chairs or
// mediators of talks, not their parties.
var chairWords = [][]string{{"chaired", "by"}, {"mediated", "by"}, {"brokered", "by"}, {"sponsored", "by"},
	{"presided", "over", "by"}, {"auspices", "of"}, {"mediation", "of"}, {"co-chaired", "by"}, {"facilitated", "by"}}

// chairOf reports whether the argument at sp stands in a list right after
// "chaired by", "mediated by", "under the auspices of" and the like.
func chairOf(doc *document.Document, sp document.Span, start int) bool {
	i := firstToken(doc, sp.Start)
	lo := firstToken(doc, start)
	for k := i - 1; k >= lo && k >= i-10; k-- {
		w := lowSlice(doc, doc.Tokens[k])
		for _, cw := range chairWords {
			n := len(cw)
			if k-n+1 < lo || w != cw[n-1] {
				continue
			}
			ok := true
			for x := 0; x < n; x++ {
				if lowSlice(doc, doc.Tokens[k-n+1+x]) != cw[x] {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
		if w == "," && (k+1 >= len(doc.Tokens) || !mentionAt(doc, doc.Tokens[k+1])) {
			return false // ", envoy X said": a new phrase
		}
		if w == "and" || w == "," || w == "the" || titleWords[w] || mentionAt(doc, doc.Tokens[k]) {
			continue
		}
		return false
	}
	return false
}

// groupOfOrg returns the phrase of the people killed or arrested that
// the organisation or country at sp only describes: "two PKK members",
// "another Jihad activist", "a local leader of the radical Palestinian
// movement Hamas"; ok is false when sp is no such modifier.
func groupOfOrg(doc *document.Document, sp document.Span, sent document.Span) (document.Span, bool) {
	lo := firstToken(doc, sent.Start)
	i := firstToken(doc, sp.Start)
	// the group's phrase opens at the determiner or number before it
	open := func(k int) int {
		for j := k - 1; j >= lo && j >= k-3; j-- {
			w := lowSlice(doc, doc.Tokens[j])
			if isDeterminer(w) || numberWords[w] || w == "another" || strings.ContainsAny(w, "0123456789") {
				return doc.Tokens[j].Start
			}
			if !isLower(w) || strings.ContainsAny(w, ",.;:()\"") {
				break
			}
		}
		return doc.Tokens[k].Start
	}
	j := firstToken(doc, sp.End)
	if j < len(doc.Tokens) && doc.Tokens[j].Start < sent.End {
		w := doc.Slice(doc.Tokens[j])
		l := strings.ToLower(w)
		if isLower(w) && (peopleNouns[l] || personNoun(l)) {
			return document.Span{Start: open(i), End: doc.Tokens[j].End}, true
		}
	}
	for k := i - 1; k > lo && k >= i-6; k-- {
		w := lowSlice(doc, doc.Tokens[k])
		if w == "of" {
			p := lowSlice(doc, doc.Tokens[k-1])
			if personNoun(p) || peopleNouns[p] {
				return document.Span{Start: open(k - 1), End: sp.End}, true
			}
			return document.Span{}, false
		}
		if strings.ContainsAny(w, ",.;:()\"") || speech[w] {
			break
		}
	}
	return document.Span{}, false
}

// purposeSubjects gives a purpose infinitive the subject of the verb it
// follows when it took that verb's object: in "Qian will visit the United
// States next week to meet with President Bill Clinton" Qian meets
// Clinton, not the United States. Only a visit is read so: a verb of
// meeting or support may make its object the infinitive's subject
// ("welcomed the delegation to visit Tanzania").
func purposeSubjects(doc *document.Document, rs []document.Relation) {
	for i := range rs {
		r := &rs[i]
		if !IsInteraction(r.Type) || r.SubjectSpan == nil || prevWord(doc, r.Trigger.Start, r.Sentence.Start) != "to" {
			continue
		}
		for j := range rs {
			o := &rs[j]
			if j == i || o.Sentence != r.Sentence || o.Type != Visit ||
				o.ObjectSpan == nil || *o.ObjectSpan != *r.SubjectSpan || o.Trigger.Start >= r.Trigger.Start ||
				o.SubjectSpan == nil || o.Subject == r.Object {
				continue
			}
			r.Subject, r.SubjectSpan = o.Subject, o.SubjectSpan
			break
		}
	}
}

// trimPhrase cuts the function words off the end of r's object phrase
// ("the initiative but", "transitional government only in"). It reports
// false when the phrase is no argument: nothing but a determiner or
// pronoun is left ("That has"), a relative pronoun ends it (it ran into a
// clause: "… after ten pirates who") or it is a clause ("that the
// government has achieved …").
func trimPhrase(doc *document.Document, r *document.Relation) bool {
	ws := strings.Fields(strings.ToLower(r.ObjectText))
	if len(ws) == 0 {
		return true
	}
	if ws[0] == "that" && len(ws) > 1 && !isNounLike(ws[1]) || whClauseWords[ws[0]] {
		return false
	}
	n := len(ws)
	// a subordinator inside ends the phrase: "a candidate until after",
	// "his candidacy because there is", "the legislation because it"
	for k := 1; k < len(ws); k++ {
		if subordinators[ws[k]] {
			n = k
			break
		}
	}
	for n > 0 {
		w := strings.Trim(ws[n-1], ",;:'\"()")
		if w == "who" || w == "which" || w == "whom" || w == "whose" {
			return false
		}
		if !phraseEnds[w] && !isPrepBefore(w) {
			break
		}
		n--
	}
	if n == len(ws) {
		return true
	}
	if n == 0 || n == 1 && (isDeterminer(strings.Trim(ws[0], ",;:'\"()")) || pronouns[ws[0]]) {
		return false
	}
	// cut the text and the span after the n-th word
	text := r.ObjectText
	for i := len(ws); i > n; i-- {
		text = strings.TrimRight(text, " \t\n")
		if j := strings.LastIndexAny(text, " \t\n"); j >= 0 {
			text = text[:j]
		}
	}
	text = strings.TrimRight(text, " \t\n,;:")
	if r.ObjectSpan != nil && strings.HasPrefix(doc.Slice(*r.ObjectSpan), text) {
		r.ObjectSpan = &document.Span{Start: r.ObjectSpan.Start, End: r.ObjectSpan.Start + len(text)}
	}
	r.ObjectText = text
	return true
}

// whClauseWords open a clause, no noun phrase: "asked why ministers
// attacked …", "asked whether the government", "asked if he".
var whClauseWords = set("whether", "how", "why", "when", "where", "if", "who", "whom")

// isNounLike says whether a word after "that" makes it a determiner
// ("that change") rather than a complementiser ("that the government").
func isNounLike(w string) bool {
	return !isDeterminer(w) && !pronouns[w] && w != "there" && w != "this" && w != "it"
}

// phraseEnds are words no noun phrase ends with.
var phraseEnds = set("has", "have", "had", "is", "are", "was", "were", "will", "would", "there", "that", "only",
	"also", "not", "be", "been", "can", "could", "should", "may", "might", "and", "or", "but", "then", "when",
	"while", "if", "as")

// eraModifier reports whether a name is a time modifier ("Saddam-era army
// officers"), no party.
func eraModifier(text string) bool {
	l := strings.ToLower(text)
	return strings.HasSuffix(l, "-era") || strings.HasSuffix(l, "-style") || strings.HasSuffix(l, "-type")
}

// officeNouns are titles of offices that neither titleWords nor roleNoun
// know: "UN Special Rapporteur on Torture".
var officeNouns = set("rapporteur", "special", "representative", "delegate", "observer", "coordinator",
	"mediator", "monitor", "inspector", "investigator", "prosecutor", "ombudsman", "auditor", "administrator")

// apposedPerson returns the person set off by commas after the
// organisation or country at sp and a title ("The UN Special Rapporteur
// on Torture, Manfred Nowak, rebuffed …"; "the US ambassador, John
// Smith, said …"): the person acts, not the body. nil when none.
func apposedPerson(doc *document.Document, types map[string]string, sp document.Span, trig int) *document.Mention {
	m := mentionStarting(doc, sp.Start)
	if m == nil || m.Type == document.PER || types[m.Entity] == document.PER {
		return nil
	}
	i := firstToken(doc, sp.End)
	title := false
	k := i
	for ; k < len(doc.Tokens) && k < i+8 && doc.Tokens[k].Start < trig; k++ {
		w := doc.Slice(doc.Tokens[k])
		l := strings.ToLower(w)
		if w == "," {
			break
		}
		switch {
		case titleWords[l] || roleNoun(l) || officeNouns[l]:
			title = true
		case l == "on" || l == "for" || l == "of" || isCapitalised(w) && !mentionAt(doc, doc.Tokens[k]):
		default:
			return nil
		}
	}
	if !title || k+1 >= len(doc.Tokens) || doc.Slice(doc.Tokens[k]) != "," || doc.Tokens[k+1].Start >= trig {
		return nil
	}
	p := mentionStarting(doc, doc.Tokens[k+1].Start)
	if p == nil || p.Type != document.PER {
		return nil
	}
	if e := firstToken(doc, p.End); e >= len(doc.Tokens) || doc.Slice(doc.Tokens[e]) != "," {
		return nil
	}
	return p
}

// bodyNouns name bodies of people that can be met or urged ("the
// government", "the committee").
var bodyNouns = set("government", "governments", "parliament", "committee", "council", "board", "commission",
	"cabinet", "congress", "senate", "assembly", "court", "police", "army", "military", "administration",
	"authorities", "public", "people", "community", "opposition", "party", "union", "team", "club", "company",
	"firm", "group", "family", "families", "press", "media", "side", "delegation", "panel", "jury", "regime",
	"leadership", "management", "bank", "agency", "ministry", "department", "office", "embassy", "embassies",
	"organisation", "organization", "coalition", "alliance", "movement", "state", "states", "country", "nation",
	"world", "region", "electorate", "voters", "church", "industry", "sector", "university", "school")

// namesBody reports whether a phrase names a body of people: "the
// government", "the rebel LTTE".
func namesBody(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if bodyNouns[strings.Trim(w, ",.;:'\"()")] {
			return true
		}
	}
	for _, w := range strings.Fields(text)[1:] {
		if isCapitalised(w) {
			return true
		}
	}
	return false
}
