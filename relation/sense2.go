package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/document"
)

// Sense guards, round six (branch prec10): written from the wrong senses
// of precision set 10, US political news, where campaign language reuses
// the triggers of events: states "captured" in primaries, a candidate who
// "receives 1,265 delegates", "appeals to" or could "pull out" voters,
// "went to" a TV network to say something, a man "shot and wounded", "Mr.
// Cruz's attacks on the nomination process". Each rule names a kind of
// thing or a construction, never an article's names.

// campaignSense returns the verdict of the round-six guards on r
// (senseKeep when none applies).
func campaignSense(doc *document.Document, r *document.Relation, lemma string, words []string, head, objHead string) senseVerdict {
	switch r.Type {
	case Arrest:
		// "captured Virginia, Georgia and Texas", "captured his home state":
		// one arrests people, a place captured is no arrest
		if r.ObjectSpan != nil && r.Object != "" && mentionType(doc, *r.ObjectSpan) == document.LOC ||
			r.Object == "" && capturedPlaces[objHead] {
			return senseDrop
		}
	case Kill:
		// "shot and wounded President Reagan": nobody was killed
		if slices.ContainsFunc(words, func(w string) bool { return woundWords[w] }) {
			return senseAttack
		}
	case Meet:
		// "Trump receives 1,265 delegates": a count of votes won
		if (lemma == "receive" || lemma == "get" || lemma == "win") && electoralCount(doc, r.Trigger.End, r.Sentence.End) {
			return senseDrop
		}
	case Urge:
		// "Cruz appeals to Reagan Democrats": to attract, when nothing
		// asked of them follows ("appeals to voters to stay home" asks)
		if (words[0] == "appeals" || words[0] == "appeal") && len(words) == 2 && words[1] == "to" &&
			r.ObjectSpan != nil && !wordWithin(doc, r.ObjectSpan.End, r.Sentence.End, 12, callRequests) {
			return senseDrop
		}
	case Withdraw:
		// "could pull out voters": to bring voters to the polls
		if lemma == "pull" && (publicNouns[head] || publicNouns[objHead]) {
			return senseDrop
		}
		// "resign from her job": the post left is no party
		if r.Object == "" && postNouns[objHead] {
			return senseDrop
		}
	case Visit:
		// "he went to Fox News": an appearance on a broadcaster or paper
		if r.ObjectSpan != nil && r.Object != "" && mediaName(doc.Slice(*r.ObjectSpan)) || r.Object == "" && mediaNouns[objHead] {
			return senseDrop
		}
	case Agree:
		// "Mr. Manafort said he agreed with Mr. Cruz.": sharing a view,
		// no agreement reached
		if lemma == "agree" && slices.Contains(words, "with") && r.ObjectSpan != nil && r.ObjectSpan.Start >= r.Trigger.End &&
			mentionType(doc, *r.ObjectSpan) == document.PER && viewEnds[nextWord(doc, r.ObjectSpan.End, r.Sentence.End)] {
			return senseDrop
		}
	}
	return senseKeep
}

// capturedPlaces head a phrase that names a place.
var capturedPlaces = set("state", "states", "city", "cities", "town", "towns", "village", "villages", "county",
	"counties", "province", "provinces", "district", "districts", "region", "regions", "territory", "territories",
	"capital", "island", "islands", "country", "countries", "nation", "homeland")

// woundWords in a killing's trigger say the victim lived.
var woundWords = set("wounded", "wounding", "wounds", "wound", "injured", "injuring", "injures", "injure", "maimed")

// electoralUnits are what a candidate wins by count.
var electoralUnits = set("delegates", "delegate", "superdelegates", "votes", "vote", "percent", "points", "seats")

// electoralCount says whether the words after at start with a number
// and a unit of votes ("1,265 delegates", "52 percent of the vote").
func electoralCount(doc *document.Document, at, end int) bool {
	i := firstToken(doc, at)
	if i+1 >= len(doc.Tokens) || doc.Tokens[i+1].Start >= end {
		return false
	}
	w := doc.Text[doc.Tokens[i].Start:doc.Tokens[i].End]
	return (unicode.IsDigit([]rune(w)[0]) || numberWords[strings.ToLower(w)]) &&
		electoralUnits[lowText(doc, doc.Tokens[i+1].Start, doc.Tokens[i+1].End)]
}

// publicNouns are the public a candidate brings out: "pull out voters".
var publicNouns = set("voters", "supporters", "crowds", "crowd", "turnout", "vote", "base", "electorate",
	"followers", "fans")

// postNouns are posts and jobs: "resign from her job", "stepped down from
// the post".
var postNouns = set("job", "jobs", "post", "posts", "position", "role", "seat", "office", "duties", "career",
	"chairmanship", "presidency", "membership")

// mediaNouns head a phrase that names a broadcaster or a paper.
var mediaNouns = set("network", "networks", "channel", "channels", "newspaper", "newspapers", "airwaves",
	"radio", "television", "tv", "show", "program", "programme", "broadcaster", "studio", "studios", "magazine")

// mediaWords end the names of broadcasters and papers ("Fox News", "the
// New York Times", "CNN" is one word of the list).
var mediaWords = set("news", "tv", "television", "radio", "network", "channel", "times", "post", "journal",
	"herald", "tribune", "gazette", "magazine", "cnn", "msnbc", "cnbc", "abc", "nbc", "cbs", "pbs", "npr", "bbc")

// mediaName says whether a name is a broadcaster's or a paper's.
func mediaName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	return len(ws) > 0 && mediaWords[strings.Trim(ws[len(ws)-1], ".,'’")]
}

// viewEnds after "agreed with X" end the clause: X's view is shared,
// nothing is agreed on ("agreed with X on a truce" is an agreement).
var viewEnds = set("", ".", ",", ";", ":", "'s", "’s", "that", "\"", "”", "''", "and", "but")
