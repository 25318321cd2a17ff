package timex

import "github.com/newsgraph/newsgraph/document"

// A parser finds time expressions among the words of one sentence. Each
// pattern is a method that tries to match at word i and returns the
// expression it found, with its end; the longest match wins.
type parser struct {
	ws []word
	// skipTo, when past the word being tried, is where a stretch that
	// looked like a date but is none ends ("February 30, 2018"): nothing
	// in it is tagged.
	skipTo int
	// numeric marks a stretch that is mostly numbers (a table, a page
	// of digits): bare numbers there are not taken for years or dates.
	numeric bool
	// gameHere marks a sentence about a match; gameSeen counts the words
	// that tell one in the sentences read so far.
	gameHere bool
	gameSeen int
	// text is the document's text; mayName caches whether it names a
	// person May (0 not yet looked at, 1 no, 2 yes).
	text    string
	mayName int8
}

var noWord = &word{}

// w returns word i, or an empty word outside the sentence.
func (p *parser) w(i int) *word {
	if i < 0 || i >= len(p.ws) {
		return noWord
	}
	return &p.ws[i]
}

// scan appends the expressions of the sentence to out.
func (p *parser) scan(out []expr, sent int) []expr {
	nums := 0
	for k := range p.ws {
		if p.ws[k].digits > 0 || p.ws[k].isNum {
			nums++
		}
	}
	p.numeric = len(p.ws) >= 8 && nums*2 > len(p.ws)
	p.skipTo = 0
	for i := 0; i < len(p.ws); {
		if w := &p.ws[i]; !(w.trigger || w.is(cStart)) || !p.near(i) && !p.alone(i) {
			i++
			continue
		}
		e, ok := p.at(i)
		if !ok {
			i = max(i+1, p.skipTo)
			continue
		}
		e.tense, e.cue = p.tense(e.i, e.j)
		e.schedule = e.cue >= 0 && scheduleVerbs[p.w(e.cue).text]
		if e.tense < 0 && e.cue >= 0 && e.cue < e.i {
			e.eventPast = p.eventPast(e.cue, e.i)
		}
		if e.cue < 0 && e.tense == 0 && len(out) > 0 && out[len(out)-1].sent == sent {
			// no verb of its own within reach: the expression shares
			// the verb of the one before ("would leave on Monday … with
			// the third from August 6")
			e.tense = max(-1, min(1, out[len(out)-1].tense))
		} else if n := len(out); n > 0 && out[n-1].sent == sent && out[n-1].typ == document.TIME && out[n-1].pt.clock &&
			out[n-1].j == e.i-1 && p.w(e.i-1).isW("on") && e.pt.anchor == aWeekday && out[n-1].tense > 0 && e.tense <= 0 && e.cue < out[n-1].i {
			// "the briefing is at 10 a.m. on Friday": the day of the
			// time, whose verb is the same
			e.tense = out[n-1].tense
		}
		if n := len(out); n > 0 && out[n-1].sent == sent && out[n-1].j == e.i-1 && rangeEnds(&out[n-1], &e) {
			if c := p.w(e.i - 1); c.isAny("to", "through", "until", "till") || c.text == "-" || c.text == "–" {
				e.rangeEnd = true // "Monday through Friday", "from November to February"
			}
		}
		e.termEnd = p.termEnd(e.i)
		e.possessive = p.w(e.j).possessive()
		e.ended = p.w(e.j).isW("ended")
		e.sent = sent
		e.dates = p.eventDated(&e)
		if e.dates != evNone && e.pt.clock && e.pt.anchor == aLast && e.pt.shift == 0 {
			// "was shot to death at 10 p.m.": the time of the event,
			// on its day when the text has dated it
			e.pt.anchor, e.pt.event = aEvent, e.dates
		}
		e.start, e.end = p.ws[e.i].start, p.ws[e.j-1].end
		out = append(out, e)
		i = e.j
		if e2, ok := p.secondDay(e); ok {
			out = append(out, e2)
			i = e2.j
		}
	}
	return out
}

