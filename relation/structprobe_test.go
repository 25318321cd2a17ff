package relation_test

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
)

// The structure probe (branch structprobe): each interaction type's main
// triggers (GUIDELINES.md's table), each put into the sentence structures
// that news uses everywhere — adverbs in the verb group, modals and the
// perfect, coordinated subjects and objects, passives, appositives and
// relative clauses on the subject, fronted adjuncts, reported speech,
// negation, nominalisations — and run through the whole pipeline (the
// tagger, coreference and quotes included) with the parties named in
// full in a first sentence. All sentences are written for the test.
//
// TestStructProbe asserts every cell but those in probeKnownFails, the
// structures still missed (listed so that a fix shows as a new pass);
// with NEWSGRAPH_PROBE=1 it prints the table of failures per type and
// variant instead of failing.

// A probeParty is one side of an interaction: the name in the sentences,
// its full name (the entity's name), the pronoun that refers to it, an
// appositive and a relative clause that may follow it.
type probeParty struct {
	short, full, pron, appos, rel, title, dem string
}

// A probeTrigger is one trigger in its forms: base ("meet"), third person
// ("meets"), past ("met"), participle ("met") and gerund ("meeting"),
// each with what must follow it before the object; tail follows the
// object ("for the losses"); noun, when set, is a nominalisation with %s
// for the subject and the object ("%s's meeting with %s").
type probeTrigger struct {
	base, s, past, pp, ing, tail, noun string
}

// A probeType is one interaction type with its parties: subject s and
// object o, second subject s2 and second object o2 for coordination.
type probeType struct {
	typ              string
	ctx              string
	s, o, s2, o2     probeParty
	triggers         []probeTrigger
	symmetric, place bool
}

var (
	pTrump  = probeParty{"Trump", "Donald Trump", "he", "the former president", "who leads the party", "President", "American"}
	pPutin  = probeParty{"Putin", "Vladimir Putin", "he", "the Russian leader", "who leads Russia", "Russian President", "Russian"}
	pMerkel = probeParty{"Merkel", "Angela Merkel", "she", "the German chancellor", "who leads Germany", "German Chancellor", "German"}
	pMacron = probeParty{"Macron", "Emmanuel Macron", "he", "the French president", "who leads France", "French President", "French"}
	pObama  = probeParty{"Obama", "Barack Obama", "he", "the former president", "who left office in 2017", "former President", "American"}
	pBiden  = probeParty{"Biden", "Joe Biden", "he", "the vice president", "who served two terms", "Vice President", "American"}
	pClint  = probeParty{"Clinton", "Hillary Clinton", "she", "the nominee", "who ran in 2016", "former Secretary of State", "American"}
	pSand   = probeParty{"Sanders", "Bernie Sanders", "he", "the senator", "who ran in 2016", "Senator", "American"}
	pRussia = probeParty{"Russia", "Russia", "it", "a nuclear power", "which has a large army", "", "Russian"}
	pBelar  = probeParty{"Belarus", "Belarus", "it", "a close ally", "which has a small army", "", "Belarusian"}
	pUkr    = probeParty{"Ukraine", "Ukraine", "it", "", "", "", ""}
	pGeorg  = probeParty{"Georgia", "Georgia", "it", "", "", "", ""}
	pBrit   = probeParty{"Britain", "Britain", "it", "a permanent member of the council", "which has a seat on the council", "", "British"}
	pFrance = probeParty{"France", "France", "it", "a permanent member of the council", "which has a seat on the council", "", "French"}
	pIran   = probeParty{"Iran", "Iran", "it", "", "", "", "Iranian"}
	pChina  = probeParty{"China", "China", "it", "", "", "", "Chinese"}
	pBeij   = probeParty{"Beijing", "Beijing", "it", "", "", "", ""}
	pShang  = probeParty{"Shanghai", "Shanghai", "it", "", "", "", ""}
	pEU     = probeParty{"the European Union", "European Union", "it", "", "", "", ""}
	pNATO   = probeParty{"NATO", "NATO", "it", "", "", "", ""}
	pFBI    = probeParty{"the FBI", "FBI", "it", "the federal police agency", "which reports to the Justice Department", "", ""}
	pIntrp  = probeParty{"Interpol", "Interpol", "it", "the international police agency", "which has its seat in Lyon", "", ""}
	pManaf  = probeParty{"Manafort", "Paul Manafort", "him", "", "", "lobbyist", ""}
	pGates  = probeParty{"Gates", "Rick Gates", "him", "", "", "lobbyist", ""}
	pHale   = probeParty{"Hale", "Mark Hale", "he", "a former soldier", "who lived in Texas", "", ""}
	pDunn   = probeParty{"Dunn", "Peter Dunn", "he", "a retired teacher", "who lived in Ohio", "", ""}
	pWard   = probeParty{"Ward", "Tom Ward", "him", "", "", "", ""}
	pBaker  = probeParty{"Baker", "Lisa Baker", "her", "", "", "", ""}
)

