package timex

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

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
		if w := &p.ws[i]; !(w.trigger || w.is(cStart)) || !p.near(i) {
			i++
			continue
		}
		e, ok := p.at(i)
		if !ok {
			i = max(i+1, p.skipTo)
			continue
		}
		e.tense = p.tense(e.i, e.j)
		e.possessive = p.w(e.j).text == "'s" || p.w(e.j).text == "’s"
		e.sent = sent
		e.start, e.end = p.ws[e.i].start, p.ws[e.j-1].end
		out = append(out, e)
		i = e.j
	}
	return out
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
	}
	return best, found
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
	if the || digits || w.is(cOrdinal) {
		take(p.dayMonth(i))
	}
	if the || w.digits == 4 || w.fy != 0 || w.decade > 0 || w.apo > 0 || w.is(cFiscal|cDecadeWord|cNumber) {
		take(p.year(i))
	}
	if w.is(cMonth | cWeekday | cTNL) {
		take(p.monthDate(i))
	}
	if the || w.quarter > 0 || w.ordDay > 0 || w.is(cOrdinal|cFiscal|cTNL) {
		take(p.quarter(i))
	}
	if the || w.is(cTNL|cSeason) {
		take(p.season(i))
	}
	if w.lex != nil {
		take(p.relative(i))
	}
	if w.is(cTNL | cWeekday | cWeekdays) {
		take(p.weekday(i))
	}
	if w.hm != nil || w.is(cWeekday|cClockWord) || w.digits > 0 && w.digits <= 2 || w.is(cNumber) {
		take(p.clockTime(i))
	}
	if w.is(cSetAdv|cNumber) || w.isAny("every", "each", "once", "twice", "times", "per") {
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
			return k + 3, modFor(w.lex.word), true
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
			return k + 1, modFor(w.lex.word), true
		}
	}
	return i, "", false
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
		if p.w(k).isW("and") && p.w(k+1).isAny("a", "one") && p.w(k+2).isW("half") && !p.w(k+3).is(cUnit) {
			// "two and a half years"
			return k + 3, v + 0.5, true
		}
		return k, v, true
	}
	if w.isAny("several", "few", "many", "couple", "numerous") {
		k := i + 1
		if w.isW("couple") && p.w(k).isW("of") {
			k++
		}
		return k, 0, true
	}
	return i, 0, false
}

// ---------------------------------------------------------------------------
// dates written with digits

func (p *parser) numericDate(i int) (expr, bool) {
	w := p.w(i)
	if w.iso != nil {
		d := w.iso
		pt := point{anchor: aAbs, gran: gDay, year: d.year, month: d.month, day: d.day}
		if d.clock {
			pt.gran, pt.clock, pt.hour, pt.minute, pt.zone = gMinute, true, d.hour, d.minute, d.zone
		}
		return dateExpr(i, i+1, pt), true
	}
	// 2018-05-31 split at its hyphens is not produced (see makeWords);
	// "6/12/18", "2018/05/31" and "12.06.2018" are single tokens.
	if w.slash == nil {
		return expr{}, false
	}
	if p.numeric {
		return expr{}, false
	}
	d := w.slash
	pt := point{anchor: aAbs, gran: gDay, year: d.year, month: d.month, day: d.day}
	if d.year < 100 {
		pt.anchor = aYearless
		pt.year = -1 - d.year // two digits: the century nearest the reference
	}
	return dateExpr(i, i+1, pt), true
}

// day reads a day of the month at i ("12", "12th", "twelfth").
func (p *parser) day(i int) (int, bool) {
	w := p.w(i)
	switch {
	case w.digits > 0 && w.digits <= 2 && w.num >= 1 && w.num <= 31 && !w.hyph:
		return int(w.num), true
	case w.ordDay >= 1 && w.ordDay <= 31:
		return w.ordDay, true
	case w.is(cOrdinal) && w.lex.ord <= 31:
		return w.lex.ord, true
	}
	return 0, false
}

// yearAt reads a year at i: four digits (1000–2999), or "'98".
func (p *parser) yearAt(i int) (int, bool) {
	w := p.w(i)
	if w.digits == 4 && w.num >= 1000 && w.num <= 2999 {
		return int(w.num), true
	}
	if w.apo > 0 && w.apo < 100 && !w.apoDecade {
		return -1 - w.apo, true // two digits: the century is chosen at resolution
	}
	return 0, false
}

// spokenYear reads a year written in words, as transcripts of broadcasts
// give them: "nineteen ninety-six", "nineteen eighty", "two thousand".
// It returns the year and the end.
func (p *parser) spokenYear(i int) (int, int, bool) {
	w := p.w(i)
	switch {
	case w.isAny("nineteen", "eighteen", "seventeen"):
		c := int(w.lex.num) * 100
		n := p.w(i + 1)
		if !n.is(cNumber) || n.lex.num < 20 || n.lex.num >= 100 || int(n.lex.num)%10 != 0 {
			return 0, i, false
		}
		y, j := c+int(n.lex.num), i+2
		if u := p.w(j); u.is(cNumber) && u.lex.num >= 1 && u.lex.num <= 9 && !u.isAny("a", "an") {
			y, j = y+int(u.lex.num), j+1
		}
		return y, j, true
	case w.isW("two") && p.w(i+1).isW("thousand"):
		j := i + 2
		if p.w(j).isW("and") {
			j++
		}
		if u := p.w(j); u.is(cNumber) && u.lex.num >= 1 && u.lex.num < 20 && !u.isAny("a", "an") {
			return 2000 + int(u.lex.num), j + 1, true
		}
		return 2000, i + 2, true
	}
	return 0, i, false
}

// month reads a month name at i, with the guards against "may" and names
// ("Theresa May", "April Ryan"): strict requires the month to be written
// so that it cannot be anything else.
func (p *parser) month(i int) (int, bool) {
	w := p.w(i)
	if !w.is(cMonth) {
		return 0, false
	}
	lw := w.lex.word
	if !w.cap {
		return 0, false // "may", "march", "august" in lower case are not months
	}
	if strings.HasSuffix(lw, ".") || lw == "sept" {
		return w.lex.month, true
	}
	if len(lw) == 3 && lw != "may" {
		// "Jan", "Mar" without a period: only before a day or a year
		if _, ok := p.day(i + 1); ok {
			return w.lex.month, true
		}
		if _, ok := p.yearAt(i + 1); ok {
			return w.lex.month, true
		}
		return 0, false
	}
	if pr := p.w(i - 1); pr.isAny("mrs.", "ms.", "mr.", "miss", "dr.", "prime", "minister", "theresa") {
		return 0, false
	}
	return w.lex.month, true
}

