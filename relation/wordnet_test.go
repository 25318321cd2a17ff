package relation_test

import "testing"

// TestWordNetTriggers checks the fallback tier's verbs drawn from WordNet
// (relation/triggers_wordnet.go, relation/internal/wngen) on sentences
// written for the test: want lists the relations of type typ as
// "subject > object", an empty want none.
func TestWordNetTriggers(t *testing.T) {
	tests := []pairCase{
		{"impeached", "[Congress|ORG] voted to impeach President [Ken Ward|PER] on Monday.", "accuse", []string{"Congress > Ken Ward"}},
		{"incarcerated", "[China|LOC] incarcerated [Jan Kos|PER] for six years.", "arrest", []string{"China > Jan Kos"}},
		{"nabbed, a doubled consonant", "The [FBI|ORG] nabbed [Jan Kos|PER] at the airport.", "arrest", []string{"FBI > Jan Kos"}},
		{"waylaid", "[Hamas|ORG] gunmen waylaid [Ken Ward|PER] near the border.", "attack", []string{"Hamas > Ken Ward"}},
		{"set upon, an irregular phrasal verb", "[Hamas|ORG] militiamen set upon [Jan Kos|PER] outside the court.", "attack", []string{"Hamas > Jan Kos"}},
		{"belittled", "[Ken Ward|PER] belittled [Lisa Moore|PER] in a speech on Monday.", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"chastised", "[Lisa Moore|PER] chastised [Ruritania|LOC] for its record.", "criticize", []string{"Lisa Moore > Ruritania"}},
		{"lampooned", "The comedian [Tom Hay|PER] lampooned [Ken Ward|PER] on television.", "criticize", []string{"Tom Hay > Ken Ward"}},
		{"slaughtered", "[Lemurian|MISC] troops slaughtered 40 [Ruritanian|MISC] villagers.", "kill", []string{"Lemurian > 40 Ruritanian villagers"}},
		{"mowed down", "[Lemurian|MISC] soldiers mowed down 12 [Ruritanian|MISC] protesters.", "kill", []string{"Lemurian > 12 Ruritanian protesters"}},
		{"ostracised", "The [EU|ORG] ostracised [Ruritania|LOC] after the coup.", "sanction", []string{"EU > Ruritania"}},
		{"excommunicated", "The [Vatican|ORG] excommunicated [Jan Kos|PER] in 1990.", "sanction", []string{"Vatican > Jan Kos"}},
		{"eulogised", "[Ken Ward|PER] eulogised [Lisa Moore|PER] at the funeral.", "support", []string{"Ken Ward > Lisa Moore"}},
		{"took sides with", "[Norway|LOC] took sides with [Sweden|LOC] in the dispute.", "support", []string{"Norway > Sweden"}},
		// nouns
		{"the imprisonment of", "[China|LOC]'s imprisonment of [Jan Kos|PER] drew protests.", "arrest", []string{"China > Jan Kos"}},
		{"a resignation from", "[Ken Ward|PER]'s resignation from the [Labour Party|ORG] surprised many.", "withdraw", []string{"Ken Ward > Labour Party"}},
		{"a rebuke of", "The vote was a stinging rebuke of [Ken Ward|PER] by [Congress|ORG].", "criticize", []string{"Congress > Ken Ward"}},
		{"an alliance with", "[Norway|LOC]'s alliance with [Sweden|LOC] held for years.", "agree", []string{"Norway > Sweden"}},
		// the review's drops: words of another main sense stay out
		{"not knocked", "[Ken Ward|PER] knocked [Lisa Moore|PER] over by accident.", "criticize", nil},
		{"not torpedoed", "[Ken Ward|PER] torpedoed [Lisa Moore|PER]'s plan.", "attack", nil},
		{"not advocated", "[Ken Ward|PER] advocated [Lisa Moore|PER]'s plan.", "urge", nil},
		{"not a butcher", "[Ken Ward|PER] said the butcher met [Lisa Moore|PER].", "kill", nil},
	}
	runPairCases(t, tests)
}
