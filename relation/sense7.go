package relation

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Sense and argument guards, round eleven (branch blind15): written from
// the wrong rows of precision set 15 (Reuters wire news of 1996,
// CoNLL-2003's train and dev texts), after it had been judged blind, and
// checked on sets 4–14. Each rule names a construction of English news,
// never an article's names: a war "declared" in someone's words, with no
// fighting told, is rhetoric; defending a city or a country is a military
// act, no support of a party; campaigning for votes backs nobody; a
// fixture between two teams is no meeting; "an opponent of" describes a
// standing; coming to a place "as an aide", "when it comes to", "came to
// the conclusion" are no visits; a description of countries is no
// person; and the pair model's killings read across a relative "whose",
// a passive, "along with" or a killing named as a noun give no killer.

// prec15Sense returns the verdict of the round-eleven guards on r
// (senseKeep when none applies).
func prec15Sense(doc *document.Document, r *document.Relation, lemma string, words []string, head, objHead string, sport *sportsMemo) senseVerdict {
	// "the two countries will sign an agreement" resolved to one
	// country's minister: a description of countries names no person
	if countryDescribesPerson(doc, r.SubjectSpan, r.Subject) || countryDescribesPerson(doc, r.ObjectSpan, r.Object) {
		return senseDrop
	}
	in := func(m map[string]bool) bool { return m[head] && r.Object == "" || m[objHead] }
	switch r.Type {
	case Attack:
		// "Arafat said Israel had declared war on the Palestinians",
		// "'Israel has started the war on Jerusalem'": a war in a
		// speaker's words, declared or with no fighting in the sentence
		if slices.Contains(words, "war") && spokenOf(doc, r) && (declareWar(words) || !sentenceHas(doc, r.Sentence, combatWords)) {
			return senseDrop
		}
	case Support:
		// "Kurdish forces were defending the city", "to defend the
		// island nation": a place held by arms, no party backed
		if lemma == "defend" && len(words) == 1 && (defendedPlaces[head] || defendedPlaces[objHead]) {
			return senseDrop
		}
		// "campaigned aggressively for the black vote": votes sought
		if strings.HasPrefix(words[0], "campaign") && in(soughtVotes) {
			return senseDrop
		}
	case Meet:
		// "Juventus meet United in Turin …, with the return match",
		// "set to host the Vikings for a football game": a fixture
		if (lemma == "meet" || lemma == "host" || strings.HasPrefix(words[0], "meet") || strings.HasPrefix(words[0], "host")) &&
			sentenceHas(doc, r.Sentence, fixtureWords) && (sentenceHas(doc, r.Sentence, sportNames) || sport.is()) {
			return senseDrop
		}
	case Criticize:
		// "Banisadr, an avowed opponent of the Tehran government": a
		// standing described, no act
		if len(words) == 1 && issueStandingNouns[words[0]] && indefiniteBefore(doc, r.Trigger.Start, r.Sentence.Start) {
			return senseDrop
		}
	case Visit:
		if len(words) >= 2 && comeForms[words[0]] && words[1] == "to" {
			// "when it comes to Israel", "when it came to the Senate for
			// a vote": no one travels
			if r.SubjectSpan != nil && strings.EqualFold(doc.Slice(*r.SubjectSpan), "it") {
				return senseDrop
			}
			// "came to the conclusion", "come to the defense of", "came
			// to the bench"
			if in(comeNonEvent) {
				return senseDrop
			}
			// "coming to Congress as an aide", "came to Shanghai as a
			// student": a post or a life taken up, no visit
			if r.ObjectSpan != nil && asPostAfter(doc, r.ObjectSpan.End, r.Sentence.End) {
				return senseDrop
			}
		}
	case Kill:
		// (the killer read first, before the words between: "Atahualpa
		// was murdered on the orders of … Pizarro" gives Pizarro, right)
		if len(words) >= 4 && betweenNames(doc, r) && r.SubjectSpan.End <= r.Trigger.Start && pairKillWithoutKiller(words) {
			return senseDrop
		}
	}
	return senseKeep
}

