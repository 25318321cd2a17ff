package wordcluster

import (
	"math"
	"testing"
)

// htabAtInit records whether htab was filled when the package's
// variables were initialised (before any test ran).
var htabAtInit = htab != nil

// TestHtabLazy checks that a process builds the n·ln n table only when it
// trains (it cost 1–2 ms and 512 KB at every start-up) and that the
// table holds n·ln n, as hlarge computes it, once built.
func TestHtabLazy(t *testing.T) {
	if htabAtInit {
		t.Error("htab is built at package initialisation")
	}
	fillHtab()
	if len(htab) != 1<<16 || htab[0] != 0 {
		t.Fatalf("htab: %d entries, htab[0] = %v", len(htab), htab[0])
	}
	for _, n := range []int64{1, 2, 3, 10, 1000, 1<<16 - 1} {
		if got, want := h(n), hlarge(n); got != want || math.IsNaN(got) {
			t.Errorf("h(%d) = %v, want %v", n, got, want)
		}
	}
}
