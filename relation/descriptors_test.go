package relation_test

import "testing"

// TestDescriptorsAndPlaces checks the argument readers of branch
// relrecall (descriptors.go, docs/relations.md "Descriptors, incursions
// and possessed calls"): a description before an organisation or a
// country, a title with "ex-", a boss title, the place after "the X
// city of", incursions, a nationality after a preposition, a time
// between a possessed stance noun and its "of", a time before "in
// protest at", and speech-attack adjectives; sentences written for the
// test, want as in runPairCases.
func TestDescriptorsAndPlaces(t *testing.T) {
	tests := []pairCase{
		// a description before the object's name
		{"car giant", "[Zenda Motors|ORG] will meet car giant [Lemuria Auto|ORG] on Tuesday.", "meet", []string{"Zenda Motors > Lemuria Auto"}},
		{"nationality and car maker", "[Zenda Motors|ORG] signed a deal with [Ruritanian|MISC] car maker [Lemuria Auto|ORG].", "agree", []string{"Zenda Motors > Lemuria Auto"}},
		{"country and carmaker", "[Zenda Motors|ORG] will meet [Ruritania|LOC] carmaker [Lemuria Auto|ORG] on Tuesday.", "meet", []string{"Zenda Motors > Lemuria Auto"}},
		{"rival country", "[Norway|LOC] signed a deal with rival [Sweden|LOC].", "agree", []string{"Norway > Sweden"}},
		{"oil firm", "[Norway|LOC] criticised oil firm [Zenda Oil|ORG] on Monday.", "criticize", []string{"Norway > Zenda Oil"}},
		{"not officials at a firm", "[Ken Ward|PER] met officials at [Zenda Oil|ORG] on Monday.", "meet", nil},
		// titles
		{"ex-president", "[Ken Ward|PER] has been an outspoken critic of ex-president [Jan Kos|PER].", "criticize", []string{"Ken Ward > Jan Kos"}},
		{"a firm's boss", "The meeting between [Zenda Motors|ORG] boss [Ken Ward|PER] and [Lemuria Auto|ORG]'s [Jan Kos|PER] is due on Tuesday.", "meet", []string{"Ken Ward > Jan Kos"}},
		// the place after "the X city of"
		{"region city of", "[Ruritanian|MISC] troops raided the [West Zenda|LOC] city of [Strelsau|LOC] on Monday.", "attack", []string{"Ruritanian > Strelsau"}},
		{"direction region town of", "[Ruritanian|MISC] forces attacked the northern [West Zenda|LOC] town of [Strelsau|LOC].", "attack", []string{"Ruritanian > Strelsau"}},
		{"nationality city of", "[Ken Ward|PER] visited the southern [Ruritanian|MISC] border town of [Strelsau|LOC].", "visit", []string{"Ken Ward > Strelsau"}},
		// incursions and a nationality after a preposition
		{"incursion into", "The [Norwegian|MISC] incursion into [Strelsau|LOC] began on Monday.", "attack", []string{"Norwegian > Strelsau"}},
		{"raids into", "[Norwegian|MISC] raids into [Lemuria|LOC] continued.", "attack", []string{"Norwegian > Lemuria"}},
		{"incursion in, no article", "Ten soldiers were wounded in [Norwegian|MISC] incursion in [Strelsau|LOC] on Monday.", "attack", []string{"Norwegian > Strelsau"}},
		{"not the troops of an incursion", "An incursion of [Norwegian|MISC] troops into [Lemuria|LOC] began on Monday.", "attack", nil},
		{"not against one's own action at home", "[Sweden|LOC] warned against [Norwegian|MISC] military action in northern [Norway|LOC].", "attack", nil},
		// a time between a possessed stance noun and its "of"
		{"not an unpossessed noun after a time", "The [Nordic Council|ORG] issued a condemnation on Wednesday of [Jan Kos|PER]'s remarks.", "criticize", nil},
		// a time before "in protest at"
		{"protest after a long time", "[Sweden|LOC] pulled out of the talks in November last year in protest at [Norway|LOC] sanctions.", "criticize", []string{"Sweden > Norway"}},
		// a time between a participle and the sanctions' preposition
		{"sanctions imposed last year on", "[Norway|LOC] said [UN|ORG] sanctions imposed last year on [Lemuria|LOC] must end.", "sanction", []string{"UN > Lemuria"}},
		// armed craft act for their state; shooting one down kills nobody
		{"a nationality's drone", "A [Norwegian|MISC] reconnaissance drone fired one missile at [Zenda Front|ORG] militants.", "attack", []string{"Norwegian > Zenda Front"}},
		{"not a think tank", "A [Norwegian|MISC] think tank criticised the [Zenda Front|ORG].", "criticize", nil},
		{"no killing of a drone", "The [Zenda Front|ORG] shot down a [Norwegian|MISC] drone.", "kill", nil},
		{"the mainland of", "The [Norwegian|MISC] warship visited the mainland of the [United States|LOC].", "visit", []string{"Norwegian > United States"}},
		// not an aircraft carrier
		{"not an aircraft carrier's host", "[Norway|LOC] agreed to host a [Lemuria|MISC] class aircraft carrier in 2008.", "meet", nil},
		// a meeting between two named parties
		{"meeting between two firms", "The meeting between [Zenda Motors|ORG] and [Lemuria Auto|ORG] is due on Tuesday.", "meet", []string{"Zenda Motors > Lemuria Auto"}},
		{"talks between two countries", "Talks between [Norway|LOC] and [Sweden|LOC] ended on Tuesday.", "meet", []string{"Norway > Sweden"}},
		{"not a city and a country", "Talks between [Oslo|LOC] and [Sweden|LOC] ended on Tuesday.", "meet", nil},
		// a country's short name before sanctions
		{"US sanctions imposed on", "[Norway|LOC] said [US|LOC] sanctions imposed on [Lemuria|LOC] must end.", "sanction", []string{"US > Lemuria"}},
		// vague counts of victims
		{"an exact count", "[Norwegian|MISC] troops killed 19 [Lemurian|MISC] civilians.", "kill", []string{"Norwegian > 19 Lemurian civilians"}},
		{"not more than", "[Norwegian|MISC] troops killed more than 19 [Lemurian|MISC] civilians.", "kill", nil},
		{"at least is a count", "[Norwegian|MISC] troops killed at least 19 [Lemurian|MISC] civilians.", "kill", []string{"Norwegian > at least 19 Lemurian civilians"}},
		{"not up to", "The [Zenda|ORG] police arrested up to 40 [Lemurian|MISC] activists.", "arrest", nil},
		// a phrase coordinated after a stance's phrase object
		{"support for two phrases", "[Ken Ward|PER]'s support for abortion rights and marijuana legalization, he said, is old.", "support",
			[]string{"Ken Ward > abortion rights", "Ken Ward > marijuana legalization"}},
		{"not a second verb", "[Ken Ward|PER] backed the plan and urged the council to act.", "support", []string{"Ken Ward > the plan"}},
		{"not a second stance", "[Ken Ward|PER] voiced his support for the bill and his opposition to the plan.", "support", []string{"Ken Ward > the bill"}},
		{"not the US leader's backing", "The [US|LOC] leader has given his backing to [Jan Kos|PER].", "support", []string{"The US leader > Jan Kos"}}, // the description as text, not the US (branch groupargs)
		// a counted group opening the sentence
		{"five unions met", "Five public sector unions met [Ken Ward|PER] in [Oslo|LOC].", "meet", []string{"Five public sector unions > Ken Ward"}},
		{"not many unions", "Many public sector unions met [Ken Ward|PER] in [Oslo|LOC].", "meet", nil},
		// "is in PLACE for a visit"
		{"in a place for a state visit", "President [Ken Ward|PER] is in [Oslo|LOC] for a state visit.", "visit", []string{"Ken Ward > Oslo"}},
		{"on an official visit", "[Ken Ward|PER] was in [Oslo|LOC] on an official visit.", "visit", []string{"Ken Ward > Oslo"}},
		{"not another's visit", "[Ken Ward|PER] was in [Oslo|LOC] for a visit by [Jan Kos|PER].", "visit", nil},
		// a prosecution's request for a sentence
		{"sought sentences for", "The prosecutor has sought 22-year prison sentences for [Ken Ward|PER] and two others.", "arrest", []string{"The prosecutor > Ken Ward"}},
		{"demanded the death penalty for", "[Zenda|LOC] prosecutors demanded the death penalty for [Ken Ward|PER].", "arrest", []string{"Zenda > Ken Ward"}},
		{"not a politician's demand", "[Jan Kos|PER] demanded a tougher punishment for [Ken Ward|PER].", "arrest", nil},
		// speech-attack adjectives
		{"a defamatory attack", "The club complained of a defamatory attack on striker [Ken Ward|PER] by [Zenda|ORG] boss [Jan Kos|PER].", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"not a physical attack", "The club complained of a defamatory attack on striker [Ken Ward|PER] by [Zenda|ORG] boss [Jan Kos|PER].", "attack", nil},
	}
	runPairCases(t, tests)
}

