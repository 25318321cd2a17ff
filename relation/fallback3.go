package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// The fallback tier's third round (branch relrules, docs/relations.md
// "Fallback tier, third round"): argument forms and phrasings found on
// the development halves of sets D and E (half A of each), checked on
// their other halves.

// relrulesSpecs are the third round's verbs, in fallbackSpecs' form;
// like WordNet's they come after the hand-written lexicon and the
// interaction model's features do not read them.
var relrulesSpecs = map[string][]string{
	Attack:   {"overthrow", "topple", "fight", "fight against"}, // regimes are overthrown, enemies fought
	Sanction: {"bar"},                                           // "barred him from contesting"
	Urge:     {"call for X to", "recommend that", "instruct X to", "direct X to", "command X to"},
	// phrasings of the guidelines' types missing from the lexicons
	Withdraw:  {"walk away from", "back out of", "pull out from", "break away from", "secede from"},
	Criticize: {"object to", "speak out against", "lash out against", "hit out against", "rail at", "protest"},
}

// relrulesPhrases are the third round's phrases, in fallbackPhrases'
// form.
var relrulesPhrases = map[string][]string{
	Sanction: {"freeze aid to", "freeze funds to", "freeze assistance to", "freeze assets of"},
	Urge:     {"<come under pressure from", "<come under mounting pressure from", "<face pressure from", "<face calls from"},
}

// relrulesNouns are the third round's nouns, in fbNouns' form.
var relrulesNouns = map[string]string{
	"pullback": Withdraw, "pullout": Withdraw, "opposition": Criticize, "stops": Visit,
}

// relativeSubject returns the subject of a verb group at vg that follows
// a relative clause set off by commas: "Hamas, which won the vote last
// year, slammed …", "The Hamas movement, which …, slammed …". The
// clause must open with ", who" or ", which" and hold no other comma.
func (s *sentence) relativeSubject(vg int) *arg {
	if s.low(vg-1) != "," {
		return nil
	}
	for k := vg - 2; k >= 2 && k >= vg-25; k-- {
		t := s.toks[k].text
		if t == "," {
			if l := s.low(k + 1); l != "who" && l != "which" {
				return nil
			}
			m := k - 1
			if s.in(m, wsInstitution) || s.low(m) == "movement" || s.low(m) == "group" || s.low(m) == "party" {
				m-- // "the Hamas movement, which"
			}
			a := s.argAt(m)
			if a == nil || a.last != m || a.typ == document.MISC && !s.groupHead(a) || a.dateline || s.afterPrep(a.first) {
				return nil
			}
			return a
		}
		if isSegmentEnd(t) || isQuoteMark(t) {
			return nil
		}
	}
	return nil
}

// othersBefore returns the last name of a list closed by "and others"
// or "and other countries" right before the verb group at vg: "France,
// Germany and others rejected …" gives Germany (coordinatedSubjects adds
// France).
func (s *sentence) othersBefore(vg int) *arg {
	k := vg - 1
	if s.low(k) == "countries" || s.low(k) == "nations" || s.low(k) == "governments" {
		if s.low(k-1) != "other" {
			return nil
		}
		k--
	}
	if s.low(k) != "others" && s.low(k) != "other" || s.low(k-1) != "and" {
		return nil
	}
	a := s.argAt(k - 2)
	if a == nil || a.typ == document.MISC || a.typ == "PRON" || s.afterPrep(a.first) {
		return nil
	}
	return a
}

// othersList returns the names listed before "and others" that end with
// a: "France, Germany and others"; nil when a ends no such list.
func (s *sentence) othersList(a *arg) []*arg {
	if a == nil || s.low(a.last+1) != "and" || s.low(a.last+2) != "others" && s.low(a.last+2) != "other" {
		return nil
	}
	list := []*arg{a}
	for x := a; ; {
		if s.low(x.first-1) != "," {
			break
		}
		p := s.argAt(x.first - 2)
		if p == nil || p.typ != a.typ || s.low(p.last+1) == "'s" {
			break
		}
		list = append([]*arg{p}, list...)
		x = p
	}
	if s.afterPrep(list[0].first) {
		return nil
	}
	return list
}

