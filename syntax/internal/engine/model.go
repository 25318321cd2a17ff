package engine

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"unsafe"
)

// A model file holds the tagger's and the parser's weights, read in place.
// Its layout, little-endian:
//
//	magic   "NGSYNTX4"
//	tags    strings: the tagger's classes (Penn Treebank tags)
//	labels  strings: the parser's dependency labels
//	tagger  table of len(tags) classes
//	parser  table of 1+2×len(labels)+3 classes (ModelClasses)
//
// strings is a count (uint32), then each string as a length (uint8) and
// its bytes. A table starts at a multiple of 8 bytes from the file's start
// (zero bytes pad the section before it) and maps feature hashes to sparse
// rows of weights through an open-addressing hash table:
//
//	n       uint32: features
//	b       uint32: slot bits (at most MaxTableBits; n < 2^b)
//	m       uint32: weights (below 2^24)
//	        uint32: zero
//	slots   2^b × uint64: 0 for an empty slot, else a feature's row: the low
//	        32 bits of its hash, then the row's first weight (24 bits) and
//	        its length (8 bits, at least 1)
//	weights m × int16, then zero bytes to a multiple of 8
//	classes m × uint8 (below the table's), then zero bytes to a multiple of 8
//
// A feature's hash h is looked for from slot h>>(64-b) on, one slot after
// another (wrapping at the end) until its key or an empty slot; the rows
// follow one another in slot order and cover the weights. Weights are in
// units the table does not need (scores are compared, not scaled).
//
// A look-up reads one slot (rarely more: the slots are at most three
// quarters full) and the row's weights and classes, and adds each weight
// to its class's score. A feature is told from others by the b bits of its
// home slot and the 32 of its key (50 for the shipped parser), so that a
// feature the model lacks finds another's weights with odds of about one
// in 2^32 per slot it probes.
//
// Read checks all of it, so that a damaged file gives an error, never a
// look-up out of bounds or a panic.
const Magic = "NGSYNTX4"

// MaxTableBits bounds a table's slot bits.
const MaxTableBits = 24

// maxWeights bounds a table's weights (a row's start has 24 bits).
const maxWeights = 1 << 24

// Table is a table read in place.
type Table struct {
	n, m    int
	classes int
	shift   uint
	mask    uint64
	slots   []uint64
	weights []int16
	cls     []uint8
}

// Classes returns the number of classes the table scores.
func (t *Table) Classes() int { return t.classes }

// Len returns the number of features with weights.
func (t *Table) Len() int { return t.n }

// Weights returns the number of weights.
func (t *Table) Weights() int { return t.m }

// Model is a model file read in place.
type Model struct {
	Tags, Labels   []string
	Tagger, Parser Table
	Root           int // the label "root", -1 if missing
}

// Entry is one weight of a row.
type Entry struct {
	Class  int
	Weight int16
}

// AppendStrings appends a strings section to buf.
func AppendStrings(buf []byte, ss []string) []byte {
	buf = binary.LittleEndian.AppendUint32(buf, uint32(len(ss)))
	for _, s := range ss {
		buf = append(buf, byte(len(s)))
		buf = append(buf, s...)
	}
	return buf
}

// TableBits returns the slot bits for n features: the fewest that keep
// the slots at most three quarters full.
func TableBits(n int) int {
	b := 0
	for b < MaxTableBits && 3<<b < 4*n {
		b++
	}
	return b
}

// pad8 appends zero bytes to buf up to a multiple of 8.
func pad8(buf []byte) []byte {
	for len(buf)%8 != 0 {
		buf = append(buf, 0)
	}
	return buf
}