const (
	ctxLeaders   = "Donald Trump, Vladimir Putin, Angela Merkel and Emmanuel Macron are world leaders."
	ctxDemocrats = "Barack Obama, Joe Biden, Hillary Clinton and Bernie Sanders are Democrats."
	ctxStates    = "Britain, France, Russia, Belarus, Ukraine, Georgia, China and Iran are states."
)

func verb(base, s, past, pp, ing string) probeTrigger {
	return probeTrigger{base: base, s: s, past: past, pp: pp, ing: ing}
}

func (t probeTrigger) with(tail, noun string) probeTrigger {
	t.tail, t.noun = tail, noun
	return t
}

var probeTypes = []probeType{
	{typ: "meet", ctx: ctxLeaders, s: pTrump, o: pPutin, s2: pMerkel, o2: pMacron, symmetric: true, triggers: []probeTrigger{
		verb("meet", "meets", "met", "met", "meeting").with("", "%s's meeting with %s"),
		verb("hold talks with", "holds talks with", "held talks with", "held talks with", "holding talks with").with("", "talks between %s and %s"),
	}},
	{typ: "visit", ctx: ctxLeaders + " Beijing and Shanghai are cities.", s: pTrump, o: pBeij, s2: pMerkel, o2: pShang, place: true, triggers: []probeTrigger{
		verb("visit", "visits", "visited", "visited", "visiting").with("", "%s's visit to %s"),
		verb("travel to", "travels to", "traveled to", "traveled to", "traveling to").with("", "%s's trip to %s"),
	}},
	{typ: "invite", ctx: ctxLeaders, s: pTrump, o: pPutin, s2: pMerkel, o2: pMacron, triggers: []probeTrigger{
		verb("invite", "invites", "invited", "invited", "inviting").with(" to Washington", "%s's invitation to %s"),
	}},
	{typ: "sanction", ctx: ctxStates, s: pBrit, o: pRussia, s2: pFrance, o2: pIran, triggers: []probeTrigger{
		verb("sanction", "sanctions", "sanctioned", "sanctioned", "sanctioning").with(" over the war", ""),
		verb("impose sanctions on", "imposes sanctions on", "imposed sanctions on", "imposed sanctions on", "imposing sanctions on").with(" over the war", "%s's sanctions on %s"),
	}},
	{typ: "accuse", ctx: ctxLeaders + " China is a state.", s: pTrump, o: pPutin, s2: pMerkel, o2: pChina, triggers: []probeTrigger{
		verb("accuse", "accuses", "accused", "accused", "accusing").with(" of lying", "%s's accusations against %s"),
		verb("blame", "blames", "blamed", "blamed", "blaming").with(" for the losses", ""),
	}},
	{typ: "threaten", ctx: ctxLeaders, s: pTrump, o: pPutin, s2: pMerkel, o2: pMacron, triggers: []probeTrigger{
		verb("threaten", "threatens", "threatened", "threatened", "threatening").with(" with sanctions", "%s's threats against %s"),
	}},
	{typ: "attack", ctx: ctxStates, s: pRussia, o: pUkr, s2: pBelar, o2: pGeorg, triggers: []probeTrigger{
		verb("attack", "attacks", "attacked", "attacked", "attacking").with("", "%s's attack on %s"),
		verb("invade", "invades", "invaded", "invaded", "invading").with("", "%s's invasion of %s"),
		verb("bomb", "bombs", "bombed", "bombed", "bombing").with("", ""),
	}},
	{typ: "kill", ctx: "Mark Hale, Peter Dunn, Tom Ward and Lisa Baker lived in the town.", s: pHale, o: pWard, s2: pDunn, o2: pBaker, triggers: []probeTrigger{
		verb("kill", "kills", "killed", "killed", "killing").with(" in the town", "%s's killing of %s"),
		verb("shoot dead", "shoots dead", "shot dead", "shot dead", "shooting dead").with("", ""),
	}},
	{typ: "arrest", ctx: "The FBI and Interpol are police agencies. Paul Manafort and Rick Gates are lobbyists.", s: pFBI, o: pManaf, s2: pIntrp, o2: pGates, triggers: []probeTrigger{
		verb("arrest", "arrests", "arrested", "arrested", "arresting").with(" in Virginia", "%s's arrest of %s"),
		verb("detain", "detains", "detained", "detained", "detaining").with(" in Virginia", ""),
	}},
	{typ: "agree", ctx: ctxStates, s: pBrit, o: pChina, s2: pFrance, o2: pIran, symmetric: true, triggers: []probeTrigger{
		verb("sign a deal with", "signs a deal with", "signed a deal with", "signed a deal with", "signing a deal with").with(" on trade", "%s's deal with %s"),
		verb("reach an agreement with", "reaches an agreement with", "reached an agreement with", "reached an agreement with", "reaching an agreement with").with(" on trade", "%s's agreement with %s"),
	}},
	{typ: "urge", ctx: ctxLeaders, s: pTrump, o: pPutin, s2: pMerkel, o2: pMacron, triggers: []probeTrigger{
		verb("urge", "urges", "urged", "urged", "urging").with(" to end the war", ""),
		verb("call on", "calls on", "called on", "called on", "calling on").with(" to end the war", ""),
	}},
	{typ: "withdraw", ctx: ctxStates + " The European Union and NATO are alliances.", s: pBrit, o: pEU, s2: pFrance, o2: pNATO, triggers: []probeTrigger{
		verb("withdraw from", "withdraws from", "withdrew from", "withdrawn from", "withdrawing from").with("", "%s's withdrawal from %s"),
		verb("pull out of", "pulls out of", "pulled out of", "pulled out of", "pulling out of").with("", ""),
	}},
	{typ: "support", ctx: ctxDemocrats, s: pObama, o: pClint, s2: pBiden, o2: pSand, triggers: []probeTrigger{
		verb("support", "supports", "supported", "supported", "supporting").with("", "%s's support for %s"),
		verb("endorse", "endorses", "endorsed", "endorsed", "endorsing").with("", "%s's endorsement of %s"),
		verb("praise", "praises", "praised", "praised", "praising").with("", "%s's praise for %s"),
	}},
	{typ: "criticize", ctx: ctxLeaders, s: pTrump, o: pPutin, s2: pMerkel, o2: pMacron, triggers: []probeTrigger{
		verb("criticize", "criticizes", "criticized", "criticized", "criticizing").with("", "%s's criticism of %s"),
		verb("condemn", "condemns", "condemned", "condemned", "condemning").with("", "%s's condemnation of %s"),
	}},
}

