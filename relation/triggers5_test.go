package relation_test

import "testing"

// TestTriggers5Words checks the WordNet-neighbour round's words
// (triggers5.go): quarrels, blackening a name, campaigning with a
// candidate, a successful urging, conversations, admiration and
// settlements; a quarrel with no named other side gives nothing.
func TestTriggers5Words(t *testing.T) {
	runPairCases(t, []pairCase{
		{"feuded with", "[Jan Kos|PER] has feuded with [Eva Berg|PER] for years.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"sparred with", "[Jan Kos|PER] sparred with [Eva Berg|PER] during the debate.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"crossed swords with", "[Jan Kos|PER] crossed swords with [Eva Berg|PER] over taxes.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"discredit", "[Jan Kos|PER] tried to discredit [Eva Berg|PER] on Tuesday.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"no other side", "[Jan Kos|PER] has feuded for years.", "criticize", nil},
		{"campaigned with", "[Jan Kos|PER] campaigned with [Eva Berg|PER] in the state last week.", "support", []string{"Jan Kos > Eva Berg"}},
		{"convinced to", "[Jan Kos|PER] convinced [Eva Berg|PER] to stay in the race.", "urge", []string{"Jan Kos > Eva Berg"}},
		{"conversation with", "[Jan Kos|PER] had a long conversation with [Eva Berg|PER] on Monday.", "meet", []string{"Jan Kos > Eva Berg"}},
		{"admiration for", "[Jan Kos|PER] expressed his admiration for [Eva Berg|PER] on Monday.", "support", []string{"Jan Kos > Eva Berg"}},
		{"settlement with", "[Acme Corp|ORG]'s settlement with [Brix Bank|ORG] was approved on Monday.", "agree", []string{"Acme Corp > Brix Bank"}},
		{"exchanged barbs with", "[Jan Kos|PER] exchanged barbs with [Eva Berg|PER] on Sunday.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"quarrelled with", "[Jan Kos|PER] quarrelled with [Eva Berg|PER] on Sunday.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"telephoned", "[Jan Kos|PER] telephoned [Eva Berg|PER] on Sunday.", "meet", []string{"Jan Kos > Eva Berg"}},
		{"played host to", "[Jan Kos|PER] played host to [Eva Berg|PER] on Sunday.", "meet", []string{"Jan Kos > Eva Berg"}},
		{"exchanged views with", "[Jan Kos|PER] exchanged views with [Eva Berg|PER] on Sunday.", "meet", []string{"Jan Kos > Eva Berg"}},
		{"joined forces with", "[Acme Corp|ORG] joined forces with [Brix Bank|ORG] on Sunday.", "agree", []string{"Acme Corp > Brix Bank"}},
		{"begged to", "[Jan Kos|PER] begged [Eva Berg|PER] to stay on Sunday.", "urge", []string{"Jan Kos > Eva Berg"}},
		{"spoke in favour of", "[Jan Kos|PER] spoke in favour of [Eva Berg|PER] on Sunday.", "support", []string{"Jan Kos > Eva Berg"}},
		{"crack down on", "[Norway|LOC] cracked down on [the Red Front|ORG] last year.", "sanction", []string{"Norway > the Red Front"}},
		{"fatwa against", "[Eva Berg|PER] issued a fatwa against [Jan Kos|PER] in 1990.", "threaten", []string{"Eva Berg > Jan Kos"}},
	})
}

