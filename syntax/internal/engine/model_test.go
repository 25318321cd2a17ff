package engine

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// tiny builds a small valid model.
func tiny() []byte {
	buf := []byte(Magic)
	buf = AppendStrings(buf, []string{"DT", "NN", "VBD"})
	buf = AppendStrings(buf, []string{"det", "nsubj", "root"})
	buf = AppendTable(buf, []uint64{1, 5, 1 << 62}, [][]Entry{{{0, 3}}, {{1, -2}, {2, 7}}, {{2, 1}}})
	buf = AppendTable(buf, []uint64{7}, [][]Entry{{{0, 1}, {6, -1}}})
	return buf
}

func TestReadTiny(t *testing.T) {
	m, err := Read(tiny())
	if err != nil {
		t.Fatal(err)
	}
	if m.Root != 2 || m.Tagger.Len() != 3 || m.Parser.Weights() != 2 {
		t.Fatalf("root %d, tagger %d features, parser %d weights", m.Root, m.Tagger.Len(), m.Parser.Weights())
	}
	sc := new([256]int32)
	m.Tagger.Score(sc, []uint64{5, 1 << 62, 99})
	if sc[0] != 0 || sc[1] != -2 || sc[2] != 8 {
		t.Errorf("scores %v", sc)
	}
	// Every truncation is an error, never a panic.
	b := tiny()
	for i := range b {
		if _, err := Read(b[:i]); err == nil {
			t.Errorf("truncated to %d bytes: no error", i)
		}
	}
}

func TestReadShipped(t *testing.T) {
	b, err := os.ReadFile("../../model.bin")
	if err != nil {
		t.Skip(err)
	}
	m, err := Read(b)
	if err != nil {
		t.Fatal(err)
	}
	d := NewDecoder(m, nil)
	toks := d.Tokens(strings.Fields("The cat sat ."))
	d.Parse(toks, d.Tag(toks))
}

func FuzzRead(f *testing.F) {
	f.Add(tiny())
	f.Add([]byte(Magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(b)
		if err != nil {
			return
		}
		d := NewDecoder(m, nil)
		toks := d.Tokens([]string{"The", "cat", "sat", "."})
		s := d.Parse(toks, d.Tag(toks))
		for i := range toks {
			if s.Heads[i] < 0 || s.Heads[i] > len(toks) {
				t.Fatalf("word %d has head %d", i, s.Heads[i])
			}
		}
	})
}

