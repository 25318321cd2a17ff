package tokenize

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

// Paragraphs returns the paragraphs of text: blocks separated by blank
// lines, trimmed of surrounding white space. Inside a block, each line is a
// paragraph of its own unless the block looks hard-wrapped (lines of similar
// length); text with no blank lines at all is split at every line break.
func Paragraphs(text string) []document.Span {
	var out []document.Span
	blockStart := -1
	var lines []document.Span // lines of the current block
	flush := func() {
		if len(lines) == 0 {
			return
		}
		if wrapped(text, lines) {
			out = append(out, document.Span{Start: lines[0].Start, End: lines[len(lines)-1].End})
		} else {
			out = append(out, lines...)
		}
		lines = lines[:0]
		blockStart = -1
	}
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		s, e := trimSpan(text, i, end)
		if s == e {
			flush()
		} else {
			if blockStart < 0 {
				blockStart = s
			}
			lines = append(lines, document.Span{Start: s, End: e})
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	flush()
	return out
}

// wrapped reports whether the lines of one block are a hard-wrapped
// paragraph: every line but the last at least half as long as the longest,
// and none longer than a typical wrap width.
func wrapped(text string, lines []document.Span) bool {
	if len(lines) < 2 {
		return true
	}
	longest := 0
	for _, l := range lines {
		longest = max(longest, utf8.RuneCountInString(text[l.Start:l.End]))
	}
	if longest > 120 {
		return false
	}
	for _, l := range lines[:len(lines)-1] {
		if 2*utf8.RuneCountInString(text[l.Start:l.End]) < longest {
			return false
		}
	}
	return true
}

// trimSpan returns [s, e) with white space removed from both ends.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := runeAt(text, s)
		if !isSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// Sentences returns the sentences of text given its tokens and paragraphs.
// A sentence never crosses a paragraph boundary.
func Sentences(text string, tokens, paragraphs []document.Span) []document.Span {
	out := make([]document.Span, 0, len(tokens)/20+1)
	t := 0
	for _, p := range paragraphs {
		for t < len(tokens) && tokens[t].Start < p.Start {
			t++
		}
		u := t
		for u < len(tokens) && tokens[u].End <= p.End {
			u++
		}
		out = appendSentences(out, text, tokens[t:u])
		t = u
	}
	return out
}

// suppressInQuotes keeps a quotation opened in the middle of a sentence
// (`he said: “It went well. We agreed.”`) in that sentence. GUM's
// annotators do so about as often as they split such quotations; splitting
// them is the PTB and UD convention, so it is off.
const suppressInQuotes = false

// appendSentences splits the tokens of one paragraph into sentences.
func appendSentences(out []document.Span, text string, toks []document.Span) []document.Span {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	start := 0
	quoteEnd := -1
	for k := start; k < len(toks); k++ {
		tk := word(k)
		if suppressInQuotes && k > start && k > quoteEnd && isDoubleQuote(tk) && opensQuote(text, toks, k) {
			if c := closingQuote(text, toks, k); c > 0 {
				quoteEnd = c
				continue
			}
		}
		// A caption credit ("Image: Reuters") starts a sentence.
		if k > start && k > quoteEnd && isCreditLabel(tk) && k+1 < len(toks) && word(k+1) == ":" {
			if terminal(word(k-1)) != fullStop {
				out = append(out, document.Span{Start: toks[start].Start, End: toks[k-1].End})
				start = k
				continue
			}
		}
		kind := terminal(tk)
		if kind == notTerminal {
			continue
		}
		// A spaced ellipsis (`Scientology. ... The next`) marks words left
		// out of a quotation, not the end of a sentence.
		if kind == fullStop && k > 0 && toks[k-1].End < toks[k].Start && isEllipsis(tk) {
			continue
		}
		// Closing quotes and brackets, and more stops, attached to the
		// terminal belong to this sentence: `positive.…”`. So does an
		// opening quote used as a closer: `decision.“ However`.
		end := k
		quoted := false
		for end+1 < len(toks) && toks[end+1].Start == toks[end].End {
			nt := word(end + 1)
			if isCloser(nt) || (isDoubleQuote(nt) && (end+2 >= len(toks) || toks[end+2].Start > toks[end+1].End)) {
				quoted = true
			} else if terminal(nt) != fullStop {
				break
			}
			end++
		}
		if end < quoteEnd {
			continue // inside a quotation opened mid-sentence
		}
		next := end + 1
		if next >= len(toks) {
			break
		}
		if !boundaryBefore(text, toks, next, kind, quoted) {
			continue
		}
		out = append(out, document.Span{Start: toks[start].Start, End: toks[end].End})
		start = next
		k = end
	}
	if start < len(toks) {
		last := document.Span{Start: toks[start].Start, End: toks[len(toks)-1].End}
		// A paragraph that ends in a bare name after a sentence ("... she
		// was suppressive. Valeska Paris") credits that sentence.
		if start > 0 && len(out) > 0 && out[len(out)-1].End >= toks[0].Start && isBareName(text, toks[start:]) {
			out[len(out)-1].End = last.End
		} else {
			out = append(out, last)
		}
	}
	return out
}

func isEllipsis(tk string) bool { return tk == "…" || (len(tk) >= 2 && strings.Trim(tk, ".") == "") }

// isBareName reports whether toks are two to four capitalised words and
// nothing else.
func isBareName(text string, toks []document.Span) bool {
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		w := text[t.Start:t.End]
		r, _ := runeAt(w, 0)
		if !isUpper(r) || sentenceStarters[w] {
			return false
		}
		for _, c := range w {
			if !isLetter(c) && c != '-' && c != '.' {
				return false
			}
		}
	}
	return true
}

