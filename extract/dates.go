package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/document"
)

// minYear is the earliest year accepted as a publication date: the web's
// news archives do not go further back, and earlier years in markup are
// birth dates, founding years and copyright lines.
const minYear = 1990

// machineLayouts are the forms dates take in attributes, meta tags and
// JSON-LD, most specific first.
var machineLayouts = []struct {
	layout   string
	dateOnly bool
	zone     bool
}{
	{time.RFC3339Nano, false, true},
	{"2006-01-02T15:04:05Z0700", false, true},
	{"2006-01-02T15:04:05.999999999Z0700", false, true},
	{"2006-01-02T15:04Z07:00", false, true},
	{"2006-01-02T15:04Z0700", false, true},
	{"2006-01-02 15:04:05Z07:00", false, true},
	{"2006-01-02 15:04:05 -0700", false, true},
	{"2006-01-02 15:04:05 -07:00", false, true},
	{"2006-01-02 15:04:05 MST", false, true},
	{time.RFC1123Z, false, true},
	{time.RFC1123, false, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", false, true},
	{"Mon, 2 Jan 2006 15:04:05 MST", false, true},
	{"2006-01-02T15:04:05.999999999", false, false},
	{"2006-01-02T15:04:05", false, false},
	{"2006-01-02T15:04", false, false},
	{"2006-01-02 15:04:05", false, false},
	{"2006-01-02 15:04", false, false},
	{"2006-01-02", true, false},
	{"2006/01/02", true, false},
	{"20060102", true, false},
}

// parseMachineDate parses a date written for machines (an ISO 8601 or RFC
// 1123 form). A time without a zone is taken as UTC.
func parseMachineDate(s string) (document.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 40 {
		return document.Time{}, false
	}
	// "2018-05-31T05:55:00+0000" and "… -07" forms, and a trailing "Z"
	// after an offset, occur; so do lower-case "t" and "z".
	if len(s) > 10 && (s[10] == 't') {
		s = s[:10] + "T" + s[11:]
	}
	if strings.HasSuffix(s, "z") {
		s = s[:len(s)-1] + "Z"
	}
	for _, l := range machineLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if l.dateOnly {
			return document.Time{Time: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), DateOnly: true}, true
		}
		return document.Time{Time: t}, true
	}
	// An ISO prefix followed by something unusual: keep the date.
	if m := isoDatePrefix().FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	return document.Time{}, false
}

var isoDatePrefix = lazyRegexp(`^((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ]|$)`)

func ymd(y, m, d string) (document.Time, bool) {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if mi < 1 || mi > 12 || di < 1 || di > 31 {
		return document.Time{}, false
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return document.Time{}, false // 31 June
	}
	return document.Time{Time: t, DateOnly: true}, true
}

// plausible reports whether t can be a publication time of a page fetched
// at fetched: not before minYear and not after the fetch. A date without a
// time may be up to a day ahead of the fetch in UTC (the zone of the page
// is not known).
func plausible(t document.Time, fetched time.Time) bool {
	if t.IsZero() || t.Year() < minYear {
		return false
	}
	limit := fetched.Add(time.Minute)
	if t.DateOnly {
		limit = fetched.Add(24 * time.Hour)
	}
	return !t.After(limit)
}

// urlDate finds a date in a URL's path: /2018/05/31/, /2018-05-31/,
// /20180531/. Year and month alone are not a date.
var urlDate = lazyRegexp(`/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)|[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

func dateFromURL(path string) (document.Time, bool) {
	m := urlDate().FindStringSubmatch(path)
	if m == nil {
		return document.Time{}, false
	}
	if m[1] != "" {
		return ymd(m[1], m[2], m[3])
	}
	return ymd(m[4], m[5], m[6])
}

// monthNames maps English (and German) month names and abbreviations to
// months, for dates written for people.
var monthNames = func() map[string]time.Month {
	monthNames := map[string]time.Month{}
	for m := time.January; m <= time.December; m++ {
		n := strings.ToLower(m.String())
		monthNames[n] = m
		monthNames[n[:3]] = m
	}
	monthNames["sept"] = time.September
	for i, n := range []string{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"} {
		monthNames[n] = time.Month(i + 1)
	}
	monthNames["jänner"] = time.January
	monthNames["okt"] = time.October
	monthNames["dez"] = time.December
	monthNames["mär"] = time.March
	return monthNames
}()

const monthRe = `(Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Mär|Apr(?:il)?|May|Mai|June?|Juni|July?|Juli|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Okt(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Dez(?:ember)?|Jänner)\.?`

// humanDate matches dates written for people, with a month name:
// "May 31, 2018", "31 May 2018", "31. Mai 2018", optionally with a clock
// time after. Numeric-only forms are not read from text: "5/31/2018" is
// ambiguous and a run of digits may be a phone number.
var humanDate = lazyRegexp(`(?i)\b(?:` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)|(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?` + monthRe + `,?\s+((?:19|20)\d\d))\b`)

// isoInText matches an ISO date standing alone in text ("2018-05-31"), not
// inside a longer run of digits.
var isoInText = lazyRegexp(`(?:^|[^\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:$|[^\d-])`)

// parseHumanDate finds the first date with a month name in s.
func parseHumanDate(s string) (document.Time, bool) {
	if m := humanDate().FindStringSubmatch(s); m != nil {
		var mon, day, year string
		if m[1] != "" {
			mon, day, year = m[1], m[2], m[3]
		} else {
			day, mon, year = m[4], m[5], m[6]
		}
		mo, ok := monthNames[strings.ToLower(strings.TrimSuffix(mon, "."))]
		if !ok {
			return document.Time{}, false
		}
		return ymd(year, strconv.Itoa(int(mo)), day)
	}
	if m := isoInText().FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	return document.Time{}, false
}
