package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/document"
)

// Sense guards: the trigger verbs of interactions have other senses
// ("met the target", "struck a deal", "captured the title", "arrived in
// the week ahead") that the argument rules cannot tell from the event.
// Each guard reads the head noun of the phrase right after the trigger
// (or of the object's span), a particle, or the words around the
// trigger, and is general: it names kinds of things, never articles.
// senseGuard runs on the finished relations, after the pair model has
// read its candidates, so that it changes no CoNLL04 pair.

// senseGuard drops the interactions whose trigger is read in a sense
// that is no event of their type and turns "X welcomed Y's decision",
// read as a meeting, into X's support of Y.
func senseGuard(doc *document.Document, rs []document.Relation) []document.Relation {
	sport := &sportsMemo{doc: doc}
	out := rs[:0]
	for _, r := range rs {
		if !IsInteraction(r.Type) {
			out = append(out, r)
			continue
		}
		titledArgs(doc, &r)
		switch wrongSense(doc, &r, sport) {
		case senseDrop:
			continue
		case senseSupport:
			r.Type = Support
		case senseCriticize:
			r.Type = Criticize
		case senseAttack:
			r.Type = Attack
		case senseAccuse:
			r.Type = Accuse
		}
		out = append(out, r)
	}
	return out
}

// titledArgs makes the person the argument where a relation took the
// country or organisation of a person's title ("US President George W.
// Bush arrived … for a visit to China": Bush visits, not the US).
func titledArgs(doc *document.Document, r *document.Relation) {
	if r.SubjectSpan != nil {
		m := titledPersonAfter(doc, *r.SubjectSpan, r.Sentence.End)
		if m == nil {
			m = titledPersonApposed(doc, *r.SubjectSpan, r.Sentence.End)
		}
		if m != nil && m.Entity != r.Object {
			r.Subject, r.SubjectSpan = m.Entity, &document.Span{Start: m.Start, End: m.End}
		}
	}
	if r.ObjectSpan != nil && r.Object != "" {
		if m := titledPersonAfter(doc, *r.ObjectSpan, r.Sentence.End); m != nil && m.Entity != r.Subject {
			r.Object, r.ObjectSpan = m.Entity, &document.Span{Start: m.Start, End: m.End}
		}
	}
}

// titledPersonAfter returns the person mention that follows the non-person
// mention at sp through title words only ("US President George W. Bush"),
// nil if none.
func titledPersonAfter(doc *document.Document, sp document.Span, end int) *document.Mention {
	if t := mentionType(doc, sp); t == "" || t == document.PER {
		return nil
	}
	i := firstToken(doc, sp.End)
	k := i
	for k < len(doc.Tokens) && k < i+4 && doc.Tokens[k].Start < end {
		w := lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)
		if w == "and" || w == "of" || !titleWords[w] && !titleWords[strings.TrimSuffix(w, ".")] {
			break
		}
		k++
	}
	if k == i || k >= len(doc.Tokens) || doc.Tokens[k].Start >= end {
		return nil
	}
	for j := range doc.Mentions {
		m := &doc.Mentions[j]
		if m.Start == doc.Tokens[k].Start && m.Type == document.PER && m.Entity != "" {
			return m
		}
	}
	return nil
}

type senseVerdict int

const (
	senseKeep senseVerdict = iota
	senseDrop
	senseSupport   // a welcome read as a meeting is support
	senseCriticize // a verbal attack is criticism
	senseAttack    // "shot and wounded" is an attack, no killing
	senseAccuse    // "charged that …" is a charge in words
)

