package relation

import "github.com/newsgraph/newsgraph/document"

// Misses found on unseen US political news (recall audit, round 2): a
// request reported as what the addressee "should" do, with the
// addressee told: "Grayson told Randolph that she should step aside",
// "we told her that maybe she should run for the state House". The
// plain "told X to" is read with the urge phrases; this is its
// that-clause form.

// tellForms are the forms of "tell" that take the addressee after them.
var tellForms = set("told", "tells", "tell", "telling")

// obligationModals open the verb group of a that-clause that asks its
// subject to act: "should", "must", "ought to", "needs to", "has to".
var obligationModals = set("should", "must", "ought", "need", "needs", "has", "have", "had")

// hedgeWords may stand before the clause's subject or its modal: "that
// maybe she should", "that he really must".
var hedgeWords = set("maybe", "perhaps", "really", "simply", "just", "now", "immediately", "also", "instead")

// toldShould adds an urge for "X told Y (that) Y should VERB": the
// teller urges the addressee, when the clause's subject is the
// addressee again (its name or a pronoun that fits it) and its verb
// group asks for an act ("should step aside", "needs to leave"), not a
// state or a passive ("should be ashamed", "should be fired": no request
// made to Y).
func (f *finder) toldShould(s *sentence) {
	for i := 1; i+4 < len(s.toks); i++ {
		if s.toks[i].arg >= 0 || !s.toks[i].in(wsTellForms) {
			continue
		}
		obj := s.argAt(i + 1)
		if obj == nil || obj.first != i+1 || obj.typ == document.MISC || obj.dateline {
			continue
		}
		j := obj.last + 1
		if s.low(j) == "and" && s.low(j+1) == "others" {
			j += 2 // "told Randolph and others that she should" (r3struct)
		}
		if s.low(j) == "that" {
			j++
		}
		for hedgeWords[s.low(j)] {
			j++
		}
		again := s.argAt(j)
		if again == nil || again.first != j || !sameParty(obj, again) {
			continue
		}
		k := again.last + 1
		for hedgeWords[s.low(k)] {
			k++
		}
		if !s.asksToAct(k) {
			continue
		}
		vg := s.verbGroupStart(i)
		subj := f.subjectOf(s, vg, i, form{lemma: "tell", past: s.low(i) == "told"})
		if subj == nil || subj.ent == obj.ent || subj.typ == document.MISC {
			continue
		}
		f.add(s, f.relation(s, Urge, subj, obj, i, i+1, vg))
	}
}

// sameParty reports whether b, the subject of a that-clause, refers to
// a, the addressee before it: the same entity, named again or by a
// pronoun the resolver took for it ("Randolph … she", "her … she").
// A pronoun taken for another party ("Dunn told Reed that he should")
// asks nothing of the addressee.
func sameParty(a, b *arg) bool {
	return a.ent != "" && a.ent == b.ent
}

// asksToAct reports whether the verb group at k asks for an act:
// "should step", "must leave", "ought to quit", "needs to resign", "has
// to go" — not "should be", "has been", "had lost".
func (s *sentence) asksToAct(k int) bool {
	if !obligationModals[s.low(k)] {
		return false
	}
	v := k + 1
	switch s.low(k) {
	case "ought", "need", "needs", "has", "have", "had":
		if s.low(k+1) != "to" {
			return false
		}
		v = k + 2
	}
	if s.low(v) == "not" {
		return false // "should not run": a request all the same, but its polarity is not read here
	}
	w := s.low(v)
	if w == "" || w == "be" || w == "have" || w == "been" || s.toks[v].arg >= 0 || !isLower(s.toks[v].text) {
		return false
	}
	return true
}

// ofOnlyPartisan are the partisan nouns (interact.go) read only with
// "of" after them: "a passionate defender of the network" backs it,
// "a Chelsea defender" plays for Chelsea.
var ofOnlyPartisan = set("defender", "defenders")

