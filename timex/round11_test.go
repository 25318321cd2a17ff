package timex_test

import "testing"

// TestRoundEleven checks the rules of rule set timex-9: the Jewish feasts
// and Holi, and spans of years written in full ("2021-2022"), each with
// cases it must get right and cases it must leave alone.
func TestRoundEleven(t *testing.T) {
	cases := []ruleCase{
		{"holi", "Hindus celebrated Holi with coloured powder.", modern, "Holi|DATE|2020-03-10"},
		{"holi", "Hindus will celebrate Holi this month.", modern, "Holi|DATE|2021-03-29; this month|DATE|2021-03"},
		{"holi", "Crowds gathered at Holi 2024 in Mathura.", modern, "Holi 2024|DATE|2024-03-25"},
		{"holi", "Holi Singh spoke to reporters.", modern, ""},
		{"passover", "Jews marked Passover at home.", modern, "Passover|DATE|2020-04-09"},
		{"passover", "Jews will mark Passover with their families.", modern, "Passover|DATE|2021-03-28"},
		{"passover", "Pesach begins at sundown.", modern, "Pesach|DATE|2021-03-28"},
		{"passover", "The Jewish Passover fell in April.", modern, "Passover|DATE|2020-04-09; April|DATE|2020-04"},
		{"rosh hashanah", "Synagogues were full on Rosh Hashanah.", modern, "Rosh Hashanah|DATE|2020-09-19"},
		{"rosh hashanah", "Synagogues will be full on Rosh Hashana.", modern, "Rosh Hashana|DATE|2021-09-07"},
		{"rosh hashanah", "Rosh Ha-Shanah 2024 brought rain.", modern, "Rosh Ha-Shanah 2024|DATE|2024-10-03"},
		{"rosh hashanah", "Rosh said the deal was done.", modern, ""},
		{"yom kippur", "He fasted on Yom Kippur.", modern, "Yom Kippur|DATE|2020-09-28"},
		{"yom kippur", "The 1973 Yom Kippur War began.", modern, "1973|DATE|1973"},
		{"yom kippur", "Yom Tov is a greeting.", modern, ""},
		{"hanukkah", "Families lit candles for Hanukkah.", modern, "Hanukkah|DATE|2020-12-11"},
		{"hanukkah", "Families lit candles for Chanukah 2019.", modern, "Chanukah 2019|DATE|2019-12-23"},
		{"hanukkah", "Families will light candles at Hanukah.", modern, "Hanukah|DATE|2021-11-29"},
		{"other feasts", "Children wore costumes for Purim.", modern, "Purim|DATE|2021-02-26"},
		{"other feasts", "Shavuot 2023 drew crowds.", modern, "Shavuot 2023|DATE|2023-05-26"},
		{"other feasts", "Families will build huts for Sukkot.", modern, "Sukkot|DATE|2021-09-21"},
		{"year range", "Revenue rose in 2021-2022.", modern, "2021-2022|DURATION|P2Y"},
		{"year range", "He starred in the 2019-2020 season.", modern, "2019-2020|DURATION|P2Y"},
		{"year range", "The war of 1914-1918 ended.", modern, "1914-1918|DURATION|P5Y"},
		{"year range", "Bill 2021-2022 passed.", modern, ""},
		{"year range", "Prices rose 2021-2022% in a year.", modern, "a year|DURATION|P1Y"},
		{"year range", "The score was 2022-2021.", modern, ""},
		{"year range", "Call 555-1234 for details.", modern, ""},
		{"year range", "He said about 1000-2000 people attended.", modern, ""},
		{"year range", "The range is 1900-1950 meters.", modern, ""},
		{"year range", "He paid in 1998-2002 dollars.", modern, ""},
		{"holi", "Hindus celebrated Holi at the Holi Mela.", modern, "Holi|DATE|2020-03-10"},
		{"year range", "Prices rose between 2019 and 2021.", modern, "2019|DATE|2019; 2021|DATE|2021"},
	}
	checkRules(t, cases)
}