// Head nouns after a trigger verb (lemma) that give it a sense other than
// the event's, per relation type.
var (
	// "meet the target", "did not meet the threshold", "met with criticism"
	meetNonEvent = set("demand", "demands", "target", "targets", "expectation", "expectations", "threshold",
		"thresholds", "criterion", "criteria", "requirement", "requirements", "standard", "standards", "need",
		"needs", "deadline", "deadlines", "goal", "goals", "condition", "conditions", "obligation", "obligations",
		"cost", "costs", "challenge", "challenges", "quota", "quotas", "payment", "payments", "commitment",
		"commitments", "end", "fate", "death", "approval", "criticism", "resistance", "opposition", "success",
		"failure", "objective", "objectives", "bill", "bills", "debt", "debts", "shortfall", "request", "requests",
		"benchmark", "benchmarks", "forecast", "forecasts", "estimate", "estimates", "limit", "limits", "level",
		"levels", "mark", "skepticism", "scepticism", "disapproval", "silence", "indifference", "applause")
	// "struck a deal", "struck a note", "hit the headlines", "attack on poverty"
	attackNonEvent = set("deal", "deals", "agreement", "agreements", "accord", "bargain", "compromise", "note",
		"chord", "tone", "balance", "pose", "figure", "headlines", "record", "records", "target", "targets",
		"problem", "problems", "issue", "issues", "question", "poverty", "inflation", "unemployment", "deficit",
		"jackpot", "market", "markets", "shelves", "stores", "high", "low", "peak", "bottom", "rock", "gold",
		"oil", "goal", "goals", "ball", "shot", "shots", "post", "bar", "crossbar", "century", "wicket", "wickets",
		"run", "runs", "gap", "snag", "nerve", "nerves", "root", "roots", "trouble", "difficulties", "pact", "pacts",
		"treaty", "treaties", "truce", "debate", "debates", "controversy", "speculation", "imagination")
	// "captured the title", "took the crown", "seized the initiative"
	arrestNonEvent = set("crown", "title", "titles", "seat", "seats", "share", "shares", "market", "imagination",
		"attention", "gold", "silver", "bronze", "medal", "medals", "championship", "trophy", "cup", "lead",
		"victory", "win", "prize", "award", "vote", "votes", "heart", "hearts", "mood", "essence", "spirit",
		"moment", "initiative", "opportunity", "chance", "stake", "control", "record", "pole", "point", "points",
		"set", "sets", "game", "games", "match", "round", "stage", "race", "headlines", "interest")
	// "arrived in the week ahead", "flying on to the next leg", "came to power",
	// "visit the issue", "coming late to the market"
	visitNonEvent = set("week", "weeks", "month", "months", "year", "years", "day", "days", "hour", "hours",
		"leg", "stage", "conclusion", "decision", "agreement", "deal", "end", "power", "office", "terms", "issue",
		"issues", "question", "questions", "subject", "topic", "idea", "theme", "market", "markets", "fore",
		"rescue", "aid", "table", "point", "view", "consensus", "compromise", "settlement", "verdict",
		"understanding", "figure", "total", "number", "level", "site", "website", "page", "pages", "dead",
		"head", "public", "polls", "court", "courts", "war", "trial", "vote", "arbitration", "press", "media",
		"bed", "work", "extremes", "lengths", "waste", "life", "grips", "terms", "blows", "streets", "street",
		"reading", "readings", "ballot", "ballots")
	// "supports a strong dollar", "support the price", "backed the loan"
	supportNonEvent = set("dollar", "yen", "euro", "pound", "sterling", "currency", "currencies", "price",
		"prices", "rate", "rates", "shares", "stock", "stocks", "market", "markets", "weight", "loan", "loans",
		"credit", "funding", "budget", "spending", "payment", "payments", "investment", "purchase", "sale",
		"acquisition", "listing", "licence", "license", "weight", "roof", "family", "families", "lifestyle",
		"growth", "economy", "demand", "points")
	// approval of money or a business act is no support of a party
	approveNonEvent = set("loan", "loans", "credit", "grant", "grants", "funding", "budget", "spending",
		"payment", "payments", "investment", "purchase", "sale", "acquisition", "takeover", "listing", "licence",
		"license", "merger", "ruling", "project", "projects", "construction", "release", "increase", "cut",
		"cuts", "price", "prices", "rate", "rates", "fund", "funds", "sum", "expenditure", "allocation", "dollars",
		"euros", "pounds", "yuan", "rupiah", "rupees", "yen", "francs", "billion", "million")
	// "rejected the offer", a business bid or a plea turned down, is no criticism
	rejectNonEvent = set("offer", "offers", "bid", "bids", "takeover", "approach", "price", "prices",
		"invitation", "appeal", "appeals", "application", "applications")
	// "Hurricane Katrina pummelled the US": a named storm, which the
	// tagger may take for a person, acts on no party
	stormWords = set("hurricane", "typhoon", "cyclone", "storm", "tornado", "superstorm")
)

// stormSubject reports whether r's subject is a named storm ("Hurricane
// Katrina", "Tropical Storm Allison", "Typhoon Haiyan").
func stormSubject(doc *document.Document, r *document.Relation) bool {
	name := ""
	if e := doc.Entity(r.Subject); e != nil {
		name = e.Name
	} else if r.SubjectSpan != nil {
		name = doc.Text[r.SubjectSpan.Start:r.SubjectSpan.End]
	}
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) > 1 && ws[0] == "tropical" {
		ws = ws[1:]
	}
	if len(ws) > 1 && stormWords[ws[0]] {
		return true
	}
	// the tagger may leave the storm word out of the name: "Hurricane
	// [Katrina], which pummelled"
	if r.SubjectSpan == nil {
		return false
	}
	before := strings.Fields(lowText(doc, max(0, r.SubjectSpan.Start-12), r.SubjectSpan.Start))
	return len(before) > 0 && stormWords[before[len(before)-1]] &&
		strings.HasSuffix(doc.Text[:r.SubjectSpan.Start], " ") && !strings.HasSuffix(strings.TrimRight(doc.Text[:r.SubjectSpan.Start], " "), ".")
}

