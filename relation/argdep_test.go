package relation_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
)

// depCandidateStrings lists doc's dependency candidates, the rules'
// relations set aside, as "trigger: subject > object".
func depCandidateStrings(doc *document.Document, stems map[string][]string) []string {
	doc.Relations = nil
	var out []string
	for _, c := range relation.DepArgCandidates(doc, nil, stems, false) {
		out = append(out, doc.Text[c.Trigger.Start:c.Trigger.End]+": "+name(doc, c.Subject)+" > "+name(doc, c.Object))
	}
	return out
}

// TestDepArgCandidates checks which (trigger, subject, object) triples
// the dependency parse offers the interaction model, on sentences
// written for the test.
func TestDepArgCandidates(t *testing.T) {
	tests := []struct {
		name, text string
		stems      map[string][]string
		want, not  []string
	}{
		{"a verb's subject and object", "[Ken Ward|PER] met [Lisa Moore|PER] on Monday.", nil,
			[]string{"met: Ken Ward > Lisa Moore", "met: Lisa Moore > Ken Ward"}, nil},
		{"a passive's agent", "[Lemuria|LOC] was attacked by [Ruritania|LOC] overnight.", nil,
			[]string{"attacked: Ruritania > Lemuria"}, nil},
		{"a word the lexicons lack is no trigger", "[Ken Ward|PER] heckled [Lisa Moore|PER] on Monday.", nil,
			nil, []string{"heckled: Ken Ward > Lisa Moore"}},
		{"unless the training gold made its stem one", "[Ken Ward|PER] heckled [Lisa Moore|PER] on Monday.",
			map[string][]string{"heckl": {relation.Criticize}},
			[]string{"heckled: Ken Ward > Lisa Moore"}, nil},
		{"no trigger, no candidate", "[Ken Ward|PER] and [Lisa Moore|PER] live in [Oslo|LOC].", nil,
			nil, []string{"live: Ken Ward > Oslo"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := depCandidateStrings(analyzeText(t, tc.text), tc.stems)
			checkHas(t, got, tc.want, tc.not)
		})
	}
}

// TestDepArgCandidatesSkipRules checks that a trigger the rules used
// offers no candidate: the model adds to the rules, it does not redo
// them, and parses fewer sentences.
func TestDepArgCandidatesSkipRules(t *testing.T) {
	doc := analyzeText(t, "[Ken Ward|PER] met [Lisa Moore|PER] on Monday.")
	if len(doc.Relations) == 0 {
		t.Fatal("the rules found no meeting")
	}
	if cands := relation.DepArgCandidates(doc, nil, nil, false); len(cands) != 0 {
		t.Errorf("%d candidates of a trigger the rules used", len(cands))
	}
}
