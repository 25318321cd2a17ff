package timex

import "github.com/newsgraph/newsgraph/document"

// ---------------------------------------------------------------------------
// times placed from an event

// News dates some times from an event rather than from a date: "10 days
// before the murder", "in the weeks before the shooting", "the day after
// his death". TimeML gives them the date they stand for, which the text
// gives elsewhere: "the Oct. 23 slaying", "was shot to death on the
// night of Oct. 23". The parser marks the expressions that date an event
// (expr.dates) and those placed from one (anchor aEvent); the resolver
// keeps the date of each class of event in document order. Words of one
// class name the same event ("the murder" is "the shooting" of the
// story); a time placed from an event the text has not dated keeps its
// plain reading ("10 days" a duration) or is no expression ("in the days
// before the vote").

// Classes of event.
const (
	evNone int8 = iota
	evKilling
	evBombing
	evAttack
	evCrash
	evQuake
	evElection
	evInvasion
	evCoup
	nEvents
)

// An eventWord is a word that names an event: a noun ("the slaying") or
// a past form of a verb ("was killed").
type eventWord struct {
	class int8
	verb  bool
}

// Kinds of word the event readings stop at or look for, told apart by
// one switch on the word (which costs less than hashing it).
const (
	wkOther  int8 = iota
	wkEvent       // an event word
	wkReport      // a verb of saying: "said", "told"
	wkSub         // a conjunction that starts a clause of its own: "after", "since"
	wkFunc        // a preposition, determiner or conjunction: "in", "the", "and"
)

// kindOf returns the kind of the word s and, for an event word, the
// event.
func kindOf(s string) (int8, eventWord) {
	switch s {
	case "killing", "slaying", "murder", "shooting", "death", "homicide", "assassination":
		return wkEvent, eventWord{evKilling, false}
	case "killed", "slain", "murdered", "shot", "gunned", "assassinated", "died":
		return wkEvent, eventWord{evKilling, true}
	case "bombing", "bombings", "blast", "explosion":
		return wkEvent, eventWord{evBombing, false}
	case "bombed", "exploded":
		return wkEvent, eventWord{evBombing, true}
	case "attack", "attacks", "raid":
		return wkEvent, eventWord{evAttack, false}
	case "attacked", "raided":
		return wkEvent, eventWord{evAttack, true}
	case "crash":
		return wkEvent, eventWord{evCrash, false}
	case "crashed":
		return wkEvent, eventWord{evCrash, true}
	case "earthquake", "quake":
		return wkEvent, eventWord{evQuake, false}
	case "election", "referendum":
		return wkEvent, eventWord{evElection, false}
	case "invasion":
		return wkEvent, eventWord{evInvasion, false}
	case "invaded":
		return wkEvent, eventWord{evInvasion, true}
	case "coup":
		return wkEvent, eventWord{evCoup, false}
	case "said", "says", "say", "told", "reported", "announced", "added", "according", "confirmed", "disclosed":
		return wkReport, eventWord{}
	case "after", "before", "since", "until":
		return wkSub, eventWord{}
	case "in", "on", "at", "of", "for", "to", "with", "by", "from", "the", "a", "an", "and", "or", "that", "which":
		return wkFunc, eventWord{}
	}
	return wkOther, eventWord{}
}

// eventAt returns the event word at k, if any (lower case only: a
// capitalised "Death" or "Crash" is more often a name).
func (p *parser) eventAt(k int) (eventWord, bool) {
	w := p.w(k)
	if len(w.text) < 4 || w.text[0] < 'a' || w.text[0] > 'z' {
		return eventWord{}, false
	}
	kind, ev := kindOf(w.text)
	return ev, kind == wkEvent
}

// eventRef reads the event that "before" or "after" at k-1 governs, an
// event the story has spoken of: a definite noun phrase that ends in an
// event noun ("the murder", "his death", "Slepian's slaying", "the
// deadly embassy bombings"), or a passive clause whose subject is a name
// or a pronoun ("Slepian was killed", "he was shot"). It returns the
// class, 0 for none. A new event of the same kind is left alone: "a week
// after five people were killed", "302 days after the assassination of
// Rafiq Hariri" (in a story of another killing) say which, and compare.
func (p *parser) eventRef(k int) int8 {
	w := p.w(k)
	n := k + 1
	switch {
	case textIs(w, "the", "his", "her", "their", "its"):
	case w.cap && p.w(k+1).possessive():
		n = k + 2
	default:
		// a passive clause: "Slepian was killed", "Dr. Barnett Slepian
		// was shot", "he was killed"
		j := k
		if textIs(w, "he", "she", "they") {
			j++
		} else {
			for j < k+4 && p.w(j).cap && isLetter(p.w(j).text[0]) {
				j++
			}
		}
		if j == k || !textIs(p.w(j), "was", "were") {
			return evNone
		}
		if ev, ok := p.eventAt(j + 1); ok && ev.verb {
			return ev.class
		}
		return evNone
	}
	for m := n; m < n+3; m++ {
		w := p.w(m)
		if w.text == "" || !isLetter(w.text[0]) {
			return evNone
		}
		if ev, ok := p.eventAt(m); ok {
			if ev.verb || textIs(p.w(m+1), "of", "in", "at", "on") {
				return evNone // "the assassination of Rafiq Hariri": which one
			}
			return ev.class
		}
	}
	return evNone
}

