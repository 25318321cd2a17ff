package gazetteer

// vocab maps tokens to ids (1-based) with an open-addressing hash table
// (FNV-1a, linear probing, at most half full), built once from a list of
// distinct tokens; cheaper to build than a map and free of allocations to
// query.
type vocab struct {
	slots []uint32 // 0: empty; else id
	words []string // id-1 -> token
	mask  uint64
}

func newVocab(words []string) vocab {
	size := 16
	for size < 2*len(words) {
		size <<= 1
	}
	v := vocab{slots: make([]uint32, size), words: words, mask: uint64(size - 1)}
	for i, w := range words {
		j := hashString(w) & v.mask
		for v.slots[j] != 0 {
			j = (j + 1) & v.mask
		}
		v.slots[j] = uint32(i + 1)
	}
	return v
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h ^ h>>29
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h ^ h>>29
}

// id returns the id of s, or 0.
func (v *vocab) id(s string) uint32 {
	if len(v.slots) == 0 {
		return 0
	}
	for j := hashString(s) & v.mask; ; j = (j + 1) & v.mask {
		id := v.slots[j]
		if id == 0 || v.words[id-1] == s {
			return id
		}
	}
}

// idBytes returns the id of the token b, or 0.
func (v *vocab) idBytes(b []byte) uint32 {
	if len(v.slots) == 0 {
		return 0
	}
	for j := hashBytes(b) & v.mask; ; j = (j + 1) & v.mask {
		id := v.slots[j]
		if id == 0 || v.words[id-1] == string(b) {
			return id
		}
	}
}
