package relation_test

import "testing"

// TestSpokesWe checks that a quoted "we" is the body its speaker speaks
// for when the quote's source describes the speaker so (spokeswe.go),
// and the speaker's own otherwise.
func TestSpokesWe(t *testing.T) {
	tests := []pairCase{
		{"a country's ministry spokesman", "“We hope that [Sweden|LOC] will keep its promises,” a [Norway|LOC] foreign ministry spokesman said.", "urge",
			[]string{"Norway > Sweden"}},
		{"a spokeswoman for a body", "“We hope that [Sweden|LOC] will keep its promises,” said a spokeswoman for the [Freedom Front|ORG].", "urge",
			[]string{"Freedom Front > Sweden"}},
		{"a named spokesman with his body before", "“We hope that [Sweden|LOC] will keep its promises,” said [Norway|LOC]'s foreign ministry spokesman [Ken Ward|PER].", "urge",
			[]string{"Norway > Sweden"}},
		{"a nationality before the ministry", "[Norway|LOC] wrote to [Sweden|LOC]. “We hope that [Sweden|LOC] will keep its promises,” said [Norwegian|MISC] foreign ministry spokesman [Ken Ward|PER].", "urge",
			[]string{"Norway > Sweden"}},
		{"a minister's country", "“We hope that [Sweden|LOC] will keep its promises,” a [Norway|LOC] deputy foreign minister said.", "urge",
			[]string{"Norway > Sweden"}},
		{"a speaker with no body", "“We hope that [Sweden|LOC] will keep its promises,” [Lisa Moore|PER] said.", "urge",
			[]string{"Lisa Moore > Sweden"}},
		{"a body that is no speaker's", "“We hope that [Sweden|LOC] will keep its promises,” a spokesman said in [Oslo|LOC].", "urge", nil},
	}
	runQuotedCases(t, tests)
}
