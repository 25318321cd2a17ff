package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/document"
)

// A resolver gives extracted expressions their values, in document order,
// against the reference time (the publication time, in its own zone) and
// the dates the text has mentioned so far.
type resolver struct {
	hasRef bool
	// dateOnly marks a reference time that is a date alone: "two hours
	// ago" is then a day, not a clock time made up from noon.
	dateOnly bool
	// ref is the reference time's wall clock as a civil time (UTC), and
	// refDay its date.
	ref, refDay time.Time
	// history holds the dates and times resolved so far, in order.
	history []cal
	// periods holds the quarters, halves and stretches of months the
	// text has named, in order, for comparisons such as "a year
	// earlier".
	periods []period
	// lastWeekday is the day the last weekday was placed on, where a
	// weekday ending a range starts from.
	lastWeekday time.Time
	// lastDur is the value of the last duration named, in sentence
	// lastDurSent: "during that time" takes it.
	lastDur     string
	lastDurSent int
	// events holds the date of each class of event the text has dated
	// ("the Oct. 23 slaying"), for what is placed from it.
	events [nEvents]cal
}

// A period is a quarter or half ("the third quarter"), or a stretch of
// months ("the first nine months", kept as its year), named in sentence
// sent.
type period struct {
	c      cal
	sent   int
	months int // the length of a stretch of months, 0 for a quarter or half
	// ended marks a period over by the text's word ("the fourth quarter
	// ended Aug. 26"), whatever its fiscal name.
	ended bool
}

func newResolver(pub document.Time) *resolver {
	r := &resolver{}
	if !pub.IsZero() {
		t := pub.Time
		r.hasRef = true
		r.ref = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
		if pub.DateOnly {
			r.ref = civil(t.Year(), int(t.Month()), t.Day()).Add(12 * time.Hour)
			r.dateOnly = true
		}
		r.refDay = civil(t.Year(), int(t.Month()), t.Day())
	}
	return r
}

// lookBack bounds how many mentioned times an anchor is looked for among,
// so that a document of thousands of expressions resolves in linear time.
const lookBack = 100

// A result is the value of one expression.
type result struct {
	value      string
	begin, end string // endpoints of an anchored duration
	zone       string
	c          cal
	hasCal     bool
}

// resolve resolves e; next is the following expression of the same
// sentence, if any (a clock time takes its day from it: "10:35 a.m.
// (0735 GMT) Friday").
func (r *resolver) resolve(e *expr, next *expr) result {
	switch e.typ {
	case document.DURATION:
		if e.period && r.hasRef {
			// the months of a report end before it is written: their
			// year is that of the last month ended
			y := r.refDay.AddDate(0, -1, 0).Year()
			r.periods = append(r.periods, period{c: cal{gran: gYear, t: civil(y, 1, 1)}, sent: e.sent, months: int(e.amount), ended: true})
		}
		if e.thatTime {
			// "During that time": the stretch last named, in this
			// sentence or the one before
			if r.lastDur != "" && r.lastDurSent >= e.sent-1 {
				return result{value: r.lastDur}
			}
			return result{}
		}
		res := r.duration(e)
		r.lastDur, r.lastDurSent = res.value, e.sent
		return res
	case document.SET:
		return result{value: e.setValue}
	}
	if e.pt.anchor == aEvent && !e.pt.clock {
		c, ok := r.fromEvent(&e.pt)
		if !ok {
			if e.amount > 0 {
				// "10 days before the vote", the vote undated: the
				// duration
				e.typ = document.DURATION
				return r.duration(e)
			}
			return result{}
		}
		return result{value: c.value(), c: c, hasCal: true}
	}
	if e.pt.code && r.hasRef && r.farCode(e.pt.year) {
		return result{} // "1Q84", a title: no report speaks so of a period decades away
	}
	if e.pt.periodWord {
		// "For the nine months, … In the year-earlier period, …": the
		// period compared is a stretch of months, which TimeML writes as
		// a duration ("the year-earlier nine months" is P9M too)
		if m := r.comparedMonths(e); m > 0 {
			e.typ = document.DURATION
			return result{value: "P" + strconv.Itoa(m) + "M"}
		}
	}
	if e.pt.cmpLast && r.hasRef && r.quarterNear(e.sent) {
		e.pt.keepGran = true // "compared with $3 million last year" after "the third quarter"
	}
	c, ok, v := r.point(e, next)
	if !ok {
		if e.pt.anchor != aFixed && e.pt.gran >= gYear {
			// a time the text names but that cannot be placed: what
			// is anchored to it cannot be placed either
			r.history = append(r.history, cal{gran: e.pt.gran, unknown: true, sent: e.sent})
		}
		return result{value: v}
	}
	if e.pt.dayShift != 0 && c.gran == gDay {
		c.t = c.t.AddDate(0, 0, e.pt.dayShift)
	}
	res := result{value: c.value(), c: c, hasCal: true, zone: e.pt.zone}
	if e.pt.zoneIn != "" {
		if loc, err := time.LoadLocation(e.pt.zoneIn); err == nil {
			t := time.Date(c.t.Year(), c.t.Month(), c.t.Day(), c.t.Hour(), c.t.Minute(), 0, 0, loc)
			_, off := t.Zone()
			res.zone = offsetString(off)
		}
	}
	// "a year earlier" and "a year ago" borrow their granularity from
	// the time before them; they are no anchor for what follows
	if (c.gran >= gYear || c.gran == gDecade) && !e.pt.keepGran {
		c.derived = e.pt.shift != 0
		c.sent = e.sent
		r.history = append(r.history, c)
	}
	if (c.gran == gQuarter || c.gran == gHalf) && (!e.pt.keepGran || e.pt.latest) && !e.pt.compare && !c.xYear {
		// "Sales in the latest period were …, up from last year's …":
		// the period reported, over whatever its fiscal name
		r.periods = append(r.periods, period{c: c, sent: e.sent, ended: e.ended || e.pt.latest})
	}
	return res
}