// A probeVariant builds one sentence from a type and a trigger; want is
// the pairs expected ("S > O" by full name), mood the modality expected
// of them ("!" before it when negated; empty: not checked). ok is false
// when the variant does not apply to the trigger.
type probeVariant struct {
	name  string
	build func(p probeType, t probeTrigger) (text string, want []string, mood string, ok bool)
}

// helpers over a type and a trigger
func obj(p probeType, t probeTrigger) string  { return p.o.short + t.tail }
func objs(p probeType, t probeTrigger) string { return p.o.short + " and " + p.o2.short + t.tail }
func pair(a, b probeParty) string             { return a.full + " > " + b.full }
func one(p probeType) []string                { return []string{pair(p.s, p.o)} }
func capital(s string) string                 { return strings.ToUpper(s[:1]) + s[1:] }
func single(t probeTrigger) bool              { return !strings.Contains(t.pp, " ") }
func simple(text string) (string, bool)       { return text, true }

// describe turns a party's title into a description: "Russian
// President" → "Russian president".
func describe(p probeParty) string {
	words := strings.Fields(p.title)
	for i, w := range words {
		if w != p.dem {
			words[i] = strings.ToLower(w)
		}
	}
	return strings.Join(words, " ")
}

func verbSentence(subj, vg string, p probeType, t probeTrigger) string {
	return capital(subj) + " " + vg + " " + obj(p, t) + "."
}

// pre returns a variant with words before the past-tense verb.
func pre(name, words, mood string) probeVariant {
	return probeVariant{name, func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, words+" "+t.past, p, t), one(p), mood, true
	}}
}

// pres returns a variant with words before the third-person verb.
func pres(name, words string) probeVariant {
	return probeVariant{name, func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, words+" "+t.s, p, t), one(p), "", true
	}}
}

