package relation_test

import "testing"

// TestVerbArgs checks the argument structures of verbargs.go on sentences
// written for the test: want lists the relations of type typ as
// "subject > object", an empty want none.
func TestVerbArgs(t *testing.T) {
	runPairCases(t, []pairCase{
		// coordinated passives share the "be" and the agent
		{"tracked down and killed by", "[Abu Musa|PER], who was tracked down and killed by [Ruritanian|MISC] police in June, led the cell.", "kill", []string{"Ruritanian > Abu Musa"}},
		{"arrested and charged by", "[Ken Ward|PER] was arrested and charged by [Scotland Yard|ORG] on Monday.", "arrest", []string{"Scotland Yard > Ken Ward"}},
		{"a passive and an active verb", "[Ken Ward|PER] condemned a raid in which five soldiers were killed and urged [Lisa Moore|PER] to resign.", "kill", nil},
		{"two verbs without a be", "[Ken Ward|PER] fled and was later killed.", "kill", nil},
		// the agent beyond place phrases
		{"by after two place phrases", "An officer was killed in the town of [Jenin|LOC] in the northern [West Bank|LOC] by [Israeli|MISC] soldiers, officials said.", "kill", []string{"Israeli > An officer"}},
		{"by in another clause", "An officer was killed in the town of [Jenin|LOC] and a school was bombed by [Israeli|MISC] jets.", "kill", nil},
		// the subject phrase of a passive
		{"a phrase after why", "[Ken Ward|PER] did not say why the three had been detained by [Ruritanian|MISC] police.", "arrest", []string{"Ruritanian > the three"}},
		{"a phrase before a relative clause", "The bill, which ministers claim will cut crime, is expected to be opposed by the [Liberal Democrats|ORG].", "criticize", []string{"Liberal Democrats > The bill"}},
		{"a reduced relative in the phrase", "A teacher believed to have recruited bombers was convicted by a [Ruritanian|MISC] court.", "arrest", []string{"Ruritanian > A teacher believed to have recruited bombers"}},
		{"a phrase after said", "Officials said the three had been detained by [Ruritanian|MISC] police.", "arrest", []string{"Ruritanian > the three"}},
		// titles that list portfolios
		{"by a portfolio list", "The plan was backed by Culture, Media and Sport Secretary [Tessa Bell|PER] on Monday.", "support", []string{"Tessa Bell > The plan"}},
		// named vessels
		{"coordinated vessels", "[Ruritania|LOC]'s missile destroyer \"[Harbin|PER]\" and fuel tanker \"[Taihu Lake|MISC]\" visited [Hawaii|LOC] and [California|LOC]'s [San Diego|LOC].", "visit",
			[]string{"Taihu Lake > Hawaii", "Taihu Lake > San Diego", "Harbin > Hawaii", "Harbin > San Diego"}},
		{"an untagged vessel", "The [U.S.|LOC] navy's missile destroyer \"Foster\" visited [Qingdao|LOC] on Monday.", "visit", []string{"Foster > Qingdao"}},
		{"a vessel of a navy, with others", "The \"Blue Ridge\" of the [U.S. Navy|ORG], together with two other warships, visited [Shanghai|LOC].", "visit", []string{"Blue Ridge > Shanghai"}},
		{"a vessel noun after the name", "\"Zhenghe\" Training Ship of [Chinese|MISC] navy visited the [Pearl Harbor|LOC], the base of the fleet.", "visit", []string{"Zhenghe > Pearl Harbor"}},
		{"a vessel of a navy not named", "The \"[Blue Ridge|MISC]\" of the [U.S.|LOC] Navy, together with two other warships, visited [Shanghai|LOC].", "visit", []string{"Blue Ridge > Shanghai"}},
		{"a quoted name without a vessel", "The band \"[Blue Ridge|MISC]\" visited [Shanghai|LOC].", "visit", nil},
		// relative clauses whose object is the pronoun
		{"which A, in particular B, blamed", "They must drop [Ruritania|LOC]'s currency peg, which [EU|ORG] nations, in particular [Germany|LOC], have blamed for a surge in imports.", "accuse",
			[]string{"EU > Ruritania", "Germany > Ruritania"}},
		{"which A and B condemned", "The army ended its offensive, which [France|LOC] and [Germany|LOC] had condemned.", "criticize", nil},
		{"which A and B condemned, an owner", "The army ended [Ruritania|LOC]'s offensive, which [France|LOC] and [Germany|LOC] had condemned.", "criticize",
			[]string{"Germany > Ruritania", "France > Ruritania"}},
		{"which A condemned, at the end", "The army ended [Ruritania|LOC]'s offensive, which [France|LOC] had condemned.", "criticize", []string{"France > Ruritania"}},
		// a participle opening the sentence
		{"visiting X, Y said", "Visiting [Slovakia|LOC], [Viktor Chernomyrdin|PER] said the deal was fair.", "visit", []string{"Viktor Chernomyrdin > Slovakia"}},
		{"a visiting title", "Visiting [Russian|MISC] Prime Minister [Viktor Chernomyrdin|PER] warned [Slovakia|LOC] on Monday.", "visit", nil},
		{"a participle with a list", "Visiting [Slovakia|LOC], [Hungary|LOC] and [Poland|LOC] is costly.", "visit", nil},
	})
}
