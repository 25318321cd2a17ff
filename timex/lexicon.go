package timex

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A gran is the granularity of a calendar value or the unit of a
// duration, from coarse to fine.
type gran int8

const (
	gNone gran = iota
	gMillennium
	gCentury
	gDecade
	gYear
	gHalf
	gSeason
	gQuarter
	gMonth
	gWeek
	gWeekend
	gDay
	gPartOfDay
	gHour
	gMinute
	gSecond
)

// A class is a set of word classes a token belongs to.
type class uint32

const (
	cMonth      class = 1 << iota // January, Jan., Sept
	cWeekday                      // Monday, Mon.
	cWeekdays                     // Mondays (a set)
	cNumber                       // one … ninety, dozen, a, an
	cOrdinal                      // first … thirty-first
	cUnit                         // day, weeks, year …
	cPOD                          // morning, night …
	cSeason                       // spring, summer …
	cTNL                          // this, next, last, past, coming …
	cRef                          // now, today, yesterday, recently …
	cVague                        // several, few, many, some, couple
	cMod                          // about, nearly, early, late …
	cSetAdv                       // daily, weekly, annually …
	cHoliday                      // Christmas, Thanksgiving …
	cZone                         // EDT, GMT …
	cAMPM                         // a.m., p.m.
	cClockWord                    // noon, midnight
	cDecadeWord                   // nineties, eighties
	cPast                         // said, was, met … (an irregular or common past form)
	cPresent                      // is, are, says …
	cFiscal                       // fiscal, FY
	cFunc                         // the, a, of, and, or … (grammar words)
	cStart                        // a word an expression may start with before its trigger
	cTrigger                      // other words an expression turns on ("period")
	cGame                         // scoreboard, halftime, scored … (a match, alone)
	cGameWeak                     // game, goal, points … (a match, with another)
)

// gameWords tell a text about a match, whose halves and quarters are parts
// of the game, not of the year; gameWeakWords do so only two together
// (business news uses them too).
var (
	gameWords = []string{"scoreboard", "scoreless", "halftime", "half-time", "goalkeeper", "striker",
		"referee", "touchdown", "touchdowns", "inning", "innings", "equaliser", "equalizer", "kickoff", "scored",
		"football", "soccer", "basketball", "baseball", "hockey", "rugby", "stadium", "tournament", "playoff",
		"playoffs", "quarterback"}
	gameWeakWords = []string{"goal", "goals", "score", "match", "game", "penalty", "minute", "whistle",
		"overtime", "rebounds", "points", "scoring"}
)

// startWords may open an expression whose trigger comes later ("the past
// three months", "about 4½ hours", "no more than a year").
var startWords = []string{"the", "a", "an", "about", "around", "roughly", "approximately", "nearly",
	"almost", "some", "circa", "close", "more", "less", "fewer", "at", "no", "up", "just", "well", "early",
	"late", "mid", "earlier", "later", "each", "every", "once", "twice", "per", "this", "next", "last",
	"past", "coming", "previous", "following", "these", "that", "current", "recent", "year", "one",
	"half", "several", "few", "many", "couple", "numerous", "over", "under", "then", "as"}

// A lexeme is what the lexicon knows about one lower-case word.
type lexeme struct {
	word    string
	cls     class
	month   int     // 1–12
	weekday int     // 1 (Monday) – 7 (Sunday)
	num     float64 // numeric value of a number word
	ord     int     // value of an ordinal
	unit    gran    // unit of a unit word
	plural  bool    // a plural unit ("days") or weekday ("Mondays")
	pod     string  // part of day: MO, AF, EV, NI, DT, MI (midday)
	season  string  // SP, SU, FA, WI
	tnl     int     // this 0, next +1, last −1; 2 for "past", 3 for "coming"
	ref     string  // PRESENT_REF, PAST_REF, FUTURE_REF, or a relative day (see refDay)
	shift   int     // day shift of today/yesterday/tomorrow
	mod     string  // TimeML mod of a modifier word
	decade  int     // 199 for "nineties"
	zone    string  // UTC offset of a zone name, "-04:00"
	zoneIn  string  // IANA zone for generic names ("ET")
	long    bool    // "daylong", "monthslong": a duration in one word
}

var months = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
	"dozen": 12, "a": 1, "an": 1, "half": 0.5,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
	"twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
	"twenty-eighth": 28, "twenty-ninth": 29, "thirty-first": 31,
}

