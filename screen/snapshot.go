package screen

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// The snapshot of an index is the index's own memory layout, so that
// ReadIndex uses the bytes in place:
//
//	magic "NGSCRNIX" | format uint32 | CRC-32C of the rest uint32 |
//	14 × (offset uint32, length uint32) | the sections, each at an offset
//	that is a multiple of 8
//
// All numbers are little-endian. The sections are, in order: a JSON header
// (the matcher's Version and the lists' names, titles, formats, dates and
// files), the string heap, then arrays of fixed-size records: entries
// (fentry), names (fname), the names' words (uint32 term ids), terms
// (ftok), the vocabulary sorted by text (ftok), the vocabulary's posting
// starts (uint32), postings (uint32: name<<8 | position), the vocabulary
// sorted by variant key and by consonant key (uint32 word ids), and the
// typo neighbourhood (hashes, words, bucket starts: uint32). Entries are
// not in the snapshot; ReadIndex's loader fetches those a match needs.
const (
	snapshotMagic = "NGSCRNIX"
	// indexFormat is the version of the layout. A snapshot of another
	// layout, or made by another matcher Version, is rejected with
	// ErrSnapshot, and its reader builds the index again.
	indexFormat = 2
	nSections   = 14
	headerSize  = 16 + nSections*8
)

const (
	secMeta = iota
	secHeap
	secEntries
	secNames
	secNameToks
	secTerms
	secWords
	secWPost
	secPosts
	secByVariant
	secByCons
	secDelHash
	secDelWord
	secDelStart
)

// ErrSnapshot is returned for a snapshot that cannot be read: damaged, or
// written by another version of the layout or the matcher.
var ErrSnapshot = errors.New("screen: unusable index snapshot")

// castagnoli returns the CRC-32C table of the snapshots' checksum, made
// on first use: making it (the SSE 4.2 tables) took a third of a
// millisecond of every process's start-up, screening or not.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

type snapMeta struct {
	Matcher string     `json:"matcher"`
	Lists   []metaList `json:"lists"`
}

type metaList struct {
	Name   string   `json:"name"`
	Title  string   `json:"title"`
	Format string   `json:"format"`
	Date   string   `json:"date"`
	Files  []string `json:"files"`
}

// MarshalBinary returns the index's snapshot, which ReadIndex loads
// without building or decoding anything. The entries are not in it.
func (ix *Index) MarshalBinary() ([]byte, error) {
	return bytes.Clone(ix.raw), nil
}

// heapWriter collects the distinct strings of an index.
type heapWriter struct {
	buf []byte
	idx map[string]strRef
}

func (h *heapWriter) ref(s string) strRef {
	if r, ok := h.idx[s]; ok {
		return r
	}
	r := strRef{Off: uint32(len(h.buf)), Len: uint32(len(s))}
	h.buf = append(h.buf, s...)
	h.idx[s] = r
	return r
}