// andClauseSubject returns the subject of a verb group at vg that opens
// a coordinated clause without a subject of its own, after "and" and a
// time phrase: "He was holding talks Friday and on Saturday was
// scheduled to meet …". The subject is the one opening the sentence.
func (f *finder) andClauseSubject(s *sentence, vg int) *arg {
	k := vg - 1
	skipped := false
	for k > 0 && (s.toks[k].tx >= 0 || isAdverb(s.low(k)) || s.low(k) == "later" || s.low(k) == "then") {
		k--
		skipped = true
	}
	if skipped && (s.low(k) == "on" || s.low(k) == "in" || s.low(k) == "at" || s.low(k) == "by") {
		k--
	}
	if !skipped || s.low(k) != "and" || s.low(k-1) == "," {
		return nil // the plain "and" and ", and" are fbLeft's
	}
	if !s.in(vg, wsVerbGroup) && !s.lexAt(vg).fbForm.past && !s.lexAt(vg).form.past {
		return nil
	}
	a := s.mainSubject(k)
	if a == nil || !s.opensSegment(s.beforeDeterminers(a.first)+1) || s.clauseBetween(a.last+1, k) {
		return nil
	}
	// the clause before must have a verb right after its subject
	if m := a.last + 1; !s.in(m, wsVerbGroup) && !s.lexAt(m).fbForm.past && !s.lexAt(m).form.past && !s.in(m, wsIrregularPast) {
		return nil
	}
	return f.fbActor(s, a)
}