// AppendTable appends a table with the given keys (feature hashes, no two
// alike) and rows (one per key, classes below 256, unique within a row) to
// buf, which holds the file from its start (the table is aligned to 8
// bytes from there). Empty rows are left out. Of two keys that the table
// cannot tell apart (one's search from its home slot meets the other's
// key first), the first in key order is kept. It panics if the table
// would exceed the format's bounds (2^MaxTableBits slots, 2^24 weights).
func AppendTable(buf []byte, keys []uint64, rows [][]Entry) []byte {
	le := binary.LittleEndian
	order := make([]int, 0, len(keys))
	for i := range keys {
		if len(rows[i]) > 0 {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(x, y int) int { return cmp.Compare(keys[x], keys[y]) })
	b := TableBits(len(order))
	if len(order) >= 1<<b {
		panic(fmt.Sprintf("syntax model: %d features exceed 2^%d slots", len(order), b))
	}
	size := 1 << b
	mask := uint64(size - 1)
	shift := uint(64 - b)
	slot := make([]int, size) // key index + 1; 0 for an empty slot
	n := 0
	for _, o := range order {
		k := keys[o]
		i := k >> shift & mask
		for ; slot[i] != 0; i = (i + 1) & mask {
			if uint32(keys[slot[i]-1]) == uint32(k) {
				break
			}
		}
		if slot[i] == 0 {
			slot[i] = o + 1
			n++
		}
	}
	m := 0
	for _, o := range slot {
		if o != 0 {
			m += len(rows[o-1])
		}
	}
	if m >= maxWeights {
		panic(fmt.Sprintf("syntax model: %d weights exceed 2^24", m))
	}
	buf = pad8(buf)
	buf = le.AppendUint32(buf, uint32(n))
	buf = le.AppendUint32(buf, uint32(b))
	buf = le.AppendUint32(buf, uint32(m))
	buf = le.AppendUint32(buf, 0)
	start := 0
	for _, o := range slot {
		if o == 0 {
			buf = le.AppendUint64(buf, 0)
			continue
		}
		r := rows[o-1]
		buf = le.AppendUint64(buf, uint64(uint32(keys[o-1]))|uint64(start)<<32|uint64(len(r))<<56)
		start += len(r)
	}
	for _, o := range slot {
		if o != 0 {
			for _, e := range rows[o-1] {
				buf = le.AppendUint16(buf, uint16(e.Weight))
			}
		}
	}
	buf = pad8(buf)
	for _, o := range slot {
		if o != 0 {
			for _, e := range rows[o-1] {
				buf = append(buf, byte(e.Class))
			}
		}
	}
	return pad8(buf)
}

// Read reads a model file in place; the model keeps slices of data. On a
// little-endian machine with data aligned to 8 bytes nothing is copied.
// It checks the tables' rows and classes, reading every slot.
func Read(data []byte) (*Model, error) { return read(data, true) }

// ReadShipped reads a model file in place as Read does, without walking
// the tables' slots and classes to check them: for a model embedded in
// the binary, which a test has read with Read (the walk touches every
// page of the tables, most of a fresh process's first parse).
func ReadShipped(data []byte) (*Model, error) { return read(data, false) }

func read(data []byte, check bool) (*Model, error) {
	if len(data) < len(Magic) || string(data[:len(Magic)]) != Magic {
		return nil, errors.New("syntax model: bad magic")
	}
	all := data
	data = data[len(Magic):]
	m := &Model{Root: -1}
	var err error
	if m.Tags, data, err = readStrings(data); err != nil {
		return nil, fmt.Errorf("syntax model: tags: %w", err)
	}
	if m.Labels, data, err = readStrings(data); err != nil {
		return nil, fmt.Errorf("syntax model: labels: %w", err)
	}
	if len(m.Tags) == 0 || len(m.Tags) > 255 {
		return nil, fmt.Errorf("syntax model: %d tags", len(m.Tags))
	}
	if len(m.Labels) < 2 || len(m.Labels) > 64 {
		return nil, fmt.Errorf("syntax model: %d labels", len(m.Labels))
	}
	for i, l := range m.Labels {
		if l == "root" {
			m.Root = i
		}
	}
	if m.Root < 0 {
		return nil, errors.New("syntax model: no root label")
	}
	if data, err = skipPad(all, data); err != nil {
		return nil, fmt.Errorf("syntax model: tagger: %w", err)
	}
	if m.Tagger, data, err = readTable(data, len(m.Tags), check); err != nil {
		return nil, fmt.Errorf("syntax model: tagger: %w", err)
	}
	if m.Parser, data, err = readTable(data, ModelClasses(len(m.Labels)), check); err != nil {
		return nil, fmt.Errorf("syntax model: parser: %w", err)
	}
	if len(data) != 0 {
		return nil, fmt.Errorf("syntax model: %d bytes after the parser", len(data))
	}
	return m, nil
}

// skipPad skips the zero bytes that pad rest, a suffix of all, to a
// multiple of 8 bytes from all's start.
func skipPad(all, rest []byte) ([]byte, error) {
	k := (8 - (len(all)-len(rest))%8) % 8
	if len(rest) < k {
		return nil, errors.New("truncated padding")
	}
	for _, c := range rest[:k] {
		if c != 0 {
			return nil, errors.New("padding not zero")
		}
	}
	return rest[k:], nil
}

func readStrings(data []byte) ([]string, []byte, error) {
	if len(data) < 4 {
		return nil, nil, errors.New("truncated")
	}
	k := binary.LittleEndian.Uint32(data)
	data = data[4:]
	if uint64(k) > uint64(len(data)) {
		return nil, nil, fmt.Errorf("%d strings in %d bytes", k, len(data))
	}
	ss := make([]string, 0, k)
	seen := map[string]bool{}
	for range k {
		if len(data) < 1 || len(data) < 1+int(data[0]) {
			return nil, nil, errors.New("truncated")
		}
		s := string(data[1 : 1+int(data[0])])
		if s == "" || seen[s] {
			return nil, nil, fmt.Errorf("empty or repeated string %q", s)
		}
		seen[s] = true
		ss = append(ss, s)
		data = data[1+int(data[0]):]
	}
	return ss, data, nil
}

// nativeLE reports whether the machine is little-endian, as model files are.
var nativeLE = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// view returns b as a slice of T in place when the machine's byte order is
// the file's and b is aligned, else decoded into a new slice.
func view[T uint64 | int16](b []byte) []T {
	var z T
	size := int(unsafe.Sizeof(z))
	if len(b) == 0 {
		return nil
	}
	if nativeLE && uintptr(unsafe.Pointer(&b[0]))%uintptr(size) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), len(b)/size)
	}
	out := make([]T, len(b)/size)
	for i := range out {
		switch p := any(&out[i]).(type) {
		case *uint64:
			*p = binary.LittleEndian.Uint64(b[8*i:])
		case *int16:
			*p = int16(binary.LittleEndian.Uint16(b[2*i:]))
		}
	}
	return out
}

