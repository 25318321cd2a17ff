package relation_test

import "testing"

// TestAgents checks the rules of agents.go (branch agents) on sentences
// written for the test: want lists the relations of type typ as
// "subject > object", an empty want none.
func TestAgents(t *testing.T) {
	tests := []pairCase{
		// the agent of a passive past a place phrase with "of"
		{"in the town of X by Y", "A guard was killed in the town of [Oslo|LOC] by [Norway|LOC] soldiers.", "kill", []string{"Norway > A guard"}},
		{"by Y's gunfire after the town of X", "A guard was killed in the village of [Oslo|LOC] by [Norway|LOC] soldiers' gunfire.", "kill", []string{"Norway > A guard"}},
		{"in the house of X is no place", "A guard was killed in the house of [Jan Kos|PER] by [Norway|LOC] soldiers.", "kill", nil},
		// at the hands of
		{"at the hands of X", "[Ken Ward|PER] was killed at the hands of [Norway|LOC] on Monday.", "kill", []string{"Norway > Ken Ward"}},
		{"in the hands of X is no agent", "[Ken Ward|PER] was arrested and left in the hands of [Norway|LOC].", "arrest", nil},
		// the agent of the strike a passive killing happened in
		{"killed in strikes carried out by X", "Four guards were killed on Monday in two air strikes carried out by [Norway|LOC] jets.", "kill", []string{"Norway > Four guards"}},
		{"the strike is the agent's attack", "Four guards were killed on Monday in two airstrikes carried out by [Norway|LOC] jets.", "attack", []string{"Norway > Four guards"}},
		{"killed far from strikes carried out by X", "Four guards were killed on Monday night in two deadly airstrikes carried out by [Norway|LOC] jets.", "kill", []string{"Norway > Four guards"}},
		{"killed in a raid conducted by X", "[Ken Ward|PER] was killed in a raid conducted by [Norway|LOC] troops.", "kill", []string{"Norway > Ken Ward"}},
		{"a strike reported by X is no agent", "Four guards were killed on Monday night in two deadly airstrikes reported by [Oslo Radio|ORG].", "kill", nil},
		// the issuer of a document acts through it
		{"passed a resolution slapping sanctions on", "The [Nordic Council|ORG] passed a resolution slapping new sanctions on [Norway|LOC].", "sanction", []string{"Nordic Council > Norway"}},
		{"adopted a resolution imposing sanctions on", "The [Nordic Council|ORG] adopted a resolution imposing sanctions on [Norway|LOC] on Monday.", "sanction", []string{"Nordic Council > Norway"}},
		{"an X resolution imposing sanctions on", "An [EU|ORG] resolution imposing sanctions on [Norway|LOC] was passed.", "sanction", []string{"EU > Norway"}},
		{"go ahead with X resolutions: X is the forum", "[Sweden|LOC] will go ahead with [UN|ORG] resolutions criticising [Norway|LOC].", "criticize", []string{"Sweden > Norway"}},
		{"welcomed a resolution names no issuer", "[Sweden|LOC] welcomed a resolution imposing sanctions on [Norway|LOC].", "sanction", nil},
		// a relative pronoun stands for the object
		{"X, which Y has accused of", "Crowds rallied for [Hamas|ORG], which [Norway|LOC] has accused of the bombing.", "accuse", []string{"Norway > Hamas"}},
		{"X's rate, which Y has blamed for", "Trade rose over [Sweden|LOC]'s exchange rate, which [Norway|LOC] has blamed for a surge in exports.", "accuse", []string{"Norway > Sweden"}},
		{"X's plan, which Y criticised as", "[Jan Kos|PER] spoke about [Ken Ward|PER]'s plan, which [Lisa Moore|PER] criticised as unworkable.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"which Y accused Z of has its object", "[Hamas|ORG], which [Norway|LOC] accused [Sweden|LOC] of backing, denied it.", "accuse", []string{"Norway > Sweden"}},
		{"a subject relative is no gap", "[Hamas|ORG], which accused [Norway|LOC] of the bombing, denied it.", "accuse", []string{"Hamas > Norway"}},
		{"a place, which Y attacked", "Ten died in the town of [Oslo|LOC], which [Norway|LOC] attacked on Monday.", "attack", []string{"Norway > Oslo"}},
		// a firm or a bank as the target of sanctions
		{"sanctions on a bank", "[Norway|LOC] imposed sanctions on a small bank in [Oslo|LOC].", "sanction", []string{"Norway > a small bank"}},
		{"lift sanctions on a bank", "[Sweden|LOC] demanded that [Norway|LOC] lift financial sanctions on a foreign bank.", "sanction", []string{"Norway > a foreign bank"}},
		{"sanctions on a town is no target", "[Norway|LOC] imposed sanctions on a small town.", "sanction", nil},
	}
	runPairCases(t, tests)
}