// wrongSense says whether r is read in a sense that is no event of its type.
func wrongSense(doc *document.Document, r *document.Relation, sport *sportsMemo) senseVerdict {
	trig := lowText(doc, r.Trigger.Start, r.Trigger.End)
	words := strings.Fields(trig)
	if len(words) == 0 {
		return senseKeep
	}
	lemma := words[0]
	if e := lookupLex(lemma); e.inForms {
		lemma = e.form.lemma
	}
	if stormSubject(doc, r) {
		return senseDrop
	}
	after := phraseAfter(doc, r.Trigger.End, r.Sentence.End)
	head := ""
	if len(after) > 0 {
		head = after[len(after)-1]
	}
	objHead := ""
	if r.Object == "" && r.ObjectText != "" {
		if ws := chunk(strings.Fields(strings.ToLower(r.ObjectText))); len(ws) > 0 {
			objHead = ws[len(ws)-1]
		}
	}
	in := func(m map[string]bool) bool { return m[head] && r.Object == "" || m[objHead] }
	// a head right after the trigger that names no party stops a relation
	// only when the relation's object is no entity, or is an entity
	// inside that phrase as a possessive ("the EU's threshold")
	inAfter := func(m map[string]bool) bool {
		if m[objHead] {
			return true
		}
		if !m[head] {
			return false
		}
		return r.Object == "" || r.ObjectSpan == nil || r.ObjectSpan.Start >= r.Trigger.End && possessed(doc, *r.ObjectSpan, r.Sentence.End)
	}
	// "British public support for the war", "rising American opposition
	// to the war": a people's mood, no actor's act
	if (r.Type == Support || r.Type == Criticize) && len(words) == 1 && moodNouns[words[0]] && r.SubjectSpan != nil &&
		r.SubjectSpan.End <= r.Trigger.Start && mentionType(doc, *r.SubjectSpan) == document.MISC &&
		moodAround(doc, *r.SubjectSpan, r.Trigger.Start, r.Sentence.Start) {
		return senseDrop
	}
	// "X charged that Y had armed the rebels": a charge in words, the
	// guidelines' accusation (a court's charge is an arrest); before the
	// campaign guards, which drop an arrest of a place
	if r.Type == Arrest && lemma == "charge" && len(words) == 1 && nextWord(doc, r.Trigger.End, r.Sentence.End) == "that" {
		return senseAccuse
	}
	if v := campaignSense(doc, r, lemma, words, head, objHead); v != senseKeep {
		return v
	}
	if v := questionSense(doc, r, lemma, words, head, objHead); v != senseKeep {
		return v
	}
	if v := moveSense(doc, r, lemma, objHead); v != senseKeep {
		return v
	}
	if v := prec13Sense(doc, r, lemma, words, head, objHead, sport); v != senseKeep {
		return v
	}
	if v := prec14Sense(doc, r, lemma, words, head, objHead); v != senseKeep {
		return v
	}
	if v := prec15Sense(doc, r, lemma, words, head, objHead, sport); v != senseKeep {
		return v
	}
	if v := prec7Sense(doc, r, lemma, words, sport); v != senseKeep {
		return v
	}
	switch r.Type {
	case Meet:
		if lemma == "meet" && len(words) == 1 && inAfter(meetNonEvent) {
			return senseDrop
		}
		// "did not meet the Commission on Presidential Debates' 15 percent
		// polling threshold": the head after a possessive
		if lemma == "meet" && len(words) == 1 && meetNonEvent[headAfterPossessive(doc, r.Trigger.End, r.Sentence.End)] {
			return senseDrop
		}
		// "the Economic Leaders' Meeting": a capitalised noun inside a name
		if len(words) == 1 && meetingNouns[trig] && r.Trigger.Start > r.Sentence.Start &&
			unicode.IsUpper([]rune(doc.Text[r.Trigger.Start:r.Trigger.End])[0]) && !sentenceInitial(doc, r.Trigger.Start, r.Sentence.Start) &&
			!titleCase(doc, r.Sentence) {
			return senseDrop
		}
		// "was due to receive the Mehlis report": a name modifying a noun
		// is no party received
		if (lemma == "receive" || lemma == "host" || lemma == "welcome") && r.ObjectSpan != nil &&
			r.ObjectSpan.Start >= r.Trigger.End && modifiesNoun(doc, *r.ObjectSpan, r.Sentence.End) {
			return senseDrop
		}
		// "received the endorsement of X", "received a letter from X":
		// what was received is a thing, and X no guest
		if (lemma == "receive" || lemma == "welcome") && len(words) == 1 && r.ObjectSpan != nil &&
			r.ObjectSpan.Start >= r.Trigger.End && thingReceivedFrom(doc, r.Trigger.End, r.ObjectSpan.Start) {
			return senseDrop
		}
		// "met with criticism"
		if lemma == "meet" && len(words) == 2 && words[1] == "with" && inAfter(meetNonEvent) {
			return senseDrop
		}
		// "the parliament for Kenya, Tanzania and Uganda meets", "envoys
		// of A and B will meet": the parties are a list that modifies the
		// body that meets
		if lemma == "meet" && len(words) == 1 && r.SubjectSpan != nil && r.ObjectSpan != nil &&
			r.SubjectSpan.End <= r.Trigger.Start && r.ObjectSpan.End <= r.Trigger.Start &&
			listAfterPreposition(doc, min(r.SubjectSpan.Start, r.ObjectSpan.Start), r.Sentence.Start) {
			return senseDrop
		}
		// "welcomes X to come for a visit", "welcomed them to join": an
		// invitation, no meeting
		if lemma == "welcome" && r.ObjectSpan != nil && r.ObjectSpan.Start >= r.Trigger.End &&
			nextWord(doc, r.ObjectSpan.End, r.Sentence.End) == "to" && welcomeToVerbs[wordAfterTo(doc, r.ObjectSpan.End, r.Sentence.End)] {
			return senseDrop
		}
		// "X welcomed Y's decision" is support of Y; "meets in Arusha" is
		// a body meeting
		if (lemma == "welcome" || lemma == "hail") && r.ObjectSpan != nil && r.ObjectSpan.Start >= r.Trigger.End &&
			possessed(doc, *r.ObjectSpan, r.Sentence.End) {
			return senseSupport
		}
		// "X and Y welcomed the announcement": what is welcomed is no party
		if (lemma == "welcome" || lemma == "hail") && r.ObjectSpan != nil && r.ObjectSpan.Start < r.Trigger.Start &&
			head != "" && !personNoun(head) && !peopleWords[head] && !namesPeople(head) {
			return senseDrop
		}
	case Attack, Kill:
		if sportsScore(doc, r.Sentence) {
			return senseDrop
		}
		// "slipped a shot past the keeper", "fired a 67 at the club": a
		// ball or a score in the trigger is a game
		if len(words) >= 2 && (slices.ContainsFunc(words[1:], func(w string) bool { return ballWords[w] }) &&
			slices.ContainsFunc(words[1:], func(w string) bool { return ballPaths[w] }) || scoreAfterVerb(words)) {
			return senseDrop
		}
		// "fired a debate on", "strike a pact": the trigger's own noun
		if r.Type == Attack && len(words) >= 2 && slices.ContainsFunc(words[1:], func(w string) bool { return attackNonEvent[w] }) {
			return senseDrop
		}
		// "described the killing of X", "condemned the attack on X": who
		// speaks of the event is not its actor
		if len(words) >= 2 && speechLemmas[verbBase(words[0])] {
			return senseDrop
		}
		// "verbal attacks on Israel" are criticism
		if r.Type == Attack && verbalAttackWords[prevWord(doc, r.Trigger.Start, r.Sentence.Start)] {
			return senseCriticize
		}
		if r.Type == Attack && !in(attackNonEvent) && verbalAttack(doc, r, head, objHead) {
			return senseCriticize
		}
		if r.Type == Attack && in(attackNonEvent) || inAfter(attackNonEvent) && (lemma == "strike" || lemma == "hit") {
			return senseDrop
		}
	case Arrest:
		if (lemma == "capture" || lemma == "seize" || lemma == "take" || lemma == "hold") && (in(arrestNonEvent) || inAfter(arrestNonEvent)) {
			return senseDrop
		}
		if sportsScore(doc, r.Sentence) && r.Object == "" {
			return senseDrop
		}
		// "charging the owners the revised price": to ask money of
		if lemma == "charge" && wordWithin(doc, r.Trigger.End, r.Sentence.End, 8, moneyNouns) {
			return senseDrop
		}
	case Visit:
		// "arrived dead at the hospital"
		if len(words) >= 2 && words[1] == "dead" {
			return senseDrop
		}
		if in(visitNonEvent) {
			return senseDrop
		}
		// "went down to 10 men", "came to 5 percent": a number, no place
		if r.Object == "" && len(after) > 0 && (unicode.IsDigit([]rune(after[0])[0]) || numberWords[after[0]]) {
			return senseDrop
		}
		// "French troops who arrived in", "dollars from Kuwait arriving
		// in": troops or money moved, no visit of a party
		if thingBefore(doc, r.Trigger.Start, r.Sentence.Start) {
			return senseDrop
		}
	case Support:
		// "welcomed the progress", "welcomed the possibility that": no
		// party's decision
		if (lemma == "welcome" || lemma == "hail" || lemma == "applaud") && r.Object == "" && slices.ContainsFunc(after, func(w string) bool { return welcomeNonEvent[w] }) {
			return senseDrop
		}
		// "welcoming the chancellor back to the campaign": a greeting
		// of someone returning, no support
		if lemma == "welcome" && wordWithin(doc, r.Trigger.End, r.Sentence.End, 5, welcomeBack) {
			return senseDrop
		}
		// "back up its desire with deeds", "backed up the claim": to
		// substantiate
		if lemma == "back" && len(words) == 2 && words[1] == "up" && r.Object == "" {
			return senseDrop
		}
		if lemma == "approve" && (in(approveNonEvent) || inAfter(approveNonEvent)) {
			return senseDrop
		}
		// "approved 100 billion rupiah": a sum
		if lemma == "approve" && r.Object == "" && len(after) > 0 && unicode.IsDigit([]rune(after[0])[0]) {
			return senseDrop
		}
		if in(supportNonEvent) {
			return senseDrop
		}
		// "stands accused by": a participle inside "stand by"
		if lemma == "stand" && len(words) == 3 && strings.HasSuffix(words[1], "ed") {
			return senseDrop
		}
		// "the Japanese side with 19 points": a noun "side" ("sided",
		// "siding" are no noun: "Cruz sided with Trump", branch triggers5)
		if lemma == "side" && (words[0] == "side" || words[0] == "sides") && nounBefore(doc, r.Trigger.Start, r.Sentence.Start) {
			return senseDrop
		}
		// "the lawyer defending X": counsel in a trial
		if lemma == "defend" && r.Object != "" && sentenceHas(doc, r.Sentence, legalWords) {
			return senseDrop
		}
		// "back in the 1990s", "came back to"
		if words[0] == "back" && len(words) == 1 && backAdverb[nextWord(doc, r.Trigger.End, r.Sentence.End)] {
			return senseDrop
		}
	case Urge:
		// "He called on Ahmed in the afternoon": a call paid on a person,
		// a visit, when nothing asked of him follows ("called on Ahmed to
		// resign", "for restraint", "not to", "that …" stay requests)
		if strings.HasPrefix(words[0], "call") && len(words) == 2 && (words[1] == "on" || words[1] == "upon") &&
			r.ObjectSpan != nil && mentionType(doc, *r.ObjectSpan) == document.PER &&
			!wordWithin(doc, r.ObjectSpan.End, r.Sentence.End, 12, callRequests) {
			return senseDrop
		}
		// "challenged the right of X to", "challenged the ruling": a
		// dispute of a thing, no call on a party
		if strings.HasPrefix(words[0], "challeng") && len(words) == 1 && (challengeNonEvent[head] || challengeNonEvent[objHead]) {
			return senseDrop
		}
	case Withdraw:
		// "withdrawn its permission", "withdraw its support for", "withdrew
		// his comments": a thing given or said taken back, no pull-out
		// ("withdrew its support from the coalition" leaves a body: kept)
		if lemma != "pull" && (slices.ContainsFunc(words[1:], func(w string) bool { return withdrawnThings[w] }) ||
			withdrawnThings[objHead] || r.Object == "" && withdrawnThings[head]) &&
			!slices.Contains(words, "from") && !wordWithin(doc, r.Trigger.End, r.Sentence.End, 6, set("from")) && !supportWithdrawnTo(words) {
			return senseDrop
		}
		// "pulled out its troops from Lebanese soil": what is left is the
		// place after "from"; with none, the withdrawal names nothing left
		if r.Object == "" && objHead != "" && withdrawnNouns[objHead] {
			if m := mentionAfterFrom(doc, r.Trigger.End, r.Sentence.End); m != nil {
				r.Object, r.ObjectText = m.Entity, ""
				r.ObjectSpan = &document.Span{Start: m.Start, End: m.End}
				return senseKeep
			}
			return senseDrop
		}
	case Criticize:
		// "took aim at a second gold medal"
		if (lemma == "take" || lemma == "aim") && (in(arrestNonEvent) || inAfter(arrestNonEvent)) {
			return senseDrop
		}
		if lemma == "reject" && (in(rejectNonEvent) || inAfter(rejectNonEvent)) {
			return senseDrop
		}
		// "the court rejected X's claim": a ruling, no criticism
		if r.SubjectSpan != nil && courtSubject(doc, *r.SubjectSpan) && rulingLemmas[lemma] {
			return senseDrop
		}
		// "a long-time opponent of X": a standing, no act
		if len(words) == 1 && standingNouns[words[0]] && standingBefore[prevWord(doc, r.Trigger.Start, r.Sentence.Start)] {
			return senseDrop
		}
	}
	return senseKeep
}

