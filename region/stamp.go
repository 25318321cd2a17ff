package region

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/document"
)

// A stamp is a time and/or date read from an update note, before it is
// resolved against the publication time.
type stamp struct {
	hasClock     bool
	hour, minute int
	zone         *time.Location // nil: the publication's zone
	hasDate      bool
	year         int // 0 when not given
	month, day   int
}

const (
	monthPat   = `(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`
	weekdayPat = `(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?`
	clockPat   = `(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|AM|PM|am|pm)|\d{1,2}:\d{2}(?:\s*(?:h|hrs))?|(?i:noon|midnight))`
	zonePat    = `(?:ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|PT|PDT|PST|GMT|UTC|BST|CET|CEST|IST|JST|KST|HKT|AEST|AEDT|Eastern|Pacific|Central)`
	datePat    = `(?:(?:` + weekdayPat + `,?\s+)?(?:` + monthPat + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+` + monthPat + `(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}))`
)

var patterns = sync.OnceValue(func() *stampPatterns {
	return &stampPatterns{
		clock:   regexp.MustCompile(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\b(\d{1,2}):(\d{2})\b|\b(noon|midnight)\b`),
		zone:    regexp.MustCompile(`\b` + zonePat + `\b`),
		monthDM: regexp.MustCompile(`\b(` + monthPat + `)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`),
		dayMon:  regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthPat + `)(?:,?\s+(\d{4}))?`),
		iso:     regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`),
		slash:   regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b`),
	}
})

type stampPatterns struct {
	clock, zone, monthDM, dayMon, iso, slash *regexp.Regexp
}

var zones = map[string]int{ // offsets in hours; daylight names carry their own
	"ET": -5, "EST": -5, "EDT": -4, "Eastern": -5, "CT": -6, "CST": -6, "CDT": -5, "Central": -6,
	"MT": -7, "MST": -7, "MDT": -6, "PT": -8, "PST": -8, "PDT": -7, "Pacific": -8,
	"GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "IST": 5, "JST": 9, "KST": 9, "HKT": 8,
	"AEST": 10, "AEDT": 11,
}

// zoneNames are the IANA zones for the generic US names, so that "ET" is
// EDT in summer.
var zoneNames = map[string]string{
	"ET": "America/New_York", "Eastern": "America/New_York", "CT": "America/Chicago", "Central": "America/Chicago",
	"MT": "America/Denver", "PT": "America/Los_Angeles", "Pacific": "America/Los_Angeles",
}

func monthNumber(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
			return i + 1
		}
	}
	return 0
}

// parseStamp reads the first clock time, zone and date in s.
func parseStamp(s string) stamp {
	p := patterns()
	var st stamp
	if m := p.clock.FindStringSubmatch(s); m != nil {
		switch {
		case m[1] != "":
			h, _ := strconv.Atoi(m[1])
			mi, _ := strconv.Atoi(m[2])
			pm := strings.HasPrefix(strings.ToLower(m[3]), "p")
			if h >= 1 && h <= 12 && mi < 60 {
				if pm && h != 12 {
					h += 12
				}
				if !pm && h == 12 {
					h = 0
				}
				st.hasClock, st.hour, st.minute = true, h, mi
			}
		case m[4] != "":
			h, _ := strconv.Atoi(m[4])
			mi, _ := strconv.Atoi(m[5])
			if h < 24 && mi < 60 {
				st.hasClock, st.hour, st.minute = true, h, mi
			}
		case strings.EqualFold(m[6], "noon"):
			st.hasClock, st.hour = true, 12
		case strings.EqualFold(m[6], "midnight"):
			st.hasClock = true
		}
	}
	if st.hasClock {
		if z := p.zone.FindString(s); z != "" {
			if name, ok := zoneNames[z]; ok {
				if loc, err := time.LoadLocation(name); err == nil {
					st.zone = loc
				}
			}
			if st.zone == nil {
				st.zone = time.FixedZone(z, zones[z]*3600)
			}
		}
	}
	switch {
	case p.iso.MatchString(s):
		m := p.iso.FindStringSubmatch(s)
		st.year, _ = strconv.Atoi(m[1])
		st.month, _ = strconv.Atoi(m[2])
		st.day, _ = strconv.Atoi(m[3])
	case p.monthDM.MatchString(s):
		m := p.monthDM.FindStringSubmatch(s)
		st.month = monthNumber(m[1])
		st.day, _ = strconv.Atoi(m[2])
		st.year, _ = strconv.Atoi(m[3])
	case p.dayMon.MatchString(s):
		m := p.dayMon.FindStringSubmatch(s)
		st.day, _ = strconv.Atoi(m[1])
		st.month = monthNumber(m[2])
		st.year, _ = strconv.Atoi(m[3])
	case p.slash.MatchString(s):
		// US order, as in American news: 6/1/18 is June 1.
		m := p.slash.FindStringSubmatch(s)
		st.month, _ = strconv.Atoi(m[1])
		st.day, _ = strconv.Atoi(m[2])
		st.year, _ = strconv.Atoi(m[3])
		if st.year < 100 {
			st.year += 2000
		}
	}
	if st.month >= 1 && st.month <= 12 && st.day >= 1 && st.day <= 31 {
		if st.year == 0 || validDate(st.year, st.month, st.day) {
			st.hasDate = true
		}
	}
	return st
}

func validDate(y, m, d int) bool {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

// resolve turns a stamp into the Update.Time string: RFC 3339 when a clock
// time and a full date are known (the date taken from the publication time
// when the note gives none), a date when only that is known, and TimeML-style
// partial values ("T16:05", "XXXX-06-01") otherwise. It never uses the
// machine's local time zone.
func (st stamp) resolve(pub document.Time) string {
	havePub := !pub.IsZero()
	year, month, day := st.year, st.month, st.day
	if st.hasDate && year == 0 && havePub {
		year = pub.Year()
		// A note dated after the publication month in the next year is
		// rare; one dated months before it belongs to the next year.
		if int(pub.Month())-month > 6 {
			year++
		}
	}
	if !st.hasDate && st.hasClock && havePub {
		year, month, day = pub.Year(), int(pub.Month()), pub.Day()
	}
	dateKnown := (st.hasDate || (st.hasClock && havePub)) && year != 0
	switch {
	case st.hasClock && dateKnown && (!pub.DateOnly || st.zone != nil || st.hasDate):
		loc := st.zone
		if loc == nil {
			if havePub && !pub.DateOnly {
				loc = pub.Location()
			} else {
				// A date and time with no zone at all: say so with a
				// partial value rather than guess.
				return time.Date(year, time.Month(month), day, st.hour, st.minute, 0, 0, time.UTC).Format("2006-01-02T15:04")
			}
		}
		return time.Date(year, time.Month(month), day, st.hour, st.minute, 0, 0, loc).Format(time.RFC3339)
	case st.hasClock && dateKnown:
		return time.Date(year, time.Month(month), day, st.hour, st.minute, 0, 0, time.UTC).Format("2006-01-02T15:04")
	case st.hasDate && year != 0:
		return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	case st.hasDate:
		return "XXXX-" + twoDigits(month) + "-" + twoDigits(day)
	case st.hasClock:
		return "T" + twoDigits(st.hour) + ":" + twoDigits(st.minute)
	}
	return ""
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