func isDoubleQuote(tk string) bool {
	switch tk {
	case "“", "”", "\"", "''", "``", "«", "»", "„":
		return true
	}
	return false
}

// opensQuote reports whether the double quotation mark at k opens a
// quotation: it is an opening mark, or a neutral one with space before it
// and a word after it.
func opensQuote(text string, toks []document.Span, k int) bool {
	switch text[toks[k].Start:toks[k].End] {
	case "“", "``", "«", "„":
		return true
	case "”", "»":
		return false
	}
	spaceBefore := k == 0 || toks[k-1].End < toks[k].Start
	wordAfter := k+1 < len(toks) && toks[k+1].Start == toks[k].End
	return spaceBefore && wordAfter
}

// closingQuote returns the index of the mark that closes the quotation
// opened at k within the paragraph, or -1.
func closingQuote(text string, toks []document.Span, k int) int {
	open := text[toks[k].Start:toks[k].End]
	for j := k + 1; j < len(toks); j++ {
		tk := text[toks[j].Start:toks[j].End]
		switch {
		case open == "“" && tk == "”", open == "«" && tk == "»", open == "„" && (tk == "“" || tk == "”"):
			return j
		case open == "``" && tk == "''", open == "''" && tk == "''", open == "\"" && tk == "\"":
			return j
		case tk == open && open == "“":
			return -1 // a second opener first: unbalanced
		}
	}
	return -1
}

// isCreditLabel reports whether tk labels a caption credit, as in
// "Image: Nick Moreau." or "Photo: Reuters".
func isCreditLabel(tk string) bool {
	if tk == "" || (tk[0] != 'I' && tk[0] != 'P' && tk[0] != 'C' && tk[0] != 'V') {
		return false
	}
	switch tk {
	case "Image", "Photo", "Photograph", "Picture", "Credit", "Video":
		return true
	}
	return false
}

const (
	notTerminal = iota
	fullStop    // . ! ? … and runs of them
	abbrevStop  // an abbreviation that may end a sentence: "U.S.", "Inc."
)

