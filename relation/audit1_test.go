package relation_test

import "testing"

// TestAudit1 checks the noun families and the regnal numeral of branch
// audit1 (audit1.go) on sentences written for the test: want lists the
// relations of type typ as "subject > object", an empty want none.
func TestAudit1(t *testing.T) {
	tests := []pairCase{
		// invective nouns: the target after "against" or "at"
		{"a possessor's tirade against", "[Ken Ward|PER]'s tirade against [Jan Kos|PER] shocked the party.", "criticize", []string{"Ken Ward > Jan Kos"}},
		{"launched a tirade against", "[Ken Ward|PER] launched a tirade against his former protege [Jan Kos|PER].", "criticize", []string{"Ken Ward > Jan Kos"}},
		{"issued a broadside against", "[Ken Ward|PER] issued a new broadside against [Jan Kos|PER].", "criticize", []string{"Ken Ward > Jan Kos"}},
		{"a jab at a country", "[Ken Ward|PER] made a jab at [Norway|LOC].", "criticize", []string{"Ken Ward > Norway"}},
		{"an outburst at a venue", "[Ken Ward|PER]'s outburst at [Wembley|LOC] surprised the fans.", "criticize", nil},
		// a tour of a place
		{"a possessor's tour of", "[Ken Ward|PER]'s tour of [Lemuria|LOC] ended on Monday.", "visit", []string{"Ken Ward > Lemuria"}},
		{"after a tour of, the subject", "After a four-day tour of [Lemuria|LOC], [Ken Ward|PER] ordered officials to act.", "visit", []string{"Ken Ward > Lemuria"}},
		{"leaving on a tour of", "[Ken Ward|PER] is leaving [Oslo|LOC] on a high-profile tour of [Lemuria|LOC].", "visit", []string{"Ken Ward > Lemuria"}},
		{"a tour of duty", "[Ken Ward|PER] completed a tour of duty in the army.", "visit", nil},
		{"a race named Tour of", "[Ken Ward|PER] won the Tour of [Lemuria|LOC] on Sunday.", "visit", nil},
		// a document put forward
		{"put forward a motion critical of", "[Norway|LOC] put forward a motion critical of [Sweden|LOC].", "criticize", []string{"Norway > Sweden"}},
		{"brought forward a resolution condemning", "[Norway|LOC] brought forward a resolution condemning [Sweden|LOC].", "criticize", []string{"Norway > Sweden"}},
		// under pressure from
		{"has been under intense pressure from both A and B", "[Jan Kos|PER] has been under intense pressure from both [Acme|ORG] and [Nordfund|ORG] to resign.", "urge",
			[]string{"Acme > Jan Kos", "Nordfund > Jan Kos"}},
		{"is under pressure from a body", "[Norway|LOC] is under pressure from the [European Union|ORG] to cut tariffs.", "urge", []string{"European Union > Norway"}},
		{"under no pressure from", "[Jan Kos|PER] said he was under no pressure from [Ken Ward|PER].", "urge", nil},
		{"under fire from", "The [Nordfund|ORG] convoy was under fire from [Acme|ORG].", "criticize", nil},
		// a sentence opening with "On" and a gerund
		{"on arriving in, opening", "On arriving in [Prague|LOC], [Jan Kos|PER] was greeted by bells.", "visit", []string{"Jan Kos > Prague"}},
		{"a ban on visiting", "[Norway|LOC] lifted a ban on visiting [Cuba|LOC].", "visit", nil},
		// a sentence opening with a passive participle of welcome
		{"met at the airport by X, Y said", "Met at the airport by President [Ken Ward|PER], [Jan Kos|PER] said he was happy.", "meet", []string{"Ken Ward > Jan Kos"}},
		{"greeted by X on arrival, Y", "Greeted by [Ken Ward|PER] on arrival, [Jan Kos|PER] smiled.", "meet", []string{"Ken Ward > Jan Kos"}},
		{"met by X and his wife, Anna, the guest", "Met at the airport by [Ken Ward|PER] and his wife, [Anna|PER], the pope said he was happy.", "meet", nil},
		{"met with X, no agent", "Met with cheers in [Oslo|LOC], [Jan Kos|PER] smiled.", "meet", nil},
		// a journey from one place to another
		{"flew from A to B", "[Jan Kos|PER] flew from [Oslo|LOC] to [Stockholm|LOC] on Monday.", "visit", []string{"Jan Kos > Stockholm"}},
		{"will travel from A to B", "[Jan Kos|PER] will travel from [Oslo|LOC] to [Stockholm|LOC] next week.", "visit", []string{"Jan Kos > Stockholm"}},
		{"flew aid from A to B", "[Norway|LOC] will fly aid from [Oslo|LOC] to [Sudan|LOC].", "visit", nil},
		{"from A to A", "[Jan Kos|PER] flew from [Oslo|LOC] to [Oslo|LOC] by mistake.", "visit", nil},
		// a regnal numeral the tagger left out of the name
		{"a pope's numeral", "Pope [John Paul|PER] II arrived in [Prague|LOC] on Friday.", "visit", []string{"John Paul > Prague"}},
		{"a queen's numeral", "Queen [Elizabeth|PER] II visited [Canada|LOC] in May.", "visit", []string{"Elizabeth > Canada"}},
	}
	runPairCases(t, tests)
}