var probeVariants = []probeVariant{
	{"plain past", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, t.past, p, t), one(p), "happened", true
	}},
	{"plain present", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, t.s, p, t), one(p), "", true
	}},
	pres("often + present", "often"),
	pres("sometimes + present", "sometimes"),
	pres("always + present", "always"),
	pres("usually + present", "usually"),
	pre("often + past", "often", ""),
	pre("manner -ly (openly)", "openly", ""),
	pre("manner -ly (bitterly)", "bitterly", ""),
	pre("manner -ply (sharply)", "sharply", ""),
	pre("manner -ply (simply)", "simply", ""),
	pre("sentence adverb (apparently)", "apparently", ""),
	pre("sentence adverb (reportedly)", "reportedly", ""),
	pre("also", "also", ""),
	pre("soon", "soon", ""),
	pre("almost", "almost", ""),
	pre("then", "then", ""),
	pre("time between (on Tuesday)", "on Tuesday", ""),
	pre("time between (last week)", "last week", ""),
	{"comma adverb (, however,)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short+", however,", t.past, p, t), one(p), "", true
	}},
	{"modal will", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "will "+t.base, p, t), one(p), "planned", true
	}},
	{"modal could", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "could "+t.base, p, t), one(p), "hypothetical", true
	}},
	{"perfect has", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "has "+t.pp, p, t), one(p), "happened", true
	}},
	{"perfect has long", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "has long "+t.pp, p, t), one(p), "", true
	}},
	{"perfect has often", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "has often "+t.pp, p, t), one(p), "", true
	}},
	{"progressive", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "is "+t.ing, p, t), one(p), "", true
	}},
	{"negation did not", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "did not "+t.base, p, t), one(p), "!happened", true
	}},
	{"negation has never", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "has never "+t.pp, p, t), one(p), "!happened", true
	}},
	{"coordinated subjects", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short+" and "+p.s2.short, t.past, p, t), []string{pair(p.s, p.o), pair(p.s2, p.o)}, "", true
	}},
	{"coordinated subjects + often", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short+" and "+p.s2.short, "often "+t.base, p, t), []string{pair(p.s, p.o), pair(p.s2, p.o)}, "", true
	}},
	{"both objects", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + " " + t.past + " both " + objs(p, t) + ".", []string{pair(p.s, p.o), pair(p.s, p.o2)}, "", true
	}},
	{"emphatic reflexive (X himself)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		refl := map[string]string{"he": "himself", "she": "herself", "it": "itself"}[p.s.pron]
		if refl == "" {
			return "", nil, "", false
		}
		return verbSentence(p.s.short+" "+refl, t.past, p, t), one(p), "", true
	}},
	{"coordinated objects", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + " " + t.past + " " + objs(p, t) + ".", []string{pair(p.s, p.o), pair(p.s, p.o2)}, "", true
	}},
	{"passive by-agent", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if !single(t) {
			return "", nil, "", false
		}
		return capital(p.o.short) + " was " + t.pp + " by " + p.s.short + t.tail + ".", one(p), "", true
	}},
	{"appositive subject", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.s.appos == "" {
			return "", nil, "", false
		}
		return verbSentence(p.s.short+", "+p.s.appos+",", t.past, p, t), one(p), "", true
	}},
	{"relative clause on subject", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.s.rel == "" {
			return "", nil, "", false
		}
		return verbSentence(p.s.short+", "+p.s.rel+",", t.past, p, t), one(p), "", true
	}},
	{"participle clause before", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return "Speaking to reporters, " + verbSentence(p.s.short, t.past, p, t), one(p), "", true
	}},
	{"participle clause after", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + " " + t.past + " " + obj(p, t) + ", saying the time was right.", one(p), "", true
	}},
	{"trigger as participle after comma", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + " spoke on Monday, " + t.ing + " " + obj(p, t) + ".", one(p), "", true
	}},
	{"coordinated verb phrase", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + " spoke on Monday and " + t.past + " " + obj(p, t) + ".", one(p), "", true
	}},
	{"fronted time and place", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return "On Tuesday in Berlin, " + verbSentence(p.s.short, t.past, p, t), one(p), "", true
	}},
	{"fronted clause (after …)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return "After the vote was counted, " + verbSentence(p.s.short, t.past, p, t), one(p), "", true
	}},
	{"reported: officials said", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return "Officials said " + verbSentence(p.s.short, "had "+t.pp, p, t), one(p), "reported", true
	}},
	{"reported: X said PRON had", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + " said " + p.s.pron + " had " + t.pp + " " + obj(p, t) + ".", one(p), "reported", true
	}},
	{"reported: trailing said", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + " " + t.past + " " + obj(p, t) + ", officials said.", one(p), "reported", true
	}},
	{"reported: according to", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return "According to officials, " + verbSentence(p.s.short, t.past, p, t), one(p), "reported", true
	}},
	{"fronted time (On Tuesday,)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return "On Tuesday, " + verbSentence(p.s.short, t.past, p, t), one(p), "", true
	}},
	{"fronted place (In Berlin,)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return "In Berlin, " + verbSentence(p.s.short, t.past, p, t), one(p), "", true
	}},
	{"titled subject + time", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.s.title == "" {
			return "", nil, "", false
		}
		return verbSentence(p.s.title+" "+p.s.full, "on Tuesday "+t.past, p, t), one(p), "", true
	}},
	{"titled object", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.o.title == "" {
			return "", nil, "", false
		}
		return capital(p.s.short) + " " + t.past + " " + p.o.title + " " + p.o.full + t.tail + ".", one(p), "", true
	}},
	{"object appositive", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.o.appos == "" {
			return "", nil, "", false
		}
		return capital(p.s.short) + " " + t.past + " " + p.o.short + ", " + p.o.appos + "," + t.tail + " on Tuesday.", one(p), "", true
	}},
	{"pronoun subject", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return p.s.full + " spoke on Monday. " + verbSentence(p.s.pron, t.past, p, t), one(p), "", true
	}},
	{"PP between (in a statement)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "in a statement "+t.past, p, t), one(p), "", true
	}},
	{"PP set off (, in a statement,)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short+", in a statement,", t.past, p, t), one(p), "", true
	}},
	{"age appositive (, 70,)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short+", 70,", t.past, p, t), one(p), "", true
	}},
	{"time before preposition", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		i := strings.LastIndex(t.past, " ")
		if i < 0 {
			return "", nil, "", false
		}
		return verbSentence(p.s.short, t.past[:i]+" on Tuesday"+t.past[i:], p, t), one(p), "", true
	}},
	{"wants to", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "wants to "+t.base, p, t), one(p), "planned", true
	}},
	{"is expected to", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "is expected to "+t.base, p, t), one(p), "planned", true
	}},
	{"continued to", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "continued to "+t.base, p, t), one(p), "happened", true
	}},
	{"refused to", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "refused to "+t.base, p, t), one(p), "", true
	}},
	{"trigger in relative clause", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + ", who " + t.past + " " + obj(p, t) + " on Monday, left on Tuesday.", one(p), "", true
	}},
	{"when clause", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return "When " + p.s.short + " " + t.past + " " + obj(p, t) + ", the markets fell.", one(p), "", true
	}},
	{"both X and Y", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence("both "+p.s.short+" and "+p.s2.short, t.past, p, t), []string{pair(p.s, p.o), pair(p.s2, p.o)}, "", true
	}},
	{"X, along with Y,", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short+", along with "+p.s2.short+",", t.past, p, t), []string{pair(p.s, p.o), pair(p.s2, p.o)}, "", true
	}},
	{"demonym forces", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.s.title != "" || p.s.dem == "" {
			return "", nil, "", false
		}
		return verbSentence(p.s.dem+" forces", t.past, p, t), one(p), "", true
	}},
	{"quote then participle", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return "\"We will not accept this,\" " + p.s.short + " said, " + t.ing + " " + obj(p, t) + ".", one(p), "", true
	}},
	{"description subject", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.s.title == "" {
			return "", nil, "", false
		}
		return capital(p.s.title) + " " + p.s.full + " spoke on Monday. " + verbSentence("the "+describe(p.s), t.past, p, t), one(p), "", true
	}},
	{"description object", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.o.title == "" {
			return "", nil, "", false
		}
		return capital(p.o.title) + " " + p.o.full + " spoke on Monday. " + capital(p.s.short) + " " + t.past + " the " + describe(p.o) + t.tail + ".", one(p), "", true
	}},
	{"possessive object (Y's policies)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.typ != "criticize" && p.typ != "support" {
			return "", nil, "", false
		}
		return capital(p.s.short) + " " + t.past + " " + p.o.short + "'s policies.", one(p), "", true
	}},
	{"shared object (met and V)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if !single(t) {
			return "", nil, "", false
		}
		return capital(p.s.short) + " praised and " + t.past + " " + obj(p, t) + ".", one(p), "", true
	}},
	{"passive, coordinated agents", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if !single(t) {
			return "", nil, "", false
		}
		return capital(p.o.short) + " was " + t.pp + " by " + p.s.short + " and " + p.s2.short + t.tail + ".", []string{pair(p.s, p.o), pair(p.s2, p.o)}, "", true
	}},
	{"reduced passive (Y, V-ed by X,)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if !single(t) {
			return "", nil, "", false
		}
		return capital(p.o.short) + ", " + t.pp + " by " + p.s.short + t.tail + ", said nothing.", one(p), "", true
	}},
	{"cleft (It was X who)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return "It was " + p.s.short + " who " + t.past + " " + obj(p, t) + ".", one(p), "", true
	}},
	{"country's name (Russia's Putin)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.s.short != "Trump" {
			return "", nil, "", false
		}
		return verbSentence("America's "+p.s.short, t.past, p, t), one(p), "", true
	}},
	{"U.S. President X", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.s.short != "Trump" && p.s.short != "Obama" {
			return "", nil, "", false
		}
		return verbSentence("U.S. President "+p.s.full, t.past, p, t), one(p), "", true
	}},
	{"joined X in V-ing", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s2.short) + " joined " + p.s.short + " in " + t.ing + " " + obj(p, t) + ".", []string{pair(p.s2, p.o)}, "", true
	}},
	{"went on to", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "went on to "+t.base, p, t), one(p), "happened", true
	}},
	{"last + past", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + " last " + t.past + " " + obj(p, t) + " in 2019.", one(p), "", true
	}},
	{"is to", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "is to "+t.base, p, t), one(p), "planned", true
	}},
	{"was due to", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "was due to "+t.base, p, t), one(p), "planned", true
	}},
	{"has been V-ing", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "has been "+t.ing, p, t), one(p), "", true
	}},
	{"three subjects", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short+", "+p.s2.short+" and "+p.o2.short, t.past, p, t), []string{pair(p.s, p.o), pair(p.s2, p.o), pair(p.o2, p.o)}, "", true
	}},
	{"titled second subject", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.s2.title == "" {
			return "", nil, "", false
		}
		return verbSentence(p.s.short+" and "+p.s2.title+" "+p.s2.full, t.past, p, t), []string{pair(p.s, p.o), pair(p.s2, p.o)}, "", true
	}},
	{"symmetric planned (X and Y will meet)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.typ != "meet" || t.base != "meet" {
			return "", nil, "", false
		}
		return capital(p.s.short) + " and " + p.o.short + " will meet on Friday.", one(p), "planned", true
	}},
	{"symmetric talks (X and Y held talks)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if p.typ != "meet" || t.base != "meet" {
			return "", nil, "", false
		}
		return capital(p.s.short) + " and " + p.o.short + " held talks on Friday.", one(p), "", true
	}},
	{"object relative (Y, whom X V-ed,)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if !single(t) || t.tail != "" {
			return "", nil, "", false
		}
		return capital(p.o.short) + ", whom " + p.s.short + " " + t.past + " on Monday, said nothing.", one(p), "", true
	}},
	{"raising (is said to have)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "is said to have "+t.pp, p, t), one(p), "reported", true
	}},
	{"raising (appears to have)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "appears to have "+t.pp, p, t), one(p), "", true
	}},
	{"is likely to", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "is likely to "+t.base, p, t), one(p), "", true
	}},
	{"may", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "may "+t.base, p, t), one(p), "hypothetical", true
	}},
	{"has yet to", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "has yet to "+t.base, p, t), one(p), "!planned", true
	}},
	{"did not immediately", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "did not immediately "+t.base, p, t), one(p), "!happened", true
	}},
	{"has not yet", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "has not yet "+t.pp, p, t), one(p), "!happened", true
	}},
	{"never + past", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short, "never "+t.past, p, t), one(p), "!happened", true
	}},
	{"X as well as Y", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence(p.s.short+" as well as "+p.s2.short, t.past, p, t), []string{pair(p.s, p.o), pair(p.s2, p.o)}, "", true
	}},
	{"neither X nor Y", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return verbSentence("neither "+p.s.short+" nor "+p.s2.short, t.past, p, t), []string{pair(p.s, p.o), pair(p.s2, p.o)}, "!happened", true
	}},
	{"X's decision to V", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + "'s decision to " + t.base + " " + obj(p, t) + " surprised many people.", one(p), "", true
	}},
	{"X's refusal to V", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		return capital(p.s.short) + "'s refusal to " + t.base + " " + obj(p, t) + " surprised many people.", one(p), "", true
	}},
	{"nominalization", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if t.noun == "" {
			return "", nil, "", false
		}
		return capital(fmt.Sprintf(t.noun, p.s.short, p.o.short)) + " surprised many people.", one(p), "", true
	}},
	{"symmetric (X and Y met)", func(p probeType, t probeTrigger) (string, []string, string, bool) {
		if !p.symmetric || t.base != "meet" && t.base != "sign a deal with" {
			return "", nil, "", false
		}
		v := "met"
		if t.base != "meet" {
			v = "signed a deal"
		}
		return capital(p.s.short) + " and " + p.o.short + " " + v + " on Tuesday.", one(p), "", true
	}},
}

