package timex

import (
	"strings"
)

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
	case w.hm == nil && w.isNum && p.w(i+1).is(cZone) && p.w(i+1).text == strings.ToUpper(p.w(i+1).text):
		// "15.30 BST", "9.45 GMT": a clock with a point, which a zone
		// written in capitals tells from a number
		hm := parseHM(strings.Replace(w.text, ".", ":", 1))
		if hm == nil || !strings.Contains(w.text, ".") {
			return i, pt, false
		}
		pt.hour, pt.minute, j = hm.hour, hm.minute, i+1
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
		} else if e, ok := p.duration(k); ok && e.pt.anchor == aEvent && e.pt.gran == gDay && e.amount > 0 {
			// "6 a.m. ten days before the shooting": the time of that day
			pt.anchor, pt.event, pt.unit, pt.shift = aEvent, e.pt.event, e.pt.unit, e.pt.shift
			j = e.j
		} else {
			pt.anchor = aLast // the day last mentioned, else the reference
			pt.unit = gDay
		}
	}
	return dateExpr(i, j, pt), true
}
