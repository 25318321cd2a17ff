package timex_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/tokenize"
)

// published is the reference time of most cases: Thursday 31 May 2018,
// 5:55 a.m. in Los Angeles.
const published = "2018-05-31T05:55:00-07:00"

// tag tokenizes text and tags it against the publication time pub ("" for
// none).
func tag(t testing.TB, text, pub string) []document.Timex {
	t.Helper()
	doc := document.New(text)
	if pub != "" {
		p, err := document.ParseTime(pub)
		if err != nil {
			t.Fatal(err)
		}
		doc.Meta.Published = p
	}
	if err := tokenize.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := timex.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc.Timexes
}

// format writes timexes as "text|TYPE|value|mod; …", the form the table
// below uses.
func format(ts []document.Timex) string {
	var parts []string
	for _, t := range ts {
		s := t.Text + "|" + t.Type + "|" + t.Value
		if t.Mod != "" {
			s += "|" + t.Mod
		}
		if t.Quant != "" || t.Freq != "" {
			s += "|q=" + t.Quant + ",f=" + t.Freq
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// TestForms checks the forms news text uses, each in a sentence, against
// the publication time above (a Thursday) unless the case names another.
func TestForms(t *testing.T) {
	cases := []struct {
		text, pub, want string
	}{
		// absolute dates
		{"The summit is set for June 12.", "", "June 12|DATE|2018-06-12"},
		{"The summit is set for June 12 and 13.", "", "June 12|DATE|2018-06-12; 13|DATE|2018-06-13"},
		{"On June 3 and 4 others were hurt.", "", "June 3|DATE|2018-06-03"},
		{"It opened on 12 June 2018 in Singapore.", "", "12 June 2018|DATE|2018-06-12"},
		{"It opened on June 12, 2018, in Singapore.", "", "June 12, 2018|DATE|2018-06-12"},
		{"The deal was signed on 6/12/18 in Geneva.", "", "6/12/18|DATE|2018-06-12"},
		{"The file is dated 2018-06-12.", "", "2018-06-12|DATE|2018-06-12"},
		{"Stocks rose in the 1990s.", "", "the 1990s|DATE|199"},
		{"He was born in 1953.", "", "1953|DATE|1953"},
		{"Revenue for fiscal 2019 fell.", "", "fiscal 2019|DATE|2019"},
		{"Profit rose in the third quarter.", "", "the third quarter|DATE|2017-Q3"},
		{"Third-quarter profit rose.", "2018-11-02", "Third-quarter|DATE|2018-Q3"},
		{"Profit fell in the fourth quarter of 2017.", "", "the fourth quarter of 2017|DATE|2017-Q4"},
		{"Sales rose in the first half of 2017.", "", "the first half of 2017|DATE|2017-H1"},
		{"Earnings will be lower in the last half of 2017.", "", "the last half of 2017|DATE|2017-H2"},
		{"Holders may buy shares at half the then current price.", "", "then current|DATE|PAST_REF"},
		{"About 50,000 CDs a year are sold.", "", "a year|SET|P1Y"},
		{"Sales were $307.2 million a year earlier.", "2018-11-02", "a year earlier|DATE|2017"},
		{"We expect growth over the next couple of years.", "", "the next couple of years|DURATION|P2Y"},
		{"He left in March.", "", "March|DATE|2018-03"},
		{"He will leave in July.", "", "July|DATE|2018-07"},
		{"The war ended in May 1945.", "", "May 1945|DATE|1945-05"},
		{"They met on Monday, Oct. 26, 2015.", "", "Monday, Oct. 26, 2015|DATE|2015-10-26"},
		{"The talks ended in the summer of 2016.", "", "the summer of 2016|DATE|2016-SU"},
		{"It was the 20th century's worst war.", "", "the 20th century|DATE|19"},
		{"They met on Christmas Day.", "", "Christmas Day|DATE|2017-12-25"},
		{"Stores close on Thanksgiving.", "2018-11-30", "Thanksgiving|DATE|2018-11-22"},
		{"Protesters prayed as Easter week began.", "2000-04-17", "Easter week|DATE|2000-W16"},
		{"In nineteen ninety-six a bomb went off.", "", "nineteen ninety-six|DATE|1996"},
		{"Mid-1990s reforms failed.", "", "Mid-1990s|DATE|199|MID"},
		{"It happened in the late 1970s.", "", "the late 1970s|DATE|197|END"},
		{"Prices fell in early 2016.", "", "early 2016|DATE|2016|START"},
		{"The plan runs until the end of 2019.", "", "the end of 2019|DATE|2019|END"},
		// relative dates against the publication time
		{"They met on Friday.", "", "Friday|DATE|2018-05-25"},
		{"He will meet Trump on Friday.", "", "Friday|DATE|2018-06-01"},
		{"The team planned to leave on Friday.", "", "Friday|DATE|2018-06-01"},
		{"Protesters planned a rally on Saturday and were planning to march on Monday.", "", "Saturday|DATE|2018-06-02; Monday|DATE|2018-06-04"},
		{"Prices are going to fall on Monday.", "", "Monday|DATE|2018-06-04"},
		{"Pompeo hosted him on Wednesday night.", "", "Wednesday night|TIME|2018-05-30TNI"},
		{"They held talks Thursday morning.", "", "Thursday morning|TIME|2018-05-31TMO"},
		{"The talks began Thursday.", "", "Thursday|DATE|2018-05-31"},
		{"He was confirmed last month.", "", "last month|DATE|2018-04"},
		{"She will run next year.", "", "next year|DATE|2019"},
		{"Prices rose last year.", "", "last year|DATE|2017"},
		{"The index fell last week.", "", "last week|DATE|2018-W21"},
		{"The index fell this week.", "", "this week|DATE|2018-W22"},
		{"He spoke earlier this week.", "", "earlier this week|DATE|2018-W22|START"},
		{"We made progress in the last 72 hours.", "", "the last 72 hours|DURATION|PT72H"},
		{"It is happening now.", "", "now|DATE|PRESENT_REF"},
		{"He said so yesterday.", "", "yesterday|DATE|2018-05-30"},
		{"He will speak tomorrow.", "", "tomorrow|DATE|2018-06-01"},
		{"He will speak tonight.", "", "tonight|TIME|2018-05-31TNI"},
		{"They spoke this morning.", "", "this morning|TIME|2018-05-31TMO"},
		{"He left two weeks ago.", "", "two weeks ago|DATE|2018-W20"},
		{"He left three years ago.", "", "three years ago|DATE|2015"},
		{"He resigned last Thursday.", "", "last Thursday|DATE|2018-05-24"},
		{"Stocks closed on Friday 4.5% below the previous Friday.", "", "Friday|DATE|2018-05-25; the previous Friday|DATE|2018-05-18"},
		{"He will resign next Friday.", "", "next Friday|DATE|2018-06-01"},
		{"He had recently resigned.", "", "recently|DATE|PAST_REF"},
		{"They will talk in the future.", "", "the future|DATE|FUTURE_REF"},
		{"It rained over the weekend.", "", "the weekend|DATE|2018-W21-WE"},
		{"He pulled out on May 24 and returned a day later.", "", "May 24|DATE|2018-05-24; a day later|DATE|2018-05-25"},
		{"Profit was $5 million in 2010 and rose a year later.", "", "2010|DATE|2010; a year later|DATE|2011"},
		{"It came back less than a day later.", "", "less than a day later|DATE|2018-06-01|LESS_THAN"},
		{"The plant opened in 2010. The next day it closed.", "", "2010|DATE|2010; The next day|DATE|2010-XX-XX"},
		{"It opened on May 2. The next day it closed.", "", "May 2|DATE|2018-05-02; The next day|DATE|2018-05-03"},
		{"Wages rose last month to 3.8% above their level a year earlier.", "", "last month|DATE|2018-04; a year earlier|DATE|2017-04"},
		{"A doctor was killed last October. His name was crossed out that same day.", "1999-02-06", "last October|DATE|1998-10; that same day|DATE|1998-10-XX"},
		{"On Thursday the site was closed. It had been attacked in January, and it lost its host the same day.", "1999-02-06", "Thursday|DATE|1999-02-04; January|DATE|1999-01; the same day|DATE|1999-01-XX"},
		{"Sales last year's third quarter fell.", "", "last year's third quarter|DATE|2017-Q3"},
		{"Polls closed at 22:30 on Sunday; the last vote came at 2:30 the next day.", "2016-09-09", "22:30|TIME|2016-09-04T22:30; Sunday|DATE|2016-09-04; 2:30 the next day|TIME|2016-09-05T02:30"},
		{"The split would be paid on a still unspecified date in January.", "1989-10-26", "January|DATE|1990-01"},
		{"The agency has given the family until 9 a.m. Tuesday to sign.", "2000-04-03", "9 a.m. Tuesday|TIME|2000-04-04T09:00"},
		{"New flights would leave on March 30, with a third flight from August 6.", "1998-02-13", "March 30|DATE|1998-03-30; August 6|DATE|1998-08-06"},
		{"In January, a week after the anniversary of the ruling on abortion rights, a bomb exploded at a clinic.", "1998-10-25", "January|DATE|1998-01; a week|DURATION|P1W"},
		{"He told LA Weekly that the case was closed.", "", ""},
		{"The festival lights up the night.", "", ""},
		// times of day
		{"The article was published at 5:55 a.m.", "", "5:55 a.m.|TIME|2018-05-31T05:55"},
		{"The vote is at 4 p.m. EDT.", "", "4 p.m. EDT|TIME|2018-05-31T16:00"},
		{"The blast came at 10 p.m. Wednesday.", "", "10 p.m. Wednesday|TIME|2018-05-30T22:00"},
		{"Talks broke off at noon Thursday.", "", "noon Thursday|TIME|2018-05-31T12:00"},
		{"The offer expires at 5 p.m. EST Nov. 9, 2017.", "", "5 p.m. EST Nov. 9, 2017|TIME|2017-11-09T17:00"},
		// durations
		{"They met for about 4½ hours.", "", "about 4½ hours|DURATION|PT4H30M|APPROX"},
		{"He served 15 months as director.", "", "15 months|DURATION|P15M"},
		{"It took 5 1/2 hours.", "", "5 1/2 hours|DURATION|PT5H30M"},
		{"We are decades into this challenge.", "", "decades|DURATION|PXE"},
		{"The summit could come in less than two weeks.", "", "less than two weeks|DURATION|P2W|LESS_THAN"},
		{"Disarmament could take a decade or more.", "", "a decade or more|DURATION|P10Y|EQUAL_OR_MORE"},
		{"He waited more than four hours.", "", "more than four hours|DURATION|PT4H|MORE_THAN"},
		{"He served at least two years.", "", "at least two years|DURATION|P2Y|EQUAL_OR_MORE"},
		{"Sales rose in the past three months.", "", "the past three months|DURATION|P3M"},
		{"Sales rose in the first nine months.", "", "the first nine months|DURATION|P9M"},
		{"He signed a two-year contract.", "", "two-year|DURATION|P2Y"},
		{"Talks lasted several days.", "", "several days|DURATION|PXD"},
		{"It took a year and a half.", "", "a year and a half|DURATION|P1Y6M"},
		// sets
		{"They meet every week.", "", "every week|SET|P1W|q=EVERY,f="},
		{"The board meets each Thursday.", "", "each Thursday|SET|XXXX-WXX-4|q=EACH,f="},
		{"The paper is published daily.", "", "daily|SET|P1D"},
		{"They meet twice a year.", "", "twice a year|SET|P1Y|q=,f=2X"},
		{"The loan costs $5 a day.", "", "a day|SET|P1D"},
		{"Flights leave on Mondays.", "", "Mondays|SET|XXXX-WXX-1"},
		{"Flights leave on Monday and Tuesday nights.", "", "Monday|SET|XXXX-WXX-1TNI; Tuesday nights|SET|XXXX-WXX-2TNI"},
	}
	for _, c := range cases {
		pub := c.pub
		if pub == "" {
			pub = published
		}
		got := format(tag(t, c.text, pub))
		if got != c.want {
			t.Errorf("%q (published %s):\n got  %s\n want %s", c.text, pub, got, c.want)
		}
	}
}

// TestComparisons checks reports of results, where "a year earlier", "a
// year ago" and "the year-ago period" compare with the period reported:
// one named in the same or the previous sentence, else the latest quarter
// named that has ended.
func TestComparisons(t *testing.T) {
	const pub = "1989-11-02"
	cases := []struct{ text, want string }{
		{"Acme said third-quarter profit rose. It earned $2 million a year earlier.",
			"third-quarter|DATE|1989-Q3; a year earlier|DATE|1988-Q3"},
		{"Acme posted a third-quarter gain. It expects a charge in the fourth quarter. In the year-ago period, it earned $1 million.",
			"third-quarter|DATE|1989-Q3; the fourth quarter|DATE|1989-Q4; the year-ago period|DATE|1988-Q3"},
		{"After a weak second quarter, Acme said profit rose in the third quarter. Its costs were lower. Its sales were higher. Charges hurt the year-earlier period.",
			"second quarter|DATE|1989-Q2; the third quarter|DATE|1989-Q3; the year-earlier period|DATE|1988-Q3"},
		{"Acme posted a third-quarter gain. In the first nine months, net rose 10% from a year earlier.",
			"third-quarter|DATE|1989-Q3; the first nine months|DURATION|P9M; a year earlier|DATE|1988"},
		{"Acme posted a third-quarter gain. In the first nine months, net was $3 million, against a loss in the 1988 period.",
			"third-quarter|DATE|1989-Q3; the first nine months|DURATION|P9M; the 1988 period|DATE|1988"},
		{"Acme lost money in the second quarter ended Oct. 31, 1988.",
			"the second quarter|DATE|1988-Q2; Oct. 31, 1988|DATE|1988-10-31"},
		{"Acme earned $5 million in the fiscal first quarter. Earlier this month, it said it expected to break even for the quarter.",
			"the fiscal first quarter|DATE|1989-Q1; Earlier this month|DATE|1989-11|START; the quarter|DATE|1989-Q1"},
		{"Acme lost $2 million in the third quarter. For the quarter a year ago, it earned $1 million.",
			"the third quarter|DATE|1989-Q3; the quarter a year ago|DATE|1988-Q3"},
		{"In the quarter ended July 31, Acme earned $1 million.",
			"the quarter|DATE|1989-Q2; July 31|DATE|1989-07-31"},
		{"Acme had a loss in the fiscal first quarter. For the quarter ended Sept. 30, net fell.",
			"the fiscal first quarter|DATE|1989-Q1; the quarter|DATE|1989-Q1; Sept. 30|DATE|1989-09-30"},
		{"For the six months ended Aug. 12, net fell from a year earlier.",
			"the six months|DURATION|P6M; Aug. 12|DATE|1989-08-12; a year earlier|DATE|1988-08-12"},
	}
	for _, c := range cases {
		if got := format(tag(t, c.text, pub)); got != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.text, got, c.want)
		}
	}
}

// TestUnderspecified checks that nothing is guessed without a publication
// time: what depends on it keeps X's, what the text gives stays.
func TestUnderspecified(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The summit is set for June 12.", "June 12|DATE|XXXX-06-12"},
		{"They met on Friday.", "Friday|DATE|XXXX-WXX-5"},
		{"Pompeo hosted him on Wednesday night.", "Wednesday night|TIME|XXXX-WXX-3TNI"},
		{"He was confirmed last month.", "last month|DATE|XXXX-XX"},
		{"Prices rose last year.", "last year|DATE|XXXX"},
		{"He said so yesterday.", "yesterday|DATE|XXXX-XX-XX"},
		{"He pulled out on May 24 and returned a day later.", "May 24|DATE|XXXX-05-24; a day later|DATE|XXXX-05-25"},
		{"He was born in 1953.", "1953|DATE|1953"},
		{"It opened on June 12, 2018. On June 14 it closed.", "June 12, 2018|DATE|2018-06-12; June 14|DATE|2018-06-14"},
		{"In 2010 he left. On June 14 he came back.", "2010|DATE|2010; June 14|DATE|XXXX-06-14"},
		{"They held talks Thursday morning. A second round in the afternoon was scrubbed.", "Thursday morning|TIME|XXXX-WXX-4TMO; the afternoon|TIME|XXXX-XX-XXTAF"},
		{"It is happening now.", "now|DATE|PRESENT_REF"},
		{"He served 15 months as director.", "15 months|DURATION|P15M"},
	}
	for _, c := range cases {
		if got := format(tag(t, c.text, "")); got != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.text, got, c.want)
		}
	}
}

