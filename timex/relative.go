package timex

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// ---------------------------------------------------------------------------
// relative dates: now, today, last week, a year earlier, the weekend …

func (p *parser) relative(i int) (expr, bool) {
	w := p.w(i)
	if w.lex == nil {
		return expr{}, false
	}
	lw := w.lex.word
	switch lw {
	case "now", "currently", "nowadays", "recently", "lately":
		if lw == "now" && p.sentenceStart(i) && p.w(i+1).text == "," {
			// "Now, he says, …": set off by a comma at the head of the
			// sentence, "now" is a discourse marker that turns the
			// story, not a reference to the present ("Now the alliance
			// is larger" keeps it)
			return expr{}, false
		}
		if lw == "now" && p.sentenceStart(i) && p.w(i+1).isW("for") && p.noVerbAfter(i+2) {
			// "Now for today's quiz.", "Now for the weather": a turn to
			// the next item, no reference to the present ("Now for the
			// first time we see …" has a verb and keeps it)
			return expr{}, false
		}
		if lw == "now" && p.w(i+1).isAny("and", "or") && p.w(i+2).isAny("then", "again") {
			return expr{}, false // "every now and then": from time to time, no present
		}
		return dateExpr(i, i+1, point{anchor: aFixed, fixed: w.lex.ref}), true
	case "soon":
		return p.soon(i)
	case "current":
		// an adjective: "the current system", "current market
		// conditions"; "the current year" is a date
		n := p.w(i + 1)
		if n.is(cUnit) && !n.lex.plural || n.is(cFiscal) && p.w(i+2).isW("year") {
			k := i + 1
			if n.is(cFiscal) {
				k++
			}
			u := p.w(k).lex.unit
			if u == gDay || u == gWeekend || isClockUnit(u) {
				return expr{}, false
			}
			return dateExpr(i, k+1, point{anchor: aRef, gran: u, unit: u}), true
		}
		if n.text == "" || n.lex != nil && n.is(cFunc) || n.isAny("account", "accounts", "affairs", "events", "carrying") {
			return expr{}, false
		}
		return dateExpr(i, i+1, point{anchor: aFixed, fixed: "PRESENT_REF"}), true
	case "recent":
		if n := p.w(i + 1); n.is(cUnit) && n.lex.plural {
			return expr{i: i, j: i + 2, typ: document.DURATION, vague: true, unit: n.lex.unit}, true
		}
		if n := p.w(i + 1); n.text == "" || n.is(cFunc) {
			return expr{}, false
		}
		return dateExpr(i, i+1, point{anchor: aFixed, fixed: "PAST_REF"}), true
	case "today", "tonight", "yesterday", "tomorrow":
		if w.cap && i > 0 && !p.sentenceStart(i) {
			return expr{}, false // a name: "VOA Today", "Tomorrow Never Dies"
		}
		if lw != "tonight" && p.generic(i) {
			return expr{}, false // "today's youth", "the people of tomorrow": no day
		}
		pt := point{anchor: aRef, gran: gDay, unit: gDay, shift: w.lex.shift}
		j := i + 1
		if lw == "tonight" {
			pt.gran, pt.pod = gPartOfDay, "NI"
		} else if n := p.w(j); n.is(cPOD) && !n.lex.plural && !n.cap {
			pt.gran, pt.pod = gPartOfDay, n.lex.pod
			j++
		}
		return dateExpr(i, j, pt), true
	case "then":
		// "the then current price": the present of a past time
		if p.w(i+1).isW("current") && p.w(i+2).lex == nil && p.w(i+2).text != "" && isLetter(p.w(i + 2).text[0]) {
			return dateExpr(i, i+2, point{anchor: aFixed, fixed: "PAST_REF"}), true
		}
	case "these":
		if p.w(i + 1).isW("days") {
			return dateExpr(i, i+2, point{anchor: aFixed, fixed: "PRESENT_REF"}), true
		}
	case "as":
		// "as soon as possible": a time ahead, not yet fixed
		if p.w(i+1).isW("soon") && p.w(i+2).isW("as") && p.w(i+3).isAny("possible", "practicable", "feasible") {
			return dateExpr(i, i+4, point{anchor: aFixed, fixed: "FUTURE_REF"}), true
		}
	case "at":
		if p.w(i + 1).isW("present") {
			return dateExpr(i+1, i+2, point{anchor: aFixed, fixed: "PRESENT_REF"}), true
		}
	case "hourlong", "daylong", "weeklong", "monthlong", "yearlong", "decadelong", "centurylong",
		"hourslong", "dayslong", "weekslong", "monthslong", "yearslong", "decadeslong", "centurieslong":
		// "a monthslong fight", "the weeklong festival"
		return expr{i: i, j: i + 1, typ: document.DURATION, amount: 1, vague: w.lex.plural, unit: w.lex.unit}, true
	case "one":
		// "will one day be": some day in the future
		if p.w(i+1).isW("day") && p.someDay(i) {
			return dateExpr(i, i+2, point{anchor: aFixed, fixed: "FUTURE_REF"}), true
		}
	case "last":
		if n := p.w(i + 1); n.isW("night") {
			return dateExpr(i, i+2, point{anchor: aRef, gran: gPartOfDay, unit: gDay, shift: -1, pod: "NI"}), true
		}
		if g, ok := p.elidedUnit(i); ok {
			// "twice as high a dividend this year as last": the year
			// before this one
			return dateExpr(i, i+1, point{anchor: aRef, gran: g, unit: g, shift: -1}), true
		}
	case "that":
		if n := p.w(i + 1); n.isW("time") && !n.hyph && p.w(i-1).isAny("during", "throughout", "over") {
			// "a five-year restructuring effort. During that time, …":
			// the stretch last named (none: left alone)
			return expr{i: i, j: i + 2, typ: document.DURATION, thatTime: true}, true
		}
		if n := p.w(i + 1); n.isW("same") && p.w(i+2).is(cUnit) && !p.w(i+2).lex.plural && p.w(i+2).lex.unit >= gYear && p.w(i+2).lex.unit <= gDay {
			u := p.w(i + 2).lex.unit
			return dateExpr(i, i+3, point{anchor: aLast, gran: u, unit: u}), true // "that same day"
		}
		// "that year", "that quarter": the time last mentioned
		if n := p.w(i + 1); n.is(cUnit) && !n.lex.plural && !n.cap && n.lex.unit >= gYear && n.lex.unit <= gWeek && n.lex.unit != gSeason && n.lex.unit != gHalf {
			if pr := p.w(i - 1); pr.is(cFunc) && !pr.isAny("in", "during", "of", "for", "by", "since", "until", "through", "earlier", "later") || pr.text == "" && p.w(i+2).text != "," {
				return expr{}, false // "that year" as a subject is not anchored well ("That year, …" is a time)
			}
			return dateExpr(i, i+2, point{anchor: aLast, gran: n.lex.unit, unit: n.lex.unit}), true
		}
		if n := p.w(i + 1); n.isAny("day", "night", "morning", "afternoon", "evening") && (p.w(i-1).isAny("earlier", "later") || p.thatDay(i)) {
			pt := point{anchor: aLast, gran: gDay, unit: gDay}
			if n.is(cPOD) {
				pt.gran, pt.pod = gPartOfDay, n.lex.pod
			}
			return dateExpr(i, i+2, pt), true
		}
	case "year":
		if n := p.w(i + 1); n.hyph && n.isAny("ago", "earlier") {
			return p.yearAgo(i, i+2)
		}
		if n := p.w(i + 1); n.isW("end") && !n.hyph && p.w(i-1).isAny("by", "around", "at", "before", "until", "through") ||
			n.possessive() && p.w(i+2).isW("end") && p.w(i-1).isAny("by", "around", "at", "before", "until", "through", "since") {
			// "by year end", "by year's end": the end of the year under
			// way, as "by the end of the year" — its year, mod END
			j := i + 2
			if !n.isW("end") {
				j++
			}
			e := dateExpr(i, j, point{anchor: aRef, gran: gYear, unit: gYear})
			e.mod = "END"
			return e, true
		}
		if n := p.w(i + 1); n.hyph && n.isW("end") || n.isW("end") && p.w(i-1).isW("since") {
			// "year-end", "since year end": the last day of the year,
			// this one or the last
			return dateExpr(i, i+2, point{anchor: aYearless, gran: gDay, month: 12, day: 31}), true
		}
	case "the":
		return p.relativeThe(i)
	case "a", "an":
		// "at a later date", "an earlier date": an unnamed time ahead or
		// behind
		if n := p.w(i + 1); n.isAny("later", "earlier", "future") && p.w(i+2).isW("date") && !p.w(i+2).hyph {
			ref := "FUTURE_REF"
			if n.isW("earlier") {
				ref = "PAST_REF"
			}
			return dateExpr(i, i+3, point{anchor: aFixed, fixed: ref}), true
		}
		// "it was a great day for Poland": the day the text speaks of
		if d := p.w(i + 2); d.isW("day") && !d.hyph && p.w(i+3).isW("for") && greatDays[strings.ToLower(p.w(i+1).text)] && p.dayCopula(i-1) {
			return dateExpr(i, i+3, point{anchor: aLast, gran: gDay, unit: gDay}), true
		}
	}
	if w.is(cPOD) && !w.lex.plural && !w.cap {
		// "afternoon yesterday", "morning Friday" — and, after "mid",
		// "early" or "late", the part of a day named before
		n := p.w(i + 1)
		switch {
		case n.isAny("today", "yesterday", "tomorrow"):
			return dateExpr(i, i+2, point{anchor: aRef, gran: gPartOfDay, unit: gDay, shift: n.lex.shift, pod: w.lex.pod}), true
		case n.is(cWeekday) && n.cap:
			return dateExpr(i, i+2, point{anchor: aWeekday, gran: gPartOfDay, weekday: n.lex.weekday, pod: w.lex.pod}), true
		case p.w(i-1).isAny("mid", "early", "late") && !(p.w(i + 1).isW("of")):
			return dateExpr(i, i+1, point{anchor: aLast, gran: gPartOfDay, unit: gDay, pod: w.lex.pod}), true
		}
	}
	// this/next/last + unit: "last week", "this year", "next month",
	// "this weekend", "this morning", "last November"
	if w.is(cTNL) && !w.isAny("past", "previous", "following", "these") || w.isW("this") {
		k := i + 1
		tnl := tnlOf(lw)
		if lw == "this" && p.w(k).isAny("past", "coming") {
			tnl = tnlOf(p.w(k).lex.word)
			k++
		}
		if p.w(k).is(cFiscal) && p.w(k+1).isW("year") {
			k++ // "last fiscal year"
		}
		u := p.w(k)
		if u.is(cUnit) && !u.lex.plural && !u.cap && !u.hyph {
			shift := tnlShift(tnl)
			switch u.lex.unit {
			case gWeekend:
				return dateExpr(i, k+1, point{anchor: aWeekend, gran: gWeekend, tnl: tnl}), true
			case gDay, gHour, gMinute, gSecond:
				return expr{}, false
			case gQuarter:
				return expr{}, false // quarter()
			}
			if u.isW("year") && p.w(k+1).text == "'s" {
				if e, ok := p.quarterAt(k+2, i); ok {
					e.pt.yearFromRef, e.pt.yearShift = true, shift
					return e, true
				}
				if tnl == tnlLast && p.w(k+2).isAny("quarter", "period") && !p.w(k+2).hyph && !p.w(k+3).hyph {
					return p.yearAgo(i, k+2) // "last year's quarter": the quarter reported, a year back
				}
			}
			pt := point{anchor: aRef, gran: u.lex.unit, unit: u.lex.unit, shift: shift}
			if tnl == tnlLast && u.isW("year") && p.figureCompared(i, k) {
				pt.cmpLast = true
			}
			return dateExpr(i, k+1, pt), true
		}
		if u.is(cPOD) && lw == "this" && !u.lex.plural {
			return dateExpr(i, k+1, point{anchor: aRef, gran: gPartOfDay, unit: gDay, pod: u.lex.pod}), true
		}
		if m, ok := p.month(k); ok && !(p.w(k + 1).isNum) {
			pt := point{anchor: aYearless, gran: gMonth, month: m, tnl: tnl}
			if _, ok := p.day(k + 1); ok {
				return expr{}, false
			}
			return dateExpr(i, k+1, pt), true
		}
	}
	return expr{}, false
}

