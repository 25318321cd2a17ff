package timex_test

import "testing"

// TestWeekOfReport checks rule set timex-16's "the week" of a market or
// news report (developed on half A of TimeBank + AQUAINT, checked on half
// B): "the week's most active session", "For the week, the index fell"
// are the week of the report, written as TimeBank writes it with the
// week unnamed; "the week" in other places stays untagged.
func TestWeekOfReport(t *testing.T) {
	cases := []ruleCase{
		{"week", "Volume rose on Thursday, the week's most active session.", october,
			"Thursday|DATE|2021-10-28; the week|DATE|2021-WXX"},
		{"week", "The index closed at 452 on Friday. For the week, the index dropped 3.8%.", october,
			"Friday|DATE|2021-10-22; the week|DATE|2021-WXX"},
		{"week", "The sell-off was a result of the week's buying fever.", october,
			"the week|DATE|2021-WXX"},
		// no report's week: a week ahead, a week of something, a week before a unit
		{"week", "The plan for the week ahead is set.", october, ""},
		{"week", "They met during the week of March 6.", october, "the week of March 6|DATE|2021-W09"},
		{"week", "She stayed for the week and left.", october, ""},
	}
	checkRules(t, cases)
}

// TestOrdinalSecond checks that "second" as an ordinal is no unit of
// time: "for a second time", "a second major summit", "the six
// second-line drugs", while "for a second", "500 copies a second" stay
// durations and sets.
func TestOrdinalSecond(t *testing.T) {
	cases := []ruleCase{
		{"second", "He was elected for a second time in 1995.", october, "1995|DATE|1995"},
		{"second", "The bloc approaches a second major summit.", october, ""},
		{"second", "Stocks rose for a second straight day.", october, ""},
		{"second", "The bill returns for a second reading in parliament.", october, ""},
		{"second", "The strain resists three of the six second-line drugs.", october, ""},
		{"second", "The team scored three second-half goals.", october, ""},
		{"second", "Council called for a second inquiry.", october, ""},
		// a second of time
		{"second", "If you relax for a second it goes very quick.", october, "a second|DURATION|PT1S"},
		{"second", "He paused for a second and left.", october, "a second|DURATION|PT1S"},
		{"second", "The press prints 500 copies a second.", october, "a second|SET|PT1S"},
		{"second", "The blast took less than a second.", october, "less than a second|DURATION|PT1S|LESS_THAN"},
		{"second", "The record fell by 12.91 seconds.", october, "12.91 seconds|DURATION|PT12.91S"},
		{"second", "He ran it in a 47-second span.", october, "47-second|DURATION|PT47S"},
	}
	checkRules(t, cases)
}

// TestHalfOfMatch checks that a half or quarter written as an adjective
// before a thing of a match is a part of the game, not of the year, even
// when the sentence says nothing else of a match: "a first-half goal",
// "his second-half red card"; "second-half profit" stays the half year.
func TestHalfOfMatch(t *testing.T) {
	cases := []ruleCase{
		{"half", "The only black mark was Smith's second-half red card.", october, ""},
		{"half", "Their first-half goal was ruled out.", october, ""},
		{"half", "A second-half header from Jones won it.", october, ""},
		{"half", "A first-half try from the captain sealed it.", october, ""},
		{"half", "A deflected second-half strike gave them the win.", october, ""},
		// the half of the year
		{"half", "A second-half rally lifted the stock.", october, "second-half|DATE|2021-H2"},
		{"half", "The company expects a first-half loss.", october, "first-half|DATE|2021-H1"},
		{"half", "Third-quarter earnings rose.", october, "Third-quarter|DATE|2021-Q3"},
		{"half", "Second-half profit fell 5%.", october, "Second-half|DATE|2021-H2"},
	}
	checkRules(t, cases)
}

// TestPaperAndCricket checks two nouns that look like times: "daily" or
// "weekly" naming a newspaper ("the Kommersant daily reported", "told the
// daily."), and cricket's "one-day" game ("the one-day series",
// "England's one-day squad"); the adverb, the adjective and a one-day
// event stay sets and durations.
func TestPaperAndCricket(t *testing.T) {
	cases := []ruleCase{
		{"paper", "The Kommersant daily reported the deal.", october, ""},
		{"paper", "An official told the daily.", october, ""},
		{"paper", "The statue left the country, a government daily reported Thursday.", october, "Thursday|DATE|2021-10-28"},
		{"paper", "He told the national news weekly.", october, ""},
		{"paper", "They produce a daily, 40-minute podcast.", october, "daily|SET|P1D; 40-minute|DURATION|PT40M"},
		{"paper", "The ministers have met daily since the storm.", october, "daily|SET|P1D"},
		{"paper", "Bush spoke in his weekly radio address.", october, "weekly|SET|P1W"},
		{"cricket", "England named its squad for the one-day series.", october, ""},
		{"cricket", "He hit his third one-day hundred.", october, ""},
		{"cricket", "He should return to the one-day side.", october, ""},
		{"cricket", "Shares posted their biggest one-day rise.", october, "one-day|DURATION|P1D"},
		{"cricket", "Mbeki made a one-day visit to Abidjan.", october, "one-day|DURATION|P1D"},
	}
	checkRules(t, cases)
}
