package screen

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
)

// snapshotMagic opens an index snapshot; the matcher's Version follows it,
// so that a snapshot made by other rules is never read.
const snapshotMagic = "NGSCREENIX1"

// ErrSnapshot is returned for a snapshot that cannot be read: damaged, or
// written by another version of the matcher.
var ErrSnapshot = errors.New("screen: unusable index snapshot")

// MarshalBinary writes the index as a snapshot that ReadIndex loads much
// faster than NewIndex builds it: what matching needs, ready to use, and
// each entry as JSON, decoded only when a match needs it.
func (ix *Index) MarshalBinary() ([]byte, error) {
	w := &snapWriter{strs: map[string]uint32{}}
	for _, l := range ix.lists {
		for _, s := range append([]string{l.Name, l.Title, l.Format, l.Date}, l.Files...) {
			w.str(s)
		}
	}
	var body []byte
	u := func(v uint64) { body = binary.AppendUvarint(body, v) }
	f := func(v float32) { body = binary.LittleEndian.AppendUint32(body, math.Float32bits(v)) }
	tok := func(t *token) {
		u(uint64(w.str(t.text)))
		u(uint64(w.str(t.variant)))
		u(uint64(w.str(t.cons)))
		flags := uint64(t.equiv)<<8 | uint64(t.role)<<1
		if t.abjad {
			flags |= 1
		}
		u(flags)
		f(t.weight)
	}
	u(uint64(len(ix.lists)))
	for _, l := range ix.lists {
		u(uint64(w.str(l.Name)))
		u(uint64(w.str(l.Title)))
		u(uint64(w.str(l.Format)))
		u(uint64(w.str(l.Date)))
		u(uint64(len(l.Files)))
		for _, fl := range l.Files {
			u(uint64(w.str(fl)))
		}
	}
	u(uint64(len(ix.entries)))
	for i := range ix.entries {
		e := &ix.entries[i]
		raw, err := json.Marshal(e.get())
		if err != nil {
			return nil, fmt.Errorf("screen: snapshot: %w", err)
		}
		u(uint64(e.list))
		u(uint64(w.str(e.typ)))
		u(uint64(len(raw)))
		body = append(body, raw...)
	}
	u(uint64(len(ix.names)))
	for i := range ix.names {
		n := &ix.names[i]
		u(uint64(n.entry))
		u(uint64(n.name))
		weak := uint64(0)
		if n.weak {
			weak = 1
		}
		u(weak)
		f(n.total)
		u(uint64(len(n.toks)))
		for k := range n.toks {
			tok(&n.toks[k])
		}
	}
	u(uint64(len(ix.words)))
	for i := range ix.words {
		wd := &ix.words[i]
		tok(&wd.token)
		u(uint64(len(wd.post)))
		for _, p := range wd.post {
			u(uint64(p.name))
			body = append(body, p.pos)
		}
	}
	u(uint64(len(ix.deletes)))
	for _, d := range ix.deletes {
		body = binary.LittleEndian.AppendUint64(body, d.h)
		body = binary.LittleEndian.AppendUint32(body, uint32(d.id))
	}
	// Header, string table, body.
	out := []byte(snapshotMagic)
	out = binary.AppendUvarint(out, uint64(len(Version)))
	out = append(out, Version...)
	out = binary.AppendUvarint(out, uint64(len(w.list)))
	for _, s := range w.list {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range w.list {
		out = append(out, s...)
	}
	return append(out, body...), nil
}

type snapWriter struct {
	strs map[string]uint32
	list []string
}

func (w *snapWriter) str(s string) uint32 {
	if id, ok := w.strs[s]; ok {
		return id
	}
	id := uint32(len(w.list))
	w.strs[s] = id
	w.list = append(w.list, s)
	return id
}

// snapReader reads a snapshot, remembering the first error.
type snapReader struct {
	data []byte
	all  string // data as one string, sliced for the strings
	off  int
	err  error
	strs []string
}

func (r *snapReader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s at byte %d", ErrSnapshot, what, r.off)
	}
}

func (r *snapReader) u() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.data[r.off:])
	if n <= 0 {
		r.fail("bad number")
		return 0
	}
	r.off += n
	return v
}

// count reads a count of items of at least one byte each: no more than
// the bytes left.
func (r *snapReader) count() int { return r.n(r.left() + 1) }

// left is the number of bytes not read yet.
func (r *snapReader) left() int { return len(r.data) - r.off }

// n reads a count or an index below limit.
func (r *snapReader) n(limit int) int {
	v := r.u()
	if v >= uint64(limit) {
		r.fail("number out of range")
		return 0
	}
	return int(v)
}

func (r *snapReader) f() float32 {
	if r.err != nil || r.off+4 > len(r.data) {
		r.fail("truncated")
		return 0
	}
	v := math.Float32frombits(binary.LittleEndian.Uint32(r.data[r.off:]))
	r.off += 4
	return v
}

