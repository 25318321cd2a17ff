package timex_test

import "testing"

// TestEventAnchored checks rule set timex-15's times placed from an
// event the text has dated (developed on half B of TimeBank + AQUAINT,
// checked on half A): "10 days before the murder", "in the weeks before
// the shooting", "the day after his death", a time of day in the
// clause of the event; each with cases it must leave alone.
func TestEventAnchored(t *testing.T) {
	cases := []ruleCase{
		// the event dated by a date that modifies its noun
		{"event", "Police sought him after the Sept. 14 shooting of a guard. His car was seen near the bank 10 days before the murder.", october,
			"Sept. 14|DATE|2021-09-14; 10 days|DATE|2021-09-04"},
		// by the date in the clause of its verb, a noun between
		{"event", "The guard was shot to death on Sept. 14. A witness saw his car there two weeks before the killing.", october,
			"Sept. 14|DATE|2021-09-14; two weeks|DATE|2021-08-31"},
		// a vague stretch before or after it: the event's month, without "the"
		{"event", "The guard was killed on Sept. 14. His car was seen in the weeks before the shooting.", october,
			"Sept. 14|DATE|2021-09-14; weeks|DATE|2021-09"},
		{"event", "The guard was killed last fall. His car was seen in the days before the slaying.", october,
			"last fall|DATE|2020-FA; days|DATE|2020-FA"},
		{"event", "The guard was killed on Sept. 14. She left days after the shooting to see friends.", october,
			"Sept. 14|DATE|2021-09-14"},
		// a month, then its day: the finer date
		{"event", "The gunman killed a guard last month. The guard was shot on the night of Sept. 14. His car was seen 10 days before the murder.", october,
			"last month|DATE|2021-09; Sept. 14|DATE|2021-09-14; 10 days|DATE|2021-09-04"},
		// the day after it
		{"event", "FBI officials doubted he was involved in the Sept. 14 killing of the guard. Two men came to the house the day after his death.", october,
			"Sept. 14|DATE|2021-09-14; the day|DATE|2021-09-15"},
		// a time of day: of the day placed, or of the event's day in its clause
		{"event", "The guard was shot to death on Sept. 14. A jogger saw the car at 6 a.m. near the bank 10 days before the murder.", october,
			"Sept. 14|DATE|2021-09-14; 6 a.m.|TIME|2021-09-04T06:00; 10 days|DATE|2021-09-04"},
		{"event", "The guard was shot to death last Sept. 14. A jogger saw the car at 6 a.m. ten days before the shooting.", october,
			"Sept. 14|DATE|2021-09-14; 6 a.m. ten days|TIME|2021-09-04T06:00"},
		{"event", "A rifle was found on Oct. 8. The guard was killed on Sept. 14. The guard was shot to death at 10 p.m. as he stood in the kitchen.", october,
			"Oct. 8|DATE|2021-10-08; Sept. 14|DATE|2021-09-14; 10 p.m.|TIME|2021-09-14T22:00"},

		// the clause's own day comes first
		{"event", "The guard was killed on Sept. 14. A second guard was shot at 10 p.m. on Friday.", october,
			"Sept. 14|DATE|2021-09-14; 10 p.m.|TIME|2021-10-22T22:00; Friday|DATE|2021-10-22"},

		// an event the text has not dated: the duration, or nothing
		{"undated", "A witness saw his car there 10 days before the murder.", october, "10 days|DURATION|P10D"},
		{"undated", "His car was seen in the weeks before the shooting.", october, ""},
		{"undated", "The guard was killed on Sept. 14. Polls opened two days before the election.", october,
			"Sept. 14|DATE|2021-09-14; two days|DURATION|P2D"},
		// a date of saying dates no event
		{"undated", "A sniper shot and killed a guard near the bank, an official said Friday. His car was seen in the weeks before the shooting.", october,
			"Friday|DATE|2021-10-22"},
		// a date followed by a preposition does not modify the noun
		{"undated", "He was charged with murder Thursday in the slaying of a guard. His car was seen in the weeks before the shooting.", october,
			"Thursday|DATE|2021-10-28"},
		// no event word after "before": the day before the day last named
		{"undated", "The strike began on Sept. 14. Talks failed the day before.", october,
			"Sept. 14|DATE|2021-09-14; the day before|DATE|2021-09-13"},
		// a new event of the same kind, which the text names: no anchor
		{"undated", "Two guards were killed on Saturday in the north. The attack came a week after five people were killed in the south.", october,
			"Saturday|DATE|2021-10-23; a week|DURATION|P1W"},
		{"undated", "The editor was killed in a blast Monday, 302 days after the assassination of the former premier.", october,
			"Monday|DATE|2021-10-25; 302 days|DURATION|P302D"},
		// a stretch after the event, not a day
		{"undated", "The guard was killed on Sept. 14. The first 10 days after the murder were calm.", october,
			"Sept. 14|DATE|2021-09-14; The first 10 days|DURATION|P10D"},
		{"undated", "The guard was killed on Sept. 14. The street was closed for two weeks after the shooting.", october,
			"Sept. 14|DATE|2021-09-14; two weeks|DURATION|P2W"},
		// a longer unit keeps its reading
		{"undated", "The guard was killed on Sept. 14. She had moved there two years before the murder.", october,
			"Sept. 14|DATE|2021-09-14; two years|DURATION|P2Y"},
	}
	checkRules(t, cases)
}

// TestNewYearApostrophe checks that "New Year's" reads the same with a
// straight and a curly apostrophe: the holiday needs the capital Year.
func TestNewYearApostrophe(t *testing.T) {
	cases := []ruleCase{
		{"newyear", "The parade is on New Year's Day.", october, "New Year's Day|DATE|2022-01-01"},
		{"newyear", "The parade is on New Year’s Day.", october, "New Year’s Day|DATE|2022-01-01"},
		{"newyear", "They met on New Year's Eve.", october, "New Year's Eve|DATE|2020-12-31"},
		{"newyear", "They met on New Year’s Eve.", october, "New Year’s Eve|DATE|2020-12-31"},
		{"newyear", "New year's day resolutions fail.", october, ""},
		{"newyear", "New year’s day resolutions fail.", october, ""},
	}
	checkRules(t, cases)
}

// TestTradingDays checks "eight trading days", "two business days":
// days, those a market or an office opens on.
func TestTradingDays(t *testing.T) {
	cases := []ruleCase{
		{"trading", "The index fell for eight trading days after the report.", october, "eight trading days|DURATION|P8D"},
		{"trading", "Payment is due within two business days.", october, "two business days|DURATION|P2D"},
		// a count of market days from now is no calendar date
		{"trading", "The deal closed 10 working days ago.", october, "10 working days|DURATION|P10D"},
		// not days, or no count
		{"trading", "The two trading partners met.", october, ""},
		{"trading", "Trading days are short, the broker said.", october, ""},
	}
	checkRules(t, cases)
}