// elidedUnit returns the unit that "last" at i stands for when it closes
// a comparison with "this year", "this month" or "this week" and leaves
// the noun out: "twice as high a dividend this year as last", "more
// this month than last".
func (p *parser) elidedUnit(i int) (gran, bool) {
	if n := p.w(i + 1); n.isNum || n.text != "" && isLetter(n.text[0]) {
		return 0, false
	}
	if pr := strings.ToLower(p.w(i - 1).text); pr != "as" && pr != "than" {
		return 0, false
	}
	for a := i - 2; a >= 1 && a >= i-12 && !p.clauseEnd(a); a-- {
		if u := p.w(a); p.w(a-1).isW("this") && u.is(cUnit) && !u.lex.plural && !u.hyph {
			switch u.lex.unit {
			case gYear, gMonth, gWeek:
				return u.lex.unit, true
			}
			return 0, false
		}
	}
	return 0, false
}

// timeOf reports whether the words from k name a time ("May", "the
// week", "this year", "spring"): "the first day of May" is a day of that
// time, not of an event.
func (p *parser) timeOf(k int) bool {
	if p.w(k).isAny("the", "this", "that", "a", "next", "last") {
		k++
	}
	w := p.w(k)
	return w.trigger || w.digits > 0 || w.isNum
}