var (
	combatWords = set("killed", "killing", "troops", "soldiers", "shelling", "shelled", "bombing", "bombed",
		"bombs", "fighting", "fought", "offensive", "airstrikes", "air", "rockets", "tanks", "artillery",
		"invaded", "invasion", "battle", "clashes", "raids", "strikes", "missiles", "dead", "wounded")
	defendedPlaces = set("city", "cities", "town", "towns", "village", "villages", "country", "nation",
		"capital", "island", "border", "borders", "frontier", "territory", "homeland", "motherland",
		"fatherland", "region", "base", "bases", "positions", "stronghold", "airport", "port", "enclave")
	soughtVotes = set("vote", "votes", "voters", "seat", "seats", "nomination", "presidency", "office",
		"re-election", "reelection", "election", "ballot", "ballots")
	fixtureWords = set("match", "matches", "game", "games", "leg", "fixture", "fixtures", "kickoff",
		"kick-off", "innings", "playoff", "playoffs", "play-off")
	sportNames = set("football", "soccer", "rugby", "cricket", "baseball", "basketball", "hockey", "tennis",
		"golf", "volleyball", "handball", "nfl", "nba", "nhl")
	comeForms    = set("come", "comes", "came", "coming")
	comeNonEvent = set("conclusion", "defense", "defence", "aid", "rescue", "impasse", "attention", "bench",
		"crease", "halt", "standstill", "end", "terms", "grief", "nothing", "fruition", "light", "mind",
		"realisation", "realization", "agreement", "blows", "power", "head", "understanding", "consensus",
		"stop", "plate", "wicket", "microphone", "podium", "stage", "floor", "rostrum", "table")
	countryHeads = set("countries", "country", "nations", "nation", "states", "governments")
	killNounsAt  = set("shooting", "killing", "killings", "murder", "assassination", "slaying", "death",
		"execution", "stabbing")
	killParticiples = set("killed", "shot", "murdered", "assassinated", "slain", "stabbed", "wounded", "executed")
	killDeterminers = set("the", "a", "an", "his", "her", "their", "its", "this", "that", "'s", "’s")
)

// declareWar says whether a trigger declares or starts a war ("declared
// war on", "started the war on").
func declareWar(words []string) bool {
	return strings.HasPrefix(words[0], "declar")
}

// spokenOf says whether r's trigger is inside a quote, direct or
// reported, after an unclosed quotation mark of its sentence, or after a verb of saying earlier in its sentence ("Arafat
// said on Wednesday that Israel had declared war").
func spokenOf(doc *document.Document, r *document.Relation) bool {
	for i := range doc.Quotes {
		if doc.Quotes[i].Span.Contains(r.Trigger) {
			return true
		}
	}
	// a quote opened before the trigger in its sentence and not closed
	// (the quote layer misses some that run over paragraphs)
	before := doc.Text[r.Sentence.Start:r.Trigger.Start]
	if (strings.Count(before, "\"")+strings.Count(before, "“")+strings.Count(before, "”"))%2 == 1 {
		return true
	}
	for _, t := range doc.Tokens[firstToken(doc, r.Sentence.Start):firstToken(doc, r.Trigger.Start)] {
		w := lowText(doc, t.Start, t.End)
		if reportVerbs[w] || w == "says" || w == "say" {
			return true
		}
	}
	return false
}

// indefiniteBefore says whether the noun at at is in an indefinite noun
// phrase: "a" or "an" before it, at most three words between ("an avowed
// opponent", "a long-time foe").
func indefiniteBefore(doc *document.Document, at, start int) bool {
	k := firstToken(doc, at) - 1
	for n := 0; k >= 0 && doc.Tokens[k].Start >= start && n < 4; k, n = k-1, n+1 {
		w := lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)
		if w == "a" || w == "an" {
			return true
		}
		if w == "," || w == "the" || w == "of" || reportVerbs[w] {
			return false
		}
	}
	return false
}

// asPostAfter says whether "as a/an" and a post or trade taken up
// there (one modifier between allowed: "as a young aide") follows at
// before end: "coming to Congress as an aide in 1972". A guest, envoy or
// delegate still visits; settledAs (sense4.go) reads students, refugees
// and workers.
func asPostAfter(doc *document.Document, at, end int) bool {
	return asNounAfter(doc, at, end, takenPosts) // sense4.go
}

// takenPosts are posts and trades one comes to a place to take up.
var takenPosts = set("aide", "aides", "staffer", "staffers", "intern", "interns", "clerk", "teacher", "teachers",
	"professor", "lecturer", "correspondent", "reporter", "journalist", "missionary", "missionaries",
	"volunteer", "volunteers", "employee", "employees", "trainee", "apprentice", "lawyer", "doctor", "nurse",
	"engineer", "researcher", "scholar", "priest", "pastor", "coach", "player", "secretary", "assistant",
	"lobbyist", "congressman", "senator", "legislator", "member")

