package relation

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// The WordNet-neighbour round (branch triggers5, docs/relations.md
// "WordNet neighbours, vetted"): the words the lexicons lacked among the
// WordNet 3.1 neighbours of their own verbs — synonyms, direct hypernyms
// and troponyms of each seed verb's first two senses, and the nouns
// derived from them — listed with their counts in the news corpora by
// `go run ./relation/internal/wngen -neighbours` and vetted by hand
// against the guidelines (docs/triggers-vetted.md keeps every kept and
// rejected word with its reason). Of about 2,000 candidates few pass:
// the earlier WordNet round (triggers_wordnet.go) had taken the
// synonyms and troponyms of the seeds' main senses, and most of the rest
// are generic hypernyms ("move", "change", "say") or other senses
// ("quarter", "stone", "fence"). Like the CAMEO round's words, the
// interaction model's features and the dependency tier do not read
// them.

// triggers5Specs are the round's verbs and phrases in fallbackSpecs'
// form.
var triggers5Specs = map[string][]string{
	// quarrels between named people are criticism (the fallback's
	// "clash with" already reads so between persons): "X has feuded
	// with Y", "sparred with Y", "crossed swords with Y", "exchanged
	// barbs with Y" (not "traded barbs": "trade" as a verb form cuts
	// noun phrases such as "global trade deals" in the sample);
	// blackening a name: "sought to discredit Y", "smeared Y",
	// "skewered Y"
	Criticize: {"feud with", "spar with", "cross swords with", "discredit", "smear", "skewer", "quarrel with",
		"exchange barbs with", "exchange insults with", "butt heads with", "have harsh words for", "have strong words for",
		"push back against"},
	// "campaigned with Clinton" (with the candidate, for her), "raved
	// about Y", "spoke in favour of Y" ("root for" was dropped: in the
	// sample it was said of sports teams, read as their states)
	Support: {"campaign with", "campaign alongside", "rave about", "speak in favour of", "speak in favor of",
		"have kind words for", "have nothing but praise for", "headline a fundraiser for", "headline a fund-raiser for",
		"headline a rally for", "hold a rally for", "host a rally for"},
	// a successful urging: "convinced Y to stay in the race"
	Urge: {"convince X to", "push for X to"},
	// a state's coercion of a named group, as the sets annotate it:
	// "should crack down on Islamic Jihad"
	Sanction: {"crack down on"},
	// calls and hosting are meetings, as the sets annotate
	// conversations: "phoned Y", "played host to Y", "exchanged views
	// with Y", "spoke by telephone with Y"
	Meet: {"phone", "telephone", "play host to", "exchange views with", "speak by telephone with", "speak by phone with",
		"talk by telephone with", "talk by phone with", "host a dinner for", "host a banquet for", "host a reception for",
		"host a luncheon for", "give a dinner for", "have breakfast with", "visit with"},
	Visit: {"pay a courtesy call on", "fly in to", "go on to"},
	// joining forces is the CAMEO class "cooperate" the agree type takes
	Agree: {"join forces with", "sign a memorandum of understanding with", "enter into a partnership with",
		"enter into an alliance with"},
	// pacts and memberships: "signed a memorandum of understanding
	// with Y", "entered into a partnership with Y"
	// (Agree has "join forces with" above)
	// dropping a pact or a process, read only with a noun phrase of
	// withdrawnFrom as object (triggers5Withdrawals): "abandoned the
	// peace talks", "tore up the agreement", "scrapped the deal"
	Withdraw: {"abandon", "tear up", "scrap", "ditch"},
}

// triggers5Nouns are the round's nouns, in fbNouns' form: "X's
// conversations with Y", "X's admiration for Y", "X's settlement with
// Y", "a fatwa against Y", "X's crackdown on Y".
var triggers5Nouns = map[string]string{
	"conversation": Meet, "conversations": Meet, "videoconference": Meet,
	"admiration": Support,
	"settlement": Agree,
	// the guidelines' own threaten trigger, and the noun of "crack down
	// on": "a fatwa against Y", "the crackdown on Y"
	"fatwa": Threaten, "fatwas": Threaten, "crackdown": Sanction,
}

// requestAdjunctNouns are the nouns of "at the request of Y", "at Y's
// behest": Y urged the one who acts.
var requestAdjunctNouns = set("request", "urging", "behest", "insistence", "prodding", "instigation")

