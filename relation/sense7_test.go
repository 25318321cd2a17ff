package relation_test

import "testing"

// TestPrec15Sense checks the round-eleven guards (branch blind15): a war
// declared in someone's words, defending a city, campaigning for votes, a
// fixture between teams, "an opponent of", coming to a place as an aide
// or "when it comes to", and the pair model's killings read across
// "whose", a passive, "along with" or a killing named as a topic are no
// events of their kind; the events next to them stay.
func TestPrec15Sense(t *testing.T) {
	runPairCases(t, []pairCase{
		// war in a speaker's words
		{"declared war, said", "[Jan Kos|PER] said on Monday that [Lemuria|LOC] had declared war on the [Norwegians|MISC] and called a strike.", "attack", nil},
		{"declares war, headline says", "[Jan Kos|PER] says [Lemuria|LOC] declares war on [Norwegians|MISC]", "attack", nil},
		{"war in an open quote", "\"[Lemuria|LOC] has started the war on [Ostrava|LOC].", "attack", nil},
		{"war with fighting stays", "[Lemuria|LOC] waged a war on [Norway|LOC] in which its troops shelled the border towns.", "attack", []string{"Lemuria > Norway"}},
		{"attack said stays", "[Jan Kos|PER] said [Lemurian|MISC] troops attacked [Ostrava|LOC] on Monday.", "attack", []string{"Lemurian > Ostrava"}},
		// defending a place
		{"defending the city", "[Lemurian|MISC] forces were defending the city against the rebels, he said.", "support", nil},
		{"defend the island nation", "[Norway|LOC] has pledged to defend the island nation if it is attacked.", "support", nil},
		{"defended a man stays", "[Jan Kos|PER] defended [Ken Ward|PER] in a speech on Monday.", "support", []string{"Jan Kos > Ken Ward"}},
		{"defended the country's record stays", "[Jan Kos|PER] defended [Lemuria|LOC]'s record on Monday.", "support", []string{"Jan Kos > Lemuria"}},
		// campaigning for votes
		{"campaigned for the vote", "[Jan Kos|PER] campaigned aggressively for the black vote in [Ostrava|LOC] on Monday.", "support", nil},
		{"campaigned for a candidate stays", "[Jan Kos|PER] campaigned for [Ken Ward|PER] in [Ostrava|LOC] on Monday.", "support", []string{"Jan Kos > Ken Ward"}},
		// a fixture
		{"meet in a match", "[Lemcorp United|ORG] meet [Ostrava City|ORG] in the football cup in [Ostrava|LOC] on May 11, with the return match a week later.", "meet", nil},
		{"host for a football game", "The [Ostrava Bears|ORG] are set to host the [Lemuria Lions|ORG] for a football game on Sunday.", "meet", nil},
		{"meet with a minister stays", "[Jan Kos|PER] will meet [Ken Ward|PER] in [Ostrava|LOC] on Monday to discuss the trade deal.", "meet", []string{"Jan Kos > Ken Ward"}},
		// a standing
		{"an avowed opponent of", "[Jan Kos|PER], an avowed opponent of the [Lemurian|MISC] government who lives in exile, spoke on Monday.", "criticize", nil},
		{"opposed stays", "[Jan Kos|PER] opposed [Ken Ward|PER]'s plan on Monday.", "criticize", []string{"Jan Kos > Ken Ward"}},
		// coming to a place
		{"coming to a body as an aide", "[Jan Kos|PER] has spent his life in politics, coming to [Congress|ORG] as an aide in 1972.", "visit", nil},
		{"came to a city as a student", "[Jan Kos|PER] came to [Ostrava|LOC] as a student and stayed.", "visit", nil},
		{"when it comes to", "[Lemuria|LOC] cannot be neutral when it comes to [Norway|LOC], [Jan Kos|PER] said.", "visit", nil},
		{"came to the conclusion", "[Jan Kos|PER] said he had come to the conclusion that the talks had failed.", "visit", nil},
		{"came to a capital stays", "[Jan Kos|PER] came to [Ostrava|LOC] on Monday for talks with the government.", "visit", []string{"Jan Kos > Ostrava"}},
	})
}

// TestPrec15PairKill checks the guard on the pair model's killings: the
// name before a relative "whose", a passive or "along with", or the one
// who speaks of a killing, is no killer; one named before "was jailed
// for murdering" stays.
func TestPrec15PairKill(t *testing.T) {
	runPairCases(t, []pairCase{
		{"whose husband", "[Ann Kos|PER], whose husband was severely disabled in an assassination attempt on President [Ken Ward|PER], spoke on Monday.", "kill", nil},
		{"along with", "[Ann Kos|PER] was killed in a car crash in 1997 along with her friend [Ken Ward|PER].", "kill", nil},
		{"passive with no agent", "[Ann Kos|PER], 57, was shot with a bullet fired from his own gun, spokesman [Ken Ward|PER] said.", "kill", nil},
		{"comments on the shooting", "[Ann Kos|PER]'s comments on Tuesday on the shooting death of [Ken Ward|PER] drew protests.", "kill", nil},
		{"jailed for murdering", "[Ann Kos|PER] was jailed for life for murdering 16-year-old burglar [Ken Ward|PER].", "kill", []string{"Ann Kos > Ken Ward", "Ann Kos > 16-year-old burglar Ken Ward"}},
	})
}
