package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Norm returns the form of word the features read: typographic variants
// made one (curly and straight quotes and apostrophes, the dashes,
// brackets), so that newsgraph's tokens and the training corpora's agree.
// Case is kept. Norm allocates only when it changes the word.
func Norm(word string) string {
	if word == "" {
		return "<empty>"
	}
	ascii := true
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= utf8.RuneSelf || c < 0x20 || c == 0x7f || c == '`' || c == '[' || c == ']' || c == '{' || c == '}' {
			ascii = false
			break
		}
	}
	if ascii {
		switch word {
		case "--", "---":
			return "—"
		case "''", `"`:
			return `"`
		}
		return word
	}
	switch word {
	case "“", "”", "„", "‟", "«", "»", "``", "''", "〝", "〞", "＂":
		return `"`
	case "‘", "’", "‚", "‛", "`", "´", "‹", "›":
		return "'"
	case "–", "—", "―", "‒", "--", "---", "‐‐":
		return "—"
	case "‐", "‑":
		return "-"
	case "[", "{", "（", "［":
		return "("
	case "]", "}", "）", "］":
		return ")"
	case "…":
		return "..."
	}
	var b strings.Builder
	for _, r := range word {
		switch r {
		case '’', '‘', '‛', '`', '´', 'ʼ':
			r = '\''
		case '“', '”', '„':
			r = '"'
		case '‐', '‑', '‒', '–':
			r = '-'
		case utf8.RuneError:
			r = '?'
		}
		if !unicode.IsPrint(r) {
			continue
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "<blank>"
	}
	return b.String()
}

// Shape returns a word's shape: each run of upper-case letters "X", lower-
// case "x", digits "d", other characters kept, runs longer than two cut to
// two ("Kim" and "Pyongyang" → "Xxx", "1990s" → "ddx", "U.S." → "X.X.").
func Shape(word string) string {
	var buf [32]byte
	b := buf[:0]
	var last byte
	run := 0
	for _, r := range word {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case unicode.IsLetter(r):
			c = 'l'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		b = append(b, c)
		if len(b) >= 12 {
			break
		}
	}
	return string(b)
}

// Lower returns word in lower case, and numbers reduced to a class: a
// four-digit year "<year>", other words of digits and punctuation
// "<num>".
func Lower(word string) string {
	digits, others := 0, 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == ',' || c == '-' || c == '/' || c == ':':
		default:
			others++
		}
	}
	if digits > 0 && others == 0 {
		if digits == 4 && len(word) == 4 {
			return "<year>"
		}
		return "<num>"
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(word)
		}
	}
	return word
}

// suffix returns the last n runes of s (all of s if shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// prefix returns the first n runes of s.
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