// probeKnownFails are the cells (type/trigger base/variant) that the
// stage misses today; see docs/relations.md, "Structure probe". Why:
// "In Berlin, Britain …" reads as the place "Berlin, Britain"; "went on
// to" is no control verb; "X said he had criticized Y" keeps the
// speaker's own judgement asserted (by design, mood.go); descriptions
// as objects resolve for some types only; "attacked Ukraine, saying"
// and "imposed sanctions on Tuesday on" are sense and phrase limits;
// "lobbyist Paul Manafort" takes no lower-case title.
var probeKnownFails = map[string]bool{
	// reduced passive (Y, V-ed by X,)
	"meet/meet/reduced passive (Y, V-ed by X,)": true,
	// went on to
	"meet/meet/went on to":                     true,
	"visit/visit/went on to":                   true,
	"attack/attack/went on to":                 true,
	"agree/reach an agreement with/went on to": true,
	"withdraw/pull out of/went on to":          true,
	// raising (is said to have)
	"meet/hold talks with/raising (is said to have)": true,
	// fronted time and place
	"sanction/sanction/fronted time and place":             true,
	"sanction/impose sanctions on/fronted time and place":  true,
	"attack/attack/fronted time and place":                 true,
	"attack/invade/fronted time and place":                 true,
	"attack/bomb/fronted time and place":                   true,
	"agree/sign a deal with/fronted time and place":        true,
	"agree/reach an agreement with/fronted time and place": true,
	"withdraw/withdraw from/fronted time and place":        true,
	"withdraw/pull out of/fronted time and place":          true,
	// time before preposition
	"sanction/impose sanctions on/time before preposition": true,
	// reported: X said PRON had
	"accuse/accuse/reported: X said PRON had":       true,
	"accuse/blame/reported: X said PRON had":        true,
	"threaten/threaten/reported: X said PRON had":   true,
	"urge/urge/reported: X said PRON had":           true,
	"urge/call on/reported: X said PRON had":        true,
	"support/support/reported: X said PRON had":     true,
	"support/endorse/reported: X said PRON had":     true,
	"support/praise/reported: X said PRON had":      true,
	"criticize/criticize/reported: X said PRON had": true,
	"criticize/condemn/reported: X said PRON had":   true,
	// description object
	"accuse/accuse/description object":   true,
	"arrest/arrest/description object":   true,
	"arrest/detain/description object":   true,
	"support/support/description object": true,
	"support/endorse/description object": true,
	"support/praise/description object":  true,
	// participle clause after
	"attack/attack/participle clause after": true,
	"attack/invade/participle clause after": true,
	"attack/bomb/participle clause after":   true,
	// titled object
	"arrest/arrest/titled object": true,
	"arrest/detain/titled object": true,
	// X's decision to V
	"arrest/arrest/X's decision to V": true,
	// X's refusal to V
	"arrest/arrest/X's refusal to V": true,
	// continued to
	"agree/reach an agreement with/continued to": true,
}

