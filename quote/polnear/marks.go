package polnear

import (
	"strings"
	"unicode"
)

// Double quotation marks as the reference scorer counts them: ” and “ (two
// characters) count as one mark.
const (
	dqSingle     = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02"
	leftOpenCtx  = "([{<\u2014\u2013-/\u2018\u2019:"
	rightCloseCt = ".,;:!?)]}>\u2026\u2014\u2013-'\u2019"
	edgeTrimStr  = dqSingle + "'`\u2018\u2019\u201a\u201b" + " \t\n\r\f\v\u00a0\u2009\u200a\u2002\u2003\u202f\u200b\ufeff"
)

const (
	roleOpen = iota
	roleClose
	roleToggle
)

type mark struct{ start, end, role int }

// pyIsSpace is Python's str.isspace for one character.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// pyIsAlnum is Python's str.isalnum for one character.
func pyIsAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// quoteMarks finds the double quotation marks and their direction from
// context: a mark after space or opening punctuation and before a
// non-space opens, one after a non-space and before space or closing
// punctuation closes, anything else toggles.
func quoteMarks(text []rune) []mark {
	var out []mark
	n := len(text)
	for i := 0; i < n; {
		size := 0
		switch {
		case i+1 < n && text[i] == '\'' && text[i+1] == '\'':
			size = 2
		case i+1 < n && text[i] == '`' && text[i+1] == '`':
			size = 2
		case strings.ContainsRune(dqSingle, text[i]):
			size = 1
		}
		if size == 0 {
			i++
			continue
		}
		s, e := i, i+size
		prev, next := '\n', '\n'
		if s > 0 {
			prev = text[s-1]
		}
		if e < n {
			next = text[e]
		}
		leftOpen := pyIsSpace(prev) || strings.ContainsRune(leftOpenCtx, prev)
		rightClose := pyIsSpace(next) || strings.ContainsRune(rightCloseCt, next)
		role := roleToggle
		switch {
		case leftOpen && !rightClose:
			role = roleOpen
		case rightClose && !leftOpen:
			role = roleClose
		}
		out = append(out, mark{s, e, role})
		i = e
	}
	return out
}

// quotedRegions returns the ranges inside double quotation marks (marks
// excluded), nesting by depth, each line on its own: a line break ends
// every open quotation.
func quotedRegions(text []rune) []Seg {
	var regions []Seg
	marks := quoteMarks(text)
	var ends []int
	for i, r := range text {
		if r == '\n' {
			ends = append(ends, i)
		}
	}
	ends = append(ends, len(text))
	mi := 0
	for _, pe := range ends {
		depth, openAt := 0, -1
		for mi < len(marks) && marks[mi].start < pe {
			m := marks[mi]
			mi++
			role := m.role
			if role == roleToggle {
				if depth > 0 {
					role = roleClose
				} else {
					role = roleOpen
				}
			}
			if role == roleOpen {
				if depth == 0 {
					openAt = m.end
				}
				depth++
			} else if depth > 0 {
				depth--
				if depth == 0 {
					if m.start > openAt {
						regions = append(regions, Seg{openAt, m.start})
					}
					openAt = -1
				}
			}
		}
		if depth > 0 && pe > openAt {
			regions = append(regions, Seg{openAt, pe})
		}
	}
	return regions
}

func quotedMask(text []rune) []bool {
	mask := make([]bool, len(text))
	for _, r := range quotedRegions(text) {
		for i := r.Start; i < r.End; i++ {
			mask[i] = true
		}
	}
	return mask
}

// quoteKind classifies a gold content: direct when every letter or digit
// of it is quoted, indirect when none is, partial otherwise.
func quoteKind(text []rune, mask []bool, segs []Seg) string {
	tot, q := 0, 0
	for _, s := range segs {
		for i := s.Start; i < min(s.End, len(text)); i++ {
			if pyIsAlnum(text[i]) {
				tot++
				if mask[i] {
					q++
				}
			}
		}
	}
	switch {
	case tot == 0 || q == 0:
		return "indirect"
	case q == tot:
		return "direct"
	}
	return "partial"
}

// trimSegs removes quotation marks and white space at the edges of each
// segment; it returns the segments unchanged when nothing would be left.
func trimSegs(text []rune, segs []Seg) []Seg {
	var out []Seg
	for _, g := range segs {
		s, e := g.Start, g.End
		for s < e && strings.ContainsRune(edgeTrimStr, text[s]) {
			s++
		}
		for e > s && strings.ContainsRune(edgeTrimStr, text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Seg{s, e})
		}
	}
	if len(out) == 0 {
		return segs
	}
	return out
}
