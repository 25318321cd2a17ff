package quote

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

// A view is the body of a document as tokens, with the sentence and
// paragraph of each token and the quotations found in each paragraph.
type view struct {
	doc   *document.Document
	text  string
	toks  []document.Span
	words []string
	lower []string
	// sent and para give each token's sentence and paragraph index; both
	// are -1 for tokens outside the body.
	sent, para []int
	sents      [][2]int // token ranges [a, b) of sentences
	paras      [][2]int // token ranges of body paragraphs
	// inQ is the index of the outermost quotation a token belongs to
	// (marks included), or -1.
	inQ    []int
	quotes []quotation
	// word marks the tokens that start with a letter or digit; first is
	// the first word token of each sentence (or its end).
	word  []bool
	first []int
	// outer marks the tokens of excerpt paragraphs, quoted as a whole;
	// excerpt the paragraphs.
	outer   []bool
	excerpt []bool
	// headline is the paragraph of the headline region, -1 when none:
	// only the headline patterns read it.
	headline int
	// lex holds each token's cue-lexicon entry, nil when none.
	lex []*cueWord
	// owner and cueAt are the finder's per-token arrays (the
	// attribution whose content or source holds a token, the one whose
	// cue it is), kept here to share the pooled buffers.
	owner, cueAt []int
	buf          *buffers
}

// buffers holds reusable per-token arrays.
type buffers struct {
	s []string
	i []int
	b []bool
	l []*cueWord
}

var bufPool = sync.Pool{New: func() any { return new(buffers) }}

func (b *buffers) strings(n int) []string {
	if cap(b.s) < n {
		b.s = make([]string, n)
	}
	b.s = b.s[:n]
	return b.s
}

func (b *buffers) ints(n int) []int {
	if cap(b.i) < n {
		b.i = make([]int, n)
	}
	b.i = b.i[:n]
	return b.i
}

func (b *buffers) bools(n int) []bool {
	if cap(b.b) < n {
		b.b = make([]bool, n)
	}
	b.b = b.b[:n]
	clear(b.b)
	return b.b
}

func (b *buffers) lexes(n int) []*cueWord {
	if cap(b.l) < n {
		b.l = make([]*cueWord, n)
	}
	b.l = b.l[:n]
	return b.l
}

// release returns the view's buffers to the pool; the view must not be
// used after.
func (v *view) release() {
	if v.buf == nil {
		return
	}
	clear(v.buf.s) // drop references to the document's text
	clear(v.buf.l)
	bufPool.Put(v.buf)
	v.buf = nil
}

func newView(doc *document.Document) *view {
	v := &view{doc: doc, text: doc.Text, toks: doc.Tokens}
	n := len(v.toks)
	// The per-token arrays come from a pool: in a server or an
	// evaluation, documents follow one another.
	b := bufPool.Get().(*buffers)
	v.buf = b
	strs := b.strings(2 * n)
	v.words, v.lower = strs[:n:n], strs[n:]
	ints := b.ints(5 * n)
	v.sent, v.para, v.inQ = ints[:n:n], ints[n:2*n:2*n], ints[2*n:3*n:3*n]
	v.owner, v.cueAt = ints[3*n:4*n:4*n], ints[4*n:]
	bools := b.bools(2 * n)
	v.word, v.outer = bools[:n:n], bools[n:]
	v.lex = b.lexes(n)
	table := cueTable()
	for i, t := range v.toks {
		w := doc.Text[t.Start:t.End]
		v.words[i] = w
		v.lower[i] = lowerASCII(w)
		v.sent[i], v.para[i], v.inQ[i], v.owner[i], v.cueAt[i] = -1, -1, -1, -1, -1
		r, _ := utf8.DecodeRuneInString(w)
		v.word[i] = unicode.IsLetter(r) || unicode.IsDigit(r)
		v.lex[i] = table[v.lower[i]]
	}
	// The body and the headline: a headline says who said what as
	// often as the body does ("Trump Says He Never Pledged …").
	body := doc.Body()
	var heads []document.Span
	for _, r := range doc.Regions {
		if r.Kind == document.RegionHeadline {
			body = append(body, r.Span)
			heads = append(heads, r.Span)
		}
	}
	v.headline = -1
	inBody := func(s document.Span) bool {
		for _, b := range body {
			if b.Contains(s) {
				return true
			}
		}
		return false
	}
	// Paragraphs and sentences are sorted, as are tokens: walk them
	// together.
	k := 0
	for _, p := range doc.Paragraphs {
		if !inBody(p) {
			continue
		}
		for k < n && v.toks[k].Start < p.Start {
			k++
		}
		a := k
		for k < n && v.toks[k].End <= p.End {
			v.para[k] = len(v.paras)
			k++
		}
		if k > a {
			for _, h := range heads {
				if v.headline < 0 && h.Contains(p) {
					v.headline = len(v.paras)
				}
			}
			v.paras = append(v.paras, [2]int{a, k})
		}
	}
	k = 0
	for _, s := range doc.Sentences {
		for k < n && v.toks[k].Start < s.Start {
			k++
		}
		a := k
		for k < n && v.toks[k].End <= s.End {
			k++
		}
		if k == a || v.para[a] < 0 {
			continue
		}
		// A sentence never crosses a paragraph; guard anyway.
		b := a
		for b < k && v.para[b] == v.para[a] {
			b++
		}
		for i := a; i < b; i++ {
			v.sent[i] = len(v.sents)
		}
		v.sents = append(v.sents, [2]int{a, b})
	}
	// Tokens of body paragraphs that no sentence covers get one sentence
	// each run, so that every body token has a sentence.
	for i := 0; i < n; {
		if v.para[i] < 0 || v.sent[i] >= 0 {
			i++
			continue
		}
		j := i
		for j < n && v.para[j] == v.para[i] && v.sent[j] < 0 {
			v.sent[j] = len(v.sents)
			j++
		}
		v.sents = append(v.sents, [2]int{i, j})
		i = j
	}
	if len(doc.Sentences) > 0 {
		sortSents(v)
	}
	v.first = make([]int, len(v.sents))
	for si, s := range v.sents {
		k := s[0]
		for k < s[1] && !v.word[k] {
			k++
		}
		v.first[si] = k
	}
	v.findQuotations()
	return v
}

// sortSents renumbers sentences in token order (sentences added for
// uncovered tokens were appended at the end).
func sortSents(v *view) {
	ordered := true
	for i := 1; i < len(v.sents); i++ {
		if v.sents[i][0] < v.sents[i-1][0] {
			ordered = false
			break
		}
	}
	if ordered {
		return
	}
	var out [][2]int
	last := -1
	for i := range v.toks {
		s := v.sent[i]
		if s < 0 {
			continue
		}
		if s != last {
			out = append(out, v.sents[s])
			last = s
		}
		v.sent[i] = len(out) - 1
	}
	v.sents = out
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// span returns the byte span of tokens [a, b).
func (v *view) span(a, b int) document.Span {
	return document.Span{Start: v.toks[a].Start, End: v.toks[b-1].End}
}

// capitalized reports whether token i starts with an upper-case letter.
func (v *view) capitalized(i int) bool {
	r, _ := utf8.DecodeRuneInString(v.words[i])
	return unicode.IsUpper(r)
}

func (v *view) isWord(i int) bool { return v.word[i] }

// sentStart reports whether token i is the first word of its sentence
// (after opening quotation marks and brackets).
func (v *view) sentStart(i int) bool {
	if i < 0 || i >= len(v.sent) {
		return false
	}
	s := v.sent[i]
	return s >= 0 && v.first[s] >= i
}
