package document

import (
	"sort"
	"unicode/utf8"
)

// An Index converts between byte offsets and code-point offsets in one text.
// It stores only the positions of multi-byte characters, so it costs nothing
// for ASCII text and little for news in Latin scripts. The zero Index is
// valid for the empty text.
type Index struct {
	// starts holds the byte offset of every multi-byte character, and
	// extra[i] the number of continuation bytes before and within
	// character i (so the code-point offset of a byte offset b after
	// character i is b - extra[i]).
	starts []int
	extra  []int
	// runes is the code-point offset of every multi-byte character.
	runes []int
	n     int // length of the text in bytes
}

// NewIndex builds the index for text.
func NewIndex(text string) *Index {
	ix := &Index{n: len(text)}
	extra := 0
	r := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			r++
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		extra += size - 1
		ix.starts = append(ix.starts, i)
		ix.extra = append(ix.extra, extra)
		ix.runes = append(ix.runes, r)
		i += size
		r++
	}
	return ix
}

// Runes returns the code-point offset of byte offset b. An offset inside a
// multi-byte character maps to that character's code-point offset.
func (ix *Index) Runes(b int) int {
	if b <= 0 {
		return 0
	}
	if b > ix.n {
		b = ix.n
	}
	// k: number of multi-byte characters starting before b.
	k := sort.SearchInts(ix.starts, b)
	if k == 0 {
		return b
	}
	// Character k-1 starts before b. If b lies inside it, map to its start.
	start := ix.starts[k-1]
	prevExtra := 0
	if k >= 2 {
		prevExtra = ix.extra[k-2]
	}
	end := start + 1 + (ix.extra[k-1] - prevExtra)
	if b < end {
		return ix.runes[k-1]
	}
	return b - ix.extra[k-1]
}

// Bytes returns the byte offset of code-point offset r. Offsets past the end
// map to the length of the text.
func (ix *Index) Bytes(r int) int {
	if r <= 0 {
		return 0
	}
	// k: number of multi-byte characters whose code-point offset is < r.
	k := sort.SearchInts(ix.runes, r)
	b := r
	if k > 0 {
		b = r + ix.extra[k-1]
	}
	if b > ix.n {
		b = ix.n
	}
	return b
}

// Len returns the length of the text in code points.
func (ix *Index) Len() int { return ix.Runes(ix.n) }