// alone reports whether word i may start an expression though no
// trigger word follows it: "last" standing for a unit left out (see
// elidedUnit), "that time" after "during".
func (p *parser) alone(i int) bool {
	w := p.w(i)
	if w.isW("last") {
		_, ok := p.elidedUnit(i)
		return ok
	}
	return w.isW("that") && p.w(i+1).isW("time") && p.w(i-1).isAny("during", "throughout", "over")
}

// greatDays are the words that judge a day in "it was a great day for
// the country", which speaks of that day.
var greatDays = map[string]bool{"great": true, "historic": true, "sad": true, "proud": true, "happy": true,
	"tragic": true, "dark": true, "momentous": true, "glorious": true, "black": true, "memorable": true}

// dayCopula reports whether words up to k are "it was", "it is", "it's",
// "this is" or "that was": a day judged is the day spoken of.
func (p *parser) dayCopula(k int) bool {
	if q := p.w(k).text; q == "\"" || q == "``" || q == "“" || q == "'" {
		k-- // it was "a great day …"
	}
	v := strings.ToLower(p.w(k).text)
	if v != "was" && v != "is" && v != "'s" && v != "’s" {
		return false
	}
	s := strings.ToLower(p.w(k - 1).text)
	return s == "it" || s == "this" || s == "that" && v != "'s" && v != "’s"
}

