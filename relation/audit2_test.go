package relation_test

import "testing"

// TestAudit2 checks the rules added from the misses of the second recall
// audit on unseen US political news (audit2.go and small hooks); the
// sentences are written for the test.
func TestAudit2(t *testing.T) {
	tests := []pairCase{
		// told Y that Y should …
		{"told that the addressee should", "[Ken Ward|PER] told [Lisa Moore|PER] that [Lisa Moore|PER] should step aside.", "urge",
			[]string{"Ken Ward > Lisa Moore"}},
		{"told, a hedge and no that", "[Ken Ward|PER] told [Lisa Moore|PER] maybe [Lisa Moore|PER] needs to run for mayor.", "urge",
			[]string{"Ken Ward > Lisa Moore"}},
		{"told reporters about another", "[Ken Ward|PER] told [Lisa Moore|PER] that [Tom Hay|PER] should step aside.", "urge", nil},
		{"a passive asks nothing", "[Ken Ward|PER] told [Lisa Moore|PER] that [Lisa Moore|PER] should be fired.", "urge", nil},
		{"a past fact asks nothing", "[Ken Ward|PER] told [Lisa Moore|PER] that [Lisa Moore|PER] had lost.", "urge", nil},
		// phrases and verbs
		{"took some shots at", "Senator [Ken Ward|PER] took some shots at [Lisa Moore|PER] on Tuesday.", "criticize",
			[]string{"Ken Ward > Lisa Moore"}},
		{"grilled", "Senator [Ken Ward|PER] grilled [Acme Bank|ORG] chief [Lisa Moore|PER] for an hour.", "criticize",
			[]string{"Ken Ward > Lisa Moore"}},
		{"vilified", "[Ken Ward|PER] vilified [Lisa Moore|PER] in the campaign.", "criticize",
			[]string{"Ken Ward > Lisa Moore"}},
		{"held a fund-raiser for", "[Ken Ward|PER] held a fund-raiser for [Lisa Moore|PER] at his house.", "support",
			[]string{"Ken Ward > Lisa Moore"}},
		{"plans to caucus for", "[Ken Ward|PER] plans to caucus for [Lisa Moore|PER] on March 1.", "support",
			[]string{"Ken Ward > Lisa Moore"}},
		// a defender of
		{"a defender of, appositive", "[Ken Ward|PER], a passionate defender of [Acme Radio|ORG], spoke.", "support",
			[]string{"Ken Ward > Acme Radio"}},
		{"a defender of, fronted", "A passionate defender of [Acme Radio|ORG], Mr. [Ken Ward|PER] compared it to a church.", "support",
			[]string{"Ken Ward > Acme Radio"}},
		{"a team's defender plays for it", "[Ken Ward|PER], a [Chelsea|ORG] defender, scored twice.", "support", nil},
		// called Y's act "…"
		{"called an act outrageous", "[Lisa Moore|PER] called [Acme Bank|ORG]'s behavior \"outrageous.\"", "criticize",
			[]string{"Lisa Moore > Acme Bank"}},
		{"called weak", "[Lisa Moore|PER] called [Ken Ward|PER] \"very weak on immigration.\"", "criticize",
			[]string{"Lisa Moore > Ken Ward"}},
		// disparaging remarks about
		{"a possessor's disparaging remarks", "[Ken Ward|PER]'s disparaging remarks about [Lisa Moore|PER] hurt him.", "criticize",
			[]string{"Ken Ward > Lisa Moore"}},
		{"made derogatory comments about", "[Ken Ward|PER] made derogatory comments about [Lisa Moore|PER] on Monday.", "criticize",
			[]string{"Ken Ward > Lisa Moore"}},
		{"remarks with no owner", "The disparaging remarks about [Lisa Moore|PER] hurt [Ken Ward|PER].", "criticize", nil},
		// but coordinates verbs
		{"but shares the subject", "[Lisa Moore|PER] won the vote but has criticized [Ken Ward|PER].", "criticize",
			[]string{"Lisa Moore > Ken Ward"}},
		{"but with a subject of its own", "[Lisa Moore|PER] praised [Tom Hay|PER] but [Ken Ward|PER] criticized [Tom Hay|PER].", "criticize",
			[]string{"Ken Ward > Tom Hay"}},
	}
	runPairCases(t, tests)
}

// TestAudit2Quoted checks a present tense after a quoted "I" or "we"
// (audit2.go): "“I admire her,” Gold said".
func TestAudit2Quoted(t *testing.T) {
	tests := []pairCase{
		{"I admire", "“I admire [Ken Ward|PER],” [Lisa Moore|PER] said.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"we strongly admire", "“We strongly admire [Ken Ward|PER],” [Lisa Moore|PER] said.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"a noun is no pronoun", "“Voters admire [Ken Ward|PER],” [Lisa Moore|PER] said.", "support", nil},
	}
	runQuotedCases(t, tests)
}
