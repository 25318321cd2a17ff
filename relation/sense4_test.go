package relation_test

import "testing"

// TestMoveSense checks the round-eight sense guards (branch prec12): an
// event attended, a programme returned to, a seat won in a legislature and
// a place's votes going to a candidate are no visits, while the visits
// next to them stay.
func TestMoveSense(t *testing.T) {
	runPairCases(t, []pairCase{
		{"go to the debate", "[Jan Kos|PER] will probably go to the debate on Friday, his aide said.", "visit", nil},
		{"went to a rally", "[Jan Kos|PER] went to a rally of farmers on Sunday.", "visit", nil},
		{"went back to its panel", "[Radio Lemuria|ORG] ignored the speech and went back to its panel of guests.", "visit", nil},
		{"went to a town", "[Jan Kos|PER] went to [Ostrava|LOC] for a rally on Sunday.", "visit", []string{"Jan Kos > Ostrava"}},
		{"came as a student", "Born in 1950, [Jan Kos|PER] came to [Ostrava|LOC] as a student and stayed.", "visit", nil},
		{"arrived as a young refugee", "[Jan Kos|PER] arrived in [Ostrava|LOC] as a young refugee in 1968.", "visit", nil},
		{"came as a guest", "[Jan Kos|PER] came to [Ostrava|LOC] as a guest of the mayor.", "visit", []string{"Jan Kos > Ostrava"}},
		{"arrived in Congress in a year", "[Jan Kos|PER] arrived in [Congress|ORG] in 1995 after two terms as mayor.", "visit", nil},
		{"the state went to a candidate", "Eight years ago [Lemuria|LOC] went to [Ken Ward|PER] by ten points.", "visit", nil},
		{"came to a country", "[Jan Kos|PER] came to [Lemuria|LOC] on Monday for talks.", "visit", []string{"Jan Kos > Lemuria"}},
		{"a person went to a person", "[Jan Kos|PER] went to [Ken Ward|PER] for advice.", "visit", []string{"Jan Kos > Ken Ward"}},
	})
}

// TestMoveSenseQuoted checks that a party coming to a quoted "us" or "me"
// (the speaker) is an approach, no visit, while a visit to a place in a
// quote stays.
func TestMoveSenseQuoted(t *testing.T) {
	runQuotedCases(t, []pairCase{
		{"would come to us", "“I knew that [Lemcorp|ORG] would come to us and ask to be bought,” [Jan Kos|PER] said.", "visit", nil},
		{"comes up to me", "“Then [Ken Ward|PER] comes up to me and asks for money,” [Jan Kos|PER] said.", "visit", nil},
		{"came to a city", "“[Ken Ward|PER] came to [Ostrava|LOC] last week,” [Jan Kos|PER] said.", "visit", []string{"Ken Ward > Ostrava"}},
	})
}
