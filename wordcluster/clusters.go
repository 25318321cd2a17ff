package wordcluster

import (
	"bufio"
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/internal/strindex"
)

// Clusters maps words to the bit-string paths of their clusters in a binary
// hierarchy: words whose paths share a longer prefix are distributionally
// closer. Taggers use prefixes of a few lengths (4, 6, 10, 20) as features.
// A Clusters is immutable and safe for concurrent use.
type Clusters struct {
	index   *strindex.Index // word -> entry
	words   []string        // entries
	counts  []int64
	cluster []int32  // entry -> cluster
	paths   []string // cluster -> path
}

// Path returns the bit-string path of word's cluster ("0110…"), and whether
// the word is known. Words are matched exactly (case included). Path does
// not allocate; the prefix path[:n] of the result is a feature value.
func (c *Clusters) Path(word string) (string, bool) {
	i := c.index.Get(word)
	if i < 0 {
		return "", false
	}
	return c.paths[c.cluster[i]], true
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

// PathBytes is Path for a word given as bytes; it does not allocate.
func (c *Clusters) PathBytes(word []byte) (string, bool) {
	i := c.index.GetBytes(word)
	if i < 0 {
		return "", false
	}
	return c.paths[c.cluster[i]], true
}

// Cluster returns the index of word's cluster in [0, NumClusters()), or -1
// if the word is unknown.
func (c *Clusters) Cluster(word string) int {
	i := c.index.Get(word)
	if i < 0 {
		return -1
	}
	return int(c.cluster[i])
}

// Count returns how often word occurred in the training corpus (0 if it is
// unknown).
func (c *Clusters) Count(word string) int64 {
	if i := c.index.Get(word); i >= 0 {
		return c.counts[i]
	}
	return 0
}

// Len returns the number of words.
func (c *Clusters) Len() int { return len(c.words) }

// NumClusters returns the number of clusters (distinct paths).
func (c *Clusters) NumClusters() int { return len(c.paths) }

// ClusterPath returns the path of cluster k.
func (c *Clusters) ClusterPath(k int) string { return c.paths[k] }

// Members returns the words of the cluster with the given path, in file
// order (nil if there is no such cluster). It scans every word: it is meant
// for inspection, not for a hot path.
func (c *Clusters) Members(path string) []string {
	var out []string
	for i, w := range c.words {
		if c.paths[c.cluster[i]] == path {
			out = append(out, w)
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
		for i, w := range c.words {
			if w != word && strings.HasPrefix(c.paths[c.cluster[i]], p[:depth]) {
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
	order := make([]int, len(c.words))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if x := cmp.Compare(c.paths[c.cluster[a]], c.paths[c.cluster[b]]); x != 0 {
			return x
		}
		if x := cmp.Compare(c.counts[b], c.counts[a]); x != 0 {
			return x
		}
		return cmp.Compare(c.words[a], c.words[b])
	})
	bw := bufio.NewWriter(w)
	var n int64
	for _, i := range order {
		k, err := fmt.Fprintf(bw, "%s\t%s\t%d\n", c.paths[c.cluster[i]], c.words[i], c.counts[i])
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

// parse parses the text form; words and paths are substrings of s.
func parse(s string) (*Clusters, error) {
	lines := strings.Count(s, "\n") + 1
	c := &Clusters{
		words:   make([]string, 0, lines),
		counts:  make([]int64, 0, lines),
		cluster: make([]int32, 0, lines),
	}
	pathID := make(map[string]int32)
	lineOf := make([]int32, 0, lines) // line of each word, for errors
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
		if path == "" || strings.Trim(path, "01") != "" {
			return nil, fmt.Errorf("%w: line %d: path %q is not a bit string", ErrFormat, line, path)
		}
		if word == "" {
			return nil, fmt.Errorf("%w: line %d: empty word", ErrFormat, line)
		}
		var k int64
		if count != "" {
			var err error
			k, err = strconv.ParseInt(count, 10, 64)
			if err != nil || k < 0 {
				return nil, fmt.Errorf("%w: line %d: count %q is not a non-negative integer", ErrFormat, line, count)
			}
		}
		id := int32(len(c.paths) - 1)
		if id < 0 || c.paths[id] != path { // files are grouped by path
			var ok bool
			if id, ok = pathID[path]; !ok {
				id = int32(len(c.paths))
				pathID[path] = id
				c.paths = append(c.paths, path)
			}
		}
		c.words = append(c.words, word)
		c.counts = append(c.counts, k)
		c.cluster = append(c.cluster, id)
		lineOf = append(lineOf, int32(line))
	}
	c.index = strindex.New(c.words)
	if c.index.Len() > 0 {
		// A repeated word is found at the position of its first
		// occurrence.
		for i, w := range c.words {
			if j := c.index.Get(w); j != i {
				return nil, fmt.Errorf("%w: line %d: word %q appears twice", ErrFormat, lineOf[i], w)
			}
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
	return &Clusters{
		index:   strindex.New(t.bg.words),
		words:   t.bg.words,
		counts:  t.bg.counts,
		cluster: t.leafOf,
		paths:   paths,
	}
}

//go:embed data/brown.txt
var embedded string

// Default returns the clusters trained by "newsgraph train clusters" on the
// news text of ../shared/data (docs/clusters.md), embedded in the binary.
// They are decoded on the first call (a few milliseconds) and shared.
var Default = sync.OnceValue(func() *Clusters {
	c, err := decodeEmbedded()
	if err != nil {
		panic("wordcluster: embedded clusters: " + err.Error())
	}
	return c
})

func decodeEmbedded() (*Clusters, error) { return parse(embedded) }
