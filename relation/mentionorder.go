package relation

import (
	"slices"
	"unsafe"

	"github.com/newsgraph/newsgraph/document"
)

// The rules ask for the mention at a span or starting at an offset
// (mentionType, mentionStarting) many times per document, and each
// question read the whole mention layer. Find notes the layer it runs
// over when its mentions are in order of their starts, and the two
// then search it: the first mention in the layer's order that answers
// is the first of those starting at the offset, which stand together.

// A mentionLayer identifies a document's mention layer by its backing
// array and length.
type mentionLayer struct {
	data *document.Mention
	n    int
}

// mentionOrderKey keys, in the stage scratch of the document Find is
// running on (document.Document.Scratch), its mention layer when its
// mentions are in order of start. Find sets it as it starts and clears it
// as it ends (no rule edits a mention).
type mentionOrderKey struct{}

// noteMentionOrder notes doc's mention layer when it is in order of start
// and returns the function that clears the note.
func noteMentionOrder(doc *document.Document) (clear func()) {
	if !slices.IsSortedFunc(doc.Mentions, func(a, b document.Mention) int { return a.Start - b.Start }) {
		return func() {}
	}
	doc.SetScratch(mentionOrderKey{}, &mentionLayer{data: unsafe.SliceData(doc.Mentions), n: len(doc.Mentions)})
	return func() { doc.SetScratch(mentionOrderKey{}, nil) }
}

// startSorted returns doc's mentions and true when they are the layer
// Find noted as in order of start.
func startSorted(doc *document.Document) ([]document.Mention, bool) {
	l, _ := doc.Scratch(mentionOrderKey{}).(*mentionLayer)
	if l == nil || l.n != len(doc.Mentions) || l.n == 0 || l.data != unsafe.SliceData(doc.Mentions) {
		return nil, false
	}
	return doc.Mentions, true
}

// firstStartingAt returns the index of the first of ms (in order of
// start) that starts at or after at.
func firstStartingAt(ms []document.Mention, at int) int {
	lo, hi := 0, len(ms) // ms[:lo] start before at, ms[hi:] at or after
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); ms[mid].Start < at {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