// probeCell runs one cell and says what went wrong ("" when right).
func probeCell(t *testing.T, a *analyze.Analyzer, p probeType, text string, want []string, mood string) string {
	doc, err := a.Analyze(context.Background(), analyze.Input{Data: []byte(p.ctx + " " + text), Name: "probe"})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, e := range doc.Entities {
		names[e.ID] = e.Name
	}
	got := map[string]document.Relation{}
	var all []string
	for _, r := range doc.Relations {
		if r.Type != p.typ || r.Sentence.Start == 0 {
			continue
		}
		k := names[r.Subject] + " > " + names[r.Object]
		got[k] = r
		all = append(all, k)
		if p.symmetric {
			got[names[r.Object]+" > "+names[r.Subject]] = r
		}
	}
	for _, w := range want {
		r, ok := got[w]
		if !ok {
			sort.Strings(all)
			return fmt.Sprintf("missing %q (got %q)", w, all)
		}
		m := r.Modality
		if r.Negated {
			m = "!" + m
		}
		if mood != "" && m != mood {
			return fmt.Sprintf("mood %s, want %s", m, mood)
		}
	}
	return ""
}

func TestStructProbe(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-pipeline probe")
	}
	report := os.Getenv("NEWSGRAPH_PROBE") != ""
	a := analyze.New(analyze.Options{})
	type tally struct{ n, fail int }
	byVariant := map[string]map[string]*tally{}
	var lines []string
	for _, p := range probeTypes {
		for _, tr := range p.triggers {
			for _, v := range probeVariants {
				text, want, mood, ok := v.build(p, tr)
				if !ok {
					continue
				}
				key := p.typ + "/" + tr.base + "/" + v.name
				msg := probeCell(t, a, p, text, want, mood)
				if byVariant[v.name] == nil {
					byVariant[v.name] = map[string]*tally{}
				}
				c := byVariant[v.name][p.typ]
				if c == nil {
					c = &tally{}
					byVariant[v.name][p.typ] = c
				}
				c.n++
				// a wrong mood is reported but does not count as a miss
				if msg != "" && !strings.HasPrefix(msg, "mood") {
					c.fail++
				}
				switch {
				case report && msg != "":
					lines = append(lines, fmt.Sprintf("%-60s %q: %s", key, text, msg))
				case !report && msg != "" && !probeKnownFails[key]:
					t.Errorf("%s: %q: %s", key, text, msg)
				case !report && msg == "" && probeKnownFails[key]:
					t.Logf("%s: %q now passes; remove it from probeKnownFails", key, text)
				}
			}
		}
	}
	if !report {
		return
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	// the table: per variant, the types with a miss (failed/cells)
	fmt.Println()
	for _, v := range probeVariants {
		var cells []string
		total, failed := 0, 0
		for _, p := range probeTypes {
			c := byVariant[v.name][p.typ]
			if c == nil {
				continue
			}
			total += c.n
			failed += c.fail
			if c.fail > 0 {
				cells = append(cells, fmt.Sprintf("%s %d/%d", p.typ, c.fail, c.n))
			}
		}
		fmt.Printf("| %s | %d/%d | %s |\n", v.name, failed, total, strings.Join(cells, ", "))
	}
}