// noVerbAfter reports whether the words from k to the end of the
// sentence are a short phrase with no subject or verb that tells a
// tense ("for today's quiz."), not a clause ("for the first time we
// see …").
func (p *parser) noVerbAfter(k int) bool {
	if len(p.ws)-k > 7 {
		return false
	}
	for ; k < len(p.ws); k++ {
		switch strings.ToLower(p.w(k).text) {
		case "i", "we", "you", "he", "she", "it", "they", "there", "is", "are", "was", "were", "has", "have", "had":
			return false
		}
		if p.w(k).possessive() {
			continue // "today's quiz": a possessive
		}
		if _, ok := p.cue(k); ok {
			return false
		}
	}
	return true
}

// someDay reports whether "one day" at i is some day ahead ("will one
// day be", "hopes to one day run", "talks will resume one day") rather
// than a day's length ("it will take one day", "for one day"): after a
// modal or an infinitive's "to", or closing a clause of the future after
// a verb that does not measure time.
func (p *parser) someDay(i int) bool {
	pr, n := p.w(i-1), p.w(i+2)
	if n.hyph || p.w(i+1).hyph {
		return false
	}
	if pr.isAny("will", "would", "could", "might", "may", "can", "shall") {
		return true
	}
	if pr.isW("to") && (n.lex == nil || !n.is(cFunc|cUnit|cNumber|cTNL)) && n.text != "" && isLetter(n.text[0]) && !n.cap {
		return true // "hopes to one day run"
	}
	if n.text != "" && isLetter(n.text[0]) || pr.is(cFunc) || pr.isNum ||
		pr.isAny("take", "takes", "took", "last", "lasts", "lasted", "spend", "spent", "wait", "stay", "only", "just", "about", "least", "than") {
		return false
	}
	t, _ := p.tense(i, i+2)
	return t > 0
}

// thatDay reports whether "that" at i, before "day" or a part of the
// day, points back to the day last mentioned ("on that day", "the shares
// fell that morning") rather than opening a clause ("he said that
// morning trading was slow"): after a preposition or a past verb that
// does not report speech or thought; or opening a sentence, set off by a
// comma ("That night, …").
func (p *parser) thatDay(i int) bool {
	pr := p.w(i - 1)
	if pr.isAny("on", "by", "during", "until", "till", "since", "from", "of") {
		return true
	}
	if pr.text == "" && p.w(i+2).text == "," {
		return true // "That night, he left": a time opening the sentence
	}
	if pr.isAny("said", "told", "reported", "announced", "noted", "added", "believed", "thought", "knew",
		"learned", "claimed", "argued", "insisted", "warned", "feared", "felt", "found", "saw", "heard",
		"was", "were", "had", "did", "so", "such") {
		return false
	}
	return pr.is(cPast) || pastForm(pr)
}

