package relation_test

import "testing"

// TestEvaluativeJudgements checks the second round of judgements in
// speech (evaluative.go) on sentences written for the test: negated
// praise, and the owner of an act with an infinitive after it.
func TestEvaluativeJudgements(t *testing.T) {
	tests := []pairCase{
		{"negated praise", "[Lisa Moore|PER] said [Ken Ward|PER]'s plan was not a good thing.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"negated praise, refusal to", "[Lisa Moore|PER] said Friday that [Ken Ward|PER]'s refusal to support him was not a good thing.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"negated praise quoted", "[Lisa Moore|PER] said [Ken Ward|PER]'s refusal to meet her was “not a good thing”.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"negated praise in a quote", "“[Ken Ward|PER]'s proposal is not helpful,” [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"not appropriate for Y to", "[Lisa Moore|PER] said it was not appropriate for [Ken Ward|PER] to comment.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"a named person judged", "[Lisa Moore|PER] said [Ken Ward|PER] was not credible.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"praise unnegated", "[Lisa Moore|PER] said [Ken Ward|PER]'s plan was a good thing.", "criticize", nil},
		{"double negation", "[Lisa Moore|PER] said [Ken Ward|PER]'s plan was not not good.", "criticize", nil},
		{"never negated by not alone", "[Lisa Moore|PER] said [Ken Ward|PER] had not been good to her.", "criticize", nil},
		{"the reporter's own words", "[Ken Ward|PER]'s plan was not a good thing for the town.", "criticize", nil},
		{"judgement of an act to", "[Lisa Moore|PER] said [Ken Ward|PER]'s decision to close the plant was wrong.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"an argument judged", "[Lisa Moore|PER] said [Acme Corp|ORG]'s argument was flawed.", "criticize", []string{"Lisa Moore > Acme Corp"}},
		{"a possessed act, negated judgement", "[Lisa Moore|PER] said [Ken Ward|PER]'s decision to close the plant was not wrong.", "criticize", nil},
		{"a statement named again", "[Ken Ward|PER]'s remarks drew an outcry in the town. “These remarks are completely unacceptable,” [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"a statement named again, no owner before", "“These remarks are completely unacceptable,” [Lisa Moore|PER] said.", "criticize", nil},
		{"a condition", "“If [Ken Ward|PER] is not credible, why did you hire him?” [Lisa Moore|PER] said.", "criticize", nil},
	}
	runQuotedCases(t, tests)
}

// TestWantUrge checks "X wants Y to VERB" as X's urging of Y
// (evaluative.go), on sentences written for the test.
func TestWantUrge(t *testing.T) {
	tests := []pairCase{
		{"wants Y to", "[Norway|LOC] wants [Sweden|LOC] to release the prisoners.", "urge", []string{"Norway > Sweden"}},
		{"wanted the group to", "[Acme Corp|ORG] wanted the [Sylvanian|MISC] government to drop the tariff.", "urge", []string{"Acme Corp > Sylvanian"}},
		{"a wish, not a demand", "[Ken Ward|PER] wanted [Lisa Moore|PER] to win the election.", "urge", nil},
		{"negated", "[Norway|LOC] does not want [Sweden|LOC] to release the prisoners.", "urge", nil},
		{"a question", "Asked whether [Norway|LOC] wanted [Sweden|LOC] to release the prisoners, she declined to answer.", "urge", nil},
		{"no infinitive", "[Norway|LOC] wants [Sweden|LOC] in the talks.", "urge", nil},
		{"a town", "[Norway|LOC] wants [Strelsau|LOC] to host the talks.", "urge", nil},
	}
	runQuotedCases(t, tests)
}
