package newsgold

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

const sampleJSON = `{"id": "t", "source": "x.txt", "relations": [
 {"type": "meet", "subject": {"start": 0, "end": 5, "text": "Blair", "name": "Tony Blair"},
  "object": {"start": 15, "end": 20, "text": "Bush", "name": "George Bush"},
  "trigger": {"start": 6, "end": 9, "text": "met"}, "negated": false, "modality": "asserted"}]}`

func TestParseAndScore(t *testing.T) {
	a, err := Parse([]byte(sampleJSON))
	if err != nil {
		t.Fatal(err)
	}
	text := "Blair met with Bush."
	doc := &document.Document{Text: text, Sentences: []document.Span{{Start: 0, End: len(text)}},
		Entities: []document.Entity{{ID: "E1", Name: "Blair"}, {ID: "E2", Name: "George Bush"}},
		Mentions: []document.Mention{{Span: document.Span{Start: 0, End: 5}, Entity: "E1"}, {Span: document.Span{Start: 15, End: 19}, Entity: "E2"}}}
	// the system's meeting runs the other way: meet is symmetric
	doc.Relations = []document.Relation{
		{Type: "meet", Subject: "E2", Object: "E1", Trigger: document.Span{Start: 6, End: 14}},
		{Type: "visit", Subject: "E1", Object: "E2", Trigger: document.Span{Start: 6, End: 9}},
	}
	var sc Score
	m := sc.Add(a, doc)
	if sc.TP["meet"] != 1 || sc.FP["visit"] != 1 || len(m.Missed) != 0 || len(m.Wrong) != 1 {
		t.Errorf("TP %v FP %v missed %v wrong %v", sc.TP, sc.FP, m.Missed, m.Wrong)
	}
	var buf bytes.Buffer
	if err := sc.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(buf.String(), "F1 66.67\n") {
		t.Errorf("score table ends %q", buf.String()[max(0, buf.Len()-40):])
	}
}

func TestSameName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{{"Pompeo", "Mike Pompeo", true}, {"mike pompeo", "Mike Pompeo", true}, {"Pompeo", "Pompeon", false}, {"", "x", false}, {"Kim", "Kim Jong Un", false}} {
		if got := sameName(c.a, c.b); got != c.want {
			t.Errorf("sameName(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sampleJSON)
	f.Add(`{"relations": [{"type": "meet"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		a, err := Parse([]byte(in))
		if err != nil {
			return
		}
		doc := &document.Document{Text: "Short text.", Sentences: []document.Span{{Start: 0, End: 11}}}
		var sc Score
		sc.Add(a, doc)
		// the same annotation scored as a second annotator's
		SetRelations(doc, a)
		sc.Add(a, doc)
	})
}

// TestScoreMood checks the modality and polarity of matched interactions:
// newsgraph's "happened" is the gold set's "asserted", the confusion
// table counts gold by system, and the table still ends "F1 X".
func TestScoreMood(t *testing.T) {
	const gold = `{"id": "t", "source": "x.txt", "relations": [
 {"type": "meet", "subject": {"start": 0, "end": 5, "text": "Blair", "name": "Tony Blair"},
  "object": {"start": 10, "end": 14, "text": "Bush", "name": "George Bush"},
  "trigger": {"start": 6, "end": 9, "text": "met"}, "negated": false, "modality": "asserted"},
 {"type": "visit", "subject": {"start": 16, "end": 20, "text": "Bush", "name": "George Bush"},
  "object": {"start": 29, "end": 33, "text": "Oslo", "name": "Oslo"},
  "trigger": {"start": 21, "end": 26, "text": "visit"}, "negated": true, "modality": "reported"}]}`
	a, err := Parse([]byte(gold))
	if err != nil {
		t.Fatal(err)
	}
	text := "Blair met Bush. Bush visit … Oslo."
	doc := &document.Document{Text: text, Sentences: []document.Span{{Start: 0, End: 15}, {Start: 16, End: len(text)}},
		Entities: []document.Entity{{ID: "E1", Name: "Blair"}, {ID: "E2", Name: "George Bush"}, {ID: "E3", Name: "Oslo"}}}
	doc.Relations = []document.Relation{
		{Type: "meet", Subject: "E1", Object: "E2", Trigger: document.Span{Start: 6, End: 9}, Modality: document.Happened},
		{Type: "visit", Subject: "E2", Object: "E3", Trigger: document.Span{Start: 21, End: 26}, Modality: document.Planned},
	}
	var sc Score
	m := sc.Add(a, doc)
	if sc.Matched != 2 || sc.MoodRight != 1 || sc.PolarityRight != 1 {
		t.Errorf("matched %d, modality right %d, polarity right %d; want 2, 1, 1", sc.Matched, sc.MoodRight, sc.PolarityRight)
	}
	if len(m.Mood) != 1 || m.Mood[0].Gold.Type != "visit" {
		t.Errorf("mood misses %+v, want the visit", m.Mood)
	}
	if sc.Mood[[2]string{"asserted", "asserted"}] != 1 || sc.Mood[[2]string{"reported", "planned"}] != 1 {
		t.Errorf("confusion %v", sc.Mood)
	}
	var buf bytes.Buffer
	if err := sc.Write(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"modality of the 2 matched interactions: 1 right, 50.00 %; polarity: 1 right, 50.00 %\n",
		"gold \\ system  asserted  reported  planned  hypothetical\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if !strings.HasSuffix(out, "\nF1 100.00\n") {
		t.Errorf("score table ends %q", out[max(0, len(out)-40):])
	}
	for _, c := range []struct{ in, want string }{{"happened", "asserted"}, {"asserted", "asserted"}, {"planned", "planned"}, {"reported", "reported"}, {"hypothetical", "hypothetical"}} {
		if got := SystemModality(c.in); got != c.want {
			t.Errorf("SystemModality(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
