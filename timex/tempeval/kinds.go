package tempeval

import (
	"strings"
)

// Shape abstracts a TIMEX3 value to its form: digits become "d", a
// duration's amounts "n" ("P3M" is "PnM", "1998-W08" is "dddd-Wdd"), the
// three reference values "REF". Two values of the same shape differ in
// the time they name, not in its form.
func Shape(v string) string {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return "REF"
	}
	var b strings.Builder
	if strings.HasPrefix(v, "P") {
		b.WriteByte('P')
		num := false
		for _, r := range v[1:] {
			if r >= '0' && r <= '9' || r == '.' {
				if !num {
					b.WriteByte('n')
				}
				num = true
				continue
			}
			num = false
			b.WriteRune(r)
		}
		return b.String()
	}
	for _, r := range v {
		if r >= '0' && r <= '9' {
			r = 'd'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// The kinds of value mismatch, from the form of the two values.
const (
	KindTypeOnly    = "type only"                                    // same value, other type
	KindFormat      = "format (1998-W7/W07, 199X/199, 1968-XX/1968)" // the same time written another way
	KindPartOfDay   = "part of day present or absent"                // 2000-01-05 against 2000-01-05TNI
	KindTimeOfDay   = "time of day in another form"                  // T17 against T17:00
	KindUnderspec   = "underspecified against determined"            // 1989-WXX against 1989-W43
	KindReference   = "PRESENT/PAST/FUTURE_REF against a time"       // PAST_REF against PXY
	KindDurPoint    = "duration against a point"                     // P1W against 1998-W33
	KindGranularity = "granularity (1988-Q3/1988, 1998-03-08/1998-W10)"
	KindAnchor      = "other time, same form (anchor or direction)" // 1990-08-09 against 1990-08-16
	KindAmount      = "other amount or unit"                        // P12Y against P13Y, P1E against P10Y
)

// MismatchKind sorts a relaxed match whose type or value is wrong by how
// the values differ: the form they are written in, their granularity, the
// anchor or direction of the time they name, and so on. It is a tool for
// error analysis, not part of the score.
func MismatchKind(goldType, goldValue, predType, predValue string) string {
	g, p := goldValue, predValue
	if g == p {
		return KindTypeOnly
	}
	if sameTime(g, p) {
		return KindFormat
	}
	gs, ps := Shape(g), Shape(p)
	gd, pd := strings.HasPrefix(g, "P"), strings.HasPrefix(p, "P")
	switch {
	case gs == "REF" || ps == "REF":
		return KindReference
	case gd && pd:
		return KindAmount
	case gd != pd:
		return KindDurPoint
	}
	if gt, pt := stripPartOfDay(g), stripPartOfDay(p); gt != g || pt != p {
		if gt == pt {
			return KindPartOfDay
		}
		if strings.Contains(g, ":") != strings.Contains(p, ":") && strings.Contains(g, "T") && strings.Contains(p, "T") {
			return KindTimeOfDay
		}
	}
	if strings.Contains(g, "X") != strings.Contains(p, "X") {
		return KindUnderspec
	}
	if gs == ps {
		return KindAnchor
	}
	return KindGranularity
}

// sameTime reports whether two values name the same time written in
// another form: week numbers with or without a leading zero, a decade with
// or without a trailing X, a year with "-XX" or "-XX-XX" after it, a time
// with or without ":00".
func sameTime(a, b string) bool {
	return normalForm(a) == normalForm(b)
}

func normalForm(v string) string {
	for _, suffix := range []string{"-XX-XX", "-XX"} {
		if len(v) == 4+len(suffix) && strings.HasSuffix(v, suffix) {
			v = v[:4]
		}
	}
	if len(v) == 4 && strings.HasSuffix(v, "X") && v[2] != 'X' {
		v = v[:3] // 199X is the decade 199
	}
	if i := strings.Index(v, "-W"); i >= 0 && len(v) == i+3 {
		v = v[:i+2] + "0" + v[i+2:] // 2000-W7
	}
	if strings.HasSuffix(v, ":00") && strings.Count(v, ":") == 1 {
		v = strings.TrimSuffix(v, ":00")
	}
	return v
}

// stripPartOfDay removes a part of the day (TMO, TAF, TEV, TNI, TDT) from
// the end of a value.
func stripPartOfDay(v string) string {
	for _, s := range []string{"TMO", "TAF", "TEV", "TNI", "TDT", "TMI"} {
		if strings.HasSuffix(v, s) {
			return strings.TrimSuffix(v, s)
		}
	}
	return v
}
