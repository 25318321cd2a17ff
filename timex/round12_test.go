package timex_test

import "testing"

// TestRoundTwelve checks the rule of rule set timex-10: a four-digit
// number before a currency word is a price, while a year before other
// words, or set off by a comma, stays a year.
func TestRoundTwelve(t *testing.T) {
	cases := []ruleCase{
		{"price", "The stamp cost 1999 cents.", modern, ""},
		{"price", "The fare was 2010 rupees.", modern, ""},
		{"price", "They paid 1980 francs and 2001 pesos.", modern, ""},
		{"year", "In 1999, cents were still minted.", modern, "1999|DATE|1999"},
		{"year", "The 1999 budget cut spending.", modern, "1999|DATE|1999"},
		{"year", "Prices rose in 2010 and fell in 2011.", modern, "2010|DATE|2010; 2011|DATE|2011"},
	}
	checkRules(t, cases)
}
