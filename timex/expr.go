package timex

// An anchor says how a point in time is fixed on the calendar.
type anchor int8

const (
	aAbs      anchor = iota // written out in full (the year is known)
	aRef                    // the reference time shifted: "yesterday", "last year", "two weeks ago"
	aLast                   // the last mentioned time shifted: "a day later", "the previous year"
	aYearless               // a month, day, season, quarter or holiday without a year: "June 12"
	aWeekday                // a weekday: "Friday", "last Thursday"
	aWeekend                // "the weekend", "this weekend"
	aFixed                  // a value that needs no reference: PRESENT_REF, "XXXX-WXX-1"
	aEvent                  // the date of an event the text has dated: "10 days before the murder"
)

// A point is a date or time of day as extracted, before resolution.
type point struct {
	anchor anchor
	gran   gran // granularity of the value
	// unit and shift move the anchor: "two weeks ago" is unit gWeek,
	// shift −2.
	unit  gran
	shift int
	// tnl is the this/next/last word in front of a weekday, month, season
	// or weekend: tnlNone, tnlThis, tnlNext, tnlLast.
	tnl int8
	// rel places a weekday before (−1) or after (+1) the day last
	// mentioned ("the previous Friday").
	rel int8

	year, month, day int
	quarter, half    int
	season, pod      string
	weekday          int
	decade, century  int
	millennium       int
	hour, minute     int
	clock            bool
	// zone is an explicit UTC offset ("-04:00"); zoneIn an IANA zone
	// for generic names ("ET").
	zone, zoneIn string
	// holiday names a holiday whose date depends on the year.
	holiday string
	// named marks a day the calendar names ("Easter", "Christmas",
	// "Good Friday"): like a weekday, it follows the clause's tense.
	named bool
	// code marks a quarter or half written as a code with its year in
	// two digits ("3Q20"): business shorthand for a recent period.
	code bool
	// maxGran, when set, is the finest granularity an anchor may have
	// ("the year-ago period" follows a quarter or a month, not a day).
	maxGran gran
	// setYear, when set, replaces the year of the anchor ("the 1988
	// quarter" is the quarter last mentioned, in 1988).
	setYear int
	// inWeek places a weekday in the week weekShift weeks from the
	// reference's: "Tuesday last week" is −1.
	inWeek    bool
	weekShift int
	// dayShift moves a day once placed: "the day before last Tuesday"
	// is −1.
	dayShift int
	// yearEnd puts the value on the last day of its year ("year-end").
	yearEnd bool
	// keepGran: a shift such as "a year earlier" keeps the granularity of
	// its anchor ("1988-Q3" after "the third quarter").
	keepGran bool
	// compare marks a period named as the one compared with ("the
	// year-ago quarter", "the 1988 period"): it is placed from the period
	// the text reports on, and is no such period itself.
	compare bool
	// xWeek writes a week of the reference with its number unnamed:
	// "the week's session" is 1989-WXX.
	xWeek bool
	// endedNext marks "the quarter" followed by "ended" and a date: the
	// three months that end on that date.
	endedNext bool
	// fixed is the value of an aFixed point.
	fixed string
	// yearShift applies to the year of an aYearless point after its
	// year is chosen ("May of last year" is shift −1 from the reference).
	yearFromRef bool
	yearShift   int
	// periodWord marks "the year-ago period", which takes the form of the
	// period compared: a stretch of months stays a duration.
	periodWord bool
	// cmpLast marks "last year" comparing a figure with its value a
	// year before: next to a quarter, it is that quarter a year back.
	cmpLast bool
	// latest marks "the latest period": the period last named, the one
	// reported, over by the time of the report.
	latest bool
	// reported marks "this quarter's loss": the quarter last named,
	// unless the clause looks ahead ("this quarter's sales will fall").
	reported bool
	// event is the class of event an aEvent point is placed from
	// (evKilling …); unit and shift move it, and gran says what it
	// needs: gDay a day ("10 days before the murder"), gMonth any
	// date, kept no finer than its month ("in the weeks before the
	// shooting").
	event int8
}

const (
	tnlNone int8 = iota
	tnlThis
	tnlNext
	tnlLast
)

// An expr is one extracted time expression: its words, its TimeML type and
// what is needed to resolve its value.
type expr struct {
	i, j       int // words [i, j)
	start, end int // bytes, set when the expression is found
	typ        string
	mod        string
	pt         point
	// durations
	amount float64
	vague  bool
	unit   gran
	// durAnchor: −1 for a duration that ends at the reference time ("the
	// past three months"), +1 for one that starts there ("the next two
	// weeks").
	durAnchor int
	// spanFrom and spanTo are the years of a span written "2020-21".
	spanFrom, spanTo int
	// sets
	quant, freq string
	setValue    string
	// tense of the clause: negative past, 0 unknown, positive future
	// (±2 when a verb right next to the expression says so).
	tense int
	// cue is the word that decided the tense, −1 when none did;
	// schedule marks a cue that is a present of schedule ("the fair
	// opens Friday"), which also speaks of habits.
	cue      int
	schedule bool
	// eventPast marks a past verb of an event that governs the
	// expression ("changed … in December"), no verb of saying.
	eventPast bool
	// possessive marks an expression followed by "'s" ("Wednesday's
	// ruling"), which names something that has happened.
	possessive bool
	// sentence index, for anchoring clock times to a day named nearby.
	sent int
	// period marks a stretch of months a report covers ("the first nine
	// months"): "a year earlier" in the same sentence compares with it.
	period bool
	// ended marks an expression followed by "ended" ("the fourth quarter
	// ended Aug. 26"): whatever its name, the period is over.
	ended bool
	// termEnd marks the end of a term a verb sets ("extended the loans
	// through January"): the verb's past says when the term was set,
	// not on which side of the publication it ends.
	termEnd bool
	// thatTime marks "during that time", "throughout that time": the
	// duration last named.
	thatTime bool
	// rangeEnd marks a weekday that ends a range of weekdays ("Monday
	// through Friday", "from Friday to Sunday"): it falls on or after
	// the first.
	rangeEnd bool
	// dates is the class of event whose date the expression gives
	// ("the Oct. 23 slaying", "was shot to death on Oct. 23"), 0 for
	// none.
	dates int8
}