// moodNouns are support and criticism nouns that a nationality adjective
// before them makes a people's mood.
var moodNouns = set("support", "opposition", "backing", "anger", "criticism", "hostility", "resentment", "outrage")

// moodWords before a nationality adjective or between it and the noun make
// the noun a people's mood: "public", "rising", "growing".
var moodWords = set("public", "popular", "rising", "growing", "mounting", "widespread", "broad", "grassroots")

// moodAround says whether a mood word stands right before the adjective at
// subj or between it and the trigger at trig.
func moodAround(doc *document.Document, subj document.Span, trig, start int) bool {
	prev := ""
	for _, t := range doc.Tokens[firstToken(doc, start):] {
		if t.Start >= trig {
			break
		}
		w := lowText(doc, t.Start, t.End)
		if t.Start >= subj.End && moodWords[w] {
			return true
		}
		if t.End <= subj.Start && t.Start >= start {
			prev = w
		}
	}
	return moodWords[prev]
}

// mentionType returns the type of the mention at sp, "" if none.
func mentionType(doc *document.Document, sp document.Span) string {
	if ms, ok := startSorted(doc); ok { // mentionorder.go
		for i := firstStartingAt(ms, sp.Start); i < len(ms) && ms[i].Start == sp.Start; i++ {
			if ms[i].Span == sp {
				return ms[i].Type
			}
		}
		return ""
	}
	for _, m := range doc.Mentions {
		if m.Span == sp {
			return m.Type
		}
	}
	return ""
}