// encode lays the index out flat.
func (b *builder) encode(lists []*List) []byte {
	h := &heapWriter{idx: make(map[string]strRef, 3*len(b.words))}
	flat := func(t *token) ftok {
		f := ftok{Text: h.ref(t.text), Weight: t.weight, Role: t.role, Equiv: t.equiv}
		f.Variant = f.Text
		if t.variant != t.text {
			f.Variant = h.ref(t.variant)
		}
		f.Cons = f.Variant
		if t.cons != t.variant {
			f.Cons = h.ref(t.cons)
		}
		if t.abjad {
			f.Abjad = 1
		}
		return f
	}
	entries := make([]fentry, len(b.entries))
	for i, e := range b.entries {
		entries[i] = fentry{ID: h.ref(e.id), Type: h.ref(e.typ), List: uint32(e.list)}
	}
	// Terms are told apart by text, role and weight; the keys derive from
	// the text, and a term whose keys differ anyway is kept apart.
	type termKey struct {
		text        string
		role, equiv uint8
		abjad       bool
		weight      float32
	}
	termIDs := make(map[termKey]uint32, len(b.words))
	var terms []ftok
	names := make([]fname, len(b.names))
	nameToks := make([]uint32, 0, len(b.names)*3)
	for i := range b.names {
		n := &b.names[i]
		names[i] = fname{Entry: uint32(n.entry), Tok: uint32(len(nameToks)), Total: n.total, Name: n.name, NTok: uint8(len(n.toks))}
		if n.weak {
			names[i].Weak = 1
		}
		for k := range n.toks {
			t := &n.toks[k]
			key := termKey{t.text, t.role, t.equiv, t.abjad, t.weight}
			id, ok := termIDs[key]
			if ok {
				if f := &terms[id]; string(h.buf[f.Variant.Off:f.Variant.Off+f.Variant.Len]) != t.variant || string(h.buf[f.Cons.Off:f.Cons.Off+f.Cons.Len]) != t.cons {
					ok = false
				}
			}
			if !ok {
				id = uint32(len(terms))
				termIDs[key] = id
				terms = append(terms, flat(t))
			}
			nameToks = append(nameToks, id)
		}
	}
	// The vocabulary, sorted by text.
	byText := make([]keyed, len(b.words))
	for i := range b.words {
		byText[i] = newKeyed(b.words[i].text, uint32(i))
	}
	sortKeyed(byText)
	order := make([]uint32, len(b.words))
	for i, k := range byText {
		order[i] = k.id
	}
	newID := make([]uint32, len(b.words))
	words := make([]ftok, len(b.words))
	wpost := make([]uint32, 0, len(b.words)+1)
	var posts []uint32
	for i, old := range order {
		newID[old] = uint32(i)
		w := &b.words[old]
		words[i] = flat(&w.token)
		wpost = append(wpost, uint32(len(posts)))
		posts = append(posts, w.post...)
	}
	wpost = append(wpost, uint32(len(posts)))
	byKey := func(key func(*token) string, keep func(*token) bool) []uint32 {
		ks := make([]keyed, 0, len(order))
		for i, old := range order {
			if t := &b.words[old].token; keep(t) {
				ks = append(ks, newKeyed(key(t), uint32(i)))
			}
		}
		sortKeyed(ks)
		ids := make([]uint32, len(ks))
		for i, k := range ks {
			ids[i] = k.id
		}
		return ids
	}
	byVariant := byKey(func(t *token) string { return t.variant }, func(*token) bool { return true })
	byCons := byKey(func(t *token) string { return t.cons }, func(t *token) bool { return len(t.cons) >= 2 })
	dels := make([]hashWord, len(b.deletes))
	for i, d := range b.deletes {
		dels[i] = hashWord{d.h, int32(newID[d.id])}
	}
	sortDeletes(dels)
	dels = slices.Compact(dels)
	delHash := make([]uint32, len(dels))
	delWord := make([]uint32, len(dels))
	delStart := make([]uint32, 1<<delBits+1)
	bucket := 0
	for i, d := range dels {
		delHash[i], delWord[i] = uint32(d.h), uint32(d.id)
		for top := int(d.h >> (64 - delBits)); bucket <= top; bucket++ {
			delStart[bucket] = uint32(i)
		}
	}
	for ; bucket <= 1<<delBits; bucket++ {
		delStart[bucket] = uint32(len(dels))
	}
	meta := snapMeta{Matcher: Version}
	for _, l := range lists {
		meta.Lists = append(meta.Lists, metaList{Name: l.Name, Title: l.Title, Format: l.Format, Date: l.Date, Files: l.Files})
	}
	metaJSON, _ := json.Marshal(meta) // strings only: cannot fail

	le := binary.LittleEndian
	u32s := func(out []byte, v []uint32) []byte {
		for _, x := range v {
			out = le.AppendUint32(out, x)
		}
		return out
	}
	toks := func(out []byte, v []ftok) []byte {
		for _, t := range v {
			out = le.AppendUint32(out, t.Text.Off)
			out = le.AppendUint32(out, t.Text.Len)
			out = le.AppendUint32(out, t.Variant.Off)
			out = le.AppendUint32(out, t.Variant.Len)
			out = le.AppendUint32(out, t.Cons.Off)
			out = le.AppendUint32(out, t.Cons.Len)
			out = le.AppendUint32(out, math.Float32bits(t.Weight))
			out = append(out, t.Role, t.Equiv, t.Abjad, 0)
		}
		return out
	}
	sections := [nSections]func([]byte) []byte{
		secMeta: func(out []byte) []byte { return append(out, metaJSON...) },
		secHeap: func(out []byte) []byte { return append(out, h.buf...) },
		secEntries: func(out []byte) []byte {
			for _, e := range entries {
				out = u32s(out, []uint32{e.ID.Off, e.ID.Len, e.Type.Off, e.Type.Len, e.List, 0})
			}
			return out
		},
		secNames: func(out []byte) []byte {
			for _, n := range names {
				out = u32s(out, []uint32{n.Entry, n.Tok, math.Float32bits(n.Total)})
				out = le.AppendUint16(out, n.Name)
				out = append(out, n.NTok, n.Weak)
			}
			return out
		},
		secNameToks:  func(out []byte) []byte { return u32s(out, nameToks) },
		secTerms:     func(out []byte) []byte { return toks(out, terms) },
		secWords:     func(out []byte) []byte { return toks(out, words) },
		secWPost:     func(out []byte) []byte { return u32s(out, wpost) },
		secPosts:     func(out []byte) []byte { return u32s(out, posts) },
		secByVariant: func(out []byte) []byte { return u32s(out, byVariant) },
		secByCons:    func(out []byte) []byte { return u32s(out, byCons) },
		secDelHash:   func(out []byte) []byte { return u32s(out, delHash) },
		secDelWord:   func(out []byte) []byte { return u32s(out, delWord) },
		secDelStart:  func(out []byte) []byte { return u32s(out, delStart) },
	}
	size := headerSize + len(metaJSON) + len(h.buf) + 24*len(entries) + 16*len(names) + 4*len(nameToks) +
		32*(len(terms)+len(words)) + 4*(len(wpost)+len(posts)+len(byVariant)+len(byCons)+2*len(dels)+len(delStart)) + 8*nSections
	out := make([]byte, headerSize, size)
	copy(out, snapshotMagic)
	le.PutUint32(out[8:], indexFormat)
	for i, write := range sections {
		for len(out)%8 != 0 {
			out = append(out, 0)
		}
		start := len(out)
		out = write(out)
		le.PutUint32(out[16+8*i:], uint32(start))
		le.PutUint32(out[16+8*i+4:], uint32(len(out)-start))
	}
	le.PutUint32(out[12:], crc32.Checksum(out[16:], castagnoli()))
	return out
}

