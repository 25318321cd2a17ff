package timex

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// A cal is a resolved calendar value: a period of granularity gran that
// starts at t (a civil date and time, kept in UTC so that arithmetic never
// meets a daylight-saving gap), with the parts the start cannot carry.
type cal struct {
	gran   gran
	t      time.Time
	season string // for gSeason
	pod    string // for gPartOfDay
	// xYear marks a value whose year is unknown ("XXXX-06-12"); t then
	// holds a date in the leap year 2000.
	xYear bool
	// midnight24 writes midnight as T24:00 of the day before, as TimeML
	// does for "midnight Friday".
	midnight24 bool
	// derived marks a value shifted from its anchor ("last year", "a
	// day later").
	derived bool
	// unknown marks a time the text names that could not be placed
	// (a weekday without a reference time); it has no value.
	unknown bool
	// sent is the sentence that named the time, for the history of
	// times mentioned.
	sent int
}

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func pad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// value writes c in TimeML's ISO-based form.
func (c cal) value() string {
	t := c.t
	y := pad4(t.Year())
	if c.xYear {
		y = "XXXX"
	}
	switch c.gran {
	case gMillennium:
		return strconv.Itoa(t.Year() / 1000)
	case gCentury:
		return pad2(t.Year() / 100)
	case gDecade:
		return strconv.Itoa(t.Year() / 10)
	case gYear:
		return y
	case gHalf:
		return y + "-H" + strconv.Itoa((int(t.Month())-1)/6+1)
	case gSeason:
		return y + "-" + c.season
	case gQuarter:
		return y + "-Q" + strconv.Itoa((int(t.Month())-1)/3+1)
	case gMonth:
		return y + "-" + pad2(int(t.Month()))
	case gWeek, gWeekend:
		wy, wk := t.ISOWeek()
		s := pad4(wy) + "-W" + pad2(wk)
		if c.xYear {
			s = "XXXX-WXX" // the week of a date depends on its year
		}
		if c.gran == gWeekend {
			s += "-WE"
		}
		return s
	case gDay:
		return y + "-" + pad2(int(t.Month())) + "-" + pad2(t.Day())
	case gPartOfDay:
		return y + "-" + pad2(int(t.Month())) + "-" + pad2(t.Day()) + "T" + c.pod
	case gHour, gMinute, gSecond:
		if c.midnight24 {
			d := t.AddDate(0, 0, -1)
			return y[:len(y)-4] + yOf(d, c.xYear) + "-" + pad2(int(d.Month())) + "-" + pad2(d.Day()) + "T24:00"
		}
		return y + "-" + pad2(int(t.Month())) + "-" + pad2(t.Day()) + "T" + pad2(t.Hour()) + ":" + pad2(t.Minute())
	}
	return ""
}

func yOf(t time.Time, x bool) string {
	if x {
		return "XXXX"
	}
	return pad4(t.Year())
}

// seasonStart returns the first month of a season in year y: winter y
// runs from December y−1 to February y.
func seasonStart(s string, y int) time.Time {
	switch s {
	case "SP":
		return civil(y, 3, 1)
	case "SU":
		return civil(y, 6, 1)
	case "FA":
		return civil(y, 9, 1)
	}
	return civil(y-1, 12, 1)
}

// seasonOf returns the season and its year of a date.
func seasonOf(t time.Time) (string, int) {
	switch m := t.Month(); {
	case m >= 3 && m <= 5:
		return "SP", t.Year()
	case m >= 6 && m <= 8:
		return "SU", t.Year()
	case m >= 9 && m <= 11:
		return "FA", t.Year()
	case m == 12:
		return "WI", t.Year() + 1
	}
	return "WI", t.Year()
}

