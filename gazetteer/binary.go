package gazetteer

import (
	"fmt"

	"github.com/newsgraph/newsgraph/internal/strindex"
)

// magic starts the binary form.
const magic = "newsgraph-gazetteer-2\n"

// The binary form, all integers little-endian uint32:
//
//	magic
//	lists; for each: name length, name, number of entries
//	two tries (case-sensitive, then case-insensitive), each:
//	    the token table (internal/strindex)
//	    nodes
//	    first [nodes+1], kids [nodes-1], ends [nodes], root [tokens+1]
//
// It is used in place: decoding checks the shape and takes sub-strings.

func encode(lists []string, sizes []int, exact, fold *index) []byte {
	b := []byte(magic)
	b = strindex.AppendUint32(b, uint32(len(lists)))
	for i, name := range lists {
		b = strindex.AppendUint32(b, uint32(len(name)))
		b = append(b, name...)
		b = strindex.AppendUint32(b, uint32(sizes[i]))
	}
	b = exact.appendTrie(b)
	return fold.appendTrie(b)
}

// MarshalBinary returns the binary form of g, which the generator writes and
// the package embeds.
func (g *Gazetteer) MarshalBinary() ([]byte, error) { return []byte(g.raw), nil }

// UnmarshalBinary decodes the form MarshalBinary returns into g. It checks
// the whole form, so that matching cannot fail on corrupt data.
func (g *Gazetteer) UnmarshalBinary(data []byte) error { return g.decode(string(data), true) }

// reader takes sections off the front of the binary form.
type reader struct {
	s   string
	pos int
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: binary form: bad %s at byte %d", ErrFormat, what, r.pos)
	}
}

func (r *reader) u32(what string) uint32 {
	if r.err != nil || r.pos+4 > len(r.s) {
		r.fail(what)
		return 0
	}
	v := strindex.Uint32(r.s[r.pos:], 0)
	r.pos += 4
	return v
}

// take returns the next n bytes.
func (r *reader) take(what string, n uint64) string {
	if r.err != nil || n > uint64(len(r.s)-r.pos) {
		r.fail(what)
		return ""
	}
	s := r.s[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return s
}

// decode points g into the binary form in s. With check, it checks every
// node; without (for the embedded lists, which a test checks), only the
// sizes of the sections, touching little more than the header.
func (g *Gazetteer) decode(s string, check bool) error {
	if len(s) < len(magic) || s[:len(magic)] != magic {
		return fmt.Errorf("%w: binary form: bad magic", ErrFormat)
	}
	r := &reader{s: s, pos: len(magic)}
	out := Gazetteer{raw: s}
	nl := r.u32("list count")
	if nl > 32 {
		r.fail("list count")
	}
	for i := uint32(0); i < nl && r.err == nil; i++ {
		out.lists = append(out.lists, r.take("list name", uint64(r.u32("list name"))))
		out.sizes = append(out.sizes, int(r.u32("list size")))
	}
	for _, t := range []*trie{&out.exact, &out.fold} {
		if r.err != nil {
			return r.err
		}
		open := strindex.OpenTrusted
		if check {
			open = strindex.Open
		}
		vocab, n, err := open(s[r.pos:])
		if err != nil {
			return fmt.Errorf("%w: binary form: tokens: %v", ErrFormat, err)
		}
		r.pos += n
		t.vocab = vocab
		nodes := uint64(r.u32("node count"))
		if r.err == nil && nodes == 0 {
			r.fail("node count")
		}
		t.first = r.take("nodes", 4*(nodes+1))
		t.kids = r.take("children", 4*(nodes-1))
		t.ends = r.take("ends", 4*nodes)
		t.root = r.take("root", 4*(uint64(vocab.Len())+1))
		if r.err != nil {
			return r.err
		}
		if check {
			if err := t.check(uint32(nl)); err != nil {
				return err
			}
		}
	}
	if r.err != nil {
		return r.err
	}
	if r.pos != len(s) {
		return fmt.Errorf("%w: binary form: %d trailing bytes", ErrFormat, len(s)-r.pos)
	}
	*g = out
	return nil
}

// check makes sure that walking the trie stays in range: the child ranges
// grow and end at the last child, every node but the root is a child of an
// earlier node, and the root table points at the root's children.
func (t *trie) check(lists uint32) error {
	nodes := t.nodes()
	bad := func(what string) error { return fmt.Errorf("%w: binary form: bad %s", ErrFormat, what) }
	if u32(t.first, 0) != 0 || u32(t.first, nodes) != nodes-1 {
		return bad("tree shape")
	}
	for n := uint32(0); n < nodes; n++ {
		lo, hi := u32(t.first, n), u32(t.first, n+1)
		if hi < lo || (hi > lo && lo < n) {
			return bad("tree shape")
		}
		if lists < 32 && u32(t.ends, n)>>lists != 0 {
			return bad("list mask")
		}
	}
	rootKids := u32(t.first, 1)
	for id := uint32(0); id <= uint32(t.vocab.Len()); id++ {
		if c := u32(t.root, id); c > rootKids {
			return bad("root table")
		}
	}
	return nil
}

// Entries calls fn with the tokens of every entry of the case-sensitive
// index and the lists it belongs to, in breadth-first order. The slice is
// reused between calls.
func (g *Gazetteer) Entries(fn func(tokens []string, lists uint32)) {
	t := &g.exact
	nodes := t.nodes()
	parent := make([]uint32, nodes)
	for n := uint32(0); n < nodes; n++ {
		for k := u32(t.first, n); k < u32(t.first, n+1); k++ {
			parent[k+1] = n
		}
	}
	var toks []string
	for n := uint32(1); n < nodes; n++ {
		if u32(t.ends, n) == 0 {
			continue
		}
		toks = toks[:0]
		for m := n; m != 0; m = parent[m] {
			id := u32(t.kids, m-1)
			if id == 0 || int(id) > t.vocab.Len() {
				return // not a trie that encode wrote
			}
			toks = append(toks, t.vocab.Key(int(id-1)))
		}
		for i, j := 0, len(toks)-1; i < j; i, j = i+1, j-1 {
			toks[i], toks[j] = toks[j], toks[i]
		}
		fn(toks, u32(t.ends, n))
	}
}
