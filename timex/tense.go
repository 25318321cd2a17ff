package timex

import "strings"

// tense guesses whether the clause around words [i, j) speaks of the past
// (negative) or the future (positive), from the nearest verb group: a
// modal such as "will" or a phrase such as "is to", "plans to", "is
// expected to" marks the future; a past form ("said", "met", "-ed") the
// past; a present form stops the search undecided (0). It looks back
// first, then ahead, and never past a semicolon or a colon. A cue right
// next to the expression counts double (±2): "ended Jan. 31", "since
// year-end". Prepositions ("by Friday", "until June") decide only when no
// verb does. The second result is the word that decided, −1 when none
// did (a preposition's hint or nothing at all).
func (p *parser) tense(i, j int) (int, int) {
	if p.w(i-1).isW("of") && (p.w(i-2).isW("ahead") || p.w(i-2).isW("advance") && p.w(i-3).isW("in")) ||
		p.w(i-1).isAny("await", "awaits", "awaiting", "awaited") ||
		p.w(i-1).isW("to") && p.w(i-2).isW("up") && p.w(i-2).hyph && p.w(i-3).isAny("run", "lead") {
		return 2, i - 1 // "ahead of Friday's vote", "the run-up to Sunday's election": a time to come
	}
	weak := 0
	// "extended to Nov. 20", "postponed until Friday" look ahead; "the
	// month to June", "the 12 months to March" name a period that ends
	// then
	target := p.w(i-1).isAny("to", "until", "till") && !(p.w(i-1).isW("to") && p.w(i-2).is(cUnit))
	ended := false // a clause end stops the look back
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if p.clauseEnd(k) {
			ended = true
			break
		}
		if p.w(k).isW("from") {
			target = false // "from Sept. 14 to Thursday": a range
		}
		if p.w(k).isAny("is", "are") && (k == i-1 || k == i-2 && p.w(i-1).isAny("on", "in", "for", "at")) {
			return 1, k // "the vote is Tuesday", "the election is in November", "the vote is at 2 p.m. Friday": a date set ahead
		}
		if v := k + 1; p.w(k).isAny("is", "are", "am") && k >= i-5 && (progressive(p.w(v)) || p.w(v).isAny("also", "now", "still") && progressive(p.w(v+1))) && p.w(v).text != "continuing" {
			return 1, k // "the ministers are meeting on Tuesday", "is flying to Rome Friday": arranged ahead
		}
		if p.w(k).isAny("planned", "intended") && p.w(k+1).isW("to") {
			return 1, k // "planned to leave on Thursday": the time of the plan's act
		}
		if c, ok := p.cue(k); ok {
			if c < 0 && p.asSoonAs(k) {
				// "were likely to buy as soon as trading opened Monday":
				// the past of an "as soon as" clause follows its main
				// clause, which decides
				continue
			}
			if target && c <= 0 {
				return 1, k // "extended to Nov. 20", "postponed until Friday", "has given them until Tuesday"
			}
			if c != 0 && (k == i-1 || k == i-2 && p.w(i-1).isAny("on", "in", "since")) {
				c *= 2 // "ended Jan. 31", "met on Friday"
			}
			return c, k
		}
		if weak == 0 {
			weak = p.weakCue(k)
		}
	}
	reach := 10
	if i <= 1 && p.w(j).text == "," {
		reach = 25 // "In January, a week after …, a bomb exploded": the main clause
	}
	poss := p.w(j).possessive()
	for k := j; k < len(p.ws) && k < j+reach; k++ {
		if p.clauseEnd(k) {
			break
		}
		if k == j && poss {
			continue // "Tuesday's vote": a possessive, no verb
		}
		if c, ok := p.cue(k); ok {
			if c != 0 && (k <= j+1 || k == j+2 && poss) {
				c *= 2 // "… on Friday will", "Tuesday's vote will be close"
			}
			return c, k
		}
	}
	if weak > 0 && !ended {
		// "completed its offer, with holders tendering 99% of the shares
		// by the Tuesday deadline": a preposition's hint yields to the
		// past verb of the clause further back
		for k := i - 13; k >= 0 && k >= i-30; k-- {
			if p.clauseEnd(k) {
				break
			}
			if c, ok := p.cue(k); ok {
				if c < 0 && p.mainVerb(k) {
					return c, k
				}
				break
			}
		}
	}
	return weak, -1
}

