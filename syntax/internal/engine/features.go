package engine

import (
	"unicode"

	"github.com/newsgraph/newsgraph/wordcluster"
)

// Features are 64-bit hashes of a template number and the values it
// combines; the model files key their weights by them.

const (
	mulA = 0x9e3779b97f4a7c15
	mulB = 0xbf58476d1ce4e5b9
	mulC = 0x94d049bb133111eb
)

// mix is splitmix64's finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= mulB
	x ^= x >> 27
	x *= mulC
	x ^= x >> 31
	return x
}

// Str hashes a string (FNV-1a, then mixed).
func Str(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

// str2 is Str(a + b) without building the string.
func str2(a, b string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h ^= uint64(a[i])
		h *= 1099511628211
	}
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= 1099511628211
	}
	return mix(h)
}

// feat hashes template t with values a and b.
func feat(t int, a, b uint64) uint64 {
	return mix(uint64(t)*mulA ^ mix(a+mulB) ^ (b+mulC)*mulA)
}

// Token holds the hashed attributes of one word that features read.
type Token struct {
	Word, Lower, Shape           uint64
	Suf1, Suf2, Suf3, Suf4, Pre1 uint64
	C4, C6, CFull                uint64 // Brown-cluster path prefixes
	Pre2, Pre3                   uint64 // prefixes of the lower-case word
	Known                        bool   // the clusters know the word
	Caps                         bool   // the sentence has no lower-case letter (a headline in capitals)
}

// AppendTokens appends the attributes of a sentence's words (raw, as the
// caller gives them; Norm is applied here) to dst.
func AppendTokens(dst []Token, words []string, cl *wordcluster.Clusters) []Token {
	start := len(dst)
	lower, letters := false, 0
	for _, w := range words {
		n := Norm(w)
		dst = append(dst, MakeToken(n, cl))
		for _, r := range n {
			if unicode.IsLower(r) {
				lower = true
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	if !lower && letters >= 6 {
		for i := start; i < len(dst); i++ {
			dst[i].Caps = true
		}
	}
	return dst
}

// Special values of positions outside the sentence.
var (
	hStart = Str("<s>")
	hEnd   = Str("</s>")
	hNone  = Str("<none>")
	hRoot  = Str("<root>")
	hNoCl  = Str("<nocl>")
)

// MakeToken computes the attributes of a word (as Norm gives it).
func MakeToken(w string, cl *wordcluster.Clusters) Token {
	lo := Lower(w)
	t := Token{
		Word:  Str(w),
		Lower: Str(lo),
		Shape: Str(Shape(w)),
		Suf1:  Str(suffix(lo, 1)),
		Suf2:  Str(suffix(lo, 2)),
		Suf3:  Str(suffix(lo, 3)),
		Suf4:  Str(suffix(lo, 4)),
		Pre1:  Str(prefix(w, 1)),
		Pre2:  str2(prefix(lo, 2), "/p"),
		Pre3:  str2(prefix(lo, 3), "/p"),
		C4:    hNoCl, C6: hNoCl, CFull: hNoCl,
	}
	if cl != nil {
		if p, ok := cl.PathAnyCase(w); ok {
			t.Known = true
			t.C4 = Str(p[:min(4, len(p))])
			t.C6 = str2(p[:min(6, len(p))], "/6")
			t.CFull = str2(p, "/f")
		}
	}
	return t
}

// NumTaggerFeatures is the most features TaggerFeatures appends.
const NumTaggerFeatures = 32

// TaggerFeatures appends to dst the features of tagging word i of toks,
// given the tags (class numbers) of the two words before it (-1 at the
// sentence's start).
func TaggerFeatures(dst []uint64, toks []Token, i int, prev, prev2 int) []uint64 {
	at := func(j int) *Token {
		if j < 0 || j >= len(toks) {
			return nil
		}
		return &toks[j]
	}
	word := func(j int) uint64 {
		if t := at(j); t != nil {
			return t.Lower
		}
		if j < 0 {
			return hStart
		}
		return hEnd
	}
	suf3 := func(j int) uint64 {
		if t := at(j); t != nil {
			return t.Suf3
		}
		return hNone
	}
	cl := func(j int) uint64 {
		if t := at(j); t != nil {
			return t.C6
		}
		return hNone
	}
	shape := func(j int) uint64 {
		if t := at(j); t != nil {
			return t.Shape
		}
		return hNone
	}
	w := &toks[i]
	p1, p2 := uint64(prev+1), uint64(prev2+1)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	dst = append(dst,
		feat(1, 0, 0),
		feat(2, w.Word, 0),
		feat(3, w.Lower, 0),
		feat(4, w.Suf1, 0),
		feat(5, w.Suf2, 0),
		feat(6, w.Suf3, 0),
		feat(7, w.Suf4, 0),
		feat(8, w.Pre1, 0),
		feat(9, w.Shape, first),
		feat(10, p1, 0),
		feat(11, p2, p1),
		feat(12, p1, w.Lower),
		feat(13, word(i-1), 0),
		feat(14, suf3(i-1), 0),
		feat(15, word(i-2), 0),
		feat(16, word(i+1), 0),
		feat(17, suf3(i+1), 0),
		feat(18, word(i+2), 0),
		feat(19, w.C4, 0),
		feat(20, w.C6, 0),
		feat(21, w.CFull, 0),
		feat(22, cl(i-1), 0),
		feat(23, cl(i+1), 0),
		feat(24, w.Shape, p1),
		feat(25, word(i+1), w.Lower),
		feat(26, word(i-1), w.Lower),
		feat(27, p1, cl(i+1)),
		feat(28, w.Suf3, p1),
		feat(29, w.Pre2, 0),
		feat(30, w.Pre3, 0),
		feat(31, shape(i+1), w.Shape),
		feat(32, p1, word(i+1)),
	)
	if w.Caps {
		dst = append(dst, feat(33, w.Lower, 0), feat(34, w.Suf3, 0))
	}
	return dst
}
