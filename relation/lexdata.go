package relation

import (
	_ "embed"
	"encoding/binary"
	"slices"
	"sync"
	"unsafe"
)

//go:generate go test -run ^TestLexData$ -update .

// lexData is lookupLex's table, built by encodeLexData from what
// buildWordLexes computes from the source lists (the trigger lexicons,
// the gates and the marked word sets) and read in place: a fresh
// process neither hashes its words into a map nor walks the gates and
// the sets again (about 6 ms of the first relation stage before).
// TestLexData checks that it is up to date; `go generate ./relation`
// writes it again after a change to a list.
//
// Layout (little-endian): a header of four uint32 (the number of words
// n, of slots m, the length of the words' text, and lexDataVersion);
// then m slots of two uint32 (the high half of the word's FNV-1a hash,
// the word's number plus one, 0 for an empty slot; open addressing from
// hash&(m-1)); n flag bytes (lexFlag*), padded to 8 bytes; n word-set
// bit sets (wsBits, uint64 each); n uint32 ends of the words in the
// text; the text (the words in sorted order, one after the other).
//
//go:embed lexdata.bin
var lexData string

const lexDataVersion = 1

// the flags of a word in lexData
const (
	lexFlagFbGate  = 1 << iota // wordLex.fbGate
	lexFlagDepGate             // wordLex.depGate
	lexFlagNoun                // wordLex.noun
	lexFlagSpeech              // wordLex.speech
)

// buildWordLexes maps each word of a trigger lexicon to its entries, from
// the source lists: what lexData holds (with the trigger lexicons'
// entries, which lexIndex adds from lex and fbLex).
func buildWordLexes() map[string]*wordLex {
	out := make(map[string]*wordLex, 2*fbLexSize)
	lx, fb := lex(), fbLex()
	// the entries come from blocks rather than one allocation each
	var block []wordLex
	get := func(w string) *wordLex {
		if e := out[w]; e != nil {
			return e
		}
		_, partisan := partisanNouns[w]
		_, trig := nounTriggers[w]
		if len(block) == cap(block) {
			block = make([]wordLex, 0, 1024)
		}
		block = append(block, wordLex{
			verbs:   lx.verbs[w],
			form:    lx.forms[w],
			fbVerbs: fb.verbs[w],
			fbForm:  fb.forms[w],
			noun:    attackNouns[w] || partisan || trig,
			speech:  speechPreds[w] != nil,
		})
		e := &block[len(block)-1]
		out[w] = e
		return e
	}
	for w := range speechPreds {
		get(w)
	}
	for _, m := range []map[string]form{lx.forms, fb.forms} {
		for w := range m {
			get(w)
		}
	}
	for w := range lx.verbs {
		get(w)
	}
	for w := range fb.verbs {
		get(w)
	}
	for w := range attackNouns {
		get(w)
	}
	for w := range partisanNouns {
		get(w)
	}
	for w := range nounTriggers {
		get(w)
	}
	// the gates mark their words, adding those no lexicon has
	fbGateWords(func(w string) { get(w).fbGate = true })
	depGateWords(func(w string) { get(w).depGate = true })
	// and so do the marked word sets
	for ws, m := range wordSets() {
		for w, ok := range m {
			if ok {
				get(w).sets.add(wset(ws))
			}
		}
	}
	return out
}

// encodeLexData writes lexData's bytes for the entries of
// buildWordLexes.
func encodeLexData(m map[string]*wordLex) []byte {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.Sort(words)
	n := len(words)
	slots := 1
	for slots < 4*n {
		slots *= 2
	}
	text := 0
	for _, w := range words {
		text += len(w)
	}
	le := binary.LittleEndian
	var b []byte
	for _, v := range []int{n, slots, text, lexDataVersion} {
		b = le.AppendUint32(b, uint32(v))
	}
	tab := make([][2]uint32, slots)
	for i, w := range words {
		h := lexHash(w)
		j := h & uint64(slots-1)
		for tab[j][1] != 0 {
			j = (j + 1) & uint64(slots-1)
		}
		tab[j] = [2]uint32{uint32(h >> 32), uint32(i + 1)}
	}
	for _, s := range tab {
		b = le.AppendUint32(le.AppendUint32(b, s[0]), s[1])
	}
	for _, w := range words {
		e, f := m[w], byte(0)
		if e.fbGate {
			f |= lexFlagFbGate
		}
		if e.depGate {
			f |= lexFlagDepGate
		}
		if e.noun {
			f |= lexFlagNoun
		}
		if e.speech {
			f |= lexFlagSpeech
		}
		b = append(b, f)
	}
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	for _, w := range words {
		for _, u := range m[w].sets {
			b = le.AppendUint64(b, u)
		}
	}
	end := 0
	for _, w := range words {
		end += len(w)
		b = le.AppendUint32(b, uint32(end))
	}
	for _, w := range words {
		b = append(b, w...)
	}
	return b
}