var unitWords = map[string]gran{
	"second": gSecond, "minute": gMinute, "hour": gHour, "day": gDay, "week": gWeek, "fortnight": gWeek,
	"month": gMonth, "quarter": gQuarter, "year": gYear, "decade": gDecade, "century": gCentury,
	"millennium": gMillennium, "weekend": gWeekend, "sec": gSecond, "min": gMinute, "hr": gHour,
	"yr": gYear, "mo": gMonth, "wk": gWeek,
}

var unitPlurals = map[string]string{
	"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
	"fortnights": "fortnight", "months": "month", "quarters": "quarter", "years": "year",
	"decades": "decade", "centuries": "century", "millennia": "millennium", "millenniums": "millennium",
	"weekends": "weekend", "secs": "sec", "mins": "min", "hrs": "hr", "yrs": "yr",
}

var podWords = map[string]string{
	"morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF", "evening": "EV",
	"evenings": "EV", "night": "NI", "nights": "NI", "overnight": "NI", "daytime": "DT",
	"midday": "MI", "dawn": "MO", "daybreak": "MO", "dusk": "EV", "nightfall": "EV", "mid-morning": "MO",
	"mid-afternoon": "AF", "late-night": "NI",
}

var seasonWords = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
	"springtime": "SP", "summertime": "SU", "wintertime": "WI",
}

var refWords = map[string]*lexeme{
	"now":        {ref: "PRESENT_REF"},
	"currently":  {ref: "PRESENT_REF"},
	"nowadays":   {ref: "PRESENT_REF"},
	"recently":   {ref: "PAST_REF"},
	"lately":     {ref: "PAST_REF"},
	"recent":     {ref: "PAST_REF"},
	"soon":       {ref: "FUTURE_REF"},
	"today":      {ref: "DAY", shift: 0},
	"tonight":    {ref: "DAY", shift: 0},
	"yesterday":  {ref: "DAY", shift: -1},
	"tomorrow":   {ref: "DAY", shift: 1},
	"current":    {ref: "PRESENT_REF"},
	"future":     {ref: "FUTURE_REF"},
	"past":       {ref: "PAST_REF"},
	"present":    {ref: "PRESENT_REF"},
	"formerly":   {ref: "PAST_REF"},
	"previously": {ref: "PAST_REF"},
}

// modWords are the words that modify a time expression and the TimeML mod
// they give.
var modWords = map[string]string{
	"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
	"some": "APPROX", "nearly": "APPROX", "almost": "APPROX", "circa": "APPROX", "c.": "APPROX",
	"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
	"over": "MORE_THAN", "under": "LESS_THAN", "least": "EQUAL_OR_MORE", "most": "EQUAL_OR_LESS",
	"than": "", "more": "MORE_THAN", "less": "LESS_THAN", "fewer": "LESS_THAN", "just": "",
	"up": "EQUAL_OR_LESS", "upwards": "EQUAL_OR_MORE", "well": "", "barely": "", "only": "",
}

var setAdverbs = map[string]gran{
	"hourly": gHour, "daily": gDay, "nightly": gDay, "weekly": gWeek, "biweekly": gWeek,
	"monthly": gMonth, "quarterly": gQuarter, "annually": gYear, "yearly": gYear,
	"biannually": gYear, "semiannually": gYear, "bimonthly": gMonth,
}

// zoneOffsets are the time zone names news text uses, with their UTC
// offsets; the generic US names resolve through zoneNames by date.
var zoneOffsets = map[string]string{
	"utc": "+00:00", "gmt": "+00:00", "z": "+00:00",
	"est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
	"mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
	"akst": "-09:00", "akdt": "-08:00", "hst": "-10:00",
	"bst": "+01:00", "cet": "+01:00", "cest": "+02:00", "eet": "+02:00", "eest": "+03:00",
	"msk": "+03:00", "ist": "+05:30", "jst": "+09:00", "kst": "+09:00", "hkt": "+08:00",
	"sgt": "+08:00", "aest": "+10:00", "aedt": "+11:00", "nzst": "+12:00", "nzdt": "+13:00",
	"wib": "+07:00", "pht": "+08:00",
}

