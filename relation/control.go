package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Requests to remove someone and stances kept (branch urgesupp,
// docs/relations.md "Fallback tier, removal requests"): "X called for the
// resignation of Y" asks Y to go as "X called for Y to resign" does; the
// verb and noun forms of a call or demand whose object is a removal noun
// ("the resignation of", "the ouster of") are requests of the one to be
// removed, or of the body whose officer is named by a possessive ("the
// removal of Northwind's chairman" is a request of Northwind). Written
// from half A of sets D and E; tests in control_test.go with sentences
// written for them.

// controlSpecs are this round's verbs, in fallbackSpecs' form; like the
// other rounds' they come after the hand-written lexicon and the
// interaction model's features do not read them. "stick to" takes only a
// statement or action phrase (headStance): "would stick to its one-China
// policy".
var controlSpecs = map[string][]string{
	Support: {"stick to"},
}

// removalNouns name a party's going that someone may ask for ("the
// resignation of X"; read here and by nominal2.go's removal calls).
var removalNouns = set("resignation", "resignations", "removal", "ouster", "dismissal", "sacking", "firing", "departure",
	"impeachment")

// removalRequest reads a request for someone's removal at the call word
// i: "called for", "calls from X for", "X's request for", "renewed his
// call for", "issued a call for" (call words before "for"), or
// "demanded", "sought", "urged", "requested" with the removal noun as
// their object; then a removal noun with the one to go (removalObject):
// "the (immediate) resignation of Y", "Y's ouster", "his resignation",
// "the removal of Northwind's chairman" (a request of Northwind), "the
// removal of the supervisory board" (a phrase object). The actor is the
// party after "from" or "by", a noun's possessor or its light or renewing
// verb's subject, or the verb's subject. The trigger runs from the call
// word to the removal noun and its "of".
func (f *finder) removalRequest(s *sentence, i int) []document.Relation {
	l := s.low(i)
	lLex := s.lexAt(i)
	forCall := lLex.in(wsCallWords) || lLex.form.lemma == "call" || lLex.in(wsRequestNouns)
	direct := lLex.in(wsDirectCallers) && !s.in(i-1, wsDeterminers) && s.low(i-1) != "'s"
	if !forCall && !direct {
		return nil
	}
	j := i + 1
	var from *arg
	if forCall && (s.low(j) == "from" || s.low(j) == "by") {
		// "calls from Apex for the removal of …", "calls by X for"
		a, next := s.objectAt(j + 1)
		if a == nil || a.typ == document.MISC || a.typ == "PRON" {
			return nil
		}
		from, j = a, next
	}
	if forCall && s.low(j) == "for" {
		j++
	} else if !direct {
		return nil
	}
	obj, objText, objSpan, end := f.removalObject(s, j)
	if obj == nil && objText == "" {
		return nil
	}
	subj, vg := from, i
	if subj == nil && forCall {
		subj = f.nounCaller(s, i) // "Apex's request for", "renewed its call for", "issued a call for"
	}
	if subj == nil && (l == "calling" || l == "demanding") && s.in(i-1, wsMannerPreps) {
		// "led the revolt by calling for Y's resignation": the clause's
		// subject, the name opening the sentence
		vg = i - 1
		subj = s.openingSubject(vg)
	}
	if subj == nil && (direct || s.removalVerb(i)) {
		// a verb: "Apex called for", "began calling for", "will demand",
		// "were planning to demand", "now seeks the ouster of"
		vg = s.verbGroupStart(i)
		if to := s.low(vg - 1); s.low(vg) == "to" && (progressiveControl[to] || controlVerbs[to]) {
			vg = s.verbGroupStart(vg - 1)
		}
		subj = f.fbLeft(s, vg, false)
		if subj == nil && direct {
			subj = f.fbController(s, vg) // "Apex's bid to demand"
		}
	}
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || obj != nil && (subj.ent == obj.ent || !fbFits(s, Urge, subj, obj)) {
		return nil
	}
	r := f.relation(s, Urge, subj, obj, i, end, vg)
	if obj == nil {
		r.ObjectText, r.ObjectSpan = objText, &objSpan
	}
	return []document.Relation{r}
}

// callWords take "for" before what is asked: "called for the resignation
// of X", "X's call for the removal of Y", "pressed for his ouster" (with
// the forms of "call" and requestNouns).
var callWords = set("call", "calls", "called", "calling", "appeal", "appeals", "appealed", "appealing", "push", "pushed",
	"pushing", "pressed", "pressing", "press")

// directCallers ask for a removal named as their object: "demanded the
// removal of X", "sought his ouster".
var directCallers = set("demand", "demands", "demanded", "demanding", "request", "requests", "requested", "requesting",
	"sought", "seek", "seeks", "seeking", "urged", "urge", "urges", "urging")

// nounCaller returns the actor of a call or request noun at i: its
// possessor ("X's call for"), the subject of a light verb before it
// ("X issued a call for", "X renewed calls for") or of a renewing verb
// ("renewed his call for"), or a subject joined to it; nil if none.
func (f *finder) nounCaller(s *sentence, i int) *arg {
	if a := f.fbPossessor(s, i); a != nil {
		return a
	}
	if !s.verbBetween(i) {
		if a := s.lightVerbSubject(i); a != nil {
			return a
		}
	}
	if a := f.joinedSubject(s, i); a != nil {
		return a
	}
	k := i - 1
	if l := s.low(k); l == "his" || l == "her" || l == "their" || l == "its" || l == "a" || l == "the" {
		k--
	}
	if s.in(k, wsRenewVerbs) {
		return f.fbLeft(s, s.verbGroupStart(k), false)
	}
	return nil
}

// removalVerb reports whether the word at i is a verb form of a call or
// a request: a past or a participle, a progressive after a form of "be",
// a verb of beginning or a comma, a third-person form after a name or a
// pronoun, a base form after "to" or a modal; never a noun after a
// determiner or a modifier ("widespread calls").
func (s *sentence) removalVerb(i int) bool {
	l, prev := s.low(i), s.low(i-1)
	if isDeterminer(prev) || prev == "'s" {
		return false
	}
	switch {
	case strings.HasSuffix(l, "ed") || l == "sought":
		return true
	case strings.HasSuffix(l, "ing"):
		return beForms[prev] || beganVerbs[prev] || prev == ","
	case strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss"): // "press" is a base form
		return i > 0 && s.toks[i-1].arg >= 0 || isAdverb(prev)
	}
	return prev == "to" || fbModals[prev]
}

// progressiveControl are the progressives of intent before "to" that the
// verb group does not take in: "were planning to demand".
var progressiveControl = set("planning", "preparing", "threatening", "hoping", "seeking", "trying", "going", "vowing",
	"pledging", "promising", "moving", "expecting", "intending", "attempting")

// mannerPreps frame a gerund whose subject is the clause's: "by calling
// for", "while demanding".
var mannerPreps = set("by", "while", "after")

// beganVerbs take a progressive of a call: "began calling for".
var beganVerbs = set("began", "begin", "begins", "started", "start", "starts", "kept", "keep", "keeps", "continued",
	"continue", "continues")

// removalObject reads "the (immediate) resignation of Y" at j: Y (a
// pronoun the resolver knows too), or the owner of a title named after a
// possessive or as a modifier ("the removal of Northwind's chairman", "of
// the Northwind chairman", "of the group's chairman" when the resolver
// knows the group), or a body or an office named by a definite
// description, returned as text and span ("the removal of the
// supervisory board"); or "Y's resignation", "President Y's resignation",
// "his resignation" (a pronoun the resolver knows). It returns the token
// that ends the trigger too (after the removal noun and its "of"). No
// object when no removal noun stands there or no party is named with it,
// nor for a place that is no country.
func (f *finder) removalObject(s *sentence, j int) (obj *arg, text string, span document.Span, end int) {
	k := j
	if s.in(k, wsDeterminers) && s.low(k) != "that" && s.low(k) != "this" {
		k++
	}
	poss := -1
	if k == j {
		for k < len(s.toks) && k < j+3 && s.toks[k].arg < 0 && s.in(k, wsTitleWords) {
			k++ // "for President X's resignation"
		}
		if s.argAt(k) == nil {
			k = j
		}
	}
	if a := s.argAt(k); a != nil && a.first == k && s.low(a.last+1) == "'s" {
		poss, k = k, a.last+2 // "Ms Hutt's removal", "the government's resignation"
	} else if l := s.low(k); (l == "his" || l == "her" || l == "their" || l == "its") && k == j {
		poss, k = k, k+1 // "called for his resignation"
	}
	for n := 0; n < 2 && k < len(s.toks) && !s.in(k, wsRemovalNouns) && s.toks[k].arg < 0 && isLower(s.tokText(k)) &&
		(isAdverb(s.low(k)) || adjectiveLike(s.low(k))); n++ {
		k++ // "the immediate", "the swift and"
	}
	if !s.in(k, wsRemovalNouns) {
		return nil, "", span, 0
	}
	if poss >= 0 {
		if s.low(k+1) == "of" {
			return nil, "", span, 0 // "its removal of the tariffs": what it removes
		}
		a := f.possessor(s, k)
		if a == nil || a.typ == document.MISC || a.place && !isCountryArg(s, a) || a.typ == "PRON" && s.low(a.first) == "the" {
			return nil, "", span, 0
		}
		return a, "", span, k + 1
	}
	if s.low(k+1) != "of" {
		return nil, "", span, 0
	}
	of := k + 1
	if a, _ := s.objectAt(of + 1); a != nil {
		if a.typ == document.MISC || a.place && !isCountryArg(s, a) {
			return nil, "", span, 0
		}
		return a, "", span, of + 1
	}
	// a title's owner: "of Northwind's chairman", "of the Northwind
	// chairman", "of the group's chairman"
	m := of + 1
	for m < len(s.toks) && m < of+3 && s.toks[m].arg < 0 && s.in(m, wsDeterminers) {
		m++
	}
	if a := s.argAt(m); a != nil {
		if a.typ == document.MISC || a.typ == document.PER || a.place || a.typ == "PRON" && s.low(a.last+1) != "'s" {
			return nil, "", span, 0
		}
		t := a.last + 1 // "the Siemens chairman"
		if s.low(t) == "'s" {
			t++ // "Siemens's chairman"
		}
		if w := s.low(t); !titleWords[w] && !roleNouns[w] && !leaderNouns[w] &&
			!(a.typ == "PRON" && isLower(s.tokText(t)) && (s.in(t+1, wsTitleWords) || s.in(t+1, wsRoleNouns))) {
			return nil, "", span, 0
		}
		return a, "", span, of + 1
	}
	if s.low(of+1) != "the" {
		return nil, "", span, 0
	}
	// a body or an office: "the removal of the supervisory board"
	for k := of + 2; k < len(s.toks) && k <= of+4 && s.toks[k].arg < 0 && isLower(s.toks[k].text); k++ {
		if s.in(k, wsRemovedBodies) {
			if s.low(k+1) == "of" || s.low(k+1) == "'s" {
				break
			}
			sp := document.Span{Start: s.toks[of+1].span.Start, End: s.toks[k].span.End}
			return nil, s.text(f.doc, of+1, k+1), sp, of + 1
		}
		if s.in(k, wsPrepsBefore) || s.in(k, wsVerbGroup) || s.low(k) == "and" {
			break
		}
	}
	return nil, "", span, 0
}

// removedBodies head a body or an office whose removal is asked, named
// by a definite description: "the removal of the supervisory board".
var removedBodies = set("board", "government", "cabinet", "management", "leadership", "committee", "council",
	"chairman", "chairwoman", "president", "director", "coach", "manager", "minister", "governor", "mayor",
	"commissioner", "regime")

// adjectiveLike are the modifiers a removal noun takes: "the immediate
// resignation", "the swift removal".
func adjectiveLike(w string) bool {
	switch w {
	case "immediate", "swift", "prompt", "quick", "forced", "speedy", "early", "and":
		return true
	}
	return false
}

// leaderNouns head a body's officers after a possessive: "the group's
// chairman and chief executive", "Northwind's board".
var leaderNouns = set("chairman", "chairwoman", "chair", "chief", "boss", "head", "president", "director", "directors",
	"board", "management", "leader", "leadership", "executive", "executives", "coach", "manager", "ceo")

// pastControlled returns the token after the parties of a control verb
// whose first object ends before next: "ordered Russia and Ukraine to"
// gives the token of "to", and so does "ordered Russia, along with
// Ukraine, to" (coordination.go's pastInsert); next when nothing is
// added to the first object.
func (s *sentence) pastControlled(next int) int {
	if co := s.coordinated(next); len(co) > 0 {
		return co[len(co)-1].last + 1
	}
	if k := s.pastInsert(next); k != next {
		return k
	}
	return s.pastNamelessInsert(next)
}

// pastNamelessInsert returns the token after an insert without a name,
// ", along with the county prosecutor," at k (pastInsert takes one with
// a name); k when there is none. The insert holds no clause end, quote,
// "to" or verb group word, and at most eight words.
func (s *sentence) pastNamelessInsert(k int) int {
	j, ok := s.insertOpener(k)
	if !ok {
		return k
	}
	for m := j; m < len(s.toks) && m < j+8; m++ {
		if s.low(m) == "," {
			if m == j {
				return k
			}
			return m + 1
		}
		if isSegmentEnd(s.toks[m].text) || isQuoteMark(s.toks[m].text) || s.low(m) == "to" || s.in(m, wsVerbGroup) || s.toks[m].arg >= 0 {
			return k
		}
	}
	return k
}

// judgedHeads head the statements and actions a speaker may judge by
// naming them: "called the agreement 'an historic step forward'",
// "branded the decision unacceptable".
var judgedHeads = set("agreement", "deal", "accord", "decision", "ruling", "move", "plan", "proposal", "proposals",
	"treaty", "verdict", "policy", "bill", "law", "budget", "reform", "reforms", "measure", "measures", "announcement",
	"remarks", "comments", "statement", "speech", "report", "settlement", "ceasefire", "truce", "strategy")

// judgedWords are the words of blame or praise said of an action or a
// statement, beyond epithets' words said of people: "disappointing", "a
// mistake"; "a step forward", "a milestone".
var judgedWords = map[string]string{
	"disappointing": Criticize, "unworkable": Criticize, "mess": Criticize, "shortsighted": Criticize,
	"short-sighted": Criticize, "sexist": Criticize, "outlandish": Criticize, "mistake": Criticize,
	"setback": Criticize, "betrayal": Criticize, "insult": Criticize, "travesty": Criticize, "outrage": Criticize,
	"sham": Criticize, "farce": Criticize, "flawed": Criticize, "misguided": Criticize, "unfair": Criticize,
	"unjust": Criticize, "cynical": Criticize, "inadequate": Criticize, "unconstitutional": Criticize,
	// speech4: a statement called a lie
	"lie": Criticize, "lies": Criticize,
	"milestone": Support, "breakthrough": Support, "achievement": Support, "triumph": Support, "positive": Support,
	"good": Support, "great": Support, "welcome": Support, "encouraging": Support,
}

// judgedModifiers may stand before the word of blame or praise:
// "an historic step forward", "very disappointing", "a major setback".
var judgedModifiers = set("a", "an", "very", "so", "deeply", "totally", "completely", "hugely", "highly", "extremely",
	"really", "utterly", "most", "historic", "important", "major", "significant", "big", "huge", "serious", "grave",
	"terrible", "real", "great", "positive", "welcome", "good")

// judgedPhrase reads "X called the agreement 'an historic step forward'",
// "X described the decision as very disappointing", "X branded the
// proposal unworkable" at the naming verb (i): X supports or criticises
// the phrase named (the guidelines' statement or action object). The
// phrase opens with "the", "this" or "that" and holds no name (a name's
// statement is calledNames'); the judgement follows it or "as".
func (f *finder) judgedPhrase(s *sentence, i int) []document.Relation {
	if !s.in(i, wsNameVerbs) {
		return nil
	}
	j := i + 1
	if l := s.low(j); l != "the" && l != "this" && l != "that" {
		return nil
	}
	k := j + 1
	for n := 0; n < 3 && k < len(s.toks) && !s.in(k, wsJudgedHeads) && s.toks[k].arg < 0 && isLower(s.tokText(k)) && !isSegmentEnd(s.toks[k].text); n++ {
		k++
	}
	if !s.in(k, wsJudgedHeads) || s.toks[k].arg >= 0 {
		return nil
	}
	m := k + 1
	for m < len(s.toks) && s.toks[m].tx >= 0 {
		m++ // "called that report Friday a lie" (speech4.go)
	}
	if s.low(m) == "as" {
		m++
	}
	typ := ""
	loose := 0 // unknown modifiers after an article (speech4.go): "a “boldfaced lie”"
	for n := 0; n < 5 && m < len(s.toks); n++ {
		w := s.low(m)
		wLex := s.lexAt(m)
		if w == "step" && (s.low(m+1) == "forward" || s.low(m+1) == "in" && s.low(m+2) == "the" && s.low(m+3) == "right") {
			typ = Support // "a step forward", "a step in the right direction"
			break
		}
		t, ok := judgedWords[w]
		if !ok {
			t, ok = epithets[w]
		}
		if ok && !(wLex.in(wsJudgedModifiers) && isLower(s.tokText(m+1)) && !isSegmentEnd(s.tokText(m+1))) {
			typ = t // not "a good" before its noun: "a good deal"
			break
		}
		if !wLex.in(wsJudgedModifiers) && !isQuoteMark(s.toks[m].text) && s.toks[m].text != "‘" && s.toks[m].text != "'" {
			if !s.looseJudgedModifier(m, loose) {
				break
			}
			loose++
		}
		m++
	}
	if typ == "" {
		return nil
	}
	vg := s.verbGroupStart(i)
	// "…, calling the agreement a step forward": the clause's subject
	subj := f.judgeSubject(s, i, vg)
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) {
		return nil
	}
	sp := document.Span{Start: s.toks[j].span.Start, End: s.toks[k].span.End}
	if owner := f.earlierStatement(s, k); owner != nil && k == j+1 && owner.ent != subj.ent && fbFits(s, typ, subj, owner) {
		// "called that report a lie" after "a report by Y": Y (speech4.go)
		return []document.Relation{f.relation(s, typ, subj, owner, i, i+1, vg)}
	}
	r := f.relation(s, typ, subj, nil, i, i+1, vg)
	r.ObjectText, r.ObjectSpan = f.doc.Text[sp.Start:sp.End], &sp
	return []document.Relation{r}
}

