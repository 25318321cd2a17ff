package wordnet

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestParseSynset(t *testing.T) {
	line := "00001740 00 a 02 Good(a) 0 full_of_grace(p) 1 002 ! 00002000 a 0101 & 00003000 s 0000 | having desirable qualities; \"a good man\"  "
	s, err := parseSynset(line)
	if err != nil {
		t.Fatal(err)
	}
	want := &Synset{
		Offset: "00001740",
		Words:  []string{"good", "full_of_grace"},
		Pointers: []Pointer{
			{Symbol: "!", Offset: "00002000", POS: "a", Source: 1, Target: 1},
			{Symbol: "&", Offset: "00003000", POS: "s"},
		},
		Gloss: "having desirable qualities; \"a good man\"",
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("parseSynset = %+v, want %+v", s, want)
	}
}

func TestParseSynsetRejects(t *testing.T) {
	for _, line := range []string{
		"",
		"00001740 00 a",
		"00001740 00 a zz good 0 000 | x",
		"00001740 00 a 03 good 0 000 | x", // three words announced, one given
		"00001740 00 a 01 good 0 002 ! 00002000 a | x", // pointers cut short
		"00001740 00 a 01 good 0 001 ! 00002000 a 01 | x",
		"00001740 00 a 01 good 0 001 ! 00002000 a zz01 | x",
	} {
		if s, err := parseSynset(line); err == nil {
			t.Errorf("parseSynset(%q) = %+v, want an error", line, s)
		}
	}
}

func TestReadIndex(t *testing.T) {
	senses, err := ReadIndex(filepath.Join("testdata", "index.adj"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"kind": {"00001740"}, "good": {"00001740", "00002000"}}
	if !reflect.DeepEqual(senses, want) {
		t.Errorf("ReadIndex = %v, want %v (the licence header skipped)", senses, want)
	}
}

func FuzzParseSynset(f *testing.F) {
	f.Add("00001740 00 a 01 good 0 001 ! 00002000 a 0101 | x")
	f.Add("00001740 00 v 02 meet 0 run_into 1 000 | come together")
	f.Fuzz(func(t *testing.T, line string) {
		parseSynset(line) // must not panic
	})
}