// withWhom reads a relative clause whose object is its antecedent: "Kovac,
// with whom Chernomyrdin met, said …", "Smith, whom Jones praised, …",
// "Hezbollah, which Israel has blamed for the attack".
func (f *finder) withWhom(s *sentence, i int) []document.Relation {
	ts := s.lexAt(i).fbVerbs
	fm := s.lexAt(i).fbForm
	if len(ts) == 0 || !fm.past && s.low(i) == fm.lemma {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := s.argAt(vg - 1)
	if subj == nil || subj.typ == document.MISC {
		return nil
	}
	w := s.beforeDeterminers(subj.first)
	if rel := s.low(w); rel != "whom" && rel != "which" {
		return nil
	}
	prep := ""
	if p := s.low(w - 1); isPrepBefore(p) || p == "with" {
		prep = p
		w--
	}
	if s.low(w-1) == "," {
		w-- // "Hezbollah, which Israel has blamed for"
	}
	obj := s.argAt(w - 1)
	if obj == nil || obj.typ == document.MISC {
		return nil
	}
	for _, t := range ts {
		if t.prep != prep || len(t.words) > 0 || t.to || t.reverse || s.low(i+1) == t.prep && t.prep != "" {
			continue
		}
		if !fbFits(s, t.typ, subj, obj) {
			continue
		}
		return []document.Relation{f.relation(s, t.typ, subj, obj, i, i+1, vg)}
	}
	return nil
}

// stanceOpeners are the nouns of a stance phrase whose object may be a
// noun phrase: "in protest at the plans".
//
// "in favour of" (support) was tried and dropped once, read after any
// verb: one right on set D's half A, one wrong on its half B
// (BENCHMARKS.md). It is read again (branch phrasestance) only after a
// form of "be" or a copula: "has always been in favour of" (statedStance).
var stanceOpeners = map[string]string{"protest": Criticize, "favour": Support, "favor": Support}

// stancePhrase reads "in protest at/against X" at i
// (the noun): the clause's subject takes the stance; X is a name, a
// name's statement or action, or a noun phrase.
func (f *finder) stancePhrase(s *sentence, i int) []document.Relation {
	typ, ok := stanceOpeners[s.low(i)]
	if !ok || s.low(i-1) != "in" {
		return nil
	}
	p := s.low(i + 1)
	if typ == Support && p != "of" || typ == Criticize && p != "at" && p != "against" && p != "of" {
		return nil
	}
	if typ == Support && !s.statedStance(i-1) {
		return nil // "stepped down in favour of", "ruled in favour of"
	}
	// the subject: "X called a strike in protest at"
	k := i - 2
	lim := i - 8
	for k > 0 && k > lim && s.toks[k].arg < 0 && !isSegmentEnd(s.toks[k].text) && !s.in(k, wsBeForms) && !s.lexAt(k).fbForm.past &&
		!s.lexAt(k).form.past && !s.in(k, wsIrregularPast) && !strings.HasSuffix(s.low(k), "ed") && s.low(k) != "came" && s.low(k) != "come" {
		if s.toks[k].tx >= 0 {
			lim-- // a time does not count: "pulled out of the talks in November last year in protest at" (branch relrecall)
		}
		k--
	}
	if s.toks[k].arg >= 0 || isSegmentEnd(s.toks[k].text) {
		return nil
	}
	vg := s.verbGroupStart(k)
	if typ == Support {
		vg = s.frequencyGroupStart(vg) // "has always been in favour of"
	}
	subj := f.fbLeft(s, vg, false)
	if subj == nil {
		return nil
	}
	obj, _ := s.fbObject(i+2, typ)
	r := f.relation(s, typ, subj, obj, i-1, i+2, vg)
	if obj != nil && s.low(obj.last+1) == "'s" {
		// "in protest at Ershad's disqualification": the phrase, whose
		// owner is the object
		if _, sp := s.nounPhrase(f.doc, obj.first); sp.End > obj.span.End {
			r.ObjectSpan = &sp
		}
	}
	if obj == nil {
		text, sp := s.bareNounPhrase(f.doc, i+2)
		if typ == Support {
			text, sp = s.stanceObject(f.doc, i+2, false, true) // phrasestance.go
		}
		if text == "" || s.argIn(i+2, sp) != nil {
			return nil
		}
		r.ObjectText, r.ObjectSpan = text, &sp
	} else if !fbFits(s, typ, subj, obj) {
		return nil
	}
	return []document.Relation{r}
}

// bareNounPhrase returns the noun phrase at j, with or without a
// determiner: "phone-tap evidence", "the planned reforms"; up to six
// words, ending before a preposition, a verb, a clause mark or a name.
func (s *sentence) bareNounPhrase(doc *document.Document, j int) (string, document.Span) {
	if text, sp := s.nounPhrase(doc, j); text != "" {
		return text, sp
	}
	k := j
	for k < len(s.toks) && k < j+6 && s.toks[k].arg < 0 && s.toks[k].tx < 0 && isLower(s.toks[k].text) && !isSegmentEnd(s.toks[k].text) &&
		!s.in(k, wsPrepsBefore) && !s.in(k, wsVerbGroup) && !s.in(k, wsClauseOpeners) && s.low(k) != "and" && s.low(k) != "that" &&
		s.low(k) != "which" && s.low(k) != "who" && s.low(k) != "." && !s.in(k, wsSpeech) && !isAdverb(s.low(k)) {
		k++
	}
	if k == j || strings.HasSuffix(s.low(k-1), "ing") {
		return "", document.Span{}
	}
	return s.text(doc, j, k), document.Span{Start: s.toks[j].span.Start, End: s.toks[k-1].span.End}
}

// agreeWithStatement reads "agrees with X's remarks" (support of X, not
// an agreement between parties, which the guidelines keep for deals).
func (f *finder) agreeWithStatement(s *sentence, i int) []document.Relation {
	fm := s.lexAt(i).fbForm
	if fm.lemma != "agree" || s.low(i+1) != "with" {
		return nil
	}
	obj := s.argAt(i + 2)
	if obj == nil || obj.first != i+2 || s.low(obj.last+1) != "'s" || obj.typ == document.MISC {
		return nil
	}
	k := obj.last + 2
	for k < len(s.toks) && k < obj.last+4 && isLower(s.toks[k].text) && !s.in(k, wsStatementNouns) && !s.in(k, wsActionNouns) {
		k++
	}
	if !s.in(k, wsStatementNouns) && !s.in(k, wsActionNouns) {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := f.fbLeft(s, vg, false)
	if subj == nil || subj.ent == obj.ent {
		return nil
	}
	return []document.Relation{f.relation(s, Support, subj, obj, i, i+2, vg)}
}

// fbPossessor is possessor over time words and modifiers between the
// possessive and the noun: "his October visit to China", "the
// government's pre-dawn execution of".
func (f *finder) fbPossessor(s *sentence, i int) *arg {
	if a := f.possessor(s, i); a != nil {
		return a
	}
	k := i - 1
	moved := false
	for k > 0 && k > i-4 && s.toks[k].arg < 0 && (s.toks[k].tx >= 0 || s.in(k, wsMonths) || isLower(s.toks[k].text) && !s.in(k, wsDeterminers) && !isSegmentEnd(s.toks[k].text) && s.low(k) != "'s") {
		moved = moved || s.toks[k].tx >= 0 || s.in(k, wsMonths)
		k--
	}
	if !moved {
		return nil
	}
	return f.possessor(s, k+1)
}

// perfectBefore reports whether a form of "have" opens the verb group
// [vg, i) of a participle, which is then active: "has frozen aid to".
func (s *sentence) perfectBefore(vg, i int) bool {
	for k := vg; k < i; k++ {
		switch s.low(k) {
		case "has", "have", "had", "having", "'ve":
			return k+1 == i || !s.in(k+1, wsBeForms) && s.low(k+1) != "been"
		}
	}
	return false
}

// dropFactAgreements drops the agreements of sentence s whose object is
// the subject of a clause: "Sanders agrees Trump is an opportunist" is
// agreement on a fact, not a deal between the two.
func (f *finder) dropFactAgreements(s *sentence, from int) {
	out := f.rels[:from]
	for _, r := range f.rels[from:] {
		if r.Type == Agree && r.ObjectSpan != nil && lookupLex(strings.ToLower(f.doc.Text[r.Trigger.Start:r.Trigger.End])).form.lemma == "agree" {
			if obj := s.argCovering(*r.ObjectSpan); obj != nil && s.toks[obj.first].span.Start > r.Trigger.End {
				if n := s.low(obj.last + 1); beForms[n] && n != "'s" || auxiliaries[n] {
					continue
				}
			}
		}
		out = append(out, r)
	}
	f.rels = out
}

// auxiliaries open a finite clause after a subject.
var auxiliaries = set("has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does")

// urgedHeads are the nouns of a body that can be urged: "its embassies",
// "the government", "Emanuel's office".
var urgedHeads = set("embassy", "embassies", "office", "offices", "mission", "missions", "committee", "board", "council",
	"commission", "department")

// urgedGroup reads a body named by a noun phrase at j that an infinitive
// follows, the object of "urged X to": a determiner, a possessive
// pronoun or a name's possessive, up to three lower-case words, the last
// an institution ("the government", "its embassies"); then "to", or ",
// along with …, to", or "and" and a name before "to" ("the government
// and the rebel Tigers to"), which is returned too.
func (s *sentence) urgedGroup(doc *document.Document, j int) (string, document.Span, *arg) {
	k := j
	switch l := s.low(k); {
	case l == "the" || l == "its" || l == "his" || l == "her" || l == "their" || l == "our" || l == "all":
		k++
		if l == "all" && s.low(k) == "of" {
			k++
			if s.low(k) != "its" && s.low(k) != "their" && s.low(k) != "our" && s.low(k) != "the" {
				return "", document.Span{}, nil
			}
			k++
		}
	case s.argAt(k) != nil && s.low(s.argAt(k).last+1) == "'s" && s.argAt(k).typ != document.MISC:
		k = s.argAt(k).last + 2
	default:
		return "", document.Span{}, nil
	}
	head := -1
	for m := k; m < len(s.toks) && m < k+3; m++ {
		if s.toks[m].arg >= 0 || !isLower(s.toks[m].text) || s.in(m, wsPrepsBefore) || s.in(m, wsVerbGroup) || isSegmentEnd(s.toks[m].text) {
			break
		}
		if s.in(m, wsInstitution) || s.in(m, wsUrgedHeads) {
			head = m
		}
	}
	if head < 0 || s.argAt(head+1) != nil {
		return "", document.Span{}, nil
	}
	text, sp := s.text(doc, j, head+1), document.Span{Start: s.toks[j].span.Start, End: s.toks[head].span.End}
	n := head + 1
	switch {
	case s.low(n) == "to":
		return text, sp, nil
	case s.low(n) == "," && (s.low(n+1) == "along" || s.low(n+1) == "together") && s.low(n+2) == "with":
		for m := n + 3; m < len(s.toks) && m < n+12; m++ {
			if s.toks[m].text == "," {
				if s.low(m+1) == "to" {
					return text, sp, nil
				}
				break
			}
		}
	case s.low(n) == "and":
		m := n + 1
		for m < len(s.toks) && m < n+4 && s.toks[m].arg < 0 && (s.in(m, wsDeterminers) || isLower(s.toks[m].text) && !s.in(m, wsPrepsBefore) && !s.in(m, wsVerbGroup) && !isSegmentEnd(s.toks[m].text)) {
			m++
		}
		a := s.argAt(m)
		if a == nil || a.typ == document.MISC || a.typ == "PRON" {
			return "", document.Span{}, nil
		}
		e := a.last + 1
		if s.low(e) == "(" && s.low(e+2) == ")" {
			e += 3 // "the Tigers (LTTE) to"
		}
		if s.low(e) == "to" {
			return text, sp, a
		}
	}
	return "", document.Span{}, nil
}

// copulas link a subject to an adjective of fbAdjectives: "remain
// strongly opposed to".
var copulas = set("remain", "remains", "remained", "remaining", "seem", "seems", "seemed", "appear", "appears", "appeared",
	"stay", "stays", "stayed", "become", "becomes", "became")

// placeLedPerson returns the person a place and lower-case nouns lead to:
// "Chicago teenager Laquan McDonald", "Chicago police officer Jason Van
// Dyke"; nil if a is no place or no person follows.
func (s *sentence) placeLedPerson(a *arg) *arg {
	if a == nil || !a.place {
		return nil
	}
	for m := a.last + 1; m < len(s.toks) && m <= a.last+3; m++ {
		if p := s.argAt(m); p != nil {
			if p.typ == document.PER && m > a.last+1 {
				return p
			}
			return nil
		}
		l := s.low(m)
		lLex := s.lexAt(m)
		if !isLower(s.toks[m].text) || lLex.in(wsPrepsBefore) || lLex.in(wsVerbGroup) || isSegmentEnd(s.toks[m].text) || lLex.in(wsDeterminers) || l == "and" || l == "or" ||
			strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") || len(lLex.fbVerbs) > 0 || lLex.in(wsSpeech) {
			return nil
		}
	}
	return nil
}

// infinitiveBefore returns the "to" of the infinitive that a verb at i
// after "and" or "or" is coordinated with ("to step aside and back"),
// -1 if none: up to four lower-case words between, or seven when a
// quotation stands between ("to “stop taking votes” and call on").
func (s *sentence) infinitiveBefore(i int) int {
	quoted := false
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		if s.low(k) == "to" {
			return k
		}
		if isQuoteMark(s.toks[k].text) {
			quoted = true
			continue
		}
		if s.toks[k].arg >= 0 || !isLower(s.toks[k].text) || isSegmentEnd(s.toks[k].text) || s.in(k, wsPrepsBefore) || k < i-5 && !quoted {
			return -1
		}
	}
	return -1
}

