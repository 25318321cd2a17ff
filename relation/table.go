package relation

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// A table is a model's weights read in place from its file's bytes: the
// feature hashes in increasing order, each with width float32 weights,
// and a bucket index over the hashes' top bits, so that a look-up reads
// two index entries and scans the few hashes of one bucket, with neither
// decoding at load nor a map.
//
// Its layout, little-endian, with n features and b index bits:
//
//	n      uint32
//	b      uint32 (at most maxTableBits)
//	index  2^b+1 uint32: index[j] is the number of hashes whose top b bits are below j
//	keys   n uint64, strictly increasing
//	vals   n×width float32, feature-major
//
// readTable checks all of it (lengths, the index against the hashes, their
// order) in one pass, so that a damaged file gives an error, never a
// wrong look-up or a panic.
type table struct {
	n     int
	width int
	shift uint   // 64 - b
	index []byte // 2^b+1 uint32
	keys  []byte // n uint64
	vals  []byte // n×width float32
}

// maxTableBits bounds a table's index bits: 2^20 buckets suffice for any
// model of this package, and the bound keeps a damaged size from asking
// for gigabytes.
const maxTableBits = 20

// tableBits returns the index bits for n features: the most that leave
// about two hashes per bucket.
func tableBits(n int) int {
	b := 0
	for b < maxTableBits && 2<<b <= n/2 {
		b++
	}
	return b
}

// appendTable appends the table of keys (strictly increasing) and vals
// (len(keys)×width) to buf.
func appendTable(buf []byte, width int, keys []uint64, vals []float32) []byte {
	le := binary.LittleEndian
	n := len(keys)
	b := tableBits(n)
	buf = le.AppendUint32(buf, uint32(n))
	buf = le.AppendUint32(buf, uint32(b))
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
	for _, v := range vals {
		buf = le.AppendUint32(buf, math.Float32bits(v))
	}
	return buf
}

// readTable reads, in place, a table of width weights per feature that
// fills data.
func readTable(data []byte, width int) (table, error) { return readTableCheck(data, width, true) }

// readTableCheck reads a table as readTable does; unless check, without
// walking its index and keys to check their order: for a model embedded
// in the binary, which a test reads with the checks (the walk touches
// every page of the table, most of what loading it costs a fresh
// process).
func readTableCheck(data []byte, width int, check bool) (table, error) {
	le := binary.LittleEndian
	if len(data) < 8 {
		return table{}, errors.New("truncated table header")
	}
	n, b := uint64(le.Uint32(data)), le.Uint32(data[4:])
	if b > maxTableBits {
		return table{}, fmt.Errorf("table of 2^%d buckets", b)
	}
	data = data[8:]
	nIndex := uint64(1)<<b + 1
	if want := 4*nIndex + n*uint64(8+4*width); uint64(len(data)) != want {
		return table{}, fmt.Errorf("table of %d features: %d bytes, want %d", n, len(data), want)
	}
	t := table{n: int(n), width: width, shift: uint(64 - b)}
	t.index, data = data[:4*nIndex], data[4*nIndex:]
	t.keys, t.vals = data[:8*n], data[8*n:]
	if le.Uint32(t.index) != 0 || uint64(le.Uint32(t.index[4*(nIndex-1):])) != n {
		return table{}, errors.New("table index does not span the features")
	}
	if !check {
		return t, nil
	}
	// The index rises; the keys rise strictly; each bucket's first and
	// last keys lie in it, and so, the keys being in order, do all its keys.
	for x, prev := t.index, uint32(0); len(x) >= 4; x = x[4:] {
		v := le.Uint32(x)
		if v < prev {
			return table{}, errors.New("table index falls")
		}
		prev = v
	}
	if len(t.keys) >= 8 {
		prev := le.Uint64(t.keys)
		for x := t.keys[8:]; len(x) >= 8; x = x[8:] {
			k := le.Uint64(x)
			if k <= prev {
				return table{}, fmt.Errorf("table feature %#x out of order", k)
			}
			prev = k
		}
	}
	for j := uint64(0); j+1 < nIndex; j++ {
		lo, hi := uint64(le.Uint32(t.index[4*j:])), uint64(le.Uint32(t.index[4*j+4:]))
		if lo < hi && (le.Uint64(t.keys[8*lo:])>>t.shift != j || le.Uint64(t.keys[8*hi-8:])>>t.shift != j) {
			return table{}, fmt.Errorf("table bucket %d holds features of other buckets", j)
		}
	}
	return t, nil
}

// find returns the position of key k, -1 if the table lacks it.
func (t *table) find(k uint64) int {
	if t.n == 0 {
		return -1 // also the zero table, which has no index
	}
	j := k >> t.shift
	idx := t.index[4*j : 4*j+8]
	lo, hi := binary.LittleEndian.Uint32(idx), binary.LittleEndian.Uint32(idx[4:])
	for i := lo; i < hi; i++ {
		x := binary.LittleEndian.Uint64(t.keys[8*i:])
		if x >= k {
			if x == k {
				return int(i)
			}
			break
		}
	}
	return -1
}

// key returns the hash of feature i.
func (t *table) key(i int) uint64 {
	return binary.LittleEndian.Uint64(t.keys[8*i:])
}

// val returns weight c of feature i.
func (t *table) val(i, c int) float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(t.vals[4*(i*t.width+c):]))
}

// tableOf returns the table, in memory, of keys (in any order) and their
// weights, vals(k) giving key k's width weights.
func tableOf(width int, keys []uint64, vals func(k uint64) []float32) table {
	slices.Sort(keys)
	vs := make([]float32, 0, len(keys)*width)
	for _, k := range keys {
		vs = append(vs, vals(k)...)
	}
	t, err := readTable(appendTable(nil, width, keys, vs), width)
	if err != nil {
		panic("relation: a table built in memory does not read: " + err.Error())
	}
	return t
}