// keyed is a string key with an id, and the key's first 8 bytes as a
// number to sort by quickly.
type keyed struct {
	pfx uint64
	key string
	id  uint32
}

func newKeyed(key string, id uint32) keyed {
	var b [8]byte
	copy(b[:], key)
	return keyed{binary.BigEndian.Uint64(b[:]), key, id}
}

// sortKeyed sorts by key, then id.
func sortKeyed(ks []keyed) {
	slices.SortFunc(ks, func(x, y keyed) int {
		if x.pfx != y.pfx {
			return cmp.Compare(x.pfx, y.pfx)
		}
		if c := strings.Compare(x.key, y.key); c != 0 {
			return c
		}
		return cmp.Compare(x.id, y.id)
	})
}

// ReadIndex loads an index from a snapshot made by MarshalBinary, using
// data in place: data must not change afterwards. load fetches the entries
// that matches need (nil: matches carry a stand-in entry with the ID).
// ReadIndex returns ErrSnapshot (wrapped) for a snapshot that is damaged
// or was written by another layout or matcher version.
func ReadIndex(data []byte, load EntryLoader) (*Index, error) {
	ix, err := loadIndex(data)
	if err != nil {
		return nil, err
	}
	ix.load = load
	return ix, nil
}

// nativeLE reports whether the machine is little-endian, as snapshots are.
var nativeLE = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// view returns the records of section b in place when the machine's
// layout is the snapshot's, else decoded.
func view[T any](b []byte) ([]T, error) {
	var z T
	size := int(unsafe.Sizeof(z))
	if len(b)%size != 0 {
		return nil, fmt.Errorf("%w: a section of %d bytes holds no whole number of %d-byte records", ErrSnapshot, len(b), size)
	}
	if len(b) == 0 {
		return nil, nil
	}
	if nativeLE && uintptr(unsafe.Pointer(&b[0]))%8 == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), len(b)/size), nil
	}
	out := make([]T, len(b)/size)
	if err := binary.Read(bytes.NewReader(b), binary.LittleEndian, out); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSnapshot, err)
	}
	return out, nil
}

