package screen

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/document"
)

// An Index holds loaded lists ready for screening. Build it once with
// NewIndex; it is read-only afterwards and safe for concurrent use.
type Index struct {
	lists   []*List
	entries []ientry
	names   []iname

	vocab     map[string]int32 // folded word → vocabulary id
	words     []vword
	byVariant map[string][]int32
	byCons    map[string][]int32
	// deletes pairs the hash of each word less one of its letters with
	// the word, sorted by hash: the neighbourhood that finds typos.
	deletes []hashWord
	// delStart[b] is where the deletes whose hash has top bits b start.
	delStart []int32

	pool sync.Pool // *scratch
}

// An ientry is an indexed entry. An index read from a snapshot holds the
// entry as JSON and decodes it the first time a match needs it.
type ientry struct {
	list int32
	typ  string
	raw  []byte

	once      sync.Once
	entry     *Entry
	countries []string // ISO codes, for context
}

// get returns the entry, decoding it on first use.
func (e *ientry) get() *Entry {
	e.once.Do(func() {
		if e.entry == nil {
			e.entry = new(Entry)
			if err := json.Unmarshal(e.raw, e.entry); err != nil {
				e.entry.Remarks = "(damaged entry: " + err.Error() + ")"
			}
			e.raw = nil
		}
		e.countries = entryCountries(e.entry)
	})
	return e.entry
}

type iname struct {
	entry int32
	name  int16 // index into Entry.Names
	weak  bool
	toks  []token
	// total is the sum of the words' weights.
	total float32
}

type vword struct {
	token
	post []posting
}

// A posting says that a word occurs in a name: at word pos (bits 0–5),
// or joined from the words there (joinedPos: two words, three with
// threePos).
type posting struct {
	name int32
	pos  uint8
}

const (
	joinedPos = 0x80
	threePos  = 0x40
)

// NewIndex indexes the entries of lists. The lists must not be changed
// afterwards.
func NewIndex(lists ...*List) *Index {
	ix := &Index{lists: lists, vocab: map[string]int32{}, byVariant: map[string][]int32{}, byCons: map[string][]int32{}}
	nEntries := 0
	for _, l := range lists {
		nEntries += len(l.Entries)
	}
	ix.entries = make([]ientry, 0, nEntries)
	for li, l := range lists {
		for ei := range l.Entries {
			e := &l.Entries[ei]
			ix.entries = append(ix.entries, ientry{list: int32(li), typ: e.Type, entry: e})
			id := int32(len(ix.entries) - 1)
			for ni, n := range e.Names {
				toks, _ := nameTokens(n.Full, e.Type, n.Surname, n.Given)
				if len(toks) == 0 {
					continue
				}
				if len(toks) > 250 {
					toks = toks[:250]
				}
				ix.names = append(ix.names, iname{entry: id, name: int16(min(ni, math.MaxInt16)), weak: n.Quality == QualityWeak, toks: toks})
			}
		}
	}
	// Word frequencies: in how many names each word occurs.
	df := make(map[string]int, len(ix.names))
	for _, n := range ix.names {
	next:
		for i, t := range n.toks {
			for _, u := range n.toks[:i] {
				if u.text == t.text {
					continue next
				}
			}
			df[t.text]++
		}
	}
	ix.vocab = make(map[string]int32, len(df)*2)
	ix.byVariant = make(map[string][]int32, len(df)*2)
	ix.byCons = make(map[string][]int32, len(df))
	ix.deletes = make([]hashWord, 0, len(df)*8)
	total := float64(len(ix.names) + 1)
	weight := func(t token) float32 {
		switch {
		case t.role == roleGeneric:
			return 0.05
		case t.role == roleParticle:
			return 0.1
		case len(t.text) == 1:
			return initialWeight
		}
		w := float32(idf(df[t.text], total))
		if t.role == roleOptional {
			w *= 0.35
		}
		return w
	}
	for ni := range ix.names {
		n := &ix.names[ni]
		for ti := range n.toks {
			n.toks[ti].weight = weight(n.toks[ti])
			n.total += n.toks[ti].weight
		}
		for ti, t := range n.toks {
			if retrievable(&t) {
				ix.post(t, posting{name: int32(ni), pos: uint8(ti)}, true)
			}
			// Joined neighbours: "Yong Chol" is also "Yongchol".
			for _, k := range []int{2, 3} {
				if !joinWords(n.toks, ti, k) {
					continue
				}
				text := t.text
				for _, u := range n.toks[ti+1 : ti+k] {
					text += u.text
				}
				c := token{text: text, role: roleCore}
				c.variant = variantKey(c.text)
				c.cons = consonantKey(c.variant)
				pos := uint8(min(ti, 63)) | joinedPos
				if k == 3 {
					pos |= threePos
				}
				ix.post(c, posting{name: int32(ni), pos: pos}, false)
			}
		}
	}
	slices.SortFunc(ix.deletes, func(a, b hashWord) int { return cmp.Compare(a.h, b.h) })
	for wi := range ix.words {
		w := &ix.words[wi]
		w.weight = float32(idf(df[w.text], total))
	}
	ix.finish()
	return ix
}