var zoneNames = map[string]string{
	"et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver", "pt": "America/Los_Angeles",
	"eastern": "America/New_York", "pacific": "America/Los_Angeles", "central": "America/Chicago",
	"mountain": "America/Denver",
}

// tenseWords are the words the tense heuristic tests for by name;
// pastWords are common irregular past forms.
var tenseWords = []string{"will", "'ll", "’ll", "shall", "wo", "gonna", "upcoming", "scheduled", "slated",
	"planned", "plans", "plan", "planning", "expected", "expects", "expect", "due", "intends", "intend", "aims",
	"hopes", "hope", "hoped", "hoping", "set", "tomorrow", "next", "coming", "until", "till", "later", "going"}

var pastWords = []string{"was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made",
	"gave", "got", "left", "held", "began", "became", "won", "lost", "saw", "found", "spoke", "wrote",
	"sent", "brought", "bought", "sold", "paid", "rose", "fell", "grew", "ran", "led", "struck", "broke",
	"thought", "felt", "kept", "knew", "shot", "fought", "fled", "hit", "quit", "put", "cut",
	"previously", "hosted", "been", "stood",
	"sat", "wore", "drew", "drove", "flew", "threw", "chose", "woke", "forgot", "became", "overcame",
	"withdrew", "meant", "heard", "built", "sought", "taught", "caught", "dealt", "slid", "sank", "swore",
	"lit", "spent", "swept", "slept", "wept", "sped", "shook", "forgave", "rode", "sprang", "swung", "clung",
	"spun", "hid", "froze", "tore", "bore", "ate", "laid", "stuck", "dug", "knelt", "drank", "shrank", "swam",
	"understood", "withstood", "upheld", "withheld", "oversaw", "undertook", "overtook", "mistook", "blew",
	"arose", "awoke", "underwent", "overran", "foresaw", "begun"}

var presentWords = []string{"is", "are", "am", "says", "say", "has", "have", "does", "do", "'s", "’s", "'re", "’re"}

var holidayWords = []string{"christmas", "thanksgiving", "easter", "halloween", "hanukkah", "ramadan",
	"new", "valentine", "independence", "memorial", "labor", "veterans", "columbus", "boxing", "eve",
	"election", "juneteenth", "presidents", "mother", "father", "diwali", "deepavali", "divali", "eid",
	"holi", "hanukah", "chanukah", "chanukkah", "passover", "pesach", "rosh", "yom", "sukkot", "succot", "shavuot",
	"purim"}

// funcWords are the grammar words the patterns test for.
var funcWords = []string{"the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "this",
	"that", "these", "those", "next", "last", "past", "coming", "previous", "following", "same", "ago",
	"earlier", "later", "before", "after", "hence", "each", "every", "per", "times", "once", "twice",
	"year-ago", "year-earlier", "ended", "ending", "ends", "end", "beginning", "start", "middle", "rest",
	"close", "turn", "dawn", "o'clock", "o’clock", "noon", "midnight", "fiscal", "fy", "year", "period",
	"day", "week", "month", "quarter", "half", "since", "until", "through", "than", "more", "less",
	"least", "no", "up", "not", "within", "during", "throughout", "all", "whole", "entire", "few", "several",
	"many", "couple", "recent", "latest", "prior", "previous", "final", "other", "another", "further",
	"additional", "old", "-old", "long", "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "de", "anno", "bc",
	"ad", "b.c.", "a.d.", "bce", "ce", "current", "mid", "later", "then", "present", "future", "decades",
	"centuries", "so", "too", "far", "first", "second", "$", "€", "£", "¥", "no.", "#", "number", "page",
	"pages", "flight", "route", "room", "highway", "interstate", "boeing", "airbus", "model", "version",
	"section", "article", "resolution", "chapter", "paragraph", "rule", "bill", "hr", "h.r.", "s.", "act", "case", "docket", "decree",
	"people", "per", "percent", "%", "points", "point", "shares", "share", "feet", "foot", "miles",
	"meters", "metres", "kilometers", "km", "acres", "tons", "tonnes", "pounds", "dollars", "euros",
	"yen", "barrels", "votes", "troops", "soldiers", "workers", "jobs", "cars", "units", "members",
	"students", "cases", "deaths", "times", "percentage", "cents", "pence", "pesos", "rupees", "yuan",
	"francs", "rubles", "roubles"}