func TestNorm(t *testing.T) {
	for in, want := range map[string]string{
		"“": `"`, "''": `"`, "’s": "'s", "n’t": "n't", "—": "—", "--": "—", "[": "(", "Kim": "Kim", "": "<empty>", "\x00": "<blank>",
	} {
		if got := Norm(in); got != want {
			t.Errorf("Norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOracle(t *testing.T) {
	// Following the zero-cost transitions rebuilds a projective tree.
	// "She saw him yesterday": saw root; She, him, yesterday depend on saw.
	gold := []int{1, 4, 1, 1}
	lab := []int{1, 2, 0, 0}
	L, root := 3, 2
	var s State
	s.Reset(4)
	cost := make([]int, 1+2*L)
	for !s.Done() {
		s.Costs(cost, gold, lab, L, root)
		next := -1
		for c, k := range cost {
			if k == 0 {
				next = c
				break
			}
		}
		if next < 0 {
			t.Fatalf("no zero-cost transition: %v", cost)
		}
		s.Apply(next, L)
	}
	for i := range gold {
		if s.Heads[i] != gold[i] || s.Labels[i] != lab[i] {
			t.Errorf("word %d: head %d label %d, want %d %d", i, s.Heads[i], s.Labels[i], gold[i], lab[i])
		}
	}
}

func TestShape(t *testing.T) {
	for in, want := range map[string]string{"Kim": "Xxx", "Pyongyang": "Xxx", "1990s": "ddx", "U.S.": "X.X.", "": ""} {
		if got := Shape(in); got != want {
			t.Errorf("Shape(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTableLookups builds tables of random features and checks that every
// feature finds its own row, that absent ones find none, and that the
// slots' searches wrap around the table's end.
func TestTableLookups(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 100, 5000} {
		rng := rand.New(rand.NewPCG(uint64(n), 1))
		keys := make([]uint64, n)
		rows := make([][]Entry, n)
		want := map[uint64][]Entry{}
		for i := range keys {
			keys[i] = rng.Uint64()
			if i%10 == 9 {
				keys[i] |= 0xffff << 48 // home slots at the end: searches wrap
			}
			for c := range 40 {
				if rng.IntN(3) == 0 {
					rows[i] = append(rows[i], Entry{Class: c, Weight: int16(rng.IntN(1000) - 500)})
				}
			}
			if len(rows[i]) > 0 {
				want[keys[i]] = rows[i]
			}
		}
		buf := []byte(Magic)
		buf = AppendStrings(buf, []string{"T"})
		buf = AppendStrings(buf, []string{"dep", "root"})
		off := (len(buf) + 7) &^ 7
		buf = AppendTable(buf, keys, rows)
		tb, rest, err := readTable(buf[off:], 40, true)
		if err != nil || len(rest) != 0 {
			t.Fatalf("%d keys: %v, %d bytes left", n, err, len(rest))
		}
		if tb.Len() != len(want) {
			t.Errorf("%d keys: %d features, want %d", n, tb.Len(), len(want))
		}
		for k, es := range want {
			var sc [256]int32
			tb.Score(&sc, []uint64{k})
			var exp [256]int32
			for _, e := range es {
				exp[e.Class] = int32(e.Weight)
			}
			if [255]int32(sc[:255]) != [255]int32(exp[:255]) {
				t.Fatalf("%d keys: key %x scores %v, want %v", n, k, sc[:40], exp[:40])
			}
		}
		// All at once (Score reads the slots in chunks), absent keys
		// among them.
		var all, exp [256]int32
		feats := []uint64{}
		for k, es := range want {
			feats = append(feats, k, rng.Uint64())
			for _, e := range es {
				exp[e.Class] += int32(e.Weight)
			}
		}
		tb.Score(&all, feats)
		if [255]int32(all[:255]) != [255]int32(exp[:255]) {
			t.Errorf("%d keys: scores of all differ", n)
		}
		for range 1000 {
			k := rng.Uint64()
			if ws, _ := tb.row(k); want[k] == nil && ws != nil {
				t.Errorf("%d keys: absent key %x found", n, k)
			}
		}
	}
}

// TestTableTwins checks that of two keys a table cannot tell apart (same
// home slot and low 32 bits) the first is kept.
func TestTableTwins(t *testing.T) {
	keys := []uint64{0x10_0000_0007, 0x20_0000_0007, 5}
	rows := [][]Entry{{{1, 10}}, {{2, 20}}, {{3, 30}}}
	buf := AppendTable([]byte(Magic), keys, rows)
	tb, _, err := readTable(buf[8:], 4, true)
	if err != nil {
		t.Fatal(err)
	}
	if tb.Len() != 2 {
		t.Errorf("%d features, want 2", tb.Len())
	}
	var sc [256]int32
	tb.Score(&sc, []uint64{0x20_0000_0007, 5})
	if sc[1] != 10 || sc[2] != 0 || sc[3] != 30 {
		t.Errorf("scores %v", sc[:4])
	}
}

func TestBelow(t *testing.T) {
	for _, tc := range []struct {
		b    []byte
		k    int
		want bool
	}{
		{nil, 1, true},
		{[]byte{0, 1, 2, 3, 4, 5, 6, 7, 8}, 9, true},
		{[]byte{0, 1, 2, 3, 4, 5, 6, 7, 8}, 8, false},
		{[]byte{0, 1, 2, 3, 4, 5, 6, 7, 0}, 8, true},
		{[]byte{0, 1, 2, 3, 4, 5, 6, 7, 0}, 7, false},
		{[]byte{105, 0, 0, 0, 0, 0, 0, 0}, 106, true},
		{[]byte{0, 0, 0, 0, 0, 0, 0, 106}, 106, false},
		{[]byte{0, 0, 0, 0, 0, 0, 0, 255}, 128, false},
		{[]byte{0, 0, 0, 0, 0, 0, 0, 127}, 128, true},
		{[]byte{0, 0, 0, 0, 0, 0, 200, 0}, 201, true},
		{[]byte{0, 0, 0, 0, 0, 0, 201, 0}, 201, false},
		{[]byte{0x80, 0, 0, 0, 0, 0, 0, 0}, 1, false},
	} {
		if got := below(tc.b, tc.k); got != tc.want {
			t.Errorf("below(%v, %d) = %v, want %v", tc.b, tc.k, got, tc.want)
		}
	}
}
