package relation_test

import "testing"

// TestPactParties checks an agreement told by its noun with both parties
// around it (audit3.go) on sentences written for the test.
func TestPactParties(t *testing.T) {
	tests := []pairCase{
		{"accord between", "A trade accord between [Norway|LOC] and [Sweden|LOC] angered the farmers.", "agree", []string{"Norway > Sweden"}},
		{"agreement between persons", "The truce followed an agreement between [Ken Ward|PER] and [Lisa Moore|PER] in May.", "agree", []string{"Ken Ward > Lisa Moore"}},
		{"reached an agreement", "[Norway|LOC] and [Sweden|LOC] reached an agreement on fishing rights on Friday.", "agree", []string{"Norway > Sweden"}},
		{"signed a trade pact", "[Norway|LOC] and [Sweden|LOC] signed a trade pact.", "agree", []string{"Norway > Sweden"}},
		{"a possessor, no pair", "An agreement between [Norway|LOC] and [Sweden|LOC]'s fishermen was signed.", "agree", nil},
		{"one party only", "[Norway|LOC] reached an agreement on fishing rights.", "agree", nil},
	}
	runQuotedCases(t, tests)
}

// TestPlaceTaken checks a place taken by force (audit3.go) on sentences
// written for the test.
func TestPlaceTaken(t *testing.T) {
	tests := []pairCase{
		{"troops entered", "[Ruritanian|MISC] troops entered [Strelsau|LOC] on Saturday.", "attack", []string{"Ruritanian > Strelsau"}},
		{"took control after fighting", "The [Northern Front|ORG] took control of [Strelsau|LOC] after heavy fighting.", "attack", []string{"Northern Front > Strelsau"}},
		{"fighters overran the town of", "[Northern Front|ORG] fighters overran the town of [Strelsau|LOC].", "attack", []string{"Northern Front > Strelsau"}},
		{"a compass word and a modifier", "[Ruritanian|MISC] troops entered rebel-held northern [Strelsau|LOC].", "attack", []string{"Ruritanian > Strelsau"}},
		{"a speaker before the force", "[Ken Ward|PER] said the troops overran [Strelsau|LOC].", "attack", nil},
		{"a government's troops", "[Ruritanian|MISC] government troops overran [Strelsau|LOC].", "attack", []string{"Ruritanian > Strelsau"}},
		{"a backer before the force", "[Ruritanian|MISC]-backed government troops entered [Strelsau|LOC].", "attack", nil},
		{"a backer, a date between", "[Ruritanian|MISC]-backed government troops on Thursday entered [Strelsau|LOC].", "attack", nil},
		{"a handover", "[Ruritanian|MISC] troops would take control of [Strelsau|LOC] in the spring.", "attack", nil},
		{"a nationality before rebels", "[Ruritanian|MISC] rebels captured [Strelsau|LOC].", "attack", nil},
		{"the army seized", "The [Ruritanian|MISC] army seized [Strelsau|LOC] in March.", "attack", []string{"Ruritanian > Strelsau"}},
		{"a company entered a market", "[Acme Corp|ORG] entered [Norway|LOC] last year.", "attack", nil},
		{"control without fighting", "[Acme Corp|ORG] took control of [Strelsau|LOC] Airport last year.", "attack", nil},
		{"a person captured", "[Ruritanian|MISC] troops captured [Ken Ward|PER] on Monday.", "attack", nil},
		{"the place captured", "[Strelsau|LOC] was captured by [Ruritanian|MISC] troops.", "attack", nil},
	}
	runQuotedCases(t, tests)
}

// TestAdverbBeforeVerb checks an adverb between an auxiliary and its verb
// in a relative clause (preverbAdverbs, control.go), on sentences written
// for the test.
func TestAdverbBeforeVerb(t *testing.T) {
	tests := []pairCase{
		{"has twice visited", "[Ken Ward|PER], who has twice visited [Norway|LOC], spoke on Monday.", "visit", []string{"Ken Ward > Norway"}},
		{"has long opposed", "[Norway|LOC], which has long opposed [Sweden|LOC], was angry.", "criticize", []string{"Norway > Sweden"}},
	}
	runQuotedCases(t, tests)
}

// TestRaisedSubject checks a subject before "is said to have" (audit3.go)
// on sentences written for the test.
func TestRaisedSubject(t *testing.T) {
	tests := []pairCase{
		{"is said to have blamed", "[Lisa Moore|PER] is said to have blamed [Ken Ward|PER] for the problems.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		{"is believed to have met", "[Lisa Moore|PER] is believed to have met [Ken Ward|PER] in Oslo.", "meet", []string{"Lisa Moore > Ken Ward"}},
		{"said of another", "[Lisa Moore|PER] said [Ken Ward|PER] had met [Jan Kos|PER].", "meet", []string{"Ken Ward > Jan Kos"}},
	}
	runQuotedCases(t, tests)
}
