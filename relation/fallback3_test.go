package relation_test

import "testing"

// TestFallback3 checks the fallback tier's third round (branch relrules,
// docs/relations.md) on sentences written for the test: want lists the
// relations of type typ as "subject > object", an empty want none.
func TestFallback3(t *testing.T) {
	tests := []pairCase{
		// subjects
		{"a relative clause with a time phrase", "[Ruritania|LOC], which won the vote last year, condemned [Lemuria|LOC].", "criticize", []string{"Ruritania > Lemuria"}},
		{"a movement's relative clause", "The ruling [Freedom Front|ORG] movement, which won the vote last year, slammed [Ken Ward|PER].", "criticize", []string{"Freedom Front > Ken Ward"}},
		{"and others", "[Norway|LOC], [Sweden|LOC] and others rejected a [Lemuria|LOC] proposal on fishing.", "criticize", []string{"Sweden > Lemuria", "Norway > Lemuria"}},
		{"and other countries", "[Norway|LOC] and other countries condemned [Lemuria|LOC].", "criticize", []string{"Norway > Lemuria"}},
		{"a coordinated clause after a time phrase", "[Jan Kos|PER] was holding talks on Friday in Oslo and on Saturday was due to meet with [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"a second clause with its own subject", "[Jan Kos|PER] spoke on Friday and on Saturday [Lisa Moore|PER] was due to meet with [Ken Ward|PER].", "meet", []string{"Lisa Moore > Ken Ward"}},
		{"with whom X met", "The envoy, [Lisa Moore|PER], with whom [Jan Kos|PER] met, said nothing.", "meet", []string{"Jan Kos > Lisa Moore"}},
		{"whom X praised", "The prize went to [Lisa Moore|PER], whom [Jan Kos|PER] praised.", "support", []string{"Jan Kos > Lisa Moore"}},
		// lexicon
		{"overthrew", "In 1990 [Lemuria|LOC] overthrew the [Ruritania|LOC] government.", "attack", []string{"Lemuria > Ruritania"}},
		{"fought", "[Lemuria|LOC] fought [Ruritania|LOC] for years.", "attack", []string{"Lemuria > Ruritania"}},
		{"fight for is no attack", "[Lemuria|LOC] will fight for [Ruritania|LOC].", "attack", nil},
		{"has frozen aid to", "[Norway|LOC] has frozen aid to the [Ruritania|LOC] government.", "sanction", []string{"Norway > Ruritania"}},
		{"called for X to", "[Ken Ward|PER] called on Monday for [Jan Kos|PER] to resign.", "urge", []string{"Ken Ward > Jan Kos"}},
		{"recommended that", "The [Freedom Front|ORG] recommended Friday that chairman [Jan Kos|PER] call a vote.", "urge", []string{"Freedom Front > Jan Kos"}},
		{"barred from", "[Norway|LOC] barred [Jan Kos|PER] from entering the country.", "sanction", []string{"Norway > Jan Kos"}},
		// stances
		{"in favour of a name's plan", "[Lisa Moore|PER] is in favour of [Ken Ward|PER]'s plan.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"in protest against a phrase", "The [Freedom Front|ORG] marched in protest against the new fuel tax.", "criticize", []string{"Freedom Front > the new fuel tax"}},
		{"in protest at", "The [Freedom Front|ORG] called a strike in protest at [Jan Kos|PER]'s arrest.", "criticize", []string{"Freedom Front > Jan Kos"}},
		{"in protest, no object", "The [Freedom Front|ORG] walked out in protest.", "criticize", nil},
		{"agrees with a name's remarks", "[Lisa Moore|PER] said she agrees with [Ken Ward|PER]'s remarks.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"agrees with a name's remarks, no agreement", "[Lisa Moore|PER] said she agrees with [Ken Ward|PER]'s remarks.", "agree", nil},
		{"agrees a fact", "[Lisa Moore|PER] agrees [Ken Ward|PER] is a poor speaker.", "agree", nil},
		// nouns
		{"a possessive over a month", "[Jan Kos|PER] said [Jan Kos|PER]'s October visit to [Lemuria|LOC] went well.", "visit", []string{"Jan Kos > Lemuria"}},
		{"a thinly veiled warning", "[Jan Kos|PER] gave a thinly veiled warning to [Lemuria|LOC].", "threaten", []string{"Jan Kos > Lemuria"}},
		{"opposition to", "[Jan Kos|PER] voiced his opposition to [Lemuria|LOC] on Monday.", "criticize", []string{"Jan Kos > Lemuria"}},
		// bodies urged by a noun phrase
		{"advised its embassies to", "The [State Department|ORG] has advised its embassies to review their security.", "urge", []string{"State Department > its embassies"}},
		{"called on the government and a name to", "The [Nordic Council|ORG] called on the government and the rebel [Ruritanian Front|ORG] to end the fighting.", "urge",
			[]string{"Nordic Council > the government", "Nordic Council > Ruritanian Front"}},
		{"ordered X's office, along with Y, to", "[Ken Ward|PER] ordered [Jan Kos|PER]'s office, along with the city attorney, to release the files.", "urge",
			[]string{"Ken Ward > Jan Kos's office"}},
		{"urged the public is no body", "[Ken Ward|PER] urged the public to stay calm.", "urge", nil},
		{"a second request inside a quote's coordination", "The group is calling on [Lisa Moore|PER] to “stop taking black votes” and call on [Ken Ward|PER] to resign.", "urge",
			[]string{"The group > Lisa Moore", "Lisa Moore > Ken Ward"}}, // "The group", a description (branch groupargs)
		// a place before a title leads to the person
		{"the murder of a teenager by an officer", "Many protested over the murder of [Chicago|LOC] teenager [Jan Kos|PER] by [Chicago|LOC] police officer [Ken Ward|PER].", "kill",
			[]string{"Ken Ward > Jan Kos"}},
		{"remain opposed to", "[Norway|LOC] remains strongly opposed to [Lemuria|LOC].", "criticize", []string{"Norway > Lemuria"}},
		// an organisation and a country in one list of subjects
		{"a union and a country froze aid", "The [Nordic Union|ORG] and [Norway|LOC] have frozen aid to [Ruritania|LOC].", "sanction",
			[]string{"Norway > Ruritania", "Nordic Union > Ruritania"}},
		{"a person and a country are no list", "[Jan Kos|PER] and [Norway|LOC] have frozen aid to [Ruritania|LOC].", "sanction", []string{"Norway > Ruritania"}},
		// a lower-case title before a person's name
		{"pressured an ex-chief officer", "[Ken Ward|PER] pressured ex-chief financial officer [Jan Kos|PER] to sign the papers.", "urge", []string{"Ken Ward > Jan Kos"}},
		{"a lower-case noun before a person is no title", "[Ken Ward|PER] pressured workers at the plant [Jan Kos|PER] owns to sign.", "urge", nil},
		// the subject of "joined an alliance with"
		{"joined an alliance with", "Last week [Jan Kos|PER] joined an electoral alliance with the main opposition [Freedom Front|ORG] party.", "agree",
			[]string{"Jan Kos > Freedom Front"}},
		// objects after time phrases and adverbs
		{"condemned on Monday X", "[Lisa Moore|PER] condemned on Monday [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"backed firmly X", "[Lisa Moore|PER] backed firmly the [Freedom Front|ORG] government.", "support", []string{"Lisa Moore > Freedom Front"}},
		// relative clauses whose antecedent is the object
		{"which X has blamed for", "The [Freedom Front|ORG], which [Norway|LOC] has blamed for the riots, denied it.", "accuse", []string{"Norway > Freedom Front"}},
		{"which X accuses of", "The [Freedom Front|ORG], which [Norway|LOC] accuses of fraud, won.", "accuse", []string{"Norway > Freedom Front"}},
		{"which X leads is no object", "The [Freedom Front|ORG], which [Jan Kos|PER] leads, won.", "support", nil},
		// the owner of a phrase object the patterns found
		{"the decision by X", "[Lisa Moore|PER] criticized the decision by [Norway|LOC].", "criticize", []string{"Lisa Moore > Norway"}},
		{"the decision alone", "[Lisa Moore|PER] criticized the decision.", "criticize", []string{"Lisa Moore > the decision"}},
		// calls, pressure and complaints
		{"renewed his call for X to", "[Lisa Moore|PER] renewed her call for [Norway|LOC] to halt the hunt.", "urge", []string{"Lisa Moore > Norway"}},
		{"X's call for Y to", "[Lisa Moore|PER]'s call for [Ken Ward|PER] to resign was ignored.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"a call for X without to", "[Lisa Moore|PER] ignored the call for [Ken Ward|PER]'s resignation.", "urge", nil},
		{"came under pressure from", "[Ken Ward|PER] came under pressure from [Lisa Moore|PER] to resign.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"lodged a complaint against", "[Ken Ward|PER] lodged a formal complaint against [Lisa Moore|PER].", "accuse", []string{"Ken Ward > Lisa Moore"}},
		{"a coordinated infinitive's subject after another clause", "In what may be a first, [Norway|LOC] and the group agree, and the group is calling on [Lisa Moore|PER] to “stop taking black votes” and call on [Ken Ward|PER] to resign.", "urge",
			[]string{"the group > Lisa Moore", "Lisa Moore > Ken Ward"}}, // (branch groupargs)
		// noun phrases as objects of prepositional triggers and of nouns
		{"voiced support for a policy", "[Lisa Moore|PER] voiced her support for the ‘open door’ policy.", "support", []string{"Lisa Moore > the ‘open door’ policy"}},
		{"opposition to a policy", "[Lisa Moore|PER] voiced her opposition to the new fishing policy.", "criticize", []string{"Lisa Moore > the new fishing policy"}},
		{"opposition to the idea that", "[Lisa Moore|PER] voiced her opposition to the idea that taxes rise.", "criticize", nil},
		{"opposition to people", "[Lisa Moore|PER] voiced her opposition to the farmers.", "criticize", nil},
		// phrasings of the guidelines' types
		{"walked away from", "[Norway|LOC] walked away from the [Nordic Union|ORG] in 2019.", "withdraw", []string{"Norway > Nordic Union"}},
		{"objected to X's plan", "[Lisa Moore|PER] objected to [Ken Ward|PER]'s plan.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"spoke out against", "[Lisa Moore|PER] spoke out against [Ken Ward|PER] on Monday.", "criticize", []string{"Lisa Moore > Ken Ward"}},
	}
	runPairCases(t, tests)
}
