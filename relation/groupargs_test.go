package relation_test

import "testing"

// TestGroupArgs checks the group and description arguments (branch
// groupargs): a specific group or an unresolved description of a party
// is a subject or an object with a text ("the chancellor", "the rebels",
// "two policemen", "A US company"); a vague or generic phrase, a phrase
// in apposition to a name or listed with one, the troops a withdrawal
// moves, an indefinite phrase that opens no clause, and a relation with
// no name on either side give none.
func TestGroupArgs(t *testing.T) {
	runPairCases(t, []pairCase{
		{"description subject", "The chancellor criticised [Jan Kos|PER] on Monday.", "criticize", []string{"The chancellor > Jan Kos"}},
		{"definite group object", "[Lemuria|LOC] condemned the rebels on Monday.", "criticize", []string{"Lemuria > the rebels"}},
		{"description object", "[Jan Kos|PER] met the union leader in [Ostrava|LOC] on Monday.", "meet", []string{"Jan Kos > the union leader"}},
		{"counted group object", "[Lemuria|LOC] urged two unions to end the strike.", "urge", []string{"Lemuria > two unions"}},
		{"indefinite subject with a name's modifier", "A [Lemurian|MISC] company has pulled out of the [Ostrava Pact|ORG].", "withdraw", []string{"A Lemurian company > Ostrava Pact"}},
		{"vague group", "[Jan Kos|PER] urged some unions to end the strike.", "urge", nil},
		{"generic bare singular", "[Jan Kos|PER] criticised government on Monday.", "criticize", nil},
		{"apposition to a name", "The [Lemuria Front|ORG], an umbrella group which has long opposed [Jan Kos|PER], attacked [Ostrava|LOC] on Monday.", "attack", []string{"Lemuria Front > Ostrava"}},
		{"listed with a name", "The [European Commission|ORG] calls on the government and the rebel [Tamil Front|ORG] to end violations of human rights.", "urge", []string{"European Commission > the government", "European Commission > Tamil Front"}},
		{"troops a withdrawal moves", "[Lemuria|LOC] plans to withdraw 4,000 soldiers from [Ostrava|LOC].", "withdraw", []string{"Lemuria > Ostrava"}},
		{"an indefinite object opens no clause", "[Lemuria|LOC] is pulling together a coalition to fight the [Tamil Front|ORG].", "attack", []string{"Lemuria > Tamil Front"}},
		{"no name on either side", "The chancellor criticised the rebels on Monday.", "criticize", nil},
		{"a group visits nothing", "The delegation said two ministers visited [Ostrava|LOC] on Monday.", "visit", nil},
		{"a name before the head is the party", "[Lemurian|MISC] troops attacked [Ostrava|LOC] last week.", "attack", []string{"Lemurian > Ostrava"}},
		{"a possessive is the owner's", "[Jan Kos|PER] urged his rival to quit.", "urge", nil},
		{"a predicate is no party", "[Jan Kos|PER] said [Ken Ward|PER] is a wonderful man.", "support", []string{"Jan Kos > Ken Ward"}},
		{"a modal makes it generic", "[Jan Kos|PER] said a leader must fight for what he believes in.", "urge", nil},
		{"a tally is no group", "The coast guards have arrested 2,669 migrants off [Lemuria|LOC] this year.", "arrest", nil},
		{"a head that modifies", "[Lemuria|LOC] urged the military leadership to resign.", "urge", nil},
		{"the object of a participle is no subject", "The five unions meeting [Ken Ward|PER] want the government to withdraw the rules.", "urge", nil},
		{"a description with a name after it", "The [Lemurian|MISC] ambassador to the [United Nations|ORG], [Ken Ward|PER], arrived in [Ostrava|LOC] on Friday.", "visit", []string{"Ken Ward > Ostrava"}},
		{"a body's spokeswoman", "Later, the [European Commission|ORG]'s spokeswoman on external affairs also condemned [Jan Kos|PER].", "criticize", []string{"the European Commission's spokeswoman on external affairs > Jan Kos"}},
		{"a country's minister", "[Lemuria|LOC]'s finance minister criticised [Jan Kos|PER] on Monday.", "criticize", []string{"Lemuria's finance minister > Jan Kos"}},
		{"a spokesman without a possessive is the body's", "A [Labour Party|ORG] spokesman criticised [Jan Kos|PER] on Monday.", "criticize", []string{"Labour Party > Jan Kos"}},
		{"a possessive description in apposition", "[Ken Ward|PER], [Lemuria|LOC]'s finance minister, criticised [Jan Kos|PER] on Monday.", "criticize", []string{"Ken Ward > Jan Kos"}},
	})
}
