package engine

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// A model file holds the tagger's and the parser's weights, read in place.
// Its layout, little-endian:
//
//	magic   "NGSYNTX1"
//	tags    strings: the tagger's classes (Penn Treebank tags)
//	labels  strings: the parser's dependency labels
//	tagger  table of len(tags) classes
//	parser  table of 1+2×len(labels) classes
//
// strings is a count (uint32), then each string as a length (uint8) and
// its bytes. A table maps feature hashes to sparse rows of weights:
//
//	n      uint32: features
//	b      uint32: index bits (at most MaxTableBits)
//	m      uint32: weights
//	index  2^b+1 uint32: index[j] is the number of keys whose top b bits are below j
//	keys   n uint64, strictly increasing
//	offs   n+1 uint32: row k's weights are m[offs[k]:offs[k+1]]; offs[0]=0, offs[n]=m
//	class  m uint8, below the table's classes
//	weight m int16, in units the table does not need (scores are compared, not scaled)
//
// Read checks all of it, so that a damaged file gives an error, never a
// wrong look-up or a panic.
const Magic = "NGSYNTX1"

// MaxTableBits bounds a table's index bits.
const MaxTableBits = 22

// Table is a table read in place.
type Table struct {
	n, m    int
	classes int
	shift   uint
	index   []byte
	keys    []byte
	offs    []byte
	class   []byte
	weight  []byte
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

// TableBits returns the index bits for n features: about two per bucket.
func TableBits(n int) int {
	b := 0
	for b < MaxTableBits && 2<<b <= n/2 {
		b++
	}
	return b
}

// AppendTable appends a table with the given keys (strictly increasing)
// and rows (one per key, classes below 256) to buf.
func AppendTable(buf []byte, keys []uint64, rows [][]Entry) []byte {
	le := binary.LittleEndian
	n := len(keys)
	m := 0
	for _, r := range rows {
		m += len(r)
	}
	b := TableBits(n)
	buf = le.AppendUint32(buf, uint32(n))
	buf = le.AppendUint32(buf, uint32(b))
	buf = le.AppendUint32(buf, uint32(m))
	shift := uint(64 - b)
	i := 0
	for j := 0; j <= 1<<b; j++ {
		for i < n && keys[i]>>shift < uint64(j) {
			i++
		}
		buf = le.AppendUint32(buf, uint32(i))
	}
	for _, k := range keys {
		buf = le.AppendUint64(buf, k)
	}
	off := 0
	buf = le.AppendUint32(buf, 0)
	for _, r := range rows {
		off += len(r)
		buf = le.AppendUint32(buf, uint32(off))
	}
	for _, r := range rows {
		for _, e := range r {
			buf = append(buf, byte(e.Class))
		}
	}
	for _, r := range rows {
		for _, e := range r {
			buf = le.AppendUint16(buf, uint16(e.Weight))
		}
	}
	return buf
}

// Read reads a model file in place; the model keeps slices of data.
func Read(data []byte) (*Model, error) {
	if len(data) < len(Magic) || string(data[:len(Magic)]) != Magic {
		return nil, errors.New("syntax model: bad magic")
	}
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
	if m.Tagger, data, err = readTable(data, len(m.Tags)); err != nil {
		return nil, fmt.Errorf("syntax model: tagger: %w", err)
	}
	if m.Parser, data, err = readTable(data, 1+2*len(m.Labels)); err != nil {
		return nil, fmt.Errorf("syntax model: parser: %w", err)
	}
	if len(data) != 0 {
		return nil, fmt.Errorf("syntax model: %d bytes after the parser", len(data))
	}
	return m, nil
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

func readTable(data []byte, classes int) (Table, []byte, error) {
	le := binary.LittleEndian
	if len(data) < 12 {
		return Table{}, nil, errors.New("truncated header")
	}
	n, b, m := uint64(le.Uint32(data)), le.Uint32(data[4:]), uint64(le.Uint32(data[8:]))
	if b > MaxTableBits {
		return Table{}, nil, fmt.Errorf("2^%d buckets", b)
	}
	data = data[12:]
	nIndex := uint64(1)<<b + 1
	size := 4*nIndex + 8*n + 4*(n+1) + 3*m
	if uint64(len(data)) < size {
		return Table{}, nil, fmt.Errorf("%d features, %d weights: %d bytes, want %d", n, m, len(data), size)
	}
	t := Table{n: int(n), m: int(m), classes: classes, shift: uint(64 - b)}
	t.index, data = data[:4*nIndex], data[4*nIndex:]
	t.keys, data = data[:8*n], data[8*n:]
	t.offs, data = data[:4*(n+1)], data[4*(n+1):]
	t.class, data = data[:m], data[m:]
	t.weight, data = data[:2*m], data[2*m:]
	if le.Uint32(t.index) != 0 || uint64(le.Uint32(t.index[4*(nIndex-1):])) != n {
		return Table{}, nil, errors.New("index does not span the features")
	}
	for x, prev := t.index, uint32(0); len(x) >= 4; x = x[4:] {
		v := le.Uint32(x)
		if v < prev {
			return Table{}, nil, errors.New("index falls")
		}
		prev = v
	}
	for i := uint64(1); i < n; i++ {
		if le.Uint64(t.keys[8*i:]) <= le.Uint64(t.keys[8*i-8:]) {
			return Table{}, nil, fmt.Errorf("feature %d out of order", i)
		}
	}
	for j := uint64(0); j+1 < nIndex; j++ {
		lo, hi := uint64(le.Uint32(t.index[4*j:])), uint64(le.Uint32(t.index[4*j+4:]))
		if lo < hi && (t.bucket(le.Uint64(t.keys[8*lo:])) != j || t.bucket(le.Uint64(t.keys[8*hi-8:])) != j) {
			return Table{}, nil, fmt.Errorf("bucket %d holds features of other buckets", j)
		}
	}
	if le.Uint32(t.offs) != 0 || uint64(le.Uint32(t.offs[4*n:])) != m {
		return Table{}, nil, errors.New("rows do not span the weights")
	}
	for i := uint64(1); i <= n; i++ {
		if le.Uint32(t.offs[4*i:]) < le.Uint32(t.offs[4*i-4:]) {
			return Table{}, nil, errors.New("row offsets fall")
		}
	}
	for _, c := range t.class {
		if int(c) >= classes {
			return Table{}, nil, fmt.Errorf("class %d of %d", c, classes)
		}
	}
	return t, data, nil
}

func (t *Table) bucket(k uint64) uint64 {
	if t.shift >= 64 {
		return 0
	}
	return k >> t.shift
}

// find returns the row of key k, -1 if the table lacks it.
func (t *Table) find(k uint64) int {
	if t.n == 0 {
		return -1
	}
	j := t.bucket(k)
	le := binary.LittleEndian
	lo, hi := le.Uint32(t.index[4*j:]), le.Uint32(t.index[4*j+4:])
	for i := lo; i < hi; i++ {
		x := le.Uint64(t.keys[8*i:])
		if x >= k {
			if x == k {
				return int(i)
			}
			break
		}
	}
	return -1
}

// Score adds the weights of feats to scores (one per class).
func (t *Table) Score(scores []int32, feats []uint64) {
	le := binary.LittleEndian
	for _, f := range feats {
		i := t.find(f)
		if i < 0 {
			continue
		}
		lo, hi := le.Uint32(t.offs[4*i:]), le.Uint32(t.offs[4*i+4:])
		for e := lo; e < hi; e++ {
			scores[t.class[e]] += int32(int16(le.Uint16(t.weight[2*e:])))
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
