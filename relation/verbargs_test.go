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
		{"coordinated subjects of a passive", "[Ken Ward|PER] and [Lisa Moore|PER] were arrested by [Scotland Yard|ORG] on Monday.", "arrest", []string{"Scotland Yard > Lisa Moore", "Scotland Yard > Ken Ward"}},
		{"a list of participles", "[Ken Ward|PER] was detained, questioned and released by [Scotland Yard|ORG] on Monday.", "arrest", []string{"Scotland Yard > Ken Ward"}},
		{"a list of clauses", "[Ken Ward|PER] was detained, and police said the car was seized by customs.", "arrest", nil},
		{"two verbs without a be", "[Ken Ward|PER] fled and was later killed.", "kill", nil},
		// the agent beyond place phrases
		{"by after two place phrases", "An officer was killed in the town of [Jenin|LOC] in the northern [West Bank|LOC] by [Israeli|MISC] soldiers, officials said.", "kill", []string{"Israeli > An officer"}},
		{"by in another clause", "An officer was killed in the town of [Jenin|LOC] and a school was bombed by [Israeli|MISC] jets.", "kill", nil},
		// the subject phrase of a passive
		{"a phrase after why", "[Ken Ward|PER] did not say why the three had been detained by [Ruritanian|MISC] police.", "arrest", []string{"Ruritanian > the three"}},
		{"a phrase before a relative clause", "The bill, which ministers claim will cut crime, is expected to be opposed by the [Liberal Democrats|ORG].", "criticize", []string{"Liberal Democrats > The bill"}},
		{"a reduced relative in the phrase", "A teacher believed to have recruited bombers was convicted by a [Ruritanian|MISC] court.", "arrest", []string{"Ruritanian > A teacher believed to have recruited bombers"}},
		{"a phrase after said", "Officials said the three had been detained by [Ruritanian|MISC] police.", "arrest", []string{"Ruritanian > the three"}},
		// a name with a reduced relative
		{"X, backed by Y, …", "[Ruritania|LOC], backed by [Borduria|LOC] and [Syldavia|LOC], vetoed the resolution.", "support", []string{"Borduria > Ruritania", "Syldavia > Ruritania"}},
		{"X backed by Y", "The vote showed [Hezbollah|ORG] backed by [Iran|LOC] has grown.", "support", []string{"Iran > Hezbollah"}},
		{"X, backed by Y and more", "[Ruritania|LOC], backed by [Borduria|LOC] troops, crossed the river.", "support", nil},
		{"X, accused by Y of", "[Ruritania|LOC], accused by [Borduria|LOC] of building a bomb, denied it.", "accuse", []string{"Borduria > Ruritania"}},
		{"a phrase with a relative passive", "The minister, who was criticised by [Labour|ORG], resigned.", "criticize", []string{"Labour > The minister"}},
		{"the head of a that-clause", "It kills a [Danish|MISC] motion criticizing human rights violations that had been supported by the [Netherlands|LOC].", "support",
			[]string{"Netherlands > a Danish motion criticizing human rights violations"}},
		{"a relative clause inside the phrase", "The communist party which came to power in a coup was condemned by the [Taliban|ORG] on Sunday.", "criticize", []string{"Taliban > The communist party"}},
		{"a passive after a conjunction", "The unnamed suspect left the colony after being detained by [Interpol|ORG].", "arrest", []string{"Interpol > The unnamed suspect"}},
		{"a name after a preposition", "It was a debate in [Brooklyn|LOC] backed by [CNN|ORG] on Thursday.", "support", nil},
		{"a relative after a prepositional phrase", "They found traces of the poison in places around [London|LOC] that were visited by [Ken Ward|PER].", "visit", nil},
		{"the nearest phrase before who", "The opposition suggests the prime minister, who must be approved by [Ken Ward|PER].", "support", []string{"Ken Ward > the prime minister"}},
		{"a phrase with of before who", "The leader of the group, who was arrested by [Scotland Yard|ORG], denied it.", "arrest", []string{"Scotland Yard > The leader of the group"}},
		{"a phrase after another clause", "Three soldiers were wounded and one was killed by [Hezbollah|ORG] fire.", "kill", nil},
		{"a verb chain before the passive", "The proposal still needs to be approved by the [EU Council|ORG].", "support", []string{"EU Council > The proposal still needs"}},
		// titles
		{"by a lower-case title", "The president was criticised by opposition leader [Ken Ward|PER] on Monday.", "criticize", []string{"Ken Ward > The president"}},
		{"by a portfolio list", "The plan was backed by Culture, Media and Sport Secretary [Tessa Bell|PER] on Monday.", "support", []string{"Tessa Bell > The plan"}},
		// named vessels
		{"coordinated vessels", "[Ruritania|LOC]'s missile destroyer \"[Harbin|PER]\" and fuel tanker \"[Taihu Lake|MISC]\" visited [Hawaii|LOC] and [California|LOC]'s [San Diego|LOC].", "visit",
			[]string{"Taihu Lake > Hawaii", "Taihu Lake > San Diego", "Harbin > Hawaii", "Harbin > San Diego"}},
		{"an untagged vessel", "The [U.S.|LOC] navy's missile destroyer \"Foster\" visited [Qingdao|LOC] on Monday.", "visit", []string{"Foster > Qingdao"}},
		{"a vessel of a navy, with others", "The \"Blue Ridge\" of the [U.S. Navy|ORG], together with two other warships, visited [Shanghai|LOC].", "visit", []string{"Blue Ridge > Shanghai"}},
		{"a vessel noun after the name", "\"Zhenghe\" Training Ship of [Chinese|MISC] navy visited the [Pearl Harbor|LOC], the base of the fleet.", "visit", []string{"Zhenghe > Pearl Harbor"}},
		{"a vessel of a navy not named", "The \"[Blue Ridge|MISC]\" of the [U.S.|LOC] Navy, together with two other warships, visited [Shanghai|LOC].", "visit", []string{"Blue Ridge > Shanghai"}},
		{"an aircraft carrier", "The aircraft carrier [USS Nimitz|ORG] visited [Hong Kong|LOC] on Monday.", "visit", []string{"USS Nimitz > Hong Kong"}},
		{"troops moved", "[Ruritanian|MISC] troops arrived in [Borduria|LOC] on Monday.", "visit", nil},
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
		{"having met X, Y said", "Having met [Lisa Moore|PER], [Ken Ward|PER] said the talks were useful.", "meet", []string{"Ken Ward > Lisa Moore"}},
		{"having visited X and Y,", "Having visited [Berlin|LOC] and [Paris|LOC], [Ken Ward|PER] flew home.", "visit", []string{"Ken Ward > Berlin", "Ken Ward > Paris"}},
		{"a visiting title", "Visiting [Russian|MISC] Prime Minister [Viktor Chernomyrdin|PER] warned [Slovakia|LOC] on Monday.", "visit", nil},
		{"a participle before a place's state", "Visiting [Richmond|LOC], [Virginia|LOC], in June, [Donald Trump|PER] praised the police.", "visit", nil},
		{"a participle with a list", "Visiting [Slovakia|LOC], [Hungary|LOC] and [Poland|LOC] is costly.", "visit", nil},
	})
}
