// Package strindex maps a fixed set of distinct strings to their positions
// with an open-addressing hash table (FNV-1a, linear probing, at most half
// full). Compared with a map it is several times quicker to build, which
// matters for lexicons decoded at start-up, and it looks up byte slices
// without allocating.
package strindex

// An Index maps each of a set of distinct strings to its position in the
// slice it was built from. The zero Index is empty. An Index is immutable
// and safe for concurrent use.
type Index struct {
	slots []int32 // position+1; 0 is empty
	keys  []string
	mask  uint64
}

// New indexes keys, which must be distinct (of two equal keys, Get returns
// the first). The slice is kept, not copied.
func New(keys []string) *Index {
	size := 16
	for size < 2*len(keys) {
		size <<= 1
	}
	x := &Index{slots: make([]int32, size), keys: keys, mask: uint64(size - 1)}
	for i, k := range keys {
		j := hashString(k) & x.mask
		for x.slots[j] != 0 {
			j = (j + 1) & x.mask
		}
		x.slots[j] = int32(i + 1)
	}
	return x
}

// Len returns the number of keys.
func (x *Index) Len() int { return len(x.keys) }

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
	if len(x.slots) == 0 {
		return -1
	}
	for j := hashString(s) & x.mask; ; j = (j + 1) & x.mask {
		p := x.slots[j]
		if p == 0 {
			return -1
		}
		if x.keys[p-1] == s {
			return int(p - 1)
		}
	}
}

// GetBytes returns the position of the string b, or -1.
func (x *Index) GetBytes(b []byte) int {
	if len(x.slots) == 0 {
		return -1
	}
	for j := hashBytes(b) & x.mask; ; j = (j + 1) & x.mask {
		p := x.slots[j]
		if p == 0 {
			return -1
		}
		if x.keys[p-1] == string(b) {
			return int(p - 1)
		}
	}
}