// padded returns the length k rounded up to a multiple of 8.
func padded(k uint64) uint64 { return (k + 7) &^ 7 }

func readTable(data []byte, classes int, check bool) (Table, []byte, error) {
	le := binary.LittleEndian
	if len(data) < 16 {
		return Table{}, nil, errors.New("truncated header")
	}
	n, b, m := uint64(le.Uint32(data)), le.Uint32(data[4:]), uint64(le.Uint32(data[8:]))
	if b > MaxTableBits || n >= 1<<b || m >= maxWeights || le.Uint32(data[12:]) != 0 {
		return Table{}, nil, fmt.Errorf("%d features, 2^%d slots, %d weights", n, b, m)
	}
	data = data[16:]
	nSlots := uint64(1) << b
	size := 8*nSlots + padded(2*m) + padded(m)
	if uint64(len(data)) < size {
		return Table{}, nil, fmt.Errorf("%d features, %d weights: %d bytes, want %d", n, m, len(data), size)
	}
	slots, data := data[:8*nSlots], data[8*nSlots:]
	weights, data := data[:2*m], data[padded(2*m):]
	cls, data := data[:m], data[padded(m):]
	t := Table{n: int(n), m: int(m), classes: classes, shift: uint(64 - b), mask: nSlots - 1}
	t.slots, t.weights, t.cls = view[uint64](slots), view[int16](weights), cls
	if !check {
		return t, data, nil
	}
	// The rows follow one another in slot order and cover the weights.
	used, next := uint64(0), uint64(0)
	for _, s := range t.slots {
		if s == 0 {
			continue
		}
		start, k := s>>32&(maxWeights-1), s>>56
		if start != next || k == 0 {
			return Table{}, nil, errors.New("rows out of order or empty (a damaged model?)")
		}
		next += k
		used++
	}
	if used != n || next != m {
		return Table{}, nil, fmt.Errorf("%d rows of %d weights, want %d of %d", used, next, n, m)
	}
	if !below(cls, classes) {
		return Table{}, nil, fmt.Errorf("a class beyond the table's %d", classes)
	}
	return t, data, nil
}

// below reports whether every byte of b is below k.
func below(b []byte, k int) bool {
	if k > 128 {
		for _, c := range b {
			if int(c) >= k {
				return false
			}
		}
		return true
	}
	// Eight bytes at a time: a byte c is below k ≤ 128 if neither c nor
	// c+128-k has its top bit set (no carry crosses bytes when both hold).
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	add := uint64(128-k) * ones
	for ; len(b) >= 8; b = b[8:] {
		x := binary.LittleEndian.Uint64(b)
		if (x|(x&^tops+add))&tops != 0 {
			return false
		}
	}
	for _, c := range b {
		if int(c) >= k {
			return false
		}
	}
	return true
}

// row returns the weights and classes of the feature hash k, nil if the
// table lacks it.
func (t *Table) row(k uint64) ([]int16, []uint8) {
	if t.n == 0 {
		return nil, nil
	}
	key := uint32(k)
	for i := k >> t.shift & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return nil, nil
		}
		if uint32(s) == key {
			start := uint32(s>>32) & (maxWeights - 1)
			end := start + uint32(s>>56)
			return t.weights[start:end], t.cls[start:end]
		}
	}
}