// A lexTable indexes the words of lexData for lookupLex, once per token
// of every sentence view: open addressing over a table four times the
// words, each slot with the high half of its word's hash, so that most
// look-ups touch one slot and one entry. It reads the slots, the words'
// ends and their text in place in the embedded bytes.
type lexTable struct {
	slots []byte // 8 bytes a slot
	mask  uint64
	ends  []byte // 4 bytes a word
	text  string
	ents  []wordLex
}

// lexHash is FNV-1a.
func lexHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// openLexTable reads a table from lexData's bytes, with the entries'
// flags and word sets; the trigger lexicons' entries are left to the
// caller.
func openLexTable(data string) *lexTable {
	b := unsafe.Slice(unsafe.StringData(data), len(data)) // read only
	le := binary.LittleEndian
	if len(b) < 16 || le.Uint32(b[12:]) != lexDataVersion {
		panic("relation: lexdata.bin has another version: go generate ./relation")
	}
	n, m, text := int(le.Uint32(b)), int(le.Uint32(b[4:])), int(le.Uint32(b[8:]))
	off := 16
	t := &lexTable{slots: b[off : off+8*m], mask: uint64(m - 1)}
	off += 8 * m
	flags := b[off : off+n]
	off += (n + 7) &^ 7
	sets := b[off : off+8*len(wsBits{})*n]
	off += len(sets)
	t.ends = b[off : off+4*n]
	off += 4 * n
	t.text = data[off : off+text]
	if off+text != len(b) {
		panic("relation: lexdata.bin is malformed: go generate ./relation")
	}
	t.ents = make([]wordLex, n)
	for i := range t.ents {
		e, f := &t.ents[i], flags[i]
		e.fbGate, e.depGate, e.noun, e.speech = f&lexFlagFbGate != 0, f&lexFlagDepGate != 0, f&lexFlagNoun != 0, f&lexFlagSpeech != 0
		for k := range e.sets {
			e.sets[k] = le.Uint64(sets[8*(i*len(e.sets)+k):])
		}
	}
	return t
}

// find returns the number of word w, -1 if none.
func (t *lexTable) find(w string) int {
	h := lexHash(w)
	hi := uint32(h >> 32)
	le := binary.LittleEndian
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[8*i : 8*i+8]
		e := le.Uint32(sl[4:])
		if e == 0 {
			return -1
		}
		if le.Uint32(sl) == hi {
			k := int(e - 1)
			start := uint32(0)
			if k > 0 {
				start = le.Uint32(t.ends[4*k-4:])
			}
			if t.text[start:le.Uint32(t.ends[4*k:])] == w {
				return k
			}
		}
	}
}

// get returns the entry of word w, noLex if none.
func (t *lexTable) get(w string) *wordLex {
	if k := t.find(w); k >= 0 {
		return &t.ents[k]
	}
	return noLex
}

// entry returns the entry of a word of the trigger lexicons.
func (t *lexTable) entry(w string) *wordLex {
	k := t.find(w)
	if k < 0 {
		panic("relation: lexdata.bin lacks " + w + ": go generate ./relation")
	}
	return &t.ents[k]
}

// lexIndex is lookupLex's table, built on first use: lexData's words,
// flags and word sets, with the entries of the trigger lexicons.
var lexIndex = sync.OnceValue(func() *lexTable {
	t := openLexTable(lexData)
	lx, fb := lex(), fbLex()
	for w, v := range lx.verbs {
		t.entry(w).verbs = v
	}
	for w, f := range lx.forms {
		t.entry(w).form = f
	}
	for w, v := range fb.verbs {
		t.entry(w).fbVerbs = v
	}
	for w, f := range fb.forms {
		t.entry(w).fbForm = f
	}
	return t
})

// lookupLex returns the trigger lexicons' entries of a lower-case word.
func lookupLex(low string) *wordLex { return lexIndex().get(low) }