// TestFirstPersonContractions checks that a clitic verb after a quoted
// "I" reads as the full verb (descriptors.go): "I've met X" as "I have
// met X"; sentences written for the test.
func TestFirstPersonContractions(t *testing.T) {
	tests := []pairCase{
		{"I've been a supporter of", "“I've been a strong supporter of [Ken Ward|PER],” [Lisa Moore|PER] said.", "support",
			[]string{"Lisa Moore > Ken Ward"}},
		{"I've met", "“I've met [Ken Ward|PER] twice,” [Lisa Moore|PER] said.", "meet",
			[]string{"Lisa Moore > Ken Ward"}},
		{"I've criticised", "“I've criticised [Ken Ward|PER] before,” [Lisa Moore|PER] said.", "criticize",
			[]string{"Lisa Moore > Ken Ward"}},
	}
	runQuotedCases(t, tests)
}

// TestContractionsAndPossessedCalls checks that a clitic verb reads as
// the full verb ("he's been", "they've met") and that a possessed call
// or remark before a passive support or criticism is its owner's
// (descriptors.go); a resolver stub for the pronouns.
func TestContractionsAndPossessedCalls(t *testing.T) {
	tests := []resolvedCase{
		{"not he's (dropped)", "[Ken Ward|PER] spoke. He's met [Jan Kos|PER] twice.", "meet",
			map[string]string{"He": "Ken Ward"}, nil},
		{"a name's possessive stays one", "[Ann Gale|PER] spoke. [Ken Ward|PER]'s visit to [Oslo|LOC] ended.", "visit",
			map[string]string{}, []string{"Ken Ward > Oslo"}},
		{"its condemnation on Wednesday of", "The [Nordic Council|ORG] renewed its condemnation on Wednesday of [Jan Kos|PER]'s remarks.", "criticize",
			map[string]string{"its": "Nordic Council"}, []string{"Nordic Council > Jan Kos"}},
		{"her call was backed by", "[Ann Gale|PER] spoke. Her call was backed by [Jan Kos|PER].", "support",
			map[string]string{"Her": "Ann Gale"}, []string{"Jan Kos > Ann Gale"}},
		{"his remarks were condemned by", "[Ken Ward|PER] spoke. His latest remarks were condemned by [Jan Kos|PER].", "criticize",
			map[string]string{"His": "Ken Ward"}, []string{"Jan Kos > Ken Ward"}},
		{"not an unresolved pronoun (the phrase, no name)", "[Ken Ward|PER] spoke. His remarks were condemned by [Jan Kos|PER].", "criticize",
			map[string]string{}, []string{"Jan Kos > "}},
	}
	runResolvedCases(t, tests)
}
