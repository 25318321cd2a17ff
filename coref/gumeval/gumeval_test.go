package gumeval

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/conllu"
)

func readGold(t *testing.T, path string) *Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := conllu.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 {
		t.Fatalf("%d documents, want 1", len(ds))
	}
	d, err := FromCoNLLU(ds[0])
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFromCoNLLU(t *testing.T) {
	d := readGold(t, "testdata/bakery.conllu")
	want := []struct{ chain, typ, text, head string }{
		{"1", "person", "Maria Lopez", "Maria"},
		{"2", "place", "the bakery", "bakery"},
		{"1", "person", "She", "She"},
		{"2", "place", "it", "it"},
		{"3", "time", "2010", "2010"},
		{"1", "person", "The baker", "baker"},
		{"1", "person", "her", "her"},
	}
	if len(d.Mentions) != len(want) {
		t.Fatalf("%d mentions, want %d", len(d.Mentions), len(want))
	}
	for i, w := range want {
		m := d.Mentions[i]
		text := d.Text[d.Words[m.Start].Span.Start:d.Words[m.End-1].Span.End]
		if m.Chain != w.chain || m.Type != w.typ || text != w.text || d.Words[m.Head].Form != w.head {
			t.Errorf("mention %d = chain %s %s %q head %q, want chain %s %s %q head %q", i, m.Chain, m.Type, text, d.Words[m.Head].Form, w.chain, w.typ, w.text, w.head)
		}
	}
}

func TestParseBrackets(t *testing.T) {
	for _, tc := range []struct {
		in     string
		opens  []opening
		closes []string
		bad    bool
	}{
		{in: "(1-event-new-x-sgl(2-abstract-new-coref)", opens: []opening{{"1", "event", false}, {"2", "abstract", true}}},
		{in: "1)2)", closes: []string{"1", "2"}},
		{in: "(7-time-x)7)", opens: []opening{{"7", "time", true}}, closes: []string{"7"}},
		{in: "(8)", opens: []opening{{"8", "", true}}},
		{in: "(x-person", bad: true},
		{in: "3", bad: true},
		{in: "-1)", bad: true},
	} {
		o, c, err := parseBrackets(tc.in)
		if (err != nil) != tc.bad {
			t.Errorf("%q: error %v, want error %v", tc.in, err, tc.bad)
			continue
		}
		if tc.bad {
			continue
		}
		if len(o) != len(tc.opens) || len(c) != len(tc.closes) {
			t.Errorf("%q: %v %v, want %v %v", tc.in, o, c, tc.opens, tc.closes)
			continue
		}
		for i := range o {
			if o[i] != tc.opens[i] {
				t.Errorf("%q: open %d = %v, want %v", tc.in, i, o[i], tc.opens[i])
			}
		}
		for i := range c {
			if c[i] != tc.closes[i] {
				t.Errorf("%q: close %d = %v, want %v", tc.in, i, c[i], tc.closes[i])
			}
		}
	}
}

// byText resolves a span by its text.
type byText struct {
	text string
	ids  map[string]string
}

func (r byText) Speaker(sp document.Span) string { return r.ids[r.text[sp.Start:sp.End]] }

