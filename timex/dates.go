package timex

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

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

// dayRange reads a range of days written as one token, "15-16": the
// first day, when both are days of a month and the second is later.
func dayRange(s string) (int, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 {
		return 0, false
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || a[0] == '0' || b[0] == '0' || x < 1 || y <= x || y > 31 {
		return 0, false
	}
	return x, true
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
			if n.cap && !n.is(cFunc) && n.digits == 0 || n.isAny("said", "says", "told", "has", "had", "was", "is", "will", "would") || n.possessive() {
				return false
			}
			if pp := p.w(i - 2); pr.isAny("to", "and", "or", "through", "until", "till") && pp.is(cMonth) && pp.cap && !pp.isW("may") {
				return true // "from March to May", "between April and May"
			}
			if pr.isAny("by", "from", "until", "till", "through") && !p.namesMay() && (n.text == "," && !p.w(i+2).isAny("who", "whose") || n.text == "." || n.text == ";" || n.isAny("to", "through", "and", "or", "until") && p.w(i+2).is(cMonth) && p.w(i+2).cap) {
				return true // "should conclude by May.", "from May to July", in a text that names no one May
			}
			if pr.isAny("for", "to", "and", "or", "than", "as", "by", "from", "about", "around", "each", "every", "on", "over", "that") || pr.isW("of") && !p.w(i-2).isAny("end", "beginning", "start", "middle", "rest", "half", "month", "week", "weeks", "days") {
				return false
			}
		}
		return true
	}
	if pr.hyph && pr.isW("mid") {
		return true
	}
	if n := p.w(i + 1); pr.isAny("the", "a", "an") && !p.w(i).isW("may") && n.lex == nil && n.text != "" && !n.cap && isLetter(n.text[0]) {
		return true // "the October slaying", "a June agreement"
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
	if w := p.w(k); w.is(cWeekday) && w.cap && !p.paperName(k) {
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
	if d, ok := dayRange(p.w(j).text); ok {
		// "March 15-16": the first day stands for the range
		pt.day, pt.gran = d, gDay
		j++
	} else if d, ok := p.day(j); ok && !(p.w(j).is(cOrdinal) && p.w(j+1).is(cUnit) && !(p.w(j).cap && p.w(j+1).isW("weekend"))) {
		// "July fourth week" is none, "the July Fourth weekend" the day's
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
		"cases", "deaths", "times", "points", "point", "share", "percentage", "pages",
		"cents", "pence", "pesos", "rupees", "yuan", "francs", "rubles", "roubles") {
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
			if e, ok := p.yearsQuarter(i, c, y); ok {
				return e, true // "fiscal 2019's third quarter"
			}
			pt := point{anchor: aAbs, gran: gYear, year: y}
			if y < 0 {
				pt.anchor = aYearless
			}
			return dateExpr(p.fiscalStart(i, k, c+1), c+1, pt), true
		}
		return expr{}, false
	}
	if y := w.fy; y != 0 {
		pt := point{anchor: aAbs, gran: gYear, year: y}
		if y < 0 {
			pt.anchor = aYearless
		}
		return dateExpr(p.fiscalStart(i, k, k+1), k+1, pt), true
	}
	// decades: "the 1990s", "1990s", "the '90s", "the nineties"
	if w.decade > 0 {
		if w.decade%10 == 0 && w.decade != 200 && w.decade >= 100 {
			return dateExpr(i, k+1, point{anchor: aAbs, gran: gCentury, century: w.decade / 10}), true
		}
		return dateExpr(i, k+1, point{anchor: aAbs, gran: gDecade, decade: w.decade}), true
	}
	// "the 1990's", "the early 1980's": the decade written with an
	// apostrophe (a year's possessive, "1990's budget", has no "the")
	if y, ok := p.yearAt(k); ok && w.digits == 4 && y%10 == 0 && p.apostropheS(k+1) &&
		(the || p.w(k-1).isAny("early", "late", "mid") && p.w(k-2).isW("the") || p.w(k-1).isW("mid") && p.w(k-2).isW("the")) {
		if y%100 == 0 && y != 2000 {
			return dateExpr(i, k+3, point{anchor: aAbs, gran: gCentury, century: y / 100}), true // "the 1800's"
		}
		return dateExpr(i, k+3, point{anchor: aAbs, gran: gDecade, decade: y / 10}), true
	}
	if d, ok := bareDecade(w); ok && (the || p.w(k-1).isAny("early", "late", "mid") && p.w(k-2).isW("the")) && !p.warmth() {
		// "the 80s", "the mid-90s": a decade written without the
		// apostrophe (not "temperatures in the 80s")
		return dateExpr(i, k+1, point{anchor: aYearless, gran: gDecade, decade: -1 - d}), true
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
	if e, ok := p.yearsQuarter(i, k, y); ok {
		return e, true // "2017's fourth quarter"
	}
	if !p.bareYearOK(k, y) {
		return expr{}, false
	}
	return dateExpr(i, k+1, point{anchor: aAbs, gran: gYear, year: y}), true
}

// fiscalStart returns where a fiscal year that starts at word k after
// word i ("the" or k itself) and ends before word j begins: "the fiscal
// 2022 budget" is the budget's "the" before "fiscal 2022", as in "the
// fiscal second-quarter net".
func (p *parser) fiscalStart(i, k, j int) int {
	if n := p.w(j); i < k && n.lex == nil && n.text != "" && n.text[0] >= 'a' && n.text[0] <= 'z' {
		return k
	}
	return i
}

// yearsQuarter matches a quarter or half after the possessive of the
// year y that ends at word yk ("2017's fourth quarter", "fiscal 2019's
// first half"): that year's.
func (p *parser) yearsQuarter(i, yk, y int) (expr, bool) {
	q := 0
	switch {
	case p.w(yk + 1).possessive():
		q = yk + 2
	case p.apostropheS(yk + 1):
		q = yk + 3
	default:
		return expr{}, false
	}
	e, ok := p.quarterAt(q, i)
	if !ok || e.pt.year != 0 || e.pt.yearFromRef {
		return expr{}, false
	}
	e.pt.year, e.pt.anchor = y, aAbs
	if y < 0 {
		e.pt.anchor = aYearless
	}
	return e, true
}

// bareYearOK applies the guards for a number read as a year on its own.
// streetWords end the name of a street.
var streetWords = map[string]bool{"street": true, "st.": true, "avenue": true, "ave.": true, "road": true,
	"rd.": true, "boulevard": true, "blvd.": true, "lane": true, "drive": true, "dr.": true, "place": true,
	"way": true, "court": true, "highway": true, "parkway": true, "square": true}

// streetAfter reports whether the words from k on name a street: one to
// three capitalised words, the last a street word ("Main Street",
// "Pennsylvania Ave.", "Martin Luther King Jr. Blvd").
func (p *parser) streetAfter(k int) bool {
	for n := k; n < k+4; n++ {
		w := p.w(n)
		if w.text == "" || !w.cap {
			return false
		}
		if n > k && streetWords[strings.ToLower(w.text)] {
			return true
		}
	}
	return false
}

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
	if pr.cap && pr.lex == nil && !pr.hyph && len(pr.text) > 1 && isLetter(pr.text[0]) && strings.ToUpper(pr.text) != pr.text && !strings.Contains(pr.text, ".") && !p.sentenceStart(k-1) {
		return false // a name: "Windows 2000", "a venture called Orion 1980"
	}
	if p.streetAfter(k+1) && !pr.isAny("in", "since", "by", "until", "before", "after", "during") {
		return false // "2018 Main Street", "1600 Pennsylvania Ave."
	}
	if n := p.w(k + 1); y < 1900 && !n.cap && n.lex == nil && len(n.text) > 3 && (strings.HasSuffix(n.text, "s") || strings.HasSuffix(n.text, "ren")) &&
		!pr.isAny("in", "since", "by", "until", "from", "before", "after", "during", "through", "the") {
		return false // a count: "a survey of 1709 schoolchildren"
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
	// "Q3", "Q3 2019", "3Q19", "Q3 FY2021", "H1 2019", "1H19"
	if (w.quarter > 0 || w.half > 0) && !the {
		pt := point{anchor: aYearless, gran: gQuarter, quarter: w.quarter}
		if w.half > 0 {
			pt.gran, pt.half = gHalf, w.half
		}
		j := k + 1
		y, ok := w.pyear, w.pyear != 0
		if !ok {
			n := p.w(j)
			if n.isAny("fiscal", "fy") && !n.hyph {
				j++ // "Q3 fiscal 2021", "Q3 FY 2021"
				n = p.w(j)
			}
			if n.fy != 0 {
				y, ok = n.fy, true
			} else {
				y, ok = p.yearAt(j)
			}
			if ok {
				j++
			} else {
				j = k + 1
			}
		}
		if ok {
			pt.year, pt.anchor = y, aAbs
			if y < 0 {
				pt.anchor = aYearless
				pt.code = w.pyear < 0
			}
		} else if w.half > 0 {
			return expr{}, false // "H1" alone may name anything
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
			return dateExpr(i, k+2, point{anchor: aLast, gran: gQuarter, unit: gQuarter, keepGran: true, maxGran: gMonth, setYear: y, compare: true}), true
		}
	}
	// "the March quarter", "the December half": the quarter or half
	// that ends with that month
	if m, ok := p.month(k); ok && the && !w.isW("may") {
		if n := p.w(k + 1); n.isAny("quarter", "half") && !n.hyph && !n.cap && !p.w(k+2).isW("of") {
			pt := point{anchor: aYearless, gran: gQuarter, quarter: (m-1)/3 + 1}
			if n.isW("half") {
				pt.gran, pt.quarter, pt.half = gHalf, 0, (m-1)/6+1
			}
			return dateExpr(i, k+2, pt), true
		}
	}
	adj := k // where an adjective quarter starts: "fiscal second-quarter"
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
			e.i = adj // "the third-quarter loss": the determiner is the loss's
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
		if u.isW("this") && !the && p.w(j).possessive() && figureNouns[strings.ToLower(p.w(j+1).text)] {
			// "This quarter's loss includes …": the results of the
			// quarter under discussion, the one last named, as "the
			// quarter" is (a report speaks of a quarter ended)
			return dateExpr(i, j, point{anchor: aLast, gran: gQuarter, unit: gQuarter, reported: true}), true
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
		if p.w(k+1).isW("a") && p.w(k+2).isW("year") && p.w(k+3).isAny("ago", "earlier") {
			// "the quarter a year ago": the quarter reported, a year
			// before
			return dateExpr(i, k+4, point{anchor: aLast, gran: gQuarter, unit: gYear, shift: -1, compare: true}), true
		}
		pt := point{anchor: aLast, gran: gQuarter, unit: gQuarter}
		pt.endedNext = p.w(k+1).isAny("ended", "ending") // "the quarter ended Sept. 30"
		return dateExpr(i, k+1, pt), true
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
	case w.isAny("last", "final") && (p.w(k+2).isW("of") || p.w(k+2).digits == 4):
		// "the last half of 1989", "the final quarter of the year" (not
		// "last quarter", the one before the present)
		switch u := p.w(k + 1); {
		case u.isW("half"):
			n = 2
		case u.isW("quarter"):
			n = 4
		}
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
	if pt.anchor == aYearless && pt.year == 0 && !pt.yearFromRef && j == c+1 && (p.gameSentence() || u.hyph && p.gameNoun(j)) {
		return expr{}, false // "the first half ended 1–1", "scored in the third quarter"
	}
	return dateExpr(i, j, pt), true
}

// gameSentence reports whether the sentence, or the text so far, speaks of
// a match: a word that tells it alone ("scoreboard", "scored") in the
// sentence or two in the sentences before, or two different words that
// need each other ("game" and "points") in the sentence. It is asked
// only of a half or quarter without a year, so the second kind is counted
// here.
func (p *parser) gameSentence() bool {
	if p.gameHere || p.gameSeen >= 2 {
		return true
	}
	var weak *lexeme
	for k := range p.ws {
		if w := &p.ws[k]; w.is(cGameWeak) {
			if weak != nil && weak != w.lex {
				return true
			}
			weak = w.lex
		}
	}
	return false
}

// gameNoun reports whether the word at k, after an adjective "first-half",
// "second-half", "third-quarter", names a thing of a match: "a first-half
// goal", "Sissoko's second-half red card", "a second-half header" (a
// report of the match may say no other game word).
func (p *parser) gameNoun(k int) bool {
	n := p.w(k)
	if n.is(cGame) || n.isAny("goal", "goals", "penalty", "score", "scoring") {
		return true
	}
	if textIs(n, "red", "yellow") {
		return textIs(p.w(k+1), "card", "cards")
	}
	return textIs(n, "header", "equaliser", "equalizer", "strike", "substitute", "substitution", "sending-off", "brace",
		"try", "tries", "touchdown", "touchdowns", "fumble", "interception", "field", "free", "corner", "own", "stoppage", "injury-time")
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
		if n := p.w(j + 1); n.isAny("last", "this", "next") && p.w(j+2).isW("year") && !p.w(j+2).hyph {
			// "the spring of last year"
			pt.yearFromRef, pt.yearShift = true, tnlShift(tnlOf(n.lex.word))
			return dateExpr(i, j+3, pt), true
		}
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
	if p.w(i).isW("the") {
		// "the previous Friday", "the following Monday": counted from
		// the day last mentioned
		rel := int8(0)
		switch pr := p.w(i + 1); {
		case pr.isAny("previous", "preceding"):
			rel = -1
		case pr.isW("following"):
			rel = 1
		}
		if rel == 0 {
			return expr{}, false
		}
		e, ok := p.weekday(i + 2)
		if !ok || e.typ != document.DATE && e.typ != document.TIME || e.pt.tnl != tnlNone {
			return expr{}, false
		}
		e.i, e.pt.rel = i, rel
		return e, true
	}
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
	if c, n, pd := p.w(j), p.w(j+1), p.w(j+2); tnl == tnlNone && c.isAny("and", "or") && n.is(cWeekday) && n.cap && pd.is(cPOD) && pd.lex.plural {
		// "Monday and Tuesday nights": both a set
		v := "XXXX-WXX-" + strconv.Itoa(w.lex.weekday) + "T" + pd.lex.pod
		return expr{i: i, j: j, typ: document.SET, setValue: v}, true
	}
	if n := p.w(j); n.is(cPOD) && !n.cap {
		if n.lex.plural {
			v := "XXXX-WXX-" + strconv.Itoa(w.lex.weekday) + "T" + n.lex.pod
			return expr{i: i, j: j + 1, typ: document.SET, setValue: v}, true
		}
		pt.pod = n.lex.pod
		pt.gran = gPartOfDay
		j++
	}
	if tnl == tnlNone {
		// "Tuesday last week", "Friday of next week": that day of
		// that week
		c := j
		if p.w(c).isW("of") {
			c++
		}
		if t, u := p.w(c), p.w(c+1); t.isAny("last", "next", "this") && u.isW("week") && !u.hyph && !p.w(c+2).hyph && p.w(c+2).text != "'s" {
			pt.inWeek, pt.weekShift = true, tnlShift(tnlOf(t.lex.word))
			j = c + 2
		}
	}
	return dateExpr(i, j, pt), true
}

// ---------------------------------------------------------------------------
// holidays

var fixedHolidays = map[string][2]int{
	"christmas": {12, 25}, "halloween": {10, 31}, "valentine": {2, 14}, "independence": {7, 4},
	"boxing": {12, 26}, "veterans": {11, 11}, "juneteenth": {6, 19},
}

func (p *parser) holiday(i int) (expr, bool) {
	w := p.w(i)
	if !w.is(cHoliday) || !w.cap {
		return expr{}, false
	}
	if pr := p.w(i - 1); pr.cap && pr.lex == nil && isLetter(pr.text[0]) && !p.sentenceStart(i-1) && !holidayAdjectives[strings.ToLower(pr.text)] {
		return expr{}, false // a surname: "illustrator Johnnie Christmas" (not "Orthodox Christmas")
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
		if strings.EqualFold(p.w(i-1).text, "orthodox") {
			// "Orthodox Christmas": 7 January (the Julian 25 December)
			return p.holidayYear(i-1, j, point{anchor: aYearless, gran: gDay, month: 1, day: 7})
		}
	case "new":
		if pr := p.w(i - 1); pr.cap && (strings.EqualFold(pr.text, "lunar") || strings.EqualFold(pr.text, "chinese")) &&
			p.w(j).isW("year") && p.w(j).cap && p.w(j+1).text != "'s" && p.w(j+1).text != "’s" {
			// "Lunar New Year", "Chinese New Year": a day of the moon
			return p.holidayYear(i-1, j+1, point{anchor: aYearless, gran: gDay, holiday: "lunarnewyear"})
		}
		if p.w(j).isW("year") && p.w(j).cap && p.w(j+1).possessive() {
			// "New Year's Eve", "New Year’s Day": either apostrophe, and
			// the capital that makes the year's first day a name
			if p.w(j + 2).isW("eve") {
				return p.holidayYear(i, j+3, point{anchor: aYearless, gran: gDay, month: 12, day: 31})
			}
			if p.w(j + 2).isW("day") {
				return p.holidayYear(i, j+3, point{anchor: aYearless, gran: gDay, month: 1, day: 1})
			}
		}
		return expr{}, false
	case "valentine":
		if !p.w(j).possessive() || !p.w(j+1).isW("day") {
			return expr{}, false
		}
		j += 2
	case "election":
		if !p.w(j).isW("day") || !p.w(j).cap {
			return expr{}, false
		}
		j++
	case "mother", "father":
		// "Mother's Day", "Father's Day"
		if !p.w(j).possessive() || !p.w(j+1).isW("day") || !p.w(j+1).cap {
			return expr{}, false
		}
		j += 2
	case "presidents":
		// "Presidents Day", "Presidents' Day"
		if a := p.w(j); (a.text == "'" || a.text == "’") && a.start == w.end {
			j++
		}
		if !p.w(j).isW("day") || !p.w(j).cap {
			return expr{}, false
		}
		j++
	case "juneteenth":
	case "independence", "memorial", "labor", "veterans", "columbus", "boxing":
		if !p.w(j).isW("day") || !p.w(j).cap {
			return expr{}, false
		}
		j++
	case "thanksgiving", "easter":
		if p.w(j).isAny("day", "sunday") && p.w(j).cap {
			j++
		} else if name == "easter" && p.w(j).isW("monday") && p.w(j).cap {
			return p.holidayYear(i, j+1, point{anchor: aYearless, gran: gDay, holiday: "eastermonday"})
		}
	case "halloween":
	case "diwali", "deepavali", "divali":
		name = "diwali"
	case "holi":
		if n := p.w(j); n.cap && n.lex == nil && isLetter(n.text[0]) {
			return expr{}, false // a name: "Holi Singh"
		}
	case "hanukkah", "hanukah", "chanukah", "chanukkah":
		name = "hanukkah"
	case "passover", "pesach":
		name = "passover"
	case "sukkot", "succot":
		name = "sukkot"
	case "shavuot", "purim":
	case "rosh":
		// "Rosh Hashanah", "Rosh Hashana", "Rosh Ha-Shanah"
		switch strings.ToLower(p.w(j).text) {
		case "hashanah", "hashana", "hashonah":
			j++
		case "ha":
			if s := strings.ToLower(p.w(j + 1).text); !p.w(j+1).hyph || s != "shanah" && s != "shana" {
				return expr{}, false
			}
			j += 2
		default:
			return expr{}, false
		}
		name = "roshhashanah"
	case "yom":
		if !strings.EqualFold(p.w(j).text, "kippur") {
			return expr{}, false
		}
		j++
		name = "yomkippur"
	case "ramadan":
		// a month of the moon: the civil month that holds its middle
		return p.holidayYear(i, j, point{anchor: aYearless, gran: gMonth, holiday: name})
	case "eid":
		// "Eid al-Fitr", "Eid ul-Adha", "Eid-al-Fitr" ("Eid" alone may
		// be either)
		if a := strings.ToLower(p.w(j).text); a != "al" && a != "ul" && a != "el" || !p.w(j+1).hyph {
			return expr{}, false
		}
		switch strings.ToLower(p.w(j + 1).text) {
		case "fitr":
			name = "eidalfitr"
		case "adha":
			name = "eidaladha"
		default:
			return expr{}, false
		}
		j += 2
	default:
		return expr{}, false
	}
	if n := p.w(j); n.cap && strings.EqualFold(n.text, "war") {
		return expr{}, false // "the Yom Kippur War": a name
	}
	if md, ok := fixedHolidays[name]; ok {
		return p.holidayYear(i, j, point{anchor: aYearless, gran: gDay, month: md[0], day: md[1]})
	}
	return p.holidayYear(i, j, point{anchor: aYearless, gran: gDay, holiday: name})
}

// namedDays are the days named by a word before a weekday whose date the
// calendar fixes: "Good Friday" (two days before Easter), "Black Friday"
// (the day after Thanksgiving).
var namedDays = map[string]struct {
	weekday int
	holiday string
}{
	"good": {5, "goodfriday"}, "black": {5, "blackfriday"}, "cyber": {1, "cybermonday"},
	"palm": {7, "palmsunday"}, "ash": {3, "ashwednesday"}, "maundy": {4, "maundythursday"},
	"holy": {4, "maundythursday"},
}

// nameDays are the words that make a weekday after them the name of a
// day no calendar rule gives ("Super Tuesday", "Black Monday", "Bloody
// Sunday"): no date is guessed for it.
var nameDays = map[string]bool{"super": true, "black": true, "bloody": true, "giving": true, "fat": true,
	"shrove": true, "blue": true, "mad": true, "manic": true, "terrible": true, "freaky": true}

// namedDay matches a day named by a capitalised word and a weekday:
// "Good Friday", "Black Friday 2020", "Cyber Monday". Other names of
// that shape ("Super Tuesday", "Black Monday") are left to nameDay.
func (p *parser) namedDay(i int) (expr, bool) {
	d := p.w(i + 1)
	if !d.is(cWeekday) || !d.cap || d.lex.plural || d.hyph || len(d.lex.word) <= 4 {
		return expr{}, false
	}
	name := strings.ToLower(p.w(i).text)
	if nd, ok := namedDays[name]; ok && nd.weekday == d.lex.weekday {
		if n := p.w(i + 2); strings.EqualFold(n.text, "agreement") || strings.EqualFold(n.text, "accord") || n.text != "" && n.cap && n.lex == nil {
			return expr{}, false // "the Good Friday Agreement"
		}
		return p.holidayYear(i, i+2, point{anchor: aYearless, gran: gDay, holiday: nd.holiday})
	}
	return expr{}, false
}

// nameDay reports whether word i, capitalised, makes the weekday after it
// the name of a day ("Super Tuesday", "Good Friday"), not a day of the
// week at hand.
func (p *parser) nameDay(i int) bool {
	w, d := p.w(i), p.w(i+1)
	if !w.cap || !d.is(cWeekday) {
		return false
	}
	name := strings.ToLower(w.text)
	nd, ok := namedDays[name]
	return nameDays[name] || ok && nd.weekday == d.lex.weekday
}

func (p *parser) holidayYear(i, j int, pt point) (expr, bool) {
	pt.named = true
	if n := p.w(j); n.isW("week") && !n.lex.plural {
		pt.gran, j = gWeek, j+1 // "Easter week": the week it falls in
	} else if n.isW("weekend") && !n.lex.plural && !n.hyph && !p.w(j+1).hyph {
		pt.gran, j = gWeekend, j+1 // "Labor Day weekend": the weekend it falls on or ends
	}
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

// apostropheS reports whether words k and k+1 are an apostrophe and "s"
// written right after word k−1 ("1990's", which the tokenizer splits in
// three).
func (p *parser) apostropheS(k int) bool {
	a, s := p.w(k), p.w(k+1)
	return (a.text == "'" || a.text == "’") && s.text == "s" && a.start == p.w(k-1).end && s.start == a.end
}

// namesMay reports whether the document names a person May: "Theresa
// May", "Mrs. May", "Prime Minister May", "May said". It reads
// the text once, when a bare "May" after "by" or "from" asks.
func (p *parser) namesMay() bool {
	if p.mayName == 0 {
		p.mayName = 1
		if mayIsName(p.text) {
			p.mayName = 2
		}
	}
	return p.mayName == 2
}

func mayIsName(text string) bool {
	for off := 0; ; {
		k := strings.Index(text[off:], "May")
		if k < 0 {
			return false
		}
		k += off
		off = k + 3
		if k > 0 && isLetter(text[k-1]) || off < len(text) && isLetter(text[off]) {
			continue // "Mayor", "Dismay"
		}
		before := strings.TrimRight(text[max(0, k-20):k], " ")
		for _, t := range []string{"Theresa", "Mrs.", "Ms.", "Mr.", "Miss", "Dr.", "Minister", "Secretary"} {
			if strings.HasSuffix(before, t) {
				return true
			}
		}
		after := text[off:min(len(text), off+8)]
		for _, v := range []string{" said", " says", " told"} {
			if strings.HasPrefix(after, v) {
				return true
			}
		}
	}
}

// paperWords are the words that make a weekday before them the name of a
// newspaper ("the Sunday Times", "the Sunday Telegraph").
var paperWords = map[string]bool{"Times": true, "Telegraph": true, "Express": true, "Mirror": true,
	"Herald": true, "Post": true, "Independent": true, "Tribune": true, "Mail": true, "Star": true,
	"Sport": true, "Observer": true, "Standard": true, "Business": true, "Star-Times": true}

// paperAfter reports whether the weekday at k starts a newspaper's name:
// "the Sunday Times", not "Sunday, Times Square was empty".
func (p *parser) paperAfter(k int) bool {
	return paperWords[p.w(k+1).text] && p.w(k+2).text != "Square"
}

// yearSpan matches a span of years written "2020-21" ("in 2021-22", "the
// 2020-21 season"): TimeML has no point value for it, so it is a
// DURATION of the calendar years it touches (P2Y), with the first and
// the last year as its begin and end points. After a capitalised word
// that is no grammar word ("Bill 2021-22", "Call 2021-22") it is a
// number, as after a label ("bill 2021-22", "No. 2021-22"), and in a
// stretch of numbers.
func (p *parser) yearSpan(i int) (expr, bool) {
	w := p.w(i)
	if !p.spanOK(i, i+1) {
		return expr{}, false
	}
	return expr{i: i, j: i + 1, typ: document.DURATION, amount: float64(w.spanTo - w.spanFrom + 1), unit: gYear, spanFrom: w.spanFrom, spanTo: w.spanTo}, true
}

// yearRange matches a span of years written in full with a hyphen,
// "2021-2022", "1914-1918": as "2021-22", a DURATION of the calendar
// years it touches, with the first and the last as its begin and end
// points; not a range of amounts ("1900-1950 meters").
func (p *parser) yearRange(i int) (expr, bool) {
	a, ok := p.yearAt(i)
	b, ok2 := p.yearAt(i + 1)
	if !ok || !ok2 || a < 1100 || b > 2100 || b <= a || b-a > 100 || !p.w(i+1).hyph || p.w(i).hyph || p.w(i+2).hyph ||
		p.measureAfter(i+1) || !p.spanOK(i, i+2) {
		return expr{}, false
	}
	return expr{i: i, j: i + 2, typ: document.DURATION, amount: float64(b - a + 1), unit: gYear, spanFrom: a, spanTo: b}, true
}

// spanOK applies the guards for a span of years at words [i, j): none in
// a table of numbers, before a percent sign, after a currency sign, a
// label, singular or plural ("bill 2021-22", "rooms 1204-1208"), or a
// capitalised name ("Call 2021-22").
func (p *parser) spanOK(i, j int) bool {
	pr := p.w(i - 1)
	return !(p.numeric || pr.text == "$" || pr.text == "#" || p.w(j).isAny("%", "percent") ||
		pr.isAny("no.", "number", "page", "pages", "flight", "route", "room", "section", "article", "resolution",
			"chapter", "paragraph", "rule", "bill", "act", "model", "version", "case", "docket", "decree") ||
		pluralLabels[strings.ToLower(pr.text)] ||
		pr.cap && !pr.isAny("in", "for", "during", "the", "by", "since", "until", "through", "from", "of", "fiscal",
			"its", "their", "this", "that", "over", "throughout", "before", "after", "a", "an", "between"))
}

// pluralLabels are the plural nouns after which a span of numbers is a
// list of labels ("rooms 1204-1208", "seats 1998-2002"). They are tested
// on the text, not through the lexicon: a word in the lexicon changes
// how other patterns read the words around it.
var pluralLabels = map[string]bool{"rooms": true, "flights": true, "routes": true, "sections": true,
	"articles": true, "chapters": true, "paragraphs": true, "rules": true, "bills": true, "models": true,
	"versions": true, "seats": true, "lines": true, "suites": true, "apartments": true, "nos.": true,
	"numbers": true, "cases": true, "pages": true}

// titleAfter reports whether the weekday at k starts a title with a
// capitalised part of the day and another capitalised word ("Saturday
// Night Live", "Monday Night Football"): a show, no date. "Saturday
// Night" alone and "Monday Morning the market fell" stay times.
func (p *parser) titleAfter(k int) bool {
	d, t := p.w(k+1), p.w(k+2)
	if !d.cap || d.lex == nil || d.lex.pod == "" || d.hyph || !t.cap || t.hyph || !isLetter(t.text[0]) {
		return false
	}
	return t.lex == nil || t.lex.cls&triggers == 0
}

// paperName reports whether the weekday abbreviation at k ends a name
// ("the Edmonton Sun", "the Toronto Sun"): "Sun" without a period after a
// capitalised word.
func (p *parser) paperName(k int) bool {
	w, pr := p.w(k), p.w(k-1)
	return len(w.text) == 3 && pr.cap && pr.lex == nil && isLetter(pr.text[0]) && !p.sentenceStart(k-1)
}

// bareDecade reads a decade written in two digits without an apostrophe
// ("80s" → 8).
func bareDecade(w *word) (int, bool) {
	s := w.text
	if len(s) != 3 || s[2] != 's' || s[0] < '1' || s[0] > '9' || s[1] != '0' {
		return 0, false
	}
	return int(s[0] - '0'), true
}

// holidayAdjectives are the capitalised words that may stand before a
// holiday's name without making it a surname.
var holidayAdjectives = map[string]bool{"orthodox": true, "catholic": true, "western": true, "eastern": true,
	"coptic": true, "armenian": true, "jewish": true, "christian": true, "muslim": true, "merry": true,
	"happy": true, "white": true, "greek": true, "russian": true, "lunar": true, "chinese": true}

// warmth reports whether the sentence speaks of temperatures, prices or
// scores ("highs in the 80s", "the stock traded in the 90s"), where a
// decade is a range of numbers.
func (p *parser) warmth() bool {
	for k := range p.ws {
		switch strings.ToLower(p.ws[k].text) {
		case "degrees", "temperature", "temperatures", "highs", "lows", "fahrenheit", "celsius", "heat", "weather", "forecast",
			"$", "cents", "price", "prices", "traded", "trading", "shares", "stock", "percent", "%", "points", "score", "scores", "mph":
			return true
		}
	}
	return false
}
