package relation

import (
	"bytes"
	"flag"
	"go/format"
	"os"
	"reflect"
	"sync"
	"testing"
)

var updateLexData = flag.Bool("update", false, "write lexdata.bin from the source lists (go generate ./relation)")

// wordLexes is what lookupLex's table must hold, built from the source
// lists.
var wordLexes = sync.OnceValue(buildWordLexes)

// TestLexData checks that the embedded lexdata.bin is what encodeLexData
// writes for the entries buildWordLexes computes from the source lists
// (a change to a trigger lexicon, a gate or a marked word set must come
// with `go generate ./relation`), and that lookupLex's entries equal the
// builder's. With -update it writes the file.
func TestLexData(t *testing.T) {
	want, wantGen := encodeLexData(wordLexes())
	wantGen, err := format.Source(wantGen) // here: go/format's init would run in every process
	if err != nil {
		t.Fatal(err)
	}
	if *updateLexData {
		if err := os.WriteFile("lexdata.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("lexdata_gen.go", wantGen, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal([]byte(lexData), want) {
		t.Fatalf("lexdata.bin (%d bytes) differs from what the source lists give (%d bytes): run go generate ./relation", len(lexData), len(want))
	}
	gen, err := os.ReadFile("lexdata_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gen, wantGen) {
		t.Fatal("lexdata_gen.go differs from what the source lists give: run go generate ./relation")
	}
	for w, e := range wordLexes() {
		if got := lookupLex(w); got == noLex || !sameWordLex(got, e) {
			t.Errorf("%q: %+v, want %+v", w, got, e)
		}
	}
	for _, w := range []string{"", "zzz", "Obama", "The"} {
		if wordLexes()[w] == nil && lookupLex(w) != noLex {
			t.Errorf("%q: an entry, want noLex", w)
		}
	}
	if n := len(lexIndex().ents); n != len(wordLexes()) {
		t.Errorf("%d entries, want %d", n, len(wordLexes()))
	}
}

// sameWordLex reports whether a and b hold the same entries.
func sameWordLex(a, b *wordLex) bool { return reflect.DeepEqual(*a, *b) }

// TestShippedModelsCheck reads the embedded pair and interaction models
// with readTable's checks, which DefaultModel and DefaultArgModel skip,
// and compares the reads.
func TestShippedModelsCheck(t *testing.T) {
	pm, err := ReadModel(modelBin)
	if err != nil {
		t.Fatalf("the embedded pair model fails the checks: %v", err)
	}
	if !reflect.DeepEqual(pm, DefaultModel()) {
		t.Error("the checked and unchecked reads of the pair model differ")
	}
	am, err := ReadArgModel(argModelBin)
	if err != nil {
		t.Fatalf("the embedded interaction model fails the checks: %v", err)
	}
	if !reflect.DeepEqual(am, DefaultArgModel()) {
		t.Error("the checked and unchecked reads of the interaction model differ")
	}
}
