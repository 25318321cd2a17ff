package relation_test

import "testing"

// TestArgGuardRoundFour checks the rules of args3.go on sentences
// written for the test: a title's body gives way to the person who holds
// the title, or drops the relation when nobody is named; vague groups are
// no arguments.
func TestArgGuardRoundFour(t *testing.T) {
	runPairCases(t, []pairCase{
		{"the head of the X team, Name", "The head of the [Freedom|MISC] team, [Jan Kos|PER], praised [Ann Gale|PER].", "support",
			[]string{"Jan Kos > Ann Gale"}},
		{"Name, chairman of the X", "[Jan Kos|PER], chairman of the [Freedom Front|ORG] visited [Lemuria|LOC] last year.", "visit",
			[]string{"Jan Kos > Lemuria"}},
		{"the leader of X, nobody named", "He asked if the leader of the [Freedom Front|ORG] would be meeting [Jan Kos|PER].", "meet", nil},
		{"the president of a country stays", "He said the president of [Lemuria|LOC] would be meeting [Jan Kos|PER].", "meet",
			[]string{"Lemuria > Jan Kos"}},
		{"a body taken up by which acts", "[Jan Kos|PER], president of the [Freedom Front|ORG] which supports [Ann Gale|PER], spoke.", "support",
			[]string{"Freedom Front > Ann Gale"}},
		{"Chairman of the X Name", "[Ann Gale|PER] will meet Chairman of the [Freedom Front|ORG] [Jan Kos|PER] on Monday.", "meet",
			[]string{"Ann Gale > Jan Kos"}},
		{"X refugee chief Name", "[Lemurian Union|ORG] refugee chief [Jan Kos|PER] called on [Ruritania|LOC] to act.", "urge",
			[]string{"Jan Kos > Ruritania"}},
		{"the X agency's Director Name", "[Ann Gale|PER] met with the [Lemurian Union|ORG] agency's Deputy Executive Director [Jan Kos|PER] on Saturday.", "meet",
			[]string{"Ann Gale > Jan Kos"}},
		{"Secretary of Defense Name", "[Jan Kos|PER] will meet [Lemuria|LOC] Secretary of Defense [Ann Gale|PER] on Saturday.", "meet",
			[]string{"Jan Kos > Ann Gale"}},
		{"a name's action is the name", "[Jan Kos|PER] welcomed [Lemuria|LOC]'s strong interest in the pipeline.", "support",
			[]string{"Jan Kos > Lemuria"}},
		{"what is done to a name is no action of its", "[Jan Kos|PER] welcomed [Ken Ward|PER]'s swift release from prison.", "support",
			[]string{"Jan Kos > Ken Ward's swift release"}},
		{"a verb is no title filler", "[Lemuria|LOC] welcomed former president [Jan Kos|PER] warmly.", "meet",
			[]string{"Lemuria > Jan Kos"}},
		{"up to N X", "Up to 30 [Freedom Front MPs|MISC] could oppose the scheme during a debate.", "criticize", nil},
		{"some X", "Some [Lemurians|MISC] hail [Jan Kos|PER] for his reforms.", "support", nil},
		{"two X are specific", "Two [Freedom Front MPs|MISC] criticised [Jan Kos|PER] on Monday.", "criticize",
			[]string{"Freedom Front MPs > Jan Kos"}},
		{"a region's adjective", "[European|MISC] leaders have openly blamed [Ruritania|LOC] for the rise of the euro.", "accuse", nil},
		{"a state's adjective", "[Lemurian|MISC] leaders have openly blamed [Ruritania|LOC] for the rise of the euro.", "accuse",
			[]string{"Lemurian > Ruritania"}},
		{"the international community", "[Jan Kos|PER] urged the international community to help.", "urge", nil},
		{"a named community", "[Jan Kos|PER] urged the business community to help.", "urge", []string{"Jan Kos > the business community"}},
	})
}

