package relation_test

import "testing"

// TestArgGuard checks the argument guards (args.go, branch args) on
// sentences written for the test: want lists the relations of type typ as
// "subject > object", an empty want none.
func TestArgGuard(t *testing.T) {
	runPairCases(t, []pairCase{
		// the chair or the reporter of talks is no party (TestChairAndSpeaker
		// checks the words; here the rules keep the parties)
		{"after talks with X, Y said …", "After a meeting with President [Jose Alves|PER], [Maria Silva|PER] said ties were good.", "meet",
			[]string{"Maria Silva > Jose Alves"}},
		{"mediated by", "[Ruritania|LOC] held talks with [Lemuria|LOC] mediated by [Norway|LOC] and [Sweden|LOC].", "meet",
			[]string{"Ruritania > Lemuria"}},
		// titles and relatives
		{"a body's title set off by commas", "The [UN|ORG] Special Rapporteur on Torture, [Ken Ward|PER], rebuffed [Lemuria|LOC] on Tuesday.", "criticize",
			[]string{"Ken Ward > Lemuria"}},
		{"the widow of X", "The widow of former agent [Ken Ward|PER] accused [Lemuria|LOC] of involvement in his murder.", "accuse", nil},
		{"X's widow", "[Ken Ward|PER]'s widow accused [Lemuria|LOC] of involvement in his murder.", "accuse", nil},
		{"X of a country still acts", "[Ken Ward|PER] of [Lemuria|LOC] accused [Jan Kos|PER] of lying.", "accuse", []string{"Ken Ward > Jan Kos"}},
		// places
		{"a place after in is no actor", "The top bishop in [Ruritania|LOC] and [Lemuria|LOC] backed [Ken Ward|PER] on Monday.", "support", nil},
		{"in X, Y praised", "Meanwhile, in [Oslo|LOC], [Jan Kos|PER] praised [Ken Ward|PER].", "support", []string{"Jan Kos > Ken Ward"}},
		{"a name modifying the trigger after in", "He warned of the dangers of involvement in the [Ruritania|LOC] war on [Lemuria|LOC].", "attack",
			[]string{"Ruritania > Lemuria"}},
		// purpose infinitives after a visit
		{"visit X to meet Y", "[Jan Kos|PER] will visit [Lemuria|LOC] next week to meet with President [Ken Ward|PER].", "meet",
			[]string{"Jan Kos > Ken Ward"}},
		{"welcomed X to visit Y", "[Jan Kos|PER] warmly welcomed [Ken Ward|PER] to visit [Lemuria|LOC].", "visit", []string{"Ken Ward > Lemuria"}},
		// vague and broken objects
		{"other countries", "The [Freedom Front|ORG] has been pressing other countries to lower their rates.", "urge", nil},
		{"senior officials", "[Jan Kos|PER] also held talks with senior political officials in Oslo.", "meet", nil},
		{"the people of X", "[Jan Kos|PER] praised the people of [Ruritania|LOC].", "support", []string{"Jan Kos > the people"}},
		{"counted people", "[Ruritanian|MISC] police arrested 19 people during the night.", "arrest", nil},
		{"counted policemen", "[Ruritanian|MISC] troops killed two policemen on Monday.", "kill", []string{"Ruritanian > two policemen"}},
		{"an era is no party", "[Jan Kos|PER] called on [Kos-era|MISC] army officers to join the army.", "urge", nil},
		{"a phrase cut at a conjunction", "[Jan Kos|PER] said he supported the initiative but that it was no substitute for a solution.", "support",
			[]string{"Jan Kos > the initiative"}},
		{"a clause is no object", "The minister defended that the government has achieved progress.", "support", nil},
		// the people killed or arrested, not their organisation
		{"X members", "[Norway|LOC] arrested two [Jihad|ORG] members on Monday.", "arrest", []string{"Norway > two Jihad members"}},
	})
}

// TestArgGuardPronouns checks the guards on pronouns with a resolver that
// gives every "he", "she", "him" or "it" the entity named in res.
func TestArgGuardPronouns(t *testing.T) {
	tests := []resolvedCase{
		{"he is a person", "[Lewis School|ORG] is old. From there he went to college, where he met [Ann Gale|PER].", "meet",
			map[string]string{"he": "Lewis School"}, nil},
		{"he resolved to a person", "[Ken Ward|PER] is old. From there he went to college, where he met [Ann Gale|PER].", "meet",
			map[string]string{"he": "Ken Ward"}, []string{"Ken Ward > Ann Gale"}},
		{"it is no person", "[Ken Ward|PER] spoke. It condemned [Lemuria|LOC] on Monday.", "criticize",
			map[string]string{"It": "Ken Ward"}, nil},
		{"an indefinite man is nearer", "[Ken Ward|PER] spoke. Police said they had arrested a man claiming he wanted to kill [Jan Kos|PER].", "kill",
			map[string]string{"he": "Ken Ward"}, nil},
		{"the speaker of told, not the one told", "[Acme|ORG] told the [BBC|ORG] at that time that it had not negotiated with [Lemuria Bank|ORG].", "meet",
			map[string]string{"it": "BBC"}, []string{"Acme > Lemuria Bank"}},
		{"the speaker of told, resolved right", "[Acme|ORG] told the [BBC|ORG] at that time that it had not negotiated with [Lemuria Bank|ORG].", "meet",
			map[string]string{"it": "Acme"}, []string{"Acme > Lemuria Bank"}},
	}
	runResolvedCases(t, tests)
}
