package relation_test

import "testing"

// TestModifiersBeforePerson checks objectAt's run of lower-case
// modifiers before a person's name (branch argrecall, interact.go
// modifiersToPerson): "Republican presidential nominee Ken Ward" leads
// to the person, with the party or people's name inside the run; a
// plural, a verb, a participle, a preposition or a time in the run
// stops it. Sentences written for the test, want as in runPairCases.
func TestModifiersBeforePerson(t *testing.T) {
	tests := []pairCase{
		{"party presidential nominee", "[Jan Kos|PER] will meet with [Zendan|MISC] presidential nominee [Ken Ward|PER] on Friday.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"people's presidential candidate", "[Jan Kos|PER] met [Ruritanian|MISC] presidential candidate [Ken Ward|PER] in Oslo.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"adjective then party", "[Jan Kos|PER] met presumptive [Zendan|MISC] presidential nominee [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"after an article", "[Jan Kos|PER] praised the presumptive [Zendan|MISC] presidential nominee [Ken Ward|PER].", "support", []string{"Jan Kos > Ken Ward"}},
		{"two modifiers after with", "[Jan Kos|PER] held talks with [Zendan|MISC] party chief whip [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		// the group reader's phrase, not the person (groupargs.go)
		{"not past a plural", "[Jan Kos|PER] met [Zendan|MISC] party members [Ken Ward|PER] and Tom Lee.", "meet", []string{"Jan Kos > Zendan party members"}},
		{"not past a participle", "[Jan Kos|PER] met [Zendan|MISC] voters supporting [Ken Ward|PER].", "meet", nil},
		// the stance reader's phrase, not the person (phrasestance.go)
		{"not past a verb", "[Jan Kos|PER] criticised the [Zendan|MISC] plan said [Ken Ward|PER].", "criticize", []string{"Jan Kos > the Zendan plan"}},
		{"not past a wh-word and a verb", "[Jan Kos|PER] was critical of [Zendans|MISC] who prefer [Ken Ward|PER] to Tom Lee.", "criticize", nil},
		{"not without a people's or party's name", "[Jan Kos|PER] urged the council grant general [Ken Ward|PER] a pardon.", "urge", nil},
		{"not past a non-role noun", "[Jan Kos|PER] praised [Zendan|MISC] voter turnout [Ken Ward|PER] said.", "support", nil},
		{"not past a time", "[Jan Kos|PER] met [Zendan|MISC] leaders today and [Ken Ward|PER] later.", "meet", []string{"Jan Kos > Zendan"}}, // the people for its leaders, as before
	}
	runPairCases(t, tests)
}

// TestOwnedDemonymVisit checks placeVisit's country adjective (branch
// argrecall, fallback.go): an owner's trip or visit led by a country's
// adjective is a visit to that country ("his British trip"); without an
// owner, with an adjective that names no country, or with a word between
// the adjective and the noun, nothing is read. Sentences written for the
// test, want as in runPairCases.
func TestOwnedDemonymVisit(t *testing.T) {
	tests := []pairCase{
		{"owner's adjective visit", "[Ken Ward|PER]'s [French|MISC] visit ended on Friday.", "visit", []string{"Ken Ward > French"}},
		{"owner's adjective trip", "[Ken Ward|PER]'s [Japanese|MISC] trip was cut short.", "visit", []string{"Ken Ward > Japanese"}},
		{"no owner", "A [French|MISC] visit was planned for May.", "visit", nil},
		{"no country", "[Ken Ward|PER]'s [Lemurian|MISC] trip was cut short.", "visit", nil},
		{"a word between", "[Ken Ward|PER]'s [French|MISC] business trip was cut short.", "visit", nil},
	}
	runPairCases(t, tests)
}
