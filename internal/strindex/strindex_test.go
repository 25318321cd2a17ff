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
