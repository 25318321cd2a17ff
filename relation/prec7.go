package relation

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Sense guards, round twelve (branch prec7): written from 150 interaction
// rows drawn at random from the precision samples (sets 4, 5, 7, 8 and
// 11–14; samples 6, 9 and 10 left out, since set H is drawn from them)
// and the false positives of the development sets. Each rule names a
// construction of English news, never an article's names: standing by or
// defending one's own words or endorsement backs no party; a named
// person's "attack" on another person, with no fighting in the sentence,
// is words (criticism); "did not endorse a candidate" names no one
// supported; going home to a place is no visit.

// prec7Sense returns the verdict of the round-twelve guards on r
// (senseKeep when none applies).
func prec7Sense(doc *document.Document, r *document.Relation, lemma string, words []string, sport *sportsMemo) senseVerdict {
	switch r.Type {
	case Support:
		// "stood by his comment", "defended his endorsement", "stands by
		// its legal action": one's own words or acts, no party backed
		if (lemma == "defend" || strings.HasPrefix(words[0], "defend") || standBy(words)) && ownWords(r) {
			return senseDrop
		}
	case Attack:
		// "Trump's attacks on Curiel", "Reid attacked the Koch brothers":
		// a politician's attack on a person is a speech (not a player's
		// "attacking the net" in a sports report)
		if spokenAttack(doc, r, words) && !sport.is() {
			return senseCriticize
		}
	case Visit:
		// "went home to Seattle", "flew home to Islamabad": one's home is
		// no place visited
		for _, w := range words {
			if w == "home" {
				return senseDrop
			}
		}
		// "flew back to Georgia", "had flown back to the United States":
		// a return home from a trip, no visit
		if backLemmas[lemma] && (slices.Contains(words, "back") || nextWord(doc, r.Trigger.End, r.Sentence.End) == "back") {
			return senseDrop
		}
		// "goes back to the kind of tone", "went to the crease", "had
		// gone to the top 1 percent": going to what is no place
		if moveLemmas[lemma] && r.Object == "" && r.ObjectText != "" && !visitedPlace(r.ObjectText) {
			return senseDrop
		}
	case Agree:
		// "Both Kilpatrick and Harris agreed, however, that …", "the
		// ministers agreed Saturday that …": agreement that something is
		// true, no deal with a counterpart
		if len(words) == 1 && lemma == "agree" && thatAfter(doc, r.Trigger.End, r.Sentence.End) {
			return senseDrop
		}
		// "Conservative Solutions PAC, a super PAC allied with Rubio": a
		// standing alliance, backing rather than a deal
		if words[0] == "allied" && !verbGroupWord(prevWord(doc, r.Trigger.Start, r.Sentence.Start)) {
			return senseSupport
		}
	case Withdraw:
		// "saw Scott get out of a car": a vehicle left, no body
		if r.Object == "" && vehicleLeft(r.ObjectText) {
			return senseDrop
		}
		// "pulled out the race card", "pulls out a tough win": a thing
		// drawn out, nothing left
		// (the object the phrase right after "out"; "pulled out its troops
		// from Ruritania" is read by the withdrawn-troops rule)
		if words[len(words)-1] == "out" && pulledThing[nextWord(doc, r.Trigger.End, r.Sentence.End)] && r.ObjectSpan != nil &&
			firstToken(doc, r.ObjectSpan.Start) == firstToken(doc, r.Trigger.End) && !withdrawnPhrase(r.ObjectText) {
			return senseDrop
		}
		// "could get shut out of the general election": kept out, not
		// leaving
		if slices.Contains(words, "shut") {
			return senseDrop
		}
	case Meet:
		// "Bush and Rice met last week in Jordan with Maliki": the two
		// met the third, not each other
		if r.SubjectSpan != nil && r.ObjectSpan != nil && r.SubjectSpan.End <= r.Trigger.Start && r.ObjectSpan.End <= r.Trigger.Start &&
			len(words) == 1 && withPartyAfter(doc, r.Trigger.End, r.Sentence.End) {
			return senseDrop
		}
		// "it was met with skepticism by the Russian leadership": a
		// reception, no meeting
		if words[0] == "met" && len(words) >= 2 && words[1] == "with" && passiveBefore(doc, r.Trigger.Start, r.Sentence.Start) {
			return senseDrop
		}
		// "Fox News host Sean Hannity": a title between a network and its
		// presenter, no meeting
		if len(words) == 1 && (words[0] == "host" || words[0] == "hosts") && r.SubjectSpan != nil && r.ObjectSpan != nil &&
			strings.TrimSpace(doc.Text[min(r.SubjectSpan.End, r.Trigger.Start):r.Trigger.Start]) == "" &&
			strings.TrimSpace(doc.Text[r.Trigger.End:max(r.ObjectSpan.Start, r.Trigger.End)]) == "" {
			return senseDrop
		}
		// "received the Conservation Award": a prize, no guest; "when
		// Cleveland hosted the Gay Games": an event held, no guest
		if lemma == "receive" && prizeNamed(doc, r) || lemma == "host" && eventNamed(doc, r) {
			return senseDrop
		}
	case Urge:
		// "Republicans are hoping Trump will win in November": a wish for
		// an outcome, no act asked of anyone
		if hopeForms[words[0]] && r.ObjectSpan != nil && outcomeAfter(doc, r.ObjectSpan.End, r.Sentence.End) {
			return senseDrop
		}
		// "called for Antarctica to be transferred", "urged for X to be
		// released": what is demanded is done to X; X is urged nothing
		if r.ObjectSpan != nil && r.ObjectSpan.Start >= r.Trigger.Start && passiveInfinitiveAfter(doc, r.ObjectSpan.End, r.Sentence.End) {
			return senseDrop
		}
	}
	// "He said, 'I just need to go to Israel'": a first person inside a
	// quotation within a quotation is someone the speaker quotes, not the
	// speaker
	for _, sp := range []*document.Span{r.SubjectSpan, r.ObjectSpan} {
		if sp != nil && firstPersonWords[doc.Slice(*sp)] && innerQuoted(doc, *sp, r.Sentence.Start) {
			return senseDrop
		}
	}
	// "thousands of Germans protesting", "hundreds of Palestinians": a
	// crowd, no party
	for _, sp := range []*document.Span{r.SubjectSpan, r.ObjectSpan} {
		if sp != nil && crowdBefore(doc, *sp, r.Sentence.Start) {
			return senseDrop
		}
	}
	// "backing from 74% of African-American voters": a share of voters
	if r.Object == "" && strings.Contains(strings.Fields(r.ObjectText + " x")[0], "%") {
		return senseDrop
	}
	// "decried the issue of systemic racism", "criticised the fact that",
	// "condemns the use of": a state of affairs, no party or act of one
	if (r.Type == Support || r.Type == Criticize) && r.Object == "" && abstractObject(r.ObjectText) {
		return senseDrop
	}
	// "didn't endorse a candidate", "would not back anyone": no party
	if (r.Type == Support || r.Type == Criticize) && r.Object == "" && anyPerson(r.ObjectText) {
		return senseDrop
	}
	return senseKeep
}

