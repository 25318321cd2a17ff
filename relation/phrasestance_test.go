package relation_test

import "testing"

// TestPhraseStance checks the phrase objects of support and criticism
// (branch phrasestance, docs/relations.md) on sentences written for the
// test: want lists the relations of type typ as "subject > object", an
// empty want none.
func TestPhraseStance(t *testing.T) {
	tests := []pairCase{
		// verbs with a policy or plan as their object, without a determiner
		{"back plans, bare", "The [Greens|ORG] are to back disputed council plans to build new roads.", "support", []string{"Greens > disputed council plans"}},
		{"rejected tax cuts", "[Ken Ward|PER] rejected broad tax cuts.", "criticize", []string{"Ken Ward > broad tax cuts"}},
		{"welcomed a proposal by its owner", "[Lisa Moore|PER] welcomed proposal by his exiled rival.", "support", nil},
		{"oppose a bill", "The [Liberal Democrats|ORG] opposed the bill.", "criticize", []string{"Liberal Democrats > the bill"}},
		{"back a bare noun that names no plan", "[Lisa Moore|PER] will back local farmers.", "support", nil},
		// a gerund and its object
		{"supports keeping", "[Lisa Moore|PER] supports keeping troops there.", "support", []string{"Lisa Moore > keeping troops"}},
		{"opposes raising", "[Lisa Moore|PER] opposes raising the pension age.", "criticize", []string{"Lisa Moore > raising the pension age"}},
		{"opposed extending it", "[Lisa Moore|PER] opposed extending it.", "criticize", nil},
		// prepositional verbs and adjectives of stance
		{"objected to", "[Lisa Moore|PER] objected to subsidies on farming.", "criticize", []string{"Lisa Moore > subsidies"}},
		{"is opposed to", "[Lisa Moore|PER] is opposed to the new tax.", "criticize", []string{"Lisa Moore > the new tax"}},
		{"remains strongly opposed to", "The [Greens|ORG] remain strongly opposed to nuclear power.", "criticize", []string{"Greens > nuclear power"}},
		{"opposed to the idea that", "[Lisa Moore|PER] is opposed to the idea that taxes must rise.", "criticize", nil},
		{"is committed to a plan", "[Lisa Moore|PER] is committed to the peace plan.", "support", []string{"Lisa Moore > the peace plan"}},
		{"committed to a region", "[Lisa Moore|PER] is committed to the region.", "support", nil},
		{"committed to a country", "[Lisa Moore|PER] is committed to [Norway|LOC].", "support", nil},
		// "in favour of"
		{"has always been in favour of", "[Lisa Moore|PER] has always been in favour of identity cards.", "support", []string{"Lisa Moore > identity cards"}},
		{"in favour of a gerund", "[Lisa Moore|PER] is in favour of cutting the deficit.", "support", []string{"Lisa Moore > cutting the deficit"}},
		{"stepped down in favour of", "[Lisa Moore|PER] stepped down in favour of younger candidates.", "support", nil},
		{"ruled in favour of", "The [Supreme Court|ORG] ruled in favour of the landlords.", "support", nil},
		// nouns of stance
		{"X's support for", "[Lisa Moore|PER]'s support for abortion rights has not hurt her.", "support", []string{"Lisa Moore > abortion rights"}},
		{"voiced his opposition to", "Senator [Ken Ward|PER] voiced his opposition to higher taxes.", "criticize", []string{"Ken Ward > higher taxes"}},
		{"won backing for, from", "[Ken Ward|PER] won backing for tougher sanctions from his allies.", "support", nil},
		{"support for the first time", "[Lisa Moore|PER]'s support for the first time came from farmers.", "support", nil},
		{"a critic of", "[Ken Ward|PER] has been an outspoken critic of the war.", "criticize", []string{"Ken Ward > the war"}},
		{"a critic of people", "[Ken Ward|PER] has been an outspoken critic of local officials.", "criticize", nil},
	}
	runPairCases(t, tests)
}
