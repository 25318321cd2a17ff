package timex_test

import "testing"

// TestRoundThirteen checks the rule of rule set timex-12: "the
// year-earlier period" after a stretch of months a report covers ("the
// nine months") is that stretch a year before, which TimeML writes as a
// duration, as it writes "the year-earlier nine months"; after a
// quarter, or with no period named nearby, it stays a date.
func TestRoundThirteen(t *testing.T) {
	cases := []ruleCase{
		{"months", "For the nine months, the maker earned $5 million. In the year-earlier period, it earned $4 million.", modern,
			"the nine months|DURATION|P9M; the year-earlier period|DURATION|P9M"},
		{"months", "Sales for the first six months rose 4% from the year-ago period.", modern,
			"the first six months|DURATION|P6M; the year-ago period|DURATION|P6M"},
		{"months", "For the nine months, net fell to $3 million from $4 million in the same period a year earlier.", modern,
			"the nine months|DURATION|P9M; the same period a year earlier|DURATION|P9M"},
		{"quarter", "In the fourth quarter, profit rose. In the year-earlier period, the company lost money.", modern,
			"the fourth quarter|DATE|2020-Q4; the year-earlier period|DATE|2019-Q4"},
		{"far", "For the nine months, the maker earned $5 million. Its chairman resigned. Analysts said so. In the year-earlier period, it lost money.", modern,
			"the nine months|DURATION|P9M; the year-earlier period|DATE|2020"}, // placed as before
	}
	checkRules(t, cases)
}

// TestAsSoonAs checks that a weekday in an "as soon as" clause takes its
// side of the reference from the main clause, not from the clause's own
// past verb (timex-12).
func TestAsSoonAs(t *testing.T) {
	cases := []ruleCase{
		{"ahead", "Traders were likely to sell as soon as the market opened Monday.", modern, "Monday|DATE|2021-03-15"},
		{"ahead", "They said they would act as soon as the court ruled Friday.", modern, "Friday|DATE|2021-03-12"},
		{"past", "As soon as the market opened Monday, traders sold.", modern, "Monday|DATE|2021-03-08"},
		{"past", "They acted as soon as the court ruled Friday.", modern, "Friday|DATE|2021-03-05"},
		{"past", "The market opened Monday.", modern, "Monday|DATE|2021-03-08"},
	}
	checkRules(t, cases)
}
