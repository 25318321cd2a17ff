package relation_test

import "testing"

// TestThreatenedAct checks the target of a threatened act (stance3.go)
// on sentences written for the test.
func TestThreatenedAct(t *testing.T) {
	tests := []pairCase{
		{"target after to", "[Northwind Gas|ORG] is threatening to cut off gas supplies to [Sweden|LOC].", "threaten", []string{"Northwind Gas > Sweden"}},
		{"target after on", "[Norway|LOC] threatened to impose new tariffs on [Sweden|LOC] if the talks failed.", "threaten", []string{"Norway > Sweden"}},
		{"target after the verb", "[Ken Ward|PER] threatened to sue [Acme Corp|ORG].", "threaten", []string{"Ken Ward > Acme Corp"}},
		{"a name of the act, no target", "[Northwind Gas|ORG] threatened to cut off [Swedish|MISC] gas.", "threaten", nil},
		{"a town is no target", "[Ken Ward|PER] threatened to move the factory to [Strelsau|LOC].", "threaten", nil},
		{"the target after a clause", "[Ken Ward|PER] threatened to resign if the board sided with [Acme Corp|ORG].", "threaten", nil},
		{"a possessor's of phrase", "[Ken Ward|PER] threatened to cut the budget of [Acme Corp|ORG].", "threaten", nil},
	}
	runQuotedCases(t, tests)
}