// soon matches "soon" as a time ahead ("it will soon begin", "healthy
// enough soon"): FUTURE_REF, in a clause that speaks of the future; in a
// story of the past it is a time soon after another ("he was soon
// released"). Not where it measures a distance from
// another time or a clause ("soon after the vote", "as soon as he
// arrives", "too soon to tell", "how soon") and not "sooner".
func (p *parser) soon(i int) (expr, bool) {
	if p.w(i-1).isAny("as", "so", "too", "how", "very", "quite") || p.w(i+1).isAny("after", "afterwards", "afterward", "thereafter", "before", "as", "enough") {
		return expr{}, false
	}
	modal := p.w(i-1).isAny("will", "may", "might", "could", "should", "shall", "can", "'ll", "to") || p.w(i+1).isAny("will", "'ll")
	if t, _ := p.tense(i, i+1); t <= 0 && !modal {
		return expr{}, false // "the cash soon became a flood": soon after a past time
	}
	return dateExpr(i, i+1, point{anchor: aFixed, fixed: "FUTURE_REF"}), true
}

// sentenceStart reports whether word i opens the sentence or follows an
// opening quotation mark or parenthesis.
// genericNouns are the nouns that make "today's" and "tomorrow's" mean
// our times rather than a day: "today's youth", "tomorrow's leaders".
var genericNouns = map[string]bool{"world": true, "youth": true, "society": true, "generation": true,
	"young": true, "kids": true, "children": true, "teenagers": true, "students": true, "parents": true,
	"families": true, "consumers": true, "economy": true, "standards": true, "technology": true,
	"computers": true, "cars": true, "culture": true, "politics": true, "politicians": true, "leaders": true,
	"women": true, "men": true, "people": true, "workers": true, "workplace": true, "schools": true,
	"media": true, "music": true, "art": true, "science": true, "medicine": true}

// generic reports whether "today" or "tomorrow" at i names our times,
// not a day (TimeML marks no day a reader would not see): before a noun
// of the generic kind, perhaps after an adjective ("today's personal
// computers"), or after "of" closing a noun phrase ("the people of
// tomorrow", but not "the end of today" or "as of today").
func (p *parser) generic(i int) bool {
	if n := p.w(i + 1); n.possessive() {
		for k := i + 2; k <= i+3; k++ {
			if genericNouns[strings.ToLower(p.w(k).text)] {
				return true
			}
		}
		return false
	}
	if !p.w(i - 1).isW("of") {
		return false
	}
	h := p.w(i - 2)
	if h.text == "" || h.cap || !isLetter(h.text[0]) || h.is(cPOD|cUnit|cNumber) ||
		h.isAny("as", "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "since",
			"until", "end", "beginning", "start", "middle", "rest", "close", "turn", "dawn", "all", "some", "most") {
		return false // "the end of today", "as of today", "the morning of tomorrow"
	}
	return true
}

func (p *parser) sentenceStart(i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch p.w(k).text {
		case "\"", "“", "‘", "'", "(", "``", "`", "--", "—", "-", "_":
			continue
		}
		return false
	}
	return true
}

// termEnds reports whether "the near term" ends its noun phrase at k
// rather than modifying a noun ("the near term outlook").
func (p *parser) termEnds(k int) bool {
	n := p.w(k)
	return n.text == "" || !isLetter(n.text[0]) || n.lex != nil && n.is(cFunc) || n.isAny("as", "but", "while")
}

