package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestRoleDescriptions resolves role descriptions against the titles and
// appositives the text gives people anywhere (branch descref2): a
// nationality that agrees with a country in the title ("the Pakistani
// president" for a "president of Pakistan"), a role named before its
// holder (cataphora), "the leader of X" for an "X leader", and roles a
// modifier makes different ("shadow chancellor").
func TestRoleDescriptions(t *testing.T) {
	per, org, loc := document.PER, document.ORG, document.LOC
	tests := []descCase{
		{"a nationality agrees with the country of an of-phrase",
			"Ned Gale, the president of Pakistan, met Jan Kos on Monday. Later the Pakistani president left.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "Pakistan": loc}, "the Pakistani president", "Ned Gale"},
		{"a nationality agrees with a possessive country",
			"Ned Gale, Pakistan's president, met Jan Kos on Monday. Later the Pakistani president left.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "Pakistan": loc}, "the Pakistani president", "Ned Gale"},
		{"a nationality against the country of an of-phrase",
			"Ned Gale, the president of Pakistan, met Jan Kos on Monday. Later the Indian president left.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "Pakistan": loc}, "the Indian president", ""},
		{"a shadow chancellor is not the chancellor",
			"Shadow chancellor Ned Gale spoke on Monday. Later the chancellor left.",
			map[string]string{"Ned Gale": per}, "the chancellor", ""},
		{"the shadow chancellor",
			"Shadow chancellor Ned Gale spoke on Monday. Later the shadow chancellor left.",
			map[string]string{"Ned Gale": per}, "the shadow chancellor", "Ned Gale"},
		{"a role named before its holder, in the next paragraph",
			"The Pakistani president arrived in London on Monday for talks on trade.\n\nPakistani President Ned Gale met Jan Kos on Tuesday.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "London": loc}, "The Pakistani president", "Ned Gale"},
		{"a role with a complement named before a holder",
			"The senator from Ruritania arrived on Monday. Sen. Ned Gale spoke on Tuesday.",
			map[string]string{"Ned Gale": per}, "The senator", ""},
		{"a bare role named before a holder of a complemented role",
			"The ministry rejected the plan. The spokesman said talks went well. But Ned Gale, spokesman for the Freedom Party, disagreed.",
			map[string]string{"Ned Gale": per, "Freedom Party": org}, "The spokesman", ""},
		{"a role named before its holder past the lead, in another paragraph",
			"Jan Kos spoke.\n\nHe ate.\n\nHe slept.\n\nThe president arrived on Monday.\n\nPresident Ned Gale met Jan Kos.",
			map[string]string{"Ned Gale": per, "Jan Kos": per}, "The president", ""},
		{"a role named before its holder past the lead, in its paragraph",
			"Jan Kos spoke.\n\nHe ate.\n\nHe slept.\n\nThe president arrived on Monday. President Ned Gale met Jan Kos.",
			map[string]string{"Ned Gale": per, "Jan Kos": per}, "The president", "Ned Gale"},
		{"a role named before its holder, later in the paragraph",
			"Ruritania wants more trade, the finance minister said. Talks went well, Finance Minister Ned Gale told reporters.",
			map[string]string{"Ned Gale": per, "Ruritania": loc}, "the finance minister", "Ned Gale"},
		{"a role named before its holder, after a holder of no nationality",
			"President Jan Kos spoke on Monday.\n\nThe Pakistani president will visit London.\n\nPakistani President Ned Gale met Ken Ward.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "Ken Ward": per, "London": loc}, "The Pakistani president", "Ned Gale"},
		{"a role named before two holders",
			"The Pakistani president arrived in London on Monday.\n\nPakistani President Ned Gale met former Pakistani President Jan Kos and Pakistani President Ken Ward.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "Ken Ward": per, "London": loc}, "The Pakistani president", ""},
		{"a role named before its holder, too far on",
			"The Pakistani president arrived in London.\n\nHe spoke.\n\nHe ate.\n\nPakistani President Ned Gale left.",
			map[string]string{"Ned Gale": per, "London": loc}, "The Pakistani president", ""},
		{"a role named before another holder in its own sentence",
			"The president met President Ned Gale on Monday.",
			map[string]string{"Ned Gale": per}, "The president", ""},
		{"a role whose holder is named before is not cataphoric",
			"President Jan Kos spoke on Monday. The president said talks went well.\n\nLater President Ned Gale arrived.",
			map[string]string{"Ned Gale": per, "Jan Kos": per}, "The president", "Jan Kos"},
		{"the leader of a party named in a title",
			"Freedom Party leader Ned Gale spoke on Monday. Later the leader of the Freedom Party left.",
			map[string]string{"Ned Gale": per, "Freedom Party": org}, "the leader", "Ned Gale"},
		{"the leader of a party named by its short name",
			"FP leader Ned Gale spoke on Monday. Later the leader of the Freedom Party (FP) left.",
			map[string]string{"Ned Gale": per, "Freedom Party": org, "FP": org}, "the leader", "Ned Gale"},
		{"the president of a country named as a nationality",
			"Pakistani President Ned Gale met Jan Kos on Monday. Later the president of Pakistan left.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "Pakistan": loc}, "the president", "Ned Gale"},
		{"the president of a country, its holder named after",
			"The president of Pakistan arrived on Monday. Pakistani President Ned Gale met Jan Kos.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "Pakistan": loc}, "The president", "Ned Gale"},
		{"the leader of a party no one is said to lead",
			"Ned Gale spoke on Monday. The leader of the Freedom Party left.",
			map[string]string{"Ned Gale": per, "Freedom Party": org}, "The leader", ""},
		{"the leader of another party",
			"Freedom Party leader Ned Gale spoke on Monday. The leader of the Labour Party left.",
			map[string]string{"Ned Gale": per, "Freedom Party": org, "Labour Party": org}, "The leader", ""},
		{"the leader of an unnamed party",
			"Freedom Party leader Ned Gale spoke on Monday. The leader of the party left.",
			map[string]string{"Ned Gale": per, "Freedom Party": org}, "The leader", ""},
		{"the deputy leader of a party is not its leader",
			"Freedom Party deputy leader Ned Gale spoke on Monday. The leader of the Freedom Party left.",
			map[string]string{"Ned Gale": per, "Freedom Party": org}, "The leader", ""},
		{"the president of a country two people were president of",
			"Pakistani President Ned Gale met Pakistani President Jan Kos. Later the president of Pakistan left.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "Pakistan": loc}, "the president", ""},
	}
	runDescCases(t, tests)
}
