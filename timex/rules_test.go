package timex_test

import "testing"

// A ruleCase is a sentence, the rule it checks, its publication time
// (empty: the tests' usual one) and the expressions it must give, as
// format writes them ("" for none).
type ruleCase struct {
	rule, text, pub, want string
}

// checkRules tags each case's sentence and compares.
func checkRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		pub := c.pub
		if pub == "" {
			pub = published
		}
		if got := format(tag(t, c.text, pub)); got != c.want {
			t.Errorf("%s: %q: got %q, want %q", c.rule, c.text, got, c.want)
		}
	}
}

// TestRoundThree checks the rules of rule set timex-3, each with cases it
// must get right and cases it must leave alone.
func TestRoundThree(t *testing.T) {
	cases := []ruleCase{
		// an ordinal century before a noun needs no determiner
		{"century", "She is a 20th century democrat.", "", "20th century|DATE|19"},
		{"century", "Near the fabled 11th century temple.", "", "11th century|DATE|10"},
		{"century", "A 19th-century house burned.", "", "19th-century|DATE|18"},
		{"century", "It was built in the 20th century.", "", "the 20th century|DATE|19"},
		{"century", "He finished 20th in the race.", "", ""},

		// "today's youth", "the people of tomorrow" name no day
		{"generic", "The case is for today's youth what the war was for theirs.", "", ""},
		{"generic", "In today's world, fathers matter.", "", ""},
		{"generic", "Many of today's personal computers use it.", "", ""},
		{"generic", "I would choose the people of tomorrow.", "", ""},
		{"generic", "Today's vote is close.", "", "Today|DATE|2018-05-31"},
		{"generic", "The board looks to tomorrow's meeting.", "", "tomorrow|DATE|2018-06-01"},
		{"generic", "It is due by the end of today.", "", "the end of today|DATE|2018-05-31|END"},
		{"generic", "As of today, the fund is closed.", "", "today|DATE|2018-05-31"},

		// a duration with "-long" is an adjective of duration
		{"long", "They left their third day-long meeting.", "", "day-long|DURATION|P1D"},
		{"long", "It is the government's decades-long battle.", "", "decades-long|DURATION|PXE"},
		{"long", "A two-year-long probe ended.", "", "two-year-long|DURATION|P2Y"},
		{"long", "An hour-long speech followed.", "", "hour-long|DURATION|PT1H"},
		{"long", "The 44-year-old man left.", "", ""},

		// "the near term", "a later date": an unnamed time ahead or behind
		{"term", "We face the challenges of the near term.", "", "the near term|DATE|FUTURE_REF"},
		{"term", "It may placate holders in the short term, analysts said.", "", "the short term|DATE|FUTURE_REF"},
		{"term", "The near term outlook is dim.", "", ""},
		{"term", "Long-term debt rose.", "", ""},
		{"term", "The plant will be built at a later date.", "", "a later date|DATE|FUTURE_REF"},
		{"term", "It was signed at an earlier date.", "", "an earlier date|DATE|PAST_REF"},
		{"term", "To date, the date is unknown.", "", ""},
		{"term", "It will be decided at a future date.", "", "a future date|DATE|FUTURE_REF"},

		// the halves and quarters of a match are not the year's
		{"game", "The first half ended 1 – 1 on the scoreboard.", "", ""},
		{"game", "Mertens scored in the second half.", "", ""},
		{"game", "Sales fell in the third quarter.", "", "the third quarter|DATE|2017-Q3"},
		{"game", "Nintendo's game sales rose in the third quarter.", "", "the third quarter|DATE|2017-Q3"},
		{"game", "The game was tied at 20 points after the third quarter.", "", ""},
		{"game", "Sweden met Korea at the stadium. Berg scored a penalty. In the second half, Hwang was booked.", "", ""},
		{"game", "The stadium deal closed. In the second half, profit rose.", "", "the second half|DATE|2017-H2"},
		{"game", "The Lakers scored 30 points in the third quarter.", "", ""},
		{"game", "Profit rose in the first half.", "", "the first half|DATE|2018-H1"},
		{"game", "The match was moved to the first half of 2019.", "", "the first half of 2019|DATE|2019-H1"},
	}
	checkRules(t, cases)
}

