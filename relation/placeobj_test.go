package relation_test

import "testing"

// TestConflictPlace checks that a place after a conflict noun ("an
// insurgency in", "the fighting across") is where it happens and not the
// object of an attack (branch placeobj, docs/relations.md), while an
// attack noun's "in" and a conflict noun's "against" or "on" keep their
// target; sentences written for the test, want as in runPairCases.
func TestConflictPlace(t *testing.T) {
	tests := []pairCase{
		{"not an insurgency in a place", "The [Lemurian Front|ORG] insurgency in northern [Lemuria|LOC] has lasted a decade.", "attack", nil},
		{"not a coordinated insurgency in a place", "[Norway|LOC] warned of the [Red Hand|ORG] and [Blue Hand|ORG] insurgency in southern [Lemuria|LOC].", "attack", nil},
		{"an offensive in a place is an attack on it", "The [UN|ORG] deplored the [Red Hand|ORG] offensive in [Oslo|LOC] on Monday.", "attack", []string{"Red Hand > Oslo"}},
		{"not a campaign in a place", "The [Red Hand|ORG] bombing campaign in [Oslo|LOC] ended in May.", "attack", nil},
		{"an attack in a place still", "The [UN|ORG] condemned a [Red Hand|ORG] attack in [Oslo|LOC] on Monday.", "attack", []string{"Red Hand > Oslo"}},
		{"an insurgency against a target", "The [Red Hand|ORG] insurgency against [Norway|LOC] has lasted a decade.", "attack", []string{"Red Hand > Norway"}},
		{"war against a target", "[Norway|LOC] declared war against [Lemuria|LOC] on Monday.", "attack", []string{"Norway > Lemuria"}},
		{"an attack on a target", "[Norway|LOC]'s attack on [Lemuria|LOC] began at dawn.", "attack", []string{"Norway > Lemuria"}},
	}
	runPairCases(t, tests)
}
