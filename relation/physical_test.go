package relation_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestPhysical checks the physical and coercive acts of branch physical
// (physical.go, docs/relations.md "Fallback tier, physical acts") on
// sentences written for the test: want lists the relations of type typ
// as "subject > object", an empty want none.
func TestPhysical(t *testing.T) {
	runPairCases(t, []pairCase{
		// fire N projectiles at / into a target
		{"fired 36 shells at posts", "The [Lemurian Army|ORG] fired 36 shells at [Sweden|LOC] border posts on Thursday.", "attack", []string{"Lemurian Army > Sweden"}},
		{"fired rounds aimed at a thing in a place", "[Norway|LOC] fired artillery rounds aimed at a radio mast in [Sweden|LOC].", "attack", []string{"Norway > Sweden"}},
		{"retaliated by firing dozens of rounds of artillery into", "[Sweden|LOC] retaliated by firing dozens of rounds of artillery into [Norway|LOC].", "attack", []string{"Sweden > Norway"}},
		{"launched a missile toward", "[Norway|LOC] launched a missile toward [Sweden|LOC] at dawn.", "attack", []string{"Norway > Sweden"}},
		{"fired rockets across the border into", "[Freedom Front|ORG] fighters fired rockets across the border into [Sweden|LOC].", "attack", []string{"Freedom Front > Sweden"}},
		{"fired at two police posts", "[Norway|LOC] fired mortars at two police posts.", "attack", []string{"Norway > two police posts"}},
		{"a missile into the sea", "[Norway|LOC] fired a missile into the sea on Monday.", "attack", nil},
		{"a satellite into orbit", "[Norway|LOC] launched the satellite into orbit from [Bergen|LOC].", "attack", nil},
		{"fired its manager", "The club fired its manager [Jan Kos|PER] on Monday.", "attack", nil},
		{"the firing of rockets is a noun", "The firing of rockets at [Sweden|LOC] by [Norway|LOC] went on.", "attack", nil},
		// exchanges of fire: each side attacks the other
		{"A and B exchanged artillery fire", "[Norway|LOC] and [Sweden|LOC] exchanged artillery fire on Thursday.", "attack", []string{"Norway > Sweden", "Sweden > Norway"}},
		{"A exchanged fire with B", "[Norway|LOC] exchanged fire with [Sweden|LOC] near the border.", "attack", []string{"Norway > Sweden", "Sweden > Norway"}},
		{"exchanged views is no fight", "[Norway|LOC] and [Sweden|LOC] exchanged views on fishing.", "attack", nil},
		// a coordinated act of force shares the earlier one's actor
		{"stormed X on a date and fired on", "The [Lemurian Army|ORG] stormed [Arden Square|LOC] on June 4, 1989 and fired on unarmed students.", "attack",
			[]string{"Lemurian Army > Arden Square", "Lemurian Army > unarmed students"}},
		{"praised X and fired on: no act of force before", "It came after [Norway|LOC] praised [Sweden|LOC] on Monday and fired on unarmed students.", "attack", nil},
		// wiping off the map, threatened
		{"threatened to wipe X off the map", "[Jan Kos|PER], who has threatened to wipe [Sweden|LOC] off the map, spoke on Monday.", "threaten", []string{"Jan Kos > Sweden"}},
		{"threatened to wipe X off the map, the attack", "[Jan Kos|PER], who has threatened to wipe [Sweden|LOC] off the map, spoke on Monday.", "attack", []string{"Jan Kos > Sweden"}},
		{"wiped the dust off the map", "[Jan Kos|PER] wiped the dust off the map.", "attack", nil},
		// warnings of force
		{"warned X that it would respond", "[Norway|LOC] warned [Sweden|LOC] that it would respond with force.", "threaten", []string{"Norway > Sweden"}},
		{"warned that it would strike X", "[Norway|LOC] warned that it would strike [Sweden|LOC].", "threaten", []string{"Norway > Sweden"}},
		{"warned that another would attack", "[Norway|LOC] warned that [Sweden|LOC] would attack [Finland|LOC].", "threaten", nil},
		{"warned that it would win", "[Norway|LOC] warned [Sweden|LOC] that it would win the vote.", "threaten", nil},
		// arrests and custody
		{"put X under house arrest", "[Norway|LOC] put [Jan Kos|PER] under house arrest.", "arrest", []string{"Norway > Jan Kos"}},
		{"held X without charge", "[Norway|LOC] has held [Jan Kos|PER] without charge since May.", "arrest", []string{"Norway > Jan Kos"}},
		{"held talks is no custody", "[Norway|LOC] held [Jan Kos|PER]'s hand.", "arrest", nil},
		// sanctions
		{"hit X with new sanctions", "[Norway|LOC] hit [Sweden|LOC] with new sanctions.", "sanction", []string{"Norway > Sweden"}},
		{"hit X with a bat", "[Ken Ward|PER] hit [Jan Kos|PER] with a bat.", "sanction", nil},
		// accusations
		{"arrested a group and accused them", "[Norway|LOC] arrested four [Swedish|MISC] soldiers in May and accused them of spying.", "accuse", []string{"Norway > four Swedish soldiers"}},
		{"them with no group before", "[Norway|LOC] met the envoys in May and accused them of spying.", "accuse", nil},
		{"charged that", "[Norway|LOC] charged that [Sweden|LOC] had armed the rebels.", "accuse", []string{"Norway > Sweden"}},
		{"charged that is no arrest", "[Norway|LOC] charged that [Sweden|LOC] had armed the rebels.", "arrest", nil},
		{"alleged that X had", "[Norway|LOC] alleged that [Sweden|LOC] had armed the rebels.", "accuse", []string{"Norway > Sweden"}},
		{"alleged that a described group", "[Norway|LOC] has alleged that [Oslo-based|MISC] militant group [Freedom Front|ORG] had carried out the blasts.", "accuse", []string{"Norway > Freedom Front"}},
		{"alleged that X was killed", "[Lisa Moore|PER] alleged that [Jan Kos|PER] was killed by the guards.", "accuse", nil},
		{"blamed the attack on X", "[Norway|LOC] blamed the attack on [Sweden|LOC].", "accuse", []string{"Norway > Sweden"}},
		{"blamed the loss on the weather", "[Norway|LOC] blamed the loss on the weather.", "accuse", nil},
	})
}

// TestThreatenedActIsHypothetical checks that the act a threat names is
// hypothetical, as the guidelines read "threatened to pull out".
func TestThreatenedActIsHypothetical(t *testing.T) {
	doc := analyzeText(t, "[Norway|LOC] threatened to bomb [Sweden|LOC].")
	var got []string
	for _, r := range doc.Relations {
		got = append(got, r.Type+" "+r.Modality)
	}
	want := map[string]bool{"threaten " + document.Happened: true, "attack " + document.Hypothetical: true}
	if len(got) != len(want) {
		t.Fatalf("got %q, want threaten happened and attack hypothetical", got)
	}
	for _, g := range got {
		if !want[g] {
			t.Errorf("got %q, want threaten happened and attack hypothetical", got)
		}
	}
}