// withdrawnNouns are the people and things withdrawn, not left.
var withdrawnNouns = set("troops", "troop", "forces", "soldiers", "staff", "personnel", "diplomats", "ambassador",
	"envoy", "workers", "settlers", "observers", "peacekeepers", "contingent", "units", "police", "monitors",
	"nationals", "citizens", "employees")

// mentionAfterFrom returns the first mention with an entity within four
// tokens after a "from" within ten tokens after at (before end), nil if none.
func mentionAfterFrom(doc *document.Document, at, end int) *document.Mention {
	i := firstToken(doc, at)
	for k := i; k < len(doc.Tokens) && k < i+10 && doc.Tokens[k].Start < end; k++ {
		t := doc.Tokens[k]
		if lowText(doc, t.Start, t.End) != "from" {
			continue
		}
		lim := end
		if k+5 < len(doc.Tokens) {
			lim = min(end, doc.Tokens[k+5].Start)
		}
		for j := range doc.Mentions {
			m := &doc.Mentions[j]
			if m.Start > t.Start && m.Start < lim && m.Entity != "" {
				return m
			}
		}
		return nil
	}
	return nil
}

// welcomeBack after "welcome" makes it a greeting ("welcomed him back").
var welcomeBack = set("back")

// welcomeNonEvent are things welcomed that are no party's decision.
var welcomeNonEvent = set("progress", "possibility", "news", "chance", "opportunity", "prospect", "prospects",
	"improvement", "improvements", "recovery", "rise", "fall", "figures", "data", "growth", "signs", "trend",
	"results", "weather", "rain", "fact", "cooperation", "co-operation")

// moneyNouns after "charge" make it asking a price.
var moneyNouns = set("price", "prices", "fee", "fees", "rent", "rents", "interest", "tariff", "tariffs",
	"premium", "premiums", "commission", "levy", "rate", "rates", "money", "tax", "vat", "duty")

// wordWithin says whether one of ws is among the n tokens after at (before end).
func wordWithin(doc *document.Document, at, end, n int, ws map[string]bool) bool {
	i := firstToken(doc, at)
	for k := i; k < len(doc.Tokens) && k < i+n && doc.Tokens[k].Start < end; k++ {
		if ws[lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)] {
			return true
		}
	}
	return false
}

// modifiesNoun says whether the mention at sp is followed by a lower-case
// noun that is no person ("the Mehlis report"), before end.
func modifiesNoun(doc *document.Document, sp document.Span, end int) bool {
	w := nextWord(doc, sp.End, end)
	if w == "" || doc.Text[firstTokenStart(doc, sp.End)] < 'a' || doc.Text[firstTokenStart(doc, sp.End)] > 'z' {
		return false
	}
	return nounLike[w]
}

