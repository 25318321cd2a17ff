package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/document"
)

// Sense guards, round nine (branch prec13): written from the wrong rows of
// precision set 13, Reuters wire news of 1996 (CoNLL-2003's train and dev
// texts). Each rule names a kind of thing or a construction of English
// news, never an article's names: a labour strike is no attack; a match
// in a sports report is no meeting; a nationality before rebels or
// guerrillas does not make the state their actor; a committee between two
// parties that meets is no meeting of the parties; a lawsuit is no
// accusation in words; an opponent of an issue holds a standing; vouching
// for the accuracy of a story supports no party; "bomb its way back" has
// no object; a withdrawal must name what is left.

// prec13Sense returns the verdict of the round-nine guards on r (senseKeep
// when none applies).
func prec13Sense(doc *document.Document, r *document.Relation, lemma string, words []string, head, objHead string, sport *sportsMemo) senseVerdict {
	// "Sierra Leonean rebels killed", "the Irish guerrilla bombing": a
	// nationality before a group that does not act for its state
	if r.SubjectSpan != nil && mentionType(doc, *r.SubjectSpan) == document.MISC && nonStateGroupAfter(doc, *r.SubjectSpan, r.Sentence.End) &&
		!groupSubject(doc, r) { // the group itself acts (audit4.go)
		return senseDrop
	}
	// "he added they had difficulty remembering their visits to X": the
	// one who speaks is not the agent of the clause he reports, whose
	// subject "they" is another party
	if r.SubjectSpan != nil && singularSpeaker(doc, *r.SubjectSpan) && theyClause(doc, r) {
		return senseDrop
	}
	// "bomb its way back into", "fought their way to": no party as object
	if r.Object == "" && r.ObjectText != "" && wayObject(r.ObjectText) {
		return senseDrop
	}
	switch r.Type {
	case Attack:
		// "a general strike", "went on strike", "a strike by workers",
		// "strike action": a labour strike, no attack
		if lemma == "strike" && labourStrike(doc, r, words) {
			return senseDrop
		}
		// "striking the theme of", "struck a similar tune"
		if (lemma == "strike" || lemma == "hit") && len(words) == 1 && (strikeNotes[head] && r.Object == "" || strikeNotes[objHead]) {
			return senseDrop
		}
	case Meet:
		// "Agassi meets Alami in the first round": a match in a sports
		// report
		// (the document's test last: it reads every token)
		if (lemma == "meet" || lemma == "host") && (sportsScore(doc, r.Sentence) || sentenceHas(doc, r.Sentence, matchWords)) && sport.is() {
			return senseDrop
		}
		// "a committee monitoring the agreement between A and B will
		// meet": the body meets, not the parties
		if lemma == "meet" && len(words) == 1 && r.SubjectSpan != nil && r.ObjectSpan != nil &&
			r.SubjectSpan.End <= r.Trigger.Start && r.ObjectSpan.End <= r.Trigger.Start &&
			bodyBeforeBetween(doc, min(r.SubjectSpan.Start, r.ObjectSpan.Start), r.Sentence.Start) {
			return senseDrop
		}
	case Accuse:
		// "filed a lawsuit against", "sued": a civil action in court, no
		// accusation in words (a court's charge is an arrest)
		if slices.ContainsFunc(words, func(w string) bool { return lawsuitWords[w] }) {
			return senseDrop
		}
	case Criticize:
		// "a vehement opponent of abortion": a standing on an issue, no
		// act against a party
		if len(words) == 1 && issueStandingNouns[words[0]] && r.Object == "" {
			return senseDrop
		}
		// "accused Serbia's opposition of stirring up unrest", "the
		// Serbian opposition": the opposition parties, not a country
		// opposing something
		if len(words) == 1 && words[0] == "opposition" && r.SubjectSpan != nil && r.SubjectSpan.End <= r.Trigger.Start &&
			!opposedMarkers[nextWord(doc, r.Trigger.End, r.Sentence.End)] {
			if t := mentionType(doc, *r.SubjectSpan); (t == document.LOC || t == document.MISC) &&
				strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(doc.Text[r.SubjectSpan.End:r.Trigger.Start], " "), "'s")) == "" {
				return senseDrop
			}
		}
	case Support:
		// "does not vouch for their accuracy": a story's truth, no party
		if lemma == "vouch" && r.Object == "" && truthNouns[objHead] {
			return senseDrop
		}
	case Withdraw:
		// "if Armenian forces pull out", "had quickly withdrawn further
		// west": the guidelines' withdrawal names the event, agreement,
		// body or place left
		// ("pulled out troops from the Gaza Strip" takes the place after
		// "from" as what is left)
		if r.Object == "" && r.ObjectText == "" {
			if m := mentionAfterFrom(doc, r.Trigger.End, r.Sentence.End); m != nil && m.Entity != r.Subject {
				r.Object = m.Entity
				r.ObjectSpan = &document.Span{Start: m.Start, End: m.End}
				return senseKeep
			}
			// "Prospects for the Singapore summit … Trump announced that he
			// was pulling out": what is left is the event or agreement
			// last named before the trigger, in its sentence or the two
			// before
			if intransitiveWithdrawal(doc, r) {
				if sp, ok := leftFromContext(doc, r.Trigger.Start, r.Sentence.Start); ok {
					r.ObjectSpan = &sp
					r.ObjectText = doc.Slice(sp)
					return senseKeep
				}
			}
			return senseDrop
		}
	}
	return senseKeep
}

