package relation

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Sense guards, round seven (branch prec11): written from the wrong senses
// and events of another kind of precision set 11, US political news of
// 2016: a host who "asked Trump about" his statements (a question, no
// request), "a real shot at succeeding" a president, "expressed a desire
// to shoot" someone, "went to the floor of the convention", "withdraw the
// Garland nomination", "Terry is a friend", a man who came to a country
// "to study". Each rule names a construction or a kind of thing, never an
// article's names.

// questionSense returns the verdict of the round-seven guards on r
// (senseKeep when none applies).
func questionSense(doc *document.Document, r *document.Relation, lemma string, words []string, head, objHead string) senseVerdict {
	switch r.Type {
	case Urge:
		// "asked Clinton about her email", "asked Mook if …": a question,
		// no request ("asked X to resign", "asked X for help" ask for a deed)
		if lemma == "ask" && len(words) == 1 && r.ObjectSpan != nil && r.ObjectSpan.Start >= r.Trigger.End &&
			questionWords[nextWord(doc, r.ObjectSpan.End, r.Sentence.End)] {
			return senseDrop
		}
	case Kill:
		// "a real shot at succeeding Obama": a chance, no shooting
		if slices.ContainsFunc(words, func(w string) bool { return w == "shot" || w == "shots" }) &&
			gerundAfterAt(words, nextWord(doc, r.Trigger.End, r.Sentence.End)) {
			return senseDrop
		}
		// "expressed a desire to shoot X": a wish, no killing
		if slices.ContainsFunc(words, func(w string) bool { return desireWords[w] }) {
			return senseDrop
		}
	case Visit:
		// "went to the floor of the convention", "took the stage": a place
		// inside a hall, no visit of a country or a city
		if r.Object == "" && floorNouns[objHead] || r.Object == "" && floorNouns[head] {
			return senseDrop
		}
		// "the Syrians arriving in the United States", "Muslims had to
		// travel to": a people (a plural name of a nationality or a faith)
		// that moves or migrates, no party's visit ("the Chinese team
		// arrived" is a team's)
		if r.SubjectSpan != nil && mentionType(doc, *r.SubjectSpan) == document.MISC && pluralPeople(doc.Slice(*r.SubjectSpan)) &&
			!modifiesNoun(doc, *r.SubjectSpan, r.Sentence.End) {
			return senseDrop
		}
		// "chose to come to the United States from India to study": a
		// move to live or study there, no visit
		if (lemma == "come" || lemma == "move" || lemma == "immigrate") && r.ObjectSpan != nil &&
			r.ObjectSpan.Start >= r.Trigger.End && settleAfter(doc, r.ObjectSpan.End, r.Sentence.End) {
			return senseDrop
		}
	case Withdraw:
		// "withdraw the Garland nomination": the name modifies the thing
		// taken back, no body left
		if r.ObjectSpan != nil && r.ObjectSpan.Start >= r.Trigger.End && !slices.Contains(words, "from") &&
			(r.Object != "" && withdrawnThings[nextWord(doc, r.ObjectSpan.End, r.Sentence.End)] ||
				r.Object == "" && withdrawnNear(phraseAfter(doc, r.Trigger.End, r.Sentence.End))) &&
			!wordWithin(doc, r.Trigger.End, r.Sentence.End, 6, set("from")) {
			return senseDrop
		}
	case Support:
		// "Terry is a friend": a tie between people, no act of support
		if len(words) == 1 && (words[0] == "friend" || words[0] == "friends") {
			return senseDrop
		}
	}
	return senseKeep
}

// questionWords after "asked X" make it a question: "asked X about",
// "asked X if", "asked X whether", "asked X why".
var questionWords = set("about", "if", "whether", "why", "how", "what", "when", "where", "who", "which")

// desireWords in a trigger make the act a wish: "expressed a desire to".
var desireWords = set("desire", "desires", "wish", "wishes", "wished", "want", "wants", "wanted", "hope", "hoped")

// floorNouns head a place inside a hall: "went to the floor", "to the
// podium", "took the stage".
var floorNouns = set("floor", "podium", "stage", "lectern", "microphone", "mic", "pulpit", "rostrum", "dais")

// settleVerbs after "to" say why one came to stay: "to study", "to live".
var settleVerbs = set("study", "live", "settle", "work", "attend", "raise")

// gerundAfterAt says whether a trigger's words (or the word after them,
// next) put a verb in -ing after "at": "a shot at succeeding", "a shot at
// winning".
func gerundAfterAt(words []string, next string) bool {
	i := slices.Index(words, "at")
	switch {
	case i < 0:
		return false
	case i+1 < len(words):
		return strings.HasSuffix(words[i+1], "ing")
	default:
		return strings.HasSuffix(next, "ing")
	}
}

// settleAfter says whether the words after at (up to end) say the mover
// came to study or live there: "to study for a degree", within 8 words.
func settleAfter(doc *document.Document, at, end int) bool {
	i := firstToken(doc, at)
	for k := i; k+1 < len(doc.Tokens) && k < i+8 && doc.Tokens[k+1].Start < end; k++ {
		if lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End) == "to" &&
			settleVerbs[lowText(doc, doc.Tokens[k+1].Start, doc.Tokens[k+1].End)] {
			return true
		}
	}
	return false
}

// withdrawnNear says whether one of the first four words after a
// withdrawal's trigger is a thing taken back: "the Ward nomination".
func withdrawnNear(after []string) bool {
	return slices.ContainsFunc(after[:min(4, len(after))], func(w string) bool { return withdrawnThings[w] })
}

// pluralPeople says whether a name is a people's plural: "Syrians",
// "Central Americans", "Muslims" (a capitalised last word ending in s).
func pluralPeople(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w[0] >= 'A' && w[0] <= 'Z'
}
