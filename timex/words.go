package timex

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

// A word is a token as the grammar sees it.
type word struct {
	start, end int // byte offsets into the document text
	text       string
	lex        *lexeme
	// num is the numeric value when the token is a number written in
	// digits ("72", "4½", "1,000", "3.5", "1/2"); isNum reports it.
	num   float64
	isNum bool
	// digits is the number of digits of a plain integer ("1953" → 4),
	// 0 otherwise; zeroLead reports a leading zero ("05").
	digits   int
	zeroLead bool
	// ordDay is the value of a numeric ordinal ("12th" → 12).
	ordDay int
	cap    bool // starts with an upper-case letter
	// trigger marks a token that can start or anchor a time expression.
	trigger bool
	// hyph marks the second or later part of a hyphenated compound
	// ("quarter" in "third-quarter").
	hyph bool
	// Special forms read from the token as a whole.
	iso       *numDate // 2018-05-31, 2018-05-31T05:55:00Z
	slash     *numDate // 6/12/18, 2018/05/31, 12.06.2018
	hm        *hourMin // 5:55, 10:35a.m, 8pm, 0735
	apo       int      // '98 → 98, '90s → 90
	apoDecade bool     // '90s
	fy        int      // FY2019 → 2019; FY19 → −1−19
	decade    int      // 1990s → 199, 1800s → 180
	quarter   int      // Q3, 3Q → 3
	half      int      // H1, 1H → 1 (only with a year: "H1 2019", "1H19")
	pyear     int      // the year written onto a quarter or half: 3Q20 → −1−20, Q3-2020 → 2020
	spanFrom  int      // a span of years written with the second in two digits: 2020-21 → 2020 …
	spanTo    int      // … and 2021
}

// A numDate is a date written with digits.
type numDate struct {
	year, month, day int // year < 100: two digits
	clock            bool
	hour, minute     int
	zone             string
}

// An hourMin is a clock time written with digits.
type hourMin struct {
	hour, minute int
	ampm         byte // 'a', 'p' or 0
	colon        bool
}

func (w *word) is(c class) bool { return w.lex != nil && w.lex.cls&c != 0 }

// isW reports whether the word is s (lower case).
func (w *word) isW(s string) bool { return w.lex != nil && w.lex.word == s }

// possessive reports whether the word is a possessive ending, "'s" or
// "’s".
func (w *word) possessive() bool { return w.text == "'s" || w.text == "’s" }

// isAny reports whether the word is one of ss.
func (w *word) isAny(ss ...string) bool {
	if w.lex == nil {
		return false
	}
	for _, s := range ss {
		if w.lex.word == s {
			return true
		}
	}
	return false
}

const triggers = cMonth | cWeekday | cWeekdays | cUnit | cPOD | cSeason | cRef | cSetAdv | cHoliday |
	cClockWord | cDecadeWord | cFiscal | cOrdinal | cTrigger

// makeWords turns the tokens of one stretch of text into words, splitting
// hyphenated compounds into their parts ("third-quarter", "mid-1990s",
// "two-year-old"). buf is a scratch buffer for lower-casing; it returns
// the words, whether any of them is a trigger and how many tell a match
// (cGame).
func makeWords(text string, toks []document.Span, dst []word, buf []byte) ([]word, bool, int, []byte) {
	lex := table()
	any := false
	games := 0
	for _, t := range toks {
		s := text[t.Start:t.End]
		var l *lexeme
		var hyphen bool
		l, hyphen, buf = lex.lookup(s, buf)
		if !hyphen {
			// no compound to split
		} else if h := hyphenAt(s); h > 0 && h < len(s)-1 && splitCompound(s) {
			first := true
			for off := 0; off < len(s); {
				e := strings.IndexByte(s[off:], '-')
				if e < 0 {
					e = len(s)
				} else {
					e += off
				}
				dst = append(dst, word{})
				w := &dst[len(dst)-1]
				buf = makeWord(w, lex, text, t.Start+off, t.Start+e, buf)
				w.hyph = !first
				first = false
				any = any || w.trigger
				if w.lex != nil && w.lex.cls&cGame != 0 {
					games++
				}
				off = e + 1
			}
			continue
		}
		dst = append(dst, word{})
		w := &dst[len(dst)-1]
		fillWord(w, l, text, t.Start, t.End)
		any = any || w.trigger
		if w.lex != nil && w.lex.cls&cGame != 0 {
			games++
		}
	}
	return dst, any, games, buf
}