// standBy says whether trigger words are "stand by" in any form.
func standBy(words []string) bool {
	if len(words) < 2 || words[len(words)-1] != "by" {
		return false
	}
	switch words[0] {
	case "stand", "stands", "stood", "standing":
		return true
	}
	return false
}

// ownSpeech are what a party says or does of its own that it stands by or
// defends; with a possessive before them they name no other party.
var ownSpeech = set("comment", "comments", "remark", "remarks", "statement", "statements", "words", "call",
	"calls", "endorsement", "endorsements", "support", "role", "argument", "arguments", "vote", "votes",
	"view", "views", "assertion", "assertions", "tweet", "tweets", "answer", "answers", "prediction",
	"predictions", "legal", "testimony", "account", "story", "report", "reporting", "work")

// ownWords says whether r's object is a phrase that opens with a
// possessive determiner and names, within its first four words, one's own
// words or acts ("his comment", "its legal action", "her past votes"), or
// a matter that sense6.go's ownMatters names.
func ownWords(r *document.Relation) bool {
	if r.Object != "" || r.ObjectText == "" {
		return false
	}
	ws := strings.Fields(strings.ToLower(r.ObjectText))
	if len(ws) < 2 || !possessiveDeterminer[ws[0]] {
		return false
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		w = strings.Trim(w, "\"“”‘’',.;:")
		if ownSpeech[w] || ownMatters[w] {
			return true
		}
	}
	return false
}