// appositive places exprs[k], a quarter named by comparison ("the
// comparable year-ago quarter"), on the quarter set off by a comma right
// after it, which renames it: "In the comparable year-ago quarter, the
// second quarter ended Oct. 31, the company lost …" is that second
// quarter, whatever the period reported (a fiscal quarter keeps the name
// the text gives it). The comparison stays no period reported itself.
func (r *resolver) appositive(text string, exprs []expr, k int) {
	e := &exprs[k]
	if !e.pt.compare || e.pt.gran != gQuarter || e.pt.anchor != aLast || k+1 >= len(exprs) {
		return
	}
	a := &exprs[k+1]
	if a.sent != e.sent || a.typ != document.DATE || a.pt.gran != gQuarter || a.pt.quarter == 0 || a.pt.compare ||
		a.start < e.end || strings.TrimSpace(text[e.end:a.start]) != "," {
		return
	}
	var next *expr
	if k+2 < len(exprs) {
		next = &exprs[k+2]
	}
	h, p := len(r.history), len(r.periods)
	c, ok, _ := r.point(a, next)
	r.history, r.periods = r.history[:h], r.periods[:p]
	if !ok || c.gran != gQuarter || c.xYear {
		return
	}
	e.pt.anchor, e.pt.year, e.pt.quarter, e.pt.keepGran = aAbs, c.t.Year(), (int(c.t.Month())-1)/3+1, false
}

// farCode reports whether the two-digit year y (−1−YY) of a period code
// lies more than 15 years from the reference's in every century.
func (r *resolver) farCode(y int) bool {
	d := abs(-1 - y - r.refDay.Year()%100)
	return min(d, 100-d) > 15
}

func offsetString(off int) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	return sign + pad2(off/3600) + ":" + pad2(off%3600/60)
}

func (r *resolver) duration(e *expr) result {
	if e.spanFrom != 0 {
		// "the 2020-21 season": the calendar years it touches, from the
		// first to the last
		return result{value: durationValue(e.amount, gYear, false), begin: strconv.Itoa(e.spanFrom), end: strconv.Itoa(e.spanTo)}
	}
	res := result{value: durationValue(e.amount, e.unit, e.vague)}
	if e.durAnchor == 0 || !r.hasRef {
		return res
	}
	g := gDay
	base := r.refDay
	if isClockUnit(e.unit) {
		g, base = gMinute, r.ref.Truncate(time.Minute)
	}
	here := cal{gran: g, t: base}
	if e.vague {
		if e.durAnchor < 0 {
			res.end = here.value()
		} else {
			res.begin = here.value()
		}
		return res
	}
	n := int(e.amount)
	u := e.unit
	if float64(n) != e.amount {
		switch u {
		case gYear:
			u, n = gMonth, int(e.amount*12)
		case gDay:
			u, n = gHour, int(e.amount*24)
		case gHour:
			u, n = gMinute, int(e.amount*60)
		}
		if isClockUnit(u) {
			g, base = gMinute, r.ref.Truncate(time.Minute)
			here = cal{gran: g, t: base}
		}
	}
	other := cal{gran: g, t: shift(base, u, e.durAnchor*n)}
	if e.durAnchor < 0 {
		res.begin, res.end = other.value(), here.value()
	} else {
		res.begin, res.end = here.value(), other.value()
	}
	return res
}

