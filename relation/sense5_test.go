package relation_test

import "testing"

// TestPrec13Sense checks the round-nine sense guards (branch prec13): a
// labour strike, a tone struck, a match in a sports report, a body that
// meets between two parties, a lawsuit, a standing on an issue, a story's
// accuracy vouched for, "its way back" and a withdrawal naming nothing
// left are no events; a nationality before rebels is not their actor; a
// title's country gives way to the person in apposition; the events next
// to them stay.
func TestPrec13Sense(t *testing.T) {
	runPairCases(t, []pairCase{
		{"a general strike", "Shops were shut by a [Serbian|MISC] general strike in [Belgrade|LOC] on Monday.", "attack", nil},
		{"an air strike", "Shops were shut by a [Serbian|MISC] air strike in [Belgrade|LOC] on Monday.", "attack", []string{"Serbian > Belgrade"}},
		{"striking the theme", "[Jan Kos|PER] spoke for an hour, striking the theme of his campaign.", "attack", nil},
		{"rebels killed", "[Serbian|MISC] rebels killed 12 villagers near the border on Tuesday.", "kill", []string{"Serbian rebels > 12 villagers"}}, // the group acts, not Serbia (audit4.go)
		{"troops killed", "[Lemurian|MISC] troops killed 12 [Norwegian|MISC] smugglers near the border on Tuesday.", "kill", []string{"Lemurian > 12 Norwegian smugglers"}},
		{"guerrilla bombing", "She survived the [Serbian|MISC] guerrilla bombing of a hotel in [Belgrade|LOC].", "attack", nil},
		{"a match", "Top seed [Jan Kos|PER] meets [Ken Ward|PER] in the first round, and the defending champion faces a qualifier before a likely semifinal with the third seed.", "meet", nil},
		{"a meeting", "[Jan Kos|PER] meets [Ken Ward|PER] in [Ostrava|LOC] on Monday to discuss trade.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"a committee between", "A committee monitoring the truce between [Lemuria|LOC] and [Norway|LOC] will meet on Sunday to discuss a complaint.", "meet", nil},
		{"two sides meet", "Officials of [Lemuria|LOC] and [Norway|LOC] will meet on Sunday to discuss a complaint.", "meet", []string{"Lemuria > Norway"}},
		{"filed a lawsuit", "[Lemcorp|ORG] filed a lawsuit against [Norcorp|ORG] in a district court in July.", "accuse", nil},
		{"accused", "[Lemcorp|ORG] accused [Norcorp|ORG] of copying its drug in July.", "accuse", []string{"Lemcorp > Norcorp"}},
		{"an opponent of an issue", "Organizers prevented [Jan Kos|PER], a vehement opponent of abortion, from speaking.", "criticize", nil},
		{"a country's opposition", "The ruling party accused [Lemuria|LOC]'s opposition of stirring up unrest.", "criticize", nil},
		{"opposition to", "[Jan Kos|PER] voiced strong opposition to [Ken Ward|PER] on Monday.", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"vouch for accuracy", "[Lemnews|ORG] has not checked these stories and does not vouch for their accuracy.", "support", nil},
		{"its way back", "The [Lemurian|MISC] army threatened to bomb its way back into the capital.", "threaten", nil},
		{"pull out with nothing left", "[Lemuria|LOC] will talk if [Norwegian|MISC] forces pull out, its minister said.", "withdraw", nil},
		{"pull out of a summit named before", "Hopes for the [Ostrava|LOC] summit rose and fell all month. On Friday [Jan Kos|PER] said that he was pulling out.", "withdraw", []string{"Jan Kos > the Ostrava summit"}},
		{"pull out of a deal named before", "[Lemuria|LOC] signed the nuclear deal in 2015. On Monday [Norway|LOC] pulled out.", "withdraw", []string{"Norway > the nuclear deal"}},
		{"pull out, a summit too far back", "Hopes for the summit rose. Talks went on. Prices fell. Markets closed. [Jan Kos|PER] said he was pulling out.", "withdraw", nil},
		{"pulled out of a place", "[Norwegian|MISC] forces pulled out of [Ostrava|LOC] on Monday.", "withdraw", []string{"Norwegian > Ostrava"}},
		{"pulled out troops from", "[Lemurian|MISC] forces pulled out troops from [Ostrava|LOC] overnight.", "withdraw", []string{"Lemurian > Ostrava"}},
		{"a host in a sports report", "Third seed [Lemuria|LOC] hosts [Norway|LOC] in the quarter-final on Sunday, and the defending champion faces a qualifier in the first round of the tournament.", "meet", nil},
		{"ambassador to, name", "The [Lemuria|LOC] ambassador to the [United Nations|ORG], [Jan Kos|PER], arrived in [Norway|LOC] on Friday for talks.", "visit", []string{"Jan Kos > Norway"}},
	})
}

// TestPrec13Reported checks that a speaker is not the agent of a clause he
// reports whose subject is "they", while his own visit stays.
func TestPrec13Reported(t *testing.T) {
	he := map[string]string{"he": "Jan Kos"}
	runResolvedCases(t, []resolvedCase{
		{"he added they", "Officer [Jan Kos|PER] spoke to the two women. But he added they had difficulty remembering what happened during their visits to [Norway|LOC].", "visit", he, nil},
		{"he said he", "Officer [Jan Kos|PER] spoke to the two women. He said he would visit [Norway|LOC] in May.", "visit", map[string]string{"He": "Jan Kos", "he": "Jan Kos"}, []string{"Jan Kos > Norway"}},
	})
}