// leftNouns are heads of what a party withdraws from without naming it
// again: an event, a negotiation, an agreement or a contest.
var leftNouns = set("summit", "talks", "negotiations", "deal", "agreement", "accord", "treaty", "pact",
	"race", "contest", "election", "primary", "coalition", "alliance", "ceasefire", "truce", "tournament",
	"games", "olympics", "bid")

// intransitiveWithdrawal says whether r's trigger is a withdrawal said
// without its object ("he was pulling out — and then", "withdrew on the
// eve of"): the next word is no preposition or pronoun that would start
// one ("pulling out of bases", "withdraws him from"), and the subject is
// not a force ("Armenian forces pull out": they leave a place, no event).
func intransitiveWithdrawal(doc *document.Document, r *document.Relation) bool {
	switch nextWord(doc, r.Trigger.End, r.Sentence.End) {
	case "of", "from", "him", "her", "them", "it", "its", "his", "their", "the", "a", "an", "all", "some":
		return false
	}
	if r.SubjectSpan == nil {
		return false
	}
	switch nextWord(doc, r.SubjectSpan.End, len(doc.Text)) {
	case "forces", "troops", "soldiers", "units", "army", "military", "peacekeepers", "contingent":
		return false
	}
	return true
}

// leftFromContext returns the noun phrase ("the Singapore summit", "the
// nuclear deal") whose head is one of leftNouns, the last one before at
// in the sentence starting at sentStart or the two sentences before it:
// from its determiner (the, a, an or a possessive) to the head, at most
// four words between, no punctuation. ok is false when there is none.
func leftFromContext(doc *document.Document, at, sentStart int) (document.Span, bool) {
	si := doc.SentenceAt(sentStart)
	from := sentStart
	if si >= 2 {
		from = doc.Sentences[si-2].Start
	} else if si == 1 {
		from = doc.Sentences[0].Start
	}
	lo := firstToken(doc, from)
	for k := firstToken(doc, at) - 1; k >= lo; k-- {
		w := lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)
		if !leftNouns[w] {
			continue
		}
		// the head must end its phrase: "the summit talks" is headed by talks
		if k+1 < len(doc.Tokens) {
			next := lowText(doc, doc.Tokens[k+1].Start, doc.Tokens[k+1].End)
			if leftNouns[next] || next == "-" {
				continue
			}
		}
		for j := k - 1; j >= lo && j >= k-5; j-- {
			d := lowText(doc, doc.Tokens[j].Start, doc.Tokens[j].End)
			if d == "the" || d == "a" || d == "an" || possessivePronouns[d] {
				return document.Span{Start: doc.Tokens[j].Start, End: doc.Tokens[k].End}, true
			}
			if !unicode.IsLetter([]rune(d)[0]) && !unicode.IsDigit([]rune(d)[0]) {
				break
			}
		}
	}
	return document.Span{}, false
}

// nonStateGroups are armed or political groups that do not act for the
// state their nationality names.
var nonStateGroups = set("rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents", "separatist",
	"separatists", "militant", "militants", "opposition", "rebellion", "insurgency", "gunmen", "militia",
	"militias", "militiamen", "extremists", "fundamentalists", "dissidents", "exiles", "underground")

