package timex_test

import "testing"

// TestRoundFifteen checks the rules of rule set timex-14, written from
// the wrong values of half A of TimeBank + AQUAINT (and one of half B)
// that a careful reader calls wrong; each with cases it must leave alone.
func TestRoundFifteen(t *testing.T) {
	cases := []ruleCase{
		// a quarter named by comparison takes the quarter that an
		// appositive right after it names
		{"appositive", "Net rose in the third quarter. In the comparable year-ago quarter, the second quarter ended Oct. 31, the chain lost $2 million.", october,
			"the third quarter|DATE|2021-Q3; year-ago quarter|DATE|2020-Q2; the second quarter|DATE|2020-Q2; Oct. 31|DATE|2020-10-31"},
		// no appositive: the quarter reported, a year back
		{"appositive", "Net rose in the third quarter. In the comparable year-ago quarter, the chain lost $2 million.", october,
			"the third quarter|DATE|2021-Q3; year-ago quarter|DATE|2020-Q3"},
		// a quarter after "and" is another period, not a new name
		{"appositive", "Net rose in the third quarter. The year-ago quarter and the second quarter were weaker.", october,
			"the third quarter|DATE|2021-Q3; The year-ago quarter|DATE|2020-Q3; the second quarter|DATE|2021-Q2"},

		// "this quarter's loss" in a report of results: the quarter
		// reported, the one last named
		{"reported", "The publisher reported a net loss for the third quarter ended Sept. 30. This quarter's loss includes a charge of $4 million.", october,
			"the third quarter|DATE|2021-Q3; Sept. 30|DATE|2021-09-30; This quarter|DATE|2021-Q3"},
		// no quarter named: the quarter just ended
		{"reported", "This quarter's results include a charge of $4 million.", october, "This quarter|DATE|2021-Q3"},
		// a clause that looks ahead: the quarter under way
		{"reported", "Net rose in the third quarter. This quarter's sales will be hurt by the strike.", october,
			"the third quarter|DATE|2021-Q3; This quarter|DATE|2021-Q4"},
		// "this quarter" alone is the quarter under way
		{"reported", "Net rose in the third quarter. The company expects to break even this quarter.", october,
			"the third quarter|DATE|2021-Q3; this quarter|DATE|2021-Q4"},
	}
	checkRules(t, cases)
}

// TestElidedLast checks "last" standing for "last year" (month, week)
// after a comparison with "this year" that leaves the noun out.
func TestElidedLast(t *testing.T) {
	cases := []ruleCase{
		{"elided", "Holders would get twice as high a dividend this year as last.", october, "this year|DATE|2021; last|DATE|2020"},
		{"elided", "The team scored more goals this month than last, the coach said.", october, "this month|DATE|2021-10; last|DATE|2021-09"},
		{"elided", "Sales this week were lower than last.", october, "this week|DATE|2021-W43; last|DATE|2021-W42"},
		// "last" with its own noun, or not closing the comparison
		{"elided", "Sales this year were higher than last year.", october, "this year|DATE|2021; last year|DATE|2020"},
		{"elided", "He finished this year's race as last as ever.", october, "this year|DATE|2021"},
		{"elided", "This year the team finished last.", october, "This year|DATE|2021"},
	}
	checkRules(t, cases)
}

// TestOrdinalDay checks "the Nth day of" an event in a clause of the
// present: the day the text is written on.
func TestOrdinalDay(t *testing.T) {
	cases := []ruleCase{
		{"nth", "Today is the eighth day of the blockade.", october, "Today|DATE|2021-10-28; the eighth day|DATE|2021-10-28"},
		{"nth", "It's the second day of an offensive by the army.", october, "the second day|DATE|2021-10-28"},
		// a past clause, or no "of": no day the text gives
		{"nth", "It was the second day of the strike.", october, ""},
		{"nth", "The second day of the trial is Monday.", october, "Monday|DATE|2021-11-01"},
	}
	checkRules(t, cases)
}

// TestGreatDay checks "it was a great day for …": the day spoken of.
func TestGreatDay(t *testing.T) {
	cases := []ruleCase{
		{"great", "The three countries joined the alliance on Friday. The minister said it was a great day for Poland.", october,
			"Friday|DATE|2021-10-22; a great day|DATE|2021-10-22"},
		{"great", "It's a historic day for the city, the mayor said.", october, "a historic day|DATE|2021-10-28"},
		{"great", "The minister said it was \"a great day for Poland.\"", october, "a great day|DATE|2021-10-28"},
		// a day not spoken of as the one at hand
		{"great", "Every parent hopes for a great day for their children.", october, ""},
		{"great", "She said it was a great day to go fishing.", october, ""},
	}
	checkRules(t, cases)
}