// attackTargets are heads of what a person attacks with arms: places,
// buildings, vehicles and armed men.
var attackTargets = set("nightclub", "club", "embassy", "building", "buildings", "checkpoint", "convoy",
	"base", "hotel", "hotels", "church", "churches", "mosque", "school", "vehicle", "car", "bus", "station",
	"office", "offices", "home", "house", "village", "town", "city", "forces", "troops", "soldiers",
	"police", "officers", "positions", "camp", "compound", "patrol", "guards", "targets", "civilians", "goers",
	"crowd", "crowds", "passengers", "worshippers", "children", "students", "people")

// physicalWords in a sentence tell that an attack is made with force:
// round eleven's combatWords and the words of violence against a person.
var physicalWords = set("gun", "guns", "gunman", "shot", "shooting", "knife", "stabbed", "stabbing", "beat",
	"beaten", "punched", "assaulted", "injured", "bombings", "bomb", "explosives", "grenade", "militants",
	"rebels", "guerrilla", "guerrillas", "war", "weapons", "armed", "arrested", "murder", "murdered", "murderous",
	"deadly", "bloody", "lethal", "terror", "terrorist", "terrorists", "terrorism", "suicide", "massacre",
	"victims", "rifle", "fire", "gunfire", "wounding", "attacker", "attackers")

// spokenAttack says whether an attack relation is a named person's attack
// in words: the trigger is "attack" itself (not "bomb", "raid" …), the
// subject is a person, the object a person, or no place and no armed
// target, and the sentence has no word of fighting or violence ("Trump's
// attacks on Curiel", "Harry Reid attacked the Koch brothers", "Obama's
// attack on the Second Amendment"; not "Mateen attacked the nightclub
// with a rifle").
func spokenAttack(doc *document.Document, r *document.Relation, words []string) bool {
	switch words[0] {
	case "attack", "attacks", "attacked", "attacking":
	default:
		return false
	}
	if len(words) > 1 || r.Subject == "" || entityType(doc, r.Subject) != document.PER {
		return false
	}
	if r.Object != "" {
		if t := entityType(doc, r.Object); t != document.PER && t != document.ORG {
			return false
		}
	} else {
		ws := chunk(strings.Fields(strings.ToLower(r.ObjectText)))
		if len(ws) == 0 || attackTargets[ws[len(ws)-1]] {
			return false
		}
	}
	return !sentenceHas(doc, r.Sentence, combatWords) && !sentenceHas(doc, r.Sentence, physicalWords)
}

// entityType returns the type of doc's entity id ("" when unknown).
func entityType(doc *document.Document, id string) string {
	if e := doc.Entity(id); e != nil {
		return e.Type
	}
	return ""
}

// anyPersonHeads are the nouns of an indefinite party: "a candidate",
// "any nominee".
var anyPersonHeads = set("candidate", "nominee", "contender", "person", "one", "successor")

// anyPerson says whether a phrase object is an indefinite person, no one
// in particular: "a candidate until after the primaries" (the phrase
// reader may run past the noun), "any nominee", "anyone".
func anyPerson(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "anyone", "anybody", "someone", "somebody", "nobody", "everyone", "everybody":
		return true
	case "a", "an", "any":
	default:
		return false
	}
	for _, w := range ws[1:min(len(ws), 3)] {
		if anyPersonHeads[strings.Trim(w, ",.;:")] {
			return true
		}
	}
	return false
}

// moveLemmas are the verbs of going whose object must be a place to make a
// visit.
var moveLemmas = set("go", "come", "head", "return", "get")

