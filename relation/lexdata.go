package relation

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

//go:generate go test -run ^TestLexData$ -update .

// lexData is lookupLex's table, built by encodeLexData from what
// buildWordLexes computes from the source lists (the trigger lexicons
// lex and fbLex, the gates and the marked word sets) and read in place:
// a fresh process neither builds the lexicons' maps nor walks the gates
// and the sets again (about 10 ms of the first relation stage before).
// The triggers the entries point to are Go data in lexdata_gen.go
// (lexTriggers, lexTriggerRefs, lexFbTriggers), which the linker lays
// out. TestLexData checks both files against the builders; `go generate
// ./relation` writes them again after a change to a list.
//
// Layout (little-endian): a header of six uint32 (the number of words
// n, of slots m, the length of the words' text, lexDataVersion, the
// length of the lemmas' text, 0); then m slots of two uint32 (the high
// half of the word's FNV-1a hash, the word's number plus one, 0 for an
// empty slot; open addressing from hash&(m-1)); n uint32 flags
// (lexFlag*); n word-set bit sets (wsBits, uint64 each); n uint32 ends
// of the words in the text; n records of six uint32 (the start and
// length of the word's verbs in lexTriggerRefs, of its fbVerbs in
// lexFbTriggers, and its form's and fbForm's lemma as offset<<8|length
// in the lemmas' text); the words' text (in sorted order, one after the
// other); the lemmas' text.
//
//go:embed lexdata.bin
var lexData string

const lexDataVersion = 2

