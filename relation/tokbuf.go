package relation

import (
	"encoding/binary"
	"strings"
	"sync"
	"unsafe"

	"github.com/newsgraph/newsgraph/document"
)

// Allocation the stage can do without: the token buffer of the sentence
// views (finder.toks, view.go) was made afresh for every document,
// growing from nothing, a quarter of the bytes the stage allocates, and
// the lower-cased copy of the text (finder.asciiLow) was copied twice.
// In a run over many documents, what the stage allocates sets how often
// the collector marks everything the earlier stages built.

// tokenBuffers keeps the finders' token buffers from one Find to the
// next.
var tokenBuffers sync.Pool

// maxPooledTokens bounds the buffers kept: a buffer grown for a huge
// "sentence" (up to MaxSentenceTokens each, in a text of any length) is
// left to the collector.
const maxPooledTokens = 4 * MaxSentenceTokens

// takeTokenBuffer gives f a token buffer a finished Find left, if any.
// The buffer's old tokens are never read: sentence overwrites the ones
// of each view it builds.
func (f *finder) takeTokenBuffer() {
	if b, ok := tokenBuffers.Get().(*[]token); ok {
		f.toks = (*b)[:0]
	}
}

// releaseTokenBuffer hands f's token buffer on to the next Find. Nothing
// the finder returns holds a token (the views' copies, finder.kept, are
// copies).
func (f *finder) releaseTokenBuffer() {
	if c := cap(f.toks); c > 0 && c <= maxPooledTokens {
		b := f.toks[:0]
		tokenBuffers.Put(&b)
	}
	f.toks = nil
}

// asciiLowered returns s with its ASCII capitals lowered, in one copy.
func asciiLowered(s string) string {
	b := []byte(s)
	// eight bytes at a time: each byte from 'A' to 'Z' gets 0x20 added
	// (the SWAR range test: adding 0x80-'A' sets a byte's top bit from 'A'
	// on, adding 0x80-'Z'-1 from past 'Z' on; a byte with its own top bit
	// set is left alone, and no sum carries into the next byte)
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		low7 := x &^ tops
		ge := low7 + (0x80-'A')*ones                     // top bit: byte's low 7 bits >= 'A'
		gt := low7 + (0x80-'Z'-1)*ones                   // top bit: byte's low 7 bits > 'Z'
		upper := ge &^ gt &^ x & tops                    // 'A'..'Z', top bit clear
		binary.LittleEndian.PutUint64(b[i:], x|upper>>2) // 0x80>>2 = 0x20
	}
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	// b is not written again: the string may share its bytes
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// A lowered is a text and the text with its ASCII capitals lowered.
type lowered struct{ text, low string }

// loweredKey keys the document's lowered text in its stage scratch
// (document.Document.Scratch).
type loweredKey struct{}

// docLowered returns asciiLowered(doc.Text), computed once per document
// and left on it as stage scratch: the rules lower the words of one
// document many times over. The entry is checked against the text by its
// bytes' address and length (a string's bytes never change).
func docLowered(doc *document.Document) string {
	if l, ok := doc.Scratch(loweredKey{}).(*lowered); ok && len(l.text) == len(doc.Text) && unsafe.StringData(l.text) == unsafe.StringData(doc.Text) {
		return l.low
	}
	l := &lowered{text: doc.Text, low: asciiLowered(doc.Text)}
	doc.SetScratch(loweredKey{}, l)
	return l.low
}

// lowText returns strings.ToLower(doc.Text[i:j]) without allocating when
// the words are ASCII: their lower case is a slice of the document's text
// lowered once (docLowered).
func lowText(doc *document.Document, i, j int) string {
	s := doc.Text[i:j]
	// eight bytes at a time (as asciiLowered): any byte with its top bit
	// set, any from 'A' to 'Z'
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	var high, upper uint64
	k := 0
	for ; k+8 <= len(s); k += 8 {
		b := s[k : k+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		low7 := x &^ tops
		high |= x & tops
		upper |= (low7 + (0x80-'A')*ones) &^ (low7 + (0x80-'Z'-1)*ones) &^ x & tops
	}
	for ; k < len(s); k++ {
		c := s[k]
		high |= uint64(c) & 0x80
		if 'A' <= c && c <= 'Z' {
			upper = 1
		}
	}
	switch {
	case high != 0:
		return strings.ToLower(s)
	case upper == 0:
		return s
	}
	return docLowered(doc)[i:j]
}

// lowSlice returns strings.ToLower(doc.Slice(sp)), as lowText does.
func lowSlice(doc *document.Document, sp document.Span) string {
	if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start > sp.End {
		return "" // as doc.Slice
	}
	return lowText(doc, sp.Start, sp.End)
}
