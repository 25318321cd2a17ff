package relation

import "github.com/newsgraph/newsgraph/document"

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

// removalRequest reads a request for someone's removal at token i: the
// verbs "call(ed) for" and "demand(ed)", the nouns "call(s) for",
// "request for", "demand for" … with their actor (a possessive, "from X",
// a light or renewing verb's subject), and a removal noun after them,
// "the (immediate) resignation of Y". The object is Y, or the owner of
// a possessive title ("of Northwind's chairman").
func (f *finder) removalRequest(s *sentence, i int) []document.Relation {
	l := s.low(i)
	lemma := lex().forms[l].lemma
	callWord := lemma == "call" || l == "calls" || l == "call" || requestNouns[l] && (s.low(i+1) == "for" || s.low(i+1) == "from")
	if !callWord && lemma != "demand" {
		return nil
	}
	j := i + 1
	var from *arg
	if callWord && s.low(j) == "from" {
		// "calls from Apex for the removal of …"
		a, next := s.objectAt(j + 1)
		if a == nil || a.typ == document.MISC || a.typ == "PRON" {
			return nil
		}
		from, j = a, next
	}
	if callWord {
		if s.low(j) != "for" {
			return nil
		}
		j++
	}
	obj, end := f.removalObject(s, j)
	if obj == nil {
		return nil
	}
	subj, vg := from, i
	if subj == nil && callWord {
		// a noun: "Apex's request for", "renewed its call for"
		subj = f.fbPossessor(s, i)
		if subj == nil && !s.verbBetween(i) {
			subj = s.lightVerbSubject(i)
		}
		if subj == nil {
			subj = f.joinedSubject(s, i)
		}
		if subj == nil {
			k := i - 1
			if l := s.low(k); l == "his" || l == "her" || l == "their" || l == "its" {
				k--
			}
			if renewVerbs[s.low(k)] {
				subj = f.fbLeft(s, s.verbGroupStart(k), false)
			}
		}
	}
	if subj == nil && (s.low(i) == "calling" || s.low(i) == "demanding") && mannerPreps[s.low(i-1)] {
		// "led the revolt by calling for Y's resignation": the clause's
		// subject, the name opening the sentence
		vg = i - 1
		subj = s.openingSubject(vg)
	}
	if subj == nil && s.removalVerb(i) {
		// a verb: "Apex called for", "began calling for", "will demand"
		vg = s.verbGroupStart(i)
		if s.low(vg) == "to" && progressiveControl[s.low(vg-1)] {
			vg = s.verbGroupStart(vg - 1) // "were planning to demand"
		}
		subj = f.fbLeft(s, vg, false)
	}
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) || subj.ent == obj.ent || !fbFits(s, Urge, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Urge, subj, obj, i, end, vg)}
}

// removalVerb reports whether the word at i is a verb form of "call"
// or "demand": a past or a participle, a progressive after a form of
// "be" or a verb of beginning, a third-person form after a name or a
// pronoun, a base form after "to" or a modal; never a noun after a
// determiner or a modifier ("widespread calls").
func (s *sentence) removalVerb(i int) bool {
	l, prev := s.low(i), s.low(i-1)
	if determiners[prev] || prev == "'s" {
		return false
	}
	switch {
	case l == "called" || l == "demanded":
		return true
	case l == "calling" || l == "demanding":
		return beForms[prev] || beganVerbs[prev] || prev == ","
	case l == "calls" || l == "demands":
		return i > 0 && s.toks[i-1].arg >= 0 || isAdverb(prev)
	case l == "call" || l == "demand":
		return prev == "to" || fbModals[prev]
	}
	return false
}

// progressiveControl are the progressives of intent before "to" that the
// verb group does not take in: "were planning to demand".
var progressiveControl = set("planning", "preparing", "threatening", "hoping", "seeking", "trying", "going")

// mannerPreps frame a gerund whose subject is the clause's: "by calling
// for", "while demanding".
var mannerPreps = set("by", "while", "after")

// beganVerbs take a progressive of a call: "began calling for".
var beganVerbs = set("began", "begin", "begins", "started", "start", "starts", "kept", "keep", "keeps", "continued",
	"continue", "continues")

