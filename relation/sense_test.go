package relation_test

import "testing"

// TestSenseGuards checks the sense guards (sense.go) on sentences written
// for the test: a trigger verb in a sense that is no event of the type
// gives nothing, the event sense still gives its relation.
func TestSenseGuards(t *testing.T) {
	tests := []pairCase{
		// meet
		{"met the target", "[Norway|LOC] met the [Nordic Union|ORG]'s deficit target last year.", "meet", nil},
		{"did not meet the threshold", "[Lemuria|LOC] did not meet the [Nordic Union|ORG]'s threshold for membership.", "meet", nil},
		{"met the person", "[Jan Kos|PER] met [Ken Ward|PER] in Oslo on Monday.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"welcomed a name's decision is support", "[Jan Kos|PER] welcomed [Ken Ward|PER]'s decision to stand down.", "support", []string{"Jan Kos > Ken Ward"}},
		{"welcomed a name's decision is no meeting", "[Jan Kos|PER] welcomed [Ken Ward|PER]'s decision to stand down.", "meet", nil},
		{"two firms welcomed an announcement", "[Acme Corp|ORG] and [Globex|ORG], the two rival makers, welcomed the announcement.", "meet", nil},
		// attack
		{"struck a deal", "[Acme Corp|ORG] struck a deal with [Globex|ORG] on Friday.", "attack", nil},
		{"struck a note", "The [Daily Courier|ORG] struck a gloomy note on Monday.", "attack", nil},
		{"struck the town", "[Lemuria|LOC] struck the border town of [Ostrava|LOC] on Monday.", "attack", []string{"Lemuria > the border town"}},
		{"raided a home", "[Oslo|LOC] police raided the home of a local priest.", "attack", []string{"Oslo > the home"}},
		{"a match report", "[Rovers|ORG] attacked [United|ORG] from the start and won the match 3-1.", "attack", nil},
		// arrest
		{"captured the title", "[Jan Kos|PER] of [Norway|LOC] captured the season crown in May.", "arrest", nil},
		{"captured people", "[Lemuria|LOC] captured four [Ruritania|LOC] soldiers on Monday.", "arrest", []string{"Lemuria > four Ruritania soldiers"}},
		// visit
		{"arrive in the week ahead", "The main force of [Lemuria|LOC] is due to arrive in the week ahead.", "visit", nil},
		{"arrived dead at a hospital", "Two men, [Jan Kos|PER] and [Ken Ward|PER], arrived dead at [Ostrava|LOC] hospital.", "visit", nil},
		{"coming late to the market", "[Acme Corp|ORG] is coming late to the market.", "visit", nil},
		{"arrived in a city", "[Jan Kos|PER] arrived in [Ostrava|LOC] on Monday.", "visit", []string{"Jan Kos > Ostrava"}},
		// support
		{"supports a strong currency", "[Norway|LOC] says it supports a strong krone.", "support", []string{"Norway > a strong krone"}},
		{"supports a strong dollar", "[Norway|LOC] says it supports a strong dollar.", "support", nil},
		{"approved a loan", "The [Nordic Bank|ORG] approved the loan on Monday.", "support", nil},
		{"approved a name's plan", "The [Nordic Union|ORG] approved [Jan Kos|PER]'s plan on Monday.", "support", []string{"Nordic Union > Jan Kos"}},
		{"stands accused by", "[Jan Kos|PER] stands accused by the [Nordic Union|ORG] of lying.", "support", nil},
		{"a team's side", "[Jan Kos|PER] led the [Norway|LOC] side with 19 points.", "support", nil},
		{"a law backed by", "She welcomed a ruling against a law backed by [Ken Ward|PER] on housing.", "support", []string{"Ken Ward > a law"}},
		{"gave his backing to", "[Jan Kos|PER] gave his backing to [Ken Ward|PER].", "support", []string{"Jan Kos > Ken Ward"}},
		// criticize
		{"rejected an offer", "[Acme Corp|ORG] rejected [Globex|ORG]'s £2bn offer in May.", "criticize", nil},
		{"rejected a stance", "[Jan Kos|PER] rejected [Ken Ward|PER]'s claims of fraud.", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"condemned a name", "[Jan Kos|PER] condemned [Ken Ward|PER] on Monday.", "criticize", []string{"Jan Kos > Ken Ward"}},
		// a named storm tagged as a person acts on no party
		{"a storm battered a country", "[Hurricane Ivo|PER] battered [Lemuria|LOC] on Monday.", "attack", nil},
		{"a storm pummelled a country", "[Tropical Storm Ivo|PER] pummelled [Lemuria|LOC] on Monday.", "criticize", nil},
		{"received the endorsement of", "[Jan Kos|PER] received the endorsement of [Ken Ward|PER] on Friday.", "meet", nil},
		{"received a letter from", "[Jan Kos|PER] received a long letter from [Ken Ward|PER] on Friday.", "meet", nil},
		{"received a guest", "[Jan Kos|PER] received [Ken Ward|PER] in [Oslo|LOC] on Friday.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"a storm word outside the name", "Hurricane [Ivo|PER], which pummelled [Lemuria|LOC], moved on.", "criticize", nil},
		{"a person named Storm", "[Storm|PER] condemned [Ken Ward|PER] on Monday.", "criticize", []string{"Storm > Ken Ward"}},
	}
	runPairCases(t, tests)
}

// TestSenseGuardsMood checks that a nationality adjective before a support
// or criticism noun is a people's mood, no actor.
func TestSenseGuardsMood(t *testing.T) {
	runPairCases(t, []pairCase{
		{"public support", "[Norwegian|MISC] public support for the treaty has fallen.", "support", nil},
		{"rising opposition", "Rising [Norwegian|MISC] opposition to the treaty worried [Jan Kos|PER].", "criticize", nil},
		{"a country's support", "[Jan Kos|PER] said [Norway|LOC]'s support for the treaty was firm.", "support", []string{"Norway > the treaty"}},
	})
}

// TestSenseGuardsMoodKeeps checks that a nationality adjective before
// criticism with no mood word still gives the relation.
func TestSenseGuardsMoodKeeps(t *testing.T) {
	runPairCases(t, []pairCase{
		{"French criticism", "[Jan Kos|PER] spoke after [French|MISC] criticism of [Lemuria|LOC] last week.", "criticize", []string{"French > Lemuria"}},
	})
}

// TestSenseGuardsMore checks the guard on counsel defending a client.
func TestSenseGuardsMore(t *testing.T) {
	runPairCases(t, []pairCase{
		{"defended his party's posters", "[Jan Kos|PER] defended his party's new posters.", "support", []string{"Jan Kos > his party's new posters"}},
		{"counsel defending", "At the trial, the lawyer [Jan Kos|PER] is defending [Ken Ward|PER].", "support", nil},
		{"defended a colleague", "[Jan Kos|PER] defended [Ken Ward|PER] on Monday.", "support", []string{"Jan Kos > Ken Ward"}},
		{"pulled out of a race", "[Jan Kos|PER] pulled out of the [Oslo Open|MISC] on Monday.", "withdraw", []string{"Jan Kos > the Oslo Open"}},
	})
}

// TestSenseGuardsTrialKeeps checks that a trial named in the sentence does
// not make every defence counsel's.
func TestSenseGuardsTrialKeeps(t *testing.T) {
	runPairCases(t, []pairCase{
		{"defended a writer before his trial", "[Jan Kos|PER] defended [Ken Ward|PER] on Monday but said the trial must go on.", "support", []string{"Jan Kos > Ken Ward"}},
	})
}

// TestSenseGuardsWithdrawn checks that troops withdrawn are no object: the
// place after "from" is, and without one there is no relation.
func TestSenseGuardsWithdrawn(t *testing.T) {
	runPairCases(t, []pairCase{
		{"withdrew its troops", "[Lemuria|LOC] withdrew its troops last year.", "withdraw", nil},
		{"pulled out its troops from a country", "[Lemuria|LOC] pulled out its troops from [Ruritania|LOC] in May.", "withdraw", []string{"Lemuria > Ruritania"}},
		{"withdrew from a treaty", "[Lemuria|LOC] withdrew from the arms treaty in May.", "withdraw", []string{"Lemuria > the arms treaty"}},
	})
}

// TestSenseGuardsRound3 checks the third round of guards (written from the
// second precision sample's errors).
func TestSenseGuardsRound3(t *testing.T) {
	runPairCases(t, []pairCase{
		{"receive a name's report", "The [Nordic Council|ORG] was due to receive the [Jan Kos|PER] report on Monday.", "meet", nil},
		{"received a name", "The [Nordic Council|ORG] received [Jan Kos|PER] on Monday.", "meet", []string{"Nordic Council > Jan Kos"}},
		{"received a delegation", "[Jan Kos|PER] received a [Lemuria|LOC] delegation on Monday.", "meet", []string{"Jan Kos > Lemuria"}},
		{"took aim at a medal", "[Jan Kos|PER] took aim at a third gold medal on Monday.", "criticize", nil},
		{"took aim at a name", "[Jan Kos|PER] took aim at [Ken Ward|PER] on Monday.", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"back up a wish", "[Lemuria|LOC] must back up its wish for peace with deeds, [Jan Kos|PER] said.", "support", nil},
		{"go to the public", "[Jan Kos|PER] can now go to the public and claim a win.", "visit", nil},
		{"go to a country", "[Jan Kos|PER] will go to [Lemuria|LOC] in May.", "visit", []string{"Jan Kos > Lemuria"}},
		{"welcomed the progress", "[Jan Kos|PER] welcomed the progress made on the deal.", "support", nil},
		{"welcomed the plan", "[Jan Kos|PER] welcomed the new plan.", "support", []string{"Jan Kos > the new plan"}},
		{"welcomed someone back", "[Jan Kos|PER] said this after mockingly welcoming the minister back to the race.", "support", nil},
		{"charging a price", "[Jan Kos|PER] warned the state could end up charging the owners a higher price.", "arrest", nil},
	})
}

// TestTitledArgs checks that a country before a title and a person's name
// gives the person as the argument.
func TestTitledArgs(t *testing.T) {
	runPairCases(t, []pairCase{
		{"a visit by a titled person", "[Lemuria|LOC] President [Jan Kos|PER] arrived on Monday for a three-day visit to [Ruritania|LOC].", "visit", []string{"Jan Kos > Ruritania"}},
		{"at the invitation of a titled person", "[Jan Kos|PER] came to [Ostrava|LOC] at the invitation of [Ruritania|LOC] President [Ken Ward|PER].", "invite", []string{"Ken Ward > Jan Kos"}},
	})
}

// TestSenseGuardsKnown checks wordings the issue names as known errors.
func TestSenseGuardsKnown(t *testing.T) {
	runPairCases(t, []pairCase{
		{"two firms struck a deal", "[Acme Corp|ORG] and [Globex|ORG] struck a deal.", "attack", nil},
		{"supports the price", "[Lemuria|LOC] supports the price of oil, [Jan Kos|PER] said.", "support", nil},
		{"a striker attacked the goal", "[Rovers|ORG] striker [Jan Kos|PER] attacked the [United|ORG] goal in the match.", "attack", nil},
	})
}

// TestSenseGuardsRound5 checks the guards written from the wrong relations
// of gold sets D and E (development data).
func TestSenseGuardsRound5(t *testing.T) {
	runPairCases(t, []pairCase{
		{"verbal attacks are criticism", "The [Nordic Union|ORG] condemned [Jan Kos|PER]'s verbal attacks on [Lemuria|LOC].", "criticize", []string{"Nordic Union > Jan Kos", "Jan Kos > Lemuria"}},
		{"verbal attacks are no attack", "The [Nordic Union|ORG] condemned [Jan Kos|PER]'s verbal attacks on [Lemuria|LOC].", "attack", nil},
		{"described the killing", "[Jan Kos|PER] described the killing of [Ken Ward|PER] as a plot.", "kill", nil},
		{"a threshold after a possessive", "[Jan Kos|PER] did not meet the [Nordic Council|ORG] on Trade's 15 percent polling threshold.", "meet", nil},
		{"a meeting inside a name", "[Jan Kos|PER] spoke before the 14th Economic Leaders' Meeting of the [Nordic Union|ORG] in Oslo.", "meet", nil},
		{"a title-case headline", "Private Meeting Between [Jan Kos|PER], [Ken Ward|PER] Prompts Talk.", "meet", []string{"Jan Kos > Ken Ward"}},
	})
}

// TestVerbalAttacks checks round three's reading of an attack made with
// words as criticism: a statement or policy attacked, a party attacked, a
// reason or words given; a physical attack stays one.
func TestVerbalAttacks(t *testing.T) {
	runPairCases(t, []pairCase{
		{"a party attacked", "[Jan Kos|PER] attacked [Labour|ORG] in a speech.", "criticize", []string{"Jan Kos > Labour"}},
		{"a party attacked is no attack", "[Jan Kos|PER] attacked [Labour|ORG] in a speech.", "attack", nil},
		{"attacked over a war", "[Jan Kos|PER] attacked [Ken Ward|PER] over the war in [Lemuria|LOC].", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"attacked for failing", "[Jan Kos|PER] attacked [Ken Ward|PER] for failing to act.", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"attacked, saying", "[Jan Kos|PER] attacked the [Nordic Council|ORG] on Monday, saying it had failed.", "criticize", []string{"Jan Kos > Nordic Council"}},
		{"a person's lies attacked", "[Jan Kos|PER] attacks [Ken Ward|PER]'s 'lies'.", "attack", nil},
		{"a physical attack stays", "[Atlantean|MISC] troops attacked [Lemuria|LOC] on Monday.", "attack", []string{"Atlantean > Lemuria"}},
		{"over the weekend is a time", "[Atlantean|MISC] jets attacked [Lemuria|LOC] over the weekend.", "attack", []string{"Atlantean > Lemuria"}},
	})
}

// TestSenseGuardsGames checks that a ball or a score in an attack or kill
// trigger, or a sentence with two game words, is a game, while a shooting
// with a number of shots stays an attack.
func TestSenseGuardsGames(t *testing.T) {
	runPairCases(t, []pairCase{
		{"slipped a shot past the keeper", "[Jan Kos|PER] collected a pass and slipped a shot past [Ken Ward|PER].", "kill", nil},
		{"bent a shot past the keeper", "On 20 minutes [Jan Kos|PER] bent a shot past [Ken Ward|PER].", "kill", nil},
		{"fired a score at a club", "[Jan Kos|PER] fired a 68 at the [Oslo Golf Club|ORG] on Friday.", "attack", nil},
		{"struck blows in cricket", "[Jan Kos|PER] struck two blows for [Norway|LOC] when he took the wickets of two batsmen.", "attack", nil},
		{"fired rockets at a town", "[Lemuria|LOC] fired rockets at [Ostrava|LOC] on Monday.", "attack", []string{"Lemuria > Ostrava"}},
		{"shot a man", "[Jan Kos|PER] shot [Ken Ward|PER] dead in [Oslo|LOC] on Monday.", "kill", []string{"Jan Kos > Ken Ward"}},
	})
}

// TestSenseGuardsMoreNouns checks the nouns that make "strike" or "fire" no
// attack, "go to" or "arrive" no visit and "withdraw" no pull-out.
func TestSenseGuardsMoreNouns(t *testing.T) {
	runPairCases(t, []pairCase{
		{"strike a pact", "[Jan Kos|PER] is expected to strike a similar trade pact.", "attack", nil},
		{"fired a debate", "Plans for a dam in [Lemuria|LOC] have fired a debate on the price of power.", "attack", nil},
		{"came to an end here", "The talks of [Lemuria|LOC] and [Norway|LOC] came to an early end here Friday.", "visit", nil},
		{"go to the streets", "[Jan Kos|PER] said his party would go to the streets to demand a vote.", "visit", nil},
		{"went down to ten men", "[Rovers|ORG] went down to 10 men after the break.", "visit", nil},
		{"the bill goes to a reading", "The [Ward Bill|MISC] will then go to a third reading.", "visit", nil},
		{"went to a country", "[Jan Kos|PER] went to [Lemuria|LOC] last week.", "visit", []string{"Jan Kos > Lemuria"}},
		{"withdrawn its permission", "The [Lemuria|LOC] government has withdrawn its permission for the mission.", "withdraw", nil},
		{"withdraw its support for", "The [Green Party|ORG] will withdraw its support for the [Labour|ORG] government.", "withdraw", nil},
		{"withdrawn their bids", "Traders said [Lemuria|LOC] had withdrawn their bids to buy dollars.", "withdraw", nil},
		{"withdrew from a treaty", "[Lemuria|LOC] withdrew from the [Oslo Treaty|MISC] on Monday.", "withdraw", []string{"Lemuria > the Oslo Treaty"}},
		{"approved a sum", "The [Lemuria|LOC] parliament approved 100 billion kroner to fight the fires.", "support", nil},
	})
}

// TestSenseGuardsMovedThings checks that troops or money that arrive are
// no visit of their country, while a delegation's arrival stays one.
func TestSenseGuardsMovedThings(t *testing.T) {
	runPairCases(t, []pairCase{
		{"troops arrived", "Some 350 [French|MISC] troops who arrived in [Ostrava|LOC] on Tuesday.", "visit", nil},
		{"troops headed to", "More than 200 [Lemurian|MISC] troops headed to [Ostrava|LOC] on Monday.", "visit", nil},
		{"money arriving", "He said 30 million dollars from [Lemuria|LOC] arriving in [Ostrava|LOC] had helped.", "visit", nil},
		{"a minister arrived", "[Lemuria|LOC]'s foreign minister [Jan Kos|PER] arrived in [Ostrava|LOC] on Tuesday.", "visit", []string{"Jan Kos > Ostrava"}},
	})
}

// TestSenseGuardsStandings checks that a standing ("a long-time
// opponent"), a court's ruling, a welcome that invites and a challenge of a
// right are no events of their type.
func TestSenseGuardsStandings(t *testing.T) {
	runPairCases(t, []pairCase{
		{"a long-time opponent", "[Jan Kos|PER], a long-time opponent of [Ken Ward|PER], took office on Monday.", "criticize", nil},
		{"a court rejected a claim", "The [Oslo District Court|ORG] rejected [Jan Kos|PER]'s claim for damages.", "criticize", nil},
		{"welcomes X to come", "[Lemuria|LOC] welcomes [Jan Kos|PER] to come for a visit, the spokesman said.", "meet", nil},
		{"welcomed X to the podium", "[Ken Ward|PER] welcomed [Jan Kos|PER] to the podium on Monday.", "meet", []string{"Ken Ward > Jan Kos"}},
		{"challenged the right of", "[Acme Corp|ORG] has challenged the right of [Globex|ORG] to claim protection.", "urge", nil},
		{"criticised a name", "[Jan Kos|PER] criticised [Ken Ward|PER] on Monday.", "criticize", []string{"Jan Kos > Ken Ward"}},
	})
}

// TestSenseGuardsRound5b checks a list of names that modifies the body that
// meets, a court named inside its name, and a welcomed fact or cooperation.
func TestSenseGuardsRound5b(t *testing.T) {
	runPairCases(t, []pairCase{
		{"the parliament for a list meets", "The joint parliament for [Lemuria|LOC], [Norway|LOC] and [Iceland|LOC] meets in [Oslo|LOC] on Monday.", "meet", nil},
		{"envoys of a list will meet", "Envoys from the cities of [Ostrava|LOC], [Oslo|LOC] and [Bergen|LOC] will meet in May.", "meet", nil},
		{"the leaders of two countries met", "The leaders of [Lemuria|LOC] and [Norway|LOC] met in [Oslo|LOC] on Monday.", "meet", []string{"Lemuria > Norway"}},
		{"two names meet", "[Jan Kos|PER] and [Ken Ward|PER] will meet in [Oslo|LOC] on Monday.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"a court of a city rejected", "The [District Court of Oslo|ORG] rejected [Jan Kos|PER]'s claim for damages.", "criticize", nil},
		{"welcomed the fact", "[Jan Kos|PER] welcomed the fact that the vote was quick.", "support", nil},
		{"applauded the cooperation", "The [Nordic Union|ORG] applauded the cooperation between the two police forces.", "support", nil},
		{"applauded a name", "The [Nordic Union|ORG] applauded [Jan Kos|PER] on Monday.", "support", []string{"Nordic Union > Jan Kos"}},
	})
}

// TestSenseGuardsCallOn checks "called on" a person: a visit paid when
// nothing asked of the person follows, a request when something does.
func TestSenseGuardsCallOn(t *testing.T) {
	runPairCases(t, []pairCase{
		{"called on a person, a visit", "[Jan Kos|PER] called on [Ken Ward|PER] in the afternoon before the talks.", "urge", nil},
		{"called on a person to act", "[Jan Kos|PER] called on [Ken Ward|PER] to resign before the talks.", "urge", []string{"Jan Kos > Ken Ward"}},
		{"called on a person not to", "[Jan Kos|PER] called on [Ken Ward|PER] not to stand again.", "urge", []string{"Jan Kos > Ken Ward"}},
		{"called on a country", "[Norway|LOC] called on [Lemuria|LOC] in a statement on Monday.", "urge", []string{"Norway > Lemuria"}},
	})
}