// rangeEnds reports whether e may end a range that a starts: two
// weekdays ("Monday through Friday") or two months or days of the month
// without this/next/last ("from November to February", "Dec. 28 to Jan.
// 3"), the second without a year of its own.
func rangeEnds(a, e *expr) bool {
	if a.typ != document.DATE && a.typ != document.TIME || e.typ != document.DATE && e.typ != document.TIME {
		return false
	}
	x, y := &a.pt, &e.pt
	if x.tnl != tnlNone || y.tnl != tnlNone || x.rel != 0 || y.rel != 0 || x.inWeek || y.inWeek {
		return false
	}
	if x.anchor == aWeekday && y.anchor == aWeekday {
		return true
	}
	monthly := func(pt *point) bool {
		return pt.month > 0 && pt.holiday == "" && (pt.gran == gMonth || pt.gran == gDay)
	}
	return monthly(x) && monthly(y) && (x.anchor == aYearless || x.anchor == aAbs) && y.anchor == aYearless &&
		y.year == 0 && !y.yearFromRef
}

// secondDay matches the second day of "April 24 and 25", a date of its
// own in the month of the first.
func (p *parser) secondDay(e expr) (expr, bool) {
	pt := e.pt
	if e.typ != document.DATE || pt.gran != gDay || pt.month == 0 || pt.day == 0 || pt.holiday != "" || !p.w(e.j).isAny("and", "or") {
		return expr{}, false
	}
	d, ok := p.day(e.j + 1)
	if n := p.w(e.j + 1); !ok || n.digits == 0 || n.hyph {
		return expr{}, false
	}
	// what follows must end the phrase: not "June 3 and 4 others"
	if n := p.w(e.j + 2); n.text != "" && (isLetter(n.text[0]) || n.text[0] >= '0' && n.text[0] <= '9' || n.text == "%") && !n.isAny("in", "at", "on", "for", "with", "when", "and", "or", "but") {
		return expr{}, false
	}
	if d > daysIn(max(pt.year, 0), pt.month) || d <= pt.day {
		return expr{}, false
	}
	e.i, e.j = e.j+1, e.j+2
	e.pt.day = d
	e.start, e.end = p.ws[e.i].start, p.ws[e.j-1].end
	return e, true
}

// near reports whether a trigger word lies within the next few words, the
// most that modifiers and determiners put before one ("no more than the
// past").
func (p *parser) near(i int) bool {
	for k := i; k < i+5 && k < len(p.ws); k++ {
		if p.ws[k].trigger {
			return true
		}
	}
	return false
}

// at returns the longest expression starting at word i.
func (p *parser) at(i int) (expr, bool) {
	var best expr
	found := false
	take := func(e expr, ok bool) {
		if ok && e.j > i && (!found || e.j > best.j) {
			best, found = e, true
		}
	}
	if k, mod, ok := p.quantMod(i); ok {
		if e, ok := p.core(k); ok && (e.typ == document.DURATION || e.pt.unit != gNone && e.pt.shift != 0 || e.pt.clock) {
			e.i = i
			if e.mod == "" {
				e.mod = mod
			}
			take(e, true)
		}
	}
	if k, mod, ok := p.monthPart(i); ok {
		if e, ok := p.core(k); ok && e.typ == document.DATE && e.pt.gran == gMonth && e.pt.anchor != aFixed {
			e.i = i
			e.mod = mod
			take(e, true)
		}
	}
	if k, mod, ok := p.posMod(i); ok {
		if e, ok := p.core(k); ok && (e.typ == document.DATE || e.typ == document.TIME) && e.pt.anchor != aFixed {
			e.i = i
			e.mod = mod
			take(e, true)
		}
	}
	take(p.core(i))
	if found {
		best = p.suffix(best)
		best = p.rangeStart(best)
	}
	return best, found
}

