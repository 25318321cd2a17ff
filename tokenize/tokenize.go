// Package tokenize splits news text into tokens, sentences and paragraphs.
//
// The tokenizer follows the conventions of the CoNLL-2003 and Penn Treebank
// data newsgraph's tagger is trained on: punctuation and quotation marks are
// tokens of their own, clitics are split ("does" "n't", "Korea" "'s"),
// hyphenated compounds stay whole ("four-star", "Myong-rok"), and numbers
// keep their decimal point, thousands separators and fractions ("1,000",
// "3.5", "4½", "5:55"). Abbreviations keep their period ("Gen.", "U.S.",
// "a.m.", "Jan.", "No. 1", "Inc.", initials), so that the sentence splitter
// can tell them from a full stop.
//
// All offsets are byte offsets into the text. The functions allocate only
// their result and are safe for concurrent use.
package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

// ASCII character classes.
const (
	cLower = 1 << iota
	cUpper
	cDigit
	cSpace
	cJoin // may join two parts of a word: . - , : / & ' @
)

var ascii [utf8.RuneSelf]uint8

func init() {
	// A 128-byte table; cheap enough for init.
	for c := 'a'; c <= 'z'; c++ {
		ascii[c] = cLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		ascii[c] = cUpper
	}
	for c := '0'; c <= '9'; c++ {
		ascii[c] = cDigit
	}
	for _, c := range " \t\n\r\v\f" {
		ascii[c] = cSpace
	}
	for _, c := range ".-,:/&'@" {
		ascii[c] = cJoin
	}
}

// runeAt decodes the character at byte offset i, with an ASCII fast path.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace reports whether r separates tokens: ASCII and Unicode white space,
// including the no-break and zero-width spaces common in web text.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cSpace != 0
	}
	switch r {
	case '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// isFraction reports whether r is a vulgar fraction such as ½.
func isFraction(r rune) bool {
	return (r >= '\u00bc' && r <= '\u00be') || (r >= '\u2150' && r <= '\u215e')
}

// isAlnum reports whether r can be part of a word: a letter, a digit, a
// combining mark or a fraction.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(cLower|cUpper|cDigit) != 0
	}
	if r >= '\u2000' && r <= '\u206f' {
		return false // General Punctuation: quotes, dashes, spaces
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || isFraction(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cDigit != 0
	}
	return unicode.IsDigit(r) || isFraction(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(cLower|cUpper) != 0
	}
	return unicode.IsLetter(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cUpper != 0
	}
	return unicode.IsUpper(r)
}

// Tokenize returns the tokens of text as byte spans, in order.
func Tokenize(text string) []document.Span {
	return AppendTokens(make([]document.Span, 0, len(text)/5+1), text, 0)
}

// AppendTokens appends the tokens of text to dst, shifting every offset by
// base, and returns the extended slice.
func AppendTokens(dst []document.Span, text string, base int) []document.Span {
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			// ASCII fast path: white space and words, the bulk of
			// news text.
			switch cl := ascii[c]; {
			case cl&cSpace != 0:
				i++
				continue
			case cl&(cLower|cUpper|cDigit) != 0:
				dst = appendWord(dst, text, i, scanWord(text, i), base)
				i = dst[len(dst)-1].End - base
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isSpace(r) {
				i += size
				continue
			}
		}
		start := i
		switch {
		case isAlnum(r):
			dst = appendWord(dst, text, start, scanWord(text, i), base)
			i = dst[len(dst)-1].End - base
		case r == '.':
			j := i
			for j < n && text[j] == '.' {
				j++
			}
			dst = append(dst, document.Span{Start: base + i, End: base + j})
			i = j
		case r == '`' || r == '\'':
			// `` and '' are one token; so is a run of the same mark.
			j := i + 1
			if j < n && text[j] == text[i] {
				j++
			}
			// 's, 'til, '90s: an apostrophe that starts a word
			// (handled as a clitic by splitWord when attached).
			if j == i+1 && r == '\'' && i+2 < n && isDigit(rune(text[i+1])) && isDigit(rune(text[i+2])) && (i == 0 || !isAlnum(lastRune(text, i))) {
				end := scanWord(text, i+1)
				if end-(i+1) == 2 || (end-(i+1) == 3 && text[i+3] == 's') {
					dst = append(dst, document.Span{Start: base + i, End: base + end})
					i = end
					continue
				}
			}
			dst = append(dst, document.Span{Start: base + i, End: base + j})
			i = j
		case r == '-':
			j := i
			for j < n && text[j] == '-' {
				j++
			}
			dst = append(dst, document.Span{Start: base + i, End: base + j})
			i = j
		case (r == '@' || r == '#') && i+1 < n && isAlnumAt(text, i+1):
			end := scanWord(text, i+1)
			dst = append(dst, document.Span{Start: base + i, End: base + end})
			i = end
		case r == '!' || r == '?':
			j := i + 1
			for j < n && (text[j] == '!' || text[j] == '?') {
				j++
			}
			dst = append(dst, document.Span{Start: base + i, End: base + j})
			i = j
		default:
			dst = append(dst, document.Span{Start: base + i, End: base + i + size})
			i += size
		}
	}
	return dst
}

// appendWord appends the tokens of the word text[start:end] (see
// splitWord), shifted by base; the last one appended ends where scanning
// goes on.
func appendWord(dst []document.Span, text string, start, end, base int) []document.Span {
	next, cut := splitWord(text, start, end)
	if cut > 0 {
		return append(dst, document.Span{Start: base + start, End: base + cut}, document.Span{Start: base + cut, End: base + next})
	}
	return append(dst, document.Span{Start: base + start, End: base + next})
}

func isAlnumAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return isAlnum(r)
}

func lastRune(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// scanWord returns the end of the word starting at i: a run of letters and
// digits joined by inner punctuation ("U.S", "four-star", "1,000", "5:55",
// "O'Brien", "AT&T", "6/12/18"), or a whole URL or e-mail address.
func scanWord(s string, i int) int {
	n := len(s)
	start := i
	if c := s[i] | 0x20; c == 'h' || c == 'w' {
		if end, ok := scanURL(s, i); ok {
			return end
		}
	}
	prev := rune(0)
	for i < n {
		var r rune
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			switch cl := ascii[c]; {
			case cl&(cLower|cUpper|cDigit) != 0:
				// ASCII letters and digits: the bulk of a word.
				i++
				for i < n && s[i] < utf8.RuneSelf && ascii[s[i]]&(cLower|cUpper|cDigit) != 0 {
					i++
				}
				prev = rune(s[i-1])
				continue
			case cl&cJoin == 0:
				return i // white space or punctuation that joins nothing
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if isAlnum(r) {
				prev = r
				i += size
				continue
			}
			if r != '\u2010' && r != '\u2011' && r != '’' {
				return i
			}
		}
		next, nsize := runeAt(s, i+size)
		joined := false
		switch r {
		case '.':
			joined = isAlnum(next)
		case '-', '\u2010', '\u2011': // hyphen, non-breaking hyphen
			joined = isAlnum(next)
		case ',':
			// Thousands separators: 1,000 but not "1,2" in a list.
			joined = isDigit(prev) && isDigit(next) && digitsAhead(s, i+1) == 3
		case ':':
			joined = isDigit(prev) && isDigit(next)
		case '/':
			joined = isDigit(prev) && isDigit(next)
		case '&':
			joined = isUpper(prev) && isUpper(next) && i-start <= 3
		case '\'', '’':
			joined = isLetter(prev) && isLetter(next)
		case '@':
			joined = isAlnum(next) && hasDotAhead(s, i+size)
		}
		if !joined {
			break
		}
		i += size + nsize
		prev = next
	}
	return i
}

// digitsAhead counts the digits starting at i.
func digitsAhead(s string, i int) int {
	k := 0
	for i+k < len(s) && s[i+k] >= '0' && s[i+k] <= '9' {
		k++
	}
	return k
}

func hasDotAhead(s string, i int) bool {
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			return true
		}
		if c < utf8.RuneSelf && ascii[c]&(cLower|cUpper|cDigit) == 0 && c != '-' {
			return false
		}
	}
	return false
}

// scanURL recognises http(s):// and www. addresses starting at i.
func scanURL(s string, i int) (int, bool) {
	rest := s[i:]
	switch {
	case hasPrefixFold(rest, "http://"), hasPrefixFold(rest, "https://"), hasPrefixFold(rest, "www."):
	default:
		return 0, false
	}
	j := i
	for j < len(s) {
		r, size := runeAt(s, j)
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' {
			break
		}
		j += size
	}
	// Trailing punctuation belongs to the sentence, not the address.
	for j > i {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if r == '.' || r == ',' || r == ';' || r == ':' || r == '!' || r == '?' || r == ')' || r == '\'' || r == '’' {
			j -= size
			continue
		}
		break
	}
	return j, true
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// splitWord splits the word [start, end) of s into its base and clitic
// ("does" "n't", "Korea" "'s"), with a following period attached when the
// word is an abbreviation. Its tokens are [start, next), or [start, cut)
// and [cut, next) when cut > 0; next is the offset after them.
func splitWord(s string, start, end int) (next, cut int) {
	w := s[start:end]
	// A period after an abbreviation belongs to it.
	if end < len(s) && s[end] == '.' && (end+1 == len(s) || s[end+1] != '.') && isAbbrev(s, start, end) {
		return end + 1, 0
	}
	// A clitic has an apostrophe among the last three bytes ("'s",
	// "n't", and for ’ its last byte); most words have none.
	if n := len(w); n >= 3 && (w[n-2] == '\'' || w[n-2] == 0x99 || w[n-3] == '\'' || w[n-3] == 0x99) {
		if c := cliticStart(w); c > 0 {
			return end, start + c
		}
	}
	return end, 0
}

// cliticStart returns the offset in w where a clitic suffix begins, or 0.
func cliticStart(w string) int {
	n := len(w)
	if n < 3 {
		return 0
	}
	// n't and n’t
	if c := w[n-1]; c == 't' || c == 'T' {
		for _, suf := range [...]string{"n't", "n’t", "N'T", "N’T"} {
			if len(w) > len(suf) && w[n-len(suf):] == suf {
				return n - len(suf)
			}
		}
	}
	// Find the last apostrophe and test what follows it. A clitic tail
	// has one or two letters, so the apostrophe, or the last byte of
	// ’, is one of the three bytes before them.
	for k := n - 1; k > 0 && k >= n-3; k-- {
		c := w[k]
		if c == '\'' {
			if isCliticTail(w[k+1:]) {
				return k
			}
			return 0
		}
		// ’ is E2 80 99.
		if c == 0x99 && k >= 2 && w[k-2] == 0xe2 && w[k-1] == 0x80 {
			if isCliticTail(w[k+1:]) {
				return k - 2
			}
			return 0
		}
		if c == '-' || c == '.' {
			return 0
		}
	}
	return 0
}

func isCliticTail(t string) bool {
	switch t {
	case "s", "S", "re", "RE", "ve", "VE", "ll", "LL", "d", "D", "m", "M":
		return true
	}
	return false
}