// visitHeads are the nouns of places one goes to on a visit.
var visitHeads = set("city", "cities", "town", "towns", "village", "villages", "country", "countries", "state",
	"states", "capital", "region", "area", "province", "district", "county", "border", "camp", "camps",
	"hospital", "hospitals", "school", "schools", "site", "scene", "base", "headquarters", "office", "offices",
	"embassy", "restaurant", "mainland", "island", "islands", "street", "house", "church", "mosque", "temple",
	"synagogue", "factory", "plant", "port", "airport", "station", "prison", "jail", "court", "courthouse",
	"parliament", "building", "compound", "ministry", "palace", "memorial", "grave", "cemetery", "museum",
	"university", "college", "campus", "hotel", "farm", "mine", "zone", "front", "frontline", "stadium",
	"convention", "nation", "continent", "center", "centre", "neighborhood", "neighbourhood", "region",
	"summit", "conference", "white", "kremlin", "hill", "valley", "coast", "shore", "bank", "strip", "west",
	"east", "north", "south", "territory", "territories", "republic", "kingdom", "site", "sites", "venue",
	"hall", "square", "park", "market", "shelter", "shelters", "clinic", "facility", "plant", "reactor")

// visitedPlace says whether a phrase object names a place: its head, or
// a capitalised word in it ("the Brooklyn apartment"), is one.
func visitedPlace(text string) bool {
	ws := chunk(strings.Fields(strings.ToLower(text)))
	if len(ws) == 0 {
		return true
	}
	if visitHeads[ws[len(ws)-1]] {
		return true
	}
	for _, w := range strings.Fields(text)[1:] {
		if isCapitalised(w) {
			return true
		}
	}
	return false
}

// passiveBefore says whether a form of "be" (over an adverb) stands right
// before at: "was met with", "has been widely met with".
func passiveBefore(doc *document.Document, at, start int) bool {
	i := firstToken(doc, at) - 1
	for n := 0; n < 2 && i >= 0 && doc.Tokens[i].Start >= start; n++ {
		w := lowText(doc, doc.Tokens[i].Start, doc.Tokens[i].End)
		switch {
		case w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being":
			return true
		case strings.HasSuffix(w, "ly"):
			i--
		default:
			return false
		}
	}
	return false
}

// prizeWords name what one receives that is no guest.
var prizeWords = set("award", "prize", "medal", "trophy", "honour", "honor", "degree", "doctorate", "order",
	"cup", "title", "grant", "scholarship", "fellowship")

// prizeNamed says whether r's object is a prize: its span or its
// entity's name holds a prize word ("the Ramsar Wetland Conservation
// Award").
func prizeNamed(doc *document.Document, r *document.Relation) bool {
	return objectNames(doc, r, prizeWords)
}

// passiveInfinitiveAfter says whether "to be" and a participle follow at:
// "Antarctica to be transferred", "X to be held accountable".
func passiveInfinitiveAfter(doc *document.Document, at, end int) bool {
	i := firstToken(doc, at)
	var ws []string
	for k := i; k < len(doc.Tokens) && k < i+4 && doc.Tokens[k].Start < end; k++ {
		ws = append(ws, lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End))
	}
	if len(ws) < 3 || ws[0] != "to" || ws[1] != "be" {
		return false
	}
	p := ws[2]
	if strings.HasSuffix(p, "ly") && len(ws) > 3 {
		p = ws[3]
	}
	if removalParticiples[p] {
		return false // "calling for Lewandowski to be fired": a removal request (control.go)
	}
	return strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "en") || irregularParticiples[p]
}

// removalParticiples ask for someone's removal, which the guidelines read
// as urging the one to go: "called for X to be fired".
var removalParticiples = set("fired", "sacked", "removed", "ousted", "dismissed", "impeached", "replaced",
	"suspended", "expelled", "disciplined", "recalled")

// irregularParticiples are past participles without -ed or -en.
var irregularParticiples = set("held", "put", "set", "sent", "brought", "kept", "left", "made", "paid", "sold",
	"told", "built", "cut", "hit", "let", "shut", "struck", "found", "caught", "taught", "bought", "hung", "led",
	"read", "shot", "won", "withdrawn", "drawn", "thrown")