// Score adds the weights of feats to scores (one per class; classes are
// below 255, and scores[255] is left with no meaning).
func (t *Table) Score(scores *[256]int32, feats []uint64) {
	if t.n == 0 {
		return
	}
	// The slots are read without bounds checks: an index is masked by
	// t.mask, and the table has mask+1 slots (readTable).
	sbase, mask, shift := unsafe.Pointer(unsafe.SliceData(t.slots)), t.mask, t.shift
	// The rows' bounds were checked by Read (within the weights, classes
	// below the table's); the loop over a row reads them without checks.
	wbase := unsafe.Pointer(unsafe.SliceData(t.weights))
	cbase := unsafe.Pointer(unsafe.SliceData(t.cls))
	// The slots of up to 64 features are read first, independent loads
	// whose cache misses overlap, then the rows are added.
	var found [64]uint64
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), len(found))]
		feats = feats[len(chunk):]
		k := 0
		for _, f := range chunk {
			key := uint32(f)
			var s uint64
			for i := f >> shift & mask; ; i = (i + 1) & mask {
				s = *(*uint64)(unsafe.Add(sbase, 8*i))
				if s == 0 || uint32(s) == key {
					break
				}
			}
			if s != 0 {
				found[k] = s
				k++
			}
		}
		// Then the rows' first bytes, to start their loads together.
		var touch int32
		for _, s := range found[:k] {
			start := uintptr(s>>32) & (maxWeights - 1)
			touch += int32(*(*int16)(unsafe.Add(wbase, 2*start))) + int32(*(*uint8)(unsafe.Add(cbase, start)))
		}
		scores[255] = touch // no class: a table has at most 255
		for _, s := range found[:k] {
			start := uintptr(s>>32) & (maxWeights - 1)
			n := uintptr(s >> 56)
			ws, cs := unsafe.Add(wbase, 2*start), unsafe.Add(cbase, start)
			// Sixteen at a time, then eight, four, the rest (the same
			// sums in the same order, in fewer loop steps).
			for ; n >= 16; n -= 16 {
				c, w := (*[16]uint8)(cs), (*[16]int16)(ws)
				scores[c[0]] += int32(w[0])
				scores[c[1]] += int32(w[1])
				scores[c[2]] += int32(w[2])
				scores[c[3]] += int32(w[3])
				scores[c[4]] += int32(w[4])
				scores[c[5]] += int32(w[5])
				scores[c[6]] += int32(w[6])
				scores[c[7]] += int32(w[7])
				scores[c[8]] += int32(w[8])
				scores[c[9]] += int32(w[9])
				scores[c[10]] += int32(w[10])
				scores[c[11]] += int32(w[11])
				scores[c[12]] += int32(w[12])
				scores[c[13]] += int32(w[13])
				scores[c[14]] += int32(w[14])
				scores[c[15]] += int32(w[15])
				cs, ws = unsafe.Add(cs, 16), unsafe.Add(ws, 32)
			}
			if n >= 8 {
				c, w := (*[8]uint8)(cs), (*[8]int16)(ws)
				scores[c[0]] += int32(w[0])
				scores[c[1]] += int32(w[1])
				scores[c[2]] += int32(w[2])
				scores[c[3]] += int32(w[3])
				scores[c[4]] += int32(w[4])
				scores[c[5]] += int32(w[5])
				scores[c[6]] += int32(w[6])
				scores[c[7]] += int32(w[7])
				cs, ws = unsafe.Add(cs, 8), unsafe.Add(ws, 16)
				n -= 8
			}
			for ; n >= 4; n -= 4 {
				c, w := (*[4]uint8)(cs), (*[4]int16)(ws)
				scores[c[0]] += int32(w[0])
				scores[c[1]] += int32(w[1])
				scores[c[2]] += int32(w[2])
				scores[c[3]] += int32(w[3])
				cs, ws = unsafe.Add(cs, 4), unsafe.Add(ws, 8)
			}
			for ; n > 0; n-- {
				scores[*(*uint8)(cs)] += int32(*(*int16)(ws))
				cs, ws = unsafe.Add(cs, 1), unsafe.Add(ws, 2)
			}
		}
	}
}

// Quantise converts weights to int16 units of scale (the largest absolute
// weight maps to 32767), returning the scale.
func Quantise(maxAbs float64) float64 {
	if maxAbs == 0 {
		return 1
	}
	return maxAbs / math.MaxInt16
}
