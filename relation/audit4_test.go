package relation_test

import "testing"

// TestPlaceCaptured checks placetaken.go (from branch audit4): a place captured, seized or overrun by
// an armed party is an attack on it; a place "captured" by a candidate or
// a party, a place "taken" without "control of", and a person captured
// are not.
func TestPlaceCaptured(t *testing.T) {
	runPairCases(t, []pairCase{
		{"rebels captured", "The rebels captured [Ostrava|LOC] at the end of March.", "attack", []string{"The rebels > Ostrava"}},
		{"the town of", "The troops captured the town of [Ostrava|LOC] on Monday, officials said.", "attack", []string{"The troops > Ostrava"}},
		{"possessor's men", "[Jan Kos|PER]'s men seized control of [Ostrava|LOC] on Monday.", "attack", []string{"Jan Kos > Ostrava"}},
		{"a country", "[Norway|LOC] captured [Ostrava|LOC] in 1967, the minister said.", "attack", []string{"Norway > Ostrava"}},
		{"hypothetical", "Without such help, [Jan Kos|PER]'s men would probably have captured [Ostrava|LOC] anyway.", "attack", []string{"Jan Kos > Ostrava"}},
		{"a candidate", "[Jan Kos|PER] captured [Ostrava|LOC] in the primaries on Tuesday.", "attack", nil},
		{"a party", "The [Lemurian Party|ORG] captured [Ostrava|LOC] in the local elections.", "attack", nil},
		{"took without control", "The rebels took [Ostrava|LOC] to the cleaners.", "attack", nil},
		{"took control, rebels", "The rebels took control of [Ostrava|LOC] on Monday.", "attack", []string{"The rebels > Ostrava"}},
		{"a handover", "[Norway|LOC] took control of [Ostrava|LOC] in 1997 after a century of foreign rule.", "attack", nil},
		{"no arrest of a place", "The rebels captured [Ostrava|LOC] at the end of March.", "arrest", nil},
		{"a person captured", "The rebels captured [Jan Kos|PER] at the end of March.", "arrest", []string{"The rebels > Jan Kos"}},
	})
}

// TestGroupSubject checks audit4.go: a nationality before rebels or
// militants does not make the state their actor, but the group itself
// acts; a group noun that modifies the trigger's noun is no actor, and a
// group's moves are no visit.
func TestGroupSubject(t *testing.T) {
	runPairCases(t, []pairCase{
		{"rebels attacked", "[Lemurian|MISC] rebels attacked [Ostrava|LOC] on Monday.", "attack", []string{"Lemurian rebels > Ostrava"}},
		{"militants urged", "[Lemurian|MISC] militants urged [Norway|LOC] to resume its mediation.", "urge", []string{"Lemurian militants > Norway"}},
		{"guerrilla bombing", "She survived the [Lemurian|MISC] guerrilla bombing of a hotel in [Ostrava|LOC].", "attack", nil},
		{"moves are no visit", "[Lemurian|MISC] rebels arrived in [Ostrava|LOC] on Monday.", "visit", nil},
	})
}

// TestFurtherBeforeVerb checks that "further" between a subject and its
// verb (control.go's preverbAdverbs, audit4) leaves the subject read.
func TestFurtherBeforeVerb(t *testing.T) {
	runPairCases(t, []pairCase{
		{"further denounced", "[Lemuria|LOC] on Tuesday further denounced the ultimatum.", "criticize", []string{"Lemuria > the ultimatum"}},
	})
}

// TestAgentPhraseAtEnd checks that an agent phrase ending the sentence
// after a passive's "by" is read (phrasesubj.go's subjectSlot, audit4),
// as one followed by a time is.
func TestAgentPhraseAtEnd(t *testing.T) {
	runPairCases(t, []pairCase{
		{"killed by the rebels.", "[Jan Kos|PER] was killed by the rebels.", "kill", []string{"the rebels > Jan Kos"}},
		{"arrested by the police.", "[Jan Kos|PER] was arrested by the police.", "arrest", []string{"the police > Jan Kos"}},
		{"not after another preposition", "[Jan Kos|PER] was killed near the rebels.", "kill", nil},
	})
}
