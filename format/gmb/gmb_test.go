package gmb

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.csv")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].Tokens) != 16 || sents[0].Tokens[10] != "," || sents[1].Tokens[6] != "Café" || sents[1].Line != 18 {
		t.Fatalf("read %+v", sents)
	}
	got := strings.Join(sents[0].CoNLLTags(), " ")
	want := "O O B-LOC O B-MISC O B-PER I-PER O O O O O B-ORG I-ORG O"
	if got != want {
		t.Errorf("CoNLLTags\n got %s\nwant %s", got, want)
	}
	if got := strings.Join(sents[1].CoNLLTags(), " "); got != "O O B-MISC I-MISC O O B-LOC" {
		t.Errorf("CoNLLTags %s", got)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{
		"Sentence #,Word,POS,Tag\nSentence: 1,a,DT\n",
		"Sentence: 1,a,DT,X-geo\n",
		"Sentence: 1,\"a,DT,O\n",
	} {
		if _, err := Read(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "line") {
			t.Errorf("Read(%q) = %v, want an error with a line number", in, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	if data, err := os.ReadFile("testdata/sample.csv"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sents, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Tokens) != len(s.Tags) || len(s.POS) != len(s.Tags) || len(s.CoNLLTags()) != len(s.Tags) {
				t.Fatalf("sentence %+v", s)
			}
		}
	})
}