// TestTriggers5Frames checks the round's readers: pressure and requests
// as adjuncts, the parties of a meeting listed after "of", and a
// dismissed statement a name modifies; denials, one body, a noun of
// people after the list and a firing give nothing.
func TestTriggers5Frames(t *testing.T) {
	runPairCases(t, []pairCase{
		{"under pressure opening", "Under pressure from [Norway|LOC], [Sweden|LOC] agreed to release the ship.", "urge", []string{"Norway > Sweden"}},
		{"under pressure set off", "[Sweden|LOC], under heavy pressure from [Norway|LOC], agreed to release the ship.", "urge", []string{"Norway > Sweden"}},
		{"under no pressure", "Under no pressure from [Norway|LOC], [Sweden|LOC] agreed to release the ship.", "urge", nil},
		{"at the request of", "[Jan Kos|PER] resigned at the request of [Eva Berg|PER] on Friday.", "urge", []string{"Eva Berg > Jan Kos"}},
		{"at the urging of", "At the urging of [Norway|LOC], [Sweden|LOC] dropped its objection.", "urge", []string{"Norway > Sweden"}},
		{"at the behest", "[Jan Kos|PER] acted at [Eva Berg|PER]'s behest.", "urge", []string{"Eva Berg > Jan Kos"}},
		{"request, no actor", "The file was released at the request of [Eva Berg|PER].", "urge", nil},
		{"meeting of parties", "Progress was made at a joint meeting of [Norway|LOC], [Sweden|LOC] and [the Nordic Council|ORG] on Monday.", "meet",
			[]string{"Norway > the Nordic Council", "Sweden > the Nordic Council"}},
		{"meeting of ministers of", "A meeting of the foreign ministers of [Norway|LOC] and [Sweden|LOC] ended on Monday.", "meet", []string{"Norway > Sweden"}},
		{"meeting of one body", "[Jan Kos|PER] spoke at a meeting of [the Nordic Council|ORG] on Monday.", "meet", nil},
		{"meeting of officials", "A meeting of [Norway|LOC] and [Sweden|LOC] officials ended on Monday.", "meet", nil},
		{"brushed aside a named warning", "[Norway|LOC] brushed aside a [Sweden|LOC] warning on Tuesday.", "criticize", []string{"Norway > Sweden"}},
		{"rejected named claims", "[Norway|LOC] rejected the [Sweden|LOC] claims on Tuesday.", "criticize", []string{"Norway > Sweden"}},
		{"dismissed an envoy", "[Norway|LOC] dismissed the [Sweden|LOC] ambassador on Tuesday.", "criticize", nil},
	})
}

// TestTriggers5Warnings checks warnedConditional: a warning to a named
// addressee with a modal and a condition, and one whose bearer is the
// party the condition is on, are threats; a forecast with no condition,
// a bearer other than the condition's party and "warned Y against" are
// not.
func TestTriggers5Warnings(t *testing.T) {
	runPairCases(t, []pairCase{
		{"addressee unless", "[Jan Kos|PER] warned [Norway|LOC] that [Sweden|LOC] would cut its supplies unless it paid its debts.", "threaten",
			[]string{"Jan Kos > Norway"}},
		{"addressee if", "[Sweden|LOC] warned [Norway|LOC] it would face consequences if it resumed whaling.", "threaten", []string{"Sweden > Norway"}},
		{"bearer is the condition's party", "[Jan Kos|PER] warned that [Norway|LOC] would face sanctions if [Norway|LOC] resumed whaling.", "threaten",
			[]string{"Jan Kos > Norway"}},
		{"no condition", "[Jan Kos|PER] warned [Norway|LOC] that prices would rise next year.", "threaten", nil},
		{"another bearer", "[Jan Kos|PER] warned that [Norway|LOC] would face a recession if [Sweden|LOC] raised its rates.", "threaten", nil},
		{"warned against", "[Jan Kos|PER] warned [Norway|LOC] against a move that would hurt talks if it went ahead.", "threaten", nil},
	})
}

// TestTriggers5Withdrawals checks the round's pact-dropping verbs: they
// read a noun phrase of withdrawnFrom ("the peace talks", "the deal") as
// what is left, never a name nor another noun ("abandoned its plans").
func TestTriggers5Withdrawals(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"abandoned the talks", "[Norway|LOC] abandoned the peace talks on Monday.", "the peace talks"},
		{"tore up the agreement", "[Norway|LOC] tore up the trade agreement on Monday.", "the trade agreement"},
		{"scrapped the deal", "[Norway|LOC] scrapped the deal on Monday.", "the deal"},
		{"abandoned its plans", "[Norway|LOC] abandoned its plans on Monday.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeText(t, tc.text)
			got := ""
			for _, r := range doc.Relations {
				if r.Type == "withdraw" {
					got = r.ObjectText
				}
			}
			if got != tc.want {
				t.Errorf("withdraw object %q, want %q (all: %+v)", got, tc.want, doc.Relations)
			}
		})
	}
}