// point resolves a DATE or TIME. It returns the calendar value, or false
// and the value to write (a reference such as PRESENT_REF, or an
// underspecified value).
func (r *resolver) point(e *expr, next *expr) (cal, bool, string) {
	pt := &e.pt
	switch pt.anchor {
	case aFixed:
		return cal{}, false, pt.fixed
	case aAbs:
		c, ok := r.absolute(pt, pt.year)
		if !ok {
			return cal{}, false, ""
		}
		return c, true, ""
	case aYearless:
		if e.rangeEnd && pt.anchor == aYearless && len(r.history) > 0 {
			// "from November to February": the first such month on or
			// after the range's start
			if h := r.history[len(r.history)-1]; !h.xYear && !h.unknown && (h.gran == gMonth || h.gran == gDay) {
				y := h.t.Year()
				if pt.month < int(h.t.Month()) || pt.month == int(h.t.Month()) && pt.day > 0 && pt.day < h.t.Day() {
					y++
				}
				if c, ok := r.absolute(pt, y); ok {
					return c, true, ""
				}
			}
		}
		if y, ok := r.endYear(e, next); ok {
			c, ok := r.absolute(pt, y)
			return c, ok, ""
		}
		if pt.rel != 0 {
			if c, ok := r.monthFromLast(pt); ok {
				return c, true, ""
			}
		}
		return r.yearless(e)
	case aRef:
		if !r.hasRef {
			return cal{}, false, underspecified(pt)
		}
		return r.fromRef(e)
	case aLast:
		return r.fromLast(e, next)
	case aEvent:
		if pt.clock && pt.shift == 0 && next != nil && next.sent == e.sent && next.typ == document.DATE && next.pt.gran == gDay {
			// "was shot at 10 p.m. on Friday": the day the sentence gives
			pt.unit = gDay
			return r.fromLast(e, next)
		}
		if c, ok := r.fromEvent(pt); ok {
			return c, true, ""
		}
		if pt.clock {
			// "at 6 a.m. ten days before the vote", the vote undated:
			// the day last mentioned, as for a clock alone
			pt.unit, pt.shift = gDay, 0
			return r.fromLast(e, next)
		}
		return cal{}, false, ""
	case aWeekday:
		if !r.hasRef {
			v := "XXXX-WXX-" + strconv.Itoa(pt.weekday)
			return cal{}, false, v + timeSuffix(pt)
		}
		if pt.rel != 0 {
			if c, ok := r.weekdayFromLast(pt); ok {
				return c, true, ""
			}
		}
		return r.weekday(e), true, ""
	case aWeekend:
		if !r.hasRef {
			return cal{}, false, "XXXX-WXX-WE"
		}
		return r.weekend(e), true, ""
	}
	return cal{}, false, ""
}

// timeSuffix returns "TNI" or "T10:35" for a point with a part of day or a
// clock time, "" otherwise.
func timeSuffix(pt *point) string {
	switch {
	case pt.clock:
		if pt.hour == 24 {
			return "T24:00"
		}
		return "T" + pad2(pt.hour) + ":" + pad2(pt.minute)
	case pt.pod != "":
		return "T" + pt.pod
	}
	return ""
}

// underspecified writes the value of a point whose anchor is unknown,
// keeping what the text gives and X for the rest.
func underspecified(pt *point) string {
	y := "XXXX"
	if pt.year > 0 {
		y = pad4(pt.year)
	}
	mo := "XX"
	if pt.month > 0 {
		mo = pad2(pt.month)
	}
	dd := "XX"
	if pt.day > 0 {
		dd = pad2(pt.day)
	}
	switch pt.gran {
	case gCentury:
		return "XX"
	case gDecade:
		return "XXX"
	case gYear:
		return y
	case gHalf:
		if pt.half > 0 {
			return y + "-H" + strconv.Itoa(pt.half)
		}
		return y + "-HX"
	case gSeason:
		return y + "-" + pt.season
	case gQuarter:
		if pt.quarter > 0 {
			return y + "-Q" + strconv.Itoa(pt.quarter)
		}
		return y + "-QX"
	case gMonth:
		return y + "-" + mo
	case gWeek:
		return y + "-WXX"
	case gWeekend:
		return y + "-WXX-WE"
	}
	return y + "-" + mo + "-" + dd + timeSuffix(pt)
}

// absolute builds the value of a point in year y.
func (r *resolver) absolute(pt *point, y int) (cal, bool) {
	switch pt.gran {
	case gMillennium:
		return cal{gran: gMillennium, t: civil(pt.millennium*1000, 1, 1)}, true
	case gCentury:
		return cal{gran: gCentury, t: civil(pt.century*100, 1, 1)}, true
	case gDecade:
		return cal{gran: gDecade, t: civil(pt.decade*10, 1, 1)}, true
	case gYear:
		return cal{gran: gYear, t: civil(y, 1, 1)}, true
	case gHalf:
		return cal{gran: gHalf, t: civil(y, (pt.half-1)*6+1, 1)}, true
	case gSeason:
		return cal{gran: gSeason, t: civil(y, 6, 1), season: pt.season}, true
	case gQuarter:
		return cal{gran: gQuarter, t: civil(y, (pt.quarter-1)*3+1, 1)}, true
	case gMonth:
		if pt.holiday == "" {
			return cal{gran: gMonth, t: civil(y, pt.month, 1)}, true
		}
	}
	m, d := pt.month, pt.day
	if pt.holiday != "" {
		m, d = holidayDate(pt.holiday, y)
	}
	if m == 0 || d == 0 || d > daysIn(y, m) {
		return cal{}, false
	}
	if pt.gran == gMonth && pt.holiday != "" {
		// "Ramadan": the month that holds its middle
		t := civil(y, m, d).AddDate(0, 0, 14)
		return cal{gran: gMonth, t: civil(t.Year(), int(t.Month()), 1)}, true
	}
	if pt.gran == gWeek {
		return cal{gran: gWeek, t: civil(y, m, d)}, true // "the week of March 6"
	}
	if pt.gran == gWeekend {
		t := civil(y, m, d)
		if t.Weekday() == time.Monday {
			t = t.AddDate(0, 0, -1) // "Labor Day weekend" ends on the Monday
		}
		return cal{gran: gWeekend, t: t}, true
	}
	return withTime(civil(y, m, d), pt), true
}