func loadIndex(data []byte) (*Index, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrSnapshot}, args...)...)
	}
	if len(data) < headerSize || string(data[:len(snapshotMagic)]) != snapshotMagic {
		return nil, bad("not a snapshot of this layout")
	}
	le := binary.LittleEndian
	if f := le.Uint32(data[8:]); f != indexFormat {
		return nil, bad("layout version %d, this reads %d", f, indexFormat)
	}
	if crc32.Checksum(data[16:], castagnoli()) != le.Uint32(data[12:]) {
		return nil, bad("checksum mismatch (damaged)")
	}
	if len(data) > math.MaxUint32 {
		return nil, bad("too large")
	}
	if uintptr(unsafe.Pointer(&data[0]))%8 != 0 {
		// Records are read in place only from aligned memory.
		buf := make([]uint64, (len(data)+7)/8)
		aligned := unsafe.Slice((*byte)(unsafe.Pointer(&buf[0])), len(data))
		copy(aligned, data)
		data = aligned
	}
	var sec [nSections][]byte
	for i := range sec {
		off, n := uint64(le.Uint32(data[16+8*i:])), uint64(le.Uint32(data[16+8*i+4:]))
		if off < headerSize || off%8 != 0 || off+n > uint64(len(data)) {
			return nil, bad("section %d out of bounds", i)
		}
		sec[i] = data[off : off+n : off+n]
	}
	var meta snapMeta
	if err := json.Unmarshal(sec[secMeta], &meta); err != nil {
		return nil, bad("header: %v", err)
	}
	if meta.Matcher != Version {
		return nil, bad("written by matcher %q, this is %q", meta.Matcher, Version)
	}
	ix := &Index{raw: data}
	for _, l := range meta.Lists {
		ix.lists = append(ix.lists, &List{Name: l.Name, Title: l.Title, Format: l.Format, Date: l.Date, Files: l.Files})
	}
	if len(sec[secHeap]) > 0 {
		ix.heap = unsafe.String(&sec[secHeap][0], len(sec[secHeap]))
	}
	var err error
	u32 := func(i int) []uint32 {
		if err != nil {
			return nil
		}
		var v []uint32
		v, err = view[uint32](sec[i])
		return v
	}
	if ix.entries, err = view[fentry](sec[secEntries]); err != nil {
		return nil, err
	}
	if ix.names, err = view[fname](sec[secNames]); err != nil {
		return nil, err
	}
	if ix.terms, err = view[ftok](sec[secTerms]); err != nil {
		return nil, err
	}
	if ix.words, err = view[ftok](sec[secWords]); err != nil {
		return nil, err
	}
	ix.nameToks, ix.wpost, ix.posts = u32(secNameToks), u32(secWPost), u32(secPosts)
	ix.byVariant, ix.byCons = u32(secByVariant), u32(secByCons)
	ix.delHash, ix.delWord, ix.delStart = u32(secDelHash), u32(secDelWord), u32(secDelStart)
	if err != nil {
		return nil, err
	}
	if err := ix.check(); err != nil {
		return nil, bad("%v", err)
	}
	ix.ents = make([]lazyEntry, len(ix.entries))
	ix.pool.New = func() any {
		return &scratch{acc: make([]float32, len(ix.names)), cur: make([]float32, len(ix.names)), stamp: make([]int32, len(ix.names)),
			wsim: make([]float32, len(ix.words))}
	}
	return ix, nil
}

