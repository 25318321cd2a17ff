package relation_test

import "testing"

// TestReportedClauseSubject checks that a gerund after "after" takes the
// pronoun subject of the reported clause it belongs to (pronargs.go);
// sentences written for the test, a resolver stub for the pronoun.
func TestReportedClauseSubject(t *testing.T) {
	tests := []resolvedCase{
		{"said Thursday it … after withdrawing", "The [Zenda Party|ORG] said Thursday it would not back down after withdrawing support from the [Union Front|ORG].", "withdraw",
			map[string]string{"it": "Zenda Party"}, []string{"Zenda Party > Union Front"}},
		{"said that he … after meeting", "[Ken Ward|PER] spoke. The paper said that he would resign after meeting [Ann Gale|PER].", "meet",
			map[string]string{"he": "Ken Ward"}, []string{"Ken Ward > Ann Gale"}},
		{"no verb of saying before the pronoun", "The [Zenda Party|ORG] met the [Union Front|ORG] after withdrawing support from [Lemuria|LOC].", "meet",
			map[string]string{}, []string{"Zenda Party > Union Front"}},
	}
	runResolvedCases(t, tests)
}

// TestFollowersGuard checks that a person's public is no party met and
// that campaigning for a place is no support of it (pronargs.go).
func TestFollowersGuard(t *testing.T) {
	tests := []resolvedCase{
		{"a name before supporters", "[Ken Ward|PER] said he met a lot of [Ann Gale|PER] supporters in [Oslo|LOC].", "meet",
			map[string]string{"he": "Ken Ward"}, nil},
		{"the name itself", "[Ken Ward|PER] said he met [Ann Gale|PER] in [Oslo|LOC].", "meet",
			map[string]string{"he": "Ken Ward"}, []string{"Ken Ward > Ann Gale"}},
		{"campaigning for a place", "[Ann Gale|PER] said she was campaigning for [Vermont|LOC].", "support",
			map[string]string{"she": "Ann Gale"}, nil},
	}
	runResolvedCases(t, tests)
}
