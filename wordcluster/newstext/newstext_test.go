package newstext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func collect(read func(emit func([]string)) error) ([][]string, error) {
	var out [][]string
	err := read(func(s []string) { out = append(out, append([]string(nil), s...)) })
	return out, err
}

func TestReadText(t *testing.T) {
	got, _ := collect(func(emit func([]string)) error {
		ReadText("Headline here\n\nThe U.S. Navy didn't sail on Jan. 5. Kim said so.\n", emit)
		return nil
	})
	want := [][]string{
		{"Headline", "here"},
		{"The", "U.S.", "Navy", "did", "n't", "sail", "on", "Jan.", "5", "."},
		{"Kim", "said", "so", "."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadText:\n got %q\nwant %q", got, want)
	}
	got, _ = collect(func(emit func([]string)) error { ReadText("bad \xa3 byte", emit); return nil })
	if len(got) != 1 || got[0][1] != "\uFFFD" {
		t.Errorf("invalid UTF-8: got %q", got)
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\nBlackburn\tNNP\n"
	got, err := collect(func(emit func([]string)) error { return ReadCoNLL(strings.NewReader(in), emit) })
	want := [][]string{{"EU", "rejects"}, {"Peter", "Blackburn"}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ReadCoNLL = %q, %v; want %q", got, err, want)
	}
}

func TestReadGMB(t *testing.T) {
	in := "Sentence #,Word,POS,Tag\nSentence: 1,Thousands,NNS,O\n,of,IN,O\n,\"\"\"\",``,O\n,Caf\xe9,NNP,B-geo\nSentence: 2,Families,NNS,O\n,\",\",\",\",O\n"
	got, err := collect(func(emit func([]string)) error { return ReadGMB(strings.NewReader(in), emit) })
	want := [][]string{{"Thousands", "of", "\"", "Café"}, {"Families", ","}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ReadGMB = %q, %v; want %q", got, err, want)
	}
	if _, err := collect(func(emit func([]string)) error { return ReadGMB(strings.NewReader("Sentence #,Word\nonly\n"), emit) }); err == nil {
		t.Errorf("ReadGMB on a one-field row: no error")
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "1.txt"), []byte("One two three. Four five."), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "2.txt"), []byte("Six."), 0o644)
	n := 0
	st, err := Load(context.Background(), dir, []Source{{"a", "a/*.txt", Text}}, func(s []string) { n += len(s) })
	if err != nil {
		t.Fatal(err)
	}
	if st[0] != (Stats{Files: 2, Sentences: 3, Tokens: 9}) || n != 9 {
		t.Errorf("Load stats = %+v, %d tokens emitted", st[0], n)
	}
	if _, err := Load(context.Background(), dir, []Source{{"b", "b/*.txt", Text}}, func([]string) {}); !errors.Is(err, ErrNoFiles) {
		t.Errorf("Load of a missing source: err = %v, want ErrNoFiles", err)
	}
}

// TestSharedSources checks that every default source is present and big
// enough, when ../shared/data is.
func TestSharedSources(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/data not found; skipping the training-text check")
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	for _, src := range Sources {
		if src.Name == "gmb" || src.Name == "bbc" {
			continue // the largest; read by newsgraph train clusters
		}
		st, err := Load(context.Background(), dir, []Source{src}, func([]string) {})
		if err != nil {
			t.Fatal(err)
		}
		if st[0].Tokens < 150_000 {
			t.Errorf("%s: only %d tokens", src.Name, st[0].Tokens)
		}
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		ReadCoNLL(strings.NewReader(in), func(s []string) {
			for _, w := range s {
				if w == "" || strings.ContainsAny(w, " \t\n") {
					t.Fatalf("bad token %q", w)
				}
			}
		})
	})
}

func FuzzReadGMB(f *testing.F) {
	f.Add("Sentence #,Word,POS,Tag\nSentence: 1,Thousands,NNS,O\n,of,IN,O\n")
	f.Add(",\"\"\"\",``,O\n,\xe9\xff,X,O\n")
	f.Fuzz(func(t *testing.T, in string) {
		ReadGMB(strings.NewReader(in), func(s []string) {
			for _, w := range s {
				if w == "" {
					t.Fatalf("empty token")
				}
			}
		})
	})
}
