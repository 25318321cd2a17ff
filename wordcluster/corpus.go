package wordcluster

import (
	"cmp"
	"slices"
)

// A Corpus accumulates the sentences that Train clusters. Words are kept
// exactly as given (case included); bigrams never cross a sentence. The zero
// value is an empty corpus ready to use. A Corpus is not safe for concurrent
// use.
type Corpus struct {
	ids    map[string]int32
	words  []string
	counts []int64
	seq    []int32 // word ids; -1 ends a sentence
	tokens int64
	sents  int
}

// Add appends one sentence of tokens. Empty tokens are skipped.
func (c *Corpus) Add(sentence []string) {
	if c.ids == nil {
		c.ids = make(map[string]int32)
	}
	n := 0
	for _, w := range sentence {
		if w == "" {
			continue
		}
		id, ok := c.ids[w]
		if !ok {
			id = int32(len(c.words))
			c.ids[w] = id
			c.words = append(c.words, w)
			c.counts = append(c.counts, 0)
		}
		c.counts[id]++
		c.seq = append(c.seq, id)
		n++
	}
	if n > 0 {
		c.seq = append(c.seq, -1)
		c.tokens += int64(n)
		c.sents++
	}
}

// Tokens returns the number of tokens added.
func (c *Corpus) Tokens() int64 { return c.tokens }

// Sentences returns the number of non-empty sentences added.
func (c *Corpus) Sentences() int { return c.sents }

// Types returns the number of distinct words added.
func (c *Corpus) Types() int { return len(c.words) }

// VocabSize returns the number of distinct words seen at least minCount
// times: the words Train clusters with that MinCount.
func (c *Corpus) VocabSize(minCount int) int {
	n := 0
	for _, k := range c.counts {
		if k >= int64(minCount) {
			n++
		}
	}
	return n
}

// bigrams is the word-level input of the clustering: the vocabulary in
// descending frequency and the adjacency of each word in compressed rows.
type bigrams struct {
	words  []string
	counts []int64
	// out[outStart[w]:outStart[w+1]] are the words that follow w, with
	// their counts in outCount; in* the words that precede it.
	outStart, outWord, outCount []int32
	inStart, inWord, inCount    []int32
}

// bigrams returns the vocabulary of words seen at least minCount times, in
// descending frequency (ties in byte order), and the counts of adjacent
// pairs of such words within a sentence.
func (c *Corpus) bigrams(minCount int) *bigrams {
	order := make([]int32, 0, len(c.words))
	for id, k := range c.counts {
		if k >= int64(minCount) {
			order = append(order, int32(id))
		}
	}
	slices.SortFunc(order, func(a, b int32) int {
		if x := cmp.Compare(c.counts[b], c.counts[a]); x != 0 {
			return x
		}
		return cmp.Compare(c.words[a], c.words[b])
	})
	remap := make([]int32, len(c.words))
	for i := range remap {
		remap[i] = -1
	}
	b := &bigrams{words: make([]string, len(order)), counts: make([]int64, len(order))}
	for rank, id := range order {
		remap[id] = int32(rank)
		b.words[rank] = c.words[id]
		b.counts[rank] = c.counts[id]
	}
	var keys []uint64
	prev := int32(-1)
	for _, id := range c.seq {
		cur := int32(-1)
		if id >= 0 {
			cur = remap[id]
		}
		if prev >= 0 && cur >= 0 {
			keys = append(keys, uint64(prev)<<32|uint64(cur))
		}
		prev = cur
	}
	slices.Sort(keys)
	V := len(order)
	b.outStart = make([]int32, V+1)
	inDeg := make([]int32, V+1)
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		u, v := int32(keys[i]>>32), int32(uint32(keys[i]))
		b.outWord = append(b.outWord, v)
		b.outCount = append(b.outCount, int32(j-i))
		b.outStart[u+1]++
		inDeg[v+1]++
		i = j
	}
	for w := 0; w < V; w++ {
		b.outStart[w+1] += b.outStart[w]
		inDeg[w+1] += inDeg[w]
	}
	b.inStart = slices.Clone(inDeg)
	b.inWord = make([]int32, len(b.outWord))
	b.inCount = make([]int32, len(b.outWord))
	fill := inDeg[:V]
	for u := 0; u < V; u++ {
		for k := b.outStart[u]; k < b.outStart[u+1]; k++ {
			v := b.outWord[k]
			b.inWord[fill[v]] = int32(u)
			b.inCount[fill[v]] = b.outCount[k]
			fill[v]++
		}
	}
	return b
}