// monthAlone reports whether a month name with no day or year is a date
// here: it needs a preposition or determiner in front ("in May", "last
// April", "since June"), which names ("April Ryan", "Theresa May") and the
// modal verb lack.
func (p *parser) monthAlone(i int) bool {
	pr := p.w(i - 1)
	if pr.isAny("in", "since", "until", "till", "by", "from", "through", "to", "during", "of", "for",
		"early", "late", "mid", "last", "next", "this", "that", "than", "between", "and", "or", "before",
		"after", "into", "throughout", "following", "until", "ended", "ending", "end", "about", "around",
		"each", "every", "past", "coming", "previous", "since", "as", "in", "on", "over", "mid") {
		if w := p.w(i); w.isW("may") {
			// "in May" is the month; "they may" was ruled out by the
			// capital; "and May said", "a rescue deal for May",
			// "May's chairman" name a person or a company.
			n := p.w(i + 1)
			if n.cap && !n.is(cFunc) && n.digits == 0 || n.isAny("said", "says", "told", "has", "had", "was", "is", "will", "would") || n.text == "'s" || n.text == "’s" {
				return false
			}
			if pr.isAny("for", "to", "and", "or", "than", "as", "by", "from", "about", "around", "each", "every", "on", "over", "that") || pr.isW("of") && !p.w(i-2).isAny("end", "beginning", "start", "middle", "rest", "half", "month") {
				return false
			}
		}
		return true
	}
	if pr.hyph && pr.isW("mid") {
		return true
	}
	if n := p.w(i + 1); pr.isW("the") && !p.w(i).isW("may") && n.lex == nil && n.text != "" && !n.cap && isLetter(n.text[0]) {
		return true // "the October slaying"
	}
	return false
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year <= 0 || year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// monthDate matches dates built on a month name: "June 12", "June 12,
// 2018", "Monday, Oct. 26", "June 2018", "June of last year", "June".
func (p *parser) monthDate(i int) (expr, bool) {
	k := i
	wd := 0
	if p.w(k).isAny("this", "next", "last", "coming") && (p.w(k+1).is(cWeekday) || p.w(k+1).isW("coming") && p.w(k+2).is(cWeekday)) {
		k++ // "this coming Sunday, March 8"
		if p.w(k).isW("coming") {
			k++
		}
	}
	if w := p.w(k); w.is(cWeekday) && w.cap {
		n := k + 1
		if p.w(n).text == "," {
			n++
		}
		if _, ok := p.month(n); ok {
			if _, ok := p.day(n + 1); ok {
				wd = w.lex.weekday
				k = n
			}
		}
	}
	m, ok := p.month(k)
	if !ok {
		return expr{}, false
	}
	j := k + 1
	pt := point{anchor: aYearless, gran: gMonth, month: m}
	if wd == 0 && k != i {
		return expr{}, false
	}
	if d, ok := p.day(j); ok && !(p.w(j).is(cOrdinal) && p.w(j+1).is(cUnit)) {
		pt.day = d
		pt.gran = gDay
		j++
		if p.w(j).hyph && p.w(j).digits > 0 {
			j++ // "June 12-14": the first day stands for the range
		}
	} else if p.w(j).digits > 0 && p.w(j).digits <= 2 && !p.w(j).hyph {
		// "February 30", "June 0": no such day
		if n := p.w(j + 1); !n.is(cUnit) && !n.isAny("%", "percent") {
			c := j + 1
			if p.w(c).text == "," {
				c++
			}
			if _, ok := p.yearAt(c); ok {
				c++
			}
			p.skipTo = c
			return expr{}, false
		}
	}
	// the year
	c := j
	if p.w(c).text == "," && pt.day > 0 {
		c++
	}
	if y, ok := p.yearAt(c); ok && !p.measureAfter(c) {
		pt.year = y
		pt.anchor = aAbs
		if y < 0 {
			pt.anchor = aYearless
		}
		j = c + 1
	} else if y, e, ok := p.spokenYear(c); ok {
		pt.year, pt.anchor, j = y, aAbs, e
	} else if p.w(j).isW("of") || p.w(j).isAny("this", "last", "next") && p.w(j+1).isW("year") {
		c := j
		if p.w(c).isW("of") {
			c++
		}
		if y, ok := p.yearAt(c); ok && !p.measureAfter(c) {
			pt.year = y
			pt.anchor = aAbs
			if y < 0 {
				pt.anchor = aYearless
			}
			j = c + 1
		} else if tnl := p.w(c); tnl.isAny("this", "last", "next") && p.w(c+1).isW("year") {
			pt.yearFromRef = true
			pt.yearShift = tnlShift(tnlOf(tnl.lex.word))
			j = c + 2
		}
	}
	if pt.day > 0 && pt.day > daysIn(max(pt.year, 0), m) {
		p.skipTo = j // "February 30, 2018": no date at all
		return expr{}, false
	}
	if pt.day == 0 && pt.year == 0 && !pt.yearFromRef {
		if !p.monthAlone(i) && !p.w(i-1).is(cMod) {
			return expr{}, false
		}
	}
	e := dateExpr(i, j, pt)
	return e, true
}

// dayMonth matches "12 June 2018", "the 12th of June", "12th June".
func (p *parser) dayMonth(i int) (expr, bool) {
	k := i
	if p.w(k).isW("the") {
		k++
	}
	d, ok := p.day(k)
	if !ok {
		return expr{}, false
	}
	k++
	of := false
	if p.w(k).isW("of") {
		k++
		of = true
	}
	m, ok := p.month(k)
	if !ok {
		return expr{}, false
	}
	if !of && p.w(i).isW("the") {
		return expr{}, false
	}
	if of && !(p.w(k-2).ordDay > 0 || p.w(k-2).is(cOrdinal)) {
		return expr{}, false
	}
	pt := point{anchor: aYearless, gran: gDay, month: m, day: d}
	j := k + 1
	c := j
	if p.w(c).text == "," {
		c++
	}
	if y, ok := p.yearAt(c); ok && !p.measureAfter(c) {
		pt.year = y
		pt.anchor = aAbs
		if y < 0 {
			pt.anchor = aYearless
		}
		j = c + 1
	}
	if d > daysIn(max(pt.year, 0), m) {
		return expr{}, false
	}
	return dateExpr(i, j, pt), true
}

// measureAfter reports whether the number at i counts something ("2000
// people", "1990 shares", "1500 feet"), so it is no year.
func (p *parser) measureAfter(i int) bool {
	n := p.w(i + 1)
	if n.isAny("%", "percent", "people", "shares", "feet", "foot", "miles", "meters", "metres",
		"kilometers", "km", "acres", "tons", "tonnes", "pounds", "dollars", "euros", "yen", "barrels",
		"votes", "troops", "soldiers", "workers", "jobs", "cars", "units", "members", "students",
		"cases", "deaths", "times", "points", "point", "share", "percentage", "pages") {
		return true
	}
	if n.is(cUnit) && !n.isAny("quarter", "half") {
		return true
	}
	if n.isNum || n.digits > 0 {
		return true
	}
	return false
}

// ---------------------------------------------------------------------------
// years, decades, centuries

func (p *parser) year(i int) (expr, bool) {
	k := i
	the := false
	if p.w(k).isW("the") {
		k++
		the = true
	}
	w := p.w(k)
	// "the year 2000", "the year two thousand"
	if the && w.isW("year") {
		if y, ok := p.yearAt(k + 1); ok && y > 0 {
			return dateExpr(i, k+2, point{anchor: aAbs, gran: gYear, year: y}), true
		}
		if p.w(k+1).isW("two") && p.w(k+2).isW("thousand") {
			return dateExpr(i, k+3, point{anchor: aAbs, gran: gYear, year: 2000}), true
		}
		return expr{}, false
	}
	// fiscal years: "fiscal 1989", "fiscal year 1990", "FY 2019", "FY2019"
	if w.is(cFiscal) {
		c := k + 1
		if p.w(c).isW("year") {
			c++
		}
		if y, ok := p.yearAt(c); ok {
			pt := point{anchor: aAbs, gran: gYear, year: y}
			if y < 0 {
				pt.anchor = aYearless
			}
			return dateExpr(i, c+1, pt), true
		}
		return expr{}, false
	}
	if y := w.fy; y != 0 {
		pt := point{anchor: aAbs, gran: gYear, year: y}
		if y < 0 {
			pt.anchor = aYearless
		}
		return dateExpr(i, k+1, pt), true
	}
	// decades: "the 1990s", "1990s", "the '90s", "the nineties"
	if w.decade > 0 {
		if w.decade%10 == 0 && w.decade != 200 && w.decade >= 100 {
			return dateExpr(i, k+1, point{anchor: aAbs, gran: gCentury, century: w.decade / 10}), true
		}
		return dateExpr(i, k+1, point{anchor: aAbs, gran: gDecade, decade: w.decade}), true
	}
	if w.apo > 0 && w.apoDecade {
		return dateExpr(i, k+1, point{anchor: aYearless, gran: gDecade, decade: -1 - w.apo/10}), true
	}
	if the && w.is(cDecadeWord) {
		return dateExpr(i, k+1, point{anchor: aAbs, gran: gDecade, decade: w.lex.decade}), true
	}
	// centuries: "the 20th century", "the twentieth century"
	if the {
		c := 0
		switch {
		case w.ordDay > 0 && w.ordDay <= 30:
			c = w.ordDay
		case w.is(cOrdinal):
			c = w.lex.ord
		}
		if c > 0 && p.w(k+1).isW("century") {
			return dateExpr(i, k+2, point{anchor: aAbs, gran: gCentury, century: c - 1}), true
		}
	}
	if c := w.ordDay; c > 0 && c <= 30 && p.w(k+1).isW("century") {
		return dateExpr(i, k+2, point{anchor: aAbs, gran: gCentury, century: c - 1}), true // "a 20th century democrat"
	}
	if y, j, ok := p.spokenYear(k); ok && (the || p.w(k-1).isAny("in", "since", "of", "until", "by", "from", "a", "an") || p.w(k-1).is(cMonth) || p.w(k-1).cap || p.w(k-1).text == "," || p.w(k-1).text == ".") {
		if the && !p.w(k-1).isW("the") {
			return expr{}, false
		}
		return dateExpr(k, j, point{anchor: aAbs, gran: gYear, year: y}), true
	}
	if the {
		return expr{}, false
	}
	// a bare year
	y, ok := p.yearAt(k)
	if !ok || y < 0 || p.numeric {
		return expr{}, false
	}
	if !p.bareYearOK(k, y) {
		return expr{}, false
	}
	return dateExpr(i, k+1, point{anchor: aAbs, gran: gYear, year: y}), true
}

// bareYearOK applies the guards for a number read as a year on its own.
func (p *parser) bareYearOK(k, y int) bool {
	w := p.w(k)
	if w.text[0] == '0' || w.hyph && p.w(k-1).digits > 0 {
		return false
	}
	if y < 1100 || y > 2100 {
		return false
	}
	pr := p.w(k - 1)
	if pr.isAny("to", "and", "through") && p.w(k-2).digits == 4 && p.w(k-3).isAny("from", "between") && !p.measureAfter(k) {
		return true // "from 1991 to 1997"
	}
	if pr.isAny("$", "€", "£", "¥", "#", "no.", "number", "page", "pages", "flight", "route", "room",
		"highway", "interstate", "boeing", "airbus", "model", "version", "section", "article", "resolution",
		"chapter", "paragraph", "rule", "h.r.", "s.", "than", "about", "nearly", "almost", "some", "over",
		"under", "least", "to", "only", "just", "approximately", "roughly", "around") {
		if !(pr.isAny("to", "around", "about", "than") && (y >= 1900 && y <= 2100) && p.w(k-2).digits != 4 && !p.w(k-2).isNum) {
			return false
		}
		if pr.isW("than") && !(p.w(k-2).isAny("later", "earlier", "sooner", "before")) {
			return false
		}
		if pr.isAny("to", "around", "about") && (p.w(k-2).isAny("up", "rose", "fell", "increased", "decreased", "grew", "jumped", "dropped") || p.w(k-2).isNum) {
			return false
		}
	}
	if pr.isNum || pr.digits > 0 || pr.text == ":" || pr.text == "." || pr.text == "/" {
		return false
	}
	if p.measureAfter(k) {
		return false
	}
	n := p.w(k + 1)
	if n.text == ":" || n.text == "/" || n.isAny("a.m.", "p.m.", "am", "pm", "hours", "gmt", "utc") {
		return false
	}
	if y < 1500 || y > 2050 {
		// rarer years need a preposition or a date word in front
		if !pr.isAny("in", "since", "by", "until", "from", "of", "before", "after", "during", "through", "early", "late", "mid") {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------------------
// quarters and halves

func (p *parser) quarter(i int) (expr, bool) {
	k := i
	the := false
	if p.w(k).isW("the") {
		k++
		the = true
	} else if p.w(k).isAny("its", "their", "his", "her", "our") {
		return expr{}, false // the quarter starts after the possessive
	}
	w := p.w(k)
	// "Q3", "Q3 2019"
	if w.quarter > 0 && !the {
		pt := point{anchor: aYearless, gran: gQuarter, quarter: w.quarter}
		j := k + 1
		if y, ok := p.yearAt(j); ok {
			pt.year, pt.anchor, j = y, aAbs, j+1
			if y < 0 {
				pt.anchor = aYearless
			}
		}
		return dateExpr(i, j, pt), true
	}
	// "the 1988 second quarter"; "the 1988 quarter", "the 1989 period":
	// the period last mentioned, in that year
	if y, ok := p.yearAt(k); ok && the && y > 0 {
		if e, ok := p.quarterAt(k+1, i); ok && e.pt.year == 0 && !e.pt.yearFromRef {
			e.pt.year, e.pt.anchor = y, aAbs
			return e, true
		}
		if n := p.w(k + 1); n.isAny("quarter", "period") {
			return dateExpr(i, k+2, point{anchor: aLast, gran: gQuarter, unit: gQuarter, keepGran: true, maxGran: gMonth, setYear: y}), true
		}
	}
	if w.is(cFiscal) {
		k++
		w = p.w(k)
	}
	if e, ok := p.quarterAt(k, i); ok {
		u := p.w(e.j - 1)
		if e.j == k+2 && !the && !u.hyph && p.w(k).is(cOrdinal) && p.w(k-1).isAny("a", "an", "each", "every", "per") {
			return expr{}, false // "a third quarter"
		}
		if p.w(k + 1).hyph {
			e.i = k // "the third-quarter loss": the determiner is the loss's
		}
		return e, true
	}
	// "the latest quarter", "the current quarter", "last quarter"
	if u := w; u.isAny("latest", "current", "last", "past", "previous", "prior", "next", "coming", "this", "recent", "most") && p.w(k+1).isW("quarter") || w.isW("most") && p.w(k+1).isW("recent") && p.w(k+2).isW("quarter") {
		j := k + 2
		if w.isW("most") {
			j++
		}
		if !the && !u.isAny("last", "next", "this") {
			return expr{}, false
		}
		if p.w(j-1).hyph || p.w(j).hyph {
			return expr{}, false
		}
		pt := point{anchor: aRef, gran: gQuarter, unit: gQuarter}
		switch u.lex.word {
		case "last", "previous", "prior", "past", "latest", "recent", "most":
			pt.shift = -1 // the quarter just ended
		case "next", "coming":
			pt.shift = 1
		}
		return dateExpr(i, j, pt), true
	}
	// "the quarter"
	if the && p.w(i).isW("the") && w.isW("quarter") && !p.w(k+1).hyph && !p.w(k+1).isW("of") && !p.w(k+1).is(cUnit) {
		return dateExpr(i, k+1, point{anchor: aLast, gran: gQuarter, unit: gQuarter}), true
	}
	return expr{}, false
}

// quarterAt matches "third quarter", "first half", "third-quarter", "fourth
// quarter of 1989", "first quarter of next year" at k, for an expression
// that starts at i.
func (p *parser) quarterAt(k, i int) (expr, bool) {
	w := p.w(k)
	n := 0
	switch {
	case w.is(cOrdinal):
		n = w.lex.ord
	case w.ordDay > 0:
		n = w.ordDay
	}
	c := k + 1
	if p.w(c).is(cFiscal) {
		c++
	}
	u := p.w(c)
	if n == 0 || !(u.isW("quarter") && n <= 4 || u.isW("half") && n <= 2) || u.cap && !w.cap {
		return expr{}, false
	}
	pt := point{anchor: aYearless, gran: gQuarter, quarter: n}
	if u.isW("half") {
		pt.gran, pt.quarter, pt.half = gHalf, 0, n
	}
	j := c + 1
	if p.w(j).isW("of") || p.w(j).text == "," {
		d := j + 1
		if p.w(d).is(cFiscal) {
			d++
		}
		if y, ok := p.yearAt(d); ok {
			pt.year, j = y, d+1
			pt.anchor = aAbs
			if y < 0 {
				pt.anchor = aYearless
			}
		} else if p.w(d).isAny("this", "last", "next") && p.w(d+1).isW("year") {
			pt.yearFromRef = true
			pt.yearShift = tnlShift(tnlOf(p.w(d).lex.word))
			j = d + 2
		} else if p.w(d).isW("the") && p.w(d+1).isW("year") {
			j = d + 2
		} else if p.w(j).isW("of") && u.isW("half") {
			return expr{}, false // "the first half of the game"
		}
	} else if y, ok := p.yearAt(j); ok && !p.measureAfter(j) {
		pt.year, j, pt.anchor = y, j+1, aAbs
		if y < 0 {
			pt.anchor = aYearless
		}
	}
	return dateExpr(i, j, pt), true
}

// ---------------------------------------------------------------------------
// seasons

func (p *parser) season(i int) (expr, bool) {
	k := i
	the := false
	tnl := tnlNone
	if p.w(k).isW("the") {
		k++
		the = true
	} else if t := p.w(k); t.isAny("this", "last", "next", "past", "coming") {
		tnl = tnlOf(t.lex.word)
		k++
		if t.isW("this") && p.w(k).isAny("past", "coming") {
			tnl = tnlOf(p.w(k).lex.word)
			k++
		}
	}
	w := p.w(k)
	if !w.is(cSeason) || w.cap && w.hyph {
		return expr{}, false
	}
	pt := point{anchor: aYearless, gran: gSeason, season: w.lex.season, tnl: tnl}
	j := k + 1
	c := j
	if p.w(c).isW("of") {
		c++
	}
	if y, ok := p.yearAt(c); ok && !p.measureAfter(c) {
		pt.year, pt.anchor, j = y, aAbs, c+1
		if y < 0 {
			pt.anchor = aYearless
		}
		return dateExpr(i, j, pt), true
	}
	if y, e, ok := p.spokenYear(c); ok {
		pt.year, pt.anchor = y, aAbs
		return dateExpr(i, e, pt), true
	}
	if the && p.w(j).isW("of") {
		return expr{}, false // "the fall of Rome"
	}
	if tnl != tnlNone {
		return dateExpr(i, j, pt), true
	}
	// a bare season needs a preposition in front, and "fall" and "spring"
	// need "the" or a year, being common words.
	pr := p.w(i - 1)
	prep := pr.isAny("in", "by", "until", "till", "since", "during", "through", "for", "before", "after",
		"early", "late", "mid", "into", "throughout", "next", "last", "this", "of")
	if w.isAny("fall", "spring") {
		if !(the && prep) {
			return expr{}, false
		}
		if n := p.w(j); n.cap || n.is(cUnit) {
			return expr{}, false
		}
	} else if !prep && !the {
		return expr{}, false
	}
	if n := p.w(j); n.is(cUnit) || n.isAny("break", "camp", "school", "session", "olympics", "games", "season", "storm", "storms", "solstice", "months") {
		return expr{}, false
	}
	return dateExpr(i, j, pt), true
}

// tnlShift returns the shift this (0), next (+1) or last (−1) make.
func tnlShift(tnl int8) int {
	switch tnl {
	case tnlNext:
		return 1
	case tnlLast:
		return -1
	}
	return 0
}

func tnlOf(s string) int8 {
	switch s {
	case "this", "these":
		return tnlThis
	case "next", "coming", "following", "upcoming":
		return tnlNext
	case "last", "past", "previous":
		return tnlLast
	}
	return tnlNone
}

// ---------------------------------------------------------------------------
// weekdays

func (p *parser) weekday(i int) (expr, bool) {
	k := i
	tnl := tnlNone
	if t := p.w(k); t.isAny("this", "last", "next", "coming", "past") {
		tnl = tnlOf(t.lex.word)
		k++
		if t.isW("this") && p.w(k).isAny("coming", "past") {
			tnl = tnlOf(p.w(k).lex.word)
			k++
		}
	}
	w := p.w(k)
	if w.is(cWeekdays) && w.cap {
		// "Mondays", "Monday nights": a set
		if tnl != tnlNone {
			return expr{}, false
		}
		v := "XXXX-WXX-" + strconv.Itoa(w.lex.weekday)
		return expr{i: i, j: k + 1, typ: document.SET, setValue: v, freq: ""}, true
	}
	if !w.is(cWeekday) || !w.cap {
		return expr{}, false
	}
	lw := w.lex.word
	if len(lw) <= 4 && !strings.HasSuffix(lw, ".") {
		return expr{}, false // "Sun", "Sat", "Wed" without a period
	}
	pt := point{anchor: aWeekday, gran: gDay, weekday: w.lex.weekday, tnl: tnl}
	j := k + 1
	if n := p.w(j); n.is(cPOD) && !n.cap {
		if n.lex.plural {
			v := "XXXX-WXX-" + strconv.Itoa(w.lex.weekday) + "T" + n.lex.pod
			return expr{i: i, j: j + 1, typ: document.SET, setValue: v}, true
		}
		pt.pod = n.lex.pod
		pt.gran = gPartOfDay
		j++
	}
	return dateExpr(i, j, pt), true
}

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
		return dateExpr(i, i+1, point{anchor: aFixed, fixed: w.lex.ref}), true
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
		pt := point{anchor: aRef, gran: gDay, unit: gDay, shift: w.lex.shift}
		j := i + 1
		if lw == "tonight" {
			pt.gran, pt.pod = gPartOfDay, "NI"
		} else if n := p.w(j); n.is(cPOD) && !n.lex.plural && !n.cap {
			pt.gran, pt.pod = gPartOfDay, n.lex.pod
			j++
		}
		return dateExpr(i, j, pt), true
	case "these":
		if p.w(i + 1).isW("days") {
			return dateExpr(i, i+2, point{anchor: aFixed, fixed: "PRESENT_REF"}), true
		}
	case "at":
		if p.w(i + 1).isW("present") {
			return dateExpr(i+1, i+2, point{anchor: aFixed, fixed: "PRESENT_REF"}), true
		}
	case "one":
		// "will one day be": some day in the future
		if p.w(i+1).isW("day") && p.w(i-1).isAny("will", "would", "could", "might", "may", "can", "shall") {
			return dateExpr(i, i+2, point{anchor: aFixed, fixed: "FUTURE_REF"}), true
		}
	case "last":
		if n := p.w(i + 1); n.isW("night") {
			return dateExpr(i, i+2, point{anchor: aRef, gran: gPartOfDay, unit: gDay, shift: -1, pod: "NI"}), true
		}
	case "that":
		if n := p.w(i + 1); n.isW("same") && p.w(i+2).is(cUnit) && !p.w(i+2).lex.plural && p.w(i+2).lex.unit >= gYear && p.w(i+2).lex.unit <= gDay {
			u := p.w(i + 2).lex.unit
			return dateExpr(i, i+3, point{anchor: aLast, gran: u, unit: u}), true // "that same day"
		}
		// "that year", "that quarter": the time last mentioned
		if n := p.w(i + 1); n.is(cUnit) && !n.lex.plural && !n.cap && n.lex.unit >= gYear && n.lex.unit <= gWeek && n.lex.unit != gSeason && n.lex.unit != gHalf {
			if pr := p.w(i - 1); pr.is(cFunc) && !pr.isAny("in", "during", "of", "for", "by", "since", "until", "through", "earlier", "later") || pr.text == "" {
				return expr{}, false // "that year" as a subject is not anchored well
			}
			return dateExpr(i, i+2, point{anchor: aLast, gran: n.lex.unit, unit: n.lex.unit}), true
		}
		if n := p.w(i + 1); n.isAny("day", "night", "morning", "afternoon", "evening") && p.w(i-1).isAny("earlier", "later") {
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
		if n := p.w(i + 1); n.hyph && n.isW("end") || n.isW("end") && p.w(i-1).isAny("by", "around", "at", "before", "until", "through") {
			// "year-end": the last day of the year, this one or the last
			return dateExpr(i, i+2, point{anchor: aYearless, gran: gDay, month: 12, day: 31}), true
		}
	case "the":
		return p.relativeThe(i)
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
			}
			return dateExpr(i, k+1, point{anchor: aRef, gran: u.lex.unit, unit: u.lex.unit, shift: shift}), true
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

// sentenceStart reports whether word i opens the sentence or follows an
// opening quotation mark or parenthesis.
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

// relativeThe matches relative dates that start with "the": "the past",
// "the future", "the year", "the weekend", "the next day", "the year-ago
// quarter", "the end of the month" …
func (p *parser) relativeThe(i int) (expr, bool) {
	n := p.w(i + 1)
	n2 := p.w(i + 2)
	switch {
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
		if n2.isAny("ended", "ending", "ends", "to", "through") {
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
		if p.w(j).isAny("last", "a") && p.w(j+1).isW("year") {
			pt.unit, pt.shift, j = gYear, -1, j+2
		} else if p.w(j).isAny("a") && p.w(j+1).isW("year") && p.w(j+2).isAny("ago", "earlier") {
			pt.unit, pt.shift, j = gYear, -1, j+3
		} else if n.isAny("same", "comparable", "corresponding") {
			return expr{}, false
		}
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
	case n.is(cUnit) && !n.lex.plural && !n.cap && !n.hyph && p.w(i-1).isAny("of", "in") && p.w(i-2).isAny("end", "beginning", "start", "middle", "rest", "remainder", "close", "course", "turn", "earlier", "later", "half"):
		// "the end of the month", "earlier in the year"
		u := n.lex.unit
		if u < gCentury || u > gWeek || u == gWeekend || u == gSeason || u == gHalf {
			return expr{}, false
		}
		return dateExpr(i, i+2, point{anchor: aLast, gran: u, unit: u}), true
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
		if n.isW("quarter") {
			pt.gran, pt.keepGran = gQuarter, false
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
		pt = point{anchor: aLast, gran: gQuarter, unit: gYear, shift: -1, quarter: q}
	case n.is(cNumber) && p.w(k+1).is(cUnit) && p.w(k+1).lex.plural:
		// "the year-earlier nine months": a duration
		return expr{i: i, j: k + 2, typ: document.DURATION, amount: n.lex.num, unit: p.w(k + 1).lex.unit}, true
	}
	return dateExpr(i, j, pt), true
}

// ---------------------------------------------------------------------------
// times of day

// clock reads a time of day at i: "5:55 a.m.", "4 p.m.", "10am", "noon",
// "16:05", "0735 GMT", "4 in the morning", with a zone after it.
func (p *parser) clock(i int) (int, point, bool) {
	w := p.w(i)
	pt := point{anchor: aYearless, gran: gMinute, clock: true}
	j := i
	switch {
	case w.isAny("noon", "midday"):
		if p.w(i-1).isW("high") || w.cap && !p.sentenceStart(i) {
			return i, pt, false // "High Noon"
		}
		pt.hour, j = 12, i+1
	case w.isW("midnight"):
		pt.hour, j = 24, i+1
	case w.hm != nil:
		h, m := w.hm.hour, w.hm.minute
		j = i + 1
		ampm := w.hm.ampm
		if ampm == 0 {
			if a := p.w(j); a.is(cAMPM) {
				ampm = 'a'
				if a.text[0] == 'p' || a.text[0] == 'P' {
					ampm = 'p'
				}
				j++
			}
		}
		switch ampm {
		case 'a':
			if h < 1 || h > 12 {
				return i, pt, false
			}
			if h == 12 {
				h = 0
			}
		case 'p':
			if h < 1 || h > 12 {
				return i, pt, false
			}
			if h != 12 {
				h += 12
			}
		default:
			if !w.hm.colon {
				// "0735 GMT": four digits need a zone
				if !p.w(j).is(cZone) {
					return i, pt, false
				}
			} else if !(p.w(j).is(cZone) || p.w(i-1).isAny("at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "to")) {
				return i, pt, false
			}
		}
		pt.hour, pt.minute = h, m
	case w.digits > 0 && w.digits <= 2 && w.num >= 1 && w.num <= 12:
		h := int(w.num)
		j = i + 1
		if p.w(j).isAny("o'clock") {
			j++
		}
		switch a := p.w(j); {
		case a.is(cAMPM):
			if a.text[0] == 'p' || a.text[0] == 'P' {
				if h != 12 {
					h += 12
				}
			} else if h == 12 {
				h = 0
			}
			j++
		case a.isW("in") && p.w(j+1).isW("the") && p.w(j+2).is(cPOD):
			switch p.w(j + 2).lex.pod {
			case "AF", "EV", "NI":
				if h != 12 && !(p.w(j+2).lex.pod == "NI" && h < 5) {
					h += 12
				}
			}
			j += 3
		case j > i+1: // "four o'clock"
		default:
			return i, pt, false
		}
		pt.hour = h
	case w.is(cNumber) && w.lex.num >= 1 && w.lex.num <= 12 && p.w(i+1).isAny("o'clock"):
		pt.hour, j = int(w.lex.num), i+2
		if a := p.w(j); a.is(cAMPM) {
			if (a.text[0] == 'p' || a.text[0] == 'P') && pt.hour != 12 {
				pt.hour += 12
			}
			j++
		}
	default:
		return i, pt, false
	}
	if z := p.w(j); z.is(cZone) && (z.cap || z.text == strings.ToUpper(z.text)) {
		if z.lex.zone != "" {
			pt.zone = z.lex.zone
		} else {
			pt.zoneIn = z.lex.zoneIn
		}
		j++
		if z.isAny("eastern", "pacific", "central", "mountain") && p.w(j).isAny("time", "standard", "daylight") {
			j++
			if p.w(j).isW("time") {
				j++
			}
		}
	}
	return j, pt, true
}

// clockTime matches a time of day, with the day it falls on when that
// follows at once: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov.
// 9", "5:55 a.m. today"; and "Thursday 10 a.m.".
func (p *parser) clockTime(i int) (expr, bool) {
	// weekday then clock
	if w := p.w(i); w.is(cWeekday) && w.cap {
		k := i + 1
		if p.w(k).text == "," {
			k++
		}
		if j, ct, ok := p.clock(k); ok {
			pt := ct
			pt.anchor, pt.weekday = aWeekday, w.lex.weekday
			return dateExpr(i, j, pt), true
		}
		return expr{}, false
	}
	j, pt, ok := p.clock(i)
	if !ok {
		return expr{}, false
	}
	k := j
	if p.w(k).text == "," {
		k++
	}
	n := p.w(k)
	switch {
	case n.is(cWeekday) && n.cap:
		pt.anchor, pt.weekday = aWeekday, n.lex.weekday
		j = k + 1
	case n.isAny("today", "tonight", "yesterday", "tomorrow"):
		pt.anchor, pt.unit, pt.shift = aRef, gDay, n.lex.shift
		j = k + 1
	case n.isW("the") && p.w(k+1).isAny("next", "following", "previous", "same") && p.w(k+2).isW("day"):
		// "2:30 the next day"
		pt.anchor, pt.unit = aLast, gDay
		pt.shift = tnlShift(tnlOf(p.w(k + 1).lex.word))
		j = k + 3
	default:
		if e, ok := p.monthDate(k); ok && e.pt.day > 0 {
			pt.anchor, pt.year, pt.month, pt.day = e.pt.anchor, e.pt.year, e.pt.month, e.pt.day
			pt.yearFromRef, pt.yearShift = e.pt.yearFromRef, e.pt.yearShift
			j = e.j
		} else if e, ok := p.numericDate(k); ok {
			pt.anchor, pt.year, pt.month, pt.day = e.pt.anchor, e.pt.year, e.pt.month, e.pt.day
			j = e.j
		} else {
			pt.anchor = aLast // the day last mentioned, else the reference
			pt.unit = gDay
		}
	}
	return dateExpr(i, j, pt), true
}

// ---------------------------------------------------------------------------
// durations

func (p *parser) duration(i int) (expr, bool) {
	k := i
	the := false
	durAnchor := 0
	first := false
	if p.w(k).isW("each") && p.w(k+1).isW("of") && p.w(k+2).isW("the") {
		k += 2 // "each of the past three years"
	}
	if p.w(k).isW("the") {
		k++
		the = true
	}
	if w := p.w(k); w.isAny("past", "last", "next", "coming", "first", "final", "previous", "following", "initial", "latest", "recent") {
		if !the && !w.isAny("past", "last", "next", "coming") {
			return expr{}, false
		}
		switch w.lex.word {
		case "past", "last", "recent":
			durAnchor = -1
		case "next", "coming":
			durAnchor = 1
		case "first", "initial":
			first = true
		}
		k++
		if p.w(k).hyph {
			return expr{}, false // "the last-minute"
		}
	}
	j, amount, ok := p.number(k)
	if !ok {
		// "the coming weeks", "years", "decades"; "the past year" is a
		// date (below)
		u := p.w(k)
		if !u.is(cUnit) || !u.lex.plural || u.cap || u.hyph {
			return expr{}, false
		}
		if k == i && !p.barePluralOK(k) {
			return expr{}, false
		}
		if the && durAnchor == 0 && !first {
			return expr{}, false // "the days before"
		}
		e := expr{i: i, j: k + 1, typ: document.DURATION, amount: 1, vague: true, unit: u.lex.unit, durAnchor: durAnchor}
		if u.lex.unit == gWeekend {
			e.unit = gDay
		}
		return p.durationTail(e)
	}
	vague := amount == 0
	// "two more weeks", "an additional year"
	if p.w(j).isAny("more", "additional", "further", "extra", "full", "straight", "consecutive", "long") && p.w(j+1).is(cUnit) {
		j++
	}
	u := p.w(j)
	if !u.is(cUnit) || u.cap && !p.w(k).cap {
		return expr{}, false // "60 Minutes" is a programme
	}
	if p.w(k).isAny("a", "an") && durAnchor != 0 {
		return expr{}, false
	}
	// the number agrees with the unit, except in compounds ("two-year")
	// and in "1 1/2 hours"
	if amount > 1 && !u.lex.plural && !u.hyph && !p.w(j+1).hyph && !vague {
		// "a five year low", "a two day rally": a compound written apart
		n := p.w(j + 1)
		if !(n.isAny("old", "-old") || n.text == "'s" || n.lex == nil && n.text != "" && !n.cap && isLetter(n.text[0])) {
			return expr{}, false
		}
	}
	if amount == 1 && u.lex.plural && p.w(k).is(cNumber) {
		return expr{}, false
	}
	if u.lex.unit == gSecond && !u.lex.plural && (p.w(k).isAny("a", "one") || p.w(k).digits == 4) {
		// "a second group", "the 1988 second quarter"
		if !(p.w(j+1).isAny("ago", "later", "earlier") || p.w(i-1).isAny("for", "within", "than", "in")) {
			return expr{}, false
		}
	}
	if p.w(k).digits == 4 && p.w(k).num >= 1000 && !u.lex.plural {
		return expr{}, false
	}
	if u.lex.unit == gQuarter && p.w(j+1).isW("of") {
		return expr{}, false // "three-quarters of its food"
	}
	if n := p.w(j + 1); n.hyph && n.isAny("earlier", "ago", "old", "long") {
		return expr{}, false // "a year-earlier loss": see relative
	}
	if the && u.hyph {
		i = k // "the eight-year war": the determiner belongs to the war
	}
	e := expr{i: i, j: j + 1, typ: document.DURATION, amount: amount, vague: vague, unit: u.lex.unit, durAnchor: durAnchor}
	if u.lex.unit == gWeekend {
		e.unit, e.amount = gDay, amount*2
	}
	if first {
		e.durAnchor = 0
	}
	// "a year and a half", "two hours and 15 minutes"
	if p.w(e.j).isW("and") && p.w(e.j+1).isAny("a", "one") && p.w(e.j+2).isW("half") {
		e.amount += 0.5
		e.j += 3
	}
	if !the && p.w(k).isAny("a", "an") && (p.w(i-1).isAny("once", "twice", "times", "per") || p.w(i-1).isNum) {
		return expr{}, false // sets: "twice a year"
	}
	return p.durationTail(e)
}

// pastUnit matches "the past year", "the last decade", "the coming
// week": the unit before or after the reference one, a date.
func (p *parser) pastUnit(i int) (expr, bool) {
	if !p.w(i).isW("the") {
		return expr{}, false
	}
	w := p.w(i + 1)
	if !w.isAny("past", "last", "next", "coming") {
		return expr{}, false
	}
	u := p.w(i + 2)
	if !u.is(cUnit) || u.lex.plural || u.cap || u.hyph || p.w(i+3).hyph {
		return expr{}, false
	}
	switch u.lex.unit {
	case gYear, gMonth, gWeek, gDecade, gCentury:
	default:
		return expr{}, false
	}
	shift := -1
	if w.isAny("next", "coming") {
		shift = 1
	}
	return dateExpr(i, i+3, point{anchor: aRef, gran: u.lex.unit, unit: u.lex.unit, shift: shift}), true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// barePluralOK says whether a bare plural unit ("years", "days") is a
// vague duration here: "for years", "in weeks", "decades of", not "the
// days of".
func (p *parser) barePluralOK(k int) bool {
	pr := p.w(k - 1)
	for pr.text == "“" || pr.text == "\"" || pr.text == "``" || pr.text == "‘" {
		k--
		pr = p.w(k - 1)
	}
	if n := p.w(k + 1); n.isAny("into", "later", "earlier", "ago") || n.isAny("and", "or") && p.w(k+2).is(cUnit) && p.w(k+2).lex.plural || pr.isAny("coming", "recent", "past") {
		return true
	}
	return pr.isAny("for", "in", "within", "over", "after", "took", "take", "takes", "lasted", "last", "lasting", "spent", "spend", "into") ||
		p.w(k+1).isW("ago") || p.w(k+1).isW("of") && p.w(k).isAny("decades", "centuries") ||
		pr.is(cMod) && pr.isAny("some") || pr.isAny("and") && p.w(k-2).is(cUnit)
}

// durationTail turns a duration followed by "ago", "earlier", "later",
// "before", "after", "from now" into a date, and rejects ages ("72 years
// old").
func (p *parser) durationTail(e expr) (expr, bool) {
	n := p.w(e.j)
	if n.isW("or") && p.w(e.j+1).isW("so") && p.w(e.j+2).isAny("ago", "earlier", "later") {
		e.j += 2 // "a week or so ago"
		if e.mod == "" {
			e.mod = "APPROX"
		}
		n = p.w(e.j)
	}
	if n.isAny("old", "-old") || n.hyph && n.isW("old") {
		return expr{}, false
	}
	if n.isW("of") && p.w(e.j+1).isW("age") {
		return expr{}, false
	}
	if e.durAnchor != 0 || e.typ != document.DURATION {
		return e, true
	}
	unit := e.unit
	shift := int(e.amount)
	if float64(shift) != e.amount {
		if unit == gYear && e.amount*12 == float64(int(e.amount*12)) {
			unit, shift = gMonth, int(e.amount*12)
		} else if unit == gDay || unit == gHour {
			// "a day and a half ago": keep the day
		} else {
			shift = int(e.amount + 0.5)
		}
	}
	switch {
	case n.isW("ago") || n.isW("from") && p.w(e.j+1).isW("now") || n.isW("hence"):
		j := e.j + 1
		if n.isW("from") {
			j++
		}
		if n.isW("ago") {
			shift = -shift
		}
		if e.vague {
			if e.unit >= gDay {
				return dateExpr(e.i, j, point{anchor: aFixed, fixed: "PAST_REF"}), true
			}
			if n.isW("ago") {
				return dateExpr(e.i, j, point{anchor: aFixed, fixed: "PAST_REF"}), true
			}
			return dateExpr(e.i, j, point{anchor: aFixed, fixed: "FUTURE_REF"}), true
		}
		g := unit
		if g == gHour || g == gMinute {
			g = gMinute
		}
		pt := point{anchor: aRef, gran: g, unit: unit, shift: shift}
		if unit == gYear && !e.vague {
			pt.keepGran = true // "a year ago" after "the third quarter"
		}
		if unit == gDecade || unit == gCentury {
			pt.gran = gYear
		}
		d := dateExpr(e.i, j, pt)
		d.mod = e.mod
		return d, true
	case n.isAny("earlier", "later", "before", "after") && !e.vague && isClockUnit(e.unit):
		return e, true // "a minute and a half later": the duration
	case n.isAny("earlier", "later", "before", "after") && !e.vague:
		// "a year earlier", "two days later", "a week before"; "before"
		// and "after" only when nothing follows that they could govern
		if n.isAny("before", "after") && !p.nothingGoverned(e.j+1) {
			return e, true // "two days after the election": a duration
		}
		if n.isAny("earlier", "before") {
			shift = -shift
		}
		g := unit
		if g == gHour || g == gMinute {
			g = gMinute
		}
		pt := point{anchor: aLast, gran: g, unit: unit, shift: shift, keepGran: unit >= gYear && unit <= gMonth || unit == gYear}
		if unit == gDecade || unit == gCentury {
			pt.gran = gYear
		}
		d := dateExpr(e.i, e.j+1, pt)
		d.mod = e.mod
		return d, true
	}
	return e, true
}

// ---------------------------------------------------------------------------
// sets

func (p *parser) set(i int) (expr, bool) {
	w := p.w(i)
	if w.lex == nil {
		return expr{}, false
	}
	switch {
	case w.is(cSetAdv):
		// "quarterly dividend", "daily volume", "the Communist Party
		// daily": adjectives and nouns are no sets
		n := p.w(i + 1)
		if n.is(cUnit) || n.isAny("news", "newspaper", "mail", "telegraph", "star") || n.cap && !w.cap || w.cap && !p.sentenceStart(i) {
			return expr{}, false // "the Daily Mail", "the party daily Granma", "LA Weekly"
		}
		if w.isW("quarterly") && n.lex == nil && n.text != "" && !strings.ContainsAny(n.text[:1], ",.;:!?)\"”'—-") {
			return expr{}, false // "quarterly dividend": a kind of dividend
		}
		return expr{i: i, j: i + 1, typ: document.SET, setValue: durationValue(1, w.lex.unit, false)}, true
	case w.isAny("every", "each"):
		k := i + 1
		n := 1.0
		if p.w(k).isW("other") {
			n = 2
			k++
		} else if j, v, ok := p.number(k); ok && !p.w(k).isAny("a", "an") && v > 1 {
			n = v
			k = j
		}
		u := p.w(k)
		quant := strings.ToUpper(w.lex.word)
		switch {
		case u.is(cUnit):
			if u.lex.unit == gWeekend {
				return expr{i: i, j: k + 1, typ: document.SET, setValue: "XXXX-WXX-WE", quant: quant}, true
			}
			return expr{i: i, j: k + 1, typ: document.SET, setValue: durationValue(n, u.lex.unit, false), quant: quant}, true
		case u.is(cWeekday) && u.cap:
			v := "XXXX-WXX-" + strconv.Itoa(u.lex.weekday)
			j := k + 1
			if pd := p.w(j); pd.is(cPOD) {
				v += "T" + pd.lex.pod
				j++
			}
			return expr{i: i, j: j, typ: document.SET, setValue: v, quant: quant}, true
		case u.is(cPOD):
			return expr{i: i, j: k + 1, typ: document.SET, setValue: "XXXX-XX-XXT" + u.lex.pod, quant: quant}, true
		case u.is(cSeason):
			return expr{i: i, j: k + 1, typ: document.SET, setValue: "XXXX-" + u.lex.season, quant: quant}, true
		case u.is(cMonth) && u.cap:
			return expr{i: i, j: k + 1, typ: document.SET, setValue: "XXXX-" + pad2(u.lex.month), quant: quant}, true
		}
	case w.isAny("once", "twice") || w.isW("times") || w.is(cNumber) && p.w(i+1).isW("times"):
		k := i
		freq := ""
		switch {
		case w.isW("once"):
			freq, k = "1X", i+1
		case w.isW("twice"):
			freq, k = "2X", i+1
		case w.is(cNumber):
			freq, k = fmtAmount(w.lex.num)+"X", i+2
		default:
			return expr{}, false
		}
		if p.w(k).isAny("a", "per", "every", "each") && p.w(k+1).is(cUnit) && !p.w(k+1).lex.plural {
			return expr{i: i, j: k + 2, typ: document.SET, setValue: durationValue(1, p.w(k+1).lex.unit, false), freq: freq}, true
		}
	case w.isAny("a", "per"):
		u := p.w(i + 1)
		if !u.is(cUnit) || u.lex.plural || u.lex.unit == gWeekend {
			return expr{}, false
		}
		pr := p.w(i - 1)
		// a rate: "$5 a day", "2% a year", "10 hours a day", "700
		// seats a week"
		plural := pr.lex == nil && len(pr.text) > 3 && strings.HasSuffix(pr.text, "s") && !strings.HasSuffix(pr.text, "ss") && !pr.cap
		if w.isW("per") || pr.isNum || plural || pr.isAny("%", "percent", "cents", "dollars", "million", "billion", "thousand", "hundred", "trillion") || pr.is(cUnit) && pr.lex.plural {
			if p.w(i+2).isW("ago") || p.w(i+2).isW("or") {
				return expr{}, false
			}
			return expr{i: i, j: i + 2, typ: document.SET, setValue: durationValue(1, u.lex.unit, false)}, true
		}
	}
	return expr{}, false
}

// ---------------------------------------------------------------------------
// holidays

var fixedHolidays = map[string][2]int{
	"christmas": {12, 25}, "halloween": {10, 31}, "valentine": {2, 14}, "independence": {7, 4},
	"boxing": {12, 26}, "veterans": {11, 11},
}

func (p *parser) holiday(i int) (expr, bool) {
	w := p.w(i)
	if !w.is(cHoliday) || !w.cap {
		return expr{}, false
	}
	j := i + 1
	name := w.lex.word
	switch name {
	case "christmas":
		if p.w(j).isW("eve") && p.w(j).cap {
			return p.holidayYear(i, j+1, point{anchor: aYearless, gran: gDay, month: 12, day: 24})
		}
		if p.w(j).isW("day") && p.w(j).cap {
			j++
		}
	case "new":
		if p.w(j).isW("year") && p.w(j).cap && p.w(j+1).text == "'s" || p.w(j+1).text == "’s" {
			if p.w(j + 2).isW("eve") {
				return p.holidayYear(i, j+3, point{anchor: aYearless, gran: gDay, month: 12, day: 31})
			}
			if p.w(j + 2).isW("day") {
				return p.holidayYear(i, j+3, point{anchor: aYearless, gran: gDay, month: 1, day: 1})
			}
		}
		return expr{}, false
	case "valentine":
		if !(p.w(j).text == "'s" || p.w(j).text == "’s") || !p.w(j+1).isW("day") {
			return expr{}, false
		}
		j += 2
	case "election":
		if !p.w(j).isW("day") || !p.w(j).cap {
			return expr{}, false
		}
		j++
	case "independence", "memorial", "labor", "veterans", "columbus", "boxing":
		if !p.w(j).isW("day") || !p.w(j).cap {
			return expr{}, false
		}
		j++
	case "thanksgiving", "easter":
		if p.w(j).isAny("day", "sunday") && p.w(j).cap {
			j++
		}
	case "halloween":
	default:
		return expr{}, false
	}
	if md, ok := fixedHolidays[name]; ok {
		return p.holidayYear(i, j, point{anchor: aYearless, gran: gDay, month: md[0], day: md[1]})
	}
	return p.holidayYear(i, j, point{anchor: aYearless, gran: gDay, holiday: name})
}

func (p *parser) holidayYear(i, j int, pt point) (expr, bool) {
	c := j
	if p.w(c).text == "," {
		c++
	}
	if y, ok := p.yearAt(c); ok && y > 0 {
		pt.year, pt.anchor = y, aAbs
		j = c + 1
	}
	return dateExpr(i, j, pt), true
}