// institutionOwner returns the body whose institution word stands at c,
// when the phrase opens the clause: "The US government" (and the
// Congress have expressed …) gives the US; nil when a name or a
// preposition stands before it.
func (s *sentence) institutionOwner(c int) *arg {
	q := s.argAt(c - 1)
	if q == nil || q.last != c-1 || q.typ == document.PER || q.typ == "PRON" || q.place && !isCountryArg(s, q) {
		return nil
	}
	if k := q.first - 1; k >= 0 && !(s.in(k, wsDeterminers) && (k == 0 || isSegmentEnd(s.toks[k-1].text) || isQuoteMark(s.toks[k-1].text))) {
		return nil
	}
	return q
}

// voicedStanceGroup reports whether tokens from j to the trigger at end
// are a verb group, a verb that voices a stance and the owner's
// pronoun, up to two modifiers aside: "(A and B) have expressed their
// strong support for", so that the list before them shares the
// stance.
func (s *sentence) voicedStanceGroup(j, end int) bool {
	k := j
	for k < len(s.toks) && s.toks[k].arg < 0 && (s.in(k, wsVerbGroup) || isAdverb(s.low(k))) {
		k++
	}
	if !s.in(k, wsVoiceVerbs) {
		return false
	}
	k++
	if l := s.low(k); l != "their" && l != "its" {
		return false
	}
	k++
	for n := 0; n < 2 && k < len(s.toks) && s.toks[k].span.Start < end && s.toks[k].arg < 0 && isLower(s.tokText(k)); n++ {
		k++
	}
	return k < len(s.toks) && s.toks[k].span.Start == end
}

