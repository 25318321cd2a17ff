package relation_test

import "testing"

// TestSenseGuardsCampaign checks the sense guards of sense2.go on
// sentences written for the test: campaign language that reuses the
// triggers of events (states captured, delegates received, voters
// appealed to or pulled out, a broadcaster gone to, a view agreed with),
// and their event readings, which stay.
func TestSenseGuardsCampaign(t *testing.T) {
	runPairCases(t, []pairCase{
		{"states captured in primaries", "[Ann Gale|PER] captured [Lemuria|LOC] and [Ruritania|LOC] on Tuesday.", "arrest", nil},
		{"a home state captured", "[Ann Gale|PER] has captured her home state of [Lemuria|LOC].", "arrest", nil},
		{"a person captured stays", "[Lemurian|MISC] police captured [Jan Kos|PER] on Monday.", "arrest",
			[]string{"Lemurian > Jan Kos"}},
		{"shot and wounded is an attack", "[Jan Kos|PER] shot and wounded [Ann Gale|PER] in 1990.", "attack",
			[]string{"Jan Kos > Ann Gale"}},
		{"shot and wounded is no killing", "[Jan Kos|PER] shot and wounded [Ann Gale|PER] in 1990.", "kill", nil},
		{"delegates received", "The plan says [Ann Gale|PER] receives 1,200 delegates in June.", "meet", nil},
		{"a guest received stays", "[Ann Gale|PER] received [Jan Kos|PER] in her office.", "meet",
			[]string{"Ann Gale > Jan Kos"}},
		{"appeals to voters", "[Jan Kos|PER] appeals to [Lemurian Democrats|MISC].", "urge", nil},
		{"appealed to a party to act stays", "[Jan Kos|PER] appealed to [Ruritania|LOC] to release the prisoners.", "urge",
			[]string{"Jan Kos > Ruritania"}},
		{"pull out voters", "[Jan Kos|PER] could pull out voters who skip elections.", "withdraw", nil},
		{"resign from a job", "[Ann Gale|PER] resigned from her job on Sunday.", "withdraw", nil},
		{"went to a broadcaster", "[Jan Kos|PER] went to [Lemuria News|ORG] to air his doubts.", "visit", nil},
		{"went to a country stays", "[Jan Kos|PER] went to [Lemuria|LOC] last week.", "visit", []string{"Jan Kos > Lemuria"}},
		{"agreed with a person's view", "[Jan Kos|PER] said he agreed with [Ann Gale|PER].", "agree", nil},
		{"agreed with a party on a deal stays", "[Jan Kos|PER] agreed with [Ann Gale|PER] on a truce.", "agree",
			[]string{"Jan Kos > Ann Gale"}},
		{"attacks on a process are criticism", "[Jan Kos|PER] attacked the nomination process again.", "criticize",
			[]string{"Jan Kos > the nomination process"}},
	})
}