// withTime puts a point's part of day or clock time on day t.
func withTime(t time.Time, pt *point) cal {
	switch {
	case pt.clock:
		c := cal{gran: gMinute, t: t.Add(time.Duration(pt.hour)*time.Hour + time.Duration(pt.minute)*time.Minute)}
		if pt.hour == 24 {
			c.midnight24 = true
		}
		return c
	case pt.pod != "":
		return cal{gran: gPartOfDay, t: t, pod: pt.pod}
	}
	return cal{gran: gDay, t: t}
}

// holidayDate returns the date of a movable holiday in year y.
func holidayDate(name string, y int) (int, int) {
	nth := func(m int, wd time.Weekday, n int) (int, int) {
		d := civil(y, m, 1)
		for d.Weekday() != wd {
			d = d.AddDate(0, 0, 1)
		}
		d = d.AddDate(0, 0, 7*(n-1))
		return m, d.Day()
	}
	lunar := func(t time.Time, ok bool) (int, int) {
		if !ok || t.Year() != y {
			return 0, 0
		}
		return int(t.Month()), t.Day()
	}
	switch name {
	case "lunarnewyear":
		return lunar(lunarNewYear(y), true)
	case "diwali":
		return lunar(diwali(y), true)
	case "holi":
		return lunar(holi(y), true)
	case "roshhashanah", "yomkippur", "sukkot", "hanukkah", "passover", "shavuot", "purim":
		return lunar(hebrewFeast(name, y), true)
	case "ramadan":
		return lunar(islamicIn(y, 9, 0))
	case "eidalfitr":
		return lunar(islamicIn(y, 10, 0))
	case "eidaladha":
		return lunar(islamicIn(y, 12, 9))
	case "thanksgiving":
		return nth(11, time.Thursday, 4)
	case "labor":
		return nth(9, time.Monday, 1)
	case "election":
		m, d := nth(11, time.Monday, 1)
		return m, d + 1
	case "columbus":
		return nth(10, time.Monday, 2)
	case "presidents":
		return nth(2, time.Monday, 3)
	case "mother":
		return nth(5, time.Sunday, 2)
	case "father":
		return nth(6, time.Sunday, 3)
	case "memorial":
		d := civil(y, 5, 31)
		for d.Weekday() != time.Monday {
			d = d.AddDate(0, 0, -1)
		}
		return 5, d.Day()
	case "blackfriday", "cybermonday":
		m, d := nth(11, time.Thursday, 4)
		shift := 1
		if name == "cybermonday" {
			shift = 4
		}
		t := civil(y, m, d).AddDate(0, 0, shift)
		return int(t.Month()), t.Day()
	case "goodfriday", "palmsunday", "ashwednesday", "maundythursday", "eastermonday":
		m, d := holidayDate("easter", y)
		shift := map[string]int{"goodfriday": -2, "palmsunday": -7, "ashwednesday": -46, "maundythursday": -3, "eastermonday": 1}[name]
		t := civil(y, m, d).AddDate(0, 0, shift)
		return int(t.Month()), t.Day()
	case "easter":
		// the anonymous Gregorian algorithm
		a := y % 19
		b, c := y/100, y%100
		dd, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		h := (19*a + b - dd - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - h - k) % 7
		m := (a + 11*h + 22*l) / 451
		month := (h + l - 7*m + 114) / 31
		day := (h+l-7*m+114)%31 + 1
		return month, day
	}
	return 0, 0
}

