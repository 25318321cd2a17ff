// Package gazetteer matches token sequences against lists of names —
// countries, regions, cities, other places, nationalities, first names and
// name parts, titles, organisation suffixes, head words, well-known
// organisations and brands, and the people and organisations on sanctions
// lists — and reports, for each token, the lists it matches and its BILOU
// position in the match (Begin, Inside, Last, Unit), in a case-sensitive and
// a case-insensitive index. These become features of the entity tagger
// (Ratinov & Roth 2009), never decisions.
//
// Entries are up to MaxTokens tokens long, tokenised by newsgraph's
// tokenizer, so they match run-time tokens. The case-insensitive index
// leaves out entries made only of common lower-case words ("may", "bill",
// "reading") and function words ("in", "on", "us", "or", "am").
//
// Default returns the lists embedded in the binary, used in place without
// decoding. docs/gazetteers.md gives each list's sources and licences;
// Notice returns the attributions a distribution must carry.
package gazetteer

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/internal/strindex"
)

// MaxTokens is the length of the longest entry, in tokens.
const MaxTokens = 5

// ListNames are the embedded lists, in the order of their bits in Tags.
var ListNames = []string{
	"country",          // CLDR and ISO 3166-1 country names
	"region",           // ISO 3166-2 subdivisions
	"city",             // GeoNames cities (population ≥ 15,000, capitals, admin seats)
	"location",         // continents, seas, geopolitical regions, short country names (hand)
	"nationality",      // nationalities, demonyms, religions' adjectives
	"person.first",     // English first names
	"person.name",      // first and last names seen as names in news
	"title",            // titles and roles before names (hand)
	"org.suffix",       // corporate suffixes: Inc, Ltd, plc, GmbH (hand)
	"org.head",         // organisation head words: Ministry, Party, Bank (hand)
	"org.known",        // organisations news names often: UN, NATO, Reuters (hand)
	"org.brand",        // brands with a Wikidata item (OpenStreetMap name-suggestion index)
	"sanctions.person", // OFAC SDN and UN individuals, with aliases
	"sanctions.org",    // OFAC SDN and UN entities, with aliases
}

// A Position is a token's place in a match: BILOU without O.
type Position uint8

// The positions of a token in a match.
const (
	B Position = iota // first token of a match of two or more
	I                 // inside a match of three or more
	L                 // last token of a match of two or more
	U                 // the whole of a one-token match
)

func (p Position) String() string { return "BILU"[p : p+1] }

// Tags are the matches of one token. Exact[p] has bit i set when the token
// is at position p of a case-sensitive match of list i; Fold likewise for
// the case-insensitive index (which also holds the exact matches of its
// entries). A token in several matches has several bits set.
type Tags struct {
	Exact, Fold [4]uint32
	id, fid     uint32 // token ids during matching
}

// Empty reports whether the token matches nothing.
func (t *Tags) Empty() bool { return t.Exact == [4]uint32{} && t.Fold == [4]uint32{} }

// Each calls fn for every match of the token: its position, the list's index
// and whether the match is case-insensitive.
func (t *Tags) Each(fn func(pos Position, list int, fold bool)) {
	for p := range 4 {
		for m := t.Exact[p]; m != 0; m &= m - 1 {
			fn(Position(p), trailingZeros(m), false)
		}
		for m := t.Fold[p]; m != 0; m &= m - 1 {
			fn(Position(p), trailingZeros(m), true)
		}
	}
}

func trailingZeros(m uint32) int {
	n := 0
	for m&1 == 0 {
		m >>= 1
		n++
	}
	return n
}

// A Gazetteer is a set of name lists indexed for matching. It is immutable
// and safe for concurrent use.
type Gazetteer struct {
	raw         string // the binary form, which the tries use in place
	lists       []string
	sizes       []int
	exact, fold trie
}

