package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature keys are 64-bit integers: a template code (template and relative
// position) mixed with the hash of the feature's value. Nothing is built
// from strings on the hot path; words are hashed once per word type.

// Feature templates. The local set follows Ratinov & Roth 2009 and Illinois
// NER's LbjTagger.lbj; the comments name the Illinois feature.
const (
	tBias        = iota + 1 // a constant, so each label has a prior
	tForm                   // Forms: the token, digits normalised, at −2..+2
	tLower                  // the same, lower-cased (robust to headline case)
	tCap                    // Capitalization: first letter upper case, at −2..+2
	tWordType               // WordTypeInformation: all caps / all digits / no letters
	tShape                  // the token's collapsed shape ("Xx", "X.X.", "d-d")
	tPrefix                 // Affixes: prefixes of 3–4 characters
	tSuffix                 // Affixes: suffixes of 1–4 characters
	tSentStart              // IsSentenceStart
	tPrev1                  // PreviousTag1
	tPrev2                  // PreviousTag2
	tPrev12                 // PreviousTag1 and PreviousTag2 together
	tPrev1Form              // PreviousTag1 && Forms, at −2..+2
	tPattern                // PreviousTagPattern: the last entity's type + the O words since
	tCaps                   // the sentence is in capitals (a headline); with the token's case
	tBigram                 // the lower-cased words at −1,0 and 0,+1 together
	tDocCase                // ContextAggregation: how the word is written elsewhere in the document
	tHistory                // prevTagsForContext: labels given to the word earlier in the document
	tAggregate              // ContextAggregation: the words next to the word's other occurrences
	tCluster                // BrownClusterPaths: prefixes of 4, 6, 10, 20 bits at −2..+2 (part 2)
	tGazetteer              // GazetteersFeatures: BILOU position × list at −2..+2 (part 2)
	tListCluster            // the lists the word matches on its own × its cluster-path prefixes
	tStage2                 // two-stage prediction aggregation: the first stage's labels (stage2.go)
)

// window is the context the static features look at: −2..+2.
const window = 2

// mix is the splitmix64 finaliser: a cheap, well-spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// key returns the feature key of template t at relative position off with
// the given value. Key 0 is reserved for empty hash-table slots.
func key(t, off int, value uint64) uint64 {
	k := mix(value*0x9e3779b97f4a7c15 + uint64(t)<<8 + uint64(off+window))
	if k == 0 {
		k = 1
	}
	return k
}

// hashString returns the FNV-1a hash of s.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Padding words stand for the positions before and after a sentence. They
// hold a NUL byte, which no real token does.
const (
	padBefore = "\x00<s>"
	padAfter  = "\x00</s>"
)

// normalize maps a token to the form the features see: typographic quotes,
// apostrophes and dashes become the ASCII forms of the CoNLL data, and
// digits become 0 (Illinois' normalizeDigitsForFeatureExtraction). It
// returns s itself when nothing changes.
func normalize(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c >= '1' && c <= '9') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	switch s {
	case "“", "”", "„", "‟", "«", "»", "″":
		return `"`
	case "‘", "’", "‚", "‛", "′":
		return "'"
	case "—", "―":
		return "--"
	case "–", "‐", "‑", "−":
		return "-"
	case "…":
		return "..."
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		case r == '’' || r == '‘':
			b.WriteByte('\'')
		case r == '–' || r == '‐' || r == '‑':
			b.WriteByte('-')
		case r >= utf8.RuneSelf && unicode.IsDigit(r):
			b.WriteByte('0')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lower returns s in lower case, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// Word-type flags (Illinois WordTypeInformation).
const (
	wtAllCaps  = 1 << iota // every letter upper case (and at least one)
	wtDigits               // only digits, '.' and ',' (and at least one digit)
	wtNoLetter             // no letter at all
)

// wordShape summarises s: its first-letter case and word-type flags.
func wordShape(s string) (capital bool, flags int) {
	letters, uppers, digits, others := 0, 0, 0, 0
	first := true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if first {
					capital = true
				}
			}
		case unicode.IsDigit(r):
			digits++
		case r == '.' || r == ',':
		default:
			others++
		}
		first = false
	}
	if letters > 0 && uppers == letters {
		flags |= wtAllCaps
	}
	if digits > 0 && letters == 0 && others == 0 {
		flags |= wtDigits
	}
	if letters == 0 {
		flags |= wtNoLetter
	}
	return capital, flags
}