func TestScore(t *testing.T) {
	d := readGold(t, "testdata/bakery.conllu")
	i := strings.Index(d.Text, "Maria Lopez")
	doc := &document.Document{Text: d.Text,
		Mentions: []document.Mention{{Span: document.Span{Start: i, End: i + len("Maria Lopez")}, Type: document.PER, Entity: "E1"}},
		Entities: []document.Entity{{ID: "E1", Name: "Maria Lopez", Type: document.PER}},
	}
	var s Score
	// "She" right, "it" wrong (its chain has no name), "The baker"
	// right, "her" missed, "the bakery" neither resolved nor resolvable.
	r := byText{d.Text, map[string]string{"She": "E1", "it": "E1", "The baker": "E1"}}
	if err := s.Add(d, doc, r); err != nil {
		t.Fatal(err)
	}
	if want := (Counts{Resolved: 2, Right: 1, Resolvable: 2, Found: 1}); s.Pronouns != want {
		t.Errorf("pronouns %+v, want %+v", s.Pronouns, want)
	}
	if want := (Counts{Resolved: 1, Right: 1, Resolvable: 1, Found: 1}); s.Descriptions != want {
		t.Errorf("descriptions %+v, want %+v", s.Descriptions, want)
	}
	for _, k := range []struct {
		kind string
		want Counts
	}{
		{"he/she person", Counts{Resolved: 1, Right: 1, Resolvable: 2, Found: 1}},
		{"it place", Counts{Resolved: 1}},
		{"description person", Counts{Resolved: 1, Right: 1, Resolvable: 1, Found: 1}},
		{"description place", Counts{}},
	} {
		if c := s.Kinds[k.kind]; c == nil || *c != k.want {
			t.Errorf("kind %q: %+v, want %+v", k.kind, c, k.want)
		}
	}
	if len(s.Errors) != 2 || s.Errors[0].Text != "it" || s.Errors[1].Text != "her" || s.Errors[1].Want != "Maria Lopez" {
		t.Errorf("errors %+v, want wrong \"it\" and missed \"her\"", s.Errors)
	}
	var b strings.Builder
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "overall       P  66.7 (2/3)  R  66.7 (2/3)") {
		t.Errorf("Write:\n%s", b.String())
	}
	b.Reset()
	if err := s.WriteKinds(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "he/she person             P 100.0 (1/1)  R  50.0 (1/2)  F1  66.7") {
		t.Errorf("WriteKinds:\n%s", b.String())
	}
	doc.Text += " "
	if err := s.Add(d, doc, r); err == nil {
		t.Error("no error for a text that differs")
	}
}

// FuzzFromCoNLLU checks that no input makes the reader panic and that the
// mentions it returns lie inside the document's words.
func FuzzFromCoNLLU(f *testing.F) {
	if b, err := os.ReadFile("testdata/bakery.conllu"); err == nil {
		f.Add(string(b))
	}
	f.Add("# text = a b\n1\ta\ta\tX\tX\t_\t0\troot\t_\tEntity=(1-x\n2\tb\tb\tX\tX\t_\t9\tdep\t_\tEntity=1)1)\n")
	f.Add("1\ta\ta\tX\tX\t_\t1\troot\t_\tEntity=((\n")
	f.Fuzz(func(t *testing.T, in string) {
		ds, err := conllu.Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, cd := range ds {
			d, err := FromCoNLLU(cd)
			if err != nil {
				continue
			}
			for _, m := range d.Mentions {
				if m.Start < 0 || m.End > len(d.Words) || m.Start >= m.End || m.Head < m.Start || m.Head >= m.End {
					t.Fatalf("mention %+v outside %d words", m, len(d.Words))
				}
			}
			for _, w := range d.Words {
				if w.Span.Start < 0 || w.Span.End > len(d.Text) || w.Span.End < w.Span.Start {
					t.Fatalf("word span %v outside text of %d bytes", w.Span, len(d.Text))
				}
			}
			_ = d.anaphors()
		}
	})
}

// TestFlatName checks that a name joined to a common-noun head ("English
// baker Maria Lopez", flat in UD) names its mention.
func TestFlatName(t *testing.T) {
	d := readGold(t, "testdata/flat.conllu")
	i := strings.Index(d.Text, "Maria Lopez")
	doc := &document.Document{Text: d.Text,
		Mentions: []document.Mention{{Span: document.Span{Start: i, End: i + len("Maria Lopez")}, Type: document.PER, Entity: "E1"}},
		Entities: []document.Entity{{ID: "E1", Name: "Maria Lopez", Type: document.PER}},
	}
	var s Score
	if err := s.Add(d, doc, byText{d.Text, map[string]string{"She": "E1"}}); err != nil {
		t.Fatal(err)
	}
	if want := (Counts{Resolved: 1, Right: 1, Resolvable: 1, Found: 1}); s.Pronouns != want {
		t.Errorf("pronouns %+v, want %+v", s.Pronouns, want)
	}
}

func TestSplit(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"GUM_news_iodine.conllu", "dev"},
		{"/x/GUM_interview_gaming.conllu", "dev"},
		{"GUM_news_nasa.conllu", "test"},
		{"GUM_interview_libertarian", "test"},
		{"GUM_news_korea.conllu", "train"},
		{"bakery.conllu", "train"},
	} {
		if got := Split(tc.file); got != tc.want {
			t.Errorf("Split(%q) = %q, want %q", tc.file, got, tc.want)
		}
	}
}