// rangeStart extends a counted duration back over the lower end of a
// range: "six to eight weeks", "12 to 18 months", "two or three days"
// are one duration, valued at the lower end with mod EQUAL_OR_MORE ("at
// least six weeks"), as TimeBank writes "two to three weeks".
func (p *parser) rangeStart(e expr) expr {
	if e.typ != document.DURATION || e.vague || e.durAnchor != 0 || e.mod != "" || e.amount < 2 || e.j-e.i != 2 {
		return e
	}
	c := p.w(e.i - 1)
	if !c.isAny("to", "or") && c.text != "-" && c.text != "–" {
		return e
	}
	k, v, ok := p.number(e.i - 2)
	if !ok || k != e.i-1 || v <= 0 || v >= e.amount || v != float64(int(v)) || p.w(e.i-2).isAny("a", "an") {
		return e
	}
	if p.w(e.i-3).isNum || p.w(e.i-3).text == "$" || p.w(e.i-3).isAny("%", "percent") {
		return e
	}
	e.i -= 2
	e.amount = v
	e.mod = "EQUAL_OR_MORE"
	return e
}

// core tries every pattern at i and returns the longest match.
func (p *parser) core(i int) (expr, bool) {
	var best expr
	found := false
	take := func(e expr, ok bool) {
		if ok && e.j > i && (!found || e.j > best.j) {
			best, found = e, true
		}
	}
	// each pattern is tried only when the first word can start it
	w := p.w(i)
	the := w.isW("the")
	digits := w.digits > 0 || w.ordDay > 0 || w.isNum
	if w.iso != nil || w.slash != nil {
		take(p.numericDate(i))
	}
	if w.spanFrom != 0 {
		take(p.yearSpan(i))
	}
	if w.digits == 4 && p.w(i+1).digits == 4 {
		take(p.yearRange(i)) // "2021-2022"
	}
	if the || digits || w.is(cOrdinal) {
		take(p.dayMonth(i))
	}
	if _, bare := bareDecade(w); the || bare || w.digits == 4 || w.fy != 0 || w.decade > 0 || w.apo > 0 || w.ordDay > 0 || w.is(cFiscal|cDecadeWord|cNumber) {
		take(p.year(i))
	}
	if w.is(cMonth | cWeekday | cTNL) {
		take(p.monthDate(i))
	}
	if w.is(cWeekday) && w.cap && !w.lex.plural {
		// "Monday 3 December", "Monday, 3 December 2018": the weekday
		// of the date that follows
		k := i + 1
		if p.w(k).text == "," {
			k++
		}
		if e, ok := p.dayMonth(k); ok {
			e.i = i
			take(e, true)
		}
	}
	if the || w.quarter > 0 || w.half > 0 || w.ordDay > 0 || w.is(cOrdinal|cFiscal|cTNL) {
		take(p.quarter(i))
	}
	if the || w.is(cTNL|cSeason) {
		take(p.season(i))
	}
	if w.lex != nil {
		take(p.relative(i))
	}
	named := false
	if w.is(cWeekday) && w.cap {
		// "Good Friday", "Black Friday": a day the calendar names;
		// "Super Tuesday": a day of its own, no day of the week at hand
		e, ok := p.namedDay(i - 1)
		take(e, ok)
		named = ok || p.nameDay(i-1) || p.paperAfter(i) || p.titleAfter(i)
	}
	if (the || w.is(cTNL|cWeekday|cWeekdays)) && !named {
		take(p.weekday(i))
	}
	if (w.hm != nil || w.is(cWeekday|cClockWord)) && !named || w.digits > 0 && w.digits <= 2 || w.is(cNumber) || w.isNum && p.w(i+1).is(cZone) {
		take(p.clockTime(i))
	}
	if w.is(cSetAdv|cNumber) || w.isAny("every", "each", "once", "twice", "times", "per", "several", "many") {
		take(p.set(i))
	}
	if the || digits || w.is(cNumber|cTNL|cVague|cUnit) || w.isW("each") {
		take(p.duration(i))
	}
	if the {
		take(p.pastUnit(i))
	}
	if w.is(cHoliday) {
		take(p.holiday(i))
	}
	if the && p.w(i+1).is(cHoliday) {
		// "the Memorial Day weekend", "the Easter week": the determiner
		// is the week's
		if e, ok := p.holiday(i + 1); ok && (e.pt.gran == gWeekend || e.pt.gran == gWeek) {
			e.i = i
			take(e, true)
		}
	}
	if w.isAny("last", "next", "this") && p.w(i+1).is(cHoliday) {
		// "last Thanksgiving", "next Christmas"
		if e, ok := p.holiday(i + 1); ok && e.pt.anchor == aYearless {
			e.i, e.pt.tnl = i, tnlOf(w.lex.word)
			take(e, true)
		}
	}
	return best, found
}