// yearless picks the year of a month, day, season, quarter or holiday
// written without one: the candidate nearest the reference, where the
// clause's tense pushes away candidates on the other side, or the one
// this/next/last names.
func (r *resolver) yearless(e *expr) (cal, bool, string) {
	pt := &e.pt
	if pt.gran == gDecade && pt.decade < 0 {
		d2 := -1 - pt.decade
		cent := 19
		if r.hasRef {
			cent = r.refDay.Year() / 100
			if cent*10+d2 > r.refDay.Year()/10 {
				cent--
			}
		}
		return cal{gran: gDecade, t: civil((cent*10+d2)*10, 1, 1)}, true, ""
	}
	if pt.year < 0 {
		// a two-digit year: the century that puts it nearest the reference
		y2 := -1 - pt.year
		y := 1900 + y2
		if r.hasRef {
			ry := r.refDay.Year()
			best := 0
			for _, c := range []int{ry/100*100 - 100, ry / 100 * 100, ry/100*100 + 100} {
				if best == 0 || abs(c+y2-ry) < abs(best-ry) {
					best = c + y2
				}
			}
			y = best
		} else if y2 < 30 {
			y = 2000 + y2
		}
		c, ok := r.absolute(pt, y)
		return c, ok, ""
	}
	if pt.yearFromRef {
		if !r.hasRef {
			return cal{}, false, underspecified(pt)
		}
		c, ok := r.absolute(pt, r.refDay.Year()+pt.yearShift)
		return c, ok, ""
	}
	if !r.hasRef {
		if c, ok := r.yearFromText(pt); ok {
			return c, true, ""
		}
		if pt.holiday == "" {
			// keep the month and day, and the value in the history so
			// that "a day later" still follows it: XXXX-05-25
			if c, ok := r.absolute(pt, 2000); ok {
				c.xYear = true
				return c, true, ""
			}
		}
		return cal{}, false, underspecified(pt)
	}
	ry := r.refDay.Year()
	cands := make([]cal, 0, 3)
	for y := ry - 1; y <= ry+1; y++ {
		if c, ok := r.absolute(pt, y); ok {
			cands = append(cands, c)
		}
	}
	if len(cands) == 0 {
		return cal{}, false, underspecified(pt)
	}
	switch pt.tnl {
	case tnlThis:
		if c, ok := r.absolute(pt, ry); ok {
			return c, true, ""
		}
	case tnlLast:
		here := cal{gran: pt.gran, t: r.refDay, season: pt.season}
		if pt.gran == gSeason {
			s, y := seasonOf(r.refDay)
			here = cal{gran: gSeason, t: civil(y, 6, 1), season: s}
		}
		if pt.gran == gMonth && here.t.Month() > time.January {
			// "last February" written in March is a year back: the month
			// just gone, in the same year, would be "last month" ("last
			// December" written in January is the December just gone)
			here.t = here.t.AddDate(0, -1, 1-here.t.Day())
		}
		for k := len(cands) - 1; k >= 0; k-- {
			if !cands[k].end().After(here.start()) {
				return cands[k], true, ""
			}
		}
	case tnlNext:
		here := cal{gran: pt.gran, t: r.refDay}
		if pt.gran == gSeason {
			s, y := seasonOf(r.refDay)
			here = cal{gran: gSeason, t: civil(y, 6, 1), season: s}
		}
		for _, c := range cands {
			if !c.start().Before(here.end()) {
				return c, true, ""
			}
		}
	}
	if e.termEnd && pt.gran == gMonth && pt.tnl == tnlNone && !pt.named {
		// "has extended the loans through January", written in
		// October: the term runs on from a past act, so its end is the
		// nearest such month, whichever side
		return r.nearest(cands, 0), true, ""
	}
	if e.eventPast && pt.gran == gMonth && pt.tnl == tnlNone && !pt.named {
		// "changed to a calendar year in December", written in October:
		// a month that has not begun cannot hold what happened
		if c, ok := r.sideOfRef(cands, -1); ok {
			return c, true, ""
		}
	}
	if pt.named && pt.tnl == tnlNone && e.cue >= 0 && (e.tense < 0 || e.tense > 0 && !e.schedule) {
		// a named day follows the tense of its verb as a weekday does:
		// "churches were full at Easter" is the Easter gone, however
		// near the next one (a tense borrowed from another expression, a
		// preposition's hint or a present of schedule, "the fair
		// continues a custom marking …", only weighs, in nearest)
		if c, ok := r.sideOfRef(cands, e.tense); ok {
			return c, true, ""
		}
	}
	return r.nearest(cands, e.tense), true, ""
}

// sideOfRef returns the candidate nearest the reference on the side the
// tense names: the last one begun by then for the past ("as Easter week
// began"), the first one not begun for the future.
func (r *resolver) sideOfRef(cands []cal, tense int) (cal, bool) {
	if tense < 0 {
		for k := len(cands) - 1; k >= 0; k-- {
			if cands[k].start().Before(r.ref) {
				return cands[k], true
			}
		}
		return cal{}, false
	}
	for _, c := range cands {
		if !c.start().Before(r.refDay) {
			return c, true
		}
	}
	return cal{}, false
}

// endYear returns the year of a quarter or half named without one but
// followed by "ended" and a date ("the second quarter ended Oct. 31"):
// the year of that date, whatever the fiscal name.
func (r *resolver) endYear(e *expr, next *expr) (int, bool) {
	if !e.ended || e.pt.gran != gQuarter && e.pt.gran != gHalf || next == nil || next.sent != e.sent || next.typ != document.DATE {
		return 0, false
	}
	saved := r.history
	c, ok, _ := r.point(next, nil)
	r.history = saved
	if !ok || c.gran != gDay || c.xYear {
		return 0, false
	}
	return c.t.Year(), true
}