// triggers5Gate calls add with the words the round's readers start from.
func triggers5Gate(add func(string)) {
	for w := range triggers5Nouns {
		add(w)
	}
	for w := range requestAdjunctNouns {
		add(w)
	}
	for w := range rejectForms {
		add(w)
	}
	add("pressure")
	for w := range quarrelNouns {
		add(w)
	}
	for _, fr := range objectFrames {
		if !slices.ContainsFunc(fr.lemmas, func(l string) bool { return listingVerbs[l] }) {
			add(fr.tail[len(fr.tail)-1]) // the listing frames are read from the verb
		}
	}
	for w, l := range frameForms {
		if listingVerbs[l] {
			add(w)
		}
	}
	for w := range meetingHeads {
		add(w)
	}
}

// triggers5 runs the round's readers at token i (the fallback tier's
// loop).
func (f *finder) triggers5(s *sentence, i int) []document.Relation {
	if rs := f.pressureAdjunct(s, i); rs != nil {
		return rs
	}
	if rs := f.meetingOfParties(s, i); rs != nil {
		return rs
	}
	if rs := f.dismissedNamed(s, i); rs != nil {
		return rs
	}
	if rs := f.warnedConditional(s, i); rs != nil {
		return rs
	}
	if rs := f.pressureOn(s, i); rs != nil {
		return rs
	}
	if rs := f.quarrelWith(s, i); rs != nil {
		return rs
	}
	if rs := f.objectFrame(s, i); rs != nil {
		return rs
	}
	return f.requestAdjunct(s, i)
}

// pressureAdjunct reads "under pressure from Y" set off as an adjunct at
// the noun i, the cases underFrom (audit1.go) leaves, which needs a form
// of "be" before "under": "Under pressure from Y, X agreed …" and "X,
// under heavy pressure from Y, agreed …" — Y urges X. Up to two words
// may qualify the noun ("heavy", "international"); "no" or "little"
// among them denies it. X is the name right after the adjunct's closing
// comma when it opens the sentence, else the name right before its
// opening comma; a lower-case word (its verb) must follow X or the
// adjunct.
func (f *finder) pressureAdjunct(s *sentence, i int) []document.Relation {
	if s.low(i) != "pressure" || s.low(i+1) != "from" {
		return nil
	}
	k := i - 1
	for k > 0 && k >= i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && s.low(k) != "under" {
		if s.low(k) == "no" || s.low(k) == "little" || s.low(k) == "without" {
			return nil
		}
		k--
	}
	if s.low(k) != "under" {
		return nil
	}
	opening := k == 0
	if !opening && s.low(k-1) != "," {
		return nil
	}
	actor, next := s.fbObject(i+2, Urge)
	if actor == nil || actor.typ == document.MISC && !s.groupHead(actor) || actor.typ == "PRON" {
		return nil
	}
	if s.low(next) != "," {
		return nil // "under pressure from Y to …": not set off
	}
	var target *arg
	if opening {
		target = s.argAt(next + 1)
		if target == nil || target.first != next+1 {
			return nil
		}
	} else {
		target = s.argAt(k - 2)
		if target == nil || target.last != k-2 {
			return nil
		}
	}
	if target.typ == document.MISC && !s.groupHead(target) || target.place && !isCountryArg(s, target) {
		return nil
	}
	verb := target.last + 1 // "Under pressure from Y, X agreed"
	if !opening {
		verb = next + 1 // "X, under pressure from Y, agreed"
	}
	if !isLower(s.tokText(verb)) {
		return nil
	}
	if target.ent == actor.ent || !fbFits(s, Urge, actor, target) {
		return nil
	}
	r := f.relation(s, Urge, actor, target, k, i+2, k)
	r.Negated, r.Modality = false, document.Happened
	return []document.Relation{r}
}

