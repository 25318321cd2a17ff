package strindex

import (
	"fmt"
	"testing"
)

func TestIndex(t *testing.T) {
	var keys []string
	for i := range 1000 {
		keys = append(keys, fmt.Sprint("k", i))
	}
	keys = append(keys, "", "é")
	x := New(keys)
	if x.Len() != len(keys) {
		t.Errorf("Len = %d", x.Len())
	}
	for i, k := range keys {
		if got := x.Get(k); got != i {
			t.Errorf("Get(%q) = %d, want %d", k, got, i)
		}
		if got := x.GetBytes([]byte(k)); got != i {
			t.Errorf("GetBytes(%q) = %d, want %d", k, got, i)
		}
	}
	for _, k := range []string{"k1000", "K1", "e", "k-1"} {
		if got := x.Get(k); got != -1 {
			t.Errorf("Get(%q) = %d, want -1", k, got)
		}
	}
	var zero Index
	if zero.Get("a") != -1 || zero.GetBytes([]byte("a")) != -1 || zero.Len() != 0 {
		t.Errorf("the zero Index is not empty")
	}
	b := []byte("k42")
	if n := testing.AllocsPerRun(100, func() { x.Get("k7"); x.GetBytes(b) }); n != 0 {
		t.Errorf("lookups allocate %v times", n)
	}
}

func TestOpen(t *testing.T) {
	keys := []string{"alpha", "beta", "", "gamma"}
	data := Encode([]byte("prefix"), keys)
	data = append(data, "suffix"...)
	x, n, err := Open(string(data[len("prefix"):]))
	if err != nil {
		t.Fatal(err)
	}
	if n != len(data)-len("prefix")-len("suffix") {
		t.Errorf("Open consumed %d bytes", n)
	}
	for i, k := range keys {
		if x.Get(k) != i || x.Key(i) != k {
			t.Errorf("key %d: Get = %d, Key = %q", i, x.Get(k), x.Key(i))
		}
	}
	good := Encode(nil, keys)
	for i := range good {
		if _, _, err := Open(string(good[:i])); err == nil {
			t.Errorf("truncated to %d bytes: no error", i)
		}
	}
	for _, slot := range []uint32{9, 1 << 25} { // beyond the keys; a hash tag alone
		bad := append([]byte(nil), good[:8+4*5]...)
		bad = AppendUint32(bad, slot)
		bad = append(bad, good[8+4*6:]...)
		if _, _, err := Open(string(bad)); err == nil {
			t.Errorf("slot %#x: no error", slot)
		}
	}
}

func FuzzOpen(f *testing.F) {
	f.Add(Encode(nil, []string{"a", "bb", "ccc"}))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, _, err := Open(string(data))
		if err != nil {
			return
		}
		for i := range x.Len() {
			x.Get(x.Key(i))
		}
		x.Get("zz")
		x.GetBytes([]byte("a"))
	})
}