// TestRoundFour checks the rules of rule set timex-4, each with cases it
// must get right and cases it must leave alone.
func TestRoundFour(t *testing.T) {
	cases := []ruleCase{
		// "soon" is a time ahead; "soon after", "as soon as" measure
		// from another time
		{"soon", "The company will soon begin selling boxes.", "", "soon|DATE|FUTURE_REF"},
		{"soon", "It thinks it will be healthy enough soon to buy back debt.", "", "soon|DATE|FUTURE_REF"},
		{"soon", "Prosecutors may soon seek an indictment.", "", "soon|DATE|FUTURE_REF"},
		{"soon", "He was killed soon after being captured.", "", ""},
		{"soon", "They can leave as soon as the threats end.", "", ""},
		{"soon", "It is too soon to tell.", "", ""},
		{"soon", "He was soon released from the hospital.", "", ""},
		{"soon", "The trickle of cash soon became a flood.", "", ""},
		{"soon", "The new line came sooner than planned.", "", ""},
		{"soon", "They will sell the unit as soon as possible.", "", "as soon as possible|DATE|FUTURE_REF"},

		// "by year end", "by year's end" are "by the end of the year":
		// the year, mod END; "year-end" is the closing day
		{"year end", "It will cut 6,000 jobs by year end.", "", "year end|DATE|2018|END"},
		{"year end", "The rules should be in place by year's end.", "", "year's end|DATE|2018|END"},
		{"year end", "The deal should close by year-end.", "", "year-end|DATE|2018-12-31"},
		{"year end", "The index is up 12% since year-end.", "", "year-end|DATE|2017-12-31"},

		// a month before a noun, after "a" as after "the"
		{"month", "It is trying to sell itself under a June agreement.", "2018-10-30", "June|DATE|2018-06"},
		{"month", "They met after an April meeting failed.", "2018-10-30", "April|DATE|2018-04"},
		{"month", "She met a May Day crowd.", "2018-10-30", ""},
		{"month", "He has an August Wilson play.", "2018-10-30", ""},
		{"month", "The strike lasted from March to May.", "2018-10-30", "March|DATE|2018-03; May|DATE|2018-05"},
		{"month", "It was cold between April and May.", "2018-10-30", "April|DATE|2018-04; May|DATE|2018-05"},
		{"month", "He gave the letter to May.", "2018-10-30", ""},
		{"month", "She spoke in March and May said nothing.", "2018-10-30", "March|DATE|2018-03"},

		// "the past decade" is the ten years up to now; "in the last
		// decade" may be the decade before this one
		{"decade", "Threats had become routine over the past decade.", "", "the past decade|DURATION|P10Y"},
		{"decade", "He has lived there for the last decade.", "", "the last decade|DURATION|P10Y"},
		{"decade", "It was one of the great events of the past century.", "", "the past century|DURATION|P100Y"},
		{"decade", "Workers lost earning power in the last decade.", "", "the last decade|DATE|200"},
		{"decade", "Prices fell over the past year.", "", "the past year|DATE|2017"},

		// "that day", "that morning": the day last mentioned, after a
		// preposition or a past verb, but not "said that" opening a
		// clause
		{"that day", "The vote was on May 2. Shares fell that morning.", "", "May 2|DATE|2018-05-02; that morning|TIME|2018-05-02TMO"},
		{"that day", "The vote was on May 2. He left on that day.", "", "May 2|DATE|2018-05-02; that day|DATE|2018-05-02"},
		{"that day", "The vote was on May 2. He said that morning trading was slow.", "", "May 2|DATE|2018-05-02"},
		{"that day", "The vote was on May 2. Earlier that day, he left.", "", "May 2|DATE|2018-05-02; Earlier that day|DATE|2018-05-02|START"},

		// "two and a half years" is one duration
		{"half", "He spent two and a half years there.", "", "two and a half years|DURATION|P2Y6M"},
		{"half", "The talks took three and a half hours.", "", "three and a half hours|DURATION|PT3H30M"},
		{"half", "He spent a year and a half there.", "", "a year and a half|DURATION|P1Y6M"},
		{"half", "He spent 2 and a half years there.", "", "2 and a half years|DURATION|P2Y6M"},

		// "one day" ahead is some day, not a day's length
		{"one day", "Islam will one day be the second religion.", "", "one day|DATE|FUTURE_REF"},
		{"one day", "She hopes to one day run the firm.", "", "one day|DATE|FUTURE_REF"},
		{"one day", "Talks will resume one day.", "", "one day|DATE|FUTURE_REF"},
		{"one day", "The repair will take one day.", "", "one day|DURATION|P1D"},
		{"one day", "The fair will stay open for one day.", "", "one day|DURATION|P1D"},
		{"one day", "He had been in the job one day.", "", "one day|DURATION|P1D"},
		{"one day", "The vote was delayed by one day.", "", "one day|DURATION|P1D"},

		// "the 12 months to March": a period that ended then, in a
		// past clause; "extended to March" still looks ahead
		{"to", "The index rose 2% in the 12 months to March.", "", "the 12 months|DURATION|P12M; March|DATE|2018-03"},
		{"to", "Prices rose 3% in the year to April.", "", "the year|DURATION|P1Y; April|DATE|2018-04"},
		{"to", "The deadline was extended to March.", "", "March|DATE|2019-03"},

		// "a year earlier" after "last year" in the sentence before is
		// the year before that
		{"year earlier", "Net rose 5% last year. A year earlier, it lost money.", "", "last year|DATE|2017; A year earlier|DATE|2016"},
		{"year earlier", "Net rose 5% in the third quarter. A year earlier, it lost money.", "", "the third quarter|DATE|2017-Q3; A year earlier|DATE|2016-Q3"},
		{"year earlier", "Net rose 5% in 2016. A year earlier, it lost money.", "", "2016|DATE|2016; A year earlier|DATE|2015"},

		// "That year," opening a sentence is the year last named
		{"that year", "The firm was founded in 2001. That year, it hired 50 people.", "", "2001|DATE|2001; That year|DATE|2001"},
		{"that year", "The firm was founded in 2001. That year was hard.", "", "2001|DATE|2001"},

		// "the following January": the first January after the time
		// last named
		{"following month", "He was elected in 2016 and took office the following January.", "", "2016|DATE|2016; the following January|DATE|2017-01"},
		{"following month", "He was elected in November 2016 and took office the following January.", "", "November 2016|DATE|2016-11; the following January|DATE|2017-01"},
		{"following month", "The plant closed in March 2010. The previous December, it had cut jobs.", "", "March 2010|DATE|2010-03; The previous December|DATE|2009-12"},
		{"following month", "The plant closed in March 2010. The following May, it reopened.", "", "March 2010|DATE|2010-03; The following May|DATE|2010-05"},

		// "the spring of last year" is one season
		{"season of", "It happened in the spring of last year.", "", "the spring of last year|DATE|2017-SP"},
		{"season of", "It will happen in the fall of next year.", "", "the fall of next year|DATE|2019-FA"},
		{"season of", "It marked the fall of Rome.", "", ""},

		// "March 15-16": a range of days written with a hyphen
		{"day range", "The summit was on March 15-16.", "", "March 15-16|DATE|2018-03-15"},
		{"day range", "The summit was held June 12-14, 2017.", "", "June 12-14, 2017|DATE|2017-06-12"},
		{"day range", "The score was 3-1 in March.", "", "March|DATE|2018-03"},
		{"day range", "The summit was held June 15-16.", "", "June 15-16|DATE|2017-06-15"},

		// "last Thanksgiving", "next Christmas": the holiday before or
		// after the publication date
		{"holiday", "He was rescued last Thanksgiving.", "2000-02-10", "last Thanksgiving|DATE|1999-11-25"},
		{"holiday", "They will meet next Christmas.", "", "next Christmas|DATE|2018-12-25"},
		{"holiday", "They met last Christmas.", "2019-03-01", "last Christmas|DATE|2018-12-25"},

		// "earlier in the year": one expression, with the modifier ("later
		// in the day" the corpora leave out three times in four)
		{"in the", "Planting was delayed earlier in the year by rain.", "", "earlier in the year|DATE|2018|START"},
		{"in the", "Sales will rise later in the year.", "", "later in the year|DATE|2018|END"},
		{"in the", "He arrived in Philadelphia later in the day.", "", ""},
		{"in the", "Sales rose earlier in the week.", "", "earlier in the week|DATE|2018-W22|START"},
		{"in the", "Shares fell early in the morning.", "", "early in the morning|TIME|2018-05-31TMO|START"},
		{"in the", "He spent the day in the park.", "", ""},

		// "fiscal" belongs to an adjective quarter
		{"fiscal", "It posted net income for the fiscal second-quarter of $8 million.", "", "fiscal second-quarter|DATE|2018-Q2"},
		{"fiscal", "The third-quarter loss widened.", "2018-11-02", "third-quarter|DATE|2018-Q3"},

		// amounts and periods of frequency words
		{"amount", "The siege lasted a quarter of a century.", "", "a quarter of a century|DURATION|P25Y"},
		{"amount", "A quarter of a million people came.", "", ""},
		{"amount", "Interest is paid semiannually.", "", "semiannually|SET|P6M"},
		{"amount", "The paper appears biweekly.", "", "biweekly|SET|P2W"},
		{"amount", "Interest is paid twice yearly.", "", "twice yearly|SET|P1Y|q=,f=2X"},

		// a house number is no year
		{"street", "He lived at 2018 Main Street.", "", ""},
		{"street", "The office at 1600 Pennsylvania Ave. was closed.", "", ""},
		{"street", "In 1990 Main Street was rebuilt.", "", "1990|DATE|1990"},
		{"street", "In 1990 the Street Journal was sold.", "", "1990|DATE|1990"},

		// a year right after a name is part of it
		{"name", "They formed a venture called Orion 1980, making parts.", "", ""},
		{"name", "The PCs ran Windows 2000 in May.", "2018-10-30", "May|DATE|2018-05"},
		{"name", "Bush was elected in 2000.", "", "2000|DATE|2000"},
		{"name", "Shares of IBM rose in 1990 and Apple 1991 shares fell.", "", "1990|DATE|1990"},
		{"name", "Clinton 1992 was a campaign slogan.", "", "1992|DATE|1992"},
		{"name", "The U.S. 1990 budget deficit grew.", "", "1990|DATE|1990"},
		{"name", "The GNP 1990 figures were revised.", "", "1990|DATE|1990"},

		// "ahead of Friday's vote", "awaiting Friday's report": to come
		{"ahead", "Shares rose ahead of Friday's vote.", "", "Friday|DATE|2018-06-01"},
		{"ahead", "Investors await Friday's jobs report.", "", "Friday|DATE|2018-06-01"},
		{"ahead", "Campaigning in the run-up to Sunday's election was tense.", "", "Sunday|DATE|2018-06-03"},
		{"ahead", "Shares rose after Friday's vote.", "", "Friday|DATE|2018-05-25"},
		{"ahead", "Investors digested Tuesday's jobs report.", "", "Tuesday|DATE|2018-05-29"},

		// "the March quarter": the quarter that ends with March
		{"month quarter", "Sales in the March quarter rose 5%.", "", "the March quarter|DATE|2018-Q1"},
		{"month quarter", "Sales in the December quarter rose 5%.", "", "the December quarter|DATE|2017-Q4"},
		{"month quarter", "Profit in the June half fell.", "2018-08-20", "the June half|DATE|2018-H1"},
		{"month quarter", "A quarter of the March sales were lost.", "", "March|DATE|2018-03"},

		// "the year since the attack" is a year's length
		{"year since", "In the year since the attack, 40 people have died.", "", "the year|DURATION|P1Y"},

		// "Tuesday last week": that day of that week; "this Tuesday" in
		// the past is this week's
		{"weekday week", "He arrived on Tuesday last week.", "", "Tuesday last week|DATE|2018-05-22"},
		{"weekday week", "He arrives on Friday of next week.", "", "Friday of next week|DATE|2018-06-08"},
		{"weekday week", "He arrived Tuesday, and last week he left.", "", "Tuesday|DATE|2018-05-29; last week|DATE|2018-W21"},
		{"weekday week", "He arrived this Tuesday.", "", "this Tuesday|DATE|2018-05-29"},
		{"weekday week", "He arrives this Saturday.", "", "this Saturday|DATE|2018-06-02"},

		// "two weeks from today": that day
		{"from today", "He will arrive two weeks from today.", "", "two weeks from today|DATE|2018-06-14"},
		{"from today", "The vote is 10 days from today.", "", "10 days from today|DATE|2018-06-10"},
		{"from today", "He will arrive a month from now.", "", "a month from now|DATE|2018-06"},

		// "is expected in December", "is due Friday": ahead
		{"expected", "The ruling is expected in December.", "", "December|DATE|2018-12"},
		{"expected", "The report is due on Friday.", "", "Friday|DATE|2018-06-01"},
		{"expected", "The ruling, long expected, came in December.", "", "December|DATE|2017-12"},
		{"expected", "The ruling was expected in December.", "", "December|DATE|2017-12"},

		// a present tense of schedule looks ahead
		{"schedule", "He and Arafat meet separately Monday with the envoy.", "", "Monday|DATE|2018-06-04"},
		{"schedule", "He testifies Friday.", "", "Friday|DATE|2018-06-01"},
		{"schedule", "The rule takes effect in December.", "", "December|DATE|2018-12"},
		{"schedule", "The two leaders met Monday.", "", "Monday|DATE|2018-05-28"},
		{"schedule", "At the meet Monday, records fell.", "", "Monday|DATE|2018-05-28"},
		{"schedule", "He said the talks resume Friday.", "", "Friday|DATE|2018-06-01"},
		{"schedule", "The election is in November.", "", "November|DATE|2018-11"},
		{"schedule", "The vote is Tuesday.", "", "Tuesday|DATE|2018-06-05"},
		{"schedule", "The election was in November.", "", "November|DATE|2017-11"},
		{"schedule", "Sales are up 5% from November.", "", "November|DATE|2017-11"},

		// a clock time takes the day named after it, past the same time
		// in another zone
		{"clock", "The blast came at 10:35 a.m. local time (0735 GMT) on Friday.", "", "10:35 a.m.|TIME|2018-05-25T10:35; 0735 GMT|TIME|2018-05-25T07:35; Friday|DATE|2018-05-25"},
		{"clock", "The blast came at 10:35 a.m. Friday.", "", "10:35 a.m. Friday|TIME|2018-05-25T10:35"},

		// "the latest fiscal year": the last one ended
		{"latest", "It had C$7.4 billion in sales in the latest fiscal year.", "", "the latest fiscal year|DATE|2017"},
		{"latest", "Sales rose in the most recent year.", "", "the most recent year|DATE|2017"},

		// "the day before last Tuesday": a day from a day
		{"day before", "The day before last Tuesday's hearing, he left.", "", "The day before last Tuesday|DATE|2018-05-28"},
		{"day before", "The day after Christmas, he left.", "", "The day after Christmas|DATE|2017-12-26"},
		{"day before", "The day before yesterday, he left.", "", "The day before yesterday|DATE|2018-05-29"},
		{"day before", "He died on May 3. The day before, he had been ill.", "", "May 3|DATE|2018-05-03; The day before|DATE|2018-05-02"},
		{"day before", "The day before the vote, he left.", "", ""},
	}
	checkRules(t, cases)
}