// shapeHash returns the hash of s's collapsed shape: upper-case letters
// become X, lower-case x, digits d, other characters stay, and runs of one
// class collapse ("McDonald's" → "XxXx'x").
func shapeHash(s string) uint64 {
	h := uint64(14695981039346656037)
	var last rune = -1
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			continue
		}
		last = c
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// A featureSet extracts the features of a model: the local set plus the
// optional families of part 2, which plug in behind small interfaces.
type featureSet struct {
	bigrams   bool
	context   bool
	aggregate bool
	clusters  Clusters
	gazetteer Gazetteer
	// listClusters adds tListCluster (needs clusters and gazetteer).
	listClusters bool
	// stage2 marks a second-stage model (the st2 keys of sentences).
	stage2 bool
}

// staticKeys appends the keys of the features that depend only on the
// word at relative position off (−2..+2) from the token being tagged: for
// one word type and position they never change, so the tagger caches their
// summed weights per word type. w is the normalised token (or a padding
// word).
func (f *featureSet) staticKeys(dst []uint64, w string, off int) []uint64 {
	if w == padBefore || w == padAfter {
		return append(dst, key(tForm, off, hashString(w)))
	}
	lw := lower(w)
	dst = append(dst, key(tForm, off, hashString(w)), key(tLower, off, hashString(lw)))
	capital, flags := wordShape(w)
	c := uint64(0)
	if capital {
		c = 1
	}
	dst = append(dst, key(tCap, off, c), key(tWordType, off, uint64(flags)))
	if off >= -1 && off <= 1 {
		dst = append(dst, key(tShape, off, shapeHash(w)))
	}
	if off == 0 {
		dst = append(dst, key(tBias, 0, 0))
		n := utf8.RuneCountInString(lw)
		for k := 3; k <= 4 && k < n; k++ {
			dst = append(dst, key(tPrefix, k, hashString(lw[:runeOffset(lw, k)])))
		}
		for k := 1; k <= 4 && k < n; k++ {
			dst = append(dst, key(tSuffix, k, hashString(lw[runeOffset(lw, n-k):])))
		}
	}
	if f.clusters != nil {
		if p, ok := f.clusters.Path(w); ok {
			for i, n := range clusterPrefixes {
				if n > len(p) {
					n = len(p)
				}
				dst = append(dst, key(tCluster, off, hashString(p[:n])^uint64(i)<<60))
			}
			if off == 0 && f.listClusters {
				dst = f.listClusterKeys(dst, w, p)
			}
		}
	}
	return dst
}

// listClusterPrefixes are the cluster-path prefixes conjoined with the
// lists a word matches.
var listClusterPrefixes = [...]int{6, 10}

// listClusterKeys appends the keys of the lists that word w matches as a
// one-token entry, each conjoined with prefixes of w's cluster path p. They
// depend on the word alone, so they are static (computed once per word
// type).
func (f *featureSet) listClusterKeys(dst []uint64, w string, p string) []uint64 {
	var one [1]string
	one[0] = w
	for _, m := range f.gazetteer.Match(nil, one[:]) {
		if m.Pos != MatchU {
			continue
		}
		l := uint64(m.List) << 1
		if m.IgnoreCase {
			l |= 1
		}
		for i, n := range listClusterPrefixes {
			n = min(n, len(p))
			dst = append(dst, key(tListCluster, 0, mix(hashString(p[:n])^uint64(i)<<60)^l))
		}
	}
	return dst
}

// clusterPrefixes are the lengths of the cluster-path prefixes used as
// features (Illinois, after Miller et al. 2004).
var clusterPrefixes = [...]int{4, 6, 10, 20}

// runeOffset returns the byte offset of the k-th rune of s.
func runeOffset(s string, k int) int {
	for i := range s {
		if k == 0 {
			return i
		}
		k--
	}
	return len(s)
}

