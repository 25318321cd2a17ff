package wordcluster

import (
	"bufio"
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/strindex"
)

// Clusters maps words to the bit-string paths of their clusters in a binary
// hierarchy: words whose paths share a longer prefix are distributionally
// closer. Taggers use prefixes of a few lengths (4, 6, 10, 20) as features.
// A Clusters is immutable and safe for concurrent use.
type Clusters struct {
	raw     string          // the binary form, used in place
	index   *strindex.Index // word <-> entry
	paths   []string        // cluster -> path
	cluster string          // entry -> cluster, little-endian uint32s
	counts  string          // entry -> count, little-endian uint32s
}

func (c *Clusters) word(i int) string     { return c.index.Key(i) }
func (c *Clusters) clusterOf(i int) int32 { return int32(strindex.Uint32(c.cluster, i)) }
func (c *Clusters) countOf(i int) int64   { return int64(strindex.Uint32(c.counts, i)) }

// Path returns the bit-string path of word's cluster ("0110…"), and whether
// the word is known. Words are matched exactly (case included). Path does
// not allocate; the prefix path[:n] of the result is a feature value.
func (c *Clusters) Path(word string) (string, bool) {
	i := c.index.Get(word)
	if i < 0 {
		return "", false
	}
	return c.paths[c.clusterOf(i)], true
}

// Prefix returns the first n bits of word's path (all of it if the path is
// shorter), and whether the word is known; the prefix feature of a tagger.
// It does not allocate.
func (c *Clusters) Prefix(word string, n int) (string, bool) {
	p, ok := c.Path(word)
	if len(p) > n {
		p = p[:n]
	}
	return p, ok
}

// PathAnyCase is Path with fallbacks for words in unusual case, such as
// those of all-capital headlines: if word is unknown, it tries word with
// only its first letter capitalised ("BLINKER" → "Blinker"), then word in
// lower case. It does not allocate for words of up to 64 bytes (longer ones
// get no fallback).
func (c *Clusters) PathAnyCase(word string) (string, bool) {
	if p, ok := c.Path(word); ok {
		return p, true
	}
	if len(word) > 64 {
		return "", false
	}
	var buf [128]byte
	title := appendCase(buf[:0], word, true)
	if p, ok := c.PathBytes(title); ok {
		return p, true
	}
	return c.PathBytes(appendCase(buf[:0], word, false))
}

// appendCase appends s in lower case to dst, with its first letter in upper
// case if title.
func appendCase(dst []byte, s string, title bool) []byte {
	first := true
	for _, r := range s {
		if first && title {
			r = unicode.ToUpper(r)
		} else {
			r = unicode.ToLower(r)
		}
		first = false
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// PathBytes is Path for a word given as bytes; it does not allocate.
func (c *Clusters) PathBytes(word []byte) (string, bool) {
	i := c.index.GetBytes(word)
	if i < 0 {
		return "", false
	}
	return c.paths[c.clusterOf(i)], true
}

// Cluster returns the index of word's cluster in [0, NumClusters()), or -1
// if the word is unknown.
func (c *Clusters) Cluster(word string) int {
	i := c.index.Get(word)
	if i < 0 {
		return -1
	}
	return int(c.clusterOf(i))
}

// Count returns how often word occurred in the training corpus (0 if it is
// unknown).
func (c *Clusters) Count(word string) int64 {
	if i := c.index.Get(word); i >= 0 {
		return c.countOf(i)
	}
	return 0
}

// Len returns the number of words.
func (c *Clusters) Len() int { return c.index.Len() }

// NumClusters returns the number of clusters (distinct paths).
func (c *Clusters) NumClusters() int { return len(c.paths) }

// ClusterPath returns the path of cluster k.
func (c *Clusters) ClusterPath(k int) string { return c.paths[k] }

// Members returns the words of the cluster with the given path, in file
// order (nil if there is no such cluster). It scans every word: it is meant
// for inspection, not for a hot path.
func (c *Clusters) Members(path string) []string {
	var out []string
	for i := range c.Len() {
		if c.paths[c.clusterOf(i)] == path {
			out = append(out, c.word(i))
		}
	}
	return out
}

// Nearest returns up to n words, most frequent first, whose paths share the
// longest prefix with word's path (word itself excluded), and the length of
// that shared prefix. It returns nil, 0 for an unknown word. Like Members,
// it scans every word.
func (c *Clusters) Nearest(word string, n int) ([]string, int) {
	p, ok := c.Path(word)
	if !ok {
		return nil, 0
	}
	for depth := len(p); depth >= 0; depth-- {
		var out []string
		for i := range c.Len() {
			if w := c.word(i); w != word && strings.HasPrefix(c.paths[c.clusterOf(i)], p[:depth]) {
				out = append(out, w)
			}
		}
		if len(out) > 0 {
			slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(c.Count(b), c.Count(a)) })
			if len(out) > n {
				out = out[:n]
			}
			return out, depth
		}
	}
	return nil, 0
}

