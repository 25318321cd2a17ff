package relation_test

import "testing"

// TestPhraseSubjects checks the parties named by their role (branch
// phrasesubj): "police", "a federal judge", "the government" act as
// subjects with a SubjectText when no entity is there; a name before
// the phrase, a possessive, a compound ("police station"), a vague
// quantifier and an object position keep them out.
func TestPhraseSubjects(t *testing.T) {
	runPairCases(t, []pairCase{
		{"police arrested", "Police arrested [Jan Kos|PER] in [Ostrava|LOC] on Tuesday.", "arrest", []string{"Police > Jan Kos"}},
		{"rebels attacked", "Rebels attacked [Ostrava|LOC] last week.", "attack", []string{"Rebels > Ostrava"}},
		{"the government accused", "The government accused [Lemuria|LOC] of lying.", "accuse", []string{"The government > Lemuria"}},
		{"a federal judge ordered", "A federal judge ordered [Lemcorp|ORG] to release the emails.", "urge", []string{"A federal judge > Lemcorp"}},
		{"police said they arrested", "Police said they had arrested [Jan Kos|PER].", "arrest", []string{"Police > Jan Kos"}},
		{"after a clause opener", "He fled after police raided [Lemcorp|ORG] offices.", "attack", []string{"police > Lemcorp"}},
		{"a nationality names the actor", "[Lemurian|MISC] troops attacked [Ostrava|LOC] last week.", "attack", []string{"Lemurian > Ostrava"}},
		{"a possessor names the actor", "[Lemuria|LOC]'s army attacked [Ostrava|LOC] last week.", "attack", []string{"Lemuria > Ostrava"}},
		{"a compound is no actor", "A police spokesman criticised [Jan Kos|PER] on Monday.", "criticize", nil},
		{"vague quantifier", "Some protesters attacked [Jan Kos|PER] on Monday.", "attack", nil},
		{"a phrase object is no subject", "[Jan Kos|PER] criticised the police on Monday.", "criticize", []string{"Jan Kos > the police"}},
		{"bare singular", "Government criticised [Jan Kos|PER] on Monday.", "criticize", nil},
		{"counted phrase object", "Police arrested five drug traffickers in [Ostrava|LOC] on Tuesday.", "arrest", []string{"Police > five drug traffickers"}},
		{"generic phrase object", "Many died when troops fired on street protesters in [Ostrava|LOC].", "attack", nil},
		{"no support of a phrase", "The government would offer funding support to those projects, he said.", "support", nil},
		{"no visit", "Police arrested [Ken Ward|PER] after flying to [Lemuria|LOC].", "visit", nil},
		{"no agreement", "A district judge agreed with the [Lemurian Party|ORG].", "agree", nil},
		{"one of a list of groups", "Opposition parties, civic organisations and private-sector unions denounced [Jan Kos|PER] on Monday.", "criticize", nil},
		{"indirect speech of the phrase", "The government has denied the charge and blames the [Lemurian Party|ORG] for the violence.", "accuse", []string{"The government > Lemurian Party"}},
		{"a slogan", "The demonstrators, chanting slogans such as \"Bush, get out of [Lemuria|LOC],\" burned a flag.", "withdraw", nil},
		{"after a clause opener, no modifier", "Women backed [Lisa Moore|PER], while male troops backed [Jan Kos|PER].", "support", nil},
	})
}
