package relation_test

import "testing"

// TestNominal2 checks the second round of nominal events (branch
// nomevent, nominal2.go) on sentences written for the test: want lists
// the relations of type typ as "subject > object" (object text for a
// phrase), an empty want none.
func TestNominal2(t *testing.T) {
	tests := []pairCase{
		// a withdrawal with a nationality or country before it
		{"nationality withdrawal from", "The [Soviet|MISC] withdrawal from [Afghanistan|LOC] ended in 1989.", "withdraw", []string{"Soviet > Afghanistan"}},
		{"bare nationality withdrawal", "[Jan Kos|PER] pushed for [Norwegian|MISC] withdrawal from [Lemuria|LOC] last year.", "withdraw", []string{"Norwegian > Lemuria"}},
		{"country troop redeployment", "[Ken Ward|PER] said [Norway|LOC] troop redeployment from [Lemuria|LOC] should start soon.", "withdraw", []string{"Norway > Lemuria"}},
		{"possessive withdrawal of its troops", "[Moscow|LOC]'s withdrawal of its troops from [Lemuria|LOC] was welcomed.", "withdraw", []string{"Moscow > Lemuria"}},
		{"a place before the noun is the place left", "The [Gaza|LOC] withdrawal was completed in September.", "withdraw", nil},
		{"a pullback of shares", "A pullback of [Oslo|LOC] property shares led the market lower.", "withdraw", nil},
		{"withdrawal of support from", "The withdrawal of support from [Jan Kos|PER] hurt him.", "withdraw", nil},
		// attacks led by a party
		{"X-led invasion of", "The vote follows the [Norway-led|MISC] invasion of [Lemuria|LOC] in 2003.", "attack", []string{"Norway-led > Lemuria"}},
		{"X-led coalition is no attack", "[Lemuria|LOC] joined the [Ruritania-led|MISC] coalition in 2003.", "attack", nil},
		{"X-led attack without a target", "The [NATO-led|MISC] offensive began on Monday.", "attack", nil},
		// sanctions kept in force
		{"maintained an embargo against", "The [United States|LOC] has maintained a trade embargo against [Cuba|LOC] since 1962.", "sanction", []string{"United States > Cuba"}},
		{"still maintains an embargo on", "[Norway|LOC] still maintains a trade embargo on [Lemuria|LOC].", "sanction", []string{"Norway > Lemuria"}},
		{"tightened sanctions on", "The [European Union|ORG] tightened its sanctions on [Lemuria|LOC] on Monday.", "sanction", []string{"European Union > Lemuria"}},
		{"maintained contact is no sanction", "[Ruritania|LOC] maintained close contact with [Lemuria|LOC].", "sanction", nil},
		// calls for someone's removal or resignation
		{"called for the resignation of", "The [Labour Party|ORG] called for the resignation of Prime Minister [Jan Kos|PER].", "urge", []string{"Labour Party > Jan Kos"}},
		{"demanded the removal of", "Senator [Ken Ward|PER] demanded the removal of Defence Secretary [Jan Kos|PER].", "urge", []string{"Ken Ward > Jan Kos"}},
		{"issued a call for the ouster of", "[Hamas|ORG] issued a call for the ouster of [Jan Kos|PER].", "urge", []string{"Hamas > Jan Kos"}},
		{"X's call for the resignation of", "[Greenpeace|ORG]'s call for the resignation of [Jan Kos|PER] was ignored.", "urge", []string{"Greenpeace > Jan Kos"}},
		{"X's request for the removal of the board", "[Nordfund|ORG]'s request for the removal of the supervisory board will be considered.", "urge", []string{"Nordfund > the supervisory board"}},
		{"planning to demand the removal of", "[Nordfund|ORG] was planning to demand the removal of [Acme|ORG]'s chairman.", "urge", []string{"Nordfund > Acme"}},
		{"called for X's resignation", "[Ken Ward|PER] called for [Jan Kos|PER]'s resignation on Friday.", "urge", []string{"Ken Ward > Jan Kos"}},
		{"demanded X's ouster", "[Hamas|ORG] demanded [Jan Kos|PER]'s ouster.", "urge", []string{"Hamas > Jan Kos"}},
		{"X's resignation alone", "[Ken Ward|PER] regretted [Jan Kos|PER]'s resignation.", "urge", nil},
		{"removal of sanctions is no call on a party", "[Lemuria|LOC] demanded the removal of sanctions.", "urge", nil},
		{"resignation of a place", "[Ken Ward|PER] called for the removal of [Lemuria|LOC] from the list.", "urge", nil},
		{"the resignation of with no caller", "Calls for the resignation of [Jan Kos|PER] grew louder.", "urge", nil},
		// a place between the visitor's possessive and the noun
		{"X's third China trip", "This is [Ken Ward|PER]'s third [China|LOC] trip as president.", "visit", []string{"Ken Ward > China"}},
		{"a place's possessive is no visitor", "[Oslo|LOC]'s [Lemuria|LOC] visit was cancelled.", "visit", nil},
		// coordinated pre-modifying actors
		{"US and British invasion of", "He said the 2003 [Norway|LOC] and [British|MISC] invasion of [Lemuria|LOC] failed.", "attack", []string{"British > Lemuria", "Norway > Lemuria"}},
		{"a list before a noun of no trigger", "He said [Norway|LOC] and [British|MISC] troops left [Lemuria|LOC].", "attack", nil},
		// a visit's place from the story or from its host
		{"an arrival after an earlier visit", "[Jan Kos|PER] visited [Norway|LOC] on Monday. [Ken Ward|PER] spoke after [Jan Kos|PER]'s arrival, adding that [Norway|LOC] was ready.", "visit",
			[]string{"Jan Kos > Norway", "Jan Kos > Norway"}},
		{"an arrival with no earlier visit", "[Ken Ward|PER] spoke after [Jan Kos|PER]'s arrival, adding that [Norway|LOC] was ready.", "visit", nil},
		{"a host looks forward to a visit", "[Oslo|LOC] is looking forward to [Jan Kos|PER]'s visit in May.", "visit", []string{"Jan Kos > Oslo"}},
		{"a person looks forward to a visit", "[Ken Ward|PER] is looking forward to [Jan Kos|PER]'s visit in May.", "visit", nil},
		// a place between an arrest noun and its "of"; a series of arrests
		{"carried out a series of arrests in a place of X", "[Norway|LOC] had carried out a series of arrests in the [West Bank|LOC] of [Hamas|ORG] activists.", "arrest", []string{"Norway > Hamas activists"}},
		{"arrests in a place with no of", "[Norway|LOC] had carried out a series of arrests in the [West Bank|LOC] last week.", "arrest", nil},
		// a nationality's agents act for it
		{"assassination by nationality agents", "The assassination of [Jan Kos|PER] by [Ruritanian|MISC] agents shocked [Lemuria|LOC].", "kill", []string{"Ruritanian > Jan Kos"}},
	}
	runPairCases(t, tests)
}