// relativeThe matches relative dates that start with "the": "the past",
// "the future", "the year", "the weekend", "the next day", "the year-ago
// quarter", "the end of the month" …
func (p *parser) relativeThe(i int) (expr, bool) {
	n := p.w(i + 1)
	n2 := p.w(i + 2)
	if n.isW("day") && !n.hyph && n2.isAny("before", "after") {
		// "the day before last Tuesday's hearing", "the day after
		// Christmas", "the day before yesterday": a day from a day
		if e, ok := p.core(i + 3); ok && e.typ == document.DATE && e.pt.gran == gDay && e.pt.anchor != aFixed && e.pt.dayShift == 0 {
			e.i = i
			e.pt.dayShift = 1
			if n2.isW("before") {
				e.pt.dayShift = -1
			}
			return e, true
		}
	}
	if n.isW("day") && !n.hyph && n2.isAny("before", "after") {
		// "the day after his death": the day next to the event's
		if cls := p.eventRef(i + 3); cls != evNone {
			shift := 1
			if n2.isW("before") {
				shift = -1
			}
			return dateExpr(i, i+2, point{anchor: aEvent, event: cls, gran: gDay, unit: gDay, shift: shift}), true
		}
	}
	if n.is(cOrdinal) && n2.isW("day") && !n2.hyph && !n.hyph && p.w(i+3).isW("of") && (p.w(i-1).isW("is") || p.w(i-1).possessive()) && !p.timeOf(i+4) {
		// "today is the eighth day of the blockade", "It's the second
		// day of an offensive": the day the text is written on
		return dateExpr(i, i+3, point{anchor: aRef, gran: gDay, unit: gDay}), true
	}
	if n.isAny("years", "decades") && !n.hyph && !n2.hyph && (p.w(i-1).isW("over") && !p.timeOf(i+2) || p.w(i-1).isW("in") && n2.isAny("that", "since", "after", "following")) {
		// "over the years", "in the years that followed": years, how
		// many unsaid
		return expr{i: i, j: i + 2, typ: document.DURATION, amount: 1, vague: true, unit: n.lex.unit}, true
	}
	if n.isW("latest") || n.isW("most") && n2.isW("recent") {
		// "the latest fiscal year", "the most recent year": the last
		// one that has ended
		k := i + 2
		if n.isW("most") {
			k++
		}
		if p.w(k).is(cFiscal) {
			k++
		}
		if u := p.w(k); u.isW("year") && !u.hyph && !p.w(k+1).hyph && !p.w(k+1).isAny("ended", "ending", "to", "through") {
			return dateExpr(i, k+1, point{anchor: aRef, gran: gYear, unit: gYear, shift: -1}), true
		}
	}
	switch {
	case n.isAny("following", "next", "previous", "preceding") && n2.is(cMonth):
		// "the following January", "the previous December": the first
		// such month after or before the time last named
		if m, ok := p.month(i + 2); ok {
			if _, ok := p.day(i + 3); !ok && !p.w(i+3).isNum {
				rel := int8(1)
				if n.isAny("previous", "preceding") {
					rel = -1
				}
				return dateExpr(i, i+3, point{anchor: aYearless, gran: gMonth, month: m, rel: rel}), true
			}
		}
	case n.isW("past") && !n2.is(cUnit|cNumber|cVague|cOrdinal|cSeason|cMonth|cWeekday) && !n2.isNum:
		if n2.isAny("few", "several", "couple") {
			return expr{}, false
		}
		return dateExpr(i, i+2, point{anchor: aFixed, fixed: "PAST_REF"}), true
	case n.isW("current"):
		if e, ok := p.relative(i + 1); ok && e.pt.anchor == aRef {
			e.i = i // "the current fiscal year"
			return e, true
		}
	case n.isAny("near", "short") && n2.isW("term") && !n2.hyph && p.termEnds(i+3):
		// "in the near term", "in the short term": the time just ahead
		return dateExpr(i, i+3, point{anchor: aFixed, fixed: "FUTURE_REF"}), true
	case n.isW("future") || n.isW("near") && n2.isW("future"):
		j := i + 2
		if n.isW("near") {
			j++
		}
		if p.w(j).isW("of") {
			return expr{}, false // "the future of our peoples"
		}
		return dateExpr(i, j, point{anchor: aFixed, fixed: "FUTURE_REF"}), true
	case n.isW("year") && n2.hyph && n2.isAny("ago", "earlier"):
		return p.yearAgo(i, i+3)
	case n.isW("year") && !n2.hyph && !n2.isNum && n2.digits == 0 && !(n2.isW("two") && p.w(i+3).isW("thousand")):
		if n2.isAny("ended", "ending", "ends", "to", "through", "since") {
			return expr{i: i, j: i + 2, typ: document.DURATION, amount: 1, unit: gYear}, true
		}
		if n2.isAny("before", "earlier") {
			return dateExpr(i, i+3, point{anchor: aLast, gran: gYear, unit: gYear, shift: -1}), true
		}
		if n2.isAny("after", "later") {
			return dateExpr(i, i+3, point{anchor: aLast, gran: gYear, unit: gYear, shift: 1}), true
		}
		if n2.is(cUnit | cSeason | cMonth) {
			return expr{}, false
		}
		return dateExpr(i, i+2, point{anchor: aRef, gran: gYear, unit: gYear}), true
	case n.isAny("fiscal", "full", "whole", "entire") && n2.isW("year") && !p.w(i+3).isNum:
		if p.w(i+3).isAny("ended", "ending", "ends", "to", "through") {
			return expr{i: i, j: i + 3, typ: document.DURATION, amount: 1, unit: gYear}, true
		}
		return dateExpr(i, i+3, point{anchor: aRef, gran: gYear, unit: gYear}), true
	case n.isW("week") && !n.hyph && (n2.possessive() && !p.w(i+3).is(cUnit) || p.w(i-1).isW("for") && n2.text == ","):
		// "the week's most active session", "For the week, the index
		// dropped 3.8%": the week of the report, which TimeBank writes
		// with its week unnamed (1989-WXX)
		return dateExpr(i, i+2, point{anchor: aRef, gran: gWeek, unit: gWeek, xWeek: true}), true
	case n.isW("week") && n2.isW("of"):
		// "the week of March 6"
		if e, ok := p.monthDate(i + 3); ok && e.pt.day > 0 {
			e.i, e.pt.gran = i, gWeek
			return e, true
		}
	case n.isW("weekend"):
		if n2.hyph {
			return expr{}, false
		}
		return dateExpr(i, i+2, point{anchor: aWeekend, gran: gWeekend}), true
	case n.isAny("latest", "same", "comparable", "corresponding", "year-ago", "year-earlier") && n2.isW("period"):
		pt := point{anchor: aLast, gran: gQuarter, unit: gQuarter, keepGran: true, maxGran: gMonth}
		j := i + 3
		if p.w(j).isAny("a") && p.w(j+1).isW("year") && p.w(j+2).isAny("ago", "earlier") {
			pt.unit, pt.shift, j = gYear, -1, j+3
		} else if p.w(j).isAny("last", "a") && p.w(j+1).isW("year") {
			pt.unit, pt.shift, j = gYear, -1, j+2
		} else if n.isAny("same", "comparable", "corresponding") {
			return expr{}, false
		}
		pt.periodWord = pt.shift != 0 || n.isAny("year-ago", "year-earlier")
		pt.latest = n.isW("latest") && pt.shift == 0
		return dateExpr(i, j, pt), true
	case n.isAny("same", "previous", "following", "next", "prior", "preceding") && n2.is(cUnit|cPOD) && !n2.lex.plural && !n2.hyph:
		shift := 0
		switch n.lex.word {
		case "previous", "prior", "preceding":
			shift = -1
		case "following", "next":
			shift = 1
		}
		if n2.is(cPOD) {
			if shift == 0 {
				return expr{}, false
			}
			return dateExpr(i, i+3, point{anchor: aLast, gran: gPartOfDay, unit: gDay, shift: shift, pod: n2.lex.pod}), true
		}
		u := n2.lex.unit
		switch {
		case n.isW("same") && u == gDay:
			return dateExpr(i, i+3, point{anchor: aLast, gran: gDay, unit: gDay}), true
		case n.isW("same"):
			if p.w(i+3).isAny("last", "a") && p.w(i+4).isW("year") {
				return dateExpr(i, i+5, point{anchor: aLast, gran: u, unit: gYear, shift: -1}), true
			}
			return expr{}, false
		case isClockUnit(u):
			return expr{}, false
		}
		return dateExpr(i, i+3, point{anchor: aLast, gran: u, unit: u, shift: shift}), true
	case n.isAny("day", "week") && n2.isAny("before", "after") && p.nothingGoverned(i+3):
		// "the day before." — relative to the last date
		shift := -1
		if n2.isW("after") {
			shift = 1
		}
		return dateExpr(i, i+3, point{anchor: aLast, gran: n.lex.unit, unit: n.lex.unit, shift: shift}), true
	case n.is(cPOD) && !n.lex.plural && !n.cap && !n.isAny("overnight", "daytime") && !n2.isW("of") && !n2.hyph &&
		p.w(i-1).isAny("in", "during", "through", "throughout", "by", "until", "till", "into", "since"):
		// "in the afternoon": of the day last mentioned
		return dateExpr(i, i+2, point{anchor: aLast, gran: gPartOfDay, unit: gDay, pod: n.lex.pod}), true
	case n.is(cUnit) && !n.lex.plural && !n.cap && !n.hyph && p.w(i-1).isAny("of", "in") && p.w(i-2).isAny("end", "beginning", "start", "middle", "rest", "remainder", "close", "course", "turn", "earlier", "later", "early", "late", "half"):
		// "the end of the month", "earlier in the year": the one under
		// way at the reference time
		u := n.lex.unit
		if u < gCentury || u > gWeek || u == gWeekend || u == gSeason || u == gHalf {
			return expr{}, false
		}
		return dateExpr(i, i+2, point{anchor: aRef, gran: u, unit: u}), true
	}
	return expr{}, false
}