// nounLike are common nouns a name modifies in news ("the Mehlis report").
// A delegation, mission or team stands for its country and stays a party.
var nounLike = set("report", "reports", "letter", "letters", "message", "plan", "proposal", "proposals",
	"findings", "document", "documents", "draft", "list", "award", "prize", "call", "bid",
	"offer", "request", "package", "budget", "bill", "note", "memo", "dossier", "file", "files", "papers")

// firstTokenStart returns the start of the first token at or after at.
func firstTokenStart(doc *document.Document, at int) int {
	if i := firstToken(doc, at); i < len(doc.Tokens) {
		return doc.Tokens[i].Start
	}
	return at
}

// legalWords say that a sentence is about counsel in a trial (not "trial"
// or "court" alone: "defended X's right to free speech, … the trial of X").
var legalWords = set("lawyer", "lawyers", "attorney", "attorneys", "counsel", "barrister", "barristers",
	"solicitor", "solicitors", "codefendants", "co-defendants")

// sentenceHas says whether a word of the set is in the sentence.
func sentenceHas(doc *document.Document, sent document.Span, ws map[string]bool) bool {
	for _, t := range doc.Tokens[firstToken(doc, sent.Start):] {
		if t.Start >= sent.End {
			break
		}
		if ws[lowText(doc, t.Start, t.End)] {
			return true
		}
	}
	return false
}

// meetingNouns name meetings; capitalised inside a sentence they are part
// of a name ("the 14th Economic Leaders' Meeting").
var meetingNouns = set("meeting", "meetings", "talks", "summit", "summits", "conference", "forum", "dialogue")

// titleCase says whether a sentence is a headline in title case: fewer
// than three of its words start lower-case ("Private Meeting Between
// Clinton, Warren Prompts VP Speculation").
func titleCase(doc *document.Document, sent document.Span) bool {
	n := 0
	for _, t := range doc.Tokens[firstToken(doc, sent.Start):] {
		if t.Start >= sent.End {
			break
		}
		if unicode.IsLower([]rune(doc.Text[t.Start:t.End])[0]) {
			n++
		}
	}
	return n < 3
}

// verbBase returns the lemma of an inflected verb form by the lexicon or,
// for verbs not in it, by stripping a regular ending when the rest is one
// of speechLemmas ("described" → "describe").
func verbBase(w string) string {
	if e := lookupLex(w); e.inForms {
		return e.form.lemma
	}
	for _, suf := range []string{"d", "ed", "s", "es", "ing"} {
		if b := strings.TrimSuffix(w, suf); b != w && (speechLemmas[b] || speechLemmas[b+"e"]) {
			if speechLemmas[b] {
				return b
			}
			return b + "e"
		}
	}
	return w
}

// speechLemmas are verbs of speaking of or judging an event named after
// them.
var speechLemmas = set("describe", "condemn", "denounce", "call", "term", "brand", "label", "investigate", "probe",
	"mourn", "deplore", "decry", "report", "confirm", "deny", "blame", "claim")

// prevWord returns the lower-case token that ends at or before at (from start).
func prevWord(doc *document.Document, at, start int) string {
	i := firstToken(doc, at) - 1
	if i < 0 || doc.Tokens[i].Start < start {
		return ""
	}
	return lowText(doc, doc.Tokens[i].Start, doc.Tokens[i].End)
}

// sentenceInitial says whether the token at at opens the sentence (after
// quotes or a dash).
func sentenceInitial(doc *document.Document, at, start int) bool {
	return strings.Trim(doc.Text[start:at], " \t\n\"“‘'—-–") == ""
}

// headAfterPossessive returns the head of the noun phrase after the first
// possessive ("'s", "'") among the eight tokens after at, "" if none or if
// punctuation comes first.
func headAfterPossessive(doc *document.Document, at, end int) string {
	i := firstToken(doc, at)
	for k := i; k < len(doc.Tokens) && k < i+8 && doc.Tokens[k].Start < end; k++ {
		w := doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End]
		if w == "'s" || w == "’s" || w == "'" || w == "’" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			ws := phraseAfter(doc, doc.Tokens[k].End, end)
			if len(ws) == 0 {
				return ""
			}
			return ws[len(ws)-1]
		}
		if w == "," || w == ";" || w == "." || w == "(" {
			return ""
		}
	}
	return ""
}

// backAdverb are words after "back" that make it an adverb.
var backAdverb = set("in", "to", "from", "then", "home", "into", "at", "on", "up", "down", "off", "out", "when",
	"before", "after", "where", "again", "over", "around", "there", "here", "later", ".", ",")

// nextWord returns the lower-case token that starts at or after at (before end).
func nextWord(doc *document.Document, at, end int) string {
	if i := firstToken(doc, at); i < len(doc.Tokens) && doc.Tokens[i].Start < end {
		return lowText(doc, doc.Tokens[i].Start, doc.Tokens[i].End)
	}
	return ""
}

// phraseAfter returns the lower-case words of the noun phrase chunk that
// starts right after byte offset at (up to end): words up to the first
// preposition, conjunction, relative word, verb-like stop or punctuation
// other than a possessive or hyphen; trailing adverbs of time dropped.
func phraseAfter(doc *document.Document, at, end int) []string {
	var ws []string
	for _, t := range doc.Tokens[firstToken(doc, at):] {
		if t.Start >= end || len(ws) >= 8 {
			break
		}
		ws = append(ws, lowText(doc, t.Start, t.End))
	}
	return chunk(ws)
}