// quantMod matches a modifier of quantity: "about", "more than", "at
// least", "no more than", "nearly", "up to" …
func (p *parser) quantMod(i int) (int, string, bool) {
	w := p.w(i)
	if w.lex == nil {
		return i, "", false
	}
	switch w.lex.word {
	case "about", "around", "roughly", "approximately", "nearly", "almost", "circa", "some", "close":
		if w.isW("close") {
			if p.w(i + 1).isW("to") {
				return i + 2, "APPROX", true
			}
			return i, "", false
		}
		if w.isW("some") && !(p.w(i+1).isNum || p.w(i+1).is(cNumber) && !p.w(i+1).isAny("a", "an")) {
			return i, "", false
		}
		return i + 1, "APPROX", true
	case "more", "less", "fewer":
		if p.w(i + 1).isW("than") {
			if w.isW("more") {
				return i + 2, "MORE_THAN", true
			}
			return i + 2, "LESS_THAN", true
		}
	case "at":
		if p.w(i + 1).isW("least") {
			return i + 2, "EQUAL_OR_MORE", true
		}
		if p.w(i + 1).isW("most") {
			return i + 2, "EQUAL_OR_LESS", true
		}
	case "no":
		if p.w(i+1).isAny("more", "longer") && p.w(i+2).isW("than") {
			return i + 3, "EQUAL_OR_LESS", true
		}
		if p.w(i+1).isAny("less", "fewer", "shorter") && p.w(i+2).isW("than") {
			return i + 3, "EQUAL_OR_MORE", true
		}
	case "up":
		if p.w(i + 1).isW("to") {
			return i + 2, "EQUAL_OR_LESS", true
		}
	case "just", "well":
		if k, mod, ok := p.quantMod(i + 1); ok {
			return k, mod, true
		}
		if p.w(i+1).isAny("over", "under") {
			if p.w(i + 1).isW("over") {
				return i + 2, "MORE_THAN", true
			}
			return i + 2, "LESS_THAN", true
		}
	}
	return i, "", false
}

// posMod matches a modifier of position: "early", "late", "mid", "the end
// of", "the beginning of", "earlier" (before this/next/last/today) …
func (p *parser) posMod(i int) (int, string, bool) {
	k := i
	the := false
	if p.w(k).isW("the") {
		k++
		the = true
	}
	w := p.w(k)
	if w.lex == nil {
		return i, "", false
	}
	switch w.lex.word {
	case "early", "late", "mid":
		if p.w(k+1).isW("in") && p.w(k+2).isW("the") {
			return k + 2, modFor(w.lex.word), true // "early in the year"
		}
		if the && p.w(k+1).hyph && p.w(k+1).is(cMonth) && p.nounAfter(k+2) {
			return i, "", false // "the late-November trip": the determiner is the trip's
		}
		return k + 1, modFor(w.lex.word), true
	case "end", "beginning", "start", "middle", "close", "turn", "dawn":
		if the && p.w(k+1).isW("of") {
			mod := "END"
			switch w.lex.word {
			case "beginning", "start", "dawn":
				mod = "START"
			case "middle":
				mod = "MID"
			case "turn":
				mod = ""
			}
			return k + 2, mod, true
		}
	case "earlier", "later":
		if the {
			return i, "", false
		}
		n := p.w(k + 1)
		if n.is(cTNL) && !n.isAny("past", "previous", "following") || n.isAny("today", "tonight", "yesterday", "tomorrow", "that") || n.is(cWeekday) && n.cap {
			return k + 1, modFor(w.lex.word), true
		}
		if n.isW("in") && p.w(k+2).isW("the") && p.w(k+3).is(cUnit|cPOD|cSeason) {
			return k + 2, modFor(w.lex.word), true // "earlier in the year"
		}
	}
	return i, "", false
}

