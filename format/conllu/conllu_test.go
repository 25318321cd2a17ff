package conllu

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

const sample = `# newdoc id = d1
# newpar
# sent_id = 1
# text = Kim met Pompeo.
1	Kim	B-PER
2	met	O
3	Pompeo	B-PER
4	.	O

# sent_id = 2
# text = They talked
1	They	O
2	talked	O

# newdoc id = d2
# text = Seoul waits.
1	Seoul	B-LOC
2	waits	O
3	.	O
`

func TestRead(t *testing.T) {
	docs, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	d := docs[0]
	if d.ID != "d1" || len(d.Sentences) != 2 {
		t.Fatalf("first document: id %q, %d sentences", d.ID, len(d.Sentences))
	}
	if got := d.Sentences[0].Words; strings.Join(got, " ") != "Kim met Pompeo ." {
		t.Errorf("words = %q", got)
	}
	if got := d.Sentences[0].Tags; len(got) != 4 || got[0] != "B-PER" {
		t.Errorf("tags = %q", got)
	}
	for i, sp := range d.SentSpans {
		if got := d.Text[sp.Start:sp.End]; got != d.Sentences[i].Text {
			t.Errorf("sentence %d span gives %q, want %q", i, got, d.Sentences[i].Text)
		}
	}
}

// FuzzRead checks that no input makes Read panic, and that the spans it
// returns lie inside the text it rebuilt.
func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\tx\n\n")
	f.Add("# text = \xff\n1-2\tab\t_\n1\ta\tO\n")
	f.Add("# text = Ab c\n1\tAb\tab\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\n2\tc\tc\tX\tX\t_\tx\tdep\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			spans := append(append([]document.Span{}, d.SentSpans...), d.Paragraphs...)
			for _, st := range d.Sentences {
				spans = append(spans, st.Spans...)
				if len(st.Spans) != len(st.Words) || (st.Misc != nil && len(st.Misc) != len(st.Words)) {
					t.Fatalf("%d words, %d spans, %d misc", len(st.Words), len(st.Spans), len(st.Misc))
				}
			}
			for _, sp := range spans {
				if sp.Start < 0 || sp.End < sp.Start || sp.End > len(d.Text) {
					t.Fatalf("span %v outside text of %d bytes", sp, len(d.Text))
				}
			}
		}
	})
}

func TestWordSpans(t *testing.T) {
	in := "# newdoc id = d\n# text = Ann's cat.\n1\tAnn\tAnn\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tSpaceAfter=No\n2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n3\tcat\tcat\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No|Entity=(1-animal)\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
	docs, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	s := docs[0].Sentences[0]
	for i, w := range s.Words {
		if got := docs[0].Text[s.Spans[i].Start:s.Spans[i].End]; got != w {
			t.Errorf("word %d span gives %q, want %q", i, got, w)
		}
	}
	if s.UPOS[2] != "NOUN" || s.Heads[0] != 3 || s.Heads[2] != 0 || !strings.Contains(s.Misc[2], "Entity=") {
		t.Errorf("columns: %q %v %q", s.UPOS, s.Heads, s.Misc)
	}
}