// TestArgGuardRoundFive checks the argument rules of args4.go on
// sentences written for the test: the one who holds another's backing is
// supported, not supporting; an aide named after his candidate is the
// argument; a government named after its head is his country when the
// article gives it; a place that only describes people is no argument.
func TestArgGuardRoundFive(t *testing.T) {
	runPairCases(t, []pairCase{
		{"had the backing of", "[Jan Kos|PER], who had the backing of [Ann Gale|PER], won the state.", "support",
			[]string{"Ann Gale > Jan Kos"}},
		{"has backing from a share", "[Jan Kos|PER] has backing from 33 percent of voters.", "support", nil},
		{"gave backing stays", "[Ann Gale|PER] gave her backing to [Jan Kos|PER] on Monday.", "support",
			[]string{"Ann Gale > Jan Kos"}},
		{"a candidate's campaign manager", "[Ann Gale|PER] accused [Jan Kos|PER] campaign manager [Ken Ward|PER] of lying.", "accuse",
			[]string{"Ann Gale > Ken Ward"}},
		{"an administration named after its head is his country", "[France|LOC] President [Jan Kos|PER] spoke. The [Jan Kos|PER] administration has blamed [Ruritania|LOC] for the theft.", "accuse",
			[]string{"France > Ruritania"}},
		{"an administration whose country is not given", "The [Jan Kos|PER] administration has blamed [Ruritania|LOC] for the theft.", "accuse",
			[]string{"Jan Kos > Ruritania"}},
		{"a US president's administration is the United States when the article names it", "The [Ada Obama|PER] administration has blamed [Ruritania|LOC] for the theft, [U.S.|LOC] officials said.", "accuse",
			[]string{"U.S. > Ruritania"}},
		{"a US president's administration stays him when the article names no United States", "The [Ada Obama|PER] administration has blamed [Ruritania|LOC] for the theft.", "accuse",
			[]string{"Ada Obama > Ruritania"}},
		{"a state body named by its country's adjective is the country", "The [Chinese|MISC] government has blamed [Japan|LOC] for the theft, [China|LOC] said.", "accuse",
			[]string{"China > Japan"}},
		{"a state body whose country the article does not name stays", "The [Chinese|MISC] government has blamed [Japan|LOC] for the theft.", "accuse",
			[]string{"Chinese > Japan"}},
		{"people of a nationality are not the state (and no party)", "[Chinese|MISC] students have blamed [Japan|LOC] for the theft, [China|LOC] said.", "accuse",
			nil},
		{"a state's adjective before a noun of its act is the state", "The [Israeli|MISC] withdrawal from [Gaza|LOC] ended on Monday, [Israel|LOC] said.", "withdraw",
			[]string{"Israel > Gaza"}},
		{"with a word of arms between", "[Israeli|MISC] air strikes on [Gaza|LOC] killed 12 people, [Israel|LOC] said.", "attack",
			[]string{"Israel > Gaza"}},
		{"people of a nationality before a verb stay", "[Israeli|MISC] soldiers attacked [Gaza|LOC] on Monday, [Israel|LOC] said.", "attack",
			[]string{"Israeli > Gaza"}},
		{"a place's victims", "[Ann Gale|PER] insulted the [Lemuria|LOC] victims on Monday.", "criticize",
			[]string{"Ann Gale > the Lemuria victims"}},
	})
}

// TestReportedAgent checks that one who reports or believes a clause
// with its own subject is not the agent of the clause's event, and that
// "said that he" stays the speaker's own.
func TestReportedAgent(t *testing.T) {
	runPairCases(t, []pairCase{
		{"believes that the campaign has to", "[Jan Kos|PER] believes that the [Freedom Front|ORG] campaign took voters for granted and now has to convince them to come out and support [Ann Gale|PER] in November.", "support", nil},
		{"the object's campaign in the clause", "[Jan Kos|PER] believes that the [Ann Gale|PER] campaign took voters for granted and now has to convince them to come out and support her in November.", "support", nil},
		{"said that Y was naive is the speaker's", "[Jan Kos|PER] said that [Ann Gale|PER] was naive about the budget.", "criticize",
			[]string{"Jan Kos > Ann Gale"}},
		{"said that he supports", "[Jan Kos|PER] said that he supports [Ann Gale|PER] fully.", "support",
			[]string{"Jan Kos > Ann Gale"}},
	})
}

// TestObjectCountryBody checks that a country right before an
// organisation's name, with nothing between, names whose body it is: the
// object is the organisation (lead, session of 2026-11-29g).
func TestObjectCountryBody(t *testing.T) {
	runPairCases(t, []pairCase{
		{"a country before its body", "[Jan Kos|PER] asked the [United States|LOC] [National Security Council|ORG] to help the girls.", "urge",
			[]string{"Jan Kos > National Security Council"}},
		{"a country alone stays", "[Jan Kos|PER] asked the [United States|LOC] to help the girls.", "urge",
			[]string{"Jan Kos > United States"}},
	})
}