// nonStateGroupAfter says whether one of nonStateGroups follows the
// mention at sp (before end), right after it or after one lower-case
// word ("Muslim rebels", "Tamil separatist guerrillas"), with no
// punctuation between.
func nonStateGroupAfter(doc *document.Document, sp document.Span, end int) bool {
	i := firstToken(doc, sp.End)
	for k := i; k < len(doc.Tokens) && k < i+2 && doc.Tokens[k].Start < end; k++ {
		w := lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)
		if nonStateGroups[w] {
			return true
		}
		if w == "," || w == "'s" || w == "(" || w == "-" {
			return false
		}
	}
	return false
}

// wayObject says whether an object phrase is "its way", "their way back":
// the idiom of making one's way, no party.
func wayObject(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	return len(ws) >= 2 && possessivePronouns[ws[0]] && ws[1] == "way"
}

var possessivePronouns = set("its", "their", "his", "her", "our", "my", "your")

// labourStrikes before "strike" make it a labour strike: "a general
// strike", "a hunger strike", "a rail strike".
var labourStrikes = set("general", "hunger", "labour", "labor", "national", "nationwide", "wildcat", "token",
	"sympathy", "sit-down", "rail", "railway", "transport", "dock", "postal", "teachers", "teachers'", "workers",
	"workers'", "miners", "miners'", "doctors'", "nurses'", "union", "one-day", "two-day", "three-day",
	"24-hour", "48-hour", "indefinite", "pay", "public-sector", "bus", "truckers'")

// strikeWorkers are the people who strike for pay.
var strikeWorkers = set("workers", "employees", "staff", "miners", "teachers", "doctors", "nurses", "drivers",
	"dockers", "unions", "union", "pilots", "truckers", "civil", "students", "shopkeepers", "merchants",
	"traders", "farmers", "strikers")

// labourStrike says whether the strike trigger of r is a labour one: a
// labour modifier before it ("a general strike"), "on strike", "strike
// action", "strike by workers", "striking workers".
func labourStrike(doc *document.Document, r *document.Relation, words []string) bool {
	prev := prevWord(doc, r.Trigger.Start, r.Sentence.Start)
	next := nextWord(doc, r.Trigger.End, r.Sentence.End)
	if len(words) == 1 && (words[0] == "strike" || words[0] == "strikes") {
		if labourStrikes[prev] || prev == "on" || next == "action" || next == "called" || next == "over" && wordWithin(doc, r.Trigger.End, r.Sentence.End, 3, payWords) {
			return true
		}
		if next == "by" && wordWithin(doc, r.Trigger.End, r.Sentence.End, 4, strikeWorkers) {
			return true
		}
	}
	// "striking workers", "the miners struck"
	if len(words) == 1 && (words[0] == "striking" && strikeWorkers[next] || words[0] != "striking" && strikeWorkers[prev]) {
		return true
	}
	return false
}

// payWords follow "strike over" in a labour dispute.
var payWords = set("pay", "wages", "wage", "salaries", "pensions", "jobs", "conditions", "hours", "layoffs")

// strikeNotes after "strike" make it a tone or theme struck, no attack.
var strikeNotes = set("theme", "themes", "tune", "tunes", "message", "messages", "notes", "chords", "tones",
	"posture", "stance", "attitude", "bargains")

// matchWords in a sentence of a sports report make a meeting a match.
var matchWords = set("round", "final", "finals", "semis", "semifinals", "semi-finals", "quarter-finals",
	"quarterfinals", "opener", "rematch", "title", "seeded", "seed", "champion", "defending")

// meetBodies are bodies that meet on their own.
var meetBodies = set("committee", "commission", "council", "panel", "board", "body", "group", "tribunal",
	"assembly", "forum", "mechanism", "mission", "team", "authority", "secretariat")

// bodyBeforeBetween says whether the list of names that holds the token
// at at follows "between" or "among", with a body among the eight words
// before it: "a committee monitoring the ceasefire between A and B".
func bodyBeforeBetween(doc *document.Document, at, start int) bool {
	for k := firstToken(doc, at) - 1; k >= 0 && doc.Tokens[k].Start >= start; k-- {
		w := doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End]
		if w == "between" || w == "among" {
			for j := k - 1; j >= 0 && j >= k-8 && doc.Tokens[j].Start >= start; j-- {
				if meetBodies[lowText(doc, doc.Tokens[j].Start, doc.Tokens[j].End)] {
					return true
				}
			}
			return false
		}
		if w == "," || w == "and" || unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		return false
	}
	return false
}

