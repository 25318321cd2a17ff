package gazetteer

import (
	"encoding/binary"
	"fmt"
	"slices"
)

// magic starts the binary form.
const magic = "newsgraph-gazetteer-1\n"

// MarshalBinary encodes g compactly: the list names and sizes, then for each
// index its tokens (in id order) and its nodes breadth-first (the lists
// ending at each node, its number of children, and their token ids as
// differences), all as unsigned varints. UnmarshalBinary decodes it without
// rebuilding anything but a token map.
func (g *Gazetteer) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	b = binary.AppendUvarint(b, uint64(len(g.lists)))
	for i, name := range g.lists {
		b = appendString(b, name)
		b = binary.AppendUvarint(b, uint64(g.sizes[i]))
	}
	for _, t := range []*trie{&g.exact, &g.fold} {
		b = binary.AppendUvarint(b, uint64(len(t.words)))
		for _, w := range t.words {
			b = appendString(b, w)
		}
		nodes := len(t.ends)
		b = binary.AppendUvarint(b, uint64(nodes))
		for n := range nodes {
			b = binary.AppendUvarint(b, uint64(t.ends[n]))
			b = binary.AppendUvarint(b, uint64(t.first[n+1]-t.first[n]))
		}
		for n := range nodes {
			prev := uint32(0)
			for _, id := range t.kids[t.first[n]:t.first[n+1]] {
				b = binary.AppendUvarint(b, uint64(id-prev))
				prev = id
			}
		}
	}
	return b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// decoder reads the binary form; the first error sticks.
type decoder struct {
	s   string // the data, converted once; tokens are substrings of it
	pos int
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: binary form: bad %s at byte %d", ErrFormat, what, d.pos)
	}
}

func (d *decoder) uvarint(what string, max uint64) uint64 {
	if d.err != nil {
		return 0
	}
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		if d.pos >= len(d.s) {
			break
		}
		c := d.s[d.pos]
		d.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			if v > max {
				d.fail(what)
				return 0
			}
			return v
		}
	}
	d.fail(what)
	return 0
}

func (d *decoder) string(what string) string {
	n := d.uvarint(what, uint64(len(d.s)))
	if d.err != nil || d.pos+int(n) > len(d.s) {
		d.fail(what)
		return ""
	}
	s := d.s[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return s
}

// UnmarshalBinary decodes the form MarshalBinary writes into g.
func (g *Gazetteer) UnmarshalBinary(data []byte) error {
	return g.decode(string(data))
}

// decode decodes the binary form in s; the tokens are substrings of s.
func (g *Gazetteer) decode(s string) error {
	d := &decoder{s: s}
	if len(d.s) < len(magic) || d.s[:len(magic)] != magic {
		return fmt.Errorf("%w: binary form: bad magic", ErrFormat)
	}
	d.pos = len(magic)
	var out Gazetteer
	nl := d.uvarint("list count", 32)
	for range nl {
		out.lists = append(out.lists, d.string("list name"))
		out.sizes = append(out.sizes, int(d.uvarint("list size", uint64(len(d.s)))))
	}
	for _, t := range []*trie{&out.exact, &out.fold} {
		nw := d.uvarint("token count", uint64(len(d.s)))
		if d.err != nil {
			return d.err
		}
		t.words = make([]string, nw)
		for i := range t.words {
			w := d.string("token")
			if w == "" || (i > 0 && w <= t.words[i-1]) {
				d.fail("token")
			}
			if d.err != nil {
				return d.err
			}
			t.words[i] = w
		}
		nodes := d.uvarint("node count", uint64(len(d.s)))
		if d.err != nil || nodes == 0 {
			d.fail("node count")
			return d.err
		}
		t.ends = make([]uint32, nodes)
		t.first = make([]uint32, nodes+1)
		for n := range nodes {
			t.ends[n] = uint32(d.uvarint("list mask", 1<<32-1))
			t.first[n+1] = t.first[n] + uint32(d.uvarint("child count", nodes))
			if d.err != nil {
				return d.err
			}
		}
		// Every node but the root is a child, of a node before it.
		if uint64(t.first[nodes]) != nodes-1 {
			d.fail("tree shape")
			return d.err
		}
		for n := range nodes {
			if t.first[n+1] > t.first[n] && uint64(t.first[n]) < uint64(n) {
				d.fail("tree shape")
				return d.err
			}
		}
		t.kids = make([]uint32, nodes-1)
		for n := range nodes {
			prev := uint64(0)
			for k := t.first[n]; k < t.first[n+1]; k++ {
				delta := d.uvarint("child token", nw)
				if d.err == nil && (delta == 0 || prev+delta > nw) {
					d.fail("child token")
				}
				if d.err != nil {
					return d.err
				}
				prev += delta
				t.kids[k] = uint32(prev)
			}
		}
		t.finish()
	}
	if d.err != nil {
		return d.err
	}
	if d.pos != len(d.s) {
		return fmt.Errorf("%w: binary form: %d trailing bytes", ErrFormat, len(d.s)-d.pos)
	}
	for _, t := range []*trie{&out.exact, &out.fold} {
		for _, m := range t.ends {
			if nl < 32 && m>>nl != 0 {
				return fmt.Errorf("%w: binary form: node of an unknown list", ErrFormat)
			}
		}
	}
	*g = out
	return nil
}

// Entries calls fn with the tokens of every entry of the case-sensitive
// index and the lists it belongs to, in breadth-first order. The slice is
// reused between calls.
func (g *Gazetteer) Entries(fn func(tokens []string, lists uint32)) {
	t := &g.exact
	// parent[n] and tok[n] rebuild each node's path.
	nodes := len(t.ends)
	parent := make([]uint32, nodes)
	for n := range nodes {
		for k := t.first[n]; k < t.first[n+1]; k++ {
			parent[k+1] = uint32(n)
		}
	}
	var toks []string
	for n := 1; n < nodes; n++ {
		if t.ends[n] == 0 {
			continue
		}
		toks = toks[:0]
		for m := uint32(n); m != 0; m = parent[m] {
			toks = append(toks, t.words[t.kids[m-1]-1])
		}
		slices.Reverse(toks)
		fn(toks, t.ends[n])
	}
}
