package screen

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/document"
)

// An Index holds loaded lists ready for screening. Build it once with
// NewIndex, or load a saved one with ReadIndex; it is read-only afterwards
// and safe for concurrent use.
//
// Both hold the index in one form: flat arrays of fixed-size records and
// one string heap, laid out as the bytes MarshalBinary writes
// (snapshot.go), so that ReadIndex uses the bytes in place instead of
// decoding them.
type Index struct {
	lists []*List // a loaded index's lists have no entries
	raw   []byte  // the binary form

	heap     string   // every string, referred to by strRef
	entries  []fentry // one a listed entry
	names    []fname  // one a listed name or alias
	nameToks []uint32 // the names' words: terms, by fname.Tok
	terms    []ftok   // the words of names, each distinct one once
	// words is the vocabulary that names are found by, sorted by text;
	// wpost[w]:wpost[w+1] are word w's postings in posts.
	words []ftok
	wpost []uint32
	posts []uint32 // name<<8 | position (postPos)
	// byVariant and byCons are word ids sorted by variant and consonant
	// key (then id).
	byVariant, byCons []uint32
	// The typo neighbourhood: the hash of each word less one of its
	// letters (and of the word whole), as the low 32 bits of the hash in
	// delHash and the word in delWord, sorted by the top delBits bits of
	// the hash (delStart[b] is where bucket b starts), then by delHash.
	delHash, delWord, delStart []uint32

	ents []lazyEntry
	load EntryLoader
	mem  []*Entry // a built index's entries

	pool sync.Pool // *scratch
}

// An EntryLoader returns a listed entry by list name and entry ID. A
// saved index holds what matching needs, not the entries themselves:
// ReadIndex takes a loader that fetches the few entries matches need.
type EntryLoader func(list, id string) (*Entry, error)

// A strRef is a string in the index's heap.
type strRef struct{ Off, Len uint32 }

// fentry is an indexed entry.
type fentry struct {
	ID, Type strRef
	List     uint32
	_        uint32
}

// fname is an indexed name: the entry, the name's place among the
// entry's names, and its words nameToks[Tok:Tok+NTok].
type fname struct {
	Entry uint32
	Tok   uint32
	// Total is the sum of the words' weights.
	Total float32
	Name  uint16
	NTok  uint8
	Weak  uint8
}

// ftok is a token in flat form.
type ftok struct {
	Text, Variant, Cons strRef
	Weight              float32
	Role, Equiv, Abjad  uint8
	_                   uint8
}

// lazyEntry is an entry loaded the first time a match needs it.
type lazyEntry struct {
	p atomic.Pointer[loadedEntry]
}

type loadedEntry struct {
	entry     *Entry
	countries []string // ISO codes, for context
}

// A posting says that a word occurs in a name: at word pos (bits 0–5),
// or joined from the words there (joinedPos: two words, three with
// threePos). It is packed as name<<8 | pos.
const (
	joinedPos = 0x80
	threePos  = 0x40
	// maxNames bounds the names of an index: a posting has 24 bits for
	// the name.
	maxNames = 1 << 24
)

// maxNameWords bounds the words of a listed name that are indexed.
const maxNameWords = 250

// NewIndex indexes the entries of lists. The lists must not be changed
// afterwards.
func NewIndex(lists ...*List) *Index {
	b := &builder{vocab: map[string]int32{}}
	var mem []*Entry
	for li, l := range lists {
		for ei := range l.Entries {
			e := &l.Entries[ei]
			mem = append(mem, e)
			id := int32(len(b.entries))
			b.entries = append(b.entries, bentry{list: li, id: e.ID, typ: e.Type})
			for ni, n := range e.Names {
				if len(b.names) >= maxNames {
					break
				}
				toks, _ := nameTokens(n.Full, e.Type, n.Surname, n.Given)
				if len(toks) == 0 {
					continue
				}
				if len(toks) > maxNameWords {
					toks = toks[:maxNameWords]
				}
				b.names = append(b.names, bname{entry: id, name: uint16(min(ni, math.MaxUint16)), weak: n.Quality == QualityWeak, toks: toks})
			}
		}
	}
	b.index()
	ix, err := loadIndex(b.encode(lists))
	if err != nil {
		panic("screen: an index just built does not load: " + err.Error()) // a bug
	}
	ix.mem = mem
	return ix
}