// terminal classifies a token as a possible end of sentence.
func terminal(tk string) int {
	// Every terminal ends in a period, "!", "?" or "…" (E2 80 A6).
	if tk == "" {
		return notTerminal
	}
	switch tk[len(tk)-1] {
	case '.', '!', '?', 0xa6:
	default:
		return notTerminal
	}
	switch tk {
	case ".", "!", "?", "…", "?!", "!?", "!!", "??", "!!!", "???":
		return fullStop
	}
	if len(tk) >= 2 && strings.Trim(tk, ".") == "" {
		return fullStop // "..."
	}
	if abbrevKind(tk) == abbrOther {
		return abbrevStop
	}
	return notTerminal
}

// isCloser reports whether a token closes a quotation or bracket.
func isCloser(tk string) bool {
	switch tk {
	case "”", "’", "\"", "'", "''", ")", "]", "»", "›":
		return true
	}
	return false
}

func isOpener(tk string) bool {
	switch tk {
	case "“", "‘", "\"", "'", "``", "(", "[", "«", "‹", "„":
		return true
	}
	return false
}

// speechVerbs are the verbs of attribution that may follow a quotation
// ending in a full stop without starting a new sentence: `"Why?" Kim asked.`
var speechVerbs = map[string]bool{
	"said": true, "says": true, "asked": true, "asks": true, "told": true, "added": true, "adds": true,
	"wrote": true, "writes": true, "replied": true, "shouted": true, "exclaimed": true, "yelled": true,
	"continued": true, "insisted": true, "explained": true, "declared": true, "tweeted": true, "recalled": true,
}

// boundaryBefore decides whether a sentence ends before token next, given
// how the previous one ended and whether a closing quote was attached.
func boundaryBefore(text string, toks []document.Span, next, kind int, quoted bool) bool {
	nt := text[toks[next].Start:toks[next].End]
	r, _ := runeAt(nt, 0)
	switch {
	case isLetter(r) && !isUpper(r):
		// `"Why?" he asked` and "e.g. this" go on; in informal text a
		// lower-case sentence start after "?", "!" or a full stop
		// does not: "any lounges? i m 15".
		return !quoted && kind == fullStop && lowerStartAfter(text, toks, next)
	case r == ',' || r == ';' || r == ':' || r == ')' || r == ']' || r == '%':
		return false
	case isEllipsis(nt):
		return false // `Scientology. ... The next`: an elision goes on
	}
	if kind == abbrevStop {
		// "in the U.S. Navy" goes on; "in the U.S. The ..." does not.
		if sentenceStarters[nt] {
			return true
		}
		return isOpener(nt) && next+1 < len(toks) && startsUpper(text, toks[next+1])
	}
	if quoted && (r == '—' || r == '–' || r == '-') {
		return false // `"It is over." — Kim Jong Un`
	}
	if quoted && isUpper(r) && !sentenceStarters[nt] {
		// `"It is over." Kim said.`: the attribution continues the
		// sentence.
		for k := next; k < len(toks) && k < next+4; k++ {
			w := text[toks[k].Start:toks[k].End]
			if speechVerbs[w] {
				return false
			}
			if c, _ := runeAt(w, 0); !isLetter(c) {
				break
			}
		}
	}
	return true
}

func startsUpper(text string, t document.Span) bool {
	r, _ := runeAt(text, t.Start)
	return isUpper(r) || isDigit(r)
}

// lowerStartAfter decides whether the lower-case token at next starts a
// sentence after the stop before it. It does after "?" and "!", and after a
// period that follows a word of two or more letters or a number; not after an
// ellipsis (an unfinished thought) or a single letter ("p. 5").
func lowerStartAfter(text string, toks []document.Span, next int) bool {
	k := next - 1
	stop := text[toks[k].Start:toks[k].End]
	if isEllipsis(stop) {
		return false
	}
	if stop[0] == '?' || stop[0] == '!' {
		return true
	}
	if stop != "." || k == 0 {
		return false
	}
	// An inline enumerator ("… the world. b) Refusing …") lists items of
	// one sentence.
	if next+1 < len(toks) && toks[next].End-toks[next].Start == 1 && text[toks[next+1].Start:toks[next+1].End] == ")" {
		return false
	}
	prev := text[toks[k-1].Start:toks[k-1].End]
	return utf8.RuneCountInString(prev) >= 2
}