// TestStructureMood checks the polarity the readers of branch
// structprobe give: "has yet to" and "neither … nor" are negations.
func TestStructureMood(t *testing.T) {
	for _, tc := range []struct{ text, typ string }{
		{"[Ken Ward|PER] has yet to endorse [Lisa Moore|PER].", "support"},
		{"[Ken Ward|PER] has not yet endorsed [Lisa Moore|PER].", "support"},
		{"Neither [Ken Ward|PER] nor [Tom Hale|PER] criticized [Lisa Moore|PER].", "criticize"},
	} {
		doc := analyzeText(t, tc.text)
		n := 0
		for _, r := range doc.Relations {
			if r.Type != tc.typ {
				continue
			}
			n++
			if !r.Negated {
				t.Errorf("%q: %s %s > %s not negated", tc.text, r.Type, name(doc, r.Subject), name(doc, r.Object))
			}
		}
		if n == 0 {
			t.Errorf("%q: no %s", tc.text, tc.typ)
		}
	}
}

// TestStructureAspect checks that an infinitive after "continued",
// "began" or "went on" tells what happened, not what is planned.
func TestStructureAspect(t *testing.T) {
	for _, text := range []string{
		"[Ken Ward|PER] continued to criticize [Lisa Moore|PER].",
		"[Ken Ward|PER] went on to criticize [Lisa Moore|PER].",
		"[Ken Ward|PER] began to criticize [Lisa Moore|PER].",
	} {
		doc := analyzeText(t, text)
		if len(doc.Relations) != 1 || doc.Relations[0].Modality != document.Happened {
			t.Errorf("%q: %+v, want one criticism that happened", text, doc.Relations)
		}
	}
}