// otherWords are further words some pattern tests for; they belong to no
// class.
var otherWords = []string{"-", "account", "accounts", "affairs", "age", "as", "between", "billion", "break",
	"but", "camp", "carrying", "cents", "daylight", "decreased", "dr.", "dropped", "events", "games",
	"increased", "initial", "into", "jumped", "lasted", "lasting", "longer", "mail", "million", "minister",
	"miss", "mr.", "mrs.", "ms.", "near", "short", "while", "news", "newspaper", "olympics", "preceding", "prime", "school",
	"season", "session", "shorter", "solstice", "sooner", "spend", "spent", "standard", "star", "storm",
	"storms", "take", "takes", "telegraph", "theresa", "time", "trillion", "which", "would", "its", "their", "his", "her", "our",
	"additional", "extra", "straight", "consecutive", "comparable", "corresponding", "high", "election",
	"calendar", "fiscal-first", "could", "might", "can", "full", "remainder", "course", "already", "newly", "with", "when",
	"payable", "effective", "be", "being", "n't", "also", "still", "probably", "want", "wants", "wanted", "starting", "planned", "beyond", "eighteen", "seventeen", "intended", "ahead",
	"possible", "practicable", "feasible", "how", "very", "quite", "afterwards", "afterward", "thereafter", "enough", "should",
	"reported", "announced", "noted", "added", "believed", "learned", "claimed", "argued", "insisted", "warned", "feared", "such", "lasts", "wait", "stay",
	"run", "lead", "advance", "await", "awaits", "awaiting", "awaited", "who", "whose", "come", "again", "my", "your",
	"forecast", "projected", "predicted", "likely", "unlikely", "poised"}

// vagueWords give a vague quantity (X in a duration).
var vagueWords = []string{"several", "few", "many", "some", "couple", "numerous", "various", "recent",
	"coming", "next", "past", "last"}

