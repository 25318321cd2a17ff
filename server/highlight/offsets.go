package highlight

import (
	"sort"
	"unicode/utf8"
)

// Offsets converts byte offsets in one text to the two other ways of
// counting a position: Unicode code points (the JSON form of a Document,
// Python, spaCy) and UTF-16 code units (JavaScript strings and the DOM). A
// character outside the Basic Multilingual Plane (an emoji, a rare CJK
// ideograph) is 4 bytes, 1 code point and 2 UTF-16 units; "½" is 2 bytes, 1
// code point and 1 unit.
//
// It stores only the positions of non-ASCII characters, so it costs nothing
// for ASCII text. The zero Offsets is valid for the empty text.
type Offsets struct {
	// at[i] is the byte offset just after the i-th non-ASCII character;
	// cp[i] and u16[i] are the differences (bytes − code points, bytes −
	// UTF-16 units) in effect from there on.
	at, cp, u16 []int
	n           int
}

// NewOffsets indexes text.
func NewOffsets(text string) *Offsets {
	o := &Offsets{n: len(text)}
	dcp, du16 := 0, 0
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		dcp += size - 1
		units := 1
		if r >= 0x10000 {
			units = 2
		}
		du16 += size - units
		i += size
		o.at = append(o.at, i)
		o.cp = append(o.cp, dcp)
		o.u16 = append(o.u16, du16)
	}
	return o
}

// find returns the index of the last non-ASCII character that ends at or
// before byte offset b, or -1.
func (o *Offsets) find(b int) int {
	return sort.SearchInts(o.at, b+1) - 1
}

// clip bounds b to the text.
func (o *Offsets) clip(b int) int { return max(0, min(b, o.n)) }

// CodePoints returns the code-point offset of byte offset b. An offset
// inside a character counts the character as not yet reached.
func (o *Offsets) CodePoints(b int) int {
	b = o.clip(b)
	i := o.find(b)
	return b - o.diff(o.cp, i) - o.inside(i, b)
}

// UTF16 returns the UTF-16 offset of byte offset b, as a browser counts.
func (o *Offsets) UTF16(b int) int {
	b = o.clip(b)
	i := o.find(b)
	// Characters between at[i] and b are ASCII except possibly one
	// character that b cuts, which inside() accounts for in code points;
	// a cut character counts as not reached in UTF-16 as well.
	return b - o.diff(o.u16, i) - o.inside(i, b)
}

// diff returns d[i], or 0 before the first non-ASCII character.
func (o *Offsets) diff(d []int, i int) int {
	if i < 0 {
		return 0
	}
	return d[i]
}

// inside returns how many bytes of a multi-byte character b has gone into,
// when b lies inside the character that follows entry i (0 otherwise).
func (o *Offsets) inside(i, b int) int {
	if i+1 >= len(o.at) {
		return 0
	}
	end := o.at[i+1]
	size := (o.cp[i+1] - o.diff(o.cp, i)) + 1
	start := end - size
	if b > start && b < end {
		return b - start
	}
	return 0
}
