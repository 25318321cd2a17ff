package ner

// Document-context (non-local) features, after Ratinov & Roth 2009 and
// Illinois NER's ContextAggregation and prevTagsForContext: how the same
// word is written elsewhere in the document, and how the tagger labelled it
// earlier in the document. They let "Pompeo" in paragraph 9 be tagged like
// "Mike Pompeo" in paragraph 3, and a headline in capitals borrow the case
// the body gives its words.

// Ways a word is written in a document (docCase flags).
const (
	seenLower    = 1 << iota // in lower case
	seenCapMid               // capitalised in mid-sentence
	seenCapStart             // capitalised at a sentence start
	seenUpperMid             // all in capitals, in mid-sentence of a normal sentence
)

// A docState is what the context features know of the document being
// tagged.
type docState struct {
	// seen maps a word (hash of its lower-cased form) to how it is
	// written anywhere in the document, headlines in capitals excepted.
	seen map[uint64]uint8
	// hist maps a word to the types of the labels given to its earlier
	// occurrences: O, PER, ORG, LOC, MISC.
	hist map[uint64]*[1 + len(Types)]uint16
	// agg maps a capitalised word to the words next to its occurrences
	// (context aggregation).
	agg map[uint64][]ctxPair
}

// A ctxPair is a word seen at offset o (−1 or +1) from occurrences of
// another word, n times.
type ctxPair struct {
	h uint64
	o int8
	n uint16
}

// maxPairs bounds the context words kept per word.
const maxPairs = 24

func (d *docState) reset() {
	if d.seen == nil {
		d.seen = map[uint64]uint8{}
		d.hist = map[uint64]*[1 + len(Types)]uint16{}
		d.agg = map[uint64][]ctxPair{}
	}
	clear(d.seen)
	clear(d.hist)
	clear(d.agg)
}

// add records how the words of one sentence are written.
func (d *docState) add(s *sentence) {
	if s.caps {
		return
	}
	for i, h := range s.lower {
		var f uint8
		switch {
		case s.shape[i]&shapeUpper != 0 && s.shape[i]&shapeAllCaps != 0 && i > 0:
			f = seenUpperMid
		case s.shape[i]&shapeUpper != 0 && i == 0:
			f = seenCapStart
		case s.shape[i]&shapeUpper != 0:
			f = seenCapMid
		case s.shape[i]&shapeLetter != 0:
			f = seenLower
		default:
			continue
		}
		d.seen[h] |= f
		if s.shape[i]&shapeUpper == 0 {
			continue
		}
		pairs := d.agg[h]
	next:
		for _, o := range [...]int{-1, 1} {
			j := i + o
			if j < 0 || j >= len(s.lower) {
				continue
			}
			for k := range pairs {
				if pairs[k].h == s.lower[j] && int(pairs[k].o) == o {
					pairs[k].n++
					continue next
				}
			}
			if len(pairs) < maxPairs {
				pairs = append(pairs, ctxPair{h: s.lower[j], o: int8(o), n: 1})
			}
		}
		d.agg[h] = pairs
	}
}

// observe records the label given to token i of s.
func (d *docState) observe(s *sentence, i int, l Label) {
	if s.shape[i]&shapeUpper == 0 {
		return
	}
	h := d.hist[s.lower[i]]
	if h == nil {
		h = new([1 + len(Types)]uint16)
		d.hist[s.lower[i]] = h
	}
	if h[l.Type()+1] < 1<<15 {
		h[l.Type()+1]++
	}
}

// Word shape bits kept per token for the context features.
const (
	shapeLetter  = 1 << iota // has a letter
	shapeUpper               // first letter upper case
	shapeAllCaps             // every letter upper case
)

func tokenShape(w string) uint8 {
	capital, flags := wordShape(w)
	var s uint8
	if flags&wtNoLetter == 0 {
		s |= shapeLetter
	}
	if capital {
		s |= shapeUpper
	}
	if flags&wtAllCaps != 0 {
		s |= shapeAllCaps
	}
	return s
}

// contextKeys appends the document-context features of token i of s.
func (f *featureSet) contextKeys(dst []uint64, d *docState, s *sentence, i int) []uint64 {
	sh := s.shape[i]
	if sh&shapeLetter == 0 {
		return dst
	}
	own := uint64(sh & (shapeUpper | shapeAllCaps))
	if s.caps {
		own |= 8
	}
	if i == 0 {
		own |= 16
	}
	dst = append(dst, key(tDocCase, 0, uint64(d.seen[s.lower[i]])<<8|own))
	if f.aggregate && sh&shapeUpper != 0 {
		// The words around the other occurrences of this word: its own
		// neighbours were counted too, unless the sentence is a
		// headline in capitals, and are taken off once.
		for _, p := range d.agg[s.lower[i]] {
			n := p.n
			if j := i + int(p.o); !s.caps && j >= 0 && j < len(s.lower) && s.lower[j] == p.h {
				n--
			}
			if n > 0 {
				dst = append(dst, key(tAggregate, int(p.o), p.h))
			}
		}
	}
	for o := 0; o <= 1; o++ {
		j := i + o
		if j >= len(s.lower) || s.shape[j]&shapeUpper == 0 {
			continue
		}
		h := d.hist[s.lower[j]]
		if h == nil {
			continue
		}
		total, best := 0, 0
		for t, n := range h {
			total += int(n)
			if n > h[best] {
				best = t
			}
		}
		dst = append(dst, key(tHistory, o, uint64(best)))
		if o == 0 {
			for t, n := range h {
				if n > 0 {
					// The share of the type, in thirds.
					dst = append(dst, key(tHistory, 2, uint64(t)<<2|uint64(3*int(n)/(total+1))))
				}
			}
		}
	}
	return dst
}

// headlinesLast returns the order in which to tag the n sentences of a
// document: when reorder is set, the sentences in capitals (headlines) go
// after the others, so that what the document says of a name in its body
// (the labels given to it, in the prediction history) is known when the
// headline is tagged. Otherwise the order is the text order.
func headlinesLast(n int, reorder bool, caps func(i int) bool) []int {
	order := make([]int, 0, n)
	for i := range n {
		if !reorder || !caps(i) {
			order = append(order, i)
		}
	}
	if reorder {
		for i := range n {
			if caps(i) {
				order = append(order, i)
			}
		}
	}
	return order
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
