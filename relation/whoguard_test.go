package relation_test

import "testing"

// TestWhoGuard checks the guards of branch whoguard (whoguard.go,
// docs/relations.md) on sentences written for the test: the pair model's
// lives_in is dropped when the person is no person, the place is the
// seat of the person's post, a team, a possession, the place of an event
// the person is the object of, or a workplace; a home said with "from",
// "of" a town, "born" or "lives" stays. A located_in puts no country in
// another country and no country or region of the world in a town.
func TestWhoGuard(t *testing.T) {
	tests := []pairCase{
		// the person is no person
		{"a town typed PER", "He flew up to heaven from [Dorvik|PER] town of [Gansu|LOC], they say.", "lives_in", nil},
		{"an airport typed PER", "All flights from [Paris|LOC]' [Charles de Gaulle|PER] airport were running.", "lives_in", nil},
		{"an arena typed PER", "Fans filed past the casket at the [James Brown Arena|PER] in [Augusta|LOC], Georgia.", "lives_in", nil},
		{"an island of", "The plane entered its airspace near the island of [Vaindor|PER] in the [Baltic|LOC].", "lives_in", nil},
		// the seat of a post
		{"deputy police chief of", "\"The roof was too heavy,\" said [Ken Ward|PER], deputy police chief of [Sa-ang District|LOC], on Tuesday.", "lives_in", nil},
		{"vice chairman of", "\"It is under control,\" said [Ken Ward|PER], vice chairman of [Xinjiang|LOC], on Monday.", "lives_in", nil},
		{"a town's police chief", "However, [Norfolk|LOC] police chief [Ken Ward|PER] warned that more work was needed.", "lives_in", nil},
		{"a city's mayor", "He spoke as [London|LOC]'s [Labour|ORG] mayor [Ken Ward|PER] remained in a row.", "lives_in", nil},
		{"ambassador to", "The paper quoted Romania's Ambassador to [Israel|LOC] [Ken Ward|PER] as saying so.", "lives_in", nil},
		{"a pageant's title", "The prize went to Miss [Tanzania|LOC] [Lisa Moore|PER], who was named Miss Africa.", "lives_in", nil},
		{"a country's title stays a nationality", "[China|LOC]'s UN envoy [Ken Ward|PER] said that they deserve consideration.", "nationality", []string{"Ken Ward > China"}},
		// a team
		{"a line-up", "[Australia|LOC]: [Ken Ward|PER] (c), Matthew Hayden, Justin Langer.", "lives_in", nil},
		{"for a country", "For [Australia|LOC], seamer [Ken Ward|PER] was named in the attack.", "lives_in", nil},
		// whose, not where
		{"a book's title", "The book, [Ken Ward|PER]'s [Britain|LOC], said the pair had fallen out.", "lives_in", nil},
		// the place of an event the person is the object of
		{"meets X in", "The leader meets [Ken Ward|PER] in [Washington|LOC] on Monday.", "lives_in", nil},
		{"said X in", "\"There is no basis for it,\" said [Ken Ward|PER] in [Toronto|LOC] in a speech.", "lives_in", nil},
		{"against X in", "They will field a candidate against Armed Forces Minister [Ken Ward|PER] in [Kilbride|LOC].", "lives_in", nil},
		{"who is in", "\"It is no excuse,\" [Ken Ward|PER], who is in [Brussels|LOC] for a tour, told reporters.", "lives_in", nil},
		// a workplace
		{"an analyst with a bank in", "\"Prices will stay firm,\" said [Ken Ward|PER], an analyst with [Daiwa Securities|ORG] in [Melbourne|LOC].", "lives_in", nil},
		// a place before the person with no link
		{"a country, then the person, no link", "He will avoid angering [China|LOC], which views [Ken Ward|PER]'s visit as a protest.", "lives_in", nil},
		// homes stay
		{"a doctor from a town", "[Ken Ward|PER], a 25-year-old doctor from [Bolton|LOC], made a good impression.", "lives_in", []string{"Ken Ward > Bolton"}},
		{"an analyst in a town", "\"Nothing real was given,\" said [Ken Ward|PER], an analyst in [Ramallah|LOC].", "lives_in", []string{"Ken Ward > Ramallah"}},
		{"born in", "[Ken Ward|PER] was born in [Glasgow|LOC] on 20 February 1951.", "lives_in", []string{"Ken Ward > Glasgow"}},
		{"a resident of", "\"They came at night,\" said [Ken Ward|PER], a resident of northern [Mogadishu|LOC].", "lives_in", []string{"Ken Ward > Mogadishu"}},
		{"a person's home state", "Schools are unsure in many states, including [Ken Ward|PER]'s home state of [Washington|LOC], she said.", "lives_in", []string{"Ken Ward > Washington"}},
		{"hometown", "A bomb went off near [Ken Ward|PER]'s hometown [Tikrit|LOC], police said.", "lives_in", []string{"Ken Ward > Tikrit"}},
	}
	runPairCases(t, tests)
}

// TestPlaceOutOfPlace checks the located_in guard of branch whoguard: no
// country in another country (a list), no country or region of the
// world in a town; a town in its country or state stays.
func TestPlaceOutOfPlace(t *testing.T) {
	tests := []pairCase{
		{"a list of countries", "The [UK|LOC], [France|LOC], Germany, Austria and Sweden want the budget capped.", "located_in", nil},
		{"a body for a continent in a town", "He will chair a meeting of the Commission for [Africa|LOC] in [Cape Town|LOC].", "located_in", nil},
		{"a country's judge in a state", "But the [US|LOC] bankruptcy court judge in [Texas|LOC] granted an injunction.", "located_in", nil},
		{"a town in its state stays", "The report was carried by the Times in [Hammond|LOC], [Indiana|LOC], on Monday.", "located_in", []string{"Hammond > Indiana"}},
		{"a town in its country stays", "The forum meets in [Davos|LOC], [Switzerland|LOC], next week.", "located_in", []string{"Davos > Switzerland"}},
		{"a dependency in its islands stays", "The ferry caught fire soon after leaving [Guernsey|LOC] in Britain's [Channel Islands|LOC], police said.", "located_in", []string{"Guernsey > Channel Islands"}},
		{"a borough in its city stays", "The site in [Greenwich|LOC], [London|LOC], will be sold.", "located_in", []string{"Greenwich > London"}},
	}
	runPairCases(t, tests)
}

// TestNotBased checks the based_in guard of branch whoguard: a post typed
// as an organisation is based nowhere, nor is an organisation in the rest
// of its own name; an agency in its country stays.
func TestNotBased(t *testing.T) {
	tests := []pairCase{
		{"a post typed ORG", "\"I felt it deeply,\" said the [Ealing North|LOC] [MP|ORG].", "based_in", nil},
		{"the rest of the name", "He took his case to the [House|ORG] of [Lords|LOC] last year.", "based_in", nil},
		{"an agency stays based", "[Japan|LOC]'s [Meteorological Agency|ORG] said so.", "based_in", []string{"Meteorological Agency > Japan"}},
	}
	runPairCases(t, tests)
}
