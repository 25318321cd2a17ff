package relation_test

import "testing"

// TestAppositiveNameSubject checks a name set off by commas after a
// description that opens the sentence as the speaker (speech4.go), on
// sentences written for the test.
func TestAppositiveNameSubject(t *testing.T) {
	tests := []pairCase{
		{"possessive description", "[Norway|LOC]'s chief delegate to the talks, [Ken Ward|PER], also said that [Sweden|LOC] sanctions must be removed.", "urge", []string{"Ken Ward > Sweden"}},
		{"plain description", "The chief negotiator, [Ken Ward|PER], said [Lisa Moore|PER] should resign.", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"a list, no description: the older readers' subject", "[Norway|LOC], [Denmark|LOC], said [Sweden|LOC] sanctions must be removed.", "urge", []string{"Norway > Sweden"}},
	}
	runQuotedCases(t, tests)
}

// TestStatementOwners checks the owner of a judged statement named after
// it or named again (speech4.go).
func TestStatementOwners(t *testing.T) {
	tests := []pairCase{
		{"attributed to", "[Lisa Moore|PER] condemned the comments attributed to [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"report from", "[Lisa Moore|PER] welcomed the report from [Acme Corp|ORG].", "support", []string{"Lisa Moore > Acme Corp"}},
		{"a report named again, called a lie", "On Friday there was a report by [Acme Corp|ORG] about her. [Lisa Moore|PER] called that report Friday a “boldfaced lie.”", "criticize", []string{"Lisa Moore > Acme Corp"}},
		{"another noun named again: the phrase", "On Friday there was a letter by [Acme Corp|ORG] about her. [Lisa Moore|PER] called that report a lie.", "criticize", []string{"Lisa Moore > that report"}},
		{"no article before the modifiers", "[Lisa Moore|PER] called the plan good for workers.", "support", nil},
	}
	runQuotedCases(t, tests)
}

// TestItJudgedThat checks a judgement told through an anticipatory "it"
// (speech4.go).
func TestItJudgedThat(t *testing.T) {
	tests := []pairCase{
		{"said it was", "[Lisa Moore|PER] said it was dangerous that [Ken Ward|PER] had no plan.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"called it, an ad", "[Lisa Moore|PER] released a radio ad calling it “dangerous” that [Ken Ward|PER] “has no plan.”", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"a quote", "“It is outrageous that [Ken Ward|PER] refuses to talk,” [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"negated", "[Lisa Moore|PER] said it was not dangerous that [Ken Ward|PER] had no plan.", "criticize", nil},
		{"the reporter's own", "It is outrageous that [Ken Ward|PER] refuses to talk.", "criticize", nil},
		{"no clause subject", "[Lisa Moore|PER] said it was dangerous that the plan of [Ken Ward|PER] failed.", "criticize", nil},
	}
	runQuotedCases(t, tests)
}

// TestVirtueDemand checks "Y should have the courage to" as a demand
// (speech4.go, in modalDemand).
func TestVirtueDemand(t *testing.T) {
	tests := []pairCase{
		{"a quote", "“[Acme Corp|ORG] should have the courage to change course,” [Lisa Moore|PER] said.", "urge", []string{"Lisa Moore > Acme Corp"}},
		{"said", "[Lisa Moore|PER] said [Ken Ward|PER] should have the decency to resign.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"a possession", "[Lisa Moore|PER] said [Ken Ward|PER] should have the money to pay.", "urge", nil},
		{"a perfect", "[Lisa Moore|PER] said [Ken Ward|PER] should have resigned.", "urge", nil},
	}
	runQuotedCases(t, tests)
}

// TestGerundJudged checks a judgement of an act named by a gerund clause
// in a speaker's clause (speech4.go).
func TestGerundJudged(t *testing.T) {
	tests := []pairCase{
		{"said … would be wrong", "[Lisa Moore|PER] said banning violent games would be wrong.", "criticize", []string{"Lisa Moore > banning violent games"}},
		{"believes … is a mistake", "[Lisa Moore|PER] believes raising the pension age is a mistake.", "criticize", []string{"Lisa Moore > raising the pension age"}},
		{"negated", "[Lisa Moore|PER] said banning violent games was not wrong.", "criticize", nil},
		{"no speech verb", "Banning violent games would be wrong, the paper said.", "criticize", nil},
	}
	runQuotedCases(t, tests)
}

// TestMandativeUrges checks a subjunctive clause after a verb of
// demanding or suggesting as an urging (speech4.go).
func TestMandativeUrges(t *testing.T) {
	tests := []pairCase{
		{"suggested that", "[Lisa Moore|PER] suggested that [Ken Ward|PER] resign.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"participle, an unknown verb", "[Lisa Moore|PER] took a new line, suggesting [Norway|LOC] outsource the fight.", "urge", []string{"Lisa Moore > Norway"}},
		{"after an opening adverbial", "Before the talks, [Lisa Moore|PER] took a new line, suggesting [Norway|LOC] outsource the fight.", "urge", []string{"Lisa Moore > Norway"}},
		{"indicative: a claim", "[Lisa Moore|PER] suggested [Ken Ward|PER] was wrong.", "urge", nil},
		{"a passive state", "[Lisa Moore|PER] suggested [Ken Ward|PER] be punished.", "urge", nil},
		{"negated", "[Lisa Moore|PER] did not suggest that [Ken Ward|PER] resign.", "urge", nil},
		{"asked needs that", "[Lisa Moore|PER] asked [Ken Ward|PER] questions.", "urge", nil},
		{"a noun after the name", "[Lisa Moore|PER] suggested [Norway|LOC] policy was wrong.", "urge", nil},
	}
	runQuotedCases(t, tests)
}

// TestSpeech4Links checks the round's smaller links: "he's been" as
// "he has been", a possessive target of a stance, an opening
// participle's noun with the owner's pronoun (speech4.go, stance3.go).
func TestSpeech4Links(t *testing.T) {
	tests := []pairCase{
		{"he's been a critic of", "[Ken Ward|PER] spoke on Monday. [He|PER]'s been an outspoken critic of [Lisa Moore|PER].", "criticize", []string{"He > Lisa Moore"}},
		{"a possessive before 's", "[Ken Ward|PER]'s aide is a critic of [Lisa Moore|PER].", "criticize", nil},
		{"hostile policies to Y's", "[Norway|LOC] has hostile policies to [Sweden|LOC]'s nuclear programme, the minister said.", "criticize", []string{"Norway > Sweden"}},
		{"opening participle, their", "Despite giving their backing to [Ken Ward|PER], the [Conservatives|ORG] insisted they would hold ministers to account.", "support", []string{"Conservatives > Ken Ward"}},
	}
	runQuotedCases(t, tests)
}

// TestNeedDemands checks "Y needs to VERB" as a speaker's demand
// (speech4.go, by modalDemand's rules).
func TestNeedDemands(t *testing.T) {
	tests := []pairCase{
		{"said Y needs to", "[Lisa Moore|PER] said [Ken Ward|PER] needs to resign.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"a quote", "“[Ken Ward|PER] needs to apologise,” [Lisa Moore|PER] said.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"ought to", "[Lisa Moore|PER] said [Ken Ward|PER] ought to resign.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"a wished-for state", "[Lisa Moore|PER] said [Ken Ward|PER] needs to win the state.", "urge", nil},
		{"a passive", "[Lisa Moore|PER] said [Ken Ward|PER] needs to be punished.", "urge", nil},
		{"the reporter's own", "[Ken Ward|PER] needs to resign soon.", "urge", nil},
	}
	runQuotedCases(t, tests)
}

// TestDemandsFrom checks "X demanded an apology from Y" as X's urging
// of Y (speech4.go).
func TestDemandsFrom(t *testing.T) {
	tests := []pairCase{
		{"demanded an apology from", "[Lisa Moore|PER] demanded an apology from [Ken Ward|PER].", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"called for cooperation from", "[Lisa Moore|PER] called for full cooperation from [Norway|LOC] in the inquiry.", "urge", []string{"Lisa Moore > Norway"}},
		{"a withdrawal from a place", "[Lisa Moore|PER] called for the withdrawal of troops from [Norway|LOC].", "urge", nil},
		{"negated", "[Lisa Moore|PER] did not demand an apology from [Ken Ward|PER].", "urge", nil},
		{"a noun", "The demand for apology from [Ken Ward|PER] fell.", "urge", nil},
	}
	runQuotedCases(t, tests)
}

// TestJobJudgements checks praise and blame of someone's work in speech
// (speechPredSpecs, speech4 round).
func TestJobJudgements(t *testing.T) {
	tests := []pairCase{
		{"doing a great job", "[Lisa Moore|PER] said [Ken Ward|PER] was doing a great job.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"deserves credit, quote", "“[Ken Ward|PER] deserves credit for the deal,” [Lisa Moore|PER] said.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"a terrible job", "[Lisa Moore|PER] said [Ken Ward|PER] had done a terrible job.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"negated", "[Lisa Moore|PER] said [Ken Ward|PER] was not doing a good job.", "support", nil},
		{"an unknown modifier", "[Lisa Moore|PER] said [Ken Ward|PER] was doing a new job.", "support", nil},
	}
	runQuotedCases(t, tests)
}

// TestFilledMotion checks that a verb of motion with an object before
// its preposition is no visit (speech4.go).
func TestFilledMotion(t *testing.T) {
	tests := []pairCase{
		{"an object between", "So far [Ken Ward|PER] has been landing body blows in [Ohio|LOC].", "visit", nil},
		{"landed in", "[Ken Ward|PER] landed in [Ohio|LOC] on Monday.", "visit", []string{"Ken Ward > Ohio"}},
		{"a weekday between", "[Ken Ward|PER] arrived on Thursday in [Ohio|LOC].", "visit", []string{"Ken Ward > Ohio"}},
		{"an adverb between", "[Ken Ward|PER] flew directly to [Ohio|LOC].", "visit", []string{"Ken Ward > Ohio"}},
	}
	runQuotedCases(t, tests)
}

// TestClaimOwner checks an accusation in the "that" clause of a claim
// noun, its owner the accuser, and scare quotes inside a predicate
// (speech4.go, speechstance.go).
func TestClaimOwner(t *testing.T) {
	tests := []pairCase{
		{"a report by X that", "It was a report by [Acme News|ORG] that [Ken Ward|PER] “fabricated” the story.", "accuse", []string{"Acme News > Ken Ward"}},
		{"fabricated, said", "[Lisa Moore|PER] said [Ken Ward|PER] had fabricated the evidence.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		{"scare-quoted lied", "[Lisa Moore|PER] said [Ken Ward|PER] had “lied” to parliament.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		{"evidence names no speaker", "Evidence that [Ken Ward|PER] fabricated the story emerged.", "accuse", nil},
		{"a criticism noun", "[Lisa Moore|PER]'s criticism that [Ken Ward|PER] lied was ignored.", "accuse", nil},
	}
	runQuotedCases(t, tests)
	own := []pairCase{
		{"one's own body", "[Acme Corp|ORG] chairman [Ken Ward|PER] spoke on Monday. [Acme Corp|ORG] made a “mistake” in the audit, [Ken Ward|PER] has said.", "criticize", nil},
		{"another body", "[Acme Corp|ORG] chairman [Ken Ward|PER] spoke on Monday. [Northwind|ORG] made a “mistake” in the audit, [Ken Ward|PER] has said.", "criticize", []string{"Ken Ward > Northwind"}},
	}
	runQuotedCases(t, own)
}