// sameKind reports whether two names can stand in one list of actors:
// the same type, or an organisation and a country ("The European Union
// and the United States have frozen aid").
func (s *sentence) sameKind(a, b *arg) bool {
	if a.typ == b.typ {
		return true
	}
	body := func(x *arg) bool { return x.typ == document.ORG || x.typ == document.LOC && isCountryArg(s, x) }
	return body(a) && body(b)
}

// lowerTitledPerson returns the person named at j after a lower-case
// title without a determiner: "ex-chief financial officer Scott
// Sullivan", "party chief Do Muoi"; nil if none.
func (s *sentence) lowerTitledPerson(j int) *arg {
	if j >= len(s.toks) || !isLower(s.toks[j].text) || s.in(j, wsDeterminers) {
		return nil
	}
	for m := j; m < len(s.toks) && m < j+5; m++ {
		if p := s.argAt(m); p != nil {
			if l := s.low(m - 1); m > j && p.typ == document.PER && (titleWords[l] || roleNoun(l)) {
				return p
			}
			return nil
		}
		l := s.low(m)
		lLex := s.lexAt(m)
		if !isLower(s.toks[m].text) || lLex.in(wsPrepsBefore) || lLex.in(wsVerbGroup) || isSegmentEnd(s.toks[m].text) || lLex.in(wsDeterminers) || l == "and" || l == "or" ||
			lLex.in(wsSpeech) || len(lLex.fbVerbs) > 0 || strings.HasSuffix(l, "ing") {
			return nil
		}
	}
	return nil
}