// TestFrontedPronoun checks the cataphora rule of args3.go: a pronoun in
// a phrase fronted before its clause is the clause's subject, whatever
// the resolver said.
func TestFrontedPronoun(t *testing.T) {
	tests := []resolvedCase{
		{"during his talks with Y, Z will", "[Ken Ward|PER] spoke. Also during his talks with [Ann Gale|PER], [Jan Kos|PER] will raise the issue.", "meet",
			map[string]string{"his": "Ken Ward"}, []string{"Jan Kos > Ann Gale"}},
		{"within hours of his talks, Z", "Within hours of his final talks with [Ann Gale|PER], [Jan Kos|PER] resigned.", "meet",
			map[string]string{"his": "Ann Gale"}, nil},
		{"before he left for X the title told", "On Wednesday [Ken Ward|PER] denied that [Ann Gale|PER] said it, and before he left for [Lemuria|LOC] on Tuesday the chancellor told reporters: \"I trust him.\"", "visit",
			map[string]string{"he": "Ken Ward"}, nil},
		{"a pronoun in the main clause stays", "[Ken Ward|PER] arrived. When the talks ended, he left for [Lemuria|LOC].", "visit",
			map[string]string{"he": "Ken Ward"}, []string{"Ken Ward > Lemuria"}},
		{"the son of X said he", "The son of [Ken Ward|PER], the former leader, said in [Oslavia|LOC] that he planned to visit [Lemuria|LOC].", "visit",
			map[string]string{"he": "Ken Ward"}, nil},
		{"the head of X said he", "[Ken Ward|PER] spoke. The head of the [Lemurian Church|ORG] said in August he hoped to visit [Lemuria|LOC].", "visit",
			map[string]string{"he": "Ken Ward"}, nil},
		{"the head of X, Name, said he", "The head of the [Lemurian Church|ORG], [Ken Ward|PER], said in August he hoped to visit [Lemuria|LOC].", "visit",
			map[string]string{"he": "Ken Ward"}, []string{"Ken Ward > Lemuria"}},
		{"if Name was planning … during his visit", "[Ken Ward|PER] was asked if [Oslavian|MISC] President [Jan Kos|PER] was planning to discuss a deal between [Oslavia|LOC] and [Lemuria|LOC] during his visit to [Lemuria|LOC] this month.", "visit",
			map[string]string{"his": "Ken Ward"}, []string{"Jan Kos > Lemuria"}},
		{"met Y during his visit: the object is no subject", "[Ken Ward|PER] met [Jan Kos|PER] during his visit to [Lemuria|LOC].", "visit",
			map[string]string{"his": "Jan Kos"}, []string{"Jan Kos > Lemuria"}},
		{"within hours of his talks, Sir Name", "[Ken Ward|PER] spoke. Within hours of his final talks with Mr [Ann Gale|PER], Sir [Jan Kos|PER] told the nation he was resigning.", "meet",
			map[string]string{"his": "Ken Ward"}, []string{"Jan Kos > Ann Gale"}},
		{"met Y, on his visit", "On Monday [Ken Ward|PER] met Prime Minister [Jan Kos|PER] at the palace, on his first official visit to [Lemuria|LOC].", "visit",
			map[string]string{"his": "Jan Kos"}, []string{"Ken Ward > Lemuria"}},
		{"hosted Y, on his visit", "On Monday [Ken Ward|PER] hosted Prime Minister [Jan Kos|PER] at the palace, on his first official visit to [Lemuria|LOC].", "visit",
			map[string]string{"his": "Jan Kos"}, []string{"Jan Kos > Lemuria"}},
		{"the title met Y, on his visit", "On Monday the [Oslavian|MISC] president met Prime Minister [Jan Kos|PER] at the palace, on his first official visit to [Lemuria|LOC].", "visit",
			map[string]string{"his": "Jan Kos"}, nil},
	}
	runResolvedCases(t, tests)
}