// TestStructureReaders checks the readers branch structprobe added on
// sentences written for the test: adverbs without -ly in the verb group,
// a phrase of manner or medium between subject and verb, a participle
// after a sentence-opening quotation's speaker and "X, along with Y,";
// and their near misses.
func TestStructureReaders(t *testing.T) {
	runPairCases(t, []pairCase{
		{"often", "[Ken Ward|PER] often blames [Borduria|LOC] for the losses.", "accuse", []string{"Ken Ward > Borduria"}},
		{"has always", "[Ken Ward|PER] has always backed [Lisa Moore|PER].", "support", []string{"Ken Ward > Lisa Moore"}},
		{"sharply", "[Ken Ward|PER] sharply criticized [Lisa Moore|PER]'s plan.", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"has not yet", "[Ken Ward|PER] has not yet endorsed [Lisa Moore|PER].", "support", []string{"Ken Ward > Lisa Moore"}},
		{"neither nor", "Neither [Ken Ward|PER] nor [Tom Hale|PER] criticized [Lisa Moore|PER].", "criticize", []string{"Tom Hale > Lisa Moore", "Ken Ward > Lisa Moore"}},
		{"both objects", "[Ken Ward|PER] praised both [Lisa Moore|PER] and [Tom Hale|PER].", "support", []string{"Ken Ward > Lisa Moore", "Ken Ward > Tom Hale"}},
		{"himself", "[Ken Ward|PER] himself praised [Lisa Moore|PER].", "support", []string{"Ken Ward > Lisa Moore"}},
		{"went on to", "[Ken Ward|PER] went on to criticize [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"last met", "[Ken Ward|PER] last met [Lisa Moore|PER] in 2015.", "meet", []string{"Ken Ward > Lisa Moore"}},
		{"in a statement", "[Ken Ward|PER] in a statement accused [Lisa Moore|PER] of lying.", "accuse", []string{"Ken Ward > Lisa Moore"}},
		{"in a speech", "[Ken Ward|PER] in a speech criticized [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"quote, cue, participle", "\"We will not accept this,\" [Ken Ward|PER] said, criticizing [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"quote, inverted cue, participle", "\"We will not accept this,\" said [Ken Ward|PER], criticizing [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"along with", "[Borduria|LOC], along with [Ruritania|LOC], signed a deal with [Elbonia|LOC].", "agree", []string{"Borduria > Elbonia", "Ruritania > Elbonia"}},
		// near misses
		{"a person in the phrase", "[Ken Ward|PER] in talks with [Tom Hale|PER] criticized [Lisa Moore|PER].", "criticize", nil},
		{"a pronoun after the quotation", "\"We will not accept this,\" he said, criticizing [Lisa Moore|PER].", "criticize", nil},
		{"the phrase's head", "[Ken Ward|PER] is leaving [Borduria|LOC] on a long tour of [Ruritania|LOC].", "visit", []string{"Ken Ward > Ruritania"}},
		{"an infinitive after the phrase", "The court used the [Borduria Accord|MISC] in order to withdraw [Lisa Moore|PER]'s passport.", "withdraw", nil},
		{"along with, no commas", "[Borduria|LOC] worked along with [Ruritania|LOC] and signed a deal with [Elbonia|LOC].", "agree", []string{"Borduria > Elbonia"}},
	})
}

// TestBoundObject checks boundObject through the whole pipeline on
// sentences written for the test: an object "him" or "her" that the
// resolver gave the clause's own subject is the other person named before
// it; a possessive "her" and a pronoun with no other person stay out.
func TestBoundObject(t *testing.T) {
	a := analyze.New(analyze.Options{})
	for _, tc := range []struct{ text, typ, want string }{
		{"Ken Ward rejected Tom Hale's remarks but will meet with him on Friday.", "meet", "Ken Ward > Tom Hale"},
		{"Ken Ward criticized Tom Hale's speech but later backed him.", "support", "Ken Ward > Tom Hale"},
		{"Lisa Moore thanked her adopted home town.", "support", ""},
		{"Ken Ward and Tom Hale spoke on Monday, and Ward praised him.", "support", "Ken Ward > Tom Hale"},
		{"Lisa Moore said she was in the hall when the guards found her and told her to leave.", "urge", ""},
		{"Senator Ken Ward (R-Ohio) and Budget Committee Chairman Tom Hale (R-Iowa) wrote to the attorney general, asking him to act.", "urge", ""},
	} {
		doc, err := a.Analyze(context.Background(), analyze.Input{Data: []byte(tc.text), Name: "bound"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range doc.Relations {
			if r.Type == tc.typ {
				got = append(got, name(doc, r.Subject)+" > "+name(doc, r.Object))
			}
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: %s %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}
