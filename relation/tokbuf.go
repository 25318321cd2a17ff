package relation

import (
	"sync"
	"unsafe"
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
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	// b is not written again: the string may share its bytes
	return unsafe.String(unsafe.SliceData(b), len(b))
}