// TestZone checks that the publication time's own zone decides the
// calendar day, never the machine's.
func TestZone(t *testing.T) {
	// 1:30 a.m. on Friday in Tokyo is still Thursday in UTC.
	got := format(tag(t, "He spoke today.", "2018-06-01T01:30:00+09:00"))
	if want := "today|DATE|2018-06-01"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	got = format(tag(t, "He spoke today.", "2018-05-31T16:30:00Z"))
	if want := "today|DATE|2018-05-31"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestNoFalseDates checks text where a reader sees no date.
func TestNoFalseDates(t *testing.T) {
	for _, text := range []string{
		"Call 555-1234 or (212) 555-1990 for details.",
		"Call 212-555-1990 for details.",
		"The phone number is +1 415 555 2018.",
		"The ticket costs $1,990 and the car $2,015.",
		"Shares fell to 1,998 points.",
		"See http://example.com/2018/06/12/story.html for more.",
		"Visit www.example.com/1999/report for the report.",
		"The score was 25:99 at the break.",
		"It is due on February 30.",
		"It is due on February 30, 2018.",
		"The year 99999 will not come.",
		"Theresa May said she would stay. Mrs. May spoke.",
		"They may go, and we may march.",
		"The Boeing 747 landed; flight 1990 left from gate 12.",
		"About 2000 people and 1500 soldiers were there.",
		"Room 1984 is on floor 19.",
		"He is 72 years old and she is a 30-year-old teacher.",
		"Order No. 1776 was filed.",
		"4 8 15 16 23 42 1999 2001 2004 1234 5678 9012 3456 7890 1111 2222 3333 4444.",
		"0735 2359 1800 1900 2000 2100 2200 2300 1700 1600 1500 1400 1300 1200 1100 1000.",
		"It happened at 24:61.",
		"The ratio was 13/45 and 2/0.",
		"He scored 1 1/2 points.",
		"The price is $19.99, or 1999 cents.",
		"It cost 2010 rupees, or 1950 yuan.",
		"Call 1-800-555-2018 for information.",
		"Call +44 20 7946 0958 for tickets.",
		"See https://example.com/news?date=2018-06-12&id=5 for more.",
		"Email jane.2018@example.com for details.",
		"The server at 192.168.10.12 failed.",
		"ISBN 978-3-16-148410-0 is listed.",
		"It is due on April 31.",
		"It was due on February 29, 2019.",
		"The clock read 13:75 GMT.",
		"Invoice 20180612 was paid.",
		"Case No. 2019-0456 was heard.",
		"The delegates sat in rooms 1204-1208.",
		"Seats 1998-2002 stayed empty and flights 1914-1918 left late.",
	} {
		if got := tag(t, text, published); len(got) > 0 {
			t.Errorf("%q: false dates %s", text, format(got))
		}
	}
}

// TestBodyOnly checks that only the body and the headline are read.
func TestBodyOnly(t *testing.T) {
	text := "Talks resumed Friday\n\nBy Jane Doe, June 1, 2018\n\nThey met on Monday.\n\nUpdated 4:05 p.m."
	doc := document.New(text)
	doc.Meta.Published, _ = document.ParseTime(published)
	_ = tokenize.Process(context.Background(), doc)
	at := func(s string) document.Span {
		i := strings.Index(text, s)
		return document.Span{Start: i, End: i + len(s)}
	}
	doc.Regions = []document.Region{
		{Span: at("Talks resumed Friday"), Kind: document.RegionHeadline},
		{Span: at("By Jane Doe, June 1, 2018"), Kind: document.RegionByline},
		{Span: at("They met on Monday."), Kind: document.RegionBody},
		{Span: at("Updated 4:05 p.m."), Kind: document.RegionUpdateLog},
	}
	got := format(timex.Tag(doc))
	if want := "Friday|DATE|2018-05-25; Monday|DATE|2018-05-28"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func ExampleTag() {
	doc := document.New("Pompeo met Kim on Wednesday night. Trump will meet him on Friday, and the summit could follow in less than two weeks.")
	doc.Meta.Published, _ = document.ParseTime("2018-05-31T05:55:00-07:00")
	_ = tokenize.Process(context.Background(), doc)
	for _, t := range timex.Tag(doc) {
		fmt.Println(strings.TrimSpace(t.Text + " " + t.Type + " " + t.Value + " " + t.Mod))
	}
	// Output:
	// Wednesday night TIME 2018-05-30TNI
	// Friday DATE 2018-06-01
	// less than two weeks DURATION P2W LESS_THAN
}

// TestLargeInput checks that long inputs without sentence breaks, full of
// numbers or of relative expressions, are tagged in linear time.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	for _, unit := range []string{"1999 ", "in 1999 the next day ", "Today, Today. ", "12:30 5 6 7 8 "} {
		text := strings.Repeat(unit, 200000/len(unit))
		start := time.Now()
		tag(t, text, published)
		if el := time.Since(start); el > 5*time.Second {
			t.Errorf("%q ×%d took %v", unit, 200000/len(unit), el)
		}
	}
}