// frontedPartisan reads a partisan phrase that opens the sentence and is
// set before its subject: "A passionate defender of the network, Ed
// Shaw compared it to the BBC." The phrase ends at its object (or its
// object's text); a comma and a person must follow.
func (f *finder) frontedPartisan(s *sentence, typ string, obj *arg, objText string, objSpan document.Span, i int) {
	end := -1
	if obj != nil {
		end = obj.last + 1
	} else {
		for k := i + 1; k < len(s.toks); k++ {
			if s.toks[k].span.Start >= objSpan.End {
				end = k
				break
			}
		}
	}
	if end < 0 || s.low(end) != "," {
		return
	}
	k := end + 1
	for k < end+4 && s.in(k, wsTitleWords) {
		k++ // "…, Mr. Shaw", "…, Sen. Ed Shaw"
	}
	subj := s.argAt(k)
	if subj == nil || subj.first != k || subj.typ != document.PER || obj != nil && obj.ent == subj.ent {
		return
	}
	r := f.relation(s, typ, subj, obj, i, i+1, i)
	if obj == nil {
		r.ObjectText, r.ObjectSpan = objText, &objSpan
	}
	f.add(s, r)
}

// presentPronouns are the subject pronouns a present tense's base form
// follows: "I admire her", "we reject the plan". Not "they" or "you":
// on sets 4-14 "they admire" was mostly a generic people's ("Russians
// say they admire Putin").
var presentPronouns = set("i", "we")

// presentAfterPronoun reports whether the base form at i is a present
// tense with a pronoun subject right before it, manner adverbs aside:
// "“I admire her,” Gold said", "we strongly oppose Smith". The fallback
// reads a bare base form as a verb only after a modal or "to".
func (s *sentence) presentAfterPronoun(i int) bool {
	k := i - 1
	for k > 0 && isAdverb(s.low(k)) {
		k--
	}
	a := s.argAt(k)
	if a == nil || a.typ != "PRON" || a.first != k || a.last != k || !presentPronouns[s.low(k)] {
		return false
	}
	// "I" as a word, not the numeral of "Class I"
	return s.low(k) != "i" || s.toks[k].text == "I"
}

// slurWords qualify remarks as blame: "disparaging remarks about
// Fiorina", "derogatory comments about Muslims".
var slurWords = set("disparaging", "derogatory", "insulting", "demeaning", "offensive", "racist", "sexist",
	"scathing", "withering", "caustic", "disparaged", "mocking", "belittling")

// remarkNouns are the statements such a word qualifies.
var remarkNouns = set("remarks", "remark", "comments", "comment", "statements", "statement", "attacks", "tweets", "tweet", "jokes", "words")

// slurredRemarks adds a criticism for "X's disparaging remarks about Y"
// and "X made derogatory comments about Y": the remarks' owner (a
// possessor, or the subject of a light verb) criticises the one they are
// about, when both are named.
func (f *finder) slurredRemarks(s *sentence) {
	for i := 1; i+2 < len(s.toks); i++ {
		if s.toks[i].arg >= 0 || !s.toks[i].in(wsRemarkNouns) || !s.in(i-1, wsSlurWords) {
			continue
		}
		p := s.low(i + 1)
		if p != "about" && p != "on" && p != "against" && p != "toward" && p != "towards" && p != "of" {
			continue
		}
		j := i + 2
		for j < i+5 && s.toks[j].arg < 0 && (s.in(j, wsTitleWords) || s.in(j, wsFormerWords)) {
			j++ // "about former CEO Carly Fiorina"
		}
		obj := s.argAt(j)
		if obj == nil || obj.first != j || obj.typ == document.MISC || obj.typ == "PRON" || s.low(obj.last+1) == "'s" {
			continue
		}
		subj := s.ownerBefore(i - 1)
		if subj == nil {
			subj = s.lightVerbSubject(i)
		}
		if subj == nil || subj.ent == obj.ent || subj.typ == document.MISC || subj.dateline {
			continue
		}
		f.add(s, f.relation(s, Criticize, subj, obj, i-1, i+1, i-1))
	}
}