// chunk cuts words to the noun phrase they start with.
func chunk(ws []string) []string {
	var out []string
	money := false
	for _, w := range ws {
		after := money
		money = false
		w = strings.Trim(w, "\"“”‘’")
		if w == "" {
			continue
		}
		if w == "'s" || w == "’s" || w == "'" {
			out = append(out, w)
			continue
		}
		if strings.ContainsRune("$£€¥", []rune(w)[0]) { // "a £1.3bn offer"
			money = true
			continue
		}
		if after && unicode.IsDigit([]rune(w)[0]) {
			continue
		}
		if chunkStop[w] || !unicode.IsLetter([]rune(w)[0]) && !unicode.IsDigit([]rune(w)[0]) {
			break
		}
		// a number after a noun starts a time phrase: "the country six years ago"
		if len(out) > 0 && (unicode.IsDigit([]rune(w)[0]) || numberWords[w]) {
			break
		}
		out = append(out, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	}
	for len(out) > 0 && (trailingAdverb[out[len(out)-1]] || out[len(out)-1] == "'s" || out[len(out)-1] == "’s") {
		out = out[:len(out)-1]
	}
	return out
}

var chunkStop = set("of", "for", "in", "on", "at", "to", "with", "by", "from", "that", "which", "who", "whom",
	"and", "but", "or", "as", "amid", "after", "before", "while", "when", "since", "until", "over", "under",
	"into", "than", "because", "if", "is", "was", "were", "are", "be", "been", "has", "had", "have", "will",
	"would", "said", "says", "saying", "through", "during", "against", "about", "where", "so", "here", "there",
	"today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday")

var trailingAdverb = set("ahead", "later", "earlier", "ago", "again", "too", "also", "instead", "alone", "together")

// possessed says whether the mention at sp is followed by a possessive
// "'s" (before end): "the EU's threshold", "Mr Mandelson's announcement".
func possessed(doc *document.Document, sp document.Span, end int) bool {
	rest := doc.Text[sp.End:min(end, sp.End+3)]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "' ")
}

// nounBefore says whether the word before offset at (from start) makes the
// word at at a noun: a determiner, a possessive pronoun or an adjective of
// nationality or other capitalised modifier ("the Japanese side").
func nounBefore(doc *document.Document, at, start int) bool {
	var prev string
	for _, t := range doc.Tokens[firstToken(doc, start):] {
		if t.End > at {
			break
		}
		if t.Start >= start {
			prev = doc.Text[t.Start:t.End]
		}
	}
	if prev == "" {
		return false
	}
	if nounMakers[strings.ToLower(prev)] {
		return true
	}
	r := []rune(prev)
	return unicode.IsUpper(r[0])
}

var nounMakers = set("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "each",
	"either", "neither", "other", "opposing", "home", "visiting", "winning", "losing")

// sportsScore says whether the sentence reports a match: two sports words
// ("goals", "rebounds", "tournament"), or one and a score ("2-1", "6-4").
func sportsScore(doc *document.Document, sent document.Span) bool {
	n, score := 0, false
	for _, t := range doc.Tokens[firstToken(doc, sent.Start):] {
		if t.Start >= sent.End {
			break
		}
		w := lowText(doc, t.Start, t.End)
		if isScore(w) {
			score = true
		}
		if sportsWords[w] {
			n++
		}
	}
	return n >= 2 || score && n >= 1
}