// TestRoundFive checks the rules of rule set timex-5, each with cases it
// must get right and cases it must leave alone.
func TestRoundFive(t *testing.T) {
	cases := []ruleCase{
		// "Now," set off by a comma at the head of a sentence is a
		// discourse marker; "now" elsewhere names the present
		{"now", "Now, he says, the plan looks like a trap.", "", ""},
		{"now", "\"Now, let me be clear,\" she said.", "", ""},
		{"now", "Now the alliance is larger.", "", "Now|DATE|PRESENT_REF"},
		{"now", "Now is the time to act.", "", "Now|DATE|PRESENT_REF"},
		{"now", "The group now holds 5% of the shares.", "", "now|DATE|PRESENT_REF"},
		{"now", "He said, now, that it was over.", "", "now|DATE|PRESENT_REF"},
		{"now", "Right now, the fund holds cash.", "", "now|DATE|PRESENT_REF"},

		// "recent weeks and months", "the coming days and weeks": one
		// vague stretch, the modifier shared by both units
		{"and", "Many funds in recent weeks and months have sold bonds.", "", "recent weeks and months|DURATION|PXW"},
		{"and", "Talks will go on in the coming days and weeks.", "", "the coming days and weeks|DURATION|PXD"},
		{"and", "Over the past months and years, prices rose.", "", "the past months and years|DURATION|PXM"},
		{"and", "In recent weeks and in May, sales fell.", "", "recent weeks|DURATION|PXW; May|DATE|2018-05"},
		{"and", "In recent weeks and months ago, sales fell.", "", "recent weeks|DURATION|PXW; months ago|DATE|PAST_REF"},
		{"and", "It took weeks and months of talks.", "", "weeks|DURATION|PXW; months|DURATION|PXM"},
	}
	checkRules(t, cases)
}