// hyphenAt returns the offset of the first hyphen of a token of at most 40
// bytes (a longer one is never split), or -1.
func hyphenAt(s string) int {
	if len(s) > 40 {
		return -1
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			return i
		}
	}
	return -1
}

// splitCompound reports whether a hyphenated token is split into words:
// when a part has a letter ("third-quarter", "mid-1990s") or when it joins
// two years ("1989-1990"), but not digits alone ("555-1234") nor an ISO
// date.
func splitCompound(s string) bool {
	if strings.Contains(s, "--") {
		return false
	}
	if parseISO(s) != nil {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	a, b, _ := strings.Cut(s, "-")
	return len(a) == 4 && len(b) == 4 && !strings.Contains(b, "-") && a[0] != '0' && b[0] != '0'
}

// makeWord fills w, a zero word, with the token text[start:end], looked
// up in t; buf is a scratch buffer for lower-casing.
func makeWord(w *word, t *lexTable, text string, start, end int, buf []byte) []byte {
	var l *lexeme
	l, _, buf = t.lookup(text[start:end], buf)
	fillWord(w, l, text, start, end)
	return buf
}

// fillWord fills w, a zero word, with the token text[start:end] and its
// lexeme l.
func fillWord(w *word, l *lexeme, text string, start, end int) {
	s := text[start:end]
	w.start, w.end, w.text, w.lex = start, end, s, l
	var c rune
	switch {
	case s == "":
		c = utf8.RuneError
	case s[0] < utf8.RuneSelf:
		c = rune(s[0])
		w.cap = 'A' <= c && c <= 'Z'
	default:
		c, _ = utf8.DecodeRuneInString(s)
		w.cap = unicode.IsUpper(c)
	}
	if c == 'Q' || c == 'q' || c == 'H' || c >= '1' && c <= '4' {
		if q, h, y, ok := periodCode(s); ok {
			w.quarter, w.half, w.pyear = q, h, y
			w.trigger = true
			return
		}
	}
	if len(s) == 7 {
		if a, b, ok := yearSpan(s); ok {
			w.spanFrom, w.spanTo = a, b
			w.trigger = true
			return
		}
	}
	switch {
	case c >= '0' && c <= '9' || c == '\'' || c == '’':
		parseNumber(w)
		_, bare := bareDecade(w)
		w.trigger = w.isNum || w.digits > 0 || w.ordDay > 0 || w.iso != nil || w.slash != nil || w.hm != nil || w.apo > 0 || w.decade > 0 || bare
	case (c == 'F' || c == 'f') && len(s) >= 4 && (s[1] == 'Y' || s[1] == 'y'):
		if y, ok := fiscalYear(s[2:]); ok {
			w.fy = y
			w.trigger = true
		}
	default:
		w.trigger = w.lex != nil && w.lex.cls&triggers != 0
	}
}

// yearSpan reads a span of years written as a year and the last two
// digits of a later one, at most nine years on: "2020-21" (a season, a
// school or fiscal year), "1999-2000" is two words, "1999-00" one span.
func yearSpan(s string) (from, to int, ok bool) {
	if len(s) != 7 || s[4] != '-' {
		return 0, 0, false
	}
	for k := 0; k < 7; k++ {
		if k != 4 && (s[k] < '0' || s[k] > '9') {
			return 0, 0, false
		}
	}
	from, _ = strconv.Atoi(s[:4])
	b, _ := strconv.Atoi(s[5:])
	if from < 1900 || from > 2099 {
		return 0, 0, false
	}
	to = from/100*100 + b
	if to <= from {
		to += 100
	}
	if to-from > 9 {
		return 0, 0, false
	}
	return from, to, true
}

// periodCode reads the short forms of quarters and halves that business
// news writes: "Q3", "q3", "3Q", "H1", "1H", each with or without a year
// written onto it ("3Q20", "2Q2020", "H1'19", "1H19"). It returns the
// quarter or the half and the year (two digits as −1−YY, 0 for none).
func periodCode(s string) (q, h, y int, ok bool) {
	if len(s) < 2 {
		return 0, 0, 0, false
	}
	var n byte
	var letter byte
	switch {
	case (s[0] == 'Q' || s[0] == 'q' || s[0] == 'H') && s[1] >= '1' && s[1] <= '4':
		letter, n = s[0]|0x20, s[1]
	case s[0] >= '1' && s[0] <= '4' && (s[1] == 'Q' || s[1] == 'H'):
		letter, n = s[1]|0x20, s[0]
	default:
		return 0, 0, 0, false
	}
	if letter == 'h' && n > '2' {
		return 0, 0, 0, false
	}
	rest := s[2:]
	if rest != "" {
		rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "'"), "’"), "-")
		v, ok := fiscalYear(rest)
		if !ok {
			return 0, 0, 0, false
		}
		y = v
	}
	if letter == 'h' {
		return 0, int(n - '0'), y, true
	}
	return int(n - '0'), 0, y, true
}

