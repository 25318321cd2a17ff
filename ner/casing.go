package ner

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headlines in capitals ("SOCCER - BLINKER BAN LIFTED") defeat the case
// features that matter most for names. The tagger rewrites such a sentence
// into the case each word usually has mid-sentence in running news text
// ("soccer - Blinker ban lifted") before extracting features, and marks the
// sentence so that the model can weigh it differently. The usual case of
// each word comes from a casing lexicon counted at training time from
// unlabelled news text and shipped in the model file.

// A lexicon maps a lower-cased word to its usual form. Its encoding:
//
//	count   uint32
//	offsets [count+1]uint32, into data
//	data    entries "lower\x00usual", sorted by lower; usual is empty when it
//	        equals lower
type lexicon struct {
	n    int
	offs []byte
	data []byte
}

func loadLexicon(b []byte) (lexicon, error) {
	if len(b) < 4 {
		return lexicon{}, fmt.Errorf("%w: casing lexicon truncated", ErrModel)
	}
	n := int(binary.LittleEndian.Uint32(b))
	if n < 0 || 4+4*(n+1) > len(b) {
		return lexicon{}, fmt.Errorf("%w: casing lexicon truncated", ErrModel)
	}
	lx := lexicon{n: n, offs: b[4 : 4+4*(n+1)], data: b[4+4*(n+1):]}
	if int(lx.off(n)) != len(lx.data) {
		return lexicon{}, fmt.Errorf("%w: casing lexicon size mismatch", ErrModel)
	}
	return lx, nil
}

func (lx lexicon) off(i int) uint32 { return binary.LittleEndian.Uint32(lx.offs[4*i:]) }

func (lx lexicon) entry(i int) (low, usual []byte) {
	a, b := lx.off(i), lx.off(i+1)
	if a > b || int(b) > len(lx.data) {
		return nil, nil
	}
	e := lx.data[a:b]
	k := bytes.IndexByte(e, 0)
	if k < 0 {
		return e, nil
	}
	return e[:k], e[k+1:]
}

// usual returns the usual form of a word given in lower case, and whether
// the lexicon knows it.
func (lx lexicon) usual(low string) (string, bool) {
	i := sort.Search(lx.n, func(i int) bool {
		k, _ := lx.entry(i)
		return string(k) >= low
	})
	if i >= lx.n {
		return "", false
	}
	k, u := lx.entry(i)
	if string(k) != low {
		return "", false
	}
	if len(u) == 0 {
		return low, true
	}
	return string(u), true
}

// buildLexicon encodes the usual forms (lower → usual) as a lexicon.
func buildLexicon(usual map[string]string) []byte {
	keys := make([]string, 0, len(usual))
	for k := range usual {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var data bytes.Buffer
	offs := make([]uint32, 0, len(keys)+1)
	for _, k := range keys {
		offs = append(offs, uint32(data.Len()))
		data.WriteString(k)
		data.WriteByte(0)
		if u := usual[k]; u != k {
			data.WriteString(u)
		}
	}
	offs = append(offs, uint32(data.Len()))
	out := binary.LittleEndian.AppendUint32(nil, uint32(len(keys)))
	for _, o := range offs {
		out = binary.LittleEndian.AppendUint32(out, o)
	}
	return append(out, data.Bytes()...)
}

// A CaseCounter counts the forms of words in running text, for the casing
// lexicon. The zero value is ready to use.
type CaseCounter struct {
	forms map[string]map[string]int
}

// Add counts the words of one sentence. Sentences in capitals and each
// sentence's first word are skipped: their case says nothing about the
// word.
func (c *CaseCounter) Add(tokens []string) {
	if inCapitals(tokens) {
		return
	}
	if c.forms == nil {
		c.forms = map[string]map[string]int{}
	}
	for i, t := range tokens {
		if i == 0 || !hasLetter(t) {
			continue
		}
		t = normalize(t)
		low := strings.ToLower(t)
		m := c.forms[low]
		if m == nil {
			m = map[string]int{}
			c.forms[low] = m
		}
		m[t]++
	}
}

// usual returns the most frequent form of each word seen at least min times.
func (c *CaseCounter) usual(min int) map[string]string {
	out := map[string]string{}
	for low, m := range c.forms {
		best, bn, total := "", 0, 0
		for f, n := range m {
			total += n
			if n > bn || n == bn && f < best {
				best, bn = f, n
			}
		}
		if total >= min {
			out[low] = best
		}
	}
	return out
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// inCapitals reports whether a sentence is written in capitals: at least two
// words of two or more letters, and at most one in five of its words with
// letters not all upper case.
func inCapitals(tokens []string) bool {
	upper, other := 0, 0
	for _, t := range tokens {
		letters, uppers := 0, 0
		for _, r := range t {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
				}
			}
		}
		switch {
		case letters == 0:
		case uppers == letters && letters >= 2:
			upper++
		case uppers == letters:
		default:
			other++
		}
	}
	return upper >= 2 && other*5 <= upper+other
}

// recase returns the usual form of a word from a sentence in capitals:
// its form in the lexicon, or, for a word the lexicon does not know,
// capitalised ("BLINKER" → "Blinker"), since unknown words in headlines are
// mostly names.
func (lx lexicon) recase(w string) string {
	if !hasLetter(w) {
		return w
	}
	if u, ok := lx.usual(strings.ToLower(w)); ok {
		return u
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) {
		return w
	}
	return string(r) + strings.ToLower(w[n:])
}

// inTitleCase reports whether a sentence looks like a headline in title
// case ("North Korea Puts Military on War Footing"): at least three words of
// four or more letters after the first, every one capitalised but for a few
// prepositions that some styles leave in lower case.
func inTitleCase(tokens []string) bool {
	long := 0
	for i, t := range tokens {
		if i == 0 || utf8.RuneCountInString(t) < 4 || !hasLetter(t) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
			switch t {
			case "with", "from", "into", "onto", "over", "than", "that", "upon", "amid":
				continue
			}
			return false
		}
		long++
	}
	return long >= 3
}

// recaseTitle returns the usual form of word i of a title-case headline:
// a capitalised word that the lexicon knows in lower case is lowered
// ("Puts" → "puts"); names and the first word stay as they are.
func (lx lexicon) recaseTitle(w string, i int) string {
	if i == 0 {
		return w
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return w
	}
	low := strings.ToLower(w)
	if u, ok := lx.usual(low); ok && u == low {
		return low
	}
	return w
}

// headline returns how a sentence must be recased before feature
// extraction: 'C' for a sentence in capitals, 'T' for title case, 0 for
// none.
func headline(tokens []string) byte {
	switch {
	case inCapitals(tokens):
		return 'C'
	case inTitleCase(tokens):
		return 'T'
	}
	return 0
}

// recase returns token i of a sentence of the given headline kind in its
// usual case.
func (lx lexicon) recaseIn(kind byte, w string, i int) string {
	switch kind {
	case 'C':
		return lx.recase(w)
	case 'T':
		return lx.recaseTitle(w, i)
	}
	return w
}