func (p *parser) clauseEnd(k int) bool {
	t := p.w(k).text
	return t == ";" || t == ":" || t == "—" || t == "--"
}

// weakCue reports the tense a preposition suggests: "by", "until" look
// ahead, "since" back.
func (p *parser) weakCue(k int) int {
	switch w := p.w(k); {
	case w.isAny("by", "until", "till", "starting", "beginning"):
		return 1
	case w.isW("as") && p.w(k-1).isAny("soon", "early"):
		return 1 // "as soon as Tuesday"
	}
	return 0
}

// cue reports the tense word k marks, if any.
func (p *parser) cue(k int) (int, bool) {
	w := p.w(k)
	if w.lex != nil {
		lw := w.lex.word
		switch lw {
		case "payable", "effective", "upcoming":
			return 1, true // "payable Dec. 15"
		case "since":
			return -1, true
		case "will", "'ll", "shall", "wo", "gonna", "would":
			return 1, true
		case "going", "plans", "plan", "planning", "expected", "expects", "expect", "want", "scheduled", "slated", "set", "due", "intends", "aims", "hopes", "hoping", "wants":
			if p.w(k-1).isAny("had", "been") {
				return -1, true // "had been scheduled to expire"
			}
			if p.w(k+1).isW("to") || p.w(k+1).isW("for") && p.w(k).isAny("scheduled", "slated", "set") {
				return 1, true // not "vacation plans for the trip"
			}
			if lw == "scheduled" || lw == "slated" {
				return 1, true
			}
			if lw == "expects" || lw == "expect" {
				return 1, true // "they expect results Thursday", "expect the storm to make landfall Thursday"
			}
			if lw == "wants" || lw == "want" {
				for a := k + 2; a <= k+5; a++ {
					if p.w(a).isW("to") {
						return 1, true // "they want him to resign by Friday"
					}
					if p.clauseEnd(a) || p.w(a).text == "," || p.w(a).text == "." {
						break
					}
				}
			}
			if (lw == "expected" || lw == "due") && p.w(k-1).isAny("is", "are", "'s", "'re", "be") {
				return 1, true // "the ruling is expected in December", "is due on Friday"
			}
		case "planned", "hoped", "wanted", "intended":
			if p.w(k + 1).isW("to") {
				return 0, true // "planned to pay on Friday": either side
			}
		case "is", "are", "am", "was", "were":
			if p.w(k + 1).isW("to") {
				return 1, true // "is to meet"
			}
			if p.w(k+1).isAny("planning", "going", "due", "set", "scheduled", "expected", "slated", "forecast", "projected", "predicted", "likely", "unlikely", "poised", "about") && p.w(k+2).isW("to") {
				return 1, true // "were planning to drive", "is forecast to weaken"
			}
		}
		if w.is(cPresent) {
			return 0, true
		}
	}
	if scheduleVerbs[w.text] && !p.w(k-1).isAny("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "to") {
		// a present tense of schedule: "Arafat and Netanyahu meet
		// Monday", "the rule takes effect in December"
		return 1, true
	}
	if pastForm(w) && p.attributive(k) {
		return 0, false // "on a still unspecified date": an adjective
	}
	if w.is(cPast) || pastForm(w) {
		// a participle takes the tense of its auxiliaries: "will be
		// paid", "to be completed" are future; "has been" and "was"
		// past
		for a := k - 1; a >= 0 && a >= k-3; a-- {
			x := p.w(a)
			switch {
			case x.isAny("will", "'ll", "shall", "to", "would"):
				return 1, true
			case x.isAny("is", "are", "am", "'s", "'re"):
				return 0, true // "the case is heard in May": present
			case x.isAny("be", "being", "not", "n't", "also", "still", "then", "soon", "probably"):
				continue
			}
			break
		}
		return -1, true
	}
	return 0, false
}