// yearFromText takes the year of a month or day from the last date the
// text gave with a year, when there is no reference time: "On May 24,
// 2018 … on June 12" is 2018-06-12. With no such date it reports false.
func (r *resolver) yearFromText(pt *point) (cal, bool) {
	for k := len(r.history) - 1; k >= 0 && k >= len(r.history)-lookBack; k-- {
		h := r.history[k]
		// only a date written with its year ("May 24, 2018", "May
		// 2018") anchors; a year named alone ("in 2010") does not
		if h.xYear || h.unknown || h.gran < gMonth || h.gran > gMinute || h.gran == gWeek || h.gran == gWeekend {
			continue
		}
		return r.absolute(pt, h.t.Year())
	}
	return cal{}, false
}

// The penalties of candidates on the wrong side of the tense.
var (
	pastPenalty    = 250 * 24 * time.Hour
	strongPenalty  = 365 * 24 * time.Hour
	unknownPenalty = 100 * 24 * time.Hour
)

// nearest returns the candidate closest to the reference, counting a
// candidate on the wrong side of the tense as pastPenalty further away, and
// one ahead of the reference unknownPenalty further when the tense is
// unknown.
func (r *resolver) nearest(cands []cal, tense int) cal {
	if g := cands[0].gran; (g == gQuarter || g == gHalf) && tense > 0 {
		// a quarter is reported after it ends: "will report
		// third-quarter results" speaks of a past quarter
		tense = 0
	}
	best, bestD := cands[0], time.Duration(1<<62)
	for _, c := range cands {
		s, e := c.start(), c.end()
		var d time.Duration
		switch {
		case r.ref.Before(s):
			d = s.Sub(r.ref)
			switch {
			case tense < -1:
				d += strongPenalty
			case tense < 0:
				d += pastPenalty
			case tense == 0:
				// news mostly reports what happened: a date ahead
				// needs to be nearer than one behind
				d += unknownPenalty
			}
		case !r.ref.Before(e):
			d = r.ref.Sub(e)
			switch {
			case tense > 1:
				d += strongPenalty
			case tense > 0:
				d += pastPenalty
			}
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// fromRef resolves "yesterday", "last week", "two years ago", "this
// morning" against the reference time.
func (r *resolver) fromRef(e *expr) (cal, bool, string) {
	pt := &e.pt
	if pt.xWeek {
		return cal{}, false, strconv.Itoa(r.refDay.Year()) + "-WXX"
	}
	if pt.keepGran && pt.unit == gYear {
		if h, ok := r.compared(e, false); ok {
			return cal{gran: h.gran, t: shift(h.t, pt.unit, pt.shift)}, true, ""
		}
	}
	base := r.refDay
	if isClockUnit(pt.unit) {
		base = r.ref
	}
	t := shift(base, pt.unit, pt.shift)
	c := cal{gran: pt.gran, t: t}
	if r.dateOnly && isClockUnit(pt.unit) && c.gran > gPartOfDay && !pt.clock && pt.pod == "" {
		// "two hours ago" from a date alone: the day it falls on (noon
		// plus or minus the hours), no clock time
		c.gran, c.t = gDay, civil(t.Year(), int(t.Month()), t.Day())
	}
	switch {
	case pt.clock:
		c = withTime(civil(t.Year(), int(t.Month()), t.Day()), pt)
	case pt.pod != "":
		c = cal{gran: gPartOfDay, t: t, pod: pt.pod}
	case pt.gran == gSeason:
		s, y := seasonOf(t)
		c = cal{gran: gSeason, t: civil(y, 6, 1), season: s}
	}
	return c, true, ""
}

// fromLast resolves "a year earlier", "the next day", "the quarter"
// against the last mentioned time of a fine enough granularity (the
// reference time when there is none).
func (r *resolver) fromLast(e *expr, next *expr) (cal, bool, string) {
	pt := &e.pt
	need := pt.unit
	if pt.clock {
		need = gDay
		if next != nil && next.sent == e.sent && next.typ == document.DATE && next.pt.gran == gDay {
			saved := r.history
			c, ok, _ := r.point(next, nil)
			r.history = saved
			if ok && c.gran == gDay {
				return withTime(c.t, pt), true, ""
			}
		}
	}
	if pt.endedNext && next != nil && next.sent == e.sent && next.typ == document.DATE && !r.quarterNear(e.sent) {
		// "the quarter ended July 31", when no quarter named just before
		// is the one meant (a fiscal quarter keeps the name the text
		// gave it): the calendar quarter that holds most of the three
		// months ending on that date, the quarter of the month before
		saved := r.history
		c, ok, _ := r.point(next, nil)
		r.history = saved
		if ok && c.gran == gDay && !c.xYear {
			y, m := c.t.Year(), int(c.t.Month())-1
			if m == 0 {
				y, m = y-1, 12
			}
			return cal{gran: gQuarter, t: civil(y, m, 1)}, true, ""
		}
	}
	if pt.reported && e.tense > 0 && r.hasRef {
		// "this quarter's sales will fall": the quarter under way
		return cal{gran: gQuarter, t: civil(r.refDay.Year(), (int(r.refDay.Month())-1)/3*3+1, 1)}, true, ""
	}
	var anchor cal
	found := false
	switch {
	case pt.keepGran && pt.unit == gYear, pt.setYear > 0:
		anchor, found = r.compared(e, false)
	case pt.compare:
		anchor, found = r.compared(e, true)
	case pt.unit == gQuarter && pt.gran == gQuarter && pt.shift == 0 && !pt.keepGran:
		// "the quarter": the quarter under discussion, the one last
		// named, even when a month or a day in another came between
		// ("the fiscal first quarter … earlier this month … for the
		// quarter")
		for k := len(r.periods) - 1; k >= 0; k-- {
			if c := r.periods[k].c; c.gran == gQuarter {
				anchor, found = c, true
				break
			}
		}
	}
	// months of a year compared ("the first nine months … the 1988
	// period") are written as their year
	months := found && anchor.gran == gYear
	for k := len(r.history) - 1; k >= 0 && k >= len(r.history)-lookBack && !found; k-- {
		h := r.history[k]
		g := h.gran
		if g == gWeek || g == gWeekend {
			g = gWeek
		}
		if pt.keepGran && h.derived && h.gran != gMonth && !(h.gran == gYear && h.sent >= e.sent-1) || pt.maxGran != gNone && g > pt.maxGran {
			// "the year-ago period" follows the period reported, not
			// "last year"; but "last month … a year earlier" is that
			// month a year before
			continue
		}
		if h.unknown && g >= need {
			return cal{}, false, underspecified(pt)
		}
		if g >= need && g != gSeason && !(need == gDay && g == gWeek) || need == gYear && g == gSeason {
			anchor, found = h, true
			break
		}
	}
	if len(r.history) > 0 && !pt.clock && !pt.keepGran && !pt.compare {
		// the text last named a coarser time ("in 2010 … the next day",
		// "last October, when … that same day"): the day is in it, but
		// which is unknown
		h := r.history[len(r.history)-1]
		if !h.unknown && !h.xYear && h.gran >= gYear && h.gran <= gMonth && h.gran < need && pt.gran >= gMonth && (!found || h.sent >= e.sent-1) {
			q := *pt
			q.year = h.t.Year()
			if h.gran == gMonth && pt.gran >= gDay {
				q.month = int(h.t.Month())
			}
			return cal{}, false, underspecified(&q)
		}
	}
	if !found {
		if !r.hasRef {
			return cal{}, false, underspecified(pt)
		}
		anchor = cal{gran: gDay, t: r.refDay}
		if pt.unit == gQuarter && pt.shift == 0 && e.tense <= 0 && !pt.clock {
			// "the quarter" in a report of results: the quarter just
			// ended
			anchor.t = shift(anchor.t, gQuarter, -1)
		}
		if pt.clock {
			return withTime(r.refDay, pt), true, ""
		}
	}
	t := shift(anchor.t, pt.unit, pt.shift)
	g := pt.gran
	if pt.setYear > 0 {
		t = time.Date(pt.setYear, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	if pt.keepGran && found {
		g = anchor.gran
		if g > gDay {
			g = gDay
		}
		if g < pt.gran && pt.gran <= gDay && !months {
			g = pt.gran
		}
	}
	if pt.quarter > 0 {
		t = civil(t.Year(), (pt.quarter-1)*3+1, 1)
	}
	if pt.yearEnd {
		t = civil(t.Year(), 12, 31)
	}
	if g <= gDay || g == gPartOfDay {
		t = civil(t.Year(), int(t.Month()), t.Day()) // a day has no clock
	}
	c := cal{gran: g, t: t, xYear: anchor.xYear, season: anchor.season}
	switch {
	case pt.clock:
		c = withTime(civil(t.Year(), int(t.Month()), t.Day()), pt)
		c.xYear = anchor.xYear
	case pt.pod != "":
		c = cal{gran: gPartOfDay, t: t, pod: pt.pod, xYear: anchor.xYear}
	}
	return c, true, ""
}

// quarterNear reports whether a quarter or half was named in sentence sent
// or the one before.
func (r *resolver) quarterNear(sent int) bool {
	for k := len(r.periods) - 1; k >= 0 && r.periods[k].sent >= sent-1; k-- {
		if r.periods[k].c.gran != gYear {
			return true
		}
	}
	return false
}

// comparedMonths returns the length of the stretch of months named in
// e's sentence or the one before, when that is the latest period there.
func (r *resolver) comparedMonths(e *expr) int {
	if k := len(r.periods) - 1; k >= 0 && r.periods[k].sent >= e.sent-1 {
		return r.periods[k].months
	}
	return 0
}

// compared returns the period a comparison such as "a year earlier" or
// "the year-ago period" is made with: a period named in the same sentence
// or the one before ("in the first nine months … a year earlier"), else
// the latest quarter or half named that had ended by the reference time,
// the period a report of results is about ("third-quarter profit … a
// year ago"), even when a day, an earlier quarter or a forecast ("the
// fourth quarter", "the third quarter of 1990") came between. quarterOnly
// skips stretches of months; a comparison in the past tense ("a year ago
// it earned") skips periods that had not ended.
func (r *resolver) compared(e *expr, quarterOnly bool) (cal, bool) {
	for k := len(r.periods) - 1; k >= 0 && r.periods[k].sent >= e.sent-1; k-- {
		p := r.periods[k]
		c := p.c
		if quarterOnly && c.gran == gYear || e.tense < 0 && !p.ended && r.hasRef && c.end().After(r.refDay) {
			continue
		}
		return c, true
	}
	var best cal
	found := false
	for _, p := range r.periods {
		end := p.c.end()
		if p.c.gran == gYear || !p.ended && r.hasRef && end.After(r.refDay) {
			continue
		}
		if !found || !end.Before(best.end()) {
			best, found = p.c, true
		}
	}
	return best, found
}

// weekday resolves a weekday against the reference date: the same day
// when it is the reference's weekday, else the last one before it, or
// the next one when the clause speaks of the future; "last" and "next"
// move a week.
func (r *resolver) weekday(e *expr) cal {
	pt := &e.pt
	rw := isoWeekday(r.refDay)
	back := (rw - pt.weekday + 7) % 7 // days back to the last such day
	fwd := (pt.weekday - rw + 7) % 7  // days on to the next one
	if pt.inWeek {
		return withTime(mondayOf(r.refDay).AddDate(0, 0, 7*pt.weekShift+pt.weekday-1), pt)
	}
	if e.rangeEnd && !r.lastWeekday.IsZero() {
		// "Monday through Friday": the first such day on or after the
		// range's start
		from := r.lastWeekday
		d := (pt.weekday - isoWeekday(from) + 7) % 7
		r.lastWeekday = from.AddDate(0, 0, d)
		return withTime(r.lastWeekday, pt)
	}
	var d int
	switch pt.tnl {
	case tnlLast:
		d = -back
		if back == 0 {
			d = -7
		}
	case tnlNext:
		d = fwd
		if fwd == 0 {
			d = 7
		}
	case tnlThis:
		d = fwd
		if e.tense < 0 && back < rw {
			d = -back // "he arrived this Tuesday": this week's, gone by
		}
	default:
		switch {
		case back == 0:
			d = 0
		case e.tense > 1 || e.tense > 0 && !e.possessive:
			d = fwd
		default:
			d = -back
		}
	}
	r.lastWeekday = r.refDay.AddDate(0, 0, d)
	return withTime(r.lastWeekday, pt)
}

// monthFromLast resolves "the following January", "the previous
// December": the first such month after or before the time last
// mentioned (a year, a month or a day).
func (r *resolver) monthFromLast(pt *point) (cal, bool) {
	for k := len(r.history) - 1; k >= 0 && k >= len(r.history)-lookBack; k-- {
		h := r.history[k]
		if h.unknown || h.xYear || h.gran < gYear || h.gran > gMinute || h.gran == gDecade || h.gran == gCentury {
			continue
		}
		y, am := h.t.Year(), int(h.t.Month())
		switch {
		case h.gran == gYear && pt.rel > 0:
			y++
		case h.gran == gYear:
			y--
		case pt.rel > 0 && pt.month <= am:
			y++
		case pt.rel < 0 && pt.month >= am:
			y--
		}
		return cal{gran: gMonth, t: civil(y, pt.month, 1)}, true
	}
	return cal{}, false
}

// weekdayFromLast resolves "the previous Friday", "the following Monday":
// the first such weekday before or after the day last mentioned.
func (r *resolver) weekdayFromLast(pt *point) (cal, bool) {
	for k := len(r.history) - 1; k >= 0 && k >= len(r.history)-lookBack; k-- {
		h := r.history[k]
		if h.unknown || h.xYear || h.gran < gDay || h.gran > gMinute {
			continue
		}
		d := civil(h.t.Year(), int(h.t.Month()), h.t.Day())
		step := int(pt.rel)
		for n := 0; n < 7; n++ {
			d = d.AddDate(0, 0, step)
			if isoWeekday(d) == pt.weekday {
				break
			}
		}
		return withTime(d, pt), true
	}
	return cal{}, false
}

// weekend resolves "the weekend": the one just past (or under way) unless
// the clause speaks of the future.
func (r *resolver) weekend(e *expr) cal {
	pt := &e.pt
	rw := isoWeekday(r.refDay)
	mon := mondayOf(r.refDay)
	var w time.Time
	switch {
	case pt.tnl == tnlLast:
		w = mon.AddDate(0, 0, -7)
		if rw >= 6 {
			w = mon.AddDate(0, 0, -7)
		}
	case pt.tnl == tnlNext:
		w = mon.AddDate(0, 0, 7)
		if rw < 6 {
			w = mon
		}
	case pt.tnl == tnlThis || e.tense > 0 || rw >= 6:
		w = mon
		if rw == 7 && e.tense > 0 && pt.tnl != tnlThis {
			w = mon.AddDate(0, 0, 7)
		}
	default:
		w = mon.AddDate(0, 0, -7)
	}
	return cal{gran: gWeekend, t: w}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