// TestRoundSix checks the rules of rule set timex-6, each with cases it
// must get right and cases it must leave alone. The publication time is
// Thursday 31 May 2018.
func TestRoundSix(t *testing.T) {
	cases := []ruleCase{
		// a present progressive right before a weekday names an
		// arrangement: the day ahead ("is continuing" is no plan)
		{"progressive", "The ministers are meeting on Tuesday.", "", "Tuesday|DATE|2018-06-05"},
		{"progressive", "The envoy is flying to Rome Saturday.", "", "Saturday|DATE|2018-06-02"},
		{"progressive", "The two leaders are now meeting on Tuesday.", "", "now|DATE|PRESENT_REF; Tuesday|DATE|2018-06-05"},
		{"progressive", "The board is meeting Thursday.", "", "Thursday|DATE|2018-05-31"},
		{"progressive", "The board met on Tuesday.", "", "Tuesday|DATE|2018-05-29"},
		{"progressive", "Police are investigating Tuesday's fire.", "", "Tuesday|DATE|2018-05-29"},
		{"progressive", "The firm is continuing to sell land under a June accord.", "", "June|DATE|2018-06"},

		// "the 1990's": a decade written with an apostrophe
		{"decade", "Rents doubled in the 1990's.", "", "the 1990's|DATE|199"},
		{"decade", "Rents doubled in the early 1980's.", "", "the early 1980's|DATE|198|START"},
		{"decade", "Rents doubled in the mid-1970's.", "", "the mid-1970's|DATE|197|MID"},
		{"decade", "The mill was built in the 1800's.", "", "the 1800's|DATE|18"},
		{"decade", "Its 1990's budget was cut.", "", "1990|DATE|1990"},
		{"decade", "Rents doubled in the 1990 's.", "", "1990|DATE|1990"},
		{"decade", "It peaked in the 80s.", "", "the 80s|DATE|198"},
		{"decade", "It peaked in the mid-80s.", "", "the mid-80s|DATE|198|MID"},
		{"decade", "The 60s were wild.", "", "The 60s|DATE|196"},
		{"decade", "Highs will be in the 80s this week.", "", "this week|DATE|2018-W22"},
		{"decade", "She is in her 80s.", "", ""},
		{"decade", "The stock traded in the 90s all week.", "", ""},

		// "by May", "from May to July" are the month, unless the text
		// names someone May
		{"may", "The talks should end by May.", "", "May|DATE|2018-05"},
		{"may", "The works must finish by May, the mayor said.", "", "May|DATE|2018-05"},
		{"may", "The fair ran from May to July.", "", "May|DATE|2018-05; July|DATE|2018-07"},
		{"may", "A speech by May. Theresa May left.", "", ""},
		{"may", "It was a speech by May. May said it was fine.", "", ""},
		{"may", "The plan was drafted by May, who leads the party.", "", ""},
		{"may", "The plan was drafted by May and Hammond.", "", ""},
		{"may", "The vote is expected by May 5.", "", "May 5|DATE|2018-05-05"},

		// "weeks or months": one vague stretch, in the first unit
		{"or", "He probably died within weeks or months of his capture.", "", "weeks or months|DURATION|PXW"},
		{"or", "It could take days or weeks.", "", "days or weeks|DURATION|PXD"},
		{"or", "It took weeks and months of talks.", "", "weeks|DURATION|PXW; months|DURATION|PXM"},
		{"or", "It took two weeks or months.", "", "two weeks|DURATION|P2W"},

		// "That night," opening a sentence: the day last named
		{"that night", "The storm hit on Oct. 2, 2012. That night, crews left.", "", "Oct. 2, 2012|DATE|2012-10-02; That night|TIME|2012-10-02TNI"},
		{"that night", "The storm hit Tuesday. That evening, crews left.", "", "Tuesday|DATE|2018-05-29; That evening|TIME|2018-05-29TEV"},
		{"that night", "The storm hit on Oct. 2, 2012. That day was long.", "", "Oct. 2, 2012|DATE|2012-10-02"},

		// "2017's fourth quarter": the quarter of that year
		{"year's quarter", "Sales rose in 2017's fourth quarter.", "", "2017's fourth quarter|DATE|2017-Q4"},
		{"year's quarter", "Sales rose in fiscal 2019's third quarter.", "", "fiscal 2019's third quarter|DATE|2019-Q3"},
		{"year's quarter", "Sales rose in 1990's first half, analysts said.", "", "1990's first half|DATE|1990-H1"},
		{"year's quarter", "Sales rose in 2017's results.", "", "2017|DATE|2017"},

		// "every few years", "several times a week": sets with an
		// unsaid number
		{"vague set", "They meet every few years.", "", "every few years|SET|PXY|q=EVERY,f="},
		{"vague set", "He visits several times a week.", "", "several times a week|SET|P1W"},
		{"vague set", "He visits a few times a year.", "", "a few times a year|SET|P1Y"},
		{"vague set", "It happened several times.", "", ""},
		{"vague set", "Few years pass without a flood.", "", "Few years|DURATION|PXY"},

		// "the first week of May", "the final days of April": a part of
		// the month, the first part its START and the last its END
		{"month part", "He will leave in the first week of June.", "", "the first week of June|DATE|2018-06|START"},
		{"month part", "He left in the first week of June.", "", "the first week of June|DATE|2017-06|START"},
		{"month part", "He left in the last week of April.", "", "the last week of April|DATE|2018-04|END"},
		{"month part", "He left in the final days of April.", "", "the final days of April|DATE|2018-04|END"},
		{"month part", "He left in the second half of May.", "", "the second half of May|DATE|2018-05|END"},
		{"month part", "He left in the second week of March.", "", "the second week of March|DATE|2018-03"},
		{"month part", "He left in the first half of 2019.", "", "the first half of 2019|DATE|2019-H1"},
		{"month part", "He left in the last week.", "", "the last week|DATE|2018-W21"},
		{"month part", "He left in the first week of the war.", "", ""},

		// "the months to come", as "the coming months"
		{"to come", "He will leave in the months to come.", "", "the months to come|DURATION|PXM"},
		{"to come", "The best is yet to come.", "", ""},

		// "Monday 3 December": the weekday of the date that follows
		{"weekday date", "He left on Monday 3 December.", "", "Monday 3 December|DATE|2017-12-03"},
		{"weekday date", "He left on Monday, 3 December 2017.", "", "Monday, 3 December 2017|DATE|2017-12-03"},
		{"weekday date", "He left on Monday.", "", "Monday|DATE|2018-05-28"},

		// "a quarter to five" is a time of day, no quarter of a year
		{"quarter to", "He left at a quarter to five.", "", ""},
		{"quarter to", "He left at a quarter past 4.", "", ""},
		{"quarter to", "Sales rose in a quarter to March.", "", "a quarter|DURATION|P1Q; March|DATE|2018-03"},

		// more present tenses of schedule
		{"schedule", "Voters go to the polls on Sunday.", "", "Sunday|DATE|2018-06-03"},
		{"schedule", "The new rules apply from Monday.", "", "Monday|DATE|2018-06-04"},
		{"schedule", "The strike continues through Saturday.", "", "Saturday|DATE|2018-06-02"},
		{"schedule", "The strike, which began Monday, continues.", "", "Monday|DATE|2018-05-28"},
		{"schedule", "The strike continued through Saturday.", "", "Saturday|DATE|2018-05-26"},
		{"schedule", "The heads of state met Friday.", "", "Friday|DATE|2018-05-25"},
		{"schedule", "The storm is forecast to weaken over the weekend.", "", "the weekend|DATE|2018-W22-WE"},
		{"schedule", "The storm is likely to hit on Saturday.", "", "Saturday|DATE|2018-06-02"},
		{"schedule", "The storm hit on Saturday.", "", "Saturday|DATE|2018-05-26"},

		// "a monthslong fight", "the weeklong festival": a duration in
		// one word
		{"long", "The nominee was confirmed after a monthslong fight.", "", "monthslong|DURATION|PXM"},
		{"long", "The weeklong festival ends Sunday.", "", "weeklong|DURATION|P1W; Sunday|DATE|2018-06-03"},
		{"long", "It ended a yearslong feud.", "", "yearslong|DURATION|PXY"},
		{"long", "The hallway was long.", "", ""},

		// "six to eight weeks": one duration, at least the lower end
		{"range", "The trial is expected to last six to eight weeks.", "", "six to eight weeks|DURATION|P6W|EQUAL_OR_MORE"},
		{"range", "It takes two or three days.", "", "two or three days|DURATION|P2D|EQUAL_OR_MORE"},
		{"range", "He was sentenced to 10 years.", "", "10 years|DURATION|P10Y"},
		{"range", "Prices rose 3 to 5 percent in two years.", "", "two years|DURATION|P2Y"},
		{"range", "The vote was 5 to 4 years ago.", "", "4 years ago|DATE|2014"},

		// "last February" written in March: a year back, as the month
		// just gone would be "last month"; not across New Year
		{"last month name", "Two helicopters crashed last February.", "2018-03-01", "last February|DATE|2017-02"},
		{"last month name", "Two helicopters crashed last January.", "2018-03-01", "last January|DATE|2018-01"},
		{"last month name", "Two helicopters crashed last December.", "2018-01-15", "last December|DATE|2017-12"},
		{"last month name", "He left last April.", "", "last April|DATE|2017-04"},
		{"last month name", "He left last March.", "", "last March|DATE|2018-03"},

		// what only looks like a time: "every now and then", a count
		// before a plural, a surname, "everyday" written apart, a
		// newspaper's name
		{"not a time", "It produces such events every now and again.", "", ""},
		{"not a time", "Every now and then, he calls.", "", ""},
		{"not a time", "He is now a fan.", "", "now|DATE|PRESENT_REF"},
		{"not a time", "A survey of 1709 schoolchildren was done.", "", ""},
		{"not a time", "The 1848 revolutions spread.", "", "1848|DATE|1848"},
		{"not a time", "Sales of 1988 models fell.", "", "1988|DATE|1988"},
		{"not a time", "He worked with illustrator Johnnie Christmas.", "", ""},
		{"not a time", "He left on Christmas.", "", "Christmas|DATE|2017-12-25"},
		{"not a time", "He spoke of White Christmas songs.", "", "Christmas|DATE|2017-12-25"},
		{"not a time", "Serbs marked Orthodox Christmas quietly.", "", "Orthodox Christmas|DATE|2018-01-07"},
		{"not a time", "They are part of people's every day lives.", "", ""},
		{"not a time", "It is part of his every day life.", "", ""},
		{"not a time", "He calls every day.", "", "every day|SET|P1D|q=EVERY,f="},
		{"not a time", "He wrote in the Edmonton Sun, August 16, 2008.", "", "August 16, 2008|DATE|2008-08-16"},
		{"not a time", "He left on Sun, August 16, 2008.", "", "Sun, August 16, 2008|DATE|2008-08-16"},

		// "two hours ago" from a publication date with no time: the day,
		// no clock time made up
		{"date only", "It was posted just over 24 hours ago.", "2018-05-31", "just over 24 hours ago|DATE|2018-05-30|MORE_THAN"},
		{"date only", "It was posted two hours ago.", "2018-05-31", "two hours ago|DATE|2018-05-31"},
		{"date only", "It was posted two hours ago.", "", "two hours ago|TIME|2018-05-31T03:55"},
		{"date only", "It happened at 5 p.m. yesterday.", "2018-05-31", "5 p.m. yesterday|TIME|2018-05-30T17:00"},
	}
	checkRules(t, cases)
}

