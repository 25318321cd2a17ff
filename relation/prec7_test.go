package relation_test

import "testing"

// TestPrec7Sense checks the round-twelve guards (branch prec7): standing
// by or defending one's own words, a politician's "attack" on a person,
// an indefinite candidate, going home, a reception "met with" scepticism,
// a prize received, a passive demand, a crowd counted in thousands and a
// question asked are no interactions of their kind (or, for the attack,
// criticism); the events next to them stay.
func TestPrec7Sense(t *testing.T) {
	runPairCases(t, []pairCase{
		// one's own words or acts
		{"stood by his comment", "[Jan Kos|PER] stood by his comment that the plan was a failure.", "support", nil},
		{"stands by its legal action", "[Lemcorp|ORG] stands by its legal action, a spokesman said on Monday.", "support", nil},
		{"defended his endorsement", "[Jan Kos|PER] defended his endorsement on his radio show on Monday.", "support", nil},
		{"stood by a man stays", "[Jan Kos|PER] stood by [Ken Ward|PER] throughout the trial.", "support", []string{"Jan Kos > Ken Ward"}},
		{"defended his father stays", "[Jan Kos|PER] defended [Ken Ward|PER], his father, on Monday.", "support", []string{"Jan Kos > Ken Ward"}},
		// an attack in words
		{"attacks on a judge", "[Jan Kos|PER]'s attacks on [Ken Ward|PER] drew rebukes from the party on Monday.", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"attacked brothers", "[Jan Kos|PER] relentlessly attacked the Ward brothers from the floor of the [Senate|ORG].", "attack", nil},
		{"a murderous attack is no words", "[Jan Kos|PER] carried out his murderous attack on club goers in [Ostrava|LOC] on Monday.", "criticize", nil},
		// an indefinite candidate
		{"did not endorse a candidate", "The [Lemurian Teachers Union|ORG] did not endorse a candidate until after the primaries.", "support", nil},
		{"endorsed a man stays", "The [Lemurian Teachers Union|ORG] endorsed [Ken Ward|PER] on Monday.", "support", []string{"Lemurian Teachers Union > Ken Ward"}},
		// going home
		{"went home to", "[Jan Kos|PER] went home to [Ostrava|LOC] last week to see his doctor.", "visit", nil},
		{"goes back to the tone", "Let us see if [Jan Kos|PER] goes back to the kind of tone he set early on.", "visit", nil},
		{"flew to a city stays", "[Jan Kos|PER] flew to [Ostrava|LOC] on Monday for talks.", "visit", []string{"Jan Kos > Ostrava"}},
		{"A and B met with C", "[Jan Kos|PER] and [Ken Ward|PER] met last week in [Ostrava|LOC] with [Ann Lee|PER], the prime minister.", "meet", nil},
		{"A and B met stays", "[Jan Kos|PER] and [Ken Ward|PER] met last week in [Ostrava|LOC] to discuss the treaty.", "meet", []string{"Jan Kos > Ken Ward"}},
		// a wish for an outcome
		{"hoping X will win", "[Lemurian|MISC] conservatives are hoping [Jan Kos|PER] will win in November.", "urge", nil},
		// a state of affairs
		{"decried the issue of", "[Jan Kos|PER] has increasingly decried the issue of racism in the police.", "criticize", nil},
		{"condemns the use of", "[Lemcorp|ORG] said it condemns the use of its service to promote violence.", "criticize", nil},
		{"criticised the plan stays", "[Jan Kos|PER] criticised the plan to close the port.", "criticize", []string{"Jan Kos > the plan"}},
		// agreement that, and a standing alliance
		{"agreed that", "Both [Jan Kos|PER] and [Ken Ward|PER] agreed, however, that the promise would be good news.", "agree", nil},
		{"agreed to stays", "[Jan Kos|PER] and [Ken Ward|PER] agreed to divide the remaining seats.", "agree", []string{"Jan Kos > Ken Ward"}},
		{"a PAC allied with", "The ads are paid for by Ostrava Action, a super [PAC|ORG] allied with [Jan Kos|PER], and by others.", "support", []string{"PAC > Jan Kos"}},
		// a thing pulled out, a party shut out
		{"pulled out the card", "[Jan Kos|PER] pulled out the race card on [Ken Ward|PER] in a major way.", "withdraw", nil},
		{"pulled out of stays", "[Lemcorp|ORG] pulled out of the [Ostrava Accord|MISC] on Monday.", "withdraw", []string{"Lemcorp > the Ostrava Accord"}},
		// a vehicle left
		{"get out of a car", "Officers saw [Jan Kos|PER] get out of a car with a handgun.", "withdraw", nil},
		// a share of voters
		{"backing from 74%", "[Jan Kos|PER]'s lead was largely because of backing from 74% of likely voters.", "support", nil},
		{"flew back to", "After the trip, [Jan Kos|PER] flew back to [Ostrava|LOC] with [Ken Ward|PER] on his jet.", "visit", nil},
		{"hosted the Games", "Two years ago, [Ostrava|LOC] hosted the [Lemurian Games|MISC], a sports festival.", "meet", nil},
		{"network host", "\"It is rigged,\" Trump told [Lemuria News|ORG] host [Ken Ward|PER] this month.", "meet", nil},
		{"arrived back in", "[Jan Kos|PER], freed on Tuesday, arrived back in [Ostrava|LOC] late on Wednesday.", "visit", nil},
		{"hosted a minister stays", "[Jan Kos|PER] hosted [Ken Ward|PER] in [Ostrava|LOC] on Monday.", "meet", []string{"Jan Kos > Ken Ward"}},
		// a reception
		{"was met with scepticism", "When [Lemuria|LOC] announced its plan, it was met with a lot of skepticism by the [Norwegian|MISC] leadership.", "meet", nil},
		{"met with a minister stays", "[Jan Kos|PER] met with [Ken Ward|PER] in [Ostrava|LOC] on Monday.", "meet", []string{"Jan Kos > Ken Ward"}},
		// a prize
		{"received an award", "[Jan Kos|PER] received the [Ostrava Conservation Award|MISC] on Tuesday.", "meet", nil},
		// a passive demand
		{"called for X to be transferred", "In the 1980s [Lemuria|LOC] called for [Norway|LOC] to be transferred to [United Nations|ORG] control.", "urge", nil},
		{"called for X to be fired stays", "[Jan Kos|PER] called for [Ken Ward|PER] to be fired on Monday.", "urge", []string{"Jan Kos > Ken Ward"}},
		{"called on X to act stays", "[Lemuria|LOC] called on [Norway|LOC] to release the prisoners.", "urge", []string{"Lemuria > Norway"}},
		// a crowd
		{"thousands of Norwegians", "The minister was greeted by thousands of [Norwegians|MISC] protesting against the [Ostrava Treaty|MISC].", "criticize", nil},
		// a question
		{"asked why", "[Jan Kos|PER] asked why ministers attacked the plans for a new tax.", "urge", nil},
		// a vague quantity over a capitalised modifier
		{"lawmakers", "[Jan Kos|PER] called on lawmakers to close the loophole.", "urge", nil},
		// a clause cut off the object phrase
		{"voted against the bill because", "[Jan Kos|PER] voted against the bill because it did not protect farmworkers.", "criticize", []string{"Jan Kos > the bill"}},
		{"some Republican lawmakers", "[Jan Kos|PER] urged some Republican lawmakers to back the bill.", "urge", nil},
	})
}