// WriteTo writes c in the usual text form of Brown clusters, one word a
// line: path, TAB, word, TAB, count; grouped by path in lexical order, most
// frequent word first.
func (c *Clusters) WriteTo(w io.Writer) (int64, error) {
	order := make([]int, c.Len())
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if x := cmp.Compare(c.paths[c.clusterOf(a)], c.paths[c.clusterOf(b)]); x != 0 {
			return x
		}
		if x := cmp.Compare(c.countOf(b), c.countOf(a)); x != 0 {
			return x
		}
		return cmp.Compare(c.word(a), c.word(b))
	})
	bw := bufio.NewWriter(w)
	var n int64
	for _, i := range order {
		k, err := fmt.Fprintf(bw, "%s\t%s\t%d\n", c.paths[c.clusterOf(i)], c.word(i), c.countOf(i))
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, bw.Flush()
}

// ErrFormat is wrapped by Read's errors about malformed input.
var ErrFormat = errors.New("wordcluster: malformed clusters file")

// Read reads clusters in the text form WriteTo writes (also the form of
// other Brown clustering tools: path TAB word TAB count; the count may be
// missing). Paths are non-empty strings of 0 and 1; a word may appear once.
// Blank lines are skipped. Errors name the line.
func Read(r io.Reader) (*Clusters, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("wordcluster: %w", err)
	}
	return parse(string(raw))
}

// parse parses the text form.
func parse(s string) (*Clusters, error) {
	lines := strings.Count(s, "\n") + 1
	var (
		words   = make([]string, 0, lines)
		counts  = make([]int64, 0, lines)
		cluster = make([]int32, 0, lines)
		lineOf  = make([]int32, 0, lines) // line of each word, for errors
		paths   []string
		pathID  = make(map[string]int32)
	)
	line := 0
	for len(s) > 0 {
		line++
		var text string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			text, s = s[:i], s[i+1:]
		} else {
			text, s = s, ""
		}
		text = strings.TrimSuffix(text, "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		path, rest, ok := strings.Cut(text, "\t")
		if !ok {
			return nil, fmt.Errorf("%w: line %d: want path<TAB>word<TAB>count", ErrFormat, line)
		}
		word, count, _ := strings.Cut(rest, "\t")
		if !isPath(path) {
			return nil, fmt.Errorf("%w: line %d: path %q is not a bit string", ErrFormat, line, path)
		}
		if word == "" {
			return nil, fmt.Errorf("%w: line %d: empty word", ErrFormat, line)
		}
		var k int64
		if count != "" {
			var err error
			k, err = strconv.ParseInt(count, 10, 64)
			if err != nil || k < 0 || k > math.MaxUint32 {
				return nil, fmt.Errorf("%w: line %d: count %q is not an integer in [0, 2³²)", ErrFormat, line, count)
			}
		}
		id := int32(len(paths) - 1)
		if id < 0 || paths[id] != path { // files are grouped by path
			var ok bool
			if id, ok = pathID[path]; !ok {
				id = int32(len(paths))
				pathID[path] = id
				paths = append(paths, path)
			}
		}
		words = append(words, word)
		counts = append(counts, k)
		cluster = append(cluster, id)
		lineOf = append(lineOf, int32(line))
	}
	seen := make(map[string]struct{}, len(words))
	for i, w := range words {
		if _, dup := seen[w]; dup {
			return nil, fmt.Errorf("%w: line %d: word %q appears twice", ErrFormat, lineOf[i], w)
		}
		seen[w] = struct{}{}
	}
	return build(words, counts, cluster, paths), nil
}

func isPath(p string) bool {
	if p == "" {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] != '0' && p[i] != '1' {
			return false
		}
	}
	return true
}

// magic starts the binary form.
const magic = "newsgraph-wordcluster-1\n"

// The binary form, all integers little-endian uint32:
//
//	magic
//	number of clusters; for each: path length, path
//	the word table (internal/strindex)
//	cluster of each word
//	count of each word
//
// It is used in place: decoding checks it and takes sub-strings.