// crowdWords count a crowd before "of": "thousands of Germans".
var crowdWords = set("thousands", "hundreds", "dozens", "scores", "millions", "tens")

// crowdBefore says whether "thousands of" or the like stands right
// before the mention at sp.
func crowdBefore(doc *document.Document, sp document.Span, start int) bool {
	i := firstToken(doc, sp.Start)
	if i < 2 || doc.Tokens[i-2].Start < start {
		return false
	}
	w1 := lowText(doc, doc.Tokens[i-1].Start, doc.Tokens[i-1].End)
	w2 := lowText(doc, doc.Tokens[i-2].Start, doc.Tokens[i-2].End)
	return w1 == "of" && crowdWords[w2]
}

// vehicles are what one gets out of that is no body.
var vehicles = set("car", "cars", "vehicle", "vehicles", "bus", "taxi", "cab", "truck", "van", "plane",
	"aircraft", "helicopter", "train", "boat", "limousine", "suv", "jeep", "motorcade", "elevator", "lift")

// vehicleLeft says whether a phrase object is a vehicle ("a car", "the
// white van").
func vehicleLeft(text string) bool {
	ws := chunk(strings.Fields(strings.ToLower(text)))
	return len(ws) > 0 && vehicles[ws[len(ws)-1]]
}

// withPartyAfter says whether "with" and a capitalised word follow a
// meeting verb at at in its clause (up to a comma, a semicolon or end),
// over at most six words of time and place: "met last week in Jordan
// with Iraqi Prime Minister Nuri al-Maliki".
func withPartyAfter(doc *document.Document, at, end int) bool {
	i := firstToken(doc, at)
	for k := i; k < len(doc.Tokens) && k < i+7 && doc.Tokens[k].Start < end; k++ {
		w := doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End]
		switch {
		case w == "," || w == ";" || w == "." || strings.EqualFold(w, "and") || strings.EqualFold(w, "to"):
			return false
		case strings.EqualFold(w, "with"):
			if k+1 < len(doc.Tokens) && doc.Tokens[k+1].Start < end {
				n := doc.Text[doc.Tokens[k+1].Start:doc.Tokens[k+1].End]
				return isCapitalised(n) || n == "the" || n == "his" || n == "her" || n == "their"
			}
			return false
		}
	}
	return false
}

// outcomeVerbs are what befalls a party rather than what it does when
// asked: "hoping Trump will win".
var outcomeVerbs = set("win", "lose", "prevail", "survive", "recover", "succeed", "triumph")

// outcomeAfter says whether a modal and an outcome verb follow at: "will
// win", "would prevail".
func outcomeAfter(doc *document.Document, at, end int) bool {
	i := firstToken(doc, at)
	if i+1 >= len(doc.Tokens) || doc.Tokens[i+1].Start >= end {
		return false
	}
	m := lowText(doc, doc.Tokens[i].Start, doc.Tokens[i].End)
	v := lowText(doc, doc.Tokens[i+1].Start, doc.Tokens[i+1].End)
	return hopeModals[m] && outcomeVerbs[v]
}

// abstractHeads are nouns of a state of affairs or a quantity that head
// an object phrase with "of" after them: "the issue of", "a number of".
var abstractHeads = set("issue", "fact", "kind", "sort", "cult", "notion", "nature", "way", "matter",
	"question", "problem", "situation", "thing", "things", "use", "number", "culture")

// abstractObject says whether a phrase object is a determiner and an
// abstract head, with at most one modifier between that is no possessive
// ("the issue", "a small number"; not "the party's lack").
func abstractObject(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 2 || !isDeterminer(ws[0]) && ws[0] != "such" {
		return false
	}
	if abstractHeads[ws[1]] {
		return true
	}
	return len(ws) > 2 && abstractHeads[ws[2]] && !strings.HasSuffix(ws[1], "'s") && !strings.HasSuffix(ws[1], "’s")
}

