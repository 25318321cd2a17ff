package timex_test

import "testing"

// TestRoundEight checks the rules of rule set timex-8: forms of today's
// news, each with cases it must get right and cases it must leave alone.
func TestRoundEight(t *testing.T) {
	cases := []ruleCase{
		{"easter", "Churches were full at Easter.", modern, "Easter|DATE|2020-04-12"},
		{"easter", "Churches will be full at Easter.", modern, "Easter|DATE|2021-04-04"},
		{"easter", "Churches closed at Easter.", modern, "Easter|DATE|2020-04-12"},
		{"easter", "Protesters prayed as Easter week began.", "2000-04-17", "Easter week|DATE|2000-W16"},
		{"easter", "Stores closed on Christmas.", "2021-12-20", "Christmas|DATE|2020-12-25"},
		{"easter", "Stores will close on Christmas.", "2021-12-20", "Christmas|DATE|2021-12-25"},
		{"easter", "Stores close on Christmas.", "2021-12-20", "Christmas|DATE|2021-12-25"},
		{"period code", "He read 1Q84.", modern, ""},
		{"period code", "Sales fell in 1Q84.", "1984-06-01", "1Q84|DATE|1984-Q1"},
		{"period code", "Sales fell in 1Q99.", "2001-06-01", "1Q99|DATE|1999-Q1"},
		{"july fourth", "Traffic was heavy over the July Fourth weekend.", modern, "July Fourth weekend|DATE|2020-W27-WE"},
		{"july fourth", "Traffic will be heavy over July Fourth weekend.", modern, "July Fourth weekend|DATE|2021-W26-WE"},
		{"july fourth", "Fireworks lit the sky on July Fourth.", modern, "July Fourth|DATE|2020-07-04"},
		{"july fourth", "Traffic was heavy in the July fourth week.", modern, ""},
		{"title", "She hosted Saturday Night Live.", modern, ""},
		{"title", "He watched Monday Night Football on Monday night.", modern, "Monday night|TIME|2021-03-08TNI"},
		{"title", "They danced on Saturday Night.", modern, "Saturday|DATE|2021-03-06"},
		{"title", "They met Saturday night.", modern, "Saturday night|TIME|2021-03-06TNI"},
		{"title", "They met Saturday Night in Paris.", modern, "Saturday|DATE|2021-03-06"},
		{"title", "Monday Morning the market fell.", modern, "Monday|DATE|2021-03-08"},
		{"title", "Saturday Night Live mocked him.", modern, ""},
		{"year span", "Revenue rose in 2021-22.", modern, "2021-22|DURATION|P2Y"},
		{"year span", "He starred in the 2020-21 season.", modern, "2020-21|DURATION|P2Y"},
		{"year span", "The 1999-00 season was long.", modern, "1999-00|DURATION|P2Y"},
		{"year span", "Debt rose in fiscal 2019-22.", modern, "2019-22|DURATION|P4Y"},
		{"year span", "Call 2021-22 for details.", modern, ""},
		{"year span", "Bill 2021-22 passed.", modern, ""},
		{"year span", "The score was 2021-15.", modern, ""},
		{"year span", "The Seahawks won the 2013-14 title.", modern, "2013-14|DURATION|P2Y"},
		{"year span", "Prices rose from 2019 to 2021.", modern, "2019|DATE|2019; 2021|DATE|2021"},
		{"year span", "The court heard case 2021-22 today.", modern, "today|DATE|2021-03-10"},
		{"year span", "In 2021-22, prices rose.", modern, "2021-22|DURATION|P2Y"},
		{"year span", "2020-21 was a hard season.", modern, "2020-21|DURATION|P2Y"},
		{"moving", "Families gathered for Lunar New Year.", modern, "Lunar New Year|DATE|2021-02-12"},
		{"moving", "Families will gather for Chinese New Year.", modern, "Chinese New Year|DATE|2022-02-01"},
		{"moving", "Chinese New Year celebrations were muted.", modern, "Chinese New Year|DATE|2021-02-12"},
		{"moving", "The Chinese New Year's Day fell.", modern, "New Year's Day|DATE|2021-01-01"},
		{"moving", "He met Chinese officials in the new year.", modern, ""},
		{"moving", "Muslims will mark Ramadan.", modern, "Ramadan|DATE|2021-04"},
		{"moving", "Muslims marked Ramadan 2020.", modern, "Ramadan 2020|DATE|2020-05"},
		{"moving", "Muslims marked Eid al-Fitr.", modern, "Eid al-Fitr|DATE|2020-05-24"},
		{"moving", "Muslims will mark Eid ul-Adha.", modern, "Eid ul-Adha|DATE|2021-07-20"},
		{"moving", "Muslims marked Eid with prayers.", modern, ""},
		{"moving", "Hindus celebrated Diwali.", modern, "Diwali|DATE|2020-11-14"},
		{"moving", "Hindus will celebrate Deepavali.", modern, "Deepavali|DATE|2021-11-04"},
		{"moving", "The Diwali 2019 sales rose.", modern, "Diwali 2019|DATE|2019-10-27"},
		{"moving", "Started in 2001, the fair continues a custom marking the end of the Lunar New Year holiday.", "2007-03-05", "2001|DATE|2001; Lunar New Year|DATE|2007-02-18"},
	}
	checkRules(t, cases)
}