// removalObject reads "the (immediate) resignation of Y" at j: Y, or the
// owner of a title named after a possessive or as a modifier ("the
// removal of Northwind's chairman", "of the Northwind chairman"); or
// "Y's resignation", "his resignation" (a pronoun the resolver knows). It
// returns the token that ends the trigger too (after the removal noun
// and its "of"). nil when no removal noun stands there or no party is
// named with it; a description the resolver reads ("the group's
// chairman") is not taken, nor a place that is no country.
func (f *finder) removalObject(s *sentence, j int) (*arg, int) {
	k := j
	if determiners[s.low(k)] && s.low(k) != "that" && s.low(k) != "this" {
		k++
	}
	poss := -1
	if k == j {
		for k < len(s.toks) && k < j+3 && s.toks[k].arg < 0 && titleWords[s.low(k)] {
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
	for n := 0; n < 2 && k < len(s.toks) && !removalNouns[s.low(k)] && s.toks[k].arg < 0 && isLower(s.tokText(k)) &&
		(isAdverb(s.low(k)) || adjectiveLike(s.low(k))); n++ {
		k++ // "the immediate", "the swift and"
	}
	if !removalNouns[s.low(k)] {
		return nil, 0
	}
	if poss >= 0 {
		if s.low(k+1) == "of" {
			return nil, 0 // "its removal of the tariffs": what it removes
		}
		a := f.possessor(s, k)
		if a == nil || a.typ == document.MISC || a.place && !isCountryArg(s, a) || a.typ == "PRON" && s.low(a.first) == "the" {
			return nil, 0
		}
		return a, k + 1
	}
	if s.low(k+1) != "of" {
		return nil, 0
	}
	of := k + 1
	if a, _ := s.objectAt(of + 1); a != nil {
		if a.typ == document.MISC || a.place && !isCountryArg(s, a) || a.typ == "PRON" {
			return nil, 0
		}
		return a, of + 1
	}
	// a title's owner: "of Northwind's chairman", "of the Northwind chairman"
	m := of + 1
	for m < len(s.toks) && m < of+3 && s.toks[m].arg < 0 && determiners[s.low(m)] {
		m++
	}
	a := s.argAt(m)
	if a == nil || a.typ == document.MISC || a.typ == document.PER || a.typ == "PRON" || a.place {
		return nil, 0
	}
	t := a.last + 1 // "the Siemens chairman"
	if s.low(t) == "'s" {
		t++ // "Siemens's chairman"
	}
	if w := s.low(t); !titleWords[w] && !roleNouns[w] && !leaderNouns[w] {
		return nil, 0
	}
	return a, of + 1
}

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
		if segmentEnd[s.toks[m].text] || isQuoteMark(s.toks[m].text) || s.low(m) == "to" || verbGroup[s.low(m)] || s.toks[m].arg >= 0 {
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
	if !nameVerbs[s.low(i)] {
		return nil
	}
	j := i + 1
	if l := s.low(j); l != "the" && l != "this" && l != "that" {
		return nil
	}
	k := j + 1
	for n := 0; n < 3 && k < len(s.toks) && !judgedHeads[s.low(k)] && s.toks[k].arg < 0 && isLower(s.tokText(k)) && !segmentEnd[s.toks[k].text]; n++ {
		k++
	}
	if !judgedHeads[s.low(k)] || s.toks[k].arg >= 0 {
		return nil
	}
	m := k + 1
	if s.low(m) == "as" {
		m++
	}
	typ := ""
	for n := 0; n < 5 && m < len(s.toks); n++ {
		w := s.low(m)
		if w == "step" && (s.low(m+1) == "forward" || s.low(m+1) == "in" && s.low(m+2) == "the" && s.low(m+3) == "right") {
			typ = Support // "a step forward", "a step in the right direction"
			break
		}
		t, ok := judgedWords[w]
		if !ok {
			t, ok = epithets[w]
		}
		if ok && !(judgedModifiers[w] && isLower(s.tokText(m+1)) && !segmentEnd[s.tokText(m+1)]) {
			typ = t // not "a good" before its noun: "a good deal"
			break
		}
		if !judgedModifiers[w] && !isQuoteMark(s.toks[m].text) && s.toks[m].text != "‘" && s.toks[m].text != "'" {
			break
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
	if k := q.first - 1; k >= 0 && !(determiners[s.low(k)] && (k == 0 || segmentEnd[s.toks[k-1].text] || isQuoteMark(s.toks[k-1].text))) {
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
	for k < len(s.toks) && s.toks[k].arg < 0 && (verbGroup[s.low(k)] || isAdverb(s.low(k))) {
		k++
	}
	if !voiceVerbs[s.low(k)] {
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
// urged", "Hurreh had earlier denounced".
var preverbAdverbs = set("thus", "therefore", "earlier", "subsequently")

// scareQuote reports whether the quote mark at k stands inside the noun
// phrase opened by the determiner at j: right after it before a
// lower-case word ("its “one-China policy”"), or closing such a quote
// before the head ("the “two-state” solution").
func (s *sentence) scareQuote(j, k int) bool {
	if !isQuoteMark(s.toks[k].text) || k+1 >= len(s.toks) || !isLower(s.tokText(k+1)) || segmentEnd[s.tokText(k+1)] {
		return false
	}
	if k == j+1 {
		return true
	}
	return isQuoteMark(s.toks[j+1].text) && k <= j+4
}