// finish builds what NewIndex and ReadIndex share: the buckets of the
// deletes and the pool of scratch space.
func (ix *Index) finish() {
	ix.delStart = make([]int32, 1<<delBits+1)
	b := 0
	for i, d := range ix.deletes {
		for top := int(d.h >> (64 - delBits)); b <= top; b++ {
			ix.delStart[b] = int32(i)
		}
	}
	for ; b <= 1<<delBits; b++ {
		ix.delStart[b] = int32(len(ix.deletes))
	}
	ix.pool.New = func() any {
		return &scratch{acc: make([]float32, len(ix.names)), cur: make([]float32, len(ix.names)), stamp: make([]int32, len(ix.names)),
			wsim: make([]float32, len(ix.words))}
	}
}

// idf is a word's weight in [0.2, 1]: 1 for a word no name has, less the
// more names share it.
func idf(df int, total float64) float64 {
	if df == 0 {
		return 1
	}
	w := math.Log(total/float64(df)) / math.Log(total)
	return max(0.2, min(1, w))
}

func (ix *Index) post(t token, p posting, typos bool) {
	id, ok := ix.vocab[t.text]
	if !ok {
		id = int32(len(ix.words))
		ix.vocab[t.text] = id
		ix.words = append(ix.words, vword{token: t})
		ix.byVariant[t.variant] = append(ix.byVariant[t.variant], id)
		if len(t.cons) >= 2 {
			ix.byCons[t.cons] = append(ix.byCons[t.cons], id)
		}
		if typos && len(t.text) >= 3 {
			// The word itself, for queries one letter longer.
			ix.deletes = append(ix.deletes, hashWord{hashSkip(t.text, -1), id})
		}
		if typos && len(t.text) >= 4 {
			for i := range len(t.text) {
				ix.deletes = append(ix.deletes, hashWord{hashSkip(t.text, i), id})
			}
		}
	}
	w := &ix.words[id]
	if n := len(w.post); n > 0 && w.post[n-1].name == p.name {
		return
	}
	w.post = append(w.post, p)
}

// Lists returns the name and date of each indexed list, for provenance.
func (ix *Index) Lists() []document.ListVersion {
	out := make([]document.ListVersion, 0, len(ix.lists))
	for _, l := range ix.lists {
		out = append(out, document.ListVersion{Name: l.Name, Date: l.Date})
	}
	return out
}

// Len returns the number of entries and of names indexed.
func (ix *Index) Len() (entries, names int) { return len(ix.entries), len(ix.names) }

// String describes the index.
func (ix *Index) String() string {
	return fmt.Sprintf("screen index: %d lists, %d entries, %d names, %d words", len(ix.lists), len(ix.entries), len(ix.names), len(ix.words))
}

// scratch holds per-query accumulators, reused through a pool.
type scratch struct {
	acc, cur []float32
	stamp    []int32
	touched  []int32
	// wsim holds, per vocabulary word, its similarity to the query word
	// being looked up (0: not seen); wseen lists the words set.
	wsim  []float32
	wseen []int32
}

// hashSkip hashes s without its byte at skip (FNV-1a); skip = -1 hashes
// all of s.
func hashSkip(s string, skip int) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		if i != skip {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
	}
	return h
}

type hashWord struct {
	h  uint64
	id int32
}

// delBits is the number of top hash bits that bucket the deletes.
const delBits = 16

// byDelete returns the words that give hash h less one letter.
func (ix *Index) byDelete(h uint64) []hashWord {
	top := h >> (64 - delBits)
	bucket := ix.deletes[ix.delStart[top]:ix.delStart[top+1]]
	for i := range bucket {
		if bucket[i].h == h {
			j := i
			for j < len(bucket) && bucket[j].h == h {
				j++
			}
			return bucket[i:j]
		}
		if bucket[i].h > h {
			break
		}
	}
	return nil
}
