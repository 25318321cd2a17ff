package relation_test

import "testing"

// TestRelativeSubjects checks the rules of relsubj.go on sentences
// written for the test: a verb right after a relative pronoun takes the
// pronoun's antecedent as subject, a common noun's antecedent is the name
// it is in apposition to, and an organisation after "TITLE of" in an
// apposition leaves the verb after the apposition to the apposition's
// head.
func TestRelativeSubjects(t *testing.T) {
	runPairCases(t, []pairCase{
		{"Name, title of Org, a noun that VERBs Y, VERB Z: the relative's verb",
			"[Jan Kos|PER], director of [Freedom Front|ORG], a union that endorsed [Ann Gale|PER], criticized [Ken Ward|PER] on Tuesday.", "support",
			[]string{"Freedom Front > Ann Gale"}},
		{"Name, title of Org, a noun that VERBs Y, VERB Z: the main verb",
			"[Jan Kos|PER], director of [Freedom Front|ORG], a union that endorsed [Ann Gale|PER], criticized [Ken Ward|PER] on Tuesday.", "criticize",
			[]string{"Jan Kos > Ken Ward"}},
		{"Name, a title for Org, which VERBs: the organisation",
			"[Jan Kos|PER], a spokesman for the [Freedom Front|ORG], which has condemned [Ken Ward|PER], praised [Ann Gale|PER].", "criticize",
			[]string{"Freedom Front > Ken Ward"}},
		{"Name, the title of Org, which VERBs Y, VERB Z: the main verb",
			"[Ann Gale|PER], the leader of the [Freedom Front|ORG], which has backed [Ken Ward|PER], met [Jan Kos|PER].", "meet",
			[]string{"Ann Gale > Jan Kos"}},
		{"Name, the title who VERBs Y, VERB Z",
			"[Ken Ward|PER], the senator who met [Ann Gale|PER], criticized [Jan Kos|PER].", "meet",
			[]string{"Ken Ward > Ann Gale"}},
		{"Name, who VERBs Y, VERB Z: both",
			"[Ken Ward|PER], who met [Ann Gale|PER] in March, criticized [Jan Kos|PER] on Friday.", "criticize",
			[]string{"Ken Ward > Jan Kos"}},
		{"Name, title of Place, VERB: the name",
			"[Jan Kos|PER], president of the [Lemurian Chamber|ORG], a group that has condemned [Ken Ward|PER], visited [Oslavia|LOC].", "visit",
			[]string{"Jan Kos > Oslavia"}},
		{"a member of Org that VERBs Y, VERB Z: the organisation's verb",
			"[Ken Ward|PER], a member of the [Freedom Front|ORG] that backed [Ann Gale|PER], visited [Oslavia|LOC].", "support",
			[]string{"Freedom Front > Ann Gale"}},
		{"the noun who VERBs X VERB Y: X is no subject",
			"The senator who met [Ann Gale|PER] criticized [Ken Ward|PER].", "criticize", nil},
		{"the noun which VERBs X VERB Y: the name the noun is in apposition to",
			"[Freedom Front|ORG], a union which backed [Ann Gale|PER] in May, criticized [Ken Ward|PER].", "criticize",
			[]string{"Freedom Front > Ken Ward"}},
		{"a group led by Name that VERBs: not the person",
			"[Freedom Front|ORG], a group led by [Jan Kos|PER] that backed [Ann Gale|PER], criticized [Ken Ward|PER].", "support", nil},
		{"Name (party-state), who VERBs: the name before the parenthesis",
			"Sen. [Jan Kos|PER] (D-Mo.), who has endorsed [Ann Gale|PER], spoke later.", "support",
			[]string{"Jan Kos > Ann Gale"}},
		{"A and B, plural nouns who VERB: both",
			"Its backers include [Jan Kos|PER] and [Ken Ward|PER], hedge fund managers who are backing [Ann Gale|PER].", "support",
			[]string{"Ken Ward > Ann Gale", "Jan Kos > Ann Gale"}},
		{"than Name, nouns who VERB him: no apposition",
			"Since [Ann Gale|PER] has more votes than [Jan Kos|PER], delegates who back him would be wrong, [Ken Ward|PER] said.", "support", nil},
		{"which asked X to VERB: X",
			"[Freedom Front|ORG], which has asked [Lemurian|MISC] authorities to approve its plan, may sell assets.", "support",
			[]string{"Lemurian > its plan"}},
		{"a noun that VERBs … and VERBs Y: the apposition's head's",
			"[Jan Kos|PER], director of [Freedom Front|ORG], a union that has broken away from other groups and endorsed [Ann Gale|PER].", "support",
			[]string{"Freedom Front > Ann Gale"}},
		{"Name, who VERBs Y and VERBs Z: the name",
			"[Ann Gale|PER] praised [Ken Ward|PER], who met [Jan Kos|PER] and criticized [Lemuria|LOC] on Monday.", "criticize",
			[]string{"Ken Ward > Lemuria"}},
		{"an attack in Place that killed: not the place",
			"He condemned an [Oslavian|MISC] attack in northern [Lemuria|LOC] that killed [Jan Kos|PER].", "kill",
			[]string{"Oslavian > Jan Kos"}},
	})
}