// scheduleVerbs are the present forms news uses for what is scheduled
// ("the summit opens Monday", "he testifies Friday"): lower case only,
// and not after a determiner ("the meeting", "a visit").
var scheduleVerbs = map[string]bool{"meets": true, "meet": true, "begins": true, "begin": true,
	"starts": true, "opens": true, "resumes": true, "resume": true, "ends": true, "leaves": true,
	"arrives": true, "arrive": true, "returns": true, "testifies": true, "testify": true,
	"takes": true, "travels": true, "visits": true, "convenes": true, "convene": true,
	"expires": true, "kicks": true, "goes": true, "comes": true, "faces": true, "face": true,
	"go": true, "reconvenes": true, "reconvene": true, "applies": true, "apply": true, "continues": true,
	"closes": true, "concludes": true, "departs": true, "heads": true, "hosts": true, "plays": true,
	"runs": true}

// attributive reports whether the "-ed" word k follows a determiner,
// perhaps with an adverb between ("the proposed merger", "a still
// unspecified date"): an adjective, no verb.
func (p *parser) attributive(k int) bool {
	d := p.w(k - 1)
	if d.lex == nil && len(d.text) > 2 && strings.HasSuffix(d.text, "ly") {
		d = p.w(k - 2) // "a newly elected", "the recently announced"
	} else if d.isAny("still", "already", "once", "long", "previously", "recently", "newly", "now") {
		d = p.w(k - 2)
	}
	return d.isAny("a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those")
}

// notPast are common words that end in "ed" but are no past forms.
var notPast = map[string]bool{"need": true, "speed": true, "indeed": true, "proceed": true, "succeed": true,
	"feed": true, "seed": true, "breed": true, "bed": true, "red": true, "shed": true, "hundred": true,
	"united": true, "limited": true, "naked": true, "sacred": true, "wicked": true, "ragged": true,
	"exceed": true, "deed": true, "weed": true, "greed": true, "creed": true, "bleed": true, "embed": true,
	"related": true, "based": true, "detailed": true, "advanced": true, "assorted": true, "armed": true,
	"concerned": true, "proposed": true, "interested": true, "supposed": true, "used": true, "alleged": true,
	"so-called": true, "expected": true, "scheduled": true, "planned": true}

// pastForm reports whether w looks like a regular past form: a lower-case
// word ending in "ed".
func pastForm(w *word) bool {
	s := w.text
	if len(s) < 5 || w.cap || !strings.HasSuffix(s, "ed") || strings.ContainsAny(s, "-0123456789") {
		return false
	}
	return !notPast[strings.ToLower(s)]
}

// progressive reports whether w is a present participle of a verb of
// action ("meeting", "flying"), the form a present progressive that
// names an arrangement takes: lower case, "-ing", not "being".
func progressive(w *word) bool {
	s := w.text
	return len(s) > 5 && !w.cap && strings.HasSuffix(s, "ing") && s != "being" && !strings.ContainsAny(s, "-0123456789")
}

// asSoonAs reports whether the verb k is that of a clause opened by "as
// soon as" a few words before it ("as soon as trading opened").
func (p *parser) asSoonAs(k int) bool {
	for a := k - 1; a >= 0 && a >= k-4; a-- {
		if p.w(a).isW("as") && p.w(a-1).isW("soon") && p.w(a-2).isW("as") {
			return true
		}
		if p.clauseEnd(a) || p.w(a).text == "," {
			return false
		}
	}
	return false
}