// nothingGoverned reports whether "before" or "after" at k-1 ends its
// phrase: punctuation, the end or a conjunction follows.
func (p *parser) nothingGoverned(k int) bool {
	n := p.w(k)
	switch n.text {
	case "", ",", ".", ";", ":", "”", "\"", "'", "''", ")", "—", "--", "?", "!":
		return true
	}
	return n.isAny("and", "or", "but")
}

// yearAgo completes "the year-ago quarter", "year-earlier", "the
// year-earlier period", "the year-ago third quarter": the time of the
// last mentioned period, a year before.
func (p *parser) yearAgo(i, k int) (expr, bool) {
	pt := point{anchor: aLast, gran: gYear, unit: gYear, shift: -1, keepGran: true}
	j := k
	n := p.w(k)
	switch {
	case n.isAny("quarter", "period"):
		j++
		pt.periodWord = n.isW("period")
		if n.isW("quarter") {
			pt.gran, pt.keepGran, pt.compare = gQuarter, false, true
			pt.unit = gQuarter
			pt.shift = -4
		}
	case (n.is(cOrdinal) || n.ordDay > 0) && p.w(k+1).isW("quarter"):
		q := n.ordDay
		if n.is(cOrdinal) {
			q = n.lex.ord
		}
		if q < 1 || q > 4 {
			return expr{}, false
		}
		j += 2
		pt = point{anchor: aLast, gran: gQuarter, unit: gYear, shift: -1, quarter: q, compare: true}
	case n.is(cNumber) && p.w(k+1).is(cUnit) && p.w(k+1).lex.plural:
		// "the year-earlier nine months": a duration
		return expr{i: i, j: k + 2, typ: document.DURATION, amount: n.lex.num, unit: p.w(k + 1).lex.unit}, true
	}
	if j == k && p.w(i).isW("the") && p.nounAfter(k) {
		i++ // "the year-ago results": the determiner is the results'
	}
	return dateExpr(i, j, pt), true
}