// builder holds an index being built, before it is laid out flat.
type builder struct {
	entries []bentry
	names   []bname
	vocab   map[string]int32
	words   []bword
	deletes []hashWord
}

type bentry struct {
	list    int
	id, typ string
}

type bname struct {
	entry int32
	name  uint16
	weak  bool
	toks  []token
	total float32
}

type bword struct {
	token
	post []uint32
}

type hashWord struct {
	h  uint64
	id int32
}

// index weighs the names' words and fills the vocabulary.
func (b *builder) index() {
	// Word frequencies: in how many names each word occurs.
	df := make(map[string]int, len(b.names))
	for _, n := range b.names {
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
	b.vocab = make(map[string]int32, len(df)*2)
	b.deletes = make([]hashWord, 0, len(df)*8)
	total := float64(len(b.names) + 1)
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
	for ni := range b.names {
		n := &b.names[ni]
		for ti := range n.toks {
			n.toks[ti].weight = weight(n.toks[ti])
			n.total += n.toks[ti].weight
		}
		for ti, t := range n.toks {
			if retrievable(&t) {
				b.post(t, uint32(ni)<<8|uint32(ti), true)
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
				pos := uint32(min(ti, 63)) | joinedPos
				if k == 3 {
					pos |= threePos
				}
				b.post(c, uint32(ni)<<8|pos, false)
			}
		}
	}
	for wi := range b.words {
		w := &b.words[wi]
		w.weight = float32(idf(df[w.text], total))
	}
}

func (b *builder) post(t token, p uint32, typos bool) {
	id, ok := b.vocab[t.text]
	if !ok {
		id = int32(len(b.words))
		b.vocab[t.text] = id
		b.words = append(b.words, bword{token: t})
		if typos && len(t.text) >= 3 {
			// The word itself, for queries one letter longer.
			b.deletes = append(b.deletes, hashWord{hashSkip(t.text, -1), id})
		}
		if typos && len(t.text) >= 4 {
			for i := range len(t.text) {
				b.deletes = append(b.deletes, hashWord{hashSkip(t.text, i), id})
			}
		}
	}
	w := &b.words[id]
	if n := len(w.post); n > 0 && w.post[n-1]>>8 == p>>8 {
		return
	}
	w.post = append(w.post, p)
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

// s returns a string of the heap.
func (ix *Index) s(r strRef) string { return ix.heap[r.Off : r.Off+r.Len] }

// tok returns a flat token as a token.
func (ix *Index) tok(t *ftok) token {
	return token{text: ix.s(t.Text), variant: ix.s(t.Variant), cons: ix.s(t.Cons), role: t.Role, weight: t.Weight, abjad: t.Abjad != 0, equiv: t.Equiv}
}

// nameToks appends the words of name n to buf.
func (ix *Index) appendNameToks(buf []token, n *fname) []token {
	for _, t := range ix.nameToks[n.Tok : n.Tok+uint32(n.NTok)] {
		buf = append(buf, ix.tok(&ix.terms[t]))
	}
	return buf
}

// lookup returns the id of the vocabulary word text.
func (ix *Index) lookup(text string) (int32, bool) {
	i, ok := slices.BinarySearchFunc(ix.words, text, func(w ftok, t string) int { return strings.Compare(ix.s(w.Text), t) })
	return int32(i), ok
}

// keyed returns the ids in ids (sorted by key) whose key is k.
func (ix *Index) keyed(ids []uint32, k string, key func(*ftok) strRef) []uint32 {
	lo, _ := slices.BinarySearchFunc(ids, k, func(id uint32, k string) int { return strings.Compare(ix.s(key(&ix.words[id])), k) })
	hi := lo
	for hi < len(ids) && ix.s(key(&ix.words[ids[hi]])) == k {
		hi++
	}
	return ids[lo:hi]
}

func variantOf(t *ftok) strRef { return t.Variant }
func consOf(t *ftok) strRef    { return t.Cons }

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

// entry returns entry i, loading it on first use. An entry that cannot be
// loaded, or that is not the one indexed any more (its list was replaced
// since the index was read), is a stand-in that says so; it is not kept,
// so that the next match tries again.
func (ix *Index) entry(i uint32) *loadedEntry {
	e := &ix.ents[i]
	if l := e.p.Load(); l != nil {
		return l
	}
	if ix.mem != nil {
		l := &loadedEntry{entry: ix.mem[i], countries: entryCountries(ix.mem[i])}
		if e.p.CompareAndSwap(nil, l) {
			return l
		}
		return e.p.Load()
	}
	fe := &ix.entries[i]
	list, id := ix.lists[fe.List].Name, ix.s(fe.ID)
	var en *Entry
	err := errors.New("no loader")
	if ix.load != nil {
		en, err = ix.load(list, id)
	}
	if err == nil && en == nil {
		err = errors.New("not found")
	}
	if err == nil {
		err = ix.sameEntry(i, en)
	}
	if err != nil {
		return &loadedEntry{entry: ix.standIn(i, list, err)}
	}
	l := &loadedEntry{entry: en, countries: entryCountries(en)}
	if e.p.CompareAndSwap(nil, l) {
		return l
	}
	return e.p.Load()
}

// namesOf returns the indexed names of entry i.
func (ix *Index) namesOf(i uint32) []fname {
	lo, _ := slices.BinarySearchFunc(ix.names, i, func(n fname, e uint32) int { return cmp.Compare(n.Entry, e) })
	hi := lo
	for hi < len(ix.names) && ix.names[hi].Entry == i {
		hi++
	}
	return ix.names[lo:hi]
}

// sameEntry checks that a loaded entry is the one indexed as entry i: the
// same ID, and each indexed name where the index has it, with the same
// words.
func (ix *Index) sameEntry(i uint32, en *Entry) error {
	fe := &ix.entries[i]
	if en.ID != ix.s(fe.ID) || en.Type != ix.s(fe.Type) {
		return fmt.Errorf("the store returned entry %s (%s), not %s", en.ID, en.Type, ix.s(fe.ID))
	}
	ns := ix.namesOf(i)
	for k := range ns {
		n := &ns[k]
		if int(n.Name) >= len(en.Names) {
			return errors.New("the entry has changed since the index was made")
		}
		nm := en.Names[n.Name]
		toks, _ := nameTokens(nm.Full, en.Type, nm.Surname, nm.Given)
		ids := ix.nameToks[n.Tok : n.Tok+uint32(n.NTok)]
		if min(len(toks), maxNameWords) != len(ids) {
			return errors.New("the entry has changed since the index was made")
		}
		for j, id := range ids {
			if toks[j].text != ix.s(ix.terms[id].Text) {
				return errors.New("the entry has changed since the index was made")
			}
		}
	}
	return nil
}

// standIn is what a match shows of an entry that could not be loaded: its
// ID, type and first name as indexed (folded), and why.
func (ix *Index) standIn(i uint32, list string, err error) *Entry {
	fe := &ix.entries[i]
	e := &Entry{ID: ix.s(fe.ID), Type: ix.s(fe.Type), Remarks: fmt.Sprintf("(entry %s of %s could not be loaded: %v)", ix.s(fe.ID), list, err)}
	if ns := ix.namesOf(i); len(ns) > 0 {
		toks := ix.appendNameToks(nil, &ns[0])
		e.Names = []Name{{Full: strings.Join(texts(toks), " "), Kind: NamePrimary, Quality: QualityStrong}}
	}
	return e
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
	ctoks []token // a listed name's words
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

// delBits is the number of top hash bits that bucket the deletes: 4,096
// buckets of about 35 for the full lists.
const delBits = 12

// byDelete returns the words that give hash h less one letter. Only 44
// bits of the hash are compared (the bucket and the low 32): a word found
// by a collision is compared with the query word like any other, so it
// costs a comparison, not a wrong match.
func (ix *Index) byDelete(h uint64) []uint32 {
	top := h >> (64 - delBits)
	lo, hi := ix.delStart[top], ix.delStart[top+1]
	bucket := ix.delHash[lo:hi]
	want := uint32(h)
	i, found := slices.BinarySearch(bucket, want)
	if !found {
		return nil
	}
	j := i + 1
	for j < len(bucket) && bucket[j] == want {
		j++
	}
	return ix.delWord[int(lo)+i : int(lo)+j]
}

// sortDeletes orders hash-word pairs as the index keeps them.
func sortDeletes(d []hashWord) {
	slices.SortFunc(d, func(a, b hashWord) int {
		if c := cmp.Compare(a.h>>(64-delBits), b.h>>(64-delBits)); c != 0 {
			return c
		}
		if c := cmp.Compare(uint32(a.h), uint32(b.h)); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
}