// modern is the publication time of the cases of rule set timex-7:
// Wednesday 10 March 2021, 9 a.m. in New York.
const modern = "2021-03-10T09:00:00-05:00"

// TestRoundSeven checks the rules of rule set timex-7: forms of today's
// news, each with cases it must get right and cases it must leave alone.
func TestRoundSeven(t *testing.T) {
	cases := []ruleCase{
		// quarters and halves in the short forms of business news
		{"period code", "Sales fell in 3Q 2020.", modern, "3Q 2020|DATE|2020-Q3"},
		{"period code", "Sales fell in 2Q20.", modern, "2Q20|DATE|2020-Q2"},
		{"period code", "Sales fell in Q3 FY2021.", modern, "Q3 FY2021|DATE|2021-Q3"},
		{"period code", "Sales fell in Q3 FY21.", modern, "Q3 FY21|DATE|2021-Q3"},
		{"period code", "Sales fell in Q3 fiscal 2021.", modern, "Q3 fiscal 2021|DATE|2021-Q3"},
		{"period code", "Sales fell in H1 2020.", modern, "H1 2020|DATE|2020-H1"},
		{"period code", "Sales fell in 1H 2020.", modern, "1H 2020|DATE|2020-H1"},
		{"period code", "Sales fell in 1H20.", modern, "1H20|DATE|2020-H1"},
		{"period code", "Sales fell in Q3.", modern, "Q3|DATE|2020-Q3"},
		{"period code", "Sales fell in H2.", modern, ""},
		{"period code", "He got an H1 visa.", modern, ""},
		{"period code", "The H1N1 virus spread.", modern, ""},
		{"period code", "Use a 2H pencil.", modern, ""},
		{"period code", "The 4-H club met.", modern, ""},

		// days the calendar names by a word and a weekday
		{"named day", "Prices rose on Black Friday.", modern, "Black Friday|DATE|2020-11-27"},
		{"named day", "Sales on Cyber Monday hit a record.", modern, "Cyber Monday|DATE|2020-11-30"},
		{"named day", "Stores will open on Good Friday.", modern, "Good Friday|DATE|2021-04-02"},
		{"named day", "Stores closed on Good Friday 2020.", modern, "Good Friday 2020|DATE|2020-04-10"},
		{"named day", "Stores closed on Easter Monday.", modern, "Easter Monday|DATE|2020-04-13"},
		{"named day", "Ash Wednesday falls early this year.", modern, "Ash Wednesday|DATE|2021-02-17; early this year|DATE|2021|START"},
		{"named day", "Worshippers will gather on Palm Sunday.", modern, "Palm Sunday|DATE|2021-03-28"},
		{"named day", "Shoppers flocked to stores Friday.", modern, "Friday|DATE|2021-03-05"},
		{"named day", "Black said Friday that he would go.", modern, "Friday|DATE|2021-03-05"},
		{"named day", "The White House said Friday that it would act.", modern, "Friday|DATE|2021-03-05"},
		// a day of its own, or a name: no day of the week at hand
		{"named day", "The Good Friday Agreement ended the Troubles.", modern, ""},
		{"named day", "The Good Friday accord held.", modern, ""},
		{"named day", "Candidates campaigned before Super Tuesday.", modern, ""},
		{"named day", "Stocks crashed on Black Monday.", modern, ""},
		{"named day", "The Bloody Sunday inquiry reported.", modern, ""},
		// a clock with a point is a time only with a zone in capitals
		{"point clock", "The meeting is at 15.30 BST.", modern, "15.30 BST|TIME|2021-03-10T15:30"},
		{"point clock", "The blast hit at 9.45 GMT on Friday.", modern, "9.45 GMT|TIME|2021-03-05T09:45; Friday|DATE|2021-03-05"},
		{"point clock", "Shares closed at 15.30 on Friday.", modern, "Friday|DATE|2021-03-05"},
		{"point clock", "The index rose 15.30 points.", modern, ""},
		{"point clock", "The meeting is at 25.30 GMT.", modern, ""},
		{"point clock", "The meeting is at 15.3 GMT.", modern, ""},
		// a holiday's weekend: the weekend it falls on, or that a
		// Monday holiday ends
		{"holiday weekend", "Traffic was heavy over Labor Day weekend.", modern, "Labor Day weekend|DATE|2020-W36-WE"},
		{"holiday weekend", "Traffic was heavy over the Memorial Day weekend.", modern, "the Memorial Day weekend|DATE|2020-W21-WE"},
		{"holiday weekend", "Traffic was heavy over Thanksgiving weekend.", modern, "Thanksgiving weekend|DATE|2020-W48-WE"},
		{"holiday weekend", "Traffic was heavy over Labor Day weekend 2019.", modern, "Labor Day weekend 2019|DATE|2019-W35-WE"},
		{"holiday weekend", "Traffic was heavy over the Labor Day weekends.", modern, "Labor Day|DATE|2020-09-07"},
		{"holiday weekend", "Protesters prayed as Easter week began.", "2000-04-17", "Easter week|DATE|2000-W16"},
		{"holiday weekend", "Traffic was heavy over the Fourth of July weekend.", modern, "the Fourth of July weekend|DATE|2020-W27-WE"},
		{"holiday weekend", "Traffic was heavy over the March 6 weekend.", modern, "March 6 weekend|DATE|2021-W09-WE"},
		{"holiday weekend", "Traffic was heavy on July 4 weekends.", modern, "July 4|DATE|2020-07-04"},
		// more holidays of the calendar
		{"holiday", "Stores closed on Presidents Day.", modern, "Presidents Day|DATE|2021-02-15"},
		{"holiday", "Stores closed on Presidents' Day.", modern, "Presidents' Day|DATE|2021-02-15"},
		{"holiday", "Stores closed on Juneteenth.", modern, "Juneteenth|DATE|2020-06-19"},
		{"holiday", "Stores closed on Mother's Day.", modern, "Mother's Day|DATE|2020-05-10"},
		{"holiday", "Stores will close on Father's Day.", modern, "Father's Day|DATE|2021-06-20"},
		{"holiday", "His mother's day was long.", modern, ""},
		{"holiday", "The Presidents met.", modern, ""},
		{"holiday", "Father Smith said Mass on Sunday.", modern, "Sunday|DATE|2021-03-07"},
		// irregular past forms
		{"past form", "Fireworks lit the sky on the Fourth of July.", modern, "the Fourth of July|DATE|2020-07-04"},
		{"past form", "Fireworks light the sky on the Fourth of July.", modern, "the Fourth of July|DATE|2021-07-04"},
		{"past form", "The court upheld the ruling in July.", modern, "July|DATE|2020-07"},
		{"past form", "The tanker underwent repairs in August.", modern, "August|DATE|2020-08"},
		// a possessive weekday takes the tense of its noun's verb
		{"possessive", "Tuesday's vote will be close.", modern, "Tuesday|DATE|2021-03-16"},
		{"possessive", "Tuesday's vote was close.", modern, "Tuesday|DATE|2021-03-09"},
		{"possessive", "Friday's meeting will decide the issue.", modern, "Friday|DATE|2021-03-12"},
		{"possessive", "Sunday's election is expected to be close.", modern, "Sunday|DATE|2021-03-14"},
		{"possessive", "They would look for ways around Wednesday's ruling.", "2000-01-15", "Wednesday|DATE|2000-01-12"},
		// "expect" looks ahead, "want … to" too
		{"expect", "Officials expect the storm to make landfall Thursday night.", modern, "Thursday night|TIME|2021-03-11TNI"},
		{"expect", "They expect results Thursday.", modern, "Thursday|DATE|2021-03-11"},
		{"expect", "They want him to resign by Friday.", modern, "Friday|DATE|2021-03-12"},
		{"expect", "The storm made landfall Thursday night.", modern, "Thursday night|TIME|2021-03-04TNI"},
		{"expect", "They wanted him out by Friday.", modern, "Friday|DATE|2021-03-05"},
		// a newspaper named by a weekday
		{"paper", "He wrote in the Sunday Times.", modern, ""},
		{"paper", "He told the Sunday Telegraph on Saturday.", modern, "Saturday|DATE|2021-03-06"},
		{"paper", "He wrote in the Sunday Star-Times.", modern, ""},
		{"paper", "Sunday, Times Square was empty.", modern, "Sunday|DATE|2021-03-07"},
		{"paper", "Sunday Times Square was empty.", modern, "Sunday|DATE|2021-03-07"},

		// "is at" a time names a time set ahead, as "is on" does; the day
		// after the time ("at 10 a.m. on Friday") is the time's day
		{"is at", "The vote is at 2:30 p.m. EST Friday.", modern, "2:30 p.m. EST Friday|TIME|2021-03-12T14:30"},
		{"is at", "The briefing is at noon Monday.", modern, "noon Monday|TIME|2021-03-15T12:00"},
		{"is at", "The briefing is at 10 a.m. on Friday.", modern, "10 a.m.|TIME|2021-03-12T10:00; Friday|DATE|2021-03-12"},
		{"is at", "The briefing was at 10 a.m. on Friday.", modern, "10 a.m.|TIME|2021-03-05T10:00; Friday|DATE|2021-03-05"},
		{"is at", "He is at home on Friday.", modern, "Friday|DATE|2021-03-05"},

		// the end of a range falls on or after its start
		{"range", "The office is open Monday through Friday.", modern, "Monday|DATE|2021-03-08; Friday|DATE|2021-03-12"},
		{"range", "The talks will run from Thursday to Monday.", modern, "Thursday|DATE|2021-03-11; Monday|DATE|2021-03-15"},
		{"range", "The talks ran from Thursday to Monday.", modern, "Thursday|DATE|2021-03-04; Monday|DATE|2021-03-08"},
		{"range", "The festival runs Thursday-Sunday.", modern, "Thursday|DATE|2021-03-11; Sunday|DATE|2021-03-14"},
		{"range", "He met them Monday and Friday.", modern, "Monday|DATE|2021-03-08; Friday|DATE|2021-03-05"},
		{"range", "The fair will run from November to February.", modern, "November|DATE|2021-11; February|DATE|2022-02"},
		{"range", "The fair ran from November to February.", modern, "November|DATE|2020-11; February|DATE|2021-02"},
		{"range", "The show ran from Dec. 28 to Jan. 3.", modern, "Dec. 28|DATE|2020-12-28; Jan. 3|DATE|2021-01-03"},
		{"range", "The show ran from December 2019 to February.", modern, "December 2019|DATE|2019-12; February|DATE|2020-02"},
		{"range", "The show ran Dec. 28 through Jan. 3, 2021.", modern, "Dec. 28|DATE|2020-12-28; Jan. 3, 2021|DATE|2021-01-03"},

		// "the fiscal 2022 budget": the determiner is the budget's
		{"fiscal", "The fiscal 2022 budget passed.", modern, "fiscal 2022|DATE|2022"},
		{"fiscal", "The FY2022 budget passed.", modern, "FY2022|DATE|2022"},
		{"fiscal", "Sales rose in the fiscal year 2020.", modern, "the fiscal year 2020|DATE|2020"},

		// a time adjective's determiner is its noun's: "the late-November
		// trip", "The year-ago results" (not "the year-ago quarter",
		// which is all time)
		{"adjective", "He made the late-November trip.", "2000-01-28", "late-November|DATE|1999-11|END"},
		{"adjective", "He made the mid-December trip.", "2000-01-28", "mid-December|DATE|1999-12|MID"},
		{"adjective", "He left in the late-November cold.", "2000-01-28", "late-November|DATE|1999-11|END"},
		{"adjective", "He left in late November.", "2000-01-28", "late November|DATE|1999-11|END"},
		{"adjective", "Trade slowed in the mid-1990s when rates rose.", "2000-01-28", "the mid-1990s|DATE|199|MID"},
		{"adjective", "Net rose. The year-ago results included a charge.", "1989-11-02", "year-ago|DATE|1988"},
		{"adjective", "The year-earlier net included a gain.", "1989-11-02", "year-earlier|DATE|1988"},
		{"adjective", "Net rose from the year-earlier period.", "1989-11-02", "the year-earlier period|DATE|1988"},
	}
	checkRules(t, cases)
}

