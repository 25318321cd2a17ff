package relation_test

import "testing"

// TestQuestionSense checks the round-seven sense guards (branch prec11):
// questions, chances, wishes, places inside a hall, moves to study, a name
// modifying the thing withdrawn and friendship are no events, while the
// events next to them stay.
func TestQuestionSense(t *testing.T) {
	runPairCases(t, []pairCase{
		{"asked X about", "The radio host [Jan Kos|PER] asked [Ken Ward|PER] about his remarks on taxes.", "urge", nil},
		{"asked X if", "The editor [Jan Kos|PER] asked [Ken Ward|PER] if the party would hold a vote.", "urge", nil},
		{"asked X to", "[Jan Kos|PER] asked [Ken Ward|PER] to resign from the cabinet.", "urge", []string{"Jan Kos > Ken Ward"}},
		{"a shot at winning", "Voters gave [Jan Kos|PER] a real shot at winning against [Ken Ward|PER] in May.", "kill", nil},
		{"a desire to shoot", "[Jan Kos|PER] expressed a desire to shoot [Ken Ward|PER] in a video.", "kill", nil},
		{"went to the floor", "[Jan Kos|PER] went to the floor of the convention on Tuesday.", "visit", nil},
		{"went to a city", "[Jan Kos|PER] went to [Ostrava|LOC] on Tuesday.", "visit", []string{"Jan Kos > Ostrava"}},
		{"came to study", "[Jan Kos|PER] came to [Lemuria|LOC] from [Norway|LOC] 30 years ago to study law.", "visit", nil},
		{"withdraw the X nomination", "[Jan Kos|PER] said he would withdraw the [Ward|PER] nomination unless hearings begin.", "withdraw", nil},
		{"withdrew from a treaty", "[Lemuria|LOC] withdrew from the [Oslo Treaty|MISC] on Monday.", "withdraw", []string{"Lemuria > the Oslo Treaty"}},
		{"a people arriving", "Few of the [Lemurians|MISC] arriving in [Norway|LOC] last year were Christians.", "visit", nil},
		{"a team arrived", "The [Lemurian|MISC] team arrived in [Ostrava|LOC] on Monday.", "visit", []string{"Lemurian > Ostrava"}},
		{"is a friend", "[Jan Kos|PER] said that [Ken Ward|PER] is a friend of his.", "support", nil},
	})
}
