package relation

import (
	"bytes"
	"flag"
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
	want := encodeLexData(wordLexes())
	if *updateLexData {
		if err := os.WriteFile("lexdata.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal([]byte(lexData), want) {
		t.Fatalf("lexdata.bin (%d bytes) differs from what the source lists give (%d bytes): run go generate ./relation", len(lexData), len(want))
	}
	for w, e := range wordLexes() {
		if got := lookupLex(w); got == noLex || !reflect.DeepEqual(*got, *e) {
			t.Errorf("%q: %+v, want %+v", w, got, e)
		}
	}
	if n := len(lexIndex().ents); n != len(wordLexes()) {
		t.Errorf("%d entries, want %d", n, len(wordLexes()))
	}
}
