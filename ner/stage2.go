package ner

// Two-stage prediction aggregation (Ratinov & Roth 2009; Krishnan &
// Manning 2006): a second tagger reads the labels a first one gave the whole
// document. It sees what the first stage said of the same word before and
// after the token (the prediction history sees only before), and of the
// multi-token names that contain the word elsewhere ("Pompeo" and "Mike
// Pompeo"), so that a document's names are labelled consistently.
//
// The second stage is a model of its own, trained with FeatStage2 on
// first-stage labels of the training data that the first stage did not see
// (cross-validation: see "newsgraph train ner -stage2"), since a model's
// labels of its own training data are too good to learn from.

// Stage-2 feature values (template tStage2, position = kind).
const (
	s2Own      = iota // the first stage's label of the token
	s2Left            // the majority type of the word's earlier occurrences
	s2Right           // the majority type of the word's later occurrences
	s2Contains        // a type of a multi-token name elsewhere that contains the word
	s2Window          // the first stage's labels of the tokens before and after
)

// stage2Keys returns, for each token of each sentence of a document, the
// keys of its stage-2 features, given the first stage's labels.
func stage2Keys(doc [][]string, stage1 [][]Label) [][][]uint64 {
	type occ struct{ k, i int }
	words := make([][]uint64, len(doc))
	byWord := map[uint64][]occ{}
	for k, toks := range doc {
		words[k] = make([]uint64, len(toks))
		for i, tok := range toks {
			w := normalize(tok)
			h := hashString(lower(w))
			words[k][i] = h
			if tokenShape(w)&shapeUpper != 0 {
				byWord[h] = append(byWord[h], occ{k, i})
			}
		}
	}
	// The types of the multi-token names of the first stage, by word:
	// contains[h][t] counts the names of type t holding word h.
	contains := map[uint64]*[len(Types)]uint16{}
	for k, ls := range stage1 {
		for _, e := range Decode(ls) {
			if e.End-e.Start < 2 {
				continue
			}
			t := typeIndex(e.Type)
			if t < 0 {
				continue
			}
			for i := e.Start; i < e.End; i++ {
				c := contains[words[k][i]]
				if c == nil {
					c = new([len(Types)]uint16)
					contains[words[k][i]] = c
				}
				c[t]++
			}
		}
	}
	out := make([][][]uint64, len(doc))
	for k, toks := range doc {
		out[k] = make([][]uint64, len(toks))
		ls := stage1[k]
		for i := range toks {
			var keys []uint64
			keys = append(keys, key(tStage2, s2Own, uint64(ls[i])))
			prev, next := noLabel, noLabel
			if i > 0 {
				prev = ls[i-1]
			}
			if i+1 < len(ls) {
				next = ls[i+1]
			}
			keys = append(keys, key(tStage2, s2Window, uint64(prev)<<8|uint64(next)))
			h := words[k][i]
			if occs := byWord[h]; len(occs) > 1 {
				var left, right [1 + len(Types)]int
				for _, o := range occs {
					if o.k == k && o.i == i {
						continue
					}
					t := stage1[o.k][o.i].Type() + 1
					if o.k < k || (o.k == k && o.i < i) {
						left[t]++
					} else {
						right[t]++
					}
				}
				if b, ok := majority(left[:]); ok {
					keys = append(keys, key(tStage2, s2Left, uint64(b)))
				}
				if b, ok := majority(right[:]); ok {
					keys = append(keys, key(tStage2, s2Right, uint64(b)))
				}
			}
			if c := contains[h]; c != nil {
				own := -1
				if l := ls[i]; l != O {
					own = l.Type()
				}
				for t, n := range c {
					// The token's own name, if it is a multi-token
					// one, is not "elsewhere".
					if t == own && n == 1 && inMultiName(ls, i) {
						continue
					}
					if n > 0 {
						keys = append(keys, key(tStage2, s2Contains, uint64(t)))
					}
				}
			}
			out[k][i] = keys
		}
	}
	return out
}

// majority returns the most frequent index of counts, and false when all
// are zero.
func majority(counts []int) (int, bool) {
	best, total := 0, 0
	for t, n := range counts {
		total += n
		if n > counts[best] {
			best = t
		}
	}
	return best, total > 0
}

// inMultiName reports whether token i is inside a name of two or more
// tokens.
func inMultiName(ls []Label, i int) bool {
	l := ls[i]
	return l != O && l.pos() != posU
}