// TestModernForms checks forms of today's news that the rules already
// gave when rule set timex-7 was written, so that none is lost: dates
// written with digits, clock times with a zone, fiscal years, the past N
// months.
func TestModernForms(t *testing.T) {
	cases := []ruleCase{
		{"date", "The company reported results on Jan. 5, 2021.", modern, "Jan. 5, 2021|DATE|2021-01-05"},
		{"date", "The order was signed on 5/6/2020 by the governor.", modern, "5/6/2020|DATE|2020-05-06"},
		{"date", "The filing is dated 2020-05-06.", modern, "2020-05-06|DATE|2020-05-06"},
		{"date", "The event was on 2020/12/25.", modern, "2020/12/25|DATE|2020-12-25"},
		{"date", "The event was 25.12.2020.", modern, "25.12.2020|DATE|2020-12-25"},
		{"date", "It happened on Wednesday 10 March 2021.", modern, "Wednesday 10 March 2021|DATE|2021-03-10"},
		{"date", "The event took place on Sat., Jan. 9.", modern, "Sat., Jan. 9|DATE|2021-01-09"},
		{"date", "The election will be held on Nov. 3.", modern, "Nov. 3|DATE|2021-11-03"},
		{"date", "The election was held on Nov. 3.", modern, "Nov. 3|DATE|2020-11-03"},
		{"date", "The Jan. 6 riot shocked the nation.", modern, "Jan. 6|DATE|2021-01-06"},
		{"part of day", "The shooting happened last Tuesday evening.", modern, "last Tuesday evening|TIME|2021-03-09TEV"},
		{"part of day", "The storm hit overnight Tuesday.", modern, "overnight Tuesday|TIME|2021-03-09TNI"},
		{"mod", "The plant will open by mid-2019.", modern, "mid-2019|DATE|2019|MID"},
		{"mod", "The pandemic began in late March 2020.", modern, "late March 2020|DATE|2020-03|END"},
		{"quarter", "Revenue rose in Q3 2020.", modern, "Q3 2020|DATE|2020-Q3"},
		{"fiscal", "Revenue rose in FY20.", modern, "FY20|DATE|2020"},
		{"fiscal", "Sales fell in fiscal 2021's third quarter.", modern, "fiscal 2021's third quarter|DATE|2021-Q3"},
		{"duration", "Prices rose 5% over the past 12 months.", modern, "the past 12 months|DURATION|P12M"},
		{"duration", "Cases rose in the past 24 hours.", modern, "the past 24 hours|DURATION|PT24H"},
		{"decade", "Prices rose in the early 2000s.", modern, "the early 2000s|DATE|200|START"},
		{"clock", "The briefing starts at 10 a.m. ET.", modern, "10 a.m. ET|TIME|2021-03-10T10:00"},
		{"clock", "The briefing is at 10am ET.", modern, "10am ET|TIME|2021-03-10T10:00"},
		{"clock", "The market closed at 14:00 GMT.", modern, "14:00 GMT|TIME|2021-03-10T14:00"},
		{"clock", "The vote was at 2:30 p.m. EST Friday.", modern, "2:30 p.m. EST Friday|TIME|2021-03-05T14:30"},
		{"clock", "Trading halted at 9:30 a.m. EDT.", modern, "9:30 a.m. EDT|TIME|2021-03-10T09:30"},
		{"clock", "He was arrested at 0200 GMT.", modern, "0200 GMT|TIME|2021-03-10T02:00"},
		{"clock", "The flight left at 6:45 UTC Tuesday.", modern, "6:45 UTC Tuesday|TIME|2021-03-09T06:45"},
		{"clock", "The deadline is 11:59 p.m. Friday.", modern, "11:59 p.m. Friday|TIME|2021-03-12T23:59"},
		{"not a time", "Call 555-2021 for details.", modern, ""},
		{"not a time", "The price was $20.21 and 2021 units sold.", modern, ""},
		{"not a time", "It was February 30 and 25:99.", modern, ""},
		{"not a time", "A 10-year-old boy was hurt.", modern, ""},
	}
	checkRules(t, cases)
}