func fiscalYear(s string) (int, bool) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "'"), "’")
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	v, _ := strconv.Atoi(s)
	switch len(s) {
	case 2:
		return -1 - v, true
	case 4:
		if v >= 1900 && v <= 2100 {
			return v, true
		}
	}
	return 0, false
}

// parseNumber fills the numeric fields of a token starting with a digit or
// an apostrophe.
func parseNumber(w *word) {
	s := w.text
	if s[0] == '\'' || strings.HasPrefix(s, "’") {
		d := strings.TrimPrefix(strings.TrimPrefix(s, "'"), "’")
		dec := strings.HasSuffix(d, "s")
		d = strings.TrimSuffix(d, "s")
		if len(d) == 2 && d[0] >= '0' && d[0] <= '9' && d[1] >= '0' && d[1] <= '9' && (!dec || d[1] == '0') {
			w.apo, w.apoDecade = int(d[0]-'0')*10+int(d[1]-'0'), dec
			if w.apo == 0 {
				w.apo = 100 // '00: kept apart from "no year"
			}
		}
		return
	}
	if n := len(s); n > 2 && (strings.HasSuffix(s, "st") || strings.HasSuffix(s, "nd") || strings.HasSuffix(s, "rd") || strings.HasSuffix(s, "th")) {
		if v, err := strconv.Atoi(s[:n-2]); err == nil && v > 0 && v < 1000 && s[0] != '0' {
			w.ordDay = v
		}
		return
	}
	if len(s) == 5 && s[4] == 's' {
		if v, err := strconv.Atoi(s[:4]); err == nil && v >= 1000 && v <= 2990 && v%10 == 0 {
			w.decade = v / 10
		}
		return
	}
	allDigits := true
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			allDigits = false
			break
		}
	}
	if allDigits {
		if len(s) > 9 {
			return // a long run of digits is no quantity of time
		}
		v, _ := strconv.Atoi(s)
		w.num, w.isNum, w.digits = float64(v), true, len(s)
		w.zeroLead = s[0] == '0' && len(s) > 1
		if len(s) == 4 && v%100 < 60 && v/100 < 24 {
			w.hm = &hourMin{hour: v / 100, minute: v % 100} // "0735 GMT"
		}
		return
	}
	if d := parseISO(s); d != nil {
		w.iso = d
		return
	}
	if d := parseSlash(s); d != nil {
		w.slash = d
		return
	}
	if hm := parseHM(s); hm != nil {
		w.hm = hm
		return
	}
	if v, ok := parseQuantity(s); ok {
		w.num, w.isNum = v, true
	}
}

// digitsAt reads n digits at s[i:].
func digitsAt(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for k := i; k < i+n; k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0, false
		}
		v = v*10 + int(s[k]-'0')
	}
	return v, true
}

