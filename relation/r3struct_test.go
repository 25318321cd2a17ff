package relation_test

import "testing"

// TestR3Struct checks the arguments read in structures of round 3
// (r3struct.go and its hooks); the sentences are written for the test.
func TestR3Struct(t *testing.T) {
	tests := []pairCase{
		// a subject across a relative clause
		{"subject across a relative clause", "[Ken Ward|PER], who arrived from [Oman|LOC] on Sunday and left on Monday, met [Lisa Moore|PER] in [Riyadh|LOC].", "meet",
			[]string{"Ken Ward > Lisa Moore"}},
		{"relative clause then a participle", "[Tom Hay|PER] praised [Ken Ward|PER], who visited [Berlin|LOC] last year, calling him a friend.", "support",
			[]string{"Tom Hay > Ken Ward"}},
		// the writer of a letter asks, not its addressee
		{"wrote a letter to X asking", "Mayor [Ken Ward|PER] wrote a letter to Attorney General [Lisa Moore|PER] asking the [Justice Department|ORG] to investigate.", "urge",
			[]string{"Ken Ward > Justice Department"}},
		{"wrote to X, urging", "[Ken Ward|PER] also wrote to [Lisa Moore|PER], urging the [Justice Department|ORG] to act.", "urge",
			[]string{"Ken Ward > Justice Department"}},
		// a description with a relative clause
		{"a woman who has accused", "A woman who has accused [Ken Ward|PER] of assault spoke on Sunday.", "accuse",
			[]string{"A woman > Ken Ward"}},
		{"two other women who have accused", "Two other women who have accused [Ken Ward|PER] of assault spoke on Sunday.", "accuse",
			[]string{"Two other women > Ken Ward"}},
		{"the group, which backs", "The group, which backs [Lisa Moore|PER]'s claim, announced a protest.", "support",
			[]string{"The group > Lisa Moore"}},
		{"a bare plural is generic", "Women who accuse [Ken Ward|PER] are often ignored.", "accuse", nil},
		{"one of the women who", "One of the women who accused [Ken Ward|PER] spoke.", "accuse", nil},
		// told X and others that X should
		{"told X and others that", "[Ken Ward|PER] told [Lisa Moore|PER] and others that [Lisa Moore|PER] should step aside.", "urge",
			[]string{"Ken Ward > Lisa Moore"}},
	}
	runPairCases(t, tests)
}