// requestAdjunct reads "at the request of Y", "at the urging of Y", "at
// Y's behest" at the noun i: Y urged the subject of the clause that
// does what was asked ("X resigned at the request of Y", "At the urging
// of Y, X dropped …"). The actor is the name after "of" (right after
// it, over determiners) or the possessor before the noun; the one
// urged the clause's subject before "at" (fbLeft from the verb group
// of the verb before it), or the name after the comma that closes an
// adjunct opening the sentence.
func (f *finder) requestAdjunct(s *sentence, i int) []document.Relation {
	if !requestAdjunctNouns[s.low(i)] {
		return nil
	}
	var actor *arg
	at, end, next := -1, i+1, i+1
	switch {
	case s.low(i+1) == "of" && s.low(i-1) == "the" && s.low(i-2) == "at":
		at = i - 2
		a, n := s.objectAt(i + 2)
		if a == nil || a.first > i+3 {
			return nil
		}
		actor, end, next = a, i+2, n
	case s.low(i-1) == "'s" || s.low(i-1) == "'":
		a := s.argAt(i - 2)
		if a == nil || a.last != i-2 || s.low(a.first-1) != "at" {
			return nil
		}
		actor, at = a, a.first-1
	default:
		return nil
	}
	if actor.typ == "PRON" || actor.typ == document.MISC && !s.groupHead(actor) || actor.place && !isCountryArg(s, actor) && actor.typ == document.LOC {
		return nil
	}
	var target *arg
	vg := at
	if at == 0 {
		if s.low(next) != "," {
			return nil
		}
		target = s.argAt(next + 1)
		if target == nil || target.first != next+1 || !isLower(s.tokText(target.last+1)) {
			return nil
		}
		vg = target.last + 1
	} else {
		if !isLower(s.tokText(at-1)) || s.toks[at-1].arg >= 0 || isSegmentEnd(s.toks[at-1].text) {
			return nil // the verb that does what was asked stands right before "at"
		}
		target = f.fbLeft(s, s.verbGroupStart(at-1), false)
	}
	if target == nil || target.typ == "PRON" && s.low(target.first) == "it" || target.typ == document.MISC && !s.groupHead(target) {
		return nil
	}
	if target.ent == actor.ent || !fbFits(s, Urge, actor, target) {
		return nil
	}
	start := at
	r := f.relation(s, Urge, actor, target, start, end, vg)
	r.Negated, r.Modality = false, document.Happened
	return []document.Relation{r}
}

// meetingHeads are the nouns of a meeting whose parties may follow "of":
// "a joint meeting of A, B and C".
var meetingHeads = set("meeting", "meetings", "summit", "talks", "conference")

// partyGroupNouns head a phrase naming the envoys of the parties after
// "of": "a meeting of the foreign ministers of A, B and C".
var partyGroupNouns = set("ministers", "leaders", "officials", "representatives", "envoys", "heads", "delegates",
	"delegations", "presidents", "negotiators")

// meetingOfParties reads the parties listed after "of" at a meeting noun
// i: "a joint meeting of A, B and C", "a summit of the leaders of A and
// B". The list is names set apart by commas and "and" (determiners
// aside), each a person, an organisation or a country ("the X
// government" too), at least two;
// as for "a meeting between A, B and C" (meetingBetween), each meets
// the last. One body ("a meeting of the Security Council") is
// meetingOf's (fallback.go) or nothing; a list whose last name modifies
// a noun of people ("a meeting of A and B officials") gives nothing.
func (f *finder) meetingOfParties(s *sentence, i int) []document.Relation {
	if !meetingHeads[s.low(i)] || s.low(i+1) != "of" {
		return nil
	}
	k := i + 2
	if s.low(k) == "the" {
		// "of the foreign ministers of": up to two modifiers and a
		// group noun, then "of"
		for m := k + 1; m <= k+3 && m < len(s.toks); m++ {
			if partyGroupNouns[s.low(m)] && s.low(m+1) == "of" {
				k = m + 2
				break
			}
			if !isLower(s.tokText(m)) {
				break
			}
		}
	}
	var list []*arg
	for k < len(s.toks) {
		the := s.low(k) == "the"
		if the && s.argAt(k) == nil {
			k++
		}
		a := s.argAt(k)
		if a == nil || a.first != k || a.typ == "PRON" || a.dateline {
			return nil
		}
		if !(a.typ == document.PER || a.typ == document.ORG || isCountryArg(s, a) || s.namesCountry(a) ||
			a.typ == document.MISC && (a.last > a.first || s.groupHead(a))) {
			return nil // a body the tagger calls MISC is named in two words or more: "the Arab League"
		}
		list = append(list, a)
		k = a.last + 1
		if the && institution[s.low(k)] {
			k++ // "the Sudanese government"
		}
		if s.low(k) == "," {
			k++
		}
		if s.low(k) == "and" {
			k++
			continue
		}
		if s.low(k-1) == "," {
			continue
		}
		break
	}
	if len(list) < 2 {
		return nil
	}
	if l := s.low(k); peopleNouns[l] || partyGroupNouns[l] || institution[l] || personNouns[l] {
		return nil // "a meeting of A and B officials"
	}
	var out []document.Relation
	last := list[len(list)-1]
	for _, a := range list[:len(list)-1] {
		if a.ent == last.ent {
			continue
		}
		out = append(out, f.relation(s, Meet, a, last, i, i+1, i))
	}
	return out
}