// TestJudgedStanceAct checks a judgement adjective before a party's
// stance or act (stance3.go) on sentences written for the test.
func TestJudgedStanceAct(t *testing.T) {
	tests := []pairCase{
		{"modifier, scare quotes", "[Lisa Moore|PER] warned she was not optimistic due to the \"hostile\" [Swedish|MISC] stance.", "criticize", nil},
		{"a country modifier", "[Lisa Moore|PER] warned she was not optimistic due to the \"hostile\" [Sweden|LOC] stance.", "criticize", []string{"Lisa Moore > Sweden"}},
		{"a possessor in a quote", "“[Ken Ward|PER]'s reckless policy will ruin the town,” [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"has hostile policies to", "[Norway|LOC] has hostile policies towards [Sweden|LOC], the minister said.", "criticize", []string{"Norway > Sweden"}},
		{"a short country name", "[Kim Jong|PER] warned he was not optimistic due to the hostile [US|LOC] stance.", "criticize", []string{"Kim Jong > US"}},
		{"the reporter's own words", "The hostile [Norway|LOC] stance worried the markets.", "criticize", nil},
		{"negated speech", "[Lisa Moore|PER] did not say the [Norway|LOC] stance was hostile.", "criticize", nil},
		{"not hostile", "[Lisa Moore|PER] said the not hostile [Norway|LOC] stance helped.", "criticize", nil},
		{"no act noun", "[Lisa Moore|PER] said the dangerous [Norway|LOC] border was closed.", "criticize", nil},
	}
	runQuotedCases(t, tests)
}

// TestUndoDemand checks a demand that a party's measure be undone
// (stance3.go) on sentences written for the test.
func TestUndoDemand(t *testing.T) {
	tests := []pairCase{
		{"insisted that", "[Norway|LOC] insisted on Monday that [Sweden|LOC] sanctions imposed last year must be lifted.", "urge", []string{"Norway > Sweden"}},
		{"said, also", "[Ken Ward|PER] said [Acme Corp|ORG]'s new tariffs must also be removed before talks could begin.", "urge", []string{"Ken Ward > Acme Corp"}},
		{"has to be", "[Ken Ward|PER] said the [Acme Corp|ORG] ban has to be scrapped.", "urge", []string{"Ken Ward > Acme Corp"}},
		{"a short country name", "[Kim Jong|PER] said [US|LOC] sanctions must be removed.", "urge", []string{"Kim Jong > US"}},
		{"not a demand", "[Ken Ward|PER] said [Acme Corp|ORG]'s tariffs were lifted.", "urge", nil},
		{"a condition", "[Ken Ward|PER] said that if [Acme Corp|ORG]'s tariffs must be lifted, prices will fall.", "urge", nil},
		{"negated speech", "[Ken Ward|PER] did not say [Acme Corp|ORG]'s tariffs must be lifted.", "urge", nil},
		{"the speaker's own measure", "[Ken Ward|PER] said his tariffs must be lifted.", "urge", nil},
	}
	runQuotedCases(t, tests)
}

// TestStance3Phrases checks the round's reversed phrases (stance3.go).
func TestStance3Phrases(t *testing.T) {
	tests := []pairCase{
		{"received the endorsement of", "[Lisa Moore|PER] received the endorsement of [Ken Ward|PER] on Monday.", "support", []string{"Ken Ward > Lisa Moore"}},
		{"drew the ire of", "[Lisa Moore|PER] drew the ire of [Ken Ward|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"took a swipe at", "[Lisa Moore|PER] took a swipe at [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
	}
	runQuotedCases(t, tests)
}

// TestOpeningParticiple checks a participle clause opening the sentence,
// whose actor is the main clause's subject (stance3.go).
func TestOpeningParticiple(t *testing.T) {
	tests := []pairCase{
		{"praising", "Praising [Norway|LOC], [Lisa Moore|PER] said the deal was fair.", "support", []string{"Lisa Moore > Norway"}},
		{"light verb, noun", "Expressing anger at [Norway|LOC], [Lisa Moore|PER] said the deal was off.", "criticize", []string{"Lisa Moore > Norway"}},
		{"a gerund subject", "Praising [Norway|LOC] is easy, [Lisa Moore|PER] said.", "support", nil},
		{"no verb after the name", "Praising [Norway|LOC], [Lisa Moore|PER] and [Ken Ward|PER].", "support", nil},
	}
	runQuotedCases(t, tests)
}

// TestOwnedActs checks the owner of a criticised act named by a
// modifier, and the issuer of a blocked document (stance3.go).
func TestOwnedActs(t *testing.T) {
	tests := []pairCase{
		{"a country's decision", "[Norway|LOC] condemned the [Sweden|LOC] decision to expel its diplomats.", "criticize", []string{"Norway > Sweden"}},
		{"a nationality's attacks", "[Norway|LOC] condemned [Swedish|MISC] attacks on the town.", "criticize", []string{"Norway > Swedish"}},
		{"an indefinite act", "[Norway|LOC] condemned a [Sweden|LOC] move to expel its diplomats.", "criticize", []string{"Norway > a Sweden move"}},
		{"a vetoed resolution", "[Norway|LOC] vetoed a [Security Council|ORG] resolution condemning [Sweden|LOC].", "criticize", []string{"Security Council > Sweden"}},
	}
	runQuotedCases(t, tests)
}

// TestStance3Guards checks readings the round must not give.
func TestStance3Guards(t *testing.T) {
	tests := []pairCase{
		{"a place's invasion is its target's", "[Ken Ward|PER] opposed the [Iraq|LOC] invasion.", "criticize", []string{"Ken Ward > the Iraq invasion"}},
		{"a quantity before the backer", "[Lisa Moore|PER] earned the backing of two of the state's mayors, [Ken Ward|PER] and [Bob Hale|PER].", "support", nil},
		{"a person the gazetteer knows as a town", "[Lisa Moore|PER] said [Obama|PER] was naive.", "criticize", []string{"Lisa Moore > Obama"}},
		{"hostile said of a country", "[Kim Jong|PER] said the [United States|LOC] was hostile.", "criticize", []string{"Kim Jong > United States"}},
	}
	runQuotedCases(t, tests)
}

// TestComplicityCharge checks a charge of a part in a wrong
// (stance3.go) on sentences written for the test.
func TestComplicityCharge(t *testing.T) {
	tests := []pairCase{
		{"complicity of", "[Ken Ward|PER] has hinted that the mayor could not have been killed without the complicity of [Norway|LOC].", "accuse", []string{"Ken Ward > Norway"}},
		{"alleged involvement, participle", "[Sweden|LOC] briefed the ambassadors on Monday, explaining [Norway|LOC]'s alleged involvement.", "accuse", []string{"Sweden > Norway"}},
		{"involvement in a crime", "[Ken Ward|PER] said [Acme Corp|ORG]'s involvement in the bombing was clear.", "accuse", []string{"Ken Ward > Acme Corp"}},
		{"a part in no wrong", "[Ken Ward|PER] said [Acme Corp|ORG]'s role in the talks was useful.", "accuse", nil},
		{"denied", "[Ken Ward|PER] said [Acme Corp|ORG] denied any involvement in the bombing.", "accuse", nil},
		{"no speaker", "The complicity of [Norway|LOC] was never proven.", "accuse", nil},
	}
	runQuotedCases(t, tests)
}

// TestModalDemand checks a speaker's demand of a named party made with
// "should" or "must" (stance3.go) on sentences written for the test.
func TestModalDemand(t *testing.T) {
	tests := []pairCase{
		{"said Y should", "[Lisa Moore|PER] said [Ken Ward|PER] should resign.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"insisted that Y must", "[Norway|LOC] insisted on Monday that [Sweden|LOC] must stop the tests.", "urge", []string{"Norway > Sweden"}},
		{"a quote", "“[Ken Ward|PER] must resign,” [Lisa Moore|PER] said.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"a guess", "[Lisa Moore|PER] said [Ken Ward|PER] must have known.", "urge", nil},
		{"a wished-for state", "[Lisa Moore|PER] said [Ken Ward|PER] should win easily.", "urge", nil},
		{"a passive", "[Lisa Moore|PER] said [Ken Ward|PER] should be punished.", "urge", nil},
		{"the reporter's own", "[Ken Ward|PER] should resign, the paper argued in an editorial.", "urge", nil},
		{"negated speech", "[Lisa Moore|PER] did not say [Ken Ward|PER] should resign.", "urge", nil},
	}
	runQuotedCases(t, tests)
}

// TestJudgementGuards checks judgements the rounds must not read.
func TestJudgementGuards(t *testing.T) {
	tests := []pairCase{
		{"a possessive, not is", "That is why she wanted to understand [Donald Trump|PER]'s aggressive backers, [Lisa Moore|PER] said.", "criticize", nil},
		{"is after a name", "“[Donald Trump|PER]'s aggressive,” [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Donald Trump"}},
		{"a name inside the subject", "“People in [Norway|LOC] are honest people,” [Lisa Moore|PER] said.", "support", nil},
		{"capable of", "[Lisa Moore|PER] said [Norway|LOC] is capable of becoming a stable state.", "support", nil},
	}
	runQuotedCases(t, tests)
}

// TestDismissed checks a dismissal of someone's word (stance3.go) on
// sentences written for the test.
func TestDismissed(t *testing.T) {
	tests := []pairCase{
		{"dismissed Y as", "[Ken Ward|PER] dismissed the [Greens|ORG] as a fading force.", "criticize", []string{"Ken Ward > Greens"}},
		{"dismissed Y's accusations", "[Ken Ward|PER] dismissed [Lisa Moore|PER]'s accusations that he lied.", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"brushed aside", "[Ken Ward|PER] brushed aside [Lisa Moore|PER]'s criticism on Monday.", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"a firing", "[Acme Corp|ORG] dismissed [Ken Ward|PER] in May.", "criticize", nil},
		{"an appeal", "The court dismissed [Ken Ward|PER]'s appeal.", "criticize", nil},
		{"a passive", "[Ken Ward|PER] was dismissed as a crank by [Lisa Moore|PER].", "criticize", nil},
	}
	runQuotedCases(t, tests)
}

// TestModalDemandGuards checks demands the round must not read.
func TestModalDemandGuards(t *testing.T) {
	tests := []pairCase{
		{"a group", "“[Norwegians|MISC] must move towards a brighter future,” [Ken Ward|PER] said.", "urge", nil},
		{"the speaker's own country", "[Norwegian|MISC] Prime Minister [Ken Ward|PER] said [Norway|LOC] must make more efforts.", "urge", nil},
		{"he's is is", "“He's a terrific guy,” [Ken Ward|PER] said of [Bob Hale|PER].", "support", nil},
	}
	runQuotedCases(t, tests)
	runQuotedCases(t, []pairCase{
		{"a name's act judged", "“[Ken Ward|PER]'s ridiculous tweets are a joke,” [Lisa Moore|PER] said.", "criticize", []string{"Lisa Moore > Ken Ward"}},
	})
}

// TestOwnSideWarning checks a warning that the warner's own side would
// act if a party did not (stance3.go, warnedIf).
func TestOwnSideWarning(t *testing.T) {
	tests := []pairCase{
		{"own country", "[Norwegian|MISC] envoy [Ken Ward|PER] warned that [Norway|LOC] would resort to other means if [Sweden|LOC] refused.", "threaten", []string{"Ken Ward > Sweden"}},
		{"another country", "[Ken Ward|PER] warned that [Denmark|LOC] would suffer if [Sweden|LOC] refused.", "threaten", nil},
	}
	runQuotedCases(t, tests)
}

// TestJudgedAfterPreposition checks that a judged act's owner may stand
// after a preposition ("from Y's irresponsible tax cuts").
func TestJudgedAfterPreposition(t *testing.T) {
	runQuotedCases(t, []pairCase{
		{"owner after from", "“She wants to distinguish herself from [Ken Ward|PER]'s irresponsible tax cuts,” said [Lisa Moore|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
	})
}

// TestBlamedConduct checks a blame noun owned by a party in someone's
// speech (stance3.go) on sentences written for the test.
func TestBlamedConduct(t *testing.T) {
	tests := []pairCase{
		{"a modifier in a quote", "“The dispute revolves around one point, which is [Norway|LOC] interference,” said [Ken Ward|PER].", "criticize", []string{"Ken Ward > Norway"}},
		{"a demonym", "[Ken Ward|PER] said the talks failed because of [Swedish|MISC] intransigence.", "criticize", []string{"Ken Ward > Swedish"}},
		{"a denial", "[Ken Ward|PER] said there was no [Norway|LOC] interference in the vote.", "criticize", nil},
		{"no speaker", "[Norway|LOC] interference in the vote was reported.", "criticize", nil},
	}
	runQuotedCases(t, tests)
}

// TestStance3More checks the last phrases and the judgement noun after
// modifiers (stance3.go) on sentences written for the test.
func TestStance3More(t *testing.T) {
	tests := []pairCase{
		{"made the case for", "[Ken Ward|PER] made the case for [Lisa Moore|PER] in the capital.", "support", []string{"Ken Ward > Lisa Moore"}},
		{"went on the attack against", "[Ken Ward|PER] went on the attack against [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"a judgement noun after modifiers", "[Ken Ward|PER] said [Lisa Moore|PER] was a \"race-baiting, xenophobic religious bigot.\"", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"no article", "[Ken Ward|PER] said [Lisa Moore|PER] met religious bigot groups.", "criticize", nil},
	}
	runQuotedCases(t, tests)
}
