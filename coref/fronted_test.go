package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestFrontedSubject checks fronted.go on sentences written for the
// test: a plural or "It" opening a sentence goes on with the subject of
// the sentence before when a fronted phrase opens that sentence.
func TestFrontedSubject(t *testing.T) {
	org := document.ORG
	tests := []pronounCase{
		{"they after a fronted phrase's subject",
			"Despite giving their backing to the bill, the Zenda Democrats insisted on changes.\n\nThey said they would press the government.",
			map[string]string{"Zenda Democrats": org}, "They said", "Zenda Democrats"},
		{"it after a fronted phrase's subject",
			"On Monday, the Zanto Corporation denied the charges.\n\nIt said it would appeal.",
			map[string]string{"Zanto Corporation": org}, "It said", "Zanto Corporation"},
		{"no fronted phrase: a quote before the name",
			"\"We will win,\" the Zenda Democrats said on Monday.\n\nThey said they would press the government.",
			map[string]string{"Zenda Democrats": org}, "They said", ""},
	}
	runPronounCases(t, tests)
}
