package relation_test

import "testing"

// TestEventRecall checks events2.go's rules (branch eventrec,
// docs/relations.md "Event recall, second round") on sentences written
// for the test: want lists the relations of type typ as "subject >
// object", an empty want none.
func TestEventRecall(t *testing.T) {
	tests := []pairCase{
		// threats named by the act threatened
		{"threatened to sue", "[Ken Ward|PER] threatened to sue [Nordic Bank|ORG] over the loan.", "threaten", []string{"Ken Ward > Nordic Bank"}},
		{"threatened to retaliate against", "[Lemuria|LOC] threatened to retaliate against [Ruritania|LOC].", "threaten", []string{"Lemuria > Ruritania"}},
		{"threatened to cut off supplies to", "[Norway|LOC] threatened to cut off gas supplies to [Sweden|LOC].", "threaten", []string{"Norway > Sweden"}},
		{"threatened to sever ties with", "[Norway|LOC] threatened to sever ties with [Sweden|LOC].", "threaten", []string{"Norway > Sweden"}},
		{"threatened to resign: no party", "[Ken Ward|PER] threatened to resign over the budget.", "threaten", nil},
		{"threatened to join: no threat to", "[Lemuria|LOC] threatened to join [Ruritania|LOC] in the vote.", "threaten", nil},
		// a force raised or sent to fight
		{"pulling together a coalition to fight", "[Lemuria|LOC] is pulling together a coalition to fight the [Red Brigade|ORG] in the south.", "attack", []string{"Lemuria > Red Brigade"}},
		{"sent troops to fight", "[Lemuria|LOC] sent more troops to fight [Ruritania|LOC] last year.", "attack", []string{"Lemuria > Ruritania"}},
		{"troops sent: passive, no subject", "Troops were sent by the government to fight the [Red Brigade|ORG].", "attack", nil},
		{"leading a coalition to fight", "[Norway|LOC] is leading an international coalition to fight the [Red Brigade|ORG].", "attack", []string{"Norway > Red Brigade"}},
		{"a coalition to fight poverty", "[Norway|LOC] built a coalition to fight poverty in [Sweden|LOC].", "attack", nil},
		{"a force to fight fires", "[Lemuria|LOC] formed a task force to fight forest fires.", "attack", nil},
		// support withdrawn from a body
		{"withdrew its support to", "The [Farmers Party|ORG] withdrew its support to the [Janata Front|ORG] government.", "withdraw", []string{"Farmers Party > Janata Front"}},
		{"has withdrawn its parliamentary support from", "The [Farmers Party|ORG] has withdrawn its parliamentary support from [Ken Ward|PER].", "withdraw", []string{"Farmers Party > Ken Ward"}},
		{"withdrew its backing to a coalition", "The [Farmers Party|ORG] withdrew its backing to the ruling coalition.", "withdraw", []string{"Farmers Party > the ruling coalition"}},
		{"withdrew its support for a bill", "The [Farmers Party|ORG] withdrew its support for the [Land Bill|MISC].", "withdraw", nil},
		{"withdrew its support to: no support", "The [Farmers Party|ORG] withdrew its support to the [Janata Front|ORG] government.", "support", nil},
		// custody
		{"taken into custody by", "[Ken Ward|PER] was taken into custody by the [Nordic Police Service|ORG] on Monday.", "arrest", []string{"Nordic Police Service > Ken Ward"}},
		{"taken into police custody by", "[Ken Ward|PER] was taken into police custody by [Norway|LOC].", "arrest", []string{"Norway > Ken Ward"}},
		{"taken into account by", "[Ken Ward|PER] was taken into account by the [Nordic Bank|ORG].", "arrest", nil},
	}
	runPairCases(t, tests)
}