// parseISO reads 2018-05-31, optionally followed by T05:55[:00][Z|±hh:mm].
func parseISO(s string) *numDate {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return nil
	}
	y, ok1 := digitsAt(s, 0, 4)
	m, ok2 := digitsAt(s, 5, 2)
	d, ok3 := digitsAt(s, 8, 2)
	if !ok1 || !ok2 || !ok3 || y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return nil
	}
	nd := &numDate{year: y, month: m, day: d}
	rest := s[10:]
	if rest == "" {
		return nd
	}
	if rest[0] != 'T' || len(rest) < 6 || rest[3] != ':' {
		return nil
	}
	h, ok1 := digitsAt(rest, 1, 2)
	mi, ok2 := digitsAt(rest, 4, 2)
	if !ok1 || !ok2 || h > 23 || mi > 59 {
		return nil
	}
	nd.clock, nd.hour, nd.minute = true, h, mi
	rest = rest[6:]
	if len(rest) >= 3 && rest[0] == ':' {
		if sec, ok := digitsAt(rest, 1, 2); !ok || sec > 60 {
			return nil
		}
		rest = rest[3:]
		for len(rest) > 0 && (rest[0] == '.' || rest[0] >= '0' && rest[0] <= '9') {
			rest = rest[1:]
		}
	}
	switch {
	case rest == "":
	case rest == "Z":
		nd.zone = "+00:00"
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		if _, ok := fixedZone(rest); !ok {
			return nil
		}
		nd.zone = rest
	default:
		return nil
	}
	return nd
}

// parseSlash reads 6/12/18 and 6/12/2018 (month first, as US news writes
// them; day first when the first number cannot be a month), 2018/05/31 and
// 31.12.2018.
func parseSlash(s string) *numDate {
	sep := byte('/')
	if strings.Count(s, ".") == 2 && !strings.Contains(s, "/") {
		sep = '.'
	}
	parts := strings.Split(s, string(sep))
	if len(parts) != 3 {
		return nil
	}
	var v [3]int
	for i, p := range parts {
		n, ok := digitsAt(p, 0, len(p))
		if !ok || len(p) == 0 || len(p) > 4 {
			return nil
		}
		v[i] = n
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4 && sep == '/':
		y, m, d = v[0], v[1], v[2]
	case len(parts[2]) == 4 || len(parts[2]) == 2:
		if len(parts[0]) > 2 || len(parts[1]) > 2 {
			return nil
		}
		y, m, d = v[2], v[0], v[1]
		if sep == '.' || m > 12 {
			m, d = d, m
		}
	default:
		return nil
	}
	if m < 1 || m > 12 || d < 1 {
		return nil
	}
	if len(parts[2]) == 4 || len(parts[0]) == 4 {
		if y < 1000 || d > daysIn(y, m) {
			return nil
		}
	} else if d > daysIn(0, m) {
		return nil
	}
	return &numDate{year: y, month: m, day: d}
}

// parseHM reads 5:55, 16:05, 10:35a.m, 10:35am, 8pm, 10am, 8p.m.
func parseHM(s string) *hourMin {
	low := strings.ToLower(s)
	var ampm byte
	for _, suf := range []string{"a.m.", "a.m", "am", "p.m.", "p.m", "pm"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf) {
			ampm = suf[0]
			low = low[:len(low)-len(suf)]
			break
		}
	}
	hh, mm, colon := strings.Cut(low, ":")
	if !colon {
		hh, mm, colon = strings.Cut(low, ".")
		if colon && ampm == 0 {
			return nil // "3.5"
		}
	}
	h, ok := digitsAt(hh, 0, len(hh))
	if !ok || len(hh) == 0 || len(hh) > 2 {
		return nil
	}
	m := 0
	if colon {
		var ok bool
		m, ok = digitsAt(mm, 0, len(mm))
		if !ok || len(mm) != 2 {
			return nil
		}
	} else if ampm == 0 {
		return nil
	}
	if h > 23 || m > 59 || ampm != 0 && (h < 1 || h > 12) {
		return nil
	}
	return &hourMin{hour: h, minute: m, ampm: ampm, colon: colon}
}

var fractions = map[rune]float64{'½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '⅛': 0.125}

// parseQuantity reads "3.5", "1,000", "4½", "1/2" as a number.
func parseQuantity(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	r, size := utf8.DecodeLastRuneInString(s)
	if f, ok := fractions[r]; ok {
		if len(s) == size {
			return f, true
		}
		v, ok := parseQuantity(s[:len(s)-size])
		return v + f, ok
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		x, err1 := strconv.Atoi(a)
		y, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || y == 0 || y > 16 || x >= y {
			return 0, false
		}
		return float64(x) / float64(y), true
	}
	if strings.Contains(s, ",") {
		parts := strings.Split(s, ",")
		for i, p := range parts {
			if i > 0 && len(p) != 3 || i == 0 && (len(p) == 0 || len(p) > 3) {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}