// figureCompared reports whether "last year" at words [i, k] compares a
// figure with its value a year before: after an amount ("compared with a
// loss of $3 million last year", "from $4.41 a share, last year") or as
// the owner of one ("from last year's $1.55 billion", "last year's
// results").
func (p *parser) figureCompared(i, k int) bool {
	if n := p.w(k + 1); n.possessive() && (strings.EqualFold(p.w(k+2).text, "results") || strings.EqualFold(p.w(k+2).text, "figures")) {
		// "Last year's results were hurt by …" in a report of a
		// period: the results of that period a year back (next to a
		// quarter; alone, the year)
		return true
	}
	cmp := false
	for a := i - 1; a >= 0 && a >= i-12 && !p.clauseEnd(a); a-- {
		if t := strings.ToLower(p.w(a).text); t == "from" || t == "compared" || t == "against" || t == "versus" || t == "vs." || t == "than" {
			cmp = true
			break
		}
	}
	if !cmp {
		return false
	}
	if n := p.w(k + 1); n.possessive() {
		m := p.w(k + 2)
		return m.text == "$" || m.text == "#" || m.isNum || figureNouns[strings.ToLower(m.text)]
	}
	b := p.w(i - 1)
	if b.text == "," {
		b = p.w(i - 2)
	}
	return b.isNum || b.isAny("million", "billion", "trillion", "share", "cents", "%", "percent")
}

// figureNouns are the figures a report of results compares.
var figureNouns = map[string]bool{"results": true, "earnings": true, "profit": true, "net": true, "sales": true,
	"revenue": true, "loss": true, "figures": true, "level": true}
