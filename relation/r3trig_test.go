package relation_test

import "testing"

// TestRound3Classes checks r3trig.go and round 3's epithets and nouns of
// displeasure: travelling, backing with a ballot or money, sharp words,
// names of blame; praise adjectives, a generic voters' ballot and
// frustration with no holder stay unread.
func TestRound3Classes(t *testing.T) {
	runPairCases(t, []pairCase{
		{"journeyed to", "[Jan Kos|PER] journeyed to [Norway|LOC] in February.", "visit", []string{"Jan Kos > Norway"}},
		{"set sail for", "[Jan Kos|PER] set sail for [Norway|LOC] on Monday.", "visit", []string{"Jan Kos > Norway"}},
		{"cast a ballot for", "[Jan Kos|PER] cast an absentee ballot for [Eva Berg|PER] last week.", "support", []string{"Jan Kos > Eva Berg"}},
		{"donated to", "[Jan Kos|PER] donated to [Eva Berg|PER] in 2014.", "support", []string{"Jan Kos > Eva Berg"}},
		{"snapped at", "[Jan Kos|PER] snapped at [Eva Berg|PER] on Tuesday.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"took a dig at", "[Jan Kos|PER] took a dig at [Eva Berg|PER] on Tuesday.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"dismay at", "[Jan Kos|PER] expressed his dismay at [Eva Berg|PER] on Tuesday.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"called a thug", "[Jan Kos|PER] called [Eva Berg|PER] a thug on Tuesday.", "criticize", []string{"Jan Kos > Eva Berg"}},
		{"called a giant", "[Jan Kos|PER] called [Eva Berg|PER] a \"giant\" of the movement.", "support", []string{"Jan Kos > Eva Berg"}},
		{"no praise adjective", "[Jan Kos|PER] called [Eva Berg|PER] a great venue for talks.", "support", nil},
		{"no generic ballots", "Voters cast their ballots for [Eva Berg|PER] on Tuesday.", "support", nil},
	})
}