// joinVerbs take an alliance or talks as object, their subject a party:
// "joined an electoral alliance with", "entered talks with"; or a
// complaint: "lodged a complaint against".
var joinVerbs = set("join", "joins", "joined", "joining", "form", "forms", "formed", "forming", "enter", "enters", "entered",
	"entering", "forge", "forges", "forged", "forging", "lodge", "lodges", "lodged", "lodging", "file", "files", "filed", "filing")

// joinedSubject returns the subject of a verb of joinVerbs whose object
// is the noun at i, with up to three determiners and modifiers between.
func (f *finder) joinedSubject(s *sentence, i int) *arg {
	k := i - 1
	for k > 0 && k >= i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsJoinVerbs) && !s.in(k, wsPrepsBefore) &&
		!s.in(k, wsVerbGroup) && !isSegmentEnd(s.toks[k].text) {
		k--
	}
	if !s.in(k, wsJoinVerbs) {
		return nil
	}
	return f.fbLeft(s, s.verbGroupStart(k), false)
}

// skipTimeAdverbs returns the token after the time expressions and
// manner adverbs at j ("on Monday", "yesterday", "strongly"), j if
// none.
func (s *sentence) skipTimeAdverbs(j int) int {
	k := j
	for k < len(s.toks) && k < j+5 && s.toks[k].arg < 0 {
		switch {
		case s.toks[k].tx >= 0 || isAdverb(s.low(k)):
			k++
		case (s.low(k) == "on" || s.low(k) == "in" || s.low(k) == "last" || s.low(k) == "this") && s.toks[min(k+1, len(s.toks)-1)].tx >= 0:
			k++
		default:
			return k
		}
	}
	return k
}

