package relation_test

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
)

// candidateStrings lists doc's interaction-model candidates as "trigger:
// subject > object".
func candidateStrings(doc *document.Document) []string {
	var out []string
	for _, c := range relation.ArgCandidates(doc, nil) {
		out = append(out, doc.Text[c.Trigger.Start:c.Trigger.End]+": "+name(doc, c.Subject)+" > "+name(doc, c.Object))
	}
	return out
}

// TestArgCandidates checks which (trigger, subject, object) triples the
// interaction model is asked about, on sentences written for the test.
func TestArgCandidates(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"both directions", "[Ken Ward|PER] met [Lisa Moore|PER] on Monday.",
			[]string{"met: Ken Ward > Lisa Moore", "met: Lisa Moore > Ken Ward"}, nil},
		{"a noun trigger", "The visit of [Ken Ward|PER] to [Norway|LOC] was brief.",
			[]string{"visit: Ken Ward > Norway"}, nil},
		{"an adjective trigger", "[Lisa Moore|PER] was critical of [Ken Ward|PER].",
			[]string{"critical: Lisa Moore > Ken Ward"}, nil},
		{"at most one other name between", "[Norway|LOC], [Sweden|LOC] and [Spain|LOC] supported [Lemuria|LOC].",
			[]string{"supported: Spain > Lemuria", "supported: Sweden > Lemuria"}, []string{"supported: Norway > Lemuria"}},
		{"no trigger, no candidate", "[Ken Ward|PER] and [Lisa Moore|PER] live in [Oslo|LOC].", nil, []string{"live: Ken Ward > Oslo"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := candidateStrings(analyzeText(t, tc.text))
			checkHas(t, got, tc.want, tc.not)
		})
	}
}

// checkHas reports each of want missing from got and each of not in it.
func checkHas(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("unwanted %q in %q", w, got)
		}
	}
}

// TestArgModelTrainWriteRead trains a model on a few labelled candidates,
// checks it learns them, and that writing and reading keep its answers.
func TestArgModelTrainWriteRead(t *testing.T) {
	train := []struct{ text, want string }{
		{"[Ken Ward|PER] met [Lisa Moore|PER] on Monday.", "met: Ken Ward > Lisa Moore"},
		{"[Jan Kos|PER] met [Tom Hay|PER] in May.", "met: Jan Kos > Tom Hay"},
		{"[Norway|LOC] attacked [Lemuria|LOC] at dawn.", "attacked: Norway > Lemuria"},
		{"[Sweden|LOC] attacked [Ruritania|LOC] by night.", "attacked: Sweden > Ruritania"},
	}
	var exs []relation.ArgExample
	var all []relation.ArgCandidate
	for _, tc := range train {
		doc := analyzeText(t, tc.text)
		cands := relation.ArgCandidates(doc, nil)
		for i, s := range candidateStrings(doc) {
			label := ""
			if s == tc.want {
				label = cands[i].Types[0]
			}
			exs = append(exs, relation.ArgExample{Cand: cands[i], Label: label})
		}
		all = append(all, cands...)
	}
	m, err := relation.TrainArgModel(context.Background(), exs, relation.ArgTrainOptions{Epochs: 20, Threshold: 0.5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range exs {
		got, p := m.Best(&ex.Cand)
		if p < 0.5 {
			got = ""
		}
		if got != ex.Label {
			t.Errorf("%s > %s: got %q, want %q", ex.Cand.Subject, ex.Cand.Object, got, ex.Label)
		}
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := relation.ReadArgModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if back.Threshold != m.Threshold {
		t.Errorf("threshold %v, want %v", back.Threshold, m.Threshold)
	}
	for i := range all {
		t1, p1 := m.Best(&all[i])
		t2, p2 := back.Best(&all[i])
		if t1 != t2 || p1-p2 > 1e-3 || p2-p1 > 1e-3 {
			t.Errorf("candidate %d: %s %.4f before writing, %s %.4f after", i, t1, p1, t2, p2)
		}
	}
	if _, err := relation.ReadArgModel([]byte("not a model")); err == nil {
		t.Error("ReadArgModel read garbage")
	}
}

// TestArgModelPredictOnce checks that Predict gives one relation per
// sentence, type and pair, and none the rules already have.
func TestArgModelPredictOnce(t *testing.T) {
	m := relation.DefaultArgModel()
	if m == nil {
		t.Fatal("the embedded interaction model does not read")
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("embedded threshold %v", m.Threshold)
	}
	doc := analyzeText(t, "[Ken Ward|PER] met and held talks with [Lisa Moore|PER] on Monday.")
	cands := relation.ArgCandidates(doc, nil)
	if m.Dep {
		doc.Relations = nil
		cands = relation.DepArgCandidates(doc, nil, nil, false)
		if len(cands) == 0 {
			t.Fatal("no dependency candidates")
		}
	}
	saved := m.Threshold
	m.Threshold = 0
	defer func() { m.Threshold = saved }()
	seen := map[string]bool{}
	got := m.Predict(cands, nil)
	for _, r := range got {
		k := r.Type + " " + strings.Join([]string{r.Subject, r.Object}, ">")
		if r.Type == relation.Meet && r.Object < r.Subject {
			k = r.Type + " " + r.Object + ">" + r.Subject
		}
		if seen[k] {
			t.Errorf("%s twice in %+v", k, got)
		}
		seen[k] = true
	}
	if again := m.Predict(cands, got); len(again) != 0 {
		t.Errorf("predicted again what was had: %+v", again)
	}
}

// TestArgModelOffByDefault checks that the model adds nothing unless
// asked.
func TestArgModelOffByDefault(t *testing.T) {
	if relation.UseArgModel.Load() {
		t.Error("the interaction model is on by default")
	}
}
