package relation_test

import "testing"

// TestCameoRound checks the fallback tier's CAMEO round (branch lexicon,
// relation/triggers_cameo.go) on sentences written for the test: want
// lists the relations of type typ as "subject > object" (the object's
// text when it is a phrase), an empty want none.
func TestCameoRound(t *testing.T) {
	tests := []pairCase{
		// verbs and phrases, one or two per type
		{"consult", "[Lisa Moore|PER] consulted [Ken Ward|PER] on Monday.", "meet", []string{"Lisa Moore > Ken Ward"}},
		{"extend an invitation to", "[Lisa Moore|PER] extended an invitation to [Ken Ward|PER].", "invite", []string{"Lisa Moore > Ken Ward"}},
		{"severed diplomatic ties with", "[Norway|LOC] severed diplomatic ties with [Sweden|LOC] in 1990.", "sanction", []string{"Norway > Sweden"}},
		{"deported", "[Norway|LOC] deported [Ken Ward|PER] on Monday.", "sanction", []string{"Norway > Ken Ward"}},
		{"imposed economic sanctions on", "[Norway|LOC] imposed economic sanctions on [Sweden|LOC].", "sanction", []string{"Norway > Sweden"}},
		// a lawsuit is a civil action, no accusation in words (round nine, sense5.go)
		{"sued", "[Lisa Moore|PER] sued [Acme Corp|ORG] in March.", "accuse", nil},
		{"threatened retaliation against", "[Norway|LOC] threatened retaliation against [Sweden|LOC].", "threaten", []string{"Norway > Sweden"}},
		{"a warning is advice, no threat", "[Lisa Moore|PER] warned [Ken Ward|PER] that the plan could fail.", "threaten", nil},
		{"launched air strikes on", "[Norway|LOC] launched air strikes on [Sweden|LOC].", "attack", []string{"Norway > Sweden"}},
		{"issued an arrest warrant for", "[Norway|LOC] issued an arrest warrant for [Ken Ward|PER].", "arrest", []string{"Norway > Ken Ward"}},
		{"made peace with", "[Norway|LOC] made peace with [Sweden|LOC].", "agree", []string{"Norway > Sweden"}},
		{"pleaded with", "[Lisa Moore|PER] pleaded with [Ken Ward|PER] on Friday.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"heaped praise on", "[Lisa Moore|PER] heaped praise on [Ken Ward|PER].", "support", []string{"Lisa Moore > Ken Ward"}},
		{"sympathized with", "[Lisa Moore|PER] sympathized with [Ken Ward|PER].", "support", []string{"Lisa Moore > Ken Ward"}},
		{"distanced itself from", "[Norway|LOC] distanced itself from [Sweden|LOC].", "criticize", []string{"Norway > Sweden"}},
		{"scathing about", "[Lisa Moore|PER] was scathing about [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		// withdrawals from an event or a pact named by a phrase
		{"boycotted the elections", "The [Green Party|ORG] boycotted the elections.", "withdraw", []string{"Green Party > the elections"}},
		{"reneged on the deal", "[Norway|LOC] reneged on the deal.", "withdraw", []string{"Norway > the deal"}},
		{"stormed out of the talks", "[Norway|LOC] stormed out of the talks.", "withdraw", []string{"Norway > the talks"}},
		{"states boycotting a government: no withdrawal", "[Norway|LOC] boycotted [Hamas|ORG] for a year.", "withdraw", nil},
		{"a boycotted government, passive", "The [Hamas|ORG] government was boycotted by [Norway|LOC] for a year.", "withdraw", nil},
		{"a partnership at the crease is no agreement", "[Ken Ward|PER] teamed up with [Tom Hill|PER] to put on 220 runs.", "agree", nil},
		{"walking out of a room is no withdrawal", "[Lisa Moore|PER] walked out of the room.", "withdraw", nil},
		// no party, no relation
		{"a base form without a modal", "The favour [Lisa Moore|PER] asked was small.", "support", nil},
	}
	runPairCases(t, tests)
}
