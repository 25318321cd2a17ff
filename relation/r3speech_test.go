package relation_test

import "testing"

// TestR3Speech checks judgements told as the content of speech (branch
// r3speech) on sentences written for the test.
func TestR3Speech(t *testing.T) {
	tests := []pairCase{
		{"said Y's campaign was tragic", "[Lisa Moore|PER] wrote in an email that [Ken Ward|PER]'s campaign was “tragic” for the party.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"Y has gone soft", "[Lisa Moore|PER] says the [Freedom Party|ORG] has gone “soft” on crime.", "criticize", []string{"Lisa Moore > Freedom Party"}},
		{"called Y weak", "[Lisa Moore|PER] later called [Ken Ward|PER] “very weak on immigration.”", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"Y was unfaithful", "“[Ken Ward|PER] was unfaithful to me for years,” [Lisa Moore|PER] wrote.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		{"said Y was qualified", "[Lisa Moore|PER] said [Ken Ward|PER] was uniquely qualified to be president.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"Y is a puppet", "[Lisa Moore|PER] asserted that her rival [Ken Ward|PER] is a “puppet” of the banks.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"time for Y to", "“It is time for the [Senate|ORG] to stop playing politics with the virus,” [Lisa Moore|PER] said in a statement.", "urge", []string{"Lisa Moore > Senate"}},
		{"said it was high time for Y", "[Lisa Moore|PER] said it was high time for [Ken Ward|PER] to step down.", "urge", []string{"Lisa Moore > Ken Ward"}},
		// nothing
		{"a glued quote", "“Vote for us,” [Lisa Moore|PER] said. “We listen.” Later [Ken Ward|PER] said: “The [Freedom Party|ORG] are soft on crime.”", "criticize", []string{"Ken Ward > Freedom Party"}},
		{"not time for Y", "“It is not time for the [Senate|ORG] to act,” [Lisa Moore|PER] said.", "urge", nil},
		{"is it time for Y?", "“Is it time for the [Senate|ORG] to act?” [Lisa Moore|PER] asked.", "urge", nil},
		{"the reporter's time", "It is time for the [Senate|ORG] to act on the virus.", "urge", nil},
		{"gone wrong", "[Lisa Moore|PER] said [Ken Ward|PER] had gone wrong somewhere.", "criticize", nil},
		{"qualified for", "[Lisa Moore|PER] said [Ken Ward|PER] was qualified for the final.", "support", nil},
		{"soft alone", "[Lisa Moore|PER] said [Ken Ward|PER] was soft.", "criticize", nil},
		{"not gone soft", "[Lisa Moore|PER] says the [Freedom Party|ORG] has not gone soft on crime.", "criticize", nil},
	}
	runQuotedCases(t, tests)
}