// eventDated returns the class of event whose date e gives: an event
// noun right after it ("the Oct. 23 sniper shooting", "last month's
// shooting death", "the 1996 Olympic bombing"), or the past verb of an
// event in its clause ("was shot to death on the night of Oct. 23",
// "killed a Buffalo doctor last October", "last fall when he was gunned
// down"); 0 for none.
func (p *parser) eventDated(e *expr) int8 {
	if e.typ != document.DATE && e.typ != document.TIME || e.pt.anchor == aFixed || e.pt.anchor == aEvent {
		return evNone
	}
	// a noun the expression modifies; a word of grammar ends the
	// modifiers ("Thursday in the slaying" does not date it)
	k := e.j
	if p.w(k).possessive() {
		k++
	}
	for n := 0; n < 3; n++ {
		w := p.w(k + n)
		if w.text == "" || !isLetter(w.text[0]) {
			break
		}
		kind, ev := kindOf(w.text)
		if kind == wkEvent && !ev.verb && w.text[0] >= 'a' {
			return ev.class
		}
		if kind != wkOther {
			break
		}
	}
	// a past verb of the event before it in its clause (a noun, "shot
	// to death", is passed over); a verb of saying or a conjunction
	// ends the clause ("a sniper killed a doctor, an official said
	// Friday" does not date the killing)
	for k := e.i - 1; k >= 0 && k >= e.i-10; k-- {
		w := p.w(k)
		if w.text == ";" || w.text == ":" || w.text == "." {
			break
		}
		kind, ev := kindOf(w.text)
		if kind == wkReport || kind == wkSub {
			break
		}
		if kind == wkEvent && ev.verb {
			return ev.class
		}
	}
	// or just after it ("last fall when he was gunned down")
	for k := e.j; k < e.j+5; k++ {
		w := p.w(k)
		if w.text == "" || !isLetter(w.text[0]) {
			break
		}
		kind, ev := kindOf(w.text)
		if kind == wkReport {
			break
		}
		if kind == wkEvent {
			if ev.verb {
				return ev.class
			}
			break
		}
	}
	return evNone
}

// noteEvent keeps c as the date of the events of class cls: the first
// date given, or a finer one ("last October", then "Oct. 23").
func (r *resolver) noteEvent(cls int8, c cal) {
	if c.xYear || c.unknown {
		return
	}
	if old := r.events[cls]; old.gran == gNone || c.gran > old.gran && sameStart(old, c) {
		r.events[cls] = c
	}
}

// sameStart reports whether the finer value c lies within old: a finer
// date of the same event, not another event.
func sameStart(old, c cal) bool {
	switch old.gran {
	case gYear:
		return old.t.Year() == c.t.Year()
	case gMonth:
		return old.t.Year() == c.t.Year() && old.t.Month() == c.t.Month()
	case gSeason, gQuarter, gHalf:
		return old.t.Year() == c.t.Year() || old.t.Year()+1 == c.t.Year()
	}
	return false
}

// fromEvent places an aEvent point from the date of its event.
func (r *resolver) fromEvent(pt *point) (cal, bool) {
	c := r.events[pt.event]
	if c.gran == gNone {
		return cal{}, false
	}
	if pt.gran == gMonth && !pt.clock {
		// "in the weeks before the shooting": the event's month, or its
		// season or year when the text gives no finer date
		if c.gran > gMonth {
			c = cal{gran: gMonth, t: civil(c.t.Year(), int(c.t.Month()), 1)}
		}
		return c, true
	}
	if c.gran < gDay || c.gran == gWeekend {
		return cal{}, false // "10 days before" an event dated "last October"
	}
	days := pt.shift
	if pt.unit == gWeek {
		days *= 7
	}
	d := civil(c.t.Year(), int(c.t.Month()), c.t.Day()).AddDate(0, 0, days)
	if pt.clock {
		return withTime(d, pt), true
	}
	return cal{gran: gDay, t: d}, true
}

// textIs reports whether the word is written as one of ss (words the
// lexicon need not hold).
func textIs(w *word, ss ...string) bool {
	for _, s := range ss {
		if w.text == s {
			return true
		}
	}
	return false
}