// build encodes and decodes the clusters, in the canonical order of the
// text form: paths in lexical order, and the words of each by descending
// count, then in byte order. Words must be distinct.
func build(words []string, counts []int64, cluster []int32, paths []string) *Clusters {
	pathOrder := make([]int32, len(paths))
	for i := range pathOrder {
		pathOrder[i] = int32(i)
	}
	slices.SortFunc(pathOrder, func(a, b int32) int { return cmp.Compare(paths[a], paths[b]) })
	rank := make([]int32, len(paths))
	for r, p := range pathOrder {
		rank[p] = int32(r)
	}
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if x := cmp.Compare(rank[cluster[a]], rank[cluster[b]]); x != 0 {
			return x
		}
		if x := cmp.Compare(counts[b], counts[a]); x != 0 {
			return x
		}
		return cmp.Compare(words[a], words[b])
	})
	sorted := make([]string, len(words))
	for i, j := range order {
		sorted[i] = words[j]
	}
	b := []byte(magic)
	b = strindex.AppendUint32(b, uint32(len(paths)))
	for _, p := range pathOrder {
		b = strindex.AppendUint32(b, uint32(len(paths[p])))
		b = append(b, paths[p]...)
	}
	b = strindex.Encode(b, sorted)
	for _, j := range order {
		b = strindex.AppendUint32(b, uint32(rank[cluster[j]]))
	}
	for _, j := range order {
		b = strindex.AppendUint32(b, uint32(counts[j]))
	}
	c, err := decode(string(b), true)
	if err != nil {
		panic("wordcluster: " + err.Error()) // cannot happen
	}
	return c
}

// MarshalBinary returns the binary form of c, which "newsgraph train
// clusters" writes beside the text form and the package embeds.
func (c *Clusters) MarshalBinary() ([]byte, error) { return []byte(c.raw), nil }

// UnmarshalBinary decodes the form MarshalBinary returns into c. It checks
// the whole form, so that lookups cannot fail on corrupt data.
func (c *Clusters) UnmarshalBinary(data []byte) error {
	d, err := decode(string(data), true)
	if err != nil {
		return err
	}
	*c = *d
	return nil
}

// decode points Clusters into the binary form in s. With check, it checks
// every word's cluster and the word table; without (for the embedded
// clusters, which a test checks), only the sizes of the sections.
func decode(s string, check bool) (*Clusters, error) {
	bad := func(what string) error { return fmt.Errorf("%w: binary form: bad %s", ErrFormat, what) }
	if !strings.HasPrefix(s, magic) {
		return nil, bad("magic")
	}
	pos := len(magic)
	next := func() (uint32, bool) {
		if pos+4 > len(s) {
			return 0, false
		}
		v := strindex.Uint32(s[pos:], 0)
		pos += 4
		return v, true
	}
	np, ok := next()
	if !ok || uint64(np) > uint64(len(s)) {
		return nil, bad("cluster count")
	}
	c := &Clusters{raw: s, paths: make([]string, 0, np)}
	for range np {
		n, ok := next()
		if !ok || uint64(n) > uint64(len(s)-pos) || !isPath(s[pos:pos+int(n)]) {
			return nil, bad("path")
		}
		c.paths = append(c.paths, s[pos:pos+int(n)])
		pos += int(n)
	}
	open := strindex.OpenTrusted
	if check {
		open = strindex.Open
	}
	index, n, err := open(s[pos:])
	if err != nil {
		return nil, fmt.Errorf("%w: binary form: words: %v", ErrFormat, err)
	}
	pos += n
	c.index = index
	size := 4 * index.Len()
	if len(s)-pos != 2*size {
		return nil, bad("length")
	}
	c.cluster, c.counts = s[pos:pos+size], s[pos+size:]
	for i := range index.Len() {
		if !check {
			break
		}
		if c.clusterOf(i) < 0 || int(c.clusterOf(i)) >= len(c.paths) {
			return nil, bad("cluster of a word")
		}
	}
	return c, nil
}

// result turns a finished run into Clusters.
func (t *trainer) result() *Clusters {
	leaves := len(t.left) + 1
	paths := make([]string, leaves)
	if leaves == 1 {
		paths[0] = "0"
	} else {
		var walk func(node int32, prefix []byte)
		walk = func(node int32, prefix []byte) {
			if int(node) < leaves {
				paths[node] = string(prefix)
				return
			}
			i := int(node) - leaves
			walk(t.left[i], append(prefix, '0'))
			walk(t.right[i], append(prefix, '1'))
		}
		walk(int32(2*leaves-2), nil)
	}
	return build(t.bg.words, t.bg.counts, t.leafOf, paths)
}

//go:embed data/brown.bin
var embedded string

// Default returns the clusters trained by "newsgraph train clusters" on the
// news text of ../shared/data (docs/clusters.md), embedded in the binary.
// They are used in place, without decoding: the first call reads the
// header and the 1,000 paths; TestEmbeddedIsCompiledText checks the rest.
var Default = sync.OnceValue(func() *Clusters {
	c, err := decodeEmbedded()
	if err != nil {
		panic("wordcluster: embedded clusters: " + err.Error())
	}
	return c
})

func decodeEmbedded() (*Clusters, error) { return decode(embedded, false) }