// rejectForms reject or dispute a statement as dismissForms do
// (stance3.go), here read only with a named party's statement noun after
// them: "rejected the Kremlin claims", "disputed Y's claims",
// "questioned Y's remarks".
var rejectForms = set("rejected", "rejects", "rejecting", "reject", "disputed", "disputes", "disputing", "dispute",
	"challenged", "challenges", "challenging", "questioned", "questions", "questioning", "contested", "contests",
	"contesting", "refuted", "refutes", "refuting")

// dismissedNamed reads a dismissal of a statement a name modifies, the
// case dismissed (stance3.go) leaves for the possessive: "X brushed
// aside a U.S. warning", "X dismissed the Kremlin claims", "X rejected
// Russian accusations" (the nationality when it names a country), "X
// disputed Y's claims" — X criticises the party named. The noun must be one of dismissedWords,
// right after the name or after one lower-case modifier; a passive or a
// firing ("dismissed the U.S. ambassador") gives nothing.
func (f *finder) dismissedNamed(s *sentence, i int) []document.Relation {
	particle, ok := dismissForms[s.low(i)]
	if !ok && !rejectForms[s.low(i)] {
		return nil
	}
	if s.passiveBefore(i) || s.in(i-1, wsDeterminers) {
		return nil
	}
	j := i + 1
	if particle != "" {
		if s.low(j) != particle {
			return nil
		}
		j++
	}
	k0 := s.pastDeterminers(j)
	obj := s.argAt(k0)
	if obj == nil || obj.first != k0 || obj.typ == "PRON" || !s.stanceParty(obj) {
		return nil
	}
	k := obj.last + 1
	if n := s.low(k); n == "'s" || n == "'" {
		if _, dismiss := dismissForms[s.low(i)]; dismiss {
			return nil // stance3's dismissed reads "brushed aside Y's claims"
		}
		k++ // "disputed Y's claims"
	}
	if isLower(s.tokText(k)) && !dismissedWords[s.low(k)] && dismissedWords[s.low(k+1)] {
		k++ // "a U.S. diplomatic warning"
	}
	if !dismissedWords[s.low(k)] {
		return nil
	}
	vg := s.verbGroupStart(i)
	var subj *arg
	if s.low(i-1) == "," && strings.HasSuffix(s.low(i), "ing") {
		subj = s.openingSubject(vg)
	} else {
		subj = f.fbLeft(s, vg, false)
	}
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || subj.ent == obj.ent || !fbFits(s, Criticize, subj, obj) {
		return nil
	}
	end := i + 1
	if particle != "" {
		end++
	}
	return []document.Relation{f.relation(s, Criticize, subj, obj, i, end, vg)}
}

// penaltyVerbs say what befalls the one warned: "Y would face
// consequences", "would pay a price", "would lose its aid", "would
// suffer".
var penaltyVerbs = set("face", "pay", "lose", "suffer")

