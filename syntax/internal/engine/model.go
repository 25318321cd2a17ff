package engine

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// A model file holds the tagger's and the parser's weights, read in place.
// Its layout, little-endian:
//
//	magic   "NGSYNTX3"
//	tags    strings: the tagger's classes (Penn Treebank tags)
//	labels  strings: the parser's dependency labels
//	tagger  table of len(tags) classes
//	parser  table of 1+2×len(labels)+3 classes (ModelClasses)
//
// strings is a count (uint32), then each string as a length (uint8) and
// its bytes. A table maps feature hashes to sparse rows of weights:
//
//	n      uint32: features
//	b      uint32: index bits (at most MaxTableBits)
//	m      uint32: weights
//	index  2^b+1 uint32: index[j] is the number of keys whose top b bits are below j
//	rows   n × (key uint32, end uint32): a feature's hash has its top b
//	       bits in the bucket's number, its low 32 bits in key; keys rise
//	       strictly within a bucket; row k's weights are those from the end
//	       of row k-1 (0 for the first) to its end; the last row ends at m
//	weights m × (class uint8, weight int16): classes below the table's;
//	       weights in units the table does not need (scores are compared,
//	       not scaled)
//
// A look-up reads two index entries, the few rows of one bucket and the
// row's weights: three places in memory. With b index bits a feature is
// told from others by 32+b bits of its hash (about 50 for the shipped
// model), so that a feature the model lacks finds another's weights with
// odds of about one in 2^(32+b)/n.
//
// Read checks all of it, so that a damaged file gives an error, never a
// wrong look-up or a panic.
const Magic = "NGSYNTX3"

// MaxTableBits bounds a table's index bits.
const MaxTableBits = 22

// Table is a table read in place.
type Table struct {
	n, m    int
	classes int
	shift   uint
	index   []byte
	rows    []byte // n × 8
	weights []byte // m × 3
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

// AppendTable appends a table with the given keys (feature hashes, no
// two alike) and rows (one per key, classes below 256) to buf. Of two
// keys that the table cannot tell apart (same bucket, same low 32 bits),
// the first in key order is kept.
func AppendTable(buf []byte, keys []uint64, rows [][]Entry) []byte {
	le := binary.LittleEndian
	b := TableBits(len(keys))
	shift := uint(64 - b)
	bucket := func(k uint64) uint64 {
		if shift >= 64 {
			return 0
		}
		return k >> shift
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		kx, ky := keys[x], keys[y]
		if c := cmp.Compare(bucket(kx), bucket(ky)); c != 0 {
			return c
		}
		return cmp.Compare(uint32(kx), uint32(ky))
	})
	kept := order[:0]
	for i, o := range order {
		if i > 0 && bucket(keys[o]) == bucket(keys[order[i-1]]) && uint32(keys[o]) == uint32(keys[order[i-1]]) {
			continue
		}
		kept = append(kept, o)
	}
	n, m := len(kept), 0
	for _, o := range kept {
		m += len(rows[o])
	}
	buf = le.AppendUint32(buf, uint32(n))
	buf = le.AppendUint32(buf, uint32(b))
	buf = le.AppendUint32(buf, uint32(m))
	i := 0
	for j := 0; j <= 1<<b; j++ {
		for i < n && bucket(keys[kept[i]]) < uint64(j) {
			i++
		}
		buf = le.AppendUint32(buf, uint32(i))
	}
	end := 0
	for _, o := range kept {
		end += len(rows[o])
		buf = le.AppendUint32(buf, uint32(keys[o]))
		buf = le.AppendUint32(buf, uint32(end))
	}
	for _, o := range kept {
		for _, e := range rows[o] {
			buf = append(buf, byte(e.Class))
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
	if m.Parser, data, err = readTable(data, ModelClasses(len(m.Labels))); err != nil {
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
	size := 4*nIndex + 8*n + 3*m
	if uint64(len(data)) < size {
		return Table{}, nil, fmt.Errorf("%d features, %d weights: %d bytes, want %d", n, m, len(data), size)
	}
	t := Table{n: int(n), m: int(m), classes: classes, shift: uint(64 - b)}
	t.index, data = data[:4*nIndex], data[4*nIndex:]
	t.rows, data = data[:8*n], data[8*n:]
	t.weights, data = data[:3*m], data[3*m:]
	if le.Uint32(t.index) != 0 || uint64(le.Uint32(t.index[4*(nIndex-1):])) != n {
		return Table{}, nil, errors.New("index does not span the features")
	}
	for x, prev := t.index, uint32(0); len(x) >= 4; x = x[4:] {
		v := le.Uint32(x)
		if v < prev {
			return Table{}, nil, errors.New("bucket index not ascending (a damaged model?)")
		}
		prev = v
	}
	prevEnd := uint32(0)
	for i := uint64(0); i < n; i++ {
		end := le.Uint32(t.rows[8*i+4:])
		if end < prevEnd {
			return Table{}, nil, errors.New("rows' ends not ascending (a damaged model?)")
		}
		prevEnd = end
	}
	if uint64(prevEnd) != m {
		return Table{}, nil, errors.New("rows do not span the weights")
	}
	for j := uint64(0); j+1 < nIndex; j++ {
		lo, hi := uint64(le.Uint32(t.index[4*j:])), uint64(le.Uint32(t.index[4*j+4:]))
		for i := lo + 1; i < hi; i++ {
			if le.Uint32(t.rows[8*i:]) <= le.Uint32(t.rows[8*i-8:]) {
				return Table{}, nil, fmt.Errorf("bucket %d: keys out of order", j)
			}
		}
	}
	for i := uint64(0); i < m; i++ {
		if int(t.weights[3*i]) >= classes {
			return Table{}, nil, fmt.Errorf("class %d of %d", t.weights[3*i], classes)
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

// find returns the row of the feature hash k, -1 if the table lacks it.
func (t *Table) find(k uint64) int {
	if t.n == 0 {
		return -1
	}
	j := t.bucket(k)
	le := binary.LittleEndian
	lo, hi := le.Uint32(t.index[4*j:]), le.Uint32(t.index[4*j+4:])
	low := uint32(k)
	for i := lo; i < hi; i++ {
		x := le.Uint32(t.rows[8*i:])
		if x >= low {
			if x == low {
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
		lo := uint32(0)
		if i > 0 {
			lo = le.Uint32(t.rows[8*i-4:])
		}
		hi := le.Uint32(t.rows[8*i+4:])
		w := t.weights[3*lo : 3*hi]
		for len(w) >= 3 {
			scores[w[0]] += int32(int16(uint16(w[1]) | uint16(w[2])<<8))
			w = w[3:]
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
