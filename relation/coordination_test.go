package relation_test

import "testing"

// TestCoordinatedObjects checks that a relation found for one of
// coordinated objects reaches the others (coordination.go), and that
// names inside a larger name, companions of a meeting and names opening
// a clause of their own do not take it.
func TestCoordinatedObjects(t *testing.T) {
	tests := []pairCase{
		{"A and the B to", "The [Nordic Council|ORG] urged [Lemuria|LOC] and the [Freedom Front|ORG] to cease hostilities.", "urge", []string{"Nordic Council > Lemuria", "Nordic Council > Freedom Front"}},
		{"as well as", "[Lisa Moore|PER] criticised [Ken Ward|PER] as well as [Jan Kos|PER] on Tuesday.", "criticize", []string{"Lisa Moore > Ken Ward", "Lisa Moore > Jan Kos"}},
		{"along with, set off", "[Lisa Moore|PER] ordered [Ken Ward|PER], along with the [Freedom Front|ORG], to release the documents.", "urge", []string{"Lisa Moore > Ken Ward", "Lisa Moore > Freedom Front"}},
		{"along with", "[Ruritania|LOC] arrested [Ken Ward|PER] along with [Jan Kos|PER] on Monday.", "arrest", []string{"Ruritania > Ken Ward", "Ruritania > Jan Kos"}},
		{"together with", "[Ruritania|LOC] accused [Lemuria|LOC] together with [Atlantis|LOC] of spying.", "accuse", []string{"Ruritania > Lemuria", "Ruritania > Atlantis"}},
		{"A and B modifying a noun", "[Ruritania|LOC] vowed to fight the [Freedom Front|ORG] and [Red Hand|ORG] insurgency in the south.", "attack", []string{"Ruritania > Freedom Front", "Ruritania > Red Hand"}},
		{"A and B modifying another noun", "[Ruritania|LOC] vowed to fight the [Freedom Front|ORG] and [Red Hand|ORG] newspapers.", "attack", []string{"Ruritania > Freedom Front"}},
		{"a list before despite", "The [Nordic Council|ORG] agreed to back [UN|ORG] resolutions criticising the record of [Burma|LOC], [Zaire|LOC], [Iraq|LOC] and [Iran|LOC] despite protests.", "criticize",
			[]string{"Nordic Council > Burma", "Nordic Council > Zaire", "Nordic Council > Iraq", "Nordic Council > Iran"}},
		{"A and B's C", "[Ken Ward|PER] visited [Hawaii|LOC] and [California|LOC]'s [San Diego|LOC] last year.", "visit", []string{"Ken Ward > Hawaii", "Ken Ward > San Diego"}},
		{"a group and a name", "The [Nordic Council|ORG] urged the [Ruritanian|MISC] government and the [Freedom Front|ORG] to cease hostilities.", "urge",
			[]string{"Nordic Council > Ruritanian", "Nordic Council > Freedom Front"}},
		{"a phrase and a name", "[Ruritania|LOC] arrested three militants and [Ken Ward|PER] on Monday.", "arrest", []string{"Ruritania > three militants", "Ruritania > Ken Ward"}},
		{"a phrase and a speaker", "[Ruritania|LOC] arrested three militants and [Ken Ward|PER] said it was wrong.", "arrest", []string{"Ruritania > three militants"}},
		{"a phrase and a clause in the present", "[Lisa Moore|PER] stands with the oil lobby and [Ken Ward|PER] stands with farmers.", "support", []string{"Lisa Moore > the oil lobby"}},
		{"a phrase and a clause", "[Ruritania|LOC] arrested three militants and [Lemuria|LOC] has protested.", "arrest", []string{"Ruritania > three militants"}},
		{"a name with and", "[Lisa Moore|PER] criticised [Procter and Gamble|ORG] on Tuesday.", "criticize", []string{"Lisa Moore > Procter and Gamble"}},
		{"a clause with its own subject", "[Lisa Moore|PER] criticised [Ken Ward|PER] and [Jan Kos|PER] resigned.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"a clause with its own subject, said", "[Lisa Moore|PER] met [Ken Ward|PER] and [Jan Kos|PER] said the talks went well.", "meet", []string{"Lisa Moore > Ken Ward"}},
		{"subjects of the clause hoped for", "[Norway|LOC] hopes that [Sweden|LOC] and [Finland|LOC] will keep the deal.", "urge", []string{"Norway > Sweden", "Norway > Finland"}},
		{"along with the subject's companion", "[Lisa Moore|PER] met [Ken Ward|PER] along with [Jan Kos|PER] on Tuesday.", "meet", []string{"Lisa Moore > Ken Ward"}},
		{"subjects each after its head noun, in quotes", "The destroyer “[Orca|ORG]” and the frigate “[Marlin|ORG]” visited [Oslo|LOC] and [Bergen|LOC].", "visit",
			[]string{"Marlin > Oslo", "Marlin > Bergen", "Orca > Oslo", "Orca > Bergen"}},
		{"a subject after its head noun", "[Ruritania|LOC] and the rebel group [Freedom Front|ORG] criticised [Lemuria|LOC].", "criticize",
			[]string{"Freedom Front > Lemuria", "Ruritania > Lemuria"}},
		{"no subject after a preposition", "Talks between [Ruritania|LOC] and the rebel group [Freedom Front|ORG] criticised [Lemuria|LOC].", "criticize",
			[]string{"Freedom Front > Lemuria"}},
		{"along with the subject", "[Ken Ward|PER], along with [Jan Kos|PER], criticised [Lisa Moore|PER] on Friday.", "criticize", []string{"Ken Ward > Lisa Moore", "Jan Kos > Lisa Moore"}},
	}
	runPairCases(t, tests)
}

// TestCoordinatedVerbs checks that the second verb of a coordinated verb
// phrase, or a gerund after "before" or "after", takes the first verb's
// subject, and that a clause with its own subject keeps it.
func TestCoordinatedVerbs(t *testing.T) {
	tests := []pairCase{
		{"V1 O1 and V2 O2, V1 no trigger", "[Ruritania|LOC] recalled its ambassador on Monday and accused [Lemuria|LOC] of spying.", "accuse", []string{"Ruritania > Lemuria"}},
		{"arrived and met", "[Ken Ward|PER] arrived in [Lemuria|LOC] on Monday and later met [Jan Kos|PER].", "meet", []string{"Ken Ward > Jan Kos"}},
		{"V1 O1, then V2 O2", "[Lisa Moore|PER] met [Ken Ward|PER] in [Oslo|LOC], then criticised [Lemuria|LOC] for the delay.", "criticize", []string{"Lisa Moore > Lemuria"}},
		{"V1 O1 before V2-ing O2", "[Lisa Moore|PER] met [Ken Ward|PER] in [Oslo|LOC] before visiting [Lemuria|LOC] on Friday.", "visit", []string{"Lisa Moore > Lemuria"}},
		{"before travelling to", "[Lisa Moore|PER] met [Ken Ward|PER] in [Oslo|LOC] before travelling to [Lemuria|LOC].", "visit", []string{"Lisa Moore > Lemuria"}},
		{"spoke before flying to", "[Lisa Moore|PER] spoke in [Oslo|LOC] before flying to [Lemuria|LOC].", "visit", []string{"Lisa Moore > Lemuria"}},
		{"after arriving in, opening", "After arriving in [Lemuria|LOC], [Lisa Moore|PER] met [Ken Ward|PER].", "visit", []string{"Lisa Moore > Lemuria"}},
		{"after V-ing with no named subject", "Police arrested [Ken Ward|PER] after flying to [Lemuria|LOC].", "visit", nil},
		{"V1 O1 after V2-ing O2", "[Lisa Moore|PER] spoke to reporters after meeting [Ken Ward|PER] on Friday.", "meet", []string{"Lisa Moore > Ken Ward"}},
		{"praised and attacked", "[Lisa Moore|PER] praised [Ken Ward|PER] and attacked [Jan Kos|PER] in a speech.", "criticize", []string{"Lisa Moore > Jan Kos"}},
		{"own subject after and", "[Ruritania|LOC] shot down a jet and [Lemuria|LOC] accused [Atlantis|LOC] of treachery.", "accuse", []string{"Lemuria > Atlantis"}},
		{"a relative clause", "[Lisa Moore|PER] met [Ken Ward|PER], who later criticised [Jan Kos|PER].", "criticize", []string{"Ken Ward > Jan Kos"}},
	}
	runPairCases(t, tests)
}

// TestCoordinatedPronounObjects checks the pronoun object of the second
// verb ("met Kim and invited him"): the first verb's object when the
// resolver gives the subject (who cannot be "him" of its own verb) or
// nothing, the resolver's choice otherwise.
func TestCoordinatedPronounObjects(t *testing.T) {
	tests := []resolvedCase{
		{"met and invited him", "[Lisa Moore|PER] met [Ken Ward|PER] on Monday and invited him to visit [Oslo|LOC].", "invite",
			map[string]string{"him": "Ken Ward"}, []string{"Lisa Moore > Ken Ward"}},
		{"invited him to visit: his visit", "[Lisa Moore|PER] met [Ken Ward|PER] on Monday and invited him to visit [Oslo|LOC].", "visit",
			map[string]string{"him": "Ken Ward"}, []string{"Ken Ward > Oslo"}},
		{"him resolved to the subject", "[Lisa Moore|PER] met [Ken Ward|PER] on Monday and invited him to visit [Oslo|LOC].", "invite",
			map[string]string{"him": "Lisa Moore"}, []string{"Lisa Moore > Ken Ward"}},
		{"him unresolved", "[Lisa Moore|PER] met [Ken Ward|PER] in [Oslo|LOC] and thanked him for his help.", "support",
			nil, []string{"Lisa Moore > Ken Ward"}},
		{"him resolved elsewhere", "[Jan Kos|PER] was there. [Lisa Moore|PER] met [Ken Ward|PER] and thanked him for his help.", "support",
			map[string]string{"him": "Jan Kos"}, []string{"Lisa Moore > Jan Kos"}},
		{"a pronoun subject is not copied to as well as", "[Jan Kos|PER] spoke. He criticised [Ken Ward|PER] as well as [Lisa Moore|PER].", "criticize",
			map[string]string{"He": "Jan Kos"}, []string{"Jan Kos > Ken Ward"}},
		{"arrested and accused him", "[Ruritania|LOC] arrested [Ken Ward|PER] on Monday and accused him of spying.", "accuse",
			map[string]string{"him": "Ken Ward"}, []string{"Ruritania > Ken Ward"}},
	}
	runResolvedCases(t, tests)
}