// warnedConditional reads a conditional warning at a warning verb i, the
// frames warnedThat and warnedIf (physical.go, sponsors.go) leave: a
// consequence announced with a modal and tied to a condition is a threat
// ("warn of (a consequence)" in the guidelines).
//
//   - "X warned Y (that) … would/will … if/unless …": Y, named right
//     after the verb, is threatened; the complement (up to 25 tokens, in
//     the sentence's clause: no ";" and no "but") must hold a modal and
//     "if" or "unless", in any order ("warned Ukraine that Russia would
//     cut supplies unless it paid").
//   - "X warned (that) Y would face|pay|lose|suffer … if/unless Y …": the
//     one who would bear it and the one the condition is on are the same
//     party (the same entity, or a pronoun after "if": "warned that Iran
//     would face sanctions if it resumed enrichment").
//
// "warned Y against …" and "warned Y of …" (the lexicon's) are left;
// the warner is the subject of the verb group (no gerund, no noun).
func (f *finder) warnedConditional(s *sentence, i int) []document.Relation {
	if !s.in(i, wsWarnVerbs) || s.low(i) == "warning" {
		return nil
	}
	vg := s.verbGroupStart(i)
	if s.low(i) == "warn" && vg == i {
		return nil
	}
	subj := f.fbLeft(s, vg, false)
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) {
		return nil
	}
	modal, cond := -1, -1
	for k := i + 1; k < len(s.toks) && k <= i+25; k++ {
		l := s.low(k)
		if l == ";" || l == "." || l == "but" || s.toks[k].text == ")" {
			break
		}
		if modal < 0 && (l == "would" || l == "will" || l == "'d" || l == "'ll") {
			modal = k
		}
		if cond < 0 && (l == "if" || l == "unless") {
			cond = k
		}
	}
	if modal < 0 || cond < 0 {
		return nil
	}
	obj := s.argAt(i + 1)
	if obj != nil && obj.first == i+1 {
		// the addressee: "warned Ukraine that …", "warned Iran it would …"
		if n := s.low(obj.last + 1); n == "against" || n == "of" || n == "to" || n == "about" || n == "over" {
			return nil
		}
	} else {
		// the one who bears it is the one the condition is on
		if modal < 2 || cond < modal {
			return nil
		}
		bearer := s.argAt(modal - 1)
		v := modal + 1
		for v < len(s.toks) && isAdverb(s.low(v)) {
			v++
		}
		lemma := s.lexAt(v).fbForm.lemma
		if lemma == "" {
			lemma = s.low(v)
		}
		if bearer == nil || bearer.last != modal-1 || !penaltyVerbs[lemma] && !penaltyVerbs[s.low(v)] {
			return nil
		}
		j := s.pastDeterminers(cond + 1)
		if y := s.argAt(j); y != nil {
			if y.first != j || y.ent != bearer.ent {
				return nil
			}
		} else if !pronouns[s.low(j)] || !ownPronoun(bearer, s.low(j)) {
			return nil // a pronoun no resolver gave must suit the bearer
		}
		obj = bearer
	}
	if obj.typ == "PRON" || obj.dateline || obj.typ == document.MISC && !s.groupHead(obj) || obj.ent == subj.ent ||
		!fbFits(s, Threaten, subj, obj) {
		return nil
	}
	r := f.relation(s, Threaten, subj, obj, i, i+1, vg)
	return []document.Relation{r}
}

// pressOnVerbs put pressure on someone: "put pressure on Y", "stepped up
// pressure on Y", "piled pressure on Y", "exerted pressure on Y".
var pressOnVerbs = set("put", "puts", "putting", "exert", "exerts", "exerted", "exerting", "step", "steps", "stepped",
	"stepping", "pile", "piles", "piled", "piling", "increase", "increases", "increased", "increasing", "ratchet",
	"ratchets", "ratcheted", "ratcheting", "keep", "keeps", "kept", "keeping", "maintain", "maintains", "maintained",
	"maintaining", "apply", "applies", "applied", "applying", "heap", "heaps", "heaped", "heaping", "mount", "mounts",
	"mounted", "mounting", "ramp", "ramps", "ramped", "ramping", "turn", "turns", "turned", "turning", "intensify",
	"intensifies", "intensified", "intensifying")

// pressureOn reads "X put pressure on Y (to …)" at the noun i: X presses
// Y, an urging ("press" in the guidelines). Up to three words may stand
// between the verb and the noun ("stepped up the pressure", "put more
// diplomatic pressure"); "X's pressure on Y" takes the possessor. Y is a
// name or a party right after "on", not one that owns what follows
// ("pressure on BT's margins"); X a name, never a cause ("rising prices
// put pressure on Y" has none).
func (f *finder) pressureOn(s *sentence, i int) []document.Relation {
	if s.low(i) != "pressure" || s.low(i+1) != "on" && s.low(i+1) != "upon" {
		return nil
	}
	obj, next := s.fbObject(i+2, Urge)
	if obj == nil || obj.first > i+3 || obj.typ == "PRON" && s.low(obj.first) == "it" || !s.stanceParty(obj) {
		return nil
	}
	if n := s.low(next); n == "'s" || n == "'" {
		return nil
	}
	start := i
	subj := f.fbPossessor(s, i)
	vg := i
	if subj == nil {
		k := i - 1
		for k > 0 && k >= i-4 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !pressOnVerbs[s.low(k)] &&
			!s.in(k, wsPrepsBefore) || s.low(k) == "up" {
			k--
		}
		if !pressOnVerbs[s.low(k)] || s.low(k-1) == "under" {
			return nil
		}
		if l := s.low(k); (l == "mounting" || l == "increasing") && (s.in(k-1, wsDeterminers) || s.in(k-1, wsPrepsBefore)) {
			return nil // "amid mounting pressure on Y": a noun's modifier, no verb
		}
		vg = s.verbGroupStart(k)
		subj = f.fbLeft(s, vg, false)
		start = k
	}
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || subj.ent == obj.ent || !fbFits(s, Urge, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Urge, subj, obj, start, i+2, vg)}
}

