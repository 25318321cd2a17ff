package newsgold

import (
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

func TestSetRelations(t *testing.T) {
	// Offsets are code points: "Zoë" puts the second sentence one byte
	// further than its code-point offset.
	text := "Zoë Lee met Bob Ray in Oslo. She later criticised him."
	span := func(start, end int, name string) *Arg {
		r := []rune(text)
		return &Arg{Start: start, End: end, Text: string(r[start:end]), Name: name}
	}
	gold := &Article{ID: "t", Relations: []Relation{
		{Type: "meet", Subject: span(0, 7, "Zoë Lee"), Object: span(12, 19, "Bob Ray"), Trigger: span(8, 11, "")},
		{Type: "criticize", Subject: span(29, 32, "Zoë Lee"), Object: span(50, 53, "Bob Ray"), Trigger: span(39, 49, "")},
		{Type: "visit", Subject: span(0, 7, "Zoë Lee"), Object: span(23, 27, "Oslo"), Trigger: span(8, 11, "")},
	}}
	other := &Article{ID: "t", Relations: []Relation{
		// the meeting the other way round: meet is symmetric
		{Type: "meet", Subject: span(12, 19, "Bob Ray"), Object: span(0, 7, "Zoë Lee"), Trigger: span(8, 11, "")},
		// the object at another mention, matched by its name; the trigger
		// elsewhere in the gold trigger's sentence
		{Type: "criticize", Subject: span(29, 32, "Zoë Lee"), Object: span(12, 19, "Bob Ray"), Trigger: span(33, 38, "")},
		{Type: "support", Subject: span(29, 32, "Zoë Lee"), Object: span(50, 53, "Bob Ray"), Trigger: span(39, 49, "")},
	}}
	doc := document.New(text)
	second := len("Zoë Lee met Bob Ray in Oslo. ")
	doc.Sentences = []document.Span{{Start: 0, End: second - 1}, {Start: second, End: len(text)}}
	SetRelations(doc, other)
	if len(doc.Relations) != 3 || len(doc.Entities) != 6 || len(doc.Mentions) != 6 {
		t.Fatalf("%d relations, %d entities, %d mentions; want 3, 6, 6", len(doc.Relations), len(doc.Entities), len(doc.Mentions))
	}
	if got := doc.Slice(doc.Relations[1].Trigger); got != "later" {
		t.Errorf("second relation's trigger is %q, want %q", got, "later")
	}
	var sc Score
	m := sc.Add(gold, doc)
	for _, c := range []struct {
		typ        string
		tp, fp, fn int
	}{{"meet", 1, 0, 0}, {"criticize", 1, 0, 0}, {"visit", 0, 0, 1}, {"support", 0, 1, 0}} {
		if sc.TP[c.typ] != c.tp || sc.FP[c.typ] != c.fp || sc.FN[c.typ] != c.fn {
			t.Errorf("%s: TP %d FP %d FN %d, want %d %d %d", c.typ, sc.TP[c.typ], sc.FP[c.typ], sc.FN[c.typ], c.tp, c.fp, c.fn)
		}
	}
	if len(m.Missed) != 1 || len(m.Wrong) != 1 {
		t.Errorf("missed %v, wrong %v", m.Missed, m.Wrong)
	}
}
