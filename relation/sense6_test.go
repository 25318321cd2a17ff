package relation_test

import "testing"

// TestPrec14Sense checks the round-ten sense guards (branch prec14):
// defending one's own decision or lawsuits, shareholders approving an
// issue, quitting the ring, a weekly meeting of one's own body, welcoming
// residents, an appeal to a court, a bout in a sports report and a state
// before an exile group or its rebels are no events of their kind; the
// events next to them stay.
func TestPrec14Sense(t *testing.T) {
	runPairCases(t, []pairCase{
		{"defends his decision", "[Jan Kos|PER] defends his decision to close the plant in [Ostrava|LOC].", "support", nil},
		{"defends a party", "[Jan Kos|PER] defended [Ken Ward|PER] in a speech on Monday.", "support", []string{"Jan Kos > Ken Ward"}},
		{"defending lawsuits", "[Lemcorp|ORG] said it was vigorously defending the lawsuits filed in July.", "support", nil},
		{"shareholders approved an issue", "[Lemcorp|ORG] shareholders approved the bond issue at a meeting on Monday.", "support", nil},
		{"shareholders of the firm approved", "Shareholders of the [Lemurian|MISC] firm [Lemcorp|ORG] approved a 25-million-zloty, five-year convertible issue on Monday.", "support", nil},
		{"defending four suits", "[Lemcorp|ORG] is \"vigorously defending\" the remaining four suits filed by workers, he said.", "support", nil},
		{"quit the ring", "Former champion [Jan Kos|PER] quit the ring in 1990 after a loss.", "withdraw", nil},
		{"weekly meeting", "[Jan Kos|PER] would hold the weekly meeting of his cabinet in [Ostrava|LOC] on Sunday.", "meet", nil},
		{"welcomes residents", "[Lemuria|LOC] welcomes legal [Norwegian|MISC] residents, its minister said.", "meet", nil},
		{"welcomes nationality residents", "After [Lemuria|LOC] called on [Norway|LOC] to respect [Lemurian|MISC] immigrants' dignity, [Norway|LOC] says it welcomes legal [Lemurian|MISC] residents.", "meet", nil},
		{"welcomes a minister", "[Norway|LOC] welcomed [Lemurian|MISC] Foreign Minister [Jan Kos|PER] on Monday.", "meet", []string{"Norway > Jan Kos"}},
		{"appeal to a court", "[Jan Kos|PER] said he would appeal to the [European Court of Human Rights|ORG] against the ruling.", "urge", nil},
		{"fought in a sports report", "[Jan Kos|PER] lost the heavyweight title when he fought [Ken Ward|PER] in [Ostrava|LOC].", "criticize", nil},
		{"fight a country", "[Jan Kos|PER] resolved to fight [Lemuria|LOC] in the north, its enemy.", "attack", []string{"Jan Kos > Lemuria"}},
		{"exile group", "An [Lemurian|MISC] exile group vowed to support the [Norwegian|MISC] strikers.", "support", nil},
		{"a country's rebels", "[Jan Kos|PER] voiced his support for [Lemuria|LOC]'s rebel Kurds on Monday.", "support", nil},
		{"invited to his home for talks", "[Jan Kos|PER] invited [Ken Ward|PER] to his private home for talks on Monday.", "invite", []string{"Jan Kos > Ken Ward"}},
		{"invited to his home: no urge", "[Jan Kos|PER] invited [Ken Ward|PER] to his private home for talks on Monday.", "urge", nil},
		{"invited to do: urge", "[Jan Kos|PER] invited [Ken Ward|PER] to resign on Monday.", "urge", []string{"Jan Kos > Ken Ward"}},
		{"commander in the region, General", "The [Lemurian|MISC] army commander in the region, General [Jan Kos|PER], arrived in [Ostrava|LOC] on Friday for talks.", "visit", []string{"Jan Kos > Ostrava"}},
		{"support for a country", "[Jan Kos|PER] voiced his support for [Lemuria|LOC] on Monday.", "support", []string{"Jan Kos > Lemuria"}},
	})
}