// quarrelNouns name a quarrel between two parties: "X's feud with Y", "a
// row with Y", "a spat with Y". "Dispute" and "clash" are left out (a
// trade dispute, clashes with police).
var quarrelNouns = set("feud", "feuds", "spat", "spats", "row", "rows", "quarrel", "quarrels", "squabble", "squabbles")

// quarrelWith reads a quarrel noun with its other party after "with" at
// i: "X's feud with Y", "X is locked in a bitter row with Y", "X became
// embroiled in a spat with Y" — X criticises Y. The actor is the
// possessor, or the subject of the verb before "in (a) (adjective)
// noun"; both parties must be persons or bodies, not places ("a row of
// houses with …" names none).
func (f *finder) quarrelWith(s *sentence, i int) []document.Relation {
	if !quarrelNouns[s.low(i)] || s.low(i+1) != "with" {
		return nil
	}
	obj, _ := s.fbObject(i+2, Criticize)
	if obj == nil || obj.first > i+3 || obj.typ == "PRON" || !s.stanceParty(obj) {
		return nil
	}
	subj := f.fbPossessor(s, i)
	vg := i
	if subj == nil {
		k := i - 1
		for k > 0 && k >= i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && s.low(k) != "in" {
			k--
		}
		if s.low(k) != "in" || k < 2 || !isLower(s.tokText(k-1)) || s.toks[k-1].arg >= 0 {
			return nil
		}
		vg = s.verbGroupStart(k - 1)
		subj = f.fbLeft(s, vg, false)
	}
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || subj.ent == obj.ent || !fbFits(s, Criticize, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Criticize, subj, obj, i, i+2, vg)}
}

// An objectFrame is a verb whose object stands inside the phrase, before
// fixed closing words: "shot X dead", "took X to task".
type objectFrame struct {
	typ    string
	lemmas []string // the verb's lemmas
	tail   []string // the words after the object
}

// objectFrames are the frames objectFrame reads, each gated on its last
// word.
var objectFrames = []objectFrame{
	{Kill, []string{"shoot"}, []string{"dead"}},
	{Kill, []string{"shoot", "stab", "beat", "hack", "burn", "stone", "club", "bludgeon", "batter", "kick"}, []string{"to", "death"}},
	{Criticize, []string{"take"}, []string{"to", "task"}},
	{Sanction, []string{"declare"}, []string{"persona", "non", "grata"}},
	{Sanction, []string{"declare", "designate", "brand"}, []string{"a", "terrorist", "organisation"}},
	{Sanction, []string{"declare", "designate", "brand"}, []string{"a", "terrorist", "organization"}},
	{Sanction, []string{"declare", "designate"}, []string{"a", "terrorist", "group"}},
	{Arrest, []string{"find"}, []string{"guilty"}},
	{Meet, []string{"join"}, []string{"for", "talks"}},
}

// frameForms are the inflected forms of objectFrames' verbs.
var frameForms = map[string]string{
	"shoot": "shoot", "shoots": "shoot", "shot": "shoot", "shooting": "shoot",
	"stab": "stab", "stabs": "stab", "stabbed": "stab", "stabbing": "stab",
	"beat": "beat", "beats": "beat", "beaten": "beat", "beating": "beat",
	"hack": "hack", "hacks": "hack", "hacked": "hack", "hacking": "hack",
	"burn": "burn", "burns": "burn", "burned": "burn", "burnt": "burn", "burning": "burn",
	"stone": "stone", "stones": "stone", "stoned": "stone", "stoning": "stone",
	"club": "club", "clubs": "club", "clubbed": "club", "clubbing": "club",
	"bludgeon": "bludgeon", "bludgeons": "bludgeon", "bludgeoned": "bludgeon", "bludgeoning": "bludgeon",
	"batter": "batter", "batters": "batter", "battered": "batter", "battering": "batter",
	"kick": "kick", "kicks": "kick", "kicked": "kick", "kicking": "kick",
	"take": "take", "takes": "take", "took": "take", "taken": "take", "taking": "take",
	"declare": "declare", "declares": "declare", "declared": "declare", "declaring": "declare",
	"designate": "designate", "designates": "designate", "designated": "designate", "designating": "designate",
	"brand": "brand", "brands": "brand", "branded": "brand", "branding": "brand",
	"find": "find", "finds": "find", "found": "find", "finding": "find",
	"join": "join", "joins": "join", "joined": "join", "joining": "join",
}

