// Package strindex maps a fixed set of strings to their positions with a
// hash table laid out in one string, so that a table embedded in the binary
// is used in place: opening it only checks its shape, with no hashing, no
// copying and no allocation per key. Lookups of strings and of byte slices
// do not allocate.
//
// The layout, all integers unsigned 32-bit little-endian:
//
//	n, size                 number of keys; slots (a power of two > n)
//	offsets [n+1]           byte offsets of the keys in blob
//	slots [size]            0 for an empty slot; else position+1 in the low
//	                        20 bits, the top 12 bits of the key's hash above
//	blob                    the keys, concatenated
//
// Slots are filled by linear probing from the key's FNV-1a hash; the hash
// bits kept in the slot spare most key comparisons. A table holds fewer
// than 2²⁰ keys.
package strindex

import (
	"errors"
	"fmt"
)

// An Index maps each of a set of strings to its position. The zero Index is
// empty. An Index is immutable and safe for concurrent use.
type Index struct {
	data             string
	n, mask          uint32
	offs, slots, blb int // byte offsets of the sections in data
}

// ErrFormat is wrapped by Open's errors.
var ErrFormat = errors.New("strindex: malformed table")

// MaxKeys is the largest number of keys of a table.
const MaxKeys = 1<<20 - 2

const posMask = 1<<20 - 1

// tag returns the hash bits kept in a slot.
func tag(h uint64) uint32 { return uint32(h>>52) << 20 }

// Encode lays out keys, which must be distinct (of two equal keys, Get finds
// the first), and appends the table to dst. It panics with more than MaxKeys
// keys.
func Encode(dst []byte, keys []string) []byte {
	if len(keys) > MaxKeys {
		panic("strindex: too many keys")
	}
	size := 16
	for size < 2*len(keys) {
		size <<= 1
	}
	slots := make([]uint32, size)
	for i, k := range keys {
		h := hashString(k)
		j := h & uint64(size-1)
		for slots[j] != 0 {
			j = (j + 1) & uint64(size-1)
		}
		slots[j] = uint32(i+1) | tag(h)
	}
	dst = AppendUint32(dst, uint32(len(keys)))
	dst = AppendUint32(dst, uint32(size))
	off := uint32(0)
	dst = AppendUint32(dst, 0)
	for _, k := range keys {
		off += uint32(len(k))
		dst = AppendUint32(dst, off)
	}
	for _, s := range slots {
		dst = AppendUint32(dst, s)
	}
	for _, k := range keys {
		dst = append(dst, k...)
	}
	return dst
}

// New returns an Index of keys (see Encode).
func New(keys []string) *Index {
	x, _, err := Open(string(Encode(nil, keys)))
	if err != nil {
		panic("strindex: " + err.Error()) // cannot happen
	}
	return x
}

// Open returns the Index at the start of data and the number of bytes it
// takes. It checks that every offset and slot is in range, in time linear in
// the table's size, so that no lookup can fail on a corrupt table.
func Open(data string) (*Index, int, error) { return open(data, true) }

// OpenTrusted is Open for a table known to be well formed, such as one
// embedded in the binary and checked by a test: it checks only the header
// and the sizes, in constant time, and touches no other byte.
func OpenTrusted(data string) (*Index, int, error) { return open(data, false) }

func open(data string, check bool) (*Index, int, error) {
	if len(data) < 8 {
		return nil, 0, fmt.Errorf("%w: short header", ErrFormat)
	}
	n, size := Uint32(data, 0), Uint32(data, 1)
	if size < 16 || size&(size-1) != 0 || n > MaxKeys || uint64(n) >= uint64(size) || uint64(size) > uint64(len(data)) {
		return nil, 0, fmt.Errorf("%w: %d keys in %d slots", ErrFormat, n, size)
	}
	x := &Index{n: n, mask: size - 1, offs: 8}
	x.slots = x.offs + 4*(int(n)+1)
	x.blb = x.slots + 4*int(size)
	if x.blb > len(data) {
		return nil, 0, fmt.Errorf("%w: truncated", ErrFormat)
	}
	if !check {
		end := x.blb + int(Uint32(data[x.offs:], int(n)))
		if end > len(data) {
			return nil, 0, fmt.Errorf("%w: truncated keys", ErrFormat)
		}
		x.data = data[:end]
		return x, end, nil
	}
	prev := uint32(0)
	for i := 0; i <= int(n); i++ {
		o := Uint32(data[x.offs:], i)
		if o < prev || (i == 0 && o != 0) {
			return nil, 0, fmt.Errorf("%w: offsets out of order", ErrFormat)
		}
		prev = o
	}
	end := x.blb + int(prev)
	if end > len(data) {
		return nil, 0, fmt.Errorf("%w: truncated keys", ErrFormat)
	}
	used := uint32(0)
	for i := 0; i < int(size); i++ {
		s := Uint32(data[x.slots:], i)
		if s == 0 {
			continue
		}
		if p := s & posMask; p == 0 || p > n {
			return nil, 0, fmt.Errorf("%w: slot out of range", ErrFormat)
		}
		used++
	}
	if used > n {
		return nil, 0, fmt.Errorf("%w: too many slots used", ErrFormat)
	}
	x.data = data[:end]
	return x, end, nil
}

// Len returns the number of keys.
func (x *Index) Len() int { return int(x.n) }

// Key returns the key at position i.
func (x *Index) Key(i int) string {
	a, b := Uint32(x.data[x.offs:], i), Uint32(x.data[x.offs:], i+1)
	return x.data[x.blb+int(a) : x.blb+int(b)]
}

const (
	offset = 14695981039346656037
	prime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime
	}
	return h ^ h>>29
}

func hashBytes(b []byte) uint64 {
	h := uint64(offset)
	for _, c := range b {
		h = (h ^ uint64(c)) * prime
	}
	return h ^ h>>29
}

// Get returns the position of s, or -1.
func (x *Index) Get(s string) int {
	if x.n == 0 {
		return -1
	}
	h := hashString(s)
	t := tag(h)
	for j := uint32(h) & x.mask; ; j = (j + 1) & x.mask {
		p := Uint32(x.data[x.slots:], int(j))
		if p == 0 {
			return -1
		}
		if p&^posMask == t && x.Key(int(p&posMask-1)) == s {
			return int(p&posMask - 1)
		}
	}
}

// GetBytes returns the position of the string b, or -1.
func (x *Index) GetBytes(b []byte) int {
	if x.n == 0 {
		return -1
	}
	h := hashBytes(b)
	t := tag(h)
	for j := uint32(h) & x.mask; ; j = (j + 1) & x.mask {
		p := Uint32(x.data[x.slots:], int(j))
		if p == 0 {
			return -1
		}
		if p&^posMask == t && x.Key(int(p&posMask-1)) == string(b) {
			return int(p&posMask - 1)
		}
	}
}

// Uint32 returns the i-th little-endian 32-bit integer of s.
func Uint32(s string, i int) uint32 {
	s = s[4*i : 4*i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// AppendUint32 appends v to dst, little-endian.
func AppendUint32(dst []byte, v uint32) []byte {
	return append(dst, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}
