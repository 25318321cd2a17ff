package relation

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/document"
)

// Sense guards, round ten (branch prec14): written from the wrong rows of
// precision set 14, Reuters wire news of 1996 (CoNLL-2003's train and dev
// texts). Each rule names a kind of thing or a construction of English
// news, never an article's names: defending one's own decision, record or
// a lawsuit supports no party; quitting the ring or retiring from a sport
// leaves no body; shareholders approving an issue support no party; a
// routine weekly meeting of one's own body is no meeting of two parties;
// a country welcoming residents or immigrants meets no one; an appeal to
// a court is no urging; a fight in a sports report is neither criticism
// nor attack; a nationality before an exile group, or a country's rebels
// ("Iran's rebel Kurds"), is not the state.

// prec14Sense returns the verdict of the round-ten guards on r (senseKeep
// when none applies).
func prec14Sense(doc *document.Document, r *document.Relation, lemma string, words []string, head, objHead string) senseVerdict {
	in := func(m map[string]bool) bool { return m[head] && r.Object == "" || m[objHead] }
	// "An Iranian exile group vowed", "support to Iran's rebel Kurds": a
	// group that does not act for the state its nationality names
	if r.SubjectSpan != nil && stateBeforeGroup(doc, *r.SubjectSpan, r.Sentence.End) {
		return senseDrop
	}
	if r.ObjectSpan != nil && stateBeforeGroup(doc, *r.ObjectSpan, r.Sentence.End) && nextWord(doc, r.ObjectSpan.End, r.Sentence.End) == "'s" || r.ObjectSpan != nil && possessedGroup(doc.Slice(*r.ObjectSpan)) {
		return senseDrop
	}
	switch r.Type {
	case Support:
		// "defends his decision", "OSCE defends record", "vigorously
		// defending the lawsuits": one's own act or case, no party
		if (lemma == "defend" || strings.HasPrefix(words[0], "defend")) && len(words) == 1 && (in(ownMatters) || r.Object == "" && leadIn(r.ObjectText, ownMatters)) {
			return senseDrop
		}
		// "shareholders approved the bond issue", "Shareholders of the
		// firm approved a convertible issue": a business act
		if (lemma == "approve" || strings.HasPrefix(words[0], "approv")) && (in(businessActs) || shareholdersBefore(doc, r)) {
			return senseDrop
		}
	case Withdraw:
		// "quit the ring", "retired from tennis": an athlete's retirement
		if in(sportsLeft) {
			return senseDrop
		}
	case Meet:
		// "would hold the weekly meeting of the cabinet": a routine session
		// of one's own body
		for _, w := range words {
			if routineMeetings[w] {
				return senseDrop
			}
		}
		// "France welcomes legal Tunisian residents": people admitted to
		// live, no meeting
		// (the head right after the trigger, whatever the object: a
		// nationality before "residents" is no party met)
		if (lemma == "welcome" || strings.HasPrefix(words[0], "welcom")) && (admittedPeople[head] || admittedPeople[objHead]) {
			return senseDrop
		}
	case Urge:
		// "appeal to the European Court of Human Rights": a legal appeal
		if lemma == "appeal" && (in(courtNouns) || r.ObjectSpan != nil && courtName(doc.Slice(*r.ObjectSpan))) {
			return senseDrop
		}
	case Criticize, Attack:
		// "lost the title when he fought Tyson", "fought him in the
		// final": a bout or a match, by the sentence's sports words
		if len(words) == 1 && boutWords[words[0]] && (sentenceHas(doc, r.Sentence, matchWords) || sentenceHas(doc, r.Sentence, boxingWords)) {
			return senseDrop
		}
	}
	return senseKeep
}

var (
	ownMatters = set("decision", "decisions", "record", "records", "policy", "policies", "action", "actions",
		"move", "moves", "choice", "lawsuit", "lawsuits", "suit", "suits", "case", "cases", "claim", "claims",
		"stance", "position", "handling", "conduct", "performance", "title", "titles", "crown",
		"championship", "verdict", "ruling", "strategy", "approach", "plan", "plans", "budget", "itself",
		"himself", "herself", "themselves")
	businessActs = set("issue", "issues", "bond", "bonds", "offering", "dividend", "split", "restructuring",
		"rights", "placement", "buyback", "accounts", "results", "capital")
	sportsLeft = set("ring", "sport", "boxing", "tennis", "football", "soccer", "cricket", "golf", "racing",
		"cycling", "athletics", "rugby", "baseball", "basketball", "hockey", "skiing", "swimming", "game")
	routineMeetings = set("weekly", "monthly", "daily", "fortnightly", "regular")
	admittedPeople  = set("residents", "immigrants", "migrants", "refugees", "workers", "students", "tourists",
		"visitors", "investment", "investors", "newcomers", "settlers")
	boutWords   = set("fight", "fights", "fought", "fighting", "battle", "battled", "battles", "battling")
	boxingWords = set("heavyweight", "middleweight", "welterweight", "lightweight", "bout", "bouts", "boxer",
		"boxing", "ring", "knockout", "knocked", "rounds")
	courtNouns = set("court", "courts", "tribunal", "judge", "judges", "commission")
)

// courtName says whether a name is a court's ("the European Court of
// Human Rights", "Supreme Court").
func courtName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w == "court" || w == "tribunal" {
			return true
		}
	}
	return false
}

// stateBeforeGroup says whether the mention at sp is a nationality or
// country before a group that does not act for the state: "Iranian exile
// group", "Iran's rebel Kurds", "Iran's Kurdish rebels".
func stateBeforeGroup(doc *document.Document, sp document.Span, end int) bool {
	if t := mentionType(doc, sp); t != document.MISC && t != document.LOC {
		return false
	}
	i := firstToken(doc, sp.End)
	for k := i; k < len(doc.Tokens) && k < i+3 && doc.Tokens[k].Start < end; k++ {
		raw := doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End]
		w := strings.ToLower(raw)
		if w == "'s" || w == "’s" {
			if k > i {
				return false
			}
			continue
		}
		if w == "exile" || w == "rebel" || nonStateGroups[w] && w != "opposition" {
			return true
		}
		// only a capitalised modifier between: "Iran's Kurdish rebels"
		if !unicode.IsUpper([]rune(raw)[0]) {
			return false
		}
	}
	return false
}

// possessedGroup says whether an object phrase is a country's group that
// does not act for it: "Iran's rebel Kurds", "Iraq's Kurdish rebels".
func possessedGroup(text string) bool {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(text, "’", "'")))
	for i, w := range ws {
		if !strings.HasSuffix(w, "'s") && w != "'s" {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+3)] {
			if x == "rebel" || x == "exile" || nonStateGroups[x] && x != "opposition" {
				return true
			}
		}
	}
	return false
}

// leadIn says whether one of the first four words of a phrase is in m
// ("the lawsuits filed in July", "the remaining four suits").
func leadIn(text string, m map[string]bool) bool {
	ws := strings.Fields(strings.ToLower(text))
	for _, w := range ws[:min(len(ws), 4)] {
		if m[w] {
			return true
		}
	}
	return false
}

// shareholdersBefore says whether the shareholders of a firm are named
// in r's sentence before its trigger ("Shareholders of the firm approved").
func shareholdersBefore(doc *document.Document, r *document.Relation) bool {
	for _, w := range strings.Fields(lowText(doc, r.Sentence.Start, r.Trigger.Start)) {
		if w == "shareholders" || w == "stockholders" || w == "shareholders'" {
			return true
		}
	}
	return false
}