// objectFrame reads a frame of objectFrames ending at token i: "Gunmen
// shot X dead", "X stabbed Y to death", "X took Y to task", "X declared
// Y persona non grata", "X designated Y (as) a terrorist organisation",
// "a court found Y guilty", "X joined Y for talks". The object is a name
// (titles before it aside) or a pronoun the resolver gives right before
// the closing words; the verb stands right before the object; the actor
// is the verb group's subject. A passive ("was shot dead", "was found
// guilty") names no actor here and gives nothing.
func (f *finder) objectFrame(s *sentence, i int) []document.Relation {
	if listingVerbs[frameForms[s.low(i)]] {
		return f.listedAs(s, i)
	}
	for _, fr := range objectFrames {
		n := len(fr.tail)
		if s.low(i) != fr.tail[n-1] || i-n < 1 {
			continue
		}
		t0 := i - n + 1
		match := true
		for m, w := range fr.tail {
			if s.low(t0+m) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		end := t0 - 1
		if s.low(end) == "as" {
			end-- // "designated Y as a terrorist organisation"
		}
		obj := s.argAt(end)
		if obj == nil || obj.last != end || obj.dateline || obj.typ == document.MISC && !s.groupHead(obj) {
			continue
		}
		v := s.skipTitlesBefore(obj.first - 1)
		if s.in(v, wsDeterminers) {
			v--
		}
		lemma := frameForms[s.low(v)]
		if lemma == "" || !slices.Contains(fr.lemmas, lemma) || s.passiveBefore(v) {
			continue
		}
		vg := s.verbGroupStart(v)
		subj := f.fbLeft(s, vg, false)
		if subj == nil && fr.typ == Kill {
			subj = f.attackAgent(s, vg)
		}
		if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || subj.ent == obj.ent || !fbFits(s, fr.typ, subj, obj) {
			continue
		}
		if fr.typ == Meet && !isPerson(subj) && !isPerson(obj) {
			continue
		}
		if fr.typ == Arrest && !courtWords[s.low(vg-1)] && subj.typ != document.ORG {
			continue // "a German court found Y guilty", not "he found Y guilty of nothing"
		}
		return []document.Relation{f.relation(s, fr.typ, subj, obj, v, i+1, vg)}
	}
	return nil
}

// listingVerbs are objectFrames' verbs whose closing words ("a terrorist
// organisation") the view may take for a description argument, so that
// the frame is read from the verb (listedAs).
var listingVerbs = set("declare", "designate", "brand")

// listedAs reads a frame of objectFrames from its verb at i: "X
// designated Y (as) a terrorist organisation", "X declared Y a terrorist
// group". The object is the name right after the verb; the closing words
// follow it, over "as".
func (f *finder) listedAs(s *sentence, i int) []document.Relation {
	lemma := frameForms[s.low(i)]
	obj := s.argAt(i + 1)
	if obj == nil || obj.first != i+1 || obj.typ == "PRON" || obj.dateline || obj.typ == document.MISC && !s.groupHead(obj) ||
		s.passiveBefore(i) {
		return nil
	}
	t0 := obj.last + 1
	if s.low(t0) == "as" {
		t0++
	}
	for _, fr := range objectFrames {
		if !slices.Contains(fr.lemmas, lemma) {
			continue
		}
		match := true
		for m, w := range fr.tail {
			if s.low(t0+m) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		vg := s.verbGroupStart(i)
		subj := f.fbLeft(s, vg, false)
		if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || subj.ent == obj.ent || !fbFits(s, fr.typ, subj, obj) {
			return nil
		}
		return []document.Relation{f.relation(s, fr.typ, subj, obj, i, t0+len(fr.tail), vg)}
	}
	return nil
}