// eventPast reports whether the past verb k, before the expression at i,
// tells an event that happened then rather than a saying or a decision
// about the future ("said", "agreed to sell"): a past form of no verb of
// saying, with no infinitive or "that" between, and no preposition of a
// term before the expression ("extended through December").
func (p *parser) eventPast(k, i int) bool {
	w := p.w(k)
	if !(w.is(cPast) || pastForm(w)) || sayingVerbs[strings.ToLower(w.text)] || w.isAny("was", "were", "had", "did") {
		return false
	}
	if p.w(i-1).isAny("through", "into", "by", "until", "till", "to", "before") {
		return false // "extended the offer through December": a term that may run ahead
	}
	for a := k + 1; a < i; a++ {
		x := p.w(a)
		if t := strings.ToLower(x.text); t == "that" || t == "when" || t == "if" || t == "whether" || t == "would" || t == "could" || t == "might" {
			return false
		}
		if x.isW("to") {
			n := p.w(a + 1)
			if n.lex == nil && !n.cap && !n.isNum && n.digits == 0 && n.text != "$" {
				return false // "agreed to sell": an infinitive
			}
		}
	}
	return true
}

// sayingVerbs are past forms of verbs of saying, deciding and
// expecting, whose time may lie ahead of them.
var sayingVerbs = map[string]bool{"said": true, "told": true, "announced": true, "reported": true, "added": true,
	"noted": true, "explained": true, "predicted": true, "warned": true, "stated": true, "declared": true,
	"indicated": true, "estimated": true, "projected": true, "forecast": true, "suggested": true, "agreed": true,
	"promised": true, "pledged": true, "vowed": true, "threatened": true, "decided": true, "urged": true,
	"proposed": true, "voted": true, "asked": true, "ordered": true, "called": true, "insisted": true,
	"confirmed": true, "disclosed": true, "revealed": true, "claimed": true, "argued": true, "wrote": true,
	"hinted": true, "signaled": true, "signalled": true, "recommended": true, "demanded": true,
	"requested": true, "approved": true, "authorized": true, "set": true, "scheduled": true, "planned": true}

// mainVerb reports whether the verb k belongs to the sentence's main
// clause as far as the words before it tell: no relative pronoun or
// subordinating word comes before it ("Sony completed", not "the board,
// which met last month, wants").
func (p *parser) mainVerb(k int) bool {
	for a := k - 1; a >= 0; a-- {
		switch strings.ToLower(p.w(a).text) {
		case "which", "who", "whom", "whose", "that", "when", "where", "after", "before", "as", "because", "if", "while", "since", "although", "though", "once", "until":
			return false
		}
	}
	return true
}

// termEnd reports whether the expression at i ends a term that a verb
// before it sets: "through", "until" or "till" right before it, and a
// verb of setting or moving a term ("extend", "renew", "prolong",
// "postpone", "delay", "defer") earlier in the clause ("has extended
// the company $90 million in revolving loans through January").
func (p *parser) termEnd(i int) bool {
	if !p.w(i-1).isAny("through", "until", "till") {
		return false
	}
	for a := i - 2; a >= 0 && a >= i-16 && !p.clauseEnd(a); a-- {
		t := strings.ToLower(p.w(a).text)
		if t == "." { // (";" ends the loop: clauseEnd)
			return false
		}
		if termVerbs[t] {
			return true
		}
	}
	return false
}

// termVerbs are the forms of verbs that set or move the end of a term.
var termVerbs = map[string]bool{
	"extend": true, "extends": true, "extended": true, "extending": true,
	"renew": true, "renews": true, "renewed": true, "renewing": true,
	"prolong": true, "prolongs": true, "prolonged": true, "prolonging": true,
	"postpone": true, "postpones": true, "postponed": true, "postponing": true,
	"delay": true, "delays": true, "delayed": true, "delaying": true,
	"defer": true, "defers": true, "deferred": true, "deferring": true,
}