// start returns the period's first instant (civil, UTC) and end returns the
// instant after its last.
func (c cal) start() time.Time {
	t := c.t
	switch c.gran {
	case gMillennium:
		return civil(t.Year()/1000*1000, 1, 1)
	case gCentury:
		return civil(t.Year()/100*100, 1, 1)
	case gDecade:
		return civil(t.Year()/10*10, 1, 1)
	case gYear:
		return civil(t.Year(), 1, 1)
	case gHalf:
		return civil(t.Year(), (int(t.Month())-1)/6*6+1, 1)
	case gSeason:
		return seasonStart(c.season, t.Year())
	case gQuarter:
		return civil(t.Year(), (int(t.Month())-1)/3*3+1, 1)
	case gMonth:
		return civil(t.Year(), int(t.Month()), 1)
	case gWeek:
		return mondayOf(t)
	case gWeekend:
		return mondayOf(t).AddDate(0, 0, 5)
	case gDay:
		return civil(t.Year(), int(t.Month()), t.Day())
	case gPartOfDay:
		d := civil(t.Year(), int(t.Month()), t.Day())
		h, _ := podHours(c.pod)
		return d.Add(time.Duration(h) * time.Hour)
	case gHour:
		return t.Truncate(time.Hour)
	case gMinute:
		return t.Truncate(time.Minute)
	}
	return t
}

func (c cal) end() time.Time {
	s := c.start()
	switch c.gran {
	case gMillennium:
		return s.AddDate(1000, 0, 0)
	case gCentury:
		return s.AddDate(100, 0, 0)
	case gDecade:
		return s.AddDate(10, 0, 0)
	case gYear:
		return s.AddDate(1, 0, 0)
	case gHalf:
		return s.AddDate(0, 6, 0)
	case gSeason, gQuarter:
		return s.AddDate(0, 3, 0)
	case gMonth:
		return s.AddDate(0, 1, 0)
	case gWeek:
		return s.AddDate(0, 0, 7)
	case gWeekend:
		return s.AddDate(0, 0, 2)
	case gDay:
		return s.AddDate(0, 0, 1)
	case gPartOfDay:
		a, b := podHours(c.pod)
		return s.Add(time.Duration(b-a) * time.Hour)
	case gHour:
		return s.Add(time.Hour)
	case gMinute:
		return s.Add(time.Minute)
	}
	return s
}

// podHours returns the hours a part of the day covers.
func podHours(pod string) (int, int) {
	switch pod {
	case "MO":
		return 6, 12
	case "MI":
		return 11, 13
	case "AF":
		return 12, 18
	case "EV":
		return 18, 22
	case "NI":
		return 18, 24
	case "DT":
		return 6, 18
	}
	return 0, 24
}

func mondayOf(t time.Time) time.Time {
	d := civil(t.Year(), int(t.Month()), t.Day())
	wd := int(d.Weekday()+6) % 7 // Monday 0
	return d.AddDate(0, 0, -wd)
}

// isoWeekday returns 1 for Monday … 7 for Sunday.
func isoWeekday(t time.Time) int { return int(t.Weekday()+6)%7 + 1 }