// isScore says whether w is a match score: digits, a hyphen or en dash,
// digits, each side at most two digits.
func isScore(w string) bool {
	i := strings.IndexAny(w, "-–")
	if i <= 0 || i > 2 {
		return false
	}
	a, b := w[:i], strings.TrimLeft(w[i:], "-–")
	if len(b) == 0 || len(b) > 2 {
		return false
	}
	for _, s := range []string{a, b} {
		for _, c := range s {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

var sportsWords = set("goal", "goals", "rebounds", "assists", "innings", "wickets", "striker", "midfielder",
	"goalkeeper", "halftime", "half-time", "quarter-final", "quarterfinal", "semi-final", "semifinal", "seed",
	"match", "tournament", "league", "cup", "championship", "scored", "fixture", "squad", "coach", "stadium",
	"batsman", "batsmen", "bowler", "bowlers", "wicket", "birdie", "birdies", "bogey", "bogeys")

// ballWords in an attack or kill trigger make it a game ("slipped a shot
// past the keeper").
var ballWords = set("shot", "shots", "ball", "pass", "header", "volley", "kick", "free-kick", "penalty", "cross",
	"drive", "effort", "putt", "serve")

// ballPaths say where a ball went ("a shot past the keeper"); "fired
// shots at" is no game.
var ballPaths = set("past", "beyond", "wide", "over", "into")

// scoreAfterVerb says whether the trigger's verb is followed by a score
// ("fired a 67 at", "shot a 68"): an article, a number and nothing or a
// preposition after it ("fired 3 rockets at" is an attack).
func scoreAfterVerb(words []string) bool {
	if len(words) < 3 || words[1] != "a" && words[1] != "an" || !unicode.IsDigit([]rune(words[2])[0]) {
		return false
	}
	return len(words) == 3 || words[3] == "at" || words[3] == "in" || words[3] == "on"
}

// visitThings are troops, money and goods: what "arrives" with them
// before the trigger is moved, not a party visiting.
var visitThings = set("troops", "forces", "soldiers", "units", "battalion", "battalions", "warships", "ships",
	"tanks", "aircraft", "jets", "dollars", "euros", "yuan", "money", "funds", "aid", "shipment", "shipments",
	"cargo", "consignment", "goods", "weapons", "arms", "relic", "relics", "remains", "body", "bodies")

// thingBefore says whether one of visitThings is among the four tokens
// before the trigger at at (from start), with no comma between.
func thingBefore(doc *document.Document, at, start int) bool {
	i := firstToken(doc, at)
	for k := i - 1; k >= 0 && k >= i-4 && doc.Tokens[k].Start >= start; k-- {
		w := lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)
		if w == "," || w == ";" || w == "(" || w == ")" {
			return false
		}
		if mentionAt(doc, doc.Tokens[k]) && vesselNouns[wordBeforeMention(doc, k)] {
			return false // "the aircraft carrier USS Nimitz visited": a named vessel (verbargs.go)
		}
		if visitThings[w] {
			return true
		}
	}
	return false
}

// withdrawnThings are things given or said that a party takes back:
// withdrawing them is no pull-out.
var withdrawnThings = set("permission", "support", "backing", "bid", "bids", "offer", "offers", "comments",
	"comment", "remarks", "remark", "statement", "statements", "proposal", "proposals", "application",
	"applications", "claim", "claims", "complaint", "complaints", "lawsuit", "suit", "charges", "objection",
	"objections", "recognition", "funding", "motion", "amendment", "nomination", "invitation", "accreditation",
	"licence", "license", "approval", "consent", "endorsement", "threat", "demand", "demands", "request", "allegation",
	"allegations", "apology", "resignation", "name")

// courtWords head a subject that rules, not criticises.
var courtWords = set("court", "courts", "tribunal", "judge", "judges", "jury", "panel", "magistrate", "magistrates")

// courtSubject says whether the mention at sp names a court ("the
// District People's Court of Beijing").
func courtSubject(doc *document.Document, sp document.Span) bool {
	for _, w := range strings.Fields(lowText(doc, sp.Start, sp.End)) {
		if courtWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// rulingLemmas are the criticism verbs a court uses to rule.
var rulingLemmas = set("reject", "dismiss", "overturn", "throw", "deny", "refuse", "quash", "condemn", "criticize")

// standingNouns are criticism nouns that name a standing ("an opponent of").
var standingNouns = set("opponent", "opponents", "critic", "critics", "foe", "foes", "adversary", "rival", "rivals")

// standingBefore before a role noun makes it a standing, no act
// ("a long-time opponent of"); "a fierce critic of" stays criticism.
var standingBefore = set("long-time", "longtime", "long-standing", "longstanding", "lifelong", "old", "former",
	"one-time", "onetime", "erstwhile", "veteran", "time")

// challengeNonEvent are things challenged that are no party ("challenged
// the right of", "challenged the ruling").
var challengeNonEvent = set("right", "rights", "decision", "decisions", "ruling", "rulings", "legality",
	"validity", "result", "results", "law", "laws", "order", "verdict", "constitutionality", "claim", "claims",
	"view", "assumption", "figures", "basis")

// welcomeToVerbs after "welcome X to" make it an invitation ("welcomes X
// to come for a visit"); "welcomed X to the podium" stays a meeting.
var welcomeToVerbs = set("come", "visit", "join", "attend", "take", "participate", "invest", "return", "play",
	"help", "send", "open", "set", "be")

// wordAfterTo returns the lower-case token after the "to" that follows at
// (before end), "" if none.
func wordAfterTo(doc *document.Document, at, end int) string {
	i := firstToken(doc, at)
	if i+1 >= len(doc.Tokens) || doc.Tokens[i+1].Start >= end {
		return ""
	}
	return lowText(doc, doc.Tokens[i+1].Start, doc.Tokens[i+1].End)
}

// listAfterPreposition says whether the list of names that holds the token
// at at (capitalised words, commas and "and", back from at) follows "of",
// "for" or "from" after a noun that names no people: the names modify a
// thing or a body ("the cities of A, B and C", "the parliament for A, B
// and C"), not "the leaders of A and B".
func listAfterPreposition(doc *document.Document, at, start int) bool {
	for k := firstToken(doc, at) - 1; k >= 0 && doc.Tokens[k].Start >= start; k-- {
		w := doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End]
		switch {
		case w == "of" || w == "for" || w == "from":
			// "the leaders of A and B met": people of the parties meet
			p := prevWord(doc, doc.Tokens[k].Start, start)
			return !personNoun(p) && !personNoun(strings.TrimSuffix(p, "s")) && !delegationNouns[p]
		case w == "," || w == "and" || unicode.IsUpper([]rune(w)[0]):
			continue
		}
		return false
	}
	return false
}

// delegationNouns stand for their parties ("delegations of A and B met").
var delegationNouns = set("delegation", "delegations", "team", "teams", "envoys", "representatives", "officials",
	"negotiators", "heads", "chiefs", "governments", "sides")

// callRequests are the words after "called on X" that make the call a
// request: "to" (an infinitive), "for", "that", "not".
var callRequests = set("to", "for", "that", "not")

// thingReceivedFrom reports whether the words from at to the object at
// obj are a determiner, one to three lower-case words and "of" or
// "from": "received the endorsement of", "welcomed a letter from".
func thingReceivedFrom(doc *document.Document, at, obj int) bool {
	var ws []string
	for _, t := range doc.Tokens[firstToken(doc, at):] {
		if t.Start >= obj {
			break
		}
		ws = append(ws, doc.Text[t.Start:t.End])
	}
	if len(ws) < 3 || len(ws) > 5 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "the", "a", "an", "his", "her", "their", "its", "our":
	default:
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if !isLower(w) {
			return false
		}
	}
	last := ws[len(ws)-1]
	return last == "of" || last == "from"
}