// check verifies every reference of a loaded index, so that no snapshot,
// however damaged, makes screening fail or read out of bounds. The order
// of the sorted arrays is not checked (it would cost more than the rest):
// out of order, lookups miss words, and the checksum has already told a
// damaged snapshot.
func (ix *Index) check() error {
	ref := func(r strRef) bool { return uint64(r.Off)+uint64(r.Len) <= uint64(len(ix.heap)) }
	tok := func(t *ftok) bool {
		w := float64(t.Weight)
		return ref(t.Text) && ref(t.Variant) && ref(t.Cons) && t.Text.Len > 0 && w >= 0 && w <= 1 && t.Role <= roleGeneric
	}
	for i := range ix.entries {
		e := &ix.entries[i]
		if !ref(e.ID) || !ref(e.Type) || int(e.List) >= len(ix.lists) {
			return fmt.Errorf("entry %d", i)
		}
	}
	if len(ix.names) >= maxNames {
		return fmt.Errorf("%d names", len(ix.names))
	}
	for i := range ix.names {
		n := &ix.names[i]
		t := float64(n.Total)
		if int(n.Entry) >= len(ix.entries) || n.NTok == 0 || n.NTok > maxNameWords || uint64(n.Tok)+uint64(n.NTok) > uint64(len(ix.nameToks)) || !(t >= 0 && t <= maxNameWords) {
			return fmt.Errorf("name %d", i)
		}
	}
	for i, t := range ix.nameToks {
		if int(t) >= len(ix.terms) {
			return fmt.Errorf("word %d of the names", i)
		}
	}
	for i := range ix.terms {
		if !tok(&ix.terms[i]) {
			return fmt.Errorf("term %d", i)
		}
	}
	for i := range ix.words {
		if !tok(&ix.words[i]) {
			return fmt.Errorf("word %d", i)
		}
	}
	if len(ix.wpost) != len(ix.words)+1 || ix.wpost[0] != 0 || int(ix.wpost[len(ix.wpost)-1]) != len(ix.posts) {
		return errors.New("posting starts")
	}
	for i := 1; i < len(ix.wpost); i++ {
		if ix.wpost[i] < ix.wpost[i-1] {
			return errors.New("posting starts out of order")
		}
	}
	for i, p := range ix.posts {
		if int(p>>8) >= len(ix.names) {
			return fmt.Errorf("posting %d", i)
		}
	}
	for _, ids := range [][]uint32{ix.byVariant, ix.byCons} {
		for i, id := range ids {
			if int(id) >= len(ix.words) {
				return fmt.Errorf("key %d", i)
			}
		}
	}
	if len(ix.delHash) != len(ix.delWord) || len(ix.delStart) != 1<<delBits+1 || ix.delStart[0] != 0 || int(ix.delStart[1<<delBits]) != len(ix.delHash) {
		return errors.New("typo neighbourhood")
	}
	for i := 1; i < len(ix.delStart); i++ {
		if ix.delStart[i] < ix.delStart[i-1] {
			return errors.New("typo buckets out of order")
		}
	}
	for i, w := range ix.delWord {
		if int(w) >= len(ix.words) {
			return fmt.Errorf("typo neighbour %d", i)
		}
	}
	return nil
}