// addMonths moves t by n months, keeping the day within the month.
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := civil(y, int(m), 1).AddDate(0, n, 0)
	if dim := daysIn(first.Year(), int(first.Month())); d > dim {
		d = dim
	}
	return time.Date(first.Year(), first.Month(), d, t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// shift moves t by n units.
func shift(t time.Time, unit gran, n int) time.Time {
	switch unit {
	case gMillennium:
		return addMonths(t, 12000*n)
	case gCentury:
		return addMonths(t, 1200*n)
	case gDecade:
		return addMonths(t, 120*n)
	case gYear:
		return addMonths(t, 12*n)
	case gHalf:
		return addMonths(t, 6*n)
	case gSeason, gQuarter:
		return addMonths(t, 3*n)
	case gMonth:
		return addMonths(t, n)
	case gWeek, gWeekend:
		return t.AddDate(0, 0, 7*n)
	case gDay, gPartOfDay:
		return t.AddDate(0, 0, n)
	case gHour:
		return t.Add(time.Duration(n) * time.Hour)
	case gMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case gSecond:
		return t.Add(time.Duration(n) * time.Second)
	}
	return t
}

// unitCode returns the TimeML duration letter of a unit.
func unitCode(u gran) string {
	switch u {
	case gSecond:
		return "S"
	case gMinute:
		return "M"
	case gHour:
		return "H"
	case gDay:
		return "D"
	case gWeek:
		return "W"
	case gWeekend:
		return "WE"
	case gMonth:
		return "M"
	case gQuarter:
		return "Q"
	case gHalf:
		return "H"
	case gSeason:
		return "M" // a season is three months; callers multiply
	case gYear:
		return "Y"
	case gDecade:
		return "E"
	case gCentury:
		return "C"
	case gMillennium:
		return "L"
	}
	return "X"
}

func isClockUnit(u gran) bool { return u == gHour || u == gMinute || u == gSecond }

// fmtAmount writes a number without a trailing ".0".
func fmtAmount(v float64) string {
	if v == math.Trunc(v) {
		return strconv.FormatInt(int64(v), 10)
	}
	return strings.TrimRight(strings.TrimRight(strconv.FormatFloat(v, 'f', 3, 64), "0"), ".")
}

// durationValue writes a duration of amount units ("P3M", "PT4H30M",
// "PXY" for a vague amount).
func durationValue(amount float64, unit gran, vague bool) string {
	if vague {
		if isClockUnit(unit) {
			return "PTX" + unitCode(unit)
		}
		return "PX" + unitCode(unit)
	}
	switch unit {
	case gSeason:
		amount, unit = amount*3, gMonth
	case gDecade, gCentury, gMillennium:
		// counted decades and centuries are written in years, as ISO
		// 8601 has it and most of the TimeML corpora do ("two decades"
		// P20Y); only a vague count keeps the unit ("decades" PXE)
		amount, unit = amount*map[gran]float64{gDecade: 10, gCentury: 100, gMillennium: 1000}[unit], gYear
	}
	if amount != math.Trunc(amount) {
		// a fraction goes into the next smaller unit: 4½ hours is PT4H30M
		whole := math.Trunc(amount)
		frac := amount - whole
		var small gran
		var per float64
		switch unit {
		case gYear:
			small, per = gMonth, 12
		case gDecade:
			small, per = gYear, 10
		case gCentury:
			small, per = gYear, 100
		case gQuarter:
			small, per = gMonth, 3
		case gMonth:
			small, per = gDay, 30
		case gWeek:
			small, per = gDay, 7
		case gDay:
			small, per = gHour, 24
		case gHour:
			small, per = gMinute, 60
		case gMinute:
			small, per = gSecond, 60
		}
		if n := frac * per; small != gNone && math.Abs(n-math.Round(n)) < 1e-6 {
			n = math.Round(n)
			var b strings.Builder
			b.WriteString("P")
			wroteT := false
			if whole > 0 {
				if isClockUnit(unit) {
					b.WriteString("T")
					wroteT = true
				}
				b.WriteString(fmtAmount(whole) + unitCode(unit))
			}
			if isClockUnit(small) && !wroteT {
				b.WriteString("T")
			}
			b.WriteString(fmtAmount(n) + unitCode(small))
			return b.String()
		}
	}
	if isClockUnit(unit) {
		return "PT" + fmtAmount(amount) + unitCode(unit)
	}
	return "P" + fmtAmount(amount) + unitCode(unit)
}

// ParseValue reads a TimeML value that names a period of the calendar
// (1998, 1998-02, 1998-02-13, 1998-W08, 1998-W08-WE, 1998-Q3, 1998-H1,
// 1998-SU, 199 (a decade), 19 (a century), 1998-02-13TNI,
// 1998-02-13T10:35) and returns its interval as civil times: the start
// and the instant after the end. It reports false for durations, sets,
// references such as PRESENT_REF and underspecified values (XXXX-06-12).
func parseValue(v string) (cal, bool) {
	if v == "" || strings.Contains(v, "X") || v[0] == 'P' || strings.HasSuffix(v, "_REF") {
		return cal{}, false
	}
	atoi := func(s string) (int, bool) {
		if s == "" {
			return 0, false
		}
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	date, tm, hasT := strings.Cut(v, "T")
	parts := strings.Split(date, "-")
	switch {
	case len(parts) == 1 && len(date) == 2:
		n, ok := atoi(date)
		return cal{gran: gCentury, t: civil(n*100, 1, 1)}, ok && !hasT
	case len(parts) == 1 && len(date) == 3:
		n, ok := atoi(date)
		return cal{gran: gDecade, t: civil(n*10, 1, 1)}, ok && !hasT
	case len(date) < 4:
		return cal{}, false
	}
	y, ok := atoi(parts[0])
	if !ok || len(parts[0]) != 4 {
		return cal{}, false
	}
	if len(parts) == 1 {
		return cal{gran: gYear, t: civil(y, 1, 1)}, !hasT
	}
	p1 := parts[1]
	switch {
	case len(parts) == 2 && len(p1) == 2 && p1[0] == 'Q':
		q, ok := atoi(p1[1:])
		return cal{gran: gQuarter, t: civil(y, (q-1)*3+1, 1)}, ok && q >= 1 && q <= 4 && !hasT
	case len(parts) == 2 && len(p1) == 2 && p1[0] == 'H':
		h, ok := atoi(p1[1:])
		return cal{gran: gHalf, t: civil(y, (h-1)*6+1, 1)}, ok && h >= 1 && h <= 2 && !hasT
	case len(parts) == 2 && (p1 == "SP" || p1 == "SU" || p1 == "FA" || p1 == "WI"):
		return cal{gran: gSeason, t: civil(y, 6, 1), season: p1}, !hasT
	case len(p1) == 3 && p1[0] == 'W':
		wk, ok := atoi(p1[1:])
		if !ok || wk < 1 || wk > 53 {
			return cal{}, false
		}
		// the Monday of ISO week wk: January 4 is always in week 1
		mon := mondayOf(civil(y, 1, 4)).AddDate(0, 0, 7*(wk-1))
		if len(parts) == 2 {
			return cal{gran: gWeek, t: mon}, !hasT
		}
		if len(parts) == 3 && parts[2] == "WE" {
			return cal{gran: gWeekend, t: mon}, !hasT
		}
		if d, ok := atoi(parts[2]); ok && len(parts) == 3 && d >= 1 && d <= 7 {
			return cal{gran: gDay, t: mon.AddDate(0, 0, d-1)}, !hasT
		}
		return cal{}, false
	}
	m, ok := atoi(p1)
	if !ok || m < 1 || m > 12 || len(p1) != 2 {
		return cal{}, false
	}
	if len(parts) == 2 {
		return cal{gran: gMonth, t: civil(y, m, 1)}, !hasT
	}
	d, ok := atoi(parts[2])
	if !ok || len(parts) != 3 || d < 1 || d > daysIn(y, m) {
		return cal{}, false
	}
	c := cal{gran: gDay, t: civil(y, m, d)}
	if !hasT {
		return c, true
	}
	switch tm {
	case "MO", "MI", "AF", "EV", "NI", "DT":
		c.gran, c.pod = gPartOfDay, tm
		return c, true
	}
	hh, mm, _ := strings.Cut(tm, ":")
	h, ok1 := atoi(hh)
	if !ok1 || h > 24 {
		return cal{}, false
	}
	c.gran = gHour
	c.t = c.t.Add(time.Duration(h) * time.Hour)
	if mm != "" {
		if len(mm) > 2 {
			mm = mm[:2]
		}
		mi, ok := atoi(mm)
		if !ok || mi > 59 {
			return cal{}, false
		}
		c.gran = gMinute
		c.t = c.t.Add(time.Duration(mi) * time.Minute)
	}
	return c, true
}

// Interval returns the interval a TimeML value denotes: from start to the
// instant after its end, for a value read as local time in loc (the
// publication's zone; UTC when nil). zone, when not empty, is a UTC offset
// ("-04:00") that overrides loc, for a clock time whose zone the text
// names. It reports false for values that name no interval of the calendar:
// durations, sets, PRESENT_REF and the like, and underspecified values
// ("XXXX-06-12").
func Interval(value string, loc *time.Location, zone string) (start, end time.Time, ok bool) {
	c, ok := parseValue(value)
	if !ok {
		return time.Time{}, time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	if zone != "" {
		if z, ok := fixedZone(zone); ok {
			loc = z
		}
	}
	in := func(t time.Time) time.Time {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
	}
	return in(c.start()), in(c.end()), true
}

// fixedZone reads "+05:30" or "-04:00".
func fixedZone(z string) (*time.Location, bool) {
	if len(z) != 6 || (z[0] != '+' && z[0] != '-') || z[3] != ':' {
		return nil, false
	}
	h, err1 := strconv.Atoi(z[1:3])
	m, err2 := strconv.Atoi(z[4:6])
	if err1 != nil || err2 != nil || h > 14 || m > 59 {
		return nil, false
	}
	off := h*3600 + m*60
	if z[0] == '-' {
		off = -off
	}
	return time.FixedZone(fmt.Sprintf("UTC%s", z), off), true
}