// countryDescribesPerson says whether the argument span sp is a
// description headed by a word for countries ("the two countries", "both
// nations") while its entity id is a person.
func countryDescribesPerson(doc *document.Document, sp *document.Span, id string) bool {
	if sp == nil || id == "" {
		return false
	}
	ws := strings.Fields(lowSlice(doc, *sp))
	if len(ws) < 2 || !countryHeads[ws[len(ws)-1]] {
		return false
	}
	e := doc.Entity(id)
	return e != nil && e.Type == document.PER
}

// possessiveMarks removes the possessive endings betweenNames allows.
var possessiveMarks = strings.NewReplacer("'s", "", "’s", "")

// betweenNames says whether r's trigger is the text between its two
// arguments, as the pair model gives it (only spaces and punctuation
// between each argument and the trigger).
func betweenNames(doc *document.Document, r *document.Relation) bool {
	if r.SubjectSpan == nil || r.ObjectSpan == nil {
		return false
	}
	a, b := *r.SubjectSpan, *r.ObjectSpan
	if b.End <= a.Start {
		a, b = b, a
	}
	if a.End > r.Trigger.Start || r.Trigger.End > b.Start {
		return false
	}
	gap := func(s string) bool {
		s = possessiveMarks.Replace(s) // a possessive, not any letter s
		s = strings.Trim(s, " \t\n,;:'’\"“”-—")
		// an appositive's article the trigger left out: "Gabrielle
		// Giffords, a former congresswoman who …"
		return s == "" || s == "a" || s == "an" || s == "the"
	}
	return gap(doc.Text[a.End:r.Trigger.Start]) && gap(doc.Text[r.Trigger.End:b.Start])
}

// topicBefore says whether the kill noun words[i] is the topic of what
// comes before it: a determiner, at most two modifiers, and a preposition
// of topic before them ("comments on the shooting death of", "concerning
// the 2011 shooting of"; not "after the assassination of", where the
// sentence may still be about the killer).
func topicBefore(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if killDeterminers[words[k]] {
			return k > 0 && topicPrepositions[words[k-1]]
		}
	}
	return false
}

var (
	topicPrepositions = set("on", "concerning", "about", "regarding", "over")
	witnessWords      = set("witness", "witnesses", "witnessed", "eyewitness", "eyewitnesses")
)

// killNounWithin says whether one of the n words from words[i] is a noun
// of killing.
func killNounWithin(words []string, i, n int) bool {
	for k := i; k < len(words) && k < i+n; k++ {
		if killNounsAt[words[k]] {
			return true
		}
	}
	return false
}

// pairKillWithoutKiller says whether a long kill trigger (the words the
// pair model read between its two names) gives no killer as subject: a
// relative "whose" ("Sarah Brady, whose husband was disabled in an
// assassination attempt on X"), victims listed together ("was killed …
// along with her boyfriend X"), a passive with no agent ("57, was shot
// with a bullet …, spokesman X", "who survived being shot …, and her
// husband X"), a killing named as a noun ("comments on the shooting
// death of X"), or a shot in a game or in words ("took a shot at X", "a
// big shot of momentum against X"), or a witness of it ("are witnesses to
// the killing of X").
func pairKillWithoutKiller(words []string) bool {
	by := slices.Contains(words, "by")
	for i, w := range words {
		switch {
		case w == "whose":
			return true
		case w == "along" && i+1 < len(words) && words[i+1] == "with":
			return true
		case killParticiples[w] && i > 0 && (words[i-1] == "was" || words[i-1] == "were" || words[i-1] == "being" || words[i-1] == "been") && !by:
			return true
		case killNounsAt[w] && topicBefore(words, i):
			return true
		case w == "shot" && i+1 < len(words) && (words[i+1] == "of" || words[i+1] == "at" && i > 0 && (words[i-1] == "a" || words[i-1] == "took")):
			return true
		case witnessWords[w] && killNounWithin(words, i+1, 3):
			// "are witnesses to the killing of X", "who witnessed the
			// shooting of X": the subject saw it
			return true
		}
	}
	return false
}