// TestTriggers5Pressure checks pressureOn and quarrelWith: pressure put
// on a named party is an urging, a quarrel with one a criticism; a cause
// as subject, pressure on what a party owns, a noun's modifier and a
// row of things give nothing.
func TestTriggers5Pressure(t *testing.T) {
	runPairCases(t, []pairCase{
		{"put pressure on", "[Norway|LOC] put pressure on [Sweden|LOC] to release the ship.", "urge", []string{"Norway > Sweden"}},
		{"stepped up the pressure on", "[Norway|LOC] stepped up the pressure on [Sweden|LOC] on Monday.", "urge", []string{"Norway > Sweden"}},
		{"possessed pressure", "[Norway|LOC]'s pressure on [Sweden|LOC] worked.", "urge", []string{"Norway > Sweden"}},
		{"a cause", "Rising oil prices put pressure on [Acme Air|ORG] last year.", "urge", nil},
		{"what a party owns", "[Norway|LOC] put pressure on [Acme Air|ORG]'s margins.", "urge", nil},
		{"mounting pressure", "Amid mounting pressure on [Sweden|LOC], talks resumed.", "urge", nil},
		{"feud with", "[Jan Kos|PER]'s feud with [Eva Berg|PER] deepened.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"locked in a row with", "[Jan Kos|PER] is locked in a bitter row with [Eva Berg|PER].", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"a row of houses", "[Jan Kos|PER] bought a row of houses in [Oslo|LOC].", "criticize", nil},
	})
}

// TestTriggers5ObjectFrames checks objectFrame and listedAs: verbs whose
// object stands inside the phrase; a passive, a person who finds someone
// guilty and a frame with another verb give nothing.
func TestTriggers5ObjectFrames(t *testing.T) {
	runPairCases(t, []pairCase{
		{"shot dead", "[Red Front|ORG] gunmen shot [Jan Kos|PER] dead on Monday.", "kill", []string{"Red Front > Jan Kos"}},
		{"stabbed to death", "[Eva Berg|PER] stabbed [Jan Kos|PER] to death in 1990.", "kill", []string{"Eva Berg > Jan Kos"}},
		{"was shot dead", "[Jan Kos|PER] was shot dead on Monday.", "kill", nil},
		{"took to task", "[Eva Berg|PER] took [Jan Kos|PER] to task on Monday.", "criticize", []string{"Eva Berg > Jan Kos"}},
		{"persona non grata", "[Norway|LOC] declared [Jan Kos|PER] persona non grata on Monday.", "sanction", []string{"Norway > Jan Kos"}},
		{"designated as terrorist", "[Norway|LOC] designated [Red Front|ORG] as a terrorist organisation on Monday.", "sanction", []string{"Norway > Red Front"}},
		{"a court found guilty", "A [Norway|LOC] court found [Jan Kos|PER] guilty on Monday.", "arrest", []string{"Norway > Jan Kos"}},
		{"a person found guilty", "[Eva Berg|PER] found [Jan Kos|PER] guilty of nothing.", "arrest", nil},
		{"joined for talks", "[Eva Berg|PER] joined [Jan Kos|PER] for talks on Monday.", "meet", []string{"Eva Berg > Jan Kos"}},
		{"hosted a dinner for", "[Eva Berg|PER] hosted a dinner for [Jan Kos|PER] on Monday.", "meet", []string{"Eva Berg > Jan Kos"}},
		{"memorandum of understanding", "[Norway|LOC] signed a memorandum of understanding with [Sweden|LOC] on Monday.", "agree", []string{"Norway > Sweden"}},
		{"had breakfast with", "[Eva Berg|PER] had breakfast with [Jan Kos|PER] on Monday.", "meet", []string{"Eva Berg > Jan Kos"}},
		{"visited with", "[Eva Berg|PER] visited with [Jan Kos|PER] on Monday.", "meet", []string{"Eva Berg > Jan Kos"}},
		{"went on to", "[Eva Berg|PER] went on to [Sweden|LOC] on Monday.", "visit", []string{"Eva Berg > Sweden"}},
		{"sided with", "[Eva Berg|PER] sided with [Jan Kos|PER] on Monday.", "support", []string{"Eva Berg > Jan Kos"}},
		{"a noun side", "The [Norway|LOC] side with 19 points won easily.", "support", nil},
		{"surrogate", "[Eva Berg|PER] is a [Jan Kos|PER] surrogate.", "support", []string{"Eva Berg > Jan Kos"}},
		{"had kind words for", "[Eva Berg|PER] had kind words for [Jan Kos|PER] on Monday.", "support", []string{"Eva Berg > Jan Kos"}},
		{"had harsh words for", "[Eva Berg|PER] had harsh words for [Jan Kos|PER] on Monday.", "criticize", []string{"Eva Berg > Jan Kos"}},
		{"disputed claims", "[Eva Berg|PER] disputed [Jan Kos|PER]'s claims on Monday.", "criticize", []string{"Eva Berg > Jan Kos"}},
		{"pushed back against", "[Eva Berg|PER] pushed back against [Jan Kos|PER] on Monday.", "criticize", []string{"Eva Berg > Jan Kos"}},
		{"pushed for to", "[Norway|LOC] pushed for [Sweden|LOC] to act on Monday.", "urge", []string{"Norway > Sweden"}},
	})
}
