package relation_test

import "testing"

// TestR3Nominal checks noun triggers read through their frames (r3nom.go)
// on sentences written for the test.
func TestR3NominalMood(t *testing.T) {
	doc := analyzeQuoted(t, "[Ken Ward|PER] urged [Acme Corp|ORG] to enter into dialogue with the [Northern Front|ORG].")
	for _, r := range doc.Relations {
		if r.Type == "meet" && r.Modality == "happened" {
			t.Errorf("an urged meeting read as happened: %+v", r)
		}
	}
}

func TestR3Nominal(t *testing.T) {
	tests := []pairCase{
		{"a defender of", "[Lisa Moore|PER] has been a dogged defender of the [Water Act|MISC] for years.", "support", []string{"Lisa Moore > the Water Act"}},
		{"appositive defender", "A passionate defender of [Acme Corp|ORG], [Ken Ward|PER] spoke on Monday.", "support", []string{"Ken Ward > Acme Corp"}},
		{"a supporter of", "[Ken Ward|PER], a supporter of [Lisa Moore|PER], spoke on Monday.", "support", []string{"Ken Ward > Lisa Moore"}},
		{"signed a contract with", "[Ken Ward|PER] signed a three-year contract with [Acme Corp|ORG] in August.", "agree", []string{"Ken Ward > Acme Corp"}},
		{"signed a peace treaty with", "The [Northern Front|ORG], which last year signed a peace treaty with [Ruritania|LOC], refused.", "agree", []string{"Northern Front > Ruritania"}},
		{"a motion critical of", "[Norway|LOC] will put forward a motion critical of [Sweden|LOC] on Monday.", "criticize", []string{"Norway > Sweden"}},
		{"pressure from to resign", "[Ken Ward|PER] has been under intense pressure from [Lisa Moore|PER] to resign.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"held a fund-raiser for", "[Ken Ward|PER] held a fund-raiser for [Lisa Moore|PER] at his home.", "support", []string{"Ken Ward > Lisa Moore"}},
		{"enter into dialogue with", "[Acme Corp|ORG] agreed to enter into dialogue with the [Northern Front|ORG] next month.", "meet", []string{"Acme Corp > Northern Front"}},
		{"attacks on", "[Ken Ward|PER] rallied voters with sharp attacks on [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"launching a tirade against", "[Ken Ward|PER] caused a stir by launching a tirade against [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"issuing a broadside against", "[Ken Ward|PER] held court again, issuing a new broadside against [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"a trip to", "[Ken Ward|PER] is leaving on a trip to [Norway|LOC] on Monday.", "visit", []string{"Ken Ward > Norway"}},
		{"a tour of", "[Ken Ward|PER] is leaving on a high-profile tour of [Norway|LOC] next week.", "visit", []string{"Ken Ward > Norway"}},
		{"a visit to X by Y", "The visit to [Norway|LOC] by [Ken Ward|PER] angered the farmers.", "visit", []string{"Ken Ward > Norway"}},
		{"appeal to", "[Ken Ward|PER] made a direct appeal to [Lisa Moore|PER] to stay.", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"arrest warrant against", "Police served an arrest warrant against [Ken Ward|PER] on Monday.", "arrest", []string{"Police > Ken Ward"}},
		{"an attack on", "[Ken Ward|PER] launched an attack on [Lisa Moore|PER] in the debate.", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"slapped a ban on", "The [European Union|ORG] slapped a ban on [Swedish|MISC] beef.", "sanction", []string{"European Union > Swedish"}},
		{"alliance with", "[Acme Corp|ORG] has formed an alliance with [Bolt Ltd|ORG].", "agree", []string{"Acme Corp > Bolt Ltd"}},
		{"government talks with", "The [Ruritanian|MISC] government held talks with the [Northern Front|ORG] on Monday.", "meet", []string{"Ruritanian > Northern Front"}},
		{"backing from", "The [Northern Front|ORG] has backing from [Norway|LOC].", "support", []string{"Norway > Northern Front"}},
		{"sanctions against", "[Norway|LOC] proposed sanctions against [Acme Corp|ORG] on Monday.", "sanction", []string{"Norway > Acme Corp"}},
		{"settlement with", "[Acme Corp|ORG] reached a settlement with [Bolt Ltd|ORG] last year.", "agree", []string{"Acme Corp > Bolt Ltd"}},
		{"the endorsement of", "[Ken Ward|PER] touted the endorsement of [Lisa Moore|PER] in his ads.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"had the support of", "[Ken Ward|PER] had the support of [Lisa Moore|PER] in the vote.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"embargo on", "The [United States|LOC] imposed an embargo on [Ruritania|LOC] in May.", "sanction", []string{"United States > Ruritania"}},
		{"angry with attacks", "[Ken Ward|PER] met [Lisa Moore|PER] with attacks on [Jan Kos|PER] in the news.", "criticize", nil},
		{"a ban on a product", "The [European Union|ORG] slapped a ban on cigarettes in [Norway|LOC].", "sanction", nil},
		{"a contract for", "[Ken Ward|PER] signed a contract for a book with a friend.", "agree", nil},
		{"support from, no actor named", "[Ken Ward|PER] said the plan had support from many farmers.", "support", nil},
		{"pressure from both", "[Ken Ward|PER] has been under intense pressure from both [Lisa Moore|PER] and [Jan Kos|PER] to resign.", "urge", []string{"Lisa Moore > Ken Ward", "Jan Kos > Ken Ward"}},
		{"broadside against a described person", "[Ken Ward|PER] held court again, issuing a new broadside against his former deputy [Jan Kos|PER].", "criticize", []string{"Ken Ward > Jan Kos"}},
		{"attacks after an object", "[Ken Ward|PER] sought to rally [Republicans|MISC] to his cause with sharp attacks on [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"disparaging remarks about", "[Ken Ward|PER]'s disparaging remarks about [Lisa Moore|PER] angered voters.", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"remarks about, no hostile word", "[Ken Ward|PER]'s remarks about [Lisa Moore|PER] were brief.", "criticize", nil},
		{"accusations, mainly by", "He rejected accusations against the [Vatican|ORG], mainly by the [Greek Orthodox Church|ORG], of proselytism.", "accuse", []string{"Greek Orthodox Church > Vatican"}},
		{"made representations to", "The [Foreign Ministry|ORG] made strong representations to [Acme Corp|ORG] on Monday.", "urge", []string{"Foreign Ministry > Acme Corp"}},
		{"served an arrest warrant", "[Interpol|ORG] agents served an arrest warrant against [Ken Ward|PER] on Monday.", "arrest", []string{"Interpol > Ken Ward"}},
		{"dialogue with a government", "[Acme Corp|ORG] was set up to enter into dialogue with the [Swedish|MISC] central government.", "meet", []string{"Acme Corp > Swedish"}},
		{"an alliance of", "[Acme Corp|ORG] formed an alliance of firms in [Norway|LOC].", "agree", nil},
		{"a tour of duty", "[Ken Ward|PER] served a tour of duty in [Norway|LOC].", "visit", nil},
		{"an attack of nerves", "[Ken Ward|PER] had an attack of nerves before meeting [Lisa Moore|PER].", "attack", nil},
	}
	runQuotedCases(t, tests)
}
