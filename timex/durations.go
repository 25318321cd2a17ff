package timex

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

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
		if n := p.w(k + 1); u.is(cUnit) && !u.cap && !u.hyph && n.hyph && n.isW("long") && !the && durAnchor == 0 {
			// "a day-long meeting", "the decades-long battle": a
			// duration used as an adjective
			return expr{i: k, j: k + 2, typ: document.DURATION, amount: 1, vague: u.lex.plural, unit: u.lex.unit}, true
		}
		if !u.is(cUnit) || !u.lex.plural || u.cap || u.hyph {
			return expr{}, false
		}
		if k == i && !p.barePluralOK(k) {
			return expr{}, false
		}
		if the && durAnchor == 0 && !first {
			if p.w(k + 1).isW("ahead") {
				// "the weeks ahead"
				e := expr{i: i, j: k + 2, typ: document.DURATION, amount: 1, vague: true, unit: u.lex.unit, durAnchor: 1}
				return e, true
			}
			if p.w(k+1).isW("to") && p.w(k+2).isW("come") {
				// "the months to come", as "the coming months"
				return expr{i: i, j: k + 3, typ: document.DURATION, amount: 1, vague: true, unit: u.lex.unit, durAnchor: 1}, true
			}
			if n := p.w(k + 1); (u.lex.unit == gDay || u.lex.unit == gWeek) && n.isAny("before", "after") {
				if cls := p.eventRef(k + 2); cls != evNone {
					// "in the weeks before the shooting": a date, that
					// of the event, no finer than its month; TimeBank
					// and AQUAINT leave "the" out of it
					return dateExpr(k, k+1, point{anchor: aEvent, event: cls, gran: gMonth}), true
				}
			}
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
	market := false
	if textIs(p.w(j), "trading", "business", "working") && p.w(j+1).is(cUnit) && p.w(j+1).lex.unit == gDay && !p.w(j+1).hyph {
		j++ // "eight trading days": days, those the market opens on
		market = true
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
		if p.ordinalSecond(j + 1) {
			return expr{}, false // "for a second time", "in a second round"
		}
	}
	if u.lex.unit == gSecond && !u.lex.plural && p.w(j+1).hyph && !p.w(j+1).isAny("long", "old") {
		return expr{}, false // "three of the six second-line drugs"
	}
	if p.w(k).digits == 4 && p.w(k).num >= 1000 && !u.lex.plural {
		return expr{}, false
	}
	if u.lex.unit == gQuarter && p.w(j+1).isW("of") && (u.hyph || amount <= 1 && !vague) {
		return expr{}, false // "three-quarters of its food", "a quarter of"
	}
	if u.lex.unit == gQuarter && !u.lex.plural && p.w(j+1).isAny("to", "past") && (p.w(j+2).is(cNumber) || p.w(j+2).digits > 0 && p.w(j+2).digits <= 2) {
		return expr{}, false // "a quarter to five": a time of day
	}
	if n := p.w(j + 1); n.hyph && n.isW("long") && u.hyph && !vague && durAnchor == 0 {
		// "a two-year-long probe"
		i = k
		return expr{i: i, j: j + 2, typ: document.DURATION, amount: amount, unit: u.lex.unit}, true
	}
	if n := p.w(j + 1); n.hyph && n.isAny("earlier", "ago", "old", "long") {
		return expr{}, false // "a year-earlier loss": see relative
	}
	if u.hyph && u.lex.unit == gDay && amount == 1 && !vague && textIs(p.w(j+1), "international", "internationals", "series", "squad",
		"side", "outfit", "century", "hundred", "recall", "cap", "caps", "debut", "specialist", "specialists", "captaincy", "format", "cricket", "game", "games") {
		return expr{}, false // "the one-day series", "England's one-day squad": cricket's one-day game
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
	// "the first nine months", "the six months": the part of the year a
	// report covers
	// ("the six months ended Aug. 12" is rather placed by its date)
	e.period = the && !u.hyph && u.lex.unit == gMonth && amount >= 2 && amount < 12 && !vague &&
		!p.w(j+1).isAny("ended", "ending", "ends", "through", "to")
	// "a year and a half", "two hours and 15 minutes"
	if p.w(e.j).isW("and") && p.w(e.j+1).isAny("a", "one") && p.w(e.j+2).isW("half") {
		e.amount += 0.5
		e.j += 3
	}
	if !the && p.w(k).isAny("a", "an") && (p.w(i-1).isAny("once", "twice", "times", "per") || p.w(i-1).isNum) && !p.w(e.j).isAny("ago", "earlier", "later", "before", "after") {
		return expr{}, false // sets: "twice a year"
	}
	if market {
		// "10 trading days ago" skips the days the market is shut,
		// which the calendar cannot count: the duration alone
		return e, true
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
	if u := u.lex.unit; (u == gDecade || u == gCentury) && (w.isW("past") || p.w(i-1).isAny("for", "over", "during", "throughout", "within")) {
		// "over the past decade", "for the last decade": the ten years
		// up to now, not the 1990s (which news names as such)
		e := expr{i: i, j: i + 3, typ: document.DURATION, amount: 1, unit: u, durAnchor: shift}
		return e, true
	}
	return dateExpr(i, i+3, point{anchor: aRef, gran: u.lex.unit, unit: u.lex.unit, shift: shift}), true
}

// newspaperNoun tells whether "daily" or "weekly" at i names a newspaper:
// after "the", a name or a word for a paper ("the business daily",
// "a government daily"), and before a stop or a verb of reporting ("told
// the daily.", "the De Volkskrant daily reported Friday").
func (p *parser) newspaperNoun(i int) bool {
	n := p.w(i + 1)
	end := n.text == "" || strings.ContainsAny(n.text[:1], ",.;:)\"”'")
	if !end && !textIs(n, "reported", "reports", "said", "says", "cited", "quoted", "wrote", "writes", "published", "in") {
		return false
	}
	pr := p.w(i - 1)
	return pr.cap && !p.sentenceStart(i-1) || textIs(pr, "the", "tabloid", "business", "government", "national", "news", "local",
		"financial", "state-run", "official", "popular", "leading", "independent", "influential", "economic", "regional", "evening", "morning")
}

// ordinalSecond tells whether the word at k, after "a second", makes
// "second" the ordinal: a noun or adjective ("a second time", "a second
// major summit", "a second consecutive year"), not "or", "and", "of".
func (p *parser) ordinalSecond(k int) bool {
	n := p.w(k)
	if n.isAny("time", "consecutive", "straight") {
		return true
	}
	switch n.text {
	case "or", "and", "of", "to", "in", "on", "at", "for", "before", "after", "longer", "more", "too", "so", "then", "now",
		"it", "i", "you", "he", "she", "we", "they", "there", "this", "that", "until", "till", "just", "only":
		return false // "if you relax for a second it goes quick"
	}
	return p.nounAfter(k)
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
	if n.isAny("before", "after") && !e.vague && (e.unit == gDay || e.unit == gWeek) && e.amount == float64(int(e.amount)) &&
		!p.w(e.i).isW("the") && !p.w(e.i-1).isAny("for", "within", "over", "during", "throughout") {
		// (not "the first 10 days after the vote", "for two weeks
		// after the crash": stretches of time)
		if cls := p.eventRef(e.j + 1); cls != evNone {
			// "10 days before the murder": a day, that many from the
			// event's; a duration when the text does not date the event
			shift := int(e.amount)
			if n.isW("before") {
				shift = -shift
			}
			d := e
			d.typ = document.DATE
			d.pt = point{anchor: aEvent, event: cls, gran: gDay, unit: e.unit, shift: shift}
			return d, true
		}
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
	case n.isW("from") && p.w(e.j+1).isW("today") && !e.vague && !isClockUnit(unit):
		// "two weeks from today": that day
		d := dateExpr(e.i, e.j+2, point{anchor: aRef, gran: gDay, unit: unit, shift: shift})
		d.mod = e.mod
		return d, true
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
		if w.isAny("daily", "weekly") && p.newspaperNoun(i) {
			return expr{}, false // "the Kommersant daily reported", "he told the Sabah daily."
		}
		if w.isW("quarterly") && n.lex == nil && n.text != "" && !strings.ContainsAny(n.text[:1], ",.;:!?)\"”'—-") {
			return expr{}, false // "quarterly dividend": a kind of dividend
		}
		return expr{i: i, j: i + 1, typ: document.SET, setValue: setAdverbValue(w)}, true
	case w.isAny("every", "each"):
		if pr := p.w(i - 1); w.isW("every") && p.w(i+1).isW("day") && (pr.possessive() || pr.isAny("his", "her", "their", "our", "its", "my", "your")) {
			return expr{}, false // "people's every day lives": the adjective "everyday"
		}
		k := i + 1
		n := 1.0
		vague := false
		if p.w(k).isW("other") {
			n = 2
			k++
		} else if p.w(k).isAny("few", "several") && p.w(k+1).is(cUnit) && p.w(k+1).lex.plural {
			vague = true // "every few years": an unsaid number of them
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
			return expr{i: i, j: k + 1, typ: document.SET, setValue: durationValue(n, u.lex.unit, vague), quant: quant}, true
		case vague:
			return expr{}, false
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
	case w.isAny("several", "many") && p.w(i+1).isW("times") || w.isW("a") && p.w(i+1).isW("few") && p.w(i+2).isW("times"):
		// "several times a week", "a few times a year": a vague number
		// of times
		k := i + 2
		if w.isW("a") {
			k++
		}
		if p.w(k).isAny("a", "per", "every", "each") && p.w(k+1).is(cUnit) && !p.w(k+1).lex.plural && p.w(k+1).lex.unit != gWeekend {
			return expr{i: i, j: k + 2, typ: document.SET, setValue: durationValue(1, p.w(k+1).lex.unit, false)}, true
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
		if a := p.w(k); a.is(cSetAdv) && !a.cap && (a.isAny("yearly", "annually", "monthly", "weekly", "daily")) {
			// "twice yearly", "three times weekly"
			return expr{i: i, j: k + 1, typ: document.SET, setValue: setAdverbValue(a), freq: freq}, true
		}
	case w.isAny("a", "per"):
		u := p.w(i + 1)
		if !u.is(cUnit) || u.lex.plural || u.lex.unit == gWeekend {
			return expr{}, false
		}
		pr := p.w(i - 1)
		// a rate: "$5 a day", "2% a year", "10 hours a day", "700
		// seats a week"
		plural := pr.lex == nil && len(pr.text) > 3 && strings.HasSuffix(pr.text, "s") && !strings.HasSuffix(pr.text, "ss") && !pr.cap ||
			acronymPlural(pr.text) // "50,000 CDs a year"
		if w.isW("per") || pr.isNum || plural || pr.isAny("%", "percent", "cents", "dollars", "million", "billion", "thousand", "hundred", "trillion") || pr.is(cUnit) && pr.lex.plural {
			if p.w(i+2).isAny("ago", "or", "earlier", "later", "before", "after") {
				return expr{}, false
			}
			if u.lex.unit == gSecond && (p.ordinalSecond(i+2) || p.w(i+2).hyph) {
				return expr{}, false // "as the Union approaches a second major summit"
			}
			return expr{i: i, j: i + 2, typ: document.SET, setValue: durationValue(1, u.lex.unit, false)}, true
		}
	}
	return expr{}, false
}

// setAdverbValue is the period of an adverb of frequency: "weekly" P1W,
// "biweekly" P2W, "semiannually" P6M (twice a year, as "biannually").
func setAdverbValue(w *word) string {
	switch w.lex.word {
	case "biweekly":
		return "P2W"
	case "semiannually", "biannually":
		return "P6M"
	case "bimonthly":
		return "P2M"
	}
	return durationValue(1, w.lex.unit, false)
}

// acronymPlural reports whether s is the plural of an acronym: "CDs",
// "PCs".
func acronymPlural(s string) bool {
	if len(s) < 3 || s[len(s)-1] != 's' {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
