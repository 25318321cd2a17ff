package conll

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestSpans(t *testing.T) {
	for _, tc := range []struct {
		name string
		tags string
		want []Span
	}{
		{"empty", "", nil},
		{"iob1", "I-PER I-PER O I-LOC", []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"iob1 adjacent", "I-PER B-PER O", []Span{{0, 1, "PER"}, {1, 2, "PER"}}},
		{"iob2", "B-ORG I-ORG B-ORG O B-MISC", []Span{{0, 2, "ORG"}, {2, 3, "ORG"}, {4, 5, "MISC"}}},
		{"type change", "B-PER I-LOC I-LOC", []Span{{0, 1, "PER"}, {1, 3, "LOC"}}},
		{"at end", "O O I-LOC", []Span{{2, 3, "LOC"}}},
		{"invalid is O", "B-PER X I-PER", []Span{{0, 1, "PER"}, {2, 3, "PER"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Spans(strings.Fields(tc.tags))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Spans(%q) = %v, want %v", tc.tags, got, tc.want)
			}
		})
	}
}

func TestIOB2(t *testing.T) {
	got := strings.Join(IOB2(nil, strings.Fields("I-PER I-PER B-PER O I-LOC I-ORG")), " ")
	if want := "B-PER I-PER B-PER O B-LOC B-ORG"; got != want {
		t.Errorf("IOB2 = %q, want %q", got, want)
	}
}

func TestReadWrite(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.conll")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Read(bytes.NewReader(data), Options{Tags: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || docs[0].Tokens() != 11 || docs[1].Tokens() != 2 {
		t.Fatalf("structure: %d docs %+v", len(docs), docs)
	}
	if s := docs[0].Sentences[1]; s.Line != 12 || s.Blanks != 2 || s.Tags[1] != "B-PER" {
		t.Errorf("second sentence %+v", s)
	}
	var tags [][]string
	for _, d := range docs {
		for _, s := range d.Sentences {
			tags = append(tags, s.Tags)
		}
	}
	var out bytes.Buffer
	if err := WriteIOB2(&out, docs, tags); err != nil {
		t.Fatal(err)
	}
	want := "-DOCSTART- -X- O O\n\nAnna\tB-PER\nBerg\tI-PER\nmet\tO\nCarl\tB-PER\nDahl\tI-PER\nin\tO\nOslo\tB-LOC\n.\tO\n\n" +
		"Eve\tB-PER\nFox\tB-PER\nleft\tO\n\n\n-DOCSTART- -X- O O\n\nAcme\tB-ORG\nCorp\tI-ORG\n"
	if out.String() != want {
		t.Errorf("WriteIOB2:\n%s\nwant:\n%s", out.String(), want)
	}
	// The same number of lines as the input: one per token, blank and
	// -DOCSTART- lines kept.
	if a, b := strings.Count(string(data), "\n"), strings.Count(out.String(), "\n"); a != b {
		t.Errorf("%d input lines, %d output lines", a, b)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		opts     Options
		line     int
		msg      string
	}{
		{"no tag", "Anna I-PER\nBerg\n", Options{Tags: true}, 2, "no tag column"},
		{"bad tag", "Anna NNP X-PER\n", Options{Tags: true}, 1, "is not O"},
		{"empty type", "\n\nAnna NNP B-\n", Options{Tags: true}, 3, "is not O"},
		{"utf8", "Anna\nB\xffrg\n", Options{}, 2, "invalid UTF-8"},
		{"long", "Anna\n" + strings.Repeat("x", maxLine+10) + "\n", Options{}, 2, "longer than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.in), tc.opts)
			var se *SyntaxError
			if !errors.As(err, &se) || se.Line != tc.line || !strings.Contains(se.Msg, tc.msg) {
				t.Errorf("err = %v, want line %d: …%s…", err, tc.line, tc.msg)
			}
		})
	}
	for _, in := range []string{"", "\n\n", "-DOCSTART- -X- O O\n\n"} {
		if _, err := Read(strings.NewReader(in), Options{}); !errors.Is(err, ErrEmpty) {
			t.Errorf("Read(%q) = %v, want ErrEmpty", in, err)
		}
	}
}

func TestScore(t *testing.T) {
	var s Score
	s.Add(strings.Fields("I-PER I-PER O I-LOC O I-MISC"), strings.Fields("B-PER I-PER O B-ORG O B-MISC"))
	s.Add(strings.Fields("B-ORG O"), strings.Fields("B-ORG I-ORG"))
	if s.All != (Counts{TP: 2, FP: 2, FN: 2}) || *s.ByType["PER"] != (Counts{TP: 1}) || *s.ByType["LOC"] != (Counts{FN: 1}) {
		t.Errorf("counts %+v per type PER %+v LOC %+v", s.All, s.ByType["PER"], s.ByType["LOC"])
	}
	var u Score
	u.Add(strings.Fields("B-PER O O"), strings.Fields("B-PER B-MISC O"), "MISC")
	if u.All != (Counts{TP: 1}) {
		t.Errorf("ignoring MISC: %+v", u.All)
	}
	if err := u.Add([]string{"O"}, nil); err == nil {
		t.Error("length mismatch accepted")
	}
}

func FuzzRead(f *testing.F) {
	if data, err := os.ReadFile("testdata/sample.conll"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("-DOCSTART-\n\na B-X\n\n\nb\n"))
	f.Add([]byte("\ufeffa I-PER\nb\tB-PER\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range []Options{{}, {Tags: true}} {
			docs, err := Read(bytes.NewReader(data), opts)
			if err != nil {
				continue
			}
			var tags [][]string
			for _, d := range docs {
				for _, s := range d.Sentences {
					if len(s.Tokens) == 0 || opts.Tags && len(s.Tags) != len(s.Tokens) {
						t.Fatalf("sentence %+v", s)
					}
					tg := make([]string, len(s.Tokens))
					for i := range tg {
						tg[i] = "O"
					}
					if opts.Tags {
						tg = s.Tags
					}
					Spans(tg)
					tags = append(tags, tg)
				}
			}
			var out bytes.Buffer
			if err := WriteIOB2(&out, docs, tags); err != nil {
				t.Fatal(err)
			}
			// Writing and reading back keeps the tokens.
			back, err := Read(&out, Options{Tags: true})
			if err != nil {
				t.Fatalf("reading back: %v\n%q", err, out.String())
			}
			if len(back) != len(docs) {
				t.Fatalf("%d docs read back, %d written", len(back), len(docs))
			}
		}
	})
}
