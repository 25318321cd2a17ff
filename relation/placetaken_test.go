package relation_test

import "testing"

// TestPlaceTakenMerged checks the guards placetaken.go reconciled from
// the two readers it replaced (audit3's and audit4's): control seized by
// a country, control a force will take without fighting (a handover), a
// country entering a place, and a force's owner before "government".
func TestPlaceTakenMerged(t *testing.T) {
	runPairCases(t, []pairCase{
		{"a country seized control", "[Norway|LOC] seized control of [Ostrava|LOC] in 1951.", "attack", []string{"Norway > Ostrava"}},
		{"a country gained control", "[Norway|LOC] gained control of [Ostrava|LOC] in 1951.", "attack", nil},
		{"troops would take control", "[Ruritanian|MISC] troops would take control of [Strelsau|LOC] next month.", "attack", nil},
		{"troops took control", "[Ruritanian|MISC] troops took control of [Strelsau|LOC] on Monday.", "attack", []string{"Ruritanian > Strelsau"}},
		{"a country entered", "[Norway|LOC] entered [Ostrava|LOC] on Monday.", "attack", nil},
		{"a passive", "[Ostrava|LOC] was captured by the rebels on Monday.", "attack", nil},
		{"a body without fighting", "The [Northern Front|ORG] overran [Strelsau|LOC].", "attack", nil},
	})
}
