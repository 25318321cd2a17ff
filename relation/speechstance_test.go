package relation_test

import "testing"

// TestSpeechStance checks the reported-speech round (branch critspeech,
// docs/relations.md "Fallback tier, reported judgements") on sentences
// written for the test: want lists the relations of type typ as
// "subject > object", an empty want none.
func TestSpeechStance(t *testing.T) {
	tests := []pairCase{
		// criticism: a speech verb's subject judges the clause's subject
		{"said Y made a mistake", "[Lisa Moore|PER] said [Ken Ward|PER] had made a serious mistake.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"said Y made a bad decision", "[Lisa Moore|PER] said that [Ken Ward|PER] made a very bad decision.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"said Y had no credibility", "[Lisa Moore|PER] said [Ken Ward|PER] had no credibility on the economy.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"said Y lacks leadership", "[Lisa Moore|PER] argued that [Ken Ward|PER] lacked the leadership the party needs.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"said Y cannot be trusted", "[Lisa Moore|PER] said [Ken Ward|PER] cannot be trusted with the economy.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"Y can't be trusted, X said", "[Ken Ward|PER] can't be trusted with the economy, [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"Y doesn't speak for", "“[Ken Ward|PER] doesn’t speak for anyone here,” [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"said Y could not judge", "[Lisa Moore|PER] said [Ken Ward|PER] was never present and so could not judge.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"said Y was not in a position to judge", "[Lisa Moore|PER] said [Ken Ward|PER] was not in a position to judge.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"said Y was out of touch", "[Lisa Moore|PER] said [Ken Ward|PER] was completely out of touch with voters.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"Y's party shows bias", "[Lisa Moore|PER] said the [Freedom Party|ORG] showed bias against farmers.", "criticize", []string{"Lisa Moore > Freedom Party"}},
		{"Y's comments show bias", "[Lisa Moore|PER] told reporters on Monday that [Ken Ward|PER]'s comments showed bias.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"Y does not speak for", "“[Ken Ward|PER] does not speak for the people of this town,” [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"Y had no right to", "[Norway|LOC] said [Sweden|LOC] had no right to detain the crew.", "criticize", []string{"Norway > Sweden"}},
		{"Y was interfering in", "[China|LOC] said [Japan|LOC] was interfering in its internal affairs.", "criticize", []string{"China > Japan"}},
		// in a quote: the quote's speaker
		{"quoted, speaker after", "“[Ken Ward|PER] has no credibility on this,” [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"reported, speaker after", "[Ken Ward|PER] has made a serious mistake, [Lisa Moore|PER] said on Monday.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		// accusations
		{"said Y lied", "[Lisa Moore|PER] said [Ken Ward|PER] had lied to parliament.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		{"said Y was lying", "[Lisa Moore|PER] insisted [Ken Ward|PER] was lying about the money.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		{"said Y misled parliament", "[Lisa Moore|PER] said [Ken Ward|PER] had deliberately misled parliament.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		{"said Y covered up", "[Lisa Moore|PER] said the [Home Office|ORG] had covered up the report.", "accuse", []string{"Lisa Moore > Home Office"}},
		{"Y broke the ceasefire, X said", "[Israel|LOC] broke the ceasefire, [Lebanon|LOC] said.", "accuse", []string{"Lebanon > Israel"}},
		{"said Y violated the agreement", "[Syria|LOC] said [Turkey|LOC] had violated the 2005 border agreement.", "accuse", []string{"Syria > Turkey"}},
		{"said Y was to blame", "[Lisa Moore|PER] said [Ken Ward|PER] was to blame for the defeat.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		// nothing
		{"a negated mistake", "[Lisa Moore|PER] said [Ken Ward|PER] did not make a mistake.", "criticize", nil},
		{"never lied", "[Lisa Moore|PER] said [Ken Ward|PER] had never lied to her.", "accuse", nil},
		{"did not say", "[Lisa Moore|PER] did not say [Ken Ward|PER] had lied.", "accuse", nil},
		{"the reporter's own", "[Ken Ward|PER] made a serious mistake in the second half.", "criticize", nil},
		{"a judgement on oneself", "[Lisa Moore|PER] admitted she had made a mistake.", "criticize", nil},
		{"no trust judgement", "[Lisa Moore|PER] said [Ken Ward|PER] could be trusted.", "criticize", nil},
		{"a place's owner is no subject", "[Lisa Moore|PER] said the leader of [Ruritania|LOC] had lied.", "accuse", nil},
		{"a modifier is no subject", "[Lisa Moore|PER] said [Ken Ward|PER] wanted to make a mistake.", "criticize", nil},
	}
	runQuotedCases(t, tests) // the quote stage first: a quote's speaker
}

// TestSpeechJudgements checks the judgement words the round adds, and the
// speaker of an indirect quote for every judgement word.
func TestSpeechJudgements(t *testing.T) {
	tests := []pairCase{
		{"said Y was mistaken", "[Lisa Moore|PER] said [Ken Ward|PER] was mistaken about the figures.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"Y's plan was unrealistic", "[Lisa Moore|PER] said [Ken Ward|PER]'s plan was wholly unrealistic.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"a mistake for Y to", "[Lisa Moore|PER] said it was a mistake for [Ken Ward|PER] to resign.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"Y is naive, X says", "The [Labour Party|ORG] is being naive by refusing to allow the evidence, [Lisa Moore|PER] says.", "criticize", []string{"Lisa Moore > Labour Party"}},
		{"not mistaken", "[Lisa Moore|PER] said [Ken Ward|PER] was not mistaken.", "criticize", nil},
		{"did not say Y was naive", "[Ken Ward|PER] was naive, [Lisa Moore|PER] did not say.", "criticize", nil},
	}
	runQuotedCases(t, tests)
}

// TestSpeechStanceGuards checks the clauses whose subject is no judged
// party of the speaker's.
func TestSpeechStanceGuards(t *testing.T) {
	tests := []pairCase{
		{"a content noun's clause", "[Lisa Moore|PER] found no fault with [Ken Ward|PER]'s claim that [Tom Hale|PER] lied about the war.", "accuse", nil},
		{"evidence that", "[Lisa Moore|PER] said there was no evidence that [Ken Ward|PER] was biased.", "criticize", nil},
		{"a name's noun before that", "[Lisa Moore|PER] told [Fox News|ORG] that [Ken Ward|PER] was biased.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"a participle's object", "[Lisa Moore|PER] said a case involving [Ken Ward|PER] was biased.", "criticize", nil},
		{"advice", "[Lisa Moore|PER] said [Ken Ward|PER] would be mistaken to resign.", "criticize", nil},
		{"an addressee", "[Lisa Moore|PER] spoke for an hour, telling delegates the [Labour Party|ORG] cannot be trusted.", "criticize", []string{"Lisa Moore > Labour Party"}},
	}
	runQuotedCases(t, tests)
}
