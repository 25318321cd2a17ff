package timex_test

import "testing"

// TestRoundEight checks the rules of rule set timex-8: forms of today's
// news, each with cases it must get right and cases it must leave alone.
func TestRoundEight(t *testing.T) {
	cases := []ruleCase{
		{"easter", "Churches were full at Easter.", modern, "Easter|DATE|2020-04-12"},
		{"easter", "Churches will be full at Easter.", modern, "Easter|DATE|2021-04-04"},
	}
	checkRules(t, cases)
}