// thatAfter says whether "that" follows at over commas, "however", time
// words and adverbs: "agreed, however, that", "agreed Saturday that".
func thatAfter(doc *document.Document, at, end int) bool {
	i := firstToken(doc, at)
	for k := i; k < len(doc.Tokens) && k < i+5 && doc.Tokens[k].Start < end; k++ {
		w := lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)
		switch {
		case w == "that":
			return true
		case w == "," || w == "however" || w == "also" || w == "both" || w == "all" || timeWords[w] || strings.HasSuffix(w, "ly"):
		default:
			return false
		}
	}
	return false
}

// verbGroupWord says whether w is an auxiliary that makes the next word
// a finite verb or a passive ("has allied", "was allied"): then a
// participle is no reduced relative.
func verbGroupWord(w string) bool {
	switch w {
	case "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "to":
		return true
	}
	return false
}

// pulledThing are the determiners of what is pulled out when "out" has no
// "of" after it.
var pulledThing = set("the", "a", "an", "his", "her", "its", "their", "our", "my", "another")

// firstPersonWords are the quoted first person as written ("US" is a
// country, not "us").
var firstPersonWords = set("I", "me", "my", "we", "us", "our", "We", "My", "Our")

// innerQuoted says whether the text of its sentence before sp opens a
// single quotation mark (after a space, a comma, a colon or a dash, and
// before a capital letter) that no closing single mark has closed:
// "… said, 'He said this thing …, but I'm still going to vote for him".
func innerQuoted(doc *document.Document, sp document.Span, start int) bool {
	text := doc.Text[start:sp.Start]
	open := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		var n int // the width of a single quotation mark at i
		switch {
		case c == '\'':
			n = 1
		case strings.HasPrefix(text[i:], "‘"), strings.HasPrefix(text[i:], "’"):
			n = len("‘")
		default:
			continue
		}
		before := byte(' ')
		if i > 0 {
			before = text[i-1]
		}
		after := byte(' ')
		if start+i+n < len(doc.Text) {
			after = doc.Text[start+i+n] // the span itself may follow the mark
		}
		switch {
		case (before == ' ' || before == ',' || before == ':' || before == '"' || before == '(') && after >= 'A' && after <= 'Z' && !strings.HasPrefix(text[i:], "’"):
			open = i
		case open >= 0 && before != ' ' && (after == ' ' || after == ',' || after == '.' || after == '"' || after == ';'):
			open = -1
		}
		i += n - 1
	}
	return open >= 0
}

// withdrawnPhrase says whether a phrase object's head is one of the
// people withdrawn (sense.go's withdrawnNouns: "its troops").
func withdrawnPhrase(text string) bool {
	ws := chunk(strings.Fields(strings.ToLower(text)))
	return len(ws) > 0 && withdrawnNouns[ws[len(ws)-1]]
}

// backLemmas are the verbs of travel that, with "back", are a return home.
var backLemmas = set("fly", "return", "travel", "drive", "sail", "arrive")

// eventWords name an event that a city or a body hosts.
var eventWords = set("games", "olympics", "olympic", "cup", "championship", "championships", "tournament",
	"festival", "fair", "expo", "exhibition", "conference", "convention", "summit", "forum", "congress",
	"marathon", "race", "show", "concert", "debate", "debates", "party", "gala", "ceremony")

// eventNamed says whether r's object is an event: its span or its
// entity's name holds an event word ("the Gay Games", "the 2008
// Olympics").
func eventNamed(doc *document.Document, r *document.Relation) bool {
	return objectNames(doc, r, eventWords)
}

// objectNames says whether r's object span, its entity's name or its
// text holds one of words.
func objectNames(doc *document.Document, r *document.Relation, words map[string]bool) bool {
	var text string
	if r.ObjectSpan != nil {
		text = doc.Slice(*r.ObjectSpan)
	}
	if e := doc.Entity(r.Object); r.Object != "" && e != nil {
		text += " " + e.Name
	}
	text += " " + r.ObjectText
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if words[strings.Trim(w, ",.;:'\"")] {
			return true
		}
	}
	return false
}
