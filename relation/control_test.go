package relation_test

import "testing"

// TestRemovalRequests checks the requests for someone's removal and the
// stances kept (branch urgesupp, docs/relations.md) on sentences written
// for the test: want lists the relations of type typ as "subject >
// object", an empty want none.
func TestRemovalRequests(t *testing.T) {
	tests := []pairCase{
		// verbs
		{"called for the resignation of", "[Ken Ward|PER] called for the resignation of [Lisa Moore|PER].", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"called for the immediate resignation of", "[Ken Ward|PER] called for the immediate resignation of [Lisa Moore|PER].", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"began calling for the sacking of", "The [Greens|ORG] began calling for the sacking of [Lisa Moore|PER].", "urge", []string{"Greens > Lisa Moore"}},
		{"demanded the removal of a body's chairman", "[Ken Ward|PER] demanded the removal of [Acme Bank|ORG]'s chairman.", "urge", []string{"Ken Ward > Acme Bank"}},
		{"planning to demand the ouster of", "[Ken Ward|PER] is planning to demand the ouster of [Acme Bank|ORG]'s board.", "urge", []string{"Ken Ward > Acme Bank"}},
		{"demanded the removal of the body's chairman", "[Ken Ward|PER] demanded the removal of the [Acme Bank|ORG] chairman.", "urge", []string{"Ken Ward > Acme Bank"}},
		{"demanded the removal of a thing's owner", "[Ken Ward|PER] demanded the removal of [Acme Bank|ORG]'s logo.", "urge", nil},
		{"called for the release of", "[Ken Ward|PER] called for the release of [Lisa Moore|PER].", "urge", nil},
		{"called for the resignation of a place", "[Ken Ward|PER] called for the resignation of [Leeds|LOC] councillors.", "urge", nil},
		{"called for X's resignation", "[Ken Ward|PER] called for [Lisa Moore|PER]'s resignation.", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"demand the government's resignation", "The [Greens|ORG] held protests to demand the [Ruritanian|MISC] government's resignation.", "urge", nil},
		{"its removal of the tariffs", "[Ken Ward|PER] called for [Acme Bank|ORG]'s removal of the tariffs.", "urge", nil},
		{"called for President X's resignation", "[Ken Ward|PER] called for President [Lisa Moore|PER]'s resignation.", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"now seeks the ouster of", "[Ken Ward|PER] now seeks the ouster of [Lisa Moore|PER] as party chair.", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"will press for the resignation of", "[Ken Ward|PER] will press for the resignation of [Lisa Moore|PER].", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"vowed to press for the removal of", "[Ken Ward|PER] vowed to press for the removal of [Lisa Moore|PER].", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"the press for, a noun", "The [Greens|ORG] said the press for the removal of [Lisa Moore|PER] had stalled.", "urge", nil},
		{"by calling for X's resignation", "[Ken Ward|PER] led the revolt by calling for [Lisa Moore|PER]'s resignation.", "urge", []string{"Ken Ward > Lisa Moore"}},
		// nouns
		{"X's request for the removal of", "[Ken Ward|PER]'s request for the removal of [Lisa Moore|PER] was turned down.", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"renewed his call for the resignation of", "[Ken Ward|PER] renewed his call for the resignation of [Lisa Moore|PER].", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"calls from X for the dismissal of", "There were calls from [Ken Ward|PER] for the dismissal of [Lisa Moore|PER].", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"calls without an actor", "There were widespread calls for the resignation of [Lisa Moore|PER].", "urge", nil},
		// coordinated objects of a control verb
		{"ordered A and B to", "[Ken Ward|PER] ordered [Acme Bank|ORG] and [Lisa Moore|PER] to release the files.", "urge", []string{"Ken Ward > Acme Bank", "Ken Ward > Lisa Moore"}},
		{"ordered A, along with B, to", "[Ken Ward|PER] ordered [Acme Bank|ORG], along with [Lisa Moore|PER], to release the files.", "urge", []string{"Ken Ward > Acme Bank", "Ken Ward > Lisa Moore"}},
		{"ordered A, along with a phrase, to", "[Ken Ward|PER] ordered [Acme Bank|ORG], along with the county prosecutor, to release the files.", "urge", []string{"Ken Ward > Acme Bank"}},
		{"urged A, as well as B, to", "[Ken Ward|PER] urged [Acme Bank|ORG], as well as [Lisa Moore|PER], to release the files.", "urge", []string{"Ken Ward > Acme Bank", "Ken Ward > Lisa Moore"}},
		{"told A and B, no infinitive", "[Ken Ward|PER] told [Acme Bank|ORG] and [Lisa Moore|PER] that the files were lost.", "urge", nil},
		{"ordered A, along with B, no infinitive", "[Ken Ward|PER] ordered [Acme Bank|ORG], along with [Lisa Moore|PER], after the hearing.", "urge", nil},
		// judgements of a statement or an action
		{"called the agreement a step forward", "[Ken Ward|PER] called the agreement \"an historic step forward\" for the region.", "support", []string{"Ken Ward > the agreement"}},
		{"described the decision as very disappointing", "[Ken Ward|PER] described the decision as \"very disappointing\".", "criticize", []string{"Ken Ward > the decision"}},
		{"branded the proposal unworkable", "The [Greens|ORG] branded the new tax proposal unworkable.", "criticize", []string{"Greens > the new tax proposal"}},
		{"calling the ruling a mistake", "[Ken Ward|PER] appealed, calling the ruling a serious mistake.", "criticize", []string{"Ken Ward > the ruling"}},
		{"called the deal a good deal", "[Ken Ward|PER] called the deal a good start for both sides.", "support", nil},
		{"called the election a contest", "[Ken Ward|PER] called the election a contest of ideas.", "support", nil},
		{"called the vote, no judgement", "[Ken Ward|PER] called the vote for Tuesday.", "criticize", nil},
		// a body's institution coordinated with another body
		{"The X government and the Y", "The [Ruritanian|MISC] government and the [Senate|ORG] have expressed their support for the peace plan.", "support", []string{"Senate > the peace plan"}},
		{"The German government and the Bundestag", "The [Germany|LOC] government and the [Bundestag|ORG] have expressed their support for the peace plan.", "support", []string{"Bundestag > the peace plan", "Germany > the peace plan"}},
		{"after a preposition", "Officials of the [Germany|LOC] government and the [Congress|ORG] have expressed their support for the peace plan.", "support", []string{"Congress > the peace plan"}},
		// objects and subjects around the verb
		{"thus urged", "[Ken Ward|PER] thus urged the [Greens|ORG] to drop the plan.", "urge", []string{"Ken Ward > Greens"}},
		{"had earlier praised", "[Ken Ward|PER] had earlier praised the [Greens|ORG].", "support", []string{"Ken Ward > Greens"}},
		{"the earlier bill", "[Ken Ward|PER] voted against the earlier bill.", "criticize", []string{"Ken Ward > the earlier bill"}},
		{"urged a country's person", "[Ken Ward|PER] urged [Britain|LOC]'s [Lisa Moore|PER] to keep running.", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"praised a player named with his role", "[Ken Ward|PER] praised winger [Lisa Moore|PER].", "support", []string{"Ken Ward > Lisa Moore"}},
		{"a possessive name after and is no object, the first negated", "[Ken Ward|PER] has not endorsed [Acme Bank|ORG] and [Ohio|LOC]'s [Lisa Moore|PER] withdrew.", "support", []string{"Ken Ward > Acme Bank"}}, // negated
		// "stick to" a policy or plan
		{"stick to its policy", "[Ken Ward|PER] said [Germany|LOC] would stick to its one-China policy.", "support", []string{"Germany > its one-China policy"}},
		{"stick to a quoted policy", "[Ken Ward|PER] said [Germany|LOC] would stick to its \"one-China policy.\"", "support", []string{"Germany > its \"one-China policy"}},
		{"back a plan with a quoted word", "The [Greens|ORG] backed the \"roadmap\" plan.", "support", []string{"Greens > the \"roadmap\" plan"}},
		{"stick to the peace plan", "The [Greens|ORG] will stick to the peace plan.", "support", []string{"Greens > the peace plan"}},
		{"stick to a person", "The [Greens|ORG] will stick to [Lisa Moore|PER].", "support", nil},
		{"stick to the region", "The [Greens|ORG] will stick to the region.", "support", nil},
	}
	runPairCases(t, tests)
}