// TestOverTheYears checks "over the years", "in the years that
// followed": a vague duration of years.
func TestOverTheYears(t *testing.T) {
	cases := []ruleCase{
		{"years", "Over the years the town has grown.", october, "the years|DURATION|PXY"},
		{"years", "In the years that followed, the rebels fought on.", october, "the years|DURATION|PXY"},
		{"years", "Prices have risen in the decades since the war.", october, "the decades|DURATION|PXE"},
		// the years named by what follows
		{"years", "In the years 2019 and 2020, prices rose.", october, "2019|DATE|2019; 2020|DATE|2020"},
		{"years", "Prices rose over the years 2019 and 2020.", october, "2019|DATE|2019; 2020|DATE|2020"},
	}
	checkRules(t, cases)
}

// TestNowFor checks "Now for …" turning to the next item of a broadcast:
// no reference to the present.
func TestNowFor(t *testing.T) {
	cases := []ruleCase{
		{"nowfor", "Now for today's weather.", october, "today|DATE|2021-10-28"},
		{"nowfor", "Now for the sports news.", october, ""},
		// a clause: the present
		{"nowfor", "Now for the first time we see the whole picture.", october, "Now|DATE|PRESENT_REF"},
		{"nowfor", "Now for years the town has waited.", october, "Now|DATE|PRESENT_REF; years|DURATION|PXY"},
		{"nowfor", "The fund is now for sale.", october, "now|DATE|PRESENT_REF"},
	}
	checkRules(t, cases)
}

// TestDuringThatTime checks "during that time": the duration last named
// in the sentence or the one before, else no expression.
func TestDuringThatTime(t *testing.T) {
	cases := []ruleCase{
		{"thattime", "The plan was a five-year restructuring effort. During that time, the company lost $1 billion.", october,
			"five-year|DURATION|P5Y; that time|DURATION|P5Y"},
		{"thattime", "He was held for three months and lost weight during that time.", october,
			"three months|DURATION|P3M; that time|DURATION|P3M"},
		// nothing named near: no duration to take
		{"thattime", "During that time, the company lost $1 billion.", october, ""},
		{"thattime", "He was held for three months. The guards changed. Nobody came. During that time he wrote.", october,
			"three months|DURATION|P3M"},
	}
	checkRules(t, cases)
}

// TestTermEnd checks a month ending a term that a verb sets: the nearest
// such month, whatever the verb's tense.
func TestTermEnd(t *testing.T) {
	cases := []ruleCase{
		{"term", "A group of lenders has extended the company up to $90 million in revolving loans through January.", october, "January|DATE|2022-01"},
		{"term", "The board postponed the vote until February.", october, "February|DATE|2022-02"},
		{"term", "The regulator extended the deadline until September.", october, "September|DATE|2021-09"},
		// the span itself, in the past, or a range from a named year
		{"term", "The strike lasted through January.", october, "January|DATE|2021-01"},
		{"term", "Sales this year through August rose 5%.", october, "this year|DATE|2021; August|DATE|2021-08"},
		{"term", "The bank extended the loans through December.", october, "December|DATE|2021-12"},
	}
	checkRules(t, cases)
}

// TestLatestPeriod checks "the latest period" as the period reported, over
// whatever its fiscal name: "last year's" figure next to it is that
// period a year back.
func TestLatestPeriod(t *testing.T) {
	cases := []ruleCase{
		{"latest", "The company reported lower fourth-quarter earnings. It earned $45 million. Sales in the latest period were $1.76 billion, up from last year's $1.55 billion.", october,
			"fourth-quarter|DATE|2021-Q4; the latest period|DATE|2021-Q4; last year|DATE|2020-Q4"},
		// no period near the comparison: the year
		{"latest", "The company reported lower fourth-quarter earnings. It earned $45 million. Sales were $1.76 billion, up from last year's $1.55 billion.", october,
			"fourth-quarter|DATE|2021-Q4; last year|DATE|2020"},
	}
	checkRules(t, cases)
}

// TestLastYearsResults checks "last year's results" next to a period
// reported: that period a year back.
func TestLastYearsResults(t *testing.T) {
	cases := []ruleCase{
		{"results", "Sales rose in the quarter ended Sept. 30. The latest period includes gains of $9 million. Last year's results were hurt by a charge.", october,
			"the quarter|DATE|2021-Q3; Sept. 30|DATE|2021-09-30; The latest period|DATE|2021-Q3; Last year|DATE|2020-Q3"},
		// no period near: the year
		{"results", "Last year's results were restated.", october, "Last year|DATE|2020"},
		{"results", "Third-quarter net rose. The chairman spoke at length. Many shareholders came. Last year's results were restated.", october,
			"Third-quarter|DATE|2021-Q3; Last year|DATE|2020"},
	}
	checkRules(t, cases)
}

// TestOrdinalDayOfTime checks that "the Nth day of" a time is no day of
// an event.
func TestOrdinalDayOfTime(t *testing.T) {
	cases := []ruleCase{
		{"nthtime", "Monday is the second day of the week.", october, "Monday|DATE|2021-10-25"},
		{"nthtime", "It is the last day of the year.", october, "the year|DATE|2021"},
		{"nthtime", "Today is the third day of the strike.", october, "Today|DATE|2021-10-28; the third day|DATE|2021-10-28"},
	}
	checkRules(t, cases)
}
