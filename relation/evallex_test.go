package relation_test

import "testing"

// TestEvaluativeAdjectives checks the WordNet evaluative adjectives
// (evallex.go) in the judgement readers, on sentences written for the
// test: blame and praise after a copula, in a quote, after "called", an
// act's owner, and the guards (negation, an adjective before a noun it
// sizes up, the reporter's own words, a speaker judging himself).
func TestEvaluativeAdjectives(t *testing.T) {
	tests := []pairCase{
		{"blame after said", "[Lisa Moore|PER] said [Ken Ward|PER] was deceitful.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"blame, generated word", "[Lisa Moore|PER] said on Monday that [Ken Ward|PER] was villainous.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"blame of a body", "[Lisa Moore|PER] said [Acme Corp|ORG] had been two-faced.", "criticize", []string{"Lisa Moore > Acme Corp"}},
		{"praise after said", "[Lisa Moore|PER] said [Ken Ward|PER] was a virtuous man.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"praise in a quote", "“[Ken Ward|PER] is resourceful and principled,” [Lisa Moore|PER] said.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"an act judged", "[Lisa Moore|PER] said [Ken Ward|PER]'s plan was ill-conceived.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"called Y", "[Lisa Moore|PER] called [Ken Ward|PER] villainous.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"called Y's remarks", "[Lisa Moore|PER] called [Ken Ward|PER]'s remarks preposterous.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"described as", "[Lisa Moore|PER] described [Ken Ward|PER] as a trustworthy partner.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"negated", "[Lisa Moore|PER] said [Ken Ward|PER] was not deceitful.", "criticize", nil},
		{"a noun sized up", "[Lisa Moore|PER] said [Acme Corp|ORG] was a resourceful supplier of gas.", "support", nil},
		{"the reporter's own words", "[Ken Ward|PER] was deceitful.", "criticize", nil},
		{"himself", "[Ken Ward|PER] said he was foolish to trust the bank.", "criticize", nil},
		{"praise in excess", "[Lisa Moore|PER] complained that [Ken Ward|PER] was too principled.", "support", nil},
		{"a quote within a quote", "“When the club said, ‘We think [Ken Ward|PER] would be a decent man,’ we listened,” [Lisa Moore|PER] said.", "support", nil},
		{"scare quotes", "[Lisa Moore|PER] said [Ken Ward|PER] was ‘deceitful’ and had to go.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"a stop word", "[Lisa Moore|PER] said [Ken Ward|PER] was ready.", "support", nil},
	}
	runQuotedCases(t, tests)
}