// lawsuitWords in an accusation trigger make it a civil action.
var lawsuitWords = set("sue", "sued", "sues", "suing", "lawsuit", "lawsuits", "suit", "suits")

// issueStandingNouns name a standing on an issue when their object is no
// party ("an opponent of abortion").
var issueStandingNouns = set("opponent", "opponents", "foe", "foes", "adversary", "adversaries")

// opposedMarkers after "opposition" make it a stance ("opposition to").
var opposedMarkers = set("to", "against", "toward", "towards", "from", "over")

// truthNouns name the truth of a story, no party vouched for.
var truthNouns = set("accuracy", "authenticity", "veracity", "truth", "reliability", "validity", "credibility",
	"correctness", "accuracies")

// titledPersonApposed returns the person named in apposition after a
// title whose country or body is the mention at sp, with the post's
// place between ("The U.S. ambassador to the United Nations, Madeleine
// Albright, arrived"), nil if none.
func titledPersonApposed(doc *document.Document, sp document.Span, end int) *document.Mention {
	if t := mentionType(doc, sp); t == "" || t == document.PER {
		return nil
	}
	i := firstToken(doc, sp.End)
	k := i
	for k < len(doc.Tokens) && k < i+4 && doc.Tokens[k].Start < end && (titleWords[lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)] ||
		k == i && serviceWords[lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)]) {
		k++
	}
	// "ambassador to the UN, X"; "army commander in the region, General
	// X" (prec14)
	if k == i || k >= len(doc.Tokens) || doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End] != "to" && doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End] != "in" {
		return nil
	}
	// the post's place: up to six tokens, then a comma
	j := k + 1
	for j < len(doc.Tokens) && j < k+8 && doc.Tokens[j].Start < end && doc.Text[doc.Tokens[j].Start:doc.Tokens[j].End] != "," {
		j++
	}
	if j == k+1 || j+1 >= len(doc.Tokens) || doc.Tokens[j+1].Start >= end || doc.Text[doc.Tokens[j].Start:doc.Tokens[j].End] != "," {
		return nil
	}
	// a rank before the name: ", General X"
	for r := j + 1; r < len(doc.Tokens) && r < j+3 && doc.Tokens[r].Start < end; r++ {
		for n := range doc.Mentions {
			m := &doc.Mentions[n]
			if m.Start == doc.Tokens[r].Start && m.Type == document.PER && m.Entity != "" {
				return m
			}
		}
		if !titleWords[strings.ToLower(strings.TrimSuffix(doc.Text[doc.Tokens[r].Start:doc.Tokens[r].End], "."))] {
			break
		}
	}
	return nil
}

// singularSpeaker says whether the mention at sp is one person: "he",
// "she" or a person's name.
func singularSpeaker(doc *document.Document, sp document.Span) bool {
	w := lowSlice(doc, sp)
	return w == "he" || w == "she" || mentionType(doc, sp) == document.PER
}

// reportVerbs report a clause after them.
var reportVerbs = set("said", "says", "say", "added", "adds", "explained", "believes", "believed", "thinks",
	"thought", "argued", "insisted", "claimed", "noted", "stressed", "told", "recalled", "admitted", "conceded")

// theyClause says whether r's subject is followed, within four tokens, by
// a verb of reporting whose clause opens with "they" (after an optional
// "that") before r's trigger.
func theyClause(doc *document.Document, r *document.Relation) bool {
	k, last := verbAfterSubject(doc, r, reportVerbs)
	if k < 0 {
		return false
	}
	at := k + 1
	if at < last && lowText(doc, doc.Tokens[at].Start, doc.Tokens[at].End) == "that" {
		at++
	}
	return at < last && lowText(doc, doc.Tokens[at].Start, doc.Tokens[at].End) == "they"
}

// serviceWords name the service before a title: "the Russian army
// commander".
var serviceWords = set("army", "military", "navy", "naval", "police", "border", "security", "intelligence")
