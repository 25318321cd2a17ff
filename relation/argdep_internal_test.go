package relation

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/syntax"
)

// TestDepPath checks the arcs between words of a parse written by hand:
// "Norway, which the rebels attacked with rockets, was praised by Lemuria ."
func TestDepPath(t *testing.T) {
	tr := syntax.Tree{
		Words:  strings.Fields("Norway , which the rebels attacked with rockets , was praised by Lemuria ."),
		Heads:  []int{10, 5, 5, 4, 5, 0, 7, 5, 5, 10, -1, 12, 10, 10},
		Labels: []string{"nsubj:pass", "punct", "obj", "det", "nsubj", "acl:relcl", "case", "obl", "punct", "aux:pass", "root", "case", "obl:agent", "punct"},
	}
	tests := []struct {
		from, to int
		want     string // "" when too far
	}{
		{10, 12, "vobl:by"},
		{10, 0, "vnsubj:pass"},
		{5, 4, "vnsubj"},
		{5, 7, "vobl:with"},
		{5, 0, "^acl:relcl"},
		{5, 12, "^acl:relcl ^nsubj:pass vobl:by"},
		{3, 12, ""}, // five arcs
	}
	for _, tc := range tests {
		p, ok := depPath(&tr, tc.from, tc.to)
		if got := strings.Join(p, " "); got != tc.want || ok != (tc.want != "") {
			t.Errorf("%s → %s: %q (%v), want %q", tr.Words[tc.from], tr.Words[tc.to], got, ok, tc.want)
		}
	}
	a := arg{first: 3, last: 4}
	if h := argHead(&tr, &a); h != 4 {
		t.Errorf("head of %q: %d, want 4", "the rebels", h)
	}
}

// TestTriggerStem checks that the inflections of a word share a stem.
func TestTriggerStem(t *testing.T) {
	for _, group := range [][]string{
		{"visit", "visits", "visited", "visiting"},
		{"criticise", "criticised", "criticises", "criticising"},
		{"slam", "slams", "slammed", "slamming"},
		{"rebuke", "rebuked", "rebukes"},
		{"bully", "bullied", "bullies"},
	} {
		for _, w := range group[1:] {
			if TriggerStem(w) != TriggerStem(group[0]) {
				t.Errorf("stem of %q is %q, of %q %q", w, TriggerStem(w), group[0], TriggerStem(group[0]))
			}
		}
	}
	if TriggerStem("press") != "press" {
		t.Errorf("stem of press: %q", TriggerStem("press"))
	}
}

// TestGoldTriggerStems checks which words of a gold trigger become
// trigger stems.
func TestGoldTriggerStems(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"rebuked", []string{"rebuk"}},
		{"held talks with", nil},
		{"paid a visit to", []string{"visit"}},
		{"Condemned", nil}, // capitalised: a name's word as often as not
		{"lashed out at", []string{"lash"}},
	}
	for _, tc := range tests {
		if got := GoldTriggerStems(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