// the flags of a word in lexData
const (
	lexFlagFbGate      = 1 << iota // wordLex.fbGate
	lexFlagDepGate                 // wordLex.depGate
	lexFlagNoun                    // wordLex.noun
	lexFlagSpeech                  // wordLex.speech
	lexFlagInForms                 // wordLex.inForms
	lexFlagPast                    // wordLex.form.past
	lexFlagPart                    // wordLex.form.part
	lexFlagIng                     // wordLex.form.ing
	lexFlagInFbForms               // wordLex.inFbForms
	lexFlagFbPast                  // wordLex.fbForm.past
	lexFlagFbPart                  // wordLex.fbForm.part
	lexFlagFbIng                   // wordLex.fbForm.ing
	lexFlagWordnetOnly             // wordLex.wordnetOnly
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
		fm, inForms := lx.forms[w]
		fbFm, inFbForms := fb.forms[w]
		block = append(block, wordLex{
			verbs:       lx.verbs[w],
			form:        fm,
			fbVerbs:     fb.verbs[w],
			fbForm:      fbFm,
			noun:        attackNouns[w] || partisan || trig,
			speech:      speechPreds[w] != nil,
			inForms:     inForms,
			inFbForms:   inFbForms,
			wordnetOnly: fb.wordnetOnly[w],
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

// encodeLexData writes lexData's bytes and lexdata_gen.go's text for the
// entries of buildWordLexes.
func encodeLexData(m map[string]*wordLex) (data, gen []byte) {
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
	// the triggers, the lemmas
	trigNum := map[*trigger]int{}
	var trigs []*trigger
	var refs []int
	var fbs []fbTrigger
	lemmaAt := map[string]int{}
	var lemmas []byte
	lemmaRef := func(l string) uint32 {
		if l == "" {
			return 0
		}
		at, ok := lemmaAt[l]
		if !ok {
			at = len(lemmas)
			lemmaAt[l] = at
			lemmas = append(lemmas, l...)
		}
		return uint32(at)<<8 | uint32(len(l))
	}
	recs := make([][6]uint32, n)
	for i, w := range words {
		e := m[w]
		recs[i][0], recs[i][1] = uint32(len(refs)), uint32(len(e.verbs))
		for _, t := range e.verbs {
			k, ok := trigNum[t]
			if !ok {
				k = len(trigs)
				trigNum[t] = k
				trigs = append(trigs, t)
			}
			refs = append(refs, k)
		}
		recs[i][2], recs[i][3] = uint32(len(fbs)), uint32(len(e.fbVerbs))
		fbs = append(fbs, e.fbVerbs...)
		recs[i][4], recs[i][5] = lemmaRef(e.form.lemma), lemmaRef(e.fbForm.lemma)
	}
	le := binary.LittleEndian
	var b []byte
	for _, v := range []int{n, slots, text, lexDataVersion, len(lemmas), 0} {
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
		e, f := m[w], uint32(0)
		for bit, on := range []bool{e.fbGate, e.depGate, e.noun, e.speech, e.inForms, e.form.past, e.form.part, e.form.ing,
			e.inFbForms, e.fbForm.past, e.fbForm.part, e.fbForm.ing, e.wordnetOnly} {
			if on {
				f |= 1 << bit
			}
		}
		b = le.AppendUint32(b, f)
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
	for _, r := range recs {
		for _, v := range r {
			b = le.AppendUint32(b, v)
		}
	}
	for _, w := range words {
		b = append(b, w...)
	}
	b = append(b, lemmas...)

	var g bytes.Buffer
	g.WriteString("// Code generated by TestLexData -update (go generate ./relation); DO NOT EDIT.\n\n")
	g.WriteString("package relation\n\n")
	g.WriteString("// lexTriggers are the triggers of lex, each once.\n")
	g.WriteString("var lexTriggers = [...]trigger{\n")
	for _, t := range trigs {
		fmt.Fprintf(&g, "\t{typ: %q, verb: %q, words: %s, noObject: %v, nameOnly: %v},\n", t.typ, t.verb, goStrings(t.words), t.noObject, t.nameOnly)
	}
	g.WriteString("}\n\n// lexTriggerRefs are the words' verbs, one after the other (lexData's\n// records say where each word's are).\n")
	g.WriteString("var lexTriggerRefs = [...]*trigger{")
	for i, k := range refs {
		if i%8 == 0 {
			g.WriteString("\n\t")
		} else {
			g.WriteString(" ")
		}
		fmt.Fprintf(&g, "&lexTriggers[%d],", k)
	}
	g.WriteString("\n}\n\n// lexFbTriggers are the words' fbVerbs, one after the other.\n")
	g.WriteString("var lexFbTriggers = [...]fbTrigger{\n")
	for _, t := range fbs {
		fmt.Fprintf(&g, "\t{typ: %q, prep: %q, to: %v, words: %s, reverse: %v, wordnet: %v},\n", t.typ, t.prep, t.to, goStrings(t.words), t.reverse, t.wordnet)
	}
	g.WriteString("}\n")
	return b, g.Bytes()
}

// goStrings writes ws as a Go expression, nil as nil.
func goStrings(ws []string) string {
	if ws == nil {
		return "nil"
	}
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = strconv.Quote(w)
	}
	return "[]string{" + strings.Join(q, ", ") + "}"
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

// openLexTable reads a table from lexData's bytes, with its entries.
func openLexTable(data string) *lexTable {
	b := unsafe.Slice(unsafe.StringData(data), len(data)) // read only
	le := binary.LittleEndian
	if len(b) < 24 || le.Uint32(b[12:]) != lexDataVersion {
		panic("relation: lexdata.bin has another version: go generate ./relation")
	}
	n, m, text, nLemmas := int(le.Uint32(b)), int(le.Uint32(b[4:])), int(le.Uint32(b[8:])), int(le.Uint32(b[16:]))
	off := 24
	t := &lexTable{slots: b[off : off+8*m], mask: uint64(m - 1)}
	off += 8 * m
	flags := b[off : off+4*n]
	off += (4*n + 7) &^ 7
	sets := b[off : off+8*len(wsBits{})*n]
	off += len(sets)
	t.ends = b[off : off+4*n]
	off += 4 * n
	recs := b[off : off+24*n]
	off += 24 * n
	t.text = data[off : off+text]
	off += text
	lemmas := data[off : off+nLemmas]
	if off+nLemmas != len(b) {
		panic("relation: lexdata.bin is malformed: go generate ./relation")
	}
	lemma := func(ref uint32) string { return lemmas[ref>>8 : ref>>8+ref&0xff] }
	t.ents = make([]wordLex, n)
	for i := range t.ents {
		e, f, r := &t.ents[i], le.Uint32(flags[4*i:]), recs[24*i:24*i+24]
		e.fbGate, e.depGate, e.noun, e.speech = f&lexFlagFbGate != 0, f&lexFlagDepGate != 0, f&lexFlagNoun != 0, f&lexFlagSpeech != 0
		e.inForms, e.inFbForms, e.wordnetOnly = f&lexFlagInForms != 0, f&lexFlagInFbForms != 0, f&lexFlagWordnetOnly != 0
		e.form = form{lemma: lemma(le.Uint32(r[16:])), past: f&lexFlagPast != 0, part: f&lexFlagPart != 0, ing: f&lexFlagIng != 0}
		e.fbForm = form{lemma: lemma(le.Uint32(r[20:])), past: f&lexFlagFbPast != 0, part: f&lexFlagFbPart != 0, ing: f&lexFlagFbIng != 0}
		if k, c := le.Uint32(r), le.Uint32(r[4:]); c > 0 {
			e.verbs = lexTriggerRefs[k : k+c : k+c]
		}
		if k, c := le.Uint32(r[8:]), le.Uint32(r[12:]); c > 0 {
			e.fbVerbs = lexFbTriggers[k : k+c : k+c]
		}
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

// lexIndex is lookupLex's table, read from lexData on first use.
var lexIndex = sync.OnceValue(func() *lexTable { return openLexTable(lexData) })

// lookupLex returns the trigger lexicons' entries of a lower-case word.
func lookupLex(low string) *wordLex { return lexIndex().get(low) }
