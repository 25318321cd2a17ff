package relation_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/relation"
)

// analyzeQuoted is analyzeText with the quote stage run before the
// relations, so that a quote's speaker is known.
func analyzeQuoted(t *testing.T, marked string) *document.Document {
	t.Helper()
	doc := markedDoc(t, marked)
	ctx := context.Background()
	if err := quote.Process(ctx, doc, nil); err != nil {
		t.Fatal(err)
	}
	// the speaker named at the source (analyze's resolver does this)
	for qi := range doc.Quotes {
		q := &doc.Quotes[qi]
		for _, m := range doc.Mentions {
			if q.Speaker == "" && q.Source != nil && q.Source.Contains(m.Span) {
				q.Speaker = m.Entity
			}
		}
	}
	if err := relation.Process(ctx, doc, nil); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestStanceRound checks the fallback tier's stance round (branch stance,
// docs/relations.md) on sentences written for the test: want lists the
// relations of type typ as "subject > object", an empty want none.
func TestStanceRound(t *testing.T) {
	tests := []pairCase{
		// judgements passed by a speaker
		{"said Y was naive", "[Lisa Moore|PER] said that [Ken Ward|PER] was being naive about the budget.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"feels Y is unfit", "[Lisa Moore|PER] believes [Ken Ward|PER] is totally unfit to lead the party.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"agrees Y is an opportunist", "[Lisa Moore|PER] agrees [Ken Ward|PER] is a total opportunist.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"Y's plan is flawed", "[Lisa Moore|PER] said [Ken Ward|PER]'s plan was deeply flawed.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"it was inappropriate for Y to", "[Lisa Moore|PER] said it was “totally inappropriate” for [Ken Ward|PER] to attend.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"a negated judgement", "[Lisa Moore|PER] said [Ken Ward|PER] was not naive.", "criticize", nil},
		{"the reporter's own judgement", "[Ken Ward|PER] was naive about the budget.", "criticize", nil},
		{"a judgement on oneself", "[Lisa Moore|PER] said she was wrong about the budget.", "criticize", nil},
		{"praise", "[Lisa Moore|PER] said [Ken Ward|PER] was a hero.", "support", []string{"Lisa Moore > Ken Ward"}},
		// accusations of obstruction
		{"said Y was trying to block", "[Lisa Moore|PER] said [Ken Ward|PER] was trying to block the reform.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		{"Y's comments were an attempt to disrupt", "[Lisa Moore|PER] said [Ken Ward|PER]'s comments were an attempt to disrupt the talks.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		{"trying to win is no accusation", "[Lisa Moore|PER] said [Ken Ward|PER] was trying to win the vote.", "accuse", nil},
		// hopes as requests
		{"said she hoped Y would", "[Lisa Moore|PER] said she hoped [Ken Ward|PER] would resign.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"hopes that Y will, coordinated", "[Norway|LOC] hopes that [Sweden|LOC] and [Finland|LOC] will keep the deal.", "urge", []string{"Norway > Sweden", "Norway > Finland"}},
		{"a hope without a modal", "[Lisa Moore|PER] hoped [Ken Ward|PER]'s party wins.", "urge", nil},
		{"a hope about a city", "[Lisa Moore|PER] hopes [Oslo|LOC] will host the games.", "urge", nil},
		// adjectives and phrases of stance
		{"had qualms about", "[Lisa Moore|PER] said she had qualms about [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"has reservations about Y's plans", "[Lisa Moore|PER] has reservations about [Ken Ward|PER]'s plans.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"was disappointed with", "[Lisa Moore|PER] was disappointed with [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"shocked by Y's remarks", "[Lisa Moore|PER] was shocked by [Ken Ward|PER]'s remarks.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"grateful to", "[Lisa Moore|PER] is grateful to [Norway|LOC].", "support", []string{"Lisa Moore > Norway"}},
		{"disappointed by the weather", "[Lisa Moore|PER] was disappointed by the weather in [Oslo|LOC].", "criticize", nil},
	}
	runPairCases(t, tests)
}

// TestStanceQuotes checks the stance round inside quotes: the quote's
// speaker judges, hopes and urges ("we" is the speaker).
func TestStanceQuotes(t *testing.T) {
	tests := []pairCase{
		{"we hope Y will", "“We hope that [Sweden|LOC] will keep its promises,” [Lisa Moore|PER] said.", "urge", []string{"Lisa Moore > Sweden"}},
		{"Y is naive, X said", "“[Ken Ward|PER] is naive,” [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"I hope I will", "“I hope I will win,” [Lisa Moore|PER] said.", "urge", nil},
		{"a judgement in a quote without a speaker", "“[Ken Ward|PER] is naive,” the sign read.", "criticize", nil},
	}
	runQuotedCases(t, tests)
}

// TestAddedStanceRows checks the stand-off record of the stance round's
// rows on precision samples 4–7 (testdata/precision-sample/added-stance.tsv,
// README there) beyond what TestPrecisionAdded checks of every such file:
// ranks in order, triggers inside their sentences, a cause on each wrong
// row only, and the figures the README gives (33 rows, 10 right, 2 kept,
// both right).
func TestAddedStanceRows(t *testing.T) {
	rows, right, kept, keptRight := 0, 0, 0, 0
	for _, r := range standOffRows(t, "added-stance.tsv", 12) {
		c := r.c
		rows++
		if k, err := strconv.Atoi(c[0]); err != nil || k != rows {
			t.Errorf("%s: rank %q, want %d", r.where, c[0], rows)
		}
		var off [4]int
		for i, k := range []int{2, 3, 5, 6} {
			off[i], _ = strconv.Atoi(c[k])
		}
		if off[0] >= off[1] || off[2] < off[0] || off[3] > off[1] || off[2] >= off[3] {
			t.Errorf("%s: trigger %d-%d outside sentence %d-%d", r.where, off[2], off[3], off[0], off[1])
		}
		if (c[9] == "right") != (c[10] == "") {
			t.Errorf("%s: verdict %q cause %q", r.where, c[9], c[10])
		}
		if c[9] == "right" {
			right++
		}
		if c[11] == "kept" {
			kept++
			if c[9] == "right" {
				keptRight++
			}
		}
	}
	if rows != 33 || right != 10 || kept != 2 || keptRight != 2 {
		t.Errorf("rows %d, right %d, kept %d (right %d); the README says 33, 10, 2 (2)", rows, right, kept, keptRight)
	}
}

// runQuotedCases runs pair cases through analyzeQuoted, so that a quote's
// speaker is known to the rules.
func runQuotedCases(t *testing.T, tests []pairCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeQuoted(t, tc.text)
			got := pairs(doc, tc.typ)
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%s: got %q, want %q (quotes %+v)", tc.typ, got, tc.want, doc.Quotes)
			}
		})
	}
}
