package timex_test

import "testing"

// october is a publication time in late October, for the month and
// quarter cases of rule set timex-13.
const october = "2021-10-28T09:00:00-04:00"

// TestRoundFourteen checks the rules of rule set timex-13, written from
// errors a careful reader calls wrong in both halves of TimeBank +
// AQUAINT; each with cases it must leave alone.
func TestRoundFourteen(t *testing.T) {
	cases := []ruleCase{
		// "last year" comparing a figure, next to a quarter, is that
		// quarter a year back, as "a year earlier" is
		{"compare", "Third-quarter net was $24 million, compared with a loss of $3 million last year.", october,
			"Third-quarter|DATE|2021-Q3; last year|DATE|2020-Q3"},
		{"compare", "Sales for this year's third quarter were $14 million, down from $21.4 million last year.", october,
			"this year's third quarter|DATE|2021-Q3; last year|DATE|2020-Q3"},
		{"compare", "Third-quarter sales were $2.49 billion, up from last year's $2.34 billion.", october,
			"Third-quarter|DATE|2021-Q3; last year|DATE|2020-Q3"},
		{"compare", "Third-quarter net rose 5%. For the nine months, net was $30 million, compared with $25 million last year.", october,
			"Third-quarter|DATE|2021-Q3; the nine months|DURATION|P9M; last year|DATE|2020"},
		// no quarter near, no comparison, or no figure: the year
		{"compare", "Sales rose 5% to $10 million from $9.5 million last year.", october, "last year|DATE|2020"},
		{"compare", "Third-quarter net rose. The unit had sales of $154 million last year.", october,
			"Third-quarter|DATE|2021-Q3; last year|DATE|2020"},
		{"compare", "Third-quarter net rose 5%. The company was founded last year.", october,
			"Third-quarter|DATE|2021-Q3; last year|DATE|2020"},
		{"compare", "Third-quarter net rose, compared with last year, when it fell.", october,
			"Third-quarter|DATE|2021-Q3; last year|DATE|2020"},

		// "last year's quarter" is one expression: the quarter reported,
		// a year back
		{"possessive", "Net fell in the third quarter. Sales for last year's quarter were about $3 million.", october,
			"the third quarter|DATE|2021-Q3; last year's quarter|DATE|2020-Q3"},
		{"possessive", "Net fell in the third quarter. Sales for last year's period were $3 million.", october,
			"the third quarter|DATE|2021-Q3; last year's period|DATE|2020-Q3"},
		{"possessive", "Sales in last year's third quarter rose.", october, "last year's third quarter|DATE|2020-Q3"},
		{"possessive", "Last year's results were restated.", october, "Last year|DATE|2020"},

		// a past verb of an event leaves no month ahead of the
		// publication to hold it
		{"month", "The operator changed from a fiscal year to a calendar year in December.", october, "December|DATE|2020-12"},
		{"month", "He resigned in December.", october, "December|DATE|2020-12"},
		{"month", "Prices rose in October.", october, "October|DATE|2021-10"},
		// a saying, an infinitive, a modal or a term may look ahead
		{"month", "The company said it would sell the unit in December.", october, "December|DATE|2021-12"},
		{"month", "The company agreed to sell the unit in December.", october, "December|DATE|2021-12"},
		{"month", "The company said the plant closes in December.", october, "December|DATE|2021-12"},
		{"month", "The bank extended the loans through December.", october, "December|DATE|2021-12"},
		{"month", "Officials said on Monday that sales in December would rise.", october, "Monday|DATE|2021-10-25; December|DATE|2021-12"},

		// a preposition's hint yields to the main clause's past verb
		// further back
		{"far", "Sony Corp. completed its tender offer for Columbia Pictures Entertainment Inc., with Columbia shareholders tendering 99.3% of all common shares outstanding by the Tuesday deadline.", october,
			"Tuesday|DATE|2021-10-26"},
		{"far", "The board, which met last month in London to review the plan and the bids from three rival groups, wants the deal done by Friday.", october,
			"last month|DATE|2021-09; Friday|DATE|2021-10-29"},
		{"far", "Shareholders must tender their shares by the Tuesday deadline.", october, "Tuesday|DATE|2021-11-02"},
	}
	checkRules(t, cases)
}
