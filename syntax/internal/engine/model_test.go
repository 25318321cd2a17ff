package engine

import (
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
	sc := make([]int32, 3)
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