// ownedPhraseObjects gives the patterns' phrase objects of sentence s
// their owner named after "by" or "of" ("criticized the decision by
// Iran": Iran, the guidelines' party criticised); the object's span
// grows to the whole phrase, so it still shows what was criticised.
func (f *finder) ownedPhraseObjects(s *sentence, from int) {
	for ri := from; ri < len(f.rels); ri++ {
		r := &f.rels[ri]
		if !possessive[r.Type] || r.Object != "" || r.ObjectText == "" || r.ObjectSpan == nil {
			continue
		}
		w := lastWord(strings.ToLower(r.ObjectText))
		head := w
		if attributedVerbs[w] {
			// "the comments attributed (to Y)": the noun before (speech4.go)
			f := strings.Fields(strings.ToLower(r.ObjectText))
			if len(f) < 2 {
				continue
			}
			head = f[len(f)-2]
		}
		if !statementNouns[head] && !actionNouns[head] && !reportNouns[head] {
			continue
		}
		k := 0
		for k < len(s.toks) && s.toks[k].span.Start < r.ObjectSpan.End {
			k++
		}
		o := s.ownerAfterStatement(k, w) // "by", "of", "from", "attributed to" (speech4.go)
		if o < 0 {
			continue
		}
		a, _ := s.objectAt(o)
		if a == nil || a.typ == "PRON" || a.typ == document.MISC && !s.groupHead(a) || a.ent == r.Subject || a.dateline {
			continue
		}
		sp := document.Span{Start: r.ObjectSpan.Start, End: a.span.End}
		r.Object, r.ObjectText, r.ObjectSpan = a.ent, "", &sp
	}
}