// lexicon returns the word table, built on first use.
var lexicon = sync.OnceValue(func() map[string]*lexeme {
	m := map[string]*lexeme{}
	get := func(w string) *lexeme {
		l := m[w]
		if l == nil {
			l = &lexeme{word: w}
			m[w] = l
		}
		return l
	}
	for i, mo := range months {
		for _, f := range []string{mo, mo[:3], mo[:3] + "."} {
			l := get(f)
			l.cls |= cMonth
			l.month = i + 1
		}
	}
	for _, f := range []string{"sept", "sept.", "jun.", "jul."} {
		l := get(f)
		l.cls |= cMonth
		l.month = monthOf(f)
	}
	for i, wd := range weekdays {
		forms := []string{wd, wd[:3], wd[:3] + "."}
		switch wd {
		case "tuesday":
			forms = append(forms, "tues", "tues.", "tue.")
		case "wednesday":
			forms = append(forms, "weds", "weds.")
		case "thursday":
			forms = append(forms, "thur", "thur.", "thurs", "thurs.")
		}
		for _, f := range forms {
			l := get(f)
			l.cls |= cWeekday
			l.weekday = i + 1
		}
		l := get(wd + "s")
		l.cls |= cWeekdays
		l.weekday = i + 1
		l.plural = true
	}
	for w, v := range numberWords {
		l := get(w)
		l.cls |= cNumber
		l.num = v
	}
	for w, v := range ordinalWords {
		l := get(w)
		l.cls |= cOrdinal
		l.ord = v
	}
	for w, u := range unitWords {
		l := get(w)
		l.cls |= cUnit
		l.unit = u
	}
	for p, s := range unitPlurals {
		l := get(p)
		l.cls |= cUnit
		l.unit = unitWords[s]
		l.plural = true
	}
	for w, p := range podWords {
		l := get(w)
		l.cls |= cPOD
		l.pod = p
		l.plural = strings.HasSuffix(w, "s")
	}
	for w, s := range seasonWords {
		l := get(w)
		l.cls |= cSeason
		l.season = s
	}
	for w, tnl := range map[string]int{"this": 0, "next": 1, "last": -1, "past": 2, "coming": 3,
		"previous": -1, "following": 1, "upcoming": 3, "these": 0} {
		l := get(w)
		l.cls |= cTNL
		l.tnl = tnl
	}
	for w, r := range refWords {
		l := get(w)
		l.cls |= cRef
		l.ref = r.ref
		l.shift = r.shift
	}
	for w, md := range modWords {
		l := get(w)
		l.cls |= cMod
		l.mod = md
	}
	for w, u := range setAdverbs {
		l := get(w)
		l.cls |= cSetAdv
		l.unit = u
	}
	for w, z := range zoneOffsets {
		l := get(w)
		l.cls |= cZone
		l.zone = z
	}
	for w, z := range zoneNames {
		l := get(w)
		l.cls |= cZone
		l.zoneIn = z
	}
	for _, w := range []string{"a.m.", "p.m.", "am", "pm", "a.m", "p.m"} {
		get(w).cls |= cAMPM
	}
	for _, w := range []string{"noon", "midnight", "midday"} {
		get(w).cls |= cClockWord
	}
	for w, d := range map[string]int{"twenties": 192, "thirties": 193, "forties": 194, "fifties": 195,
		"sixties": 196, "seventies": 197, "eighties": 198, "nineties": 199} {
		l := get(w)
		l.cls |= cDecadeWord
		l.decade = d
	}
	for _, w := range tenseWords {
		get(w)
	}
	for _, w := range pastWords {
		get(w).cls |= cPast
	}
	for _, w := range presentWords {
		get(w).cls |= cPresent
	}
	for _, w := range []string{"fiscal", "fy"} {
		get(w).cls |= cFiscal
	}
	for _, w := range holidayWords {
		get(w).cls |= cHoliday
	}
	for _, w := range vagueWords {
		get(w).cls |= cVague
	}
	for _, w := range funcWords {
		get(w).cls |= cFunc
	}
	for _, w := range otherWords {
		get(w)
	}
	for _, w := range startWords {
		get(w).cls |= cStart
	}
	for _, w := range gameWords {
		get(w).cls |= cGame
	}
	for _, w := range gameWeakWords {
		get(w).cls |= cGameWeak
	}
	for _, w := range []string{"period", "nineteen", "eighteen", "thousand", "century", "term", "date"} {
		get(w).cls |= cTrigger
	}
	// "daylong", "monthslong": a duration as an adjective in one word
	// (AP style), the unit in front of "long"
	for _, u := range []string{"hour", "day", "week", "month", "year", "decade", "century"} {
		for _, w := range []string{u + "long", u + "slong"} {
			if u == "century" && w == "centuryslong" {
				w = "centurieslong"
			}
			l := get(w)
			l.cls |= cTrigger
			l.unit, l.plural, l.long = unitWords[u], strings.HasSuffix(w, "slong"), true
		}
	}
	for _, l := range m {
		if l.cls&(cNumber|cTNL|cMod|cOrdinal|cVague|cSetAdv|cPOD) != 0 {
			l.cls |= cStart
		}
	}
	return m
})

// A lexTable finds the lexeme of a word, lower-cased. A word of up to 16
// bytes, which most are, is packed into two machine words while it is
// lower-cased: its hash is a few multiplications and comparing it with a
// word of the table two comparisons. The table is compact, to stay in the
// processor's cache: open addressing over slots of four bytes, each with
// the top of a word's hash and its index.
type lexTable struct {
	slots  []lexSlot
	mask   uint32
	maxLen int
	keys   []lexKey  // the packed form of word k
	words  []string  // word k, compared when longer than 16 bytes
	lexes  []*lexeme // the lexeme of word k
}

// A lexSlot holds the top 16 bits of a word's hash and, below them, 1 +
// its index; 0 marks an empty slot.
type lexSlot uint32

// A lexKey is a lower-case word packed into two machine words, its first
// eight bytes and the eight after them, each shifted in from the right,
// and its length.
type lexKey struct {
	a, b uint64
	n    int
}

// packKey packs the lower-case word w.
func packKey(w []byte) lexKey {
	k := lexKey{n: len(w)}
	for i, c := range w[:min(len(w), 16)] {
		if i < 8 {
			k.a = k.a<<8 | uint64(c)
		} else {
			k.b = k.b<<8 | uint64(c)
		}
	}
	return k
}

// hash mixes a packed word into 32 bits.
func (k lexKey) hash() uint32 {
	x := k.a ^ (k.b+uint64(k.n))*0x9e3779b97f4a7c15
	x ^= x >> 32
	x *= 0xd6e8feb86659fd93
	x ^= x >> 32
	return uint32(x)
}