// nounAfter reports whether word k looks like the noun a time adjective
// stands before ("the late-November trip", "the year-ago results"): a
// lower-case word that is no time or grammar word of the lexicon nor a
// conjunction.
func (p *parser) nounAfter(k int) bool {
	n := p.w(k)
	if n.lex != nil || n.text == "" || n.text[0] < 'a' || n.text[0] > 'z' {
		return false
	}
	switch n.text {
	case "when", "while", "as", "because", "which", "who", "where", "if", "though", "although", "with", "but":
		return false
	}
	return true
}

// monthPart matches the part of a month a phrase names before "of":
// "the first week of", "the last days of", "the second half of" (of a
// month: the caller checks). The month is the value; the first part is
// its START, the last its END, a part between none.
func (p *parser) monthPart(i int) (int, string, bool) {
	if !p.w(i).isW("the") {
		return i, "", false
	}
	o, u := p.w(i+1), p.w(i+2)
	if !o.isAny("first", "second", "third", "fourth", "last", "final") || !u.isAny("week", "weeks", "days", "half") || !p.w(i+3).isW("of") {
		return i, "", false
	}
	if u.isW("half") && o.isAny("third", "fourth") {
		return i, "", false
	}
	mod := ""
	switch {
	case o.isW("first"):
		mod = "START"
	case o.isAny("last", "final"), o.isW("second") && u.isW("half"):
		mod = "END"
	}
	return i + 4, mod, true
}

func modFor(w string) string {
	switch w {
	case "early", "earlier":
		return "START"
	case "late", "later":
		return "END"
	case "mid":
		return "MID"
	}
	return ""
}

// suffix extends an expression with what may follow it: "or so", "or
// more", "or longer".
func (p *parser) suffix(e expr) expr {
	if n := p.w(e.j); e.typ == document.DATE && e.pt.gran == gDay && e.pt.month > 0 && e.pt.day > 0 && !e.pt.clock &&
		n.isW("weekend") && !n.lex.plural && !n.hyph && !p.w(e.j+1).hyph {
		// "the Fourth of July weekend", "the March 6 weekend": the
		// weekend the day falls on, or that a Monday ends
		e.pt.gran = gWeekend
		e.j++
	}
	if e.typ == document.DATE && e.mod == "" && p.nothingGoverned(e.j+2) {
		// "1994 or later", "1990 and beyond" — not "1984 and later
		// served"
		switch n, n2 := p.w(e.j), p.w(e.j+1); {
		case n.isW("or") && n2.isAny("later", "after"), n.isW("and") && n2.isAny("beyond", "later", "after"):
			e.j += 2
			e.mod = "ON_OR_AFTER"
		case n.isW("or") && n2.isAny("earlier", "before"):
			e.j += 2
			e.mod = "ON_OR_BEFORE"
		}
	}
	if e.typ == document.DURATION && e.vague && (e.j-e.i >= 2 || p.w(e.j).isW("or")) && p.w(e.j-1).is(cUnit) && p.w(e.j-1).lex.plural &&
		p.w(e.j).isAny("and", "or") && p.w(e.j+1).is(cUnit) && p.w(e.j+1).lex.plural &&
		!p.w(e.j+2).isAny("ago", "earlier", "later", "before", "after", "from") {
		// "recent weeks and months", "the coming days and weeks": the
		// modifier governs both units, one vague stretch; "within weeks
		// or months" is one too
		e.j += 2
	}
	if e.typ == document.DURATION || e.pt.shift != 0 {
		if p.w(e.j).isW("or") {
			n := p.w(e.j + 1)
			switch {
			case n.isW("so"):
				e.j += 2
				if e.mod == "" {
					e.mod = "APPROX"
				}
			case n.isAny("more", "longer") && !p.w(e.j+2).isW("than"):
				e.j += 2
				if e.mod == "" {
					e.mod = "EQUAL_OR_MORE"
				}
			case n.isAny("less", "shorter") && !p.w(e.j+2).isW("than"):
				e.j += 2
				if e.mod == "" {
					e.mod = "EQUAL_OR_LESS"
				}
			}
		}
	}
	return e
}