// A sentence is the per-token state the dynamic features read.
type sentence struct {
	form  []uint64 // hash of each normalised token
	lower []uint64 // hash of each lower-cased normalised token
	shape []uint8  // tokenShape of each normalised token
	caps  bool     // the sentence is a headline in capitals
	// gaz[i] are the gazetteer match tags of token i (part 2).
	gaz [][]uint32
	// st2[i] are the stage-2 feature keys of token i (stage2.go), nil
	// for a first-stage model.
	st2 [][]uint64
}

// noLabel stands for the label before the first token.
const noLabel = Label(NumLabels)

// prevKeys appends the keys of the features of the two previous labels
// (noLabel before the sentence start) and of the sentence start.
func prevKeys(dst []uint64, p1, p2 Label) []uint64 {
	if p1 == noLabel {
		dst = append(dst, key(tSentStart, 0, 0))
	}
	return append(dst,
		key(tPrev1, 0, uint64(p1)),
		key(tPrev2, 0, uint64(p2)),
		key(tPrev12, 0, uint64(p1)<<8|uint64(p2)),
	)
}

// previous returns the labels of the two tokens before i.
func previous(labels []Label, i int) (p1, p2 Label) {
	p1, p2 = noLabel, noLabel
	if i > 0 {
		p1 = labels[i-1]
	}
	if i > 1 {
		p2 = labels[i-2]
	}
	return p1, p2
}

// dynamicKeys appends the keys of every feature of token i that depends
// on its position or on the labels of the tokens before it.
func (f *featureSet) dynamicKeys(dst []uint64, s *sentence, i int, labels []Label) []uint64 {
	p1, p2 := previous(labels, i)
	return f.gazetteerKeys(f.labelKeys(prevKeys(dst, p1, p2), s, i, labels), s, i)
}

// labelKeys appends the keys of the dynamic features other than those of
// prevKeys and gazetteerKeys: the previous label with the words around, the
// previous-tag pattern and the sentence's case.
func (f *featureSet) labelKeys(dst []uint64, s *sentence, i int, labels []Label) []uint64 {
	p1, p2 := previous(labels, i)
	n := len(s.form)
	for o := -window; o <= window; o++ {
		j := i + o
		var h uint64
		switch {
		case j < 0:
			h = hashPadBefore
		case j >= n:
			h = hashPadAfter
		default:
			h = s.form[j]
		}
		dst = append(dst, key(tPrev1Form, o, mix(h)^uint64(p1)))
	}
	// PreviousTagPattern: an entity that ended at i−1, or at i−2 with an
	// O word between.
	switch {
	case p1 != noLabel && p1 != O && !p1.opens():
		dst = append(dst, key(tPattern, 0, uint64(p1.Type())))
	case p1 == O && p2 != noLabel && p2 != O && !p2.opens():
		dst = append(dst, key(tPattern, 1, mix(s.lower[i-1])^uint64(p2.Type())))
	}
	if s.caps {
		dst = append(dst, key(tCaps, 0, 0))
	}
	if i < len(s.st2) {
		dst = append(dst, s.st2[i]...)
	}
	if f.bigrams {
		prev, next := hashPadBefore, hashPadAfter
		if i > 0 {
			prev = s.lower[i-1]
		}
		if i+1 < n {
			next = s.lower[i+1]
		}
		dst = append(dst, key(tBigram, -1, mix(prev)^s.lower[i]), key(tBigram, 0, mix(s.lower[i])^next))
	}
	return dst
}

// gazetteerKeys appends the gazetteer features of token i: the match tags
// of the tokens at −2..+2. (The Tagger sums their weights per set of tags
// instead; see Tagger.gazetteerVec.)
func (f *featureSet) gazetteerKeys(dst []uint64, s *sentence, i int) []uint64 {
	for o := -window; o <= window; o++ {
		if j := i + o; j >= 0 && j < len(s.gaz) {
			dst = tagKeys(dst, s.gaz[j], o)
		}
	}
	return dst
}

// tagKeys appends the keys of the gazetteer tags of a token at relative
// position off from the token being tagged.
func tagKeys(dst []uint64, tags []uint32, off int) []uint64 {
	for _, g := range tags {
		dst = append(dst, key(tGazetteer, off, uint64(g)))
	}
	return dst
}

var (
	hashPadBefore = hashString(padBefore)
	hashPadAfter  = hashString(padAfter)
)
