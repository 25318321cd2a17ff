package tempeval_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/timex/tempeval"
)

const text = "They met on Friday for about 4½ hours and will meet again on June 12."

func at(s string) (int, int) {
	i := strings.Index(text, s)
	start := len([]rune(text[:i]))
	return start, start + len([]rune(s))
}

func ann(s, typ, value string) tempeval.Annotation {
	a, b := at(s)
	return tempeval.Annotation{Start: a, End: b, Text: s, Type: typ, Value: value}
}

var gold = []tempeval.Annotation{
	ann("Friday", "DATE", "2018-05-25"),
	ann("about 4½ hours", "DURATION", "PT4H30M"),
	ann("June 12", "DATE", "2018-06-12"),
}

func TestScore(t *testing.T) {
	shifted := ann("June 12", "DATE", "2018-06-12")
	shifted.Start, shifted.End = shifted.Start+5, shifted.End+5 // realigned by its text
	cases := []struct {
		name                           string
		pred                           []tempeval.Annotation
		strict, relaxed, typeOK, value int
		unaligned                      int
	}{
		{"gold", gold, 3, 3, 3, 3, 0},
		{"one missing", gold[:2], 2, 2, 2, 2, 0},
		{"realigned", []tempeval.Annotation{gold[0], gold[1], shifted}, 3, 3, 3, 3, 0},
		{"longer span", []tempeval.Annotation{ann("on Friday", "DATE", "2018-05-25"), gold[1], gold[2]}, 2, 3, 3, 3, 0},
		{"wrong value", []tempeval.Annotation{ann("Friday", "DATE", "2018-06-01"), gold[1], gold[2]}, 3, 3, 3, 2, 0},
		{"wrong type", []tempeval.Annotation{ann("Friday", "TIME", "2018-05-25"), gold[1], gold[2]}, 3, 3, 2, 3, 0},
		{"duplicate", []tempeval.Annotation{gold[0], gold[0], gold[1], gold[2]}, 3, 3, 3, 3, 0},
		{"unplaceable", []tempeval.Annotation{gold[0], {Start: 0, End: 3, Text: "nowhere"}}, 1, 1, 1, 1, 1},
		{"overlap picks the exact one", []tempeval.Annotation{ann("4½ hours", "DURATION", "PT4H30M"), gold[1]}, 1, 1, 1, 1, 0},
	}
	for _, c := range cases {
		r := tempeval.Score(text, gold, c.pred)
		if r.Strict != c.strict || r.Relaxed != c.relaxed || r.TypeOK != c.typeOK || r.ValueOK != c.value || r.Unaligned != c.unaligned {
			t.Errorf("%s: strict %d relaxed %d type %d value %d unaligned %d, want %d %d %d %d %d",
				c.name, r.Strict, r.Relaxed, r.TypeOK, r.ValueOK, r.Unaligned, c.strict, c.relaxed, c.typeOK, c.value, c.unaligned)
		}
	}
}

func TestFigures(t *testing.T) {
	var c tempeval.Counts
	c.Add(tempeval.Score(text, gold, gold).Counts)
	c.Add(tempeval.Score(text, gold, []tempeval.Annotation{ann("Friday", "DATE", "2018-06-01")}).Counts)
	if c.Documents != 2 || c.Gold != 6 || c.Pred != 4 {
		t.Fatalf("counts %+v", c)
	}
	r, v := c.RelaxedPRF(), c.ValuePRF()
	if r.P != 100 || r.R != 4.0/6*100 {
		t.Errorf("relaxed %+v", r)
	}
	// TempEval-3's identity: value F1 = relaxed F1 × value accuracy
	if d := v.F1 - r.F1*c.ValueAccuracy()/100; d > 1e-9 || d < -1e-9 {
		t.Errorf("value F1 %.4f, relaxed F1 × accuracy %.4f", v.F1, r.F1*c.ValueAccuracy()/100)
	}
	var b strings.Builder
	if err := c.Report(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(b.String(), "relaxed_F1 80.00 strict_F1 80.00 value_F1 60.00\n") {
		t.Errorf("report:\n%s", b.String())
	}
	var empty tempeval.Counts
	if f := empty.RelaxedPRF(); f.P != 100 || f.R != 100 {
		t.Errorf("nothing to find and nothing found scores 100, got %+v", f)
	}
}