// playerNouns are the lower-case roles that may stand right before a
// person's name as the object of a verb: "praised winger Stewart
// Downing", "backs skipper Jason Robinson" (titleWords already pass).
var playerNouns = set("winger", "striker", "skipper", "captain", "midfielder", "defender", "goalkeeper", "keeper",
	"forward", "teammate", "team-mate", "colleague", "rival", "ally", "counterpart", "aide", "deputy", "candidate",
	"challenger", "nominee", "incumbent", "opponent", "successor", "predecessor", "veteran")

// preverbAdverbs may stand between a subject and its verb without being
// verbs themselves, so only verbGroupStart passes them (in verbGroup
// they would end noun phrases: "the earlier Senate bill"): "Muyakwa thus
// urged", "Hurreh had earlier denounced". Besides the -ly adverbs
// (isAdverb), they are the closed class of adverbs without the suffix
// that stand before a verb: of frequency ("Trump often blames", "has
// always backed"), time ("will soon visit"), degree ("almost
// attacked") and stance ("perhaps", "indeed"), branch structprobe;
// "yet" too ("has not yet met"; "has yet to endorse" is negated by
// mood). Not "ever" ("the first … ever to visit" is read by superlative),
// "instead" ("and instead attacked" needs the coordination's subject)
// nor "meanwhile" ("U.S. media meanwhile urged": the media are no actor).
var preverbAdverbs = set("thus", "therefore", "earlier", "subsequently", "further", "twice", "long", "since",
	"often", "sometimes", "always", "seldom", "soon", "almost", "perhaps", "maybe", "indeed",
	"together", "thereby", "hence", "nonetheless", "nevertheless", "rather", "only", "yet",
	"afterwards", "afterward", "likewise", "last",
	// emphatic reflexives stand there too: "Trump himself praised"
	"himself", "herself", "itself", "themselves")

// mediumPreps open the phrases of manner or medium that may stand
// between a subject and its verb: "Putin in a statement accused",
// "Trump on Twitter attacked" (adjunctPP, interact.go).
var mediumPreps = set("in", "on", "at", "during", "via", "through")

// scareQuote reports whether the quote mark at k stands inside the noun
// phrase opened by the determiner at j: right after it before a
// lower-case word ("its “one-China policy”"), or closing such a quote
// before the head ("the “two-state” solution").
func (s *sentence) scareQuote(j, k int) bool {
	if !isQuoteMark(s.toks[k].text) || k+1 >= len(s.toks) || !isLower(s.tokText(k+1)) || isSegmentEnd(s.tokText(k+1)) {
		return false
	}
	if k == j+1 {
		return true
	}
	return isQuoteMark(s.toks[j+1].text) && k <= j+4
}