// callFor reads the noun "call for X to" at i, an urging whose actor is
// the possessor or the subject of a light verb: "renewed his call for
// Iran to halt", "X's calls for Y to resign".
func (f *finder) callFor(s *sentence, i int) []document.Relation {
	if l := s.low(i); l != "call" && l != "calls" && !requestNouns[l] || s.low(i+1) != "for" {
		return nil
	}
	obj, next := s.objectAt(i + 2)
	if obj == nil || obj.typ == document.MISC || s.low(next) != "to" {
		return nil
	}
	subj := f.nounCaller(s, i) // control.go
	if subj == nil || subj.ent == obj.ent || !fbFits(s, Urge, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Urge, subj, obj, i, i+2, i)}
}

// renewVerbs take a call as object, their subject the caller.
var renewVerbs = set("renewed", "renews", "renew", "repeated", "repeats", "repeat", "issued", "issues", "issue",
	"echoed", "echoes", "reiterated", "reiterates")

// infinitiveSubjects corrects the subject of the relations of sentence s
// whose trigger is an infinitive coordinated with an earlier one: "is
// calling on Clinton to “stop …” and call on Emanuel to resign" — the
// second call is Clinton's, the one urged to make it.
func (f *finder) infinitiveSubjects(s *sentence, from int) {
	for ri := from; ri < len(f.rels); ri++ {
		r := &f.rels[ri]
		if !IsInteraction(r.Type) || r.SubjectSpan == nil {
			continue
		}
		i := 0
		for i < len(s.toks) && s.toks[i].span.Start < r.Trigger.Start {
			i++
		}
		if i >= len(s.toks) || s.toks[i].span.Start != r.Trigger.Start {
			continue
		}
		if l, lx := s.low(i), s.lexAt(i); lx.form.lemma != l && lx.fbForm.lemma != l {
			continue // a base form only
		}
		if c := s.low(i - 1); c != "and" && c != "or" {
			continue
		}
		k := s.infinitiveBefore(i)
		if k < 0 {
			continue
		}
		a := f.fbLeft(s, k, false)
		if a == nil || a.ent == r.Subject || a.ent == r.Object || a.span.Start >= r.Trigger.Start {
			continue
		}
		sp := a.span
		r.Subject, r.SubjectSpan = a.ent, &sp
	}
}

// statementPhrase returns the noun phrase at j when it names a statement
// or an action ("the 'one China' policy", "the planned reforms") and no
// name stands in it; "" if not.
func (s *sentence) statementPhrase(doc *document.Document, j int) (string, document.Span) {
	text, sp := s.nounPhrase(doc, j)
	if text == "" || s.argIn(j, sp) != nil {
		return "", document.Span{}
	}
	k := s.past(j, sp)
	w := lastWord(strings.ToLower(strings.Trim(text, "'\"“”‘’")))
	if !statementNouns[w] && !actionNouns[w] && !phraseHeads[w] || s.low(k) == "that" {
		return "", document.Span{}
	}
	return text, sp
}