func dateExpr(i, j int, pt point) expr {
	t := document.DATE
	if pt.gran >= gPartOfDay {
		t = document.TIME
	}
	return expr{i: i, j: j, typ: t, pt: pt}
}

// ---------------------------------------------------------------------------
// numbers

// number reads a quantity at i: digits ("72", "4½", "1.5", "5 1/2"),
// number words ("two", "twenty-five", "a", "an", "a dozen", "half a").
// It returns the end, the value and whether the quantity is vague.
func (p *parser) number(i int) (int, float64, bool) {
	w := p.w(i)
	if w.isNum {
		if w.digits > 0 && w.zeroLead {
			return i, 0, false
		}
		v := w.num
		k := i + 1
		if n := p.w(k); n.isNum && n.num < 1 && n.digits == 0 && !n.hyph {
			v += n.num // "5 1/2"
			k++
		} else if p.w(k).isW("and") && p.w(k+1).isAny("a", "one") && p.w(k+2).isW("half") && p.w(k+3).is(cUnit) {
			return k + 3, v + 0.5, true // "2 and a half years"
		}
		return k, v, true
	}
	if w.lex == nil {
		return i, 0, false
	}
	if w.is(cNumber) {
		v := w.lex.num
		k := i + 1
		switch w.lex.word {
		case "a", "an":
			if n := p.w(k); n.isAny("few", "couple") {
				k++
				if p.w(k).isW("of") {
					k++
				}
				if n.isW("couple") {
					return k, 2, true
				}
				return k, 0, true // vague
			}
			if n := p.w(k); n.isAny("dozen", "hundred", "thousand") {
				return k + 1, n.lex.num, true
			}
			if n := p.w(k); n.isW("half") {
				return k + 1, 0.5, true
			}
			if p.w(k).isW("quarter") && p.w(k+1).isW("of") && p.w(k+2).isAny("a", "an") && p.w(k+3).is(cUnit) && !p.w(k+3).lex.plural {
				return k + 3, 0.25, true // "a quarter of a century"
			}
			return k, 1, true
		case "half":
			if n := p.w(k); n.isAny("a", "an") {
				return k + 1, 0.5, true
			}
			return i, 0, false
		case "dozen":
			return i, 0, false
		}
		if v >= 20 && v < 100 && int(v)%10 == 0 {
			if n := p.w(k); n.is(cNumber) && n.lex.num >= 1 && n.lex.num <= 9 && !n.isAny("a", "an") {
				v += n.lex.num
				k++
			}
		}
		if n := p.w(k); n.isAny("hundred", "thousand") {
			v *= n.lex.num
			k++
		}
		if p.w(k).isW("and") && p.w(k+1).isAny("a", "one") && p.w(k+2).isW("half") && p.w(k+3).is(cUnit) {
			// "two and a half years"
			return k + 3, v + 0.5, true
		}
		return k, v, true
	}
	if w.isAny("several", "few", "many", "couple", "numerous") {
		k := i + 1
		if w.isW("couple") {
			if p.w(k).isW("of") {
				k++
			}
			return k, 2, true // "the next couple of years"
		}
		return k, 0, true
	}
	return i, 0, false
}