// trie is a token-ID trie laid out in arrays of little-endian uint32 inside
// a string (see binary.go), used in place. Token ids are the positions in
// vocab plus 1 (0: unknown). Node 0 is the root; the other nodes are
// numbered breadth-first, so the children of node n are the nodes
// first[n]+1 … first[n+1], and kids[first[n]:first[n+1]] their token ids,
// ascending. ends[n] has bit i set when an entry of list i ends at n.
// root[id] is the root's child for token id (0 if none).
type trie struct {
	vocab                   *strindex.Index
	first, kids, ends, root string
}

func u32(s string, i uint32) uint32 { return strindex.Uint32(s, int(i)) }

// child returns the child of node for token id, or 0.
func (t *trie) child(node, id uint32) uint32 {
	if node == 0 {
		return u32(t.root, id)
	}
	lo, end := u32(t.first, node), u32(t.first, node+1)
	for hi := end; hi-lo > 8; {
		mid := (lo + hi) / 2
		if u32(t.kids, mid) < id {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for k := lo; k < end; k++ {
		switch kid := u32(t.kids, k); {
		case kid == id:
			return k + 1
		case kid > id:
			return 0
		}
	}
	return 0
}

// nodes returns the number of nodes.
func (t *trie) nodes() uint32 { return uint32(len(t.ends) / 4) }

// index collects entries for a trie: token sequences with the lists they
// belong to.
type index struct {
	entries map[string]uint32 // tokens joined by "\x00" -> lists
}

func (x *index) add(tokens []string, list int) {
	if x.entries == nil {
		x.entries = map[string]uint32{}
	}
	x.entries[strings.Join(tokens, "\x00")] |= 1 << list
}

// appendTrie numbers the tokens in byte order and the nodes breadth-first,
// and appends the trie's binary form to dst.
func (x *index) appendTrie(dst []byte) []byte {
	vocabSet := map[string]bool{}
	type entry struct {
		toks []string
		mask uint32
	}
	entries := make([]entry, 0, len(x.entries))
	for k, m := range x.entries {
		toks := strings.Split(k, "\x00")
		for _, t := range toks {
			vocabSet[t] = true
		}
		entries = append(entries, entry{toks, m})
	}
	words := make([]string, 0, len(vocabSet))
	for w := range vocabSet {
		words = append(words, w)
	}
	slices.Sort(words)
	id := make(map[string]uint32, len(words))
	for i, w := range words {
		id[w] = uint32(i + 1)
	}
	// A pointer trie first, then breadth-first numbering.
	type pnode struct {
		kids map[uint32]*pnode
		ends uint32
	}
	root := &pnode{}
	for _, e := range entries {
		n := root
		for _, t := range e.toks {
			if n.kids == nil {
				n.kids = map[uint32]*pnode{}
			}
			c := n.kids[id[t]]
			if c == nil {
				c = &pnode{}
				n.kids[id[t]] = c
			}
			n = c
		}
		n.ends |= e.mask
	}
	var first, kids, ends []uint32
	queue := []*pnode{root}
	first = append(first, 0)
	for i := 0; i < len(queue); i++ {
		n := queue[i]
		keys := make([]uint32, 0, len(n.kids))
		for k := range n.kids {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			kids = append(kids, k)
			queue = append(queue, n.kids[k])
		}
		first = append(first, uint32(len(kids)))
		ends = append(ends, n.ends)
	}
	rootKids := make([]uint32, len(words)+1)
	for k := first[0]; k < first[1]; k++ {
		rootKids[kids[k]] = k + 1
	}
	dst = strindex.Encode(dst, words)
	dst = strindex.AppendUint32(dst, uint32(len(ends)))
	for _, a := range [][]uint32{first, kids, ends, rootKids} {
		for _, v := range a {
			dst = strindex.AppendUint32(dst, v)
		}
	}
	return dst
}

// Lists returns the names of the lists, in the order of their bits.
func (g *Gazetteer) Lists() []string { return g.lists }

// ListIndex returns the index of the list named name in Lists (its bit
// in Tags), or -1.
func (g *Gazetteer) ListIndex(name string) int {
	for i, l := range g.lists {
		if l == name {
			return i
		}
	}
	return -1
}

// In reports whether tokens, in their case, are an entry of one of the
// named lists: one token that is an entry, or tokens whose first begins
// an entry of the list and whose last ends one ("New York" is in "city",
// "New York Times" in none of them). The tokens between are not
// checked: two entries that overlap may pass for one.
func (g *Gazetteer) In(tokens []string, lists ...string) bool {
	n := len(tokens)
	if n == 0 || n > MaxTokens {
		return false
	}
	// only the exact (case-sensitive) tags are read: the folded trie is
	// not looked up or walked
	var buf [MaxTokens]Tags
	tags := buf[:n]
	for i, tok := range tokens {
		if tags[i].id = uint32(g.exact.vocab.Get(tok) + 1); i == 0 && tags[0].id == 0 {
			return false // no entry starts with the first token
		}
	}
	g.walk(tags)
	for _, name := range lists {
		l := g.ListIndex(name)
		if l < 0 {
			continue
		}
		bit := uint32(1) << uint(l)
		if n == 1 {
			if tags[0].Exact[U]&bit != 0 {
				return true
			}
			continue
		}
		if tags[0].Exact[B]&bit != 0 && tags[n-1].Exact[L]&bit != 0 {
			return true
		}
	}
	return false
}

// Size returns the number of entries of list i.
func (g *Gazetteer) Size(i int) int { return g.sizes[i] }

// Match returns the tags of each token, reusing dst if it has the capacity.
// It does not allocate when dst is large enough.
func (g *Gazetteer) Match(tokens []string, dst []Tags) []Tags {
	dst = resize(dst, len(tokens))
	var buf [128]byte
	for i, tok := range tokens {
		dst[i].id = uint32(g.exact.vocab.Get(tok) + 1)
		if len(tok) <= len(buf)/2 { // lower case may grow a little; longer tokens are no names
			dst[i].fid = uint32(g.fold.vocab.GetBytes(appendFold(buf[:0], tok)) + 1)
		}
	}
	g.walk(dst)
	return dst
}

// MatchSpans is Match for the tokens text[s.Start:s.End] of spans.
func (g *Gazetteer) MatchSpans(text string, spans []document.Span, dst []Tags) []Tags {
	dst = resize(dst, len(spans))
	var buf [128]byte
	for i, s := range spans {
		tok := text[s.Start:s.End]
		dst[i].id = uint32(g.exact.vocab.Get(tok) + 1)
		if len(tok) <= len(buf)/2 { // lower case may grow a little; longer tokens are no names
			dst[i].fid = uint32(g.fold.vocab.GetBytes(appendFold(buf[:0], tok)) + 1)
		}
	}
	g.walk(dst)
	return dst
}

func resize(dst []Tags, n int) []Tags {
	if cap(dst) < n {
		return make([]Tags, n)
	}
	dst = dst[:n]
	clear(dst)
	return dst
}

// walk finds every match starting at every token.
func (g *Gazetteer) walk(dst []Tags) {
	for i := range dst {
		if dst[i].id != 0 {
			node := uint32(0)
			for j := i; j < len(dst) && j < i+MaxTokens && dst[j].id != 0; j++ {
				if node = g.exact.child(node, dst[j].id); node == 0 {
					break
				}
				if m := u32(g.exact.ends, node); m != 0 {
					mark(dst, i, j, m, false)
				}
			}
		}
		if dst[i].fid != 0 {
			node := uint32(0)
			for j := i; j < len(dst) && j < i+MaxTokens && dst[j].fid != 0; j++ {
				if node = g.fold.child(node, dst[j].fid); node == 0 {
					break
				}
				if m := u32(g.fold.ends, node); m != 0 {
					mark(dst, i, j, m, true)
				}
			}
		}
	}
}

// mark records a match of lists m over tokens i..j.
func mark(dst []Tags, i, j int, m uint32, fold bool) {
	set := func(k int, p Position) {
		if fold {
			dst[k].Fold[p] |= m
		} else {
			dst[k].Exact[p] |= m
		}
	}
	if i == j {
		set(i, U)
		return
	}
	set(i, B)
	for k := i + 1; k < j; k++ {
		set(k, I)
	}
	set(j, L)
}

// appendFold appends the lower-case form of s to dst.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// ErrFormat is wrapped by Read's errors about malformed input.
var ErrFormat = errors.New("gazetteer: malformed lists")

// Read reads lists in the text form the generator writes: a line
// "#list NAME" starts a list (at most 32); each entry is a line of tokens
// separated by single spaces, after a flag: '+' for an entry of both
// indexes, '=' for one that matches only with its case. Other lines starting
// with '#' and blank lines are skipped. Entries longer than MaxTokens tokens
// are an error.
func Read(r io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{}
	var exact, fold index
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	list := -1
	var toks, folded []string
	var buf []byte
	for sc.Scan() {
		line++
		text := sc.Text()
		switch {
		case text == "":
			continue
		case strings.HasPrefix(text, "#list "):
			name := strings.TrimSpace(text[len("#list "):])
			if name == "" {
				return nil, fmt.Errorf("%w: line %d: list without a name", ErrFormat, line)
			}
			if len(g.lists) == 32 {
				return nil, fmt.Errorf("%w: line %d: more than 32 lists", ErrFormat, line)
			}
			list = len(g.lists)
			g.lists = append(g.lists, name)
			g.sizes = append(g.sizes, 0)
			continue
		case text[0] == '#':
			continue
		case text[0] != '+' && text[0] != '=':
			return nil, fmt.Errorf("%w: line %d: entry without a + or = flag", ErrFormat, line)
		case list < 0:
			return nil, fmt.Errorf("%w: line %d: entry before the first #list", ErrFormat, line)
		}
		toks = toks[:0]
		for _, t := range strings.Split(text[1:], " ") {
			if t == "" {
				return nil, fmt.Errorf("%w: line %d: empty token", ErrFormat, line)
			}
			toks = append(toks, t)
		}
		if len(toks) > MaxTokens {
			return nil, fmt.Errorf("%w: line %d: entry of %d tokens (at most %d)", ErrFormat, line, len(toks), MaxTokens)
		}
		if !utf8.ValidString(text) {
			return nil, fmt.Errorf("%w: line %d: invalid UTF-8", ErrFormat, line)
		}
		exact.add(toks, list)
		g.sizes[list]++
		if text[0] == '+' {
			folded = folded[:0]
			for _, t := range toks {
				buf = appendFold(buf[:0], t)
				folded = append(folded, string(buf))
			}
			fold.add(folded, list)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: line %d: %w", line+1, err)
	}
	raw := encode(g.lists, g.sizes, &exact, &fold)
	if err := g.decode(string(raw), true); err != nil {
		panic("gazetteer: " + err.Error()) // cannot happen
	}
	return g, nil
}

//go:embed data/lists.bin
var embedded string

//go:embed data/NOTICE
var notice string

// Notice returns the attributions and licence notices of the sources of the
// embedded lists, which a distribution of newsgraph must carry (GeoNames
// asks for attribution; the BSD, MIT and ISC licences of the packages for
// their notices).
func Notice() string { return notice }

// Default returns the embedded lists, whose names are ListNames. The lists
// are used in place, without decoding: the first call reads their header
// (well under a millisecond); TestEmbedded checks the whole of them.
var Default = sync.OnceValue(func() *Gazetteer {
	g, err := decodeEmbedded()
	if err != nil {
		panic("gazetteer: embedded lists: " + err.Error())
	}
	return g
})

func decodeEmbedded() (*Gazetteer, error) {
	g := new(Gazetteer)
	return g, g.decode(embedded, false)
}
