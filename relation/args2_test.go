package relation_test

import "testing"

// TestPronounBinding checks the binding rules of args2.go on sentences
// written for the test, with a resolver that gives each pronoun the
// entity named in res: a clause's named subject binds its "he" or "his",
// and a verb's object pronoun is not its subject.
func TestPronounBinding(t *testing.T) {
	tests := []resolvedCase{
		{"X gave his support", "[Ken Ward|PER] left. In a separate development, [Jan Kos|PER] gave his support to [Ann Gale|PER].", "support",
			map[string]string{"his": "Ken Ward"}, []string{"Jan Kos > Ann Gale"}},
		{"X gave his support, resolved right", "[Ken Ward|PER] left. In a separate development, [Jan Kos|PER] gave his support to [Ann Gale|PER].", "support",
			map[string]string{"his": "Jan Kos"}, []string{"Jan Kos > Ann Gale"}},
		{"X said his meeting", "In a call with President [Ken Ward|PER] on Sunday, [Jan Kos|PER] said his meeting with [Ann Gale|PER] went well.", "meet",
			map[string]string{"his": "Ken Ward"}, []string{"Jan Kos > Ann Gale"}},
		{"a name after a preposition binds nothing", "[Ken Ward|PER] said that despite his row with [Jan Kos|PER] last season he praised [Ann Gale|PER].", "support",
			map[string]string{"he": "Ken Ward", "his": "Ken Ward"}, []string{"Ken Ward > Ann Gale"}},
		{"told Y he", "[Ken Ward|PER] told [Jan Kos|PER] he would meet [Ann Gale|PER].", "meet",
			map[string]string{"he": "Ken Ward"}, []string{"Ken Ward > Ann Gale"}},
		{"he invited him", "[Ken Ward|PER] held talks with [Jan Kos|PER] and said he invited him to visit [Lemuria|LOC].", "visit",
			map[string]string{"he": "Ken Ward", "him": "Ken Ward"}, nil},
		{"he invited him, resolved apart", "[Ken Ward|PER] held talks with [Jan Kos|PER] and said he invited him to visit [Lemuria|LOC].", "visit",
			map[string]string{"he": "Ken Ward", "him": "Jan Kos"}, []string{"Jan Kos > Lemuria"}},
		{"her is possessive before a noun", "[Ann Gale|PER] spoke. She said her visit to [Lemuria|LOC] was a signal.", "visit",
			map[string]string{"She": "Ann Gale", "her": "Ann Gale"}, []string{"Ann Gale > Lemuria"}},
	}
	runResolvedCases(t, tests)
}

// TestArgGuardRoundTwo checks the object rules of args2.go on sentences
// written for the test.
func TestArgGuardRoundTwo(t *testing.T) {
	runPairCases(t, []pairCase{
		{"the work of a body", "[Jan Kos|PER] pledged support for the work of the [Freedom Front|ORG].", "support",
			[]string{"Jan Kos > Freedom Front"}},
		{"the efforts of a body", "[Lemuria|LOC] supports the efforts of the [Freedom Front|ORG] to end the crisis.", "support",
			[]string{"Lemuria > Freedom Front"}},
		{"two words only", "[Jan Kos|PER] pledged support for the hard work of the [Freedom Front|ORG].", "support",
			[]string{"Jan Kos > the hard work"}},
		{"X voters are nobody in particular", "[Jan Kos|PER] said he would welcome [Freedom Front|ORG] voters.", "support", nil},
		{"X leaders are the body", "[Jan Kos|PER] urged [Lemuria|LOC] leaders to act.", "urge", []string{"Jan Kos > Lemuria"}},
		{"a war's name is no target", "From 1879 to 1883, [Ruritania|LOC] fought the War of [Lemuria|LOC] against [Oslavia|LOC].", "attack", nil},
	})
}