// table returns the lexicon as a lexTable, built on first use.
var table = sync.OnceValue(func() *lexTable {
	m := lexicon()
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.Sort(words) // the same layout every run
	if len(words) >= 1<<16 {
		panic("timex: lexicon too large for its table")
	}
	n := 1
	for n < 4*len(m) {
		n <<= 1
	}
	t := &lexTable{slots: make([]lexSlot, n), mask: uint32(n - 1), words: words}
	for k, w := range words {
		key := packKey([]byte(w))
		t.keys = append(t.keys, key)
		t.lexes = append(t.lexes, m[w])
		h := key.hash()
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i] == 0 {
				t.slots[i] = lexSlot(h&0xffff0000 | uint32(k+1))
				break
			}
		}
		t.maxLen = max(t.maxLen, len(w))
	}
	return t
})

// lookup returns the lexeme of the token s, lower-cased with curly
// apostrophes folded to straight ones, or nil, and whether s may have a
// hyphen (false only when it surely has none). buf is a scratch buffer
// for tokens that are not plain ASCII; lookup returns it, grown.
func (t *lexTable) lookup(s string, buf []byte) (*lexeme, bool, []byte) {
	if len(s) > t.maxLen {
		return nil, true, buf
	}
	if len(s) <= 16 {
		// ASCII, the common case: pack the bytes, see whether one was
		// not ASCII after all, and lower-case and look for a hyphen
		// eight bytes at a time.
		var a, b uint64
		var all byte
		i := 0
		for ; i < len(s) && i < 8; i++ {
			all |= s[i]
			a = a<<8 | uint64(s[i])
		}
		for ; i < len(s); i++ {
			all |= s[i]
			b = b<<8 | uint64(s[i])
		}
		if all < utf8.RuneSelf {
			hyphen := hasByte(a, '-') || hasByte(b, '-')
			key := lexKey{lowerASCII(a), lowerASCII(b), len(s)}
			h := key.hash()
			for i := h & t.mask; ; i = (i + 1) & t.mask {
				s := uint32(t.slots[i])
				if s == 0 {
					return nil, hyphen, buf
				}
				if s&0xffff0000 == h&0xffff0000 {
					if k := s&0xffff - 1; t.keys[k] == key {
						return t.lexes[k], hyphen, buf
					}
				}
			}
		}
	}
	buf = lowerFold(buf[:0], s)
	return t.find(packKey(buf), buf), true, buf
}

// lowerASCII lower-cases the eight ASCII bytes of x.
func lowerASCII(x uint64) uint64 {
	const ones = 0x0101010101010101
	ge := x + (0x80-'A')*ones   // high bit set in bytes >= 'A'
	gt := x + (0x80-'Z'-1)*ones // high bit set in bytes > 'Z'
	return x | (ge^gt)&(0x80*ones)>>2
}

// hasByte reports whether one of the eight ASCII bytes of x is c (a zero
// byte is none).
func hasByte(x uint64, c byte) bool {
	const ones = 0x0101010101010101
	v := x ^ uint64(c)*ones
	return (v-ones)&^v&(0x80*ones) != 0
}

// find returns the lexeme of the packed word key, whose bytes are low
// when it is longer than 16 bytes, or nil.
func (t *lexTable) find(key lexKey, low []byte) *lexeme {
	h := key.hash()
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := uint32(t.slots[i])
		if s == 0 {
			return nil
		}
		if s&0xffff0000 != h&0xffff0000 {
			continue
		}
		k := s&0xffff - 1
		if t.keys[k] == key && (key.n <= 16 || t.words[k] == string(low)) {
			return t.lexes[k]
		}
	}
}

// lowerFold appends the lower-case form of s to dst, folding curly
// apostrophes to straight ones.
func lowerFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if r == '’' {
					r = '\''
				}
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		dst = append(dst, c|lowerBit[c])
	}
	return dst
}

// lowerBit holds, for each byte, what OR-ing into it lower-cases it if it
// is an ASCII capital.
var lowerBit = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 'a' - 'A'
	}
	return t
}()

// monthOf returns the month number of a month name or abbreviation, or 0.
func monthOf(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	for i, m := range months {
		if strings.HasPrefix(m, s[:3]) && strings.HasPrefix(m, s) {
			return i + 1
		}
		if s == "sept" && i == 8 {
			return 9
		}
	}
	return 0
}