func (r *snapReader) bytes(n int) []byte {
	if r.err != nil || n < 0 || r.off+n > len(r.data) {
		r.fail("truncated")
		return nil
	}
	b := r.data[r.off : r.off+n : r.off+n]
	r.off += n
	return b
}

func (r *snapReader) str() string {
	i := r.n(len(r.strs))
	if r.err != nil {
		return ""
	}
	return r.strs[i]
}

func (r *snapReader) tok() token {
	t := token{text: r.str(), variant: r.str(), cons: r.str()}
	flags := r.u()
	t.abjad = flags&1 != 0
	t.role = uint8(flags>>1) & 0x7f
	t.equiv = uint8(flags >> 8)
	t.weight = r.f()
	return t
}

// ReadIndex loads an index from a snapshot made by MarshalBinary. data
// must not change afterwards. It returns ErrSnapshot (wrapped) for a
// snapshot that is damaged or was written by another matcher version.
func ReadIndex(data []byte) (*Index, error) {
	r := &snapReader{data: data}
	if string(r.bytes(len(snapshotMagic))) != snapshotMagic {
		return nil, fmt.Errorf("%w: not a snapshot", ErrSnapshot)
	}
	if v := string(r.bytes(r.n(256))); v != Version {
		return nil, fmt.Errorf("%w: written by matcher %q, this is %q", ErrSnapshot, v, Version)
	}
	nstr := r.count()
	lens := make([]int, nstr)
	total := 0
	for i := range lens {
		lens[i] = r.count()
		total += lens[i]
	}
	if r.err != nil || r.off+total > len(data) {
		return nil, fmt.Errorf("%w: truncated string table", ErrSnapshot)
	}
	all := string(data[r.off : r.off+total])
	r.off += total
	r.strs = make([]string, nstr)
	pos := 0
	for i, l := range lens {
		r.strs[i] = all[pos : pos+l]
		pos += l
	}

	ix := &Index{}
	nl := r.count()
	for range nl {
		l := &List{Name: r.str(), Title: r.str(), Format: r.str(), Date: r.str()}
		for range r.count() {
			l.Files = append(l.Files, r.str())
		}
		ix.lists = append(ix.lists, l)
	}
	ne := r.count()
	ix.entries = make([]ientry, ne)
	for i := range ix.entries {
		e := &ix.entries[i]
		e.list = int32(r.n(len(ix.lists)))
		e.typ = r.str()
		e.raw = r.bytes(r.n(len(data)))
	}
	nn := r.count()
	ix.names = make([]iname, nn)
	for i := range ix.names {
		n := &ix.names[i]
		n.entry = int32(r.n(ne))
		n.name = int16(r.n(math.MaxInt16))
		n.weak = r.u() == 1
		n.total = r.f()
		n.toks = make([]token, r.n(min(256, r.left()+1)))
		for k := range n.toks {
			n.toks[k] = r.tok()
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	nw := r.count()
	ix.words = make([]vword, nw)
	ix.vocab = make(map[string]int32, nw)
	ix.byVariant = make(map[string][]int32, nw)
	ix.byCons = make(map[string][]int32, nw/2)
	for i := range ix.words {
		w := &ix.words[i]
		w.token = r.tok()
		w.post = make([]posting, r.n(min(nn+1, r.left()+1)))
		for k := range w.post {
			w.post[k].name = int32(r.n(nn))
			if b := r.bytes(1); b != nil {
				w.post[k].pos = b[0]
			}
		}
		if r.err != nil {
			return nil, r.err
		}
		id := int32(i)
		ix.vocab[w.text] = id
		ix.byVariant[w.variant] = append(ix.byVariant[w.variant], id)
		if len(w.cons) >= 2 {
			ix.byCons[w.cons] = append(ix.byCons[w.cons], id)
		}
	}
	nd := r.count()
	raw := r.bytes(nd * 12)
	if r.err != nil {
		return nil, r.err
	}
	ix.deletes = make([]hashWord, nd)
	for i := range ix.deletes {
		ix.deletes[i] = hashWord{binary.LittleEndian.Uint64(raw[i*12:]), int32(binary.LittleEndian.Uint32(raw[i*12+8:]))}
		if ix.deletes[i].id < 0 || int(ix.deletes[i].id) >= nw {
			return nil, fmt.Errorf("%w: word out of range", ErrSnapshot)
		}
	}
	if !slices.IsSortedFunc(ix.deletes, func(a, b hashWord) int {
		switch {
		case a.h < b.h:
			return -1
		case a.h > b.h:
			return 1
		}
		return 0
	}) {
		return nil, fmt.Errorf("%w: deletes out of order", ErrSnapshot)
	}
	if r.off != len(data) {
		return nil, fmt.Errorf("%w: %d bytes left over", ErrSnapshot, len(data)-r.off)
	}
	ix.finish()
	return ix, nil
}
