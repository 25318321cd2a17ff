package relation_test

import "testing"

// TestNominal checks the rules for nominal triggers (branch
// nominal, nominal.go) on sentences written for the test: want lists the
// relations of type typ as "subject > object", an empty want none.
func TestNominal(t *testing.T) {
	tests := []pairCase{
		// frames of time inside an event
		{"midway through a visit", "“Trade will grow,” [Jan Kos|PER] said, midway through a three-day official visit to [Sweden|LOC].", "visit", []string{"Jan Kos > Sweden"}},
		{"said, midway through, that", "[Jan Kos|PER] said on Friday, midway through a three-day official visit to [Sweden|LOC], that trade would grow.", "visit", []string{"Jan Kos > Sweden"}},
		{"at the start of a visit", "[Jan Kos|PER] met [Ken Ward|PER] at the start of a two-day visit to [Sweden|LOC].", "visit", []string{"Jan Kos > Sweden"}},
		// "tour of" a place reads as "visit to" since branch audit1, so the frame gives the speaker's tour, as for "a two-day visit to" above
		{"on the last day of a tour", "[Jan Kos|PER] spoke on the last day of a tour of [Sweden|LOC].", "visit", []string{"Jan Kos > Sweden"}},
		{"at the start of the visit: whose?", "[Jan Kos|PER] met [Ken Ward|PER] at the start of the visit to [Sweden|LOC].", "visit", nil},
		{"as part of a series of visits", "[Jan Kos|PER] will go as part of a series of visits to [Sweden|LOC].", "visit", []string{"Jan Kos > Sweden"}},
		{"as part of an agreement with", "[Jan Kos|PER] testified as part of an agreement with [Norway|LOC].", "agree", []string{"Jan Kos > Norway"}},
		{"arrange for an agreement is no frame", "[Jan Kos|PER] said [Norway|LOC] can arrange for an agreement with [Sweden|LOC].", "agree", nil},
		// attitudes to an event one took part in
		{"satisfied with discussions with", "[Jan Kos|PER] was satisfied with discussions with [Ken Ward|PER] on Thursday.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"very pleased with the talks with", "[Jan Kos|PER] was very pleased with the talks with [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"news of talks is no attitude", "[Jan Kos|PER] heard the news with talks with [Ken Ward|PER] under way.", "meet", nil},
		// parts of an event
		{"which included stops in", "[Jan Kos|PER]'s visit, which included earlier stops in [Norway|LOC] and [Denmark|LOC], ended on Friday.", "visit",
			[]string{"Jan Kos > Norway", "Jan Kos > Denmark"}},
		{"which includes talks with", "Kicking off a four-day stay in [Oslo|LOC], which includes talks Tuesday with [Lisa Moore|PER], [Jan Kos|PER] met [Ken Ward|PER].", "meet",
			[]string{"Jan Kos > Lisa Moore", "Jan Kos > Ken Ward"}},
		{"a city which includes stops is no event", "[Oslo|LOC], which includes stops in [Norway|LOC], is large.", "visit", nil},
		// the actor between the noun and its object
		{"the visit by X to Y", "The visit by [Jan Kos|PER] to [Sweden|LOC] ended well.", "visit", []string{"Jan Kos > Sweden"}},
		{"the first visit of X to Y", "It marked the first visit of [Jan Kos|PER] to [Sweden|LOC].", "visit", []string{"Jan Kos > Sweden"}},
		{"a visit of a place is no actor", "The visit of [Oslo|LOC] to [Sweden|LOC] was odd.", "visit", nil},
		// the one acted on as possessor
		{"X's detention by Y", "[Jan Kos|PER]'s detention by [Norway|LOC] angered [Sweden|LOC].", "arrest", []string{"Norway > Jan Kos"}},
		{"X's arrest alone", "[Jan Kos|PER]'s arrest angered [Sweden|LOC].", "arrest", nil},
		{"a country's arrest by", "[Norway|LOC]'s arrest by [Sweden|LOC] is no event.", "arrest", nil},
		// requests as nouns
		{"request for X to", "The [Freedom Front|ORG]'s request for [Jan Kos|PER] to resign was rejected.", "urge", []string{"Freedom Front > Jan Kos"}},
		{"demand for X to", "[Lisa Moore|PER]'s demand for [Ken Ward|PER] to resign was rejected.", "urge", []string{"Lisa Moore > Ken Ward"}},
		{"request for a name without to", "[Lisa Moore|PER] backed the request for [Ken Ward|PER]'s files.", "urge", nil},
		// a stance voiced for a body
		{"voiced a city's opposition to", "[Jan Kos|PER] voiced [Oslo|LOC]'s opposition to [Ken Ward|PER] last week.", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"a country's own opposition", "[Norway|LOC]'s opposition to [Ken Ward|PER] grew.", "criticize", []string{"Norway > Ken Ward"}},
		// crimes named by nouns after guilt verbs
		{"convicted of the murder of", "[Jan Kos|PER] was convicted of the murder of [Ken Ward|PER].", "kill", []string{"Jan Kos > Ken Ward"}},
		{"hanged for crimes for the execution of", "[Jan Kos|PER] was hanged for crimes against humanity for the execution of 148 civilians.", "kill", []string{"Jan Kos > 148 civilians"}},
		{"accused X of the killing of", "[Norway|LOC] accused [Jan Kos|PER] of the killing of [Ken Ward|PER].", "kill", []string{"Jan Kos > Ken Ward"}},
		{"police arrested a man for murder", "[Oslo|LOC] police arrested a man for the murder of [Ken Ward|PER].", "kill", nil},
		// a light verb's gerund after "of"
		{"accused X of showing support for", "[Lisa Moore|PER] accused [Ken Ward|PER] of showing support for [Jan Kos|PER].", "support", []string{"Ken Ward > Jan Kos"}},
		{"giving support to a currency", "The [Nordic Bank|ORG] will hike rates, giving further support to the krone.", "support", nil},
		{"issued a warning to", "[Norway|LOC] issued a stern warning to [Sweden|LOC].", "threaten", []string{"Norway > Sweden"}},
		// reactions provoked by a party or its action
		{"sparked criticism from", "[Norway|LOC] sparked sharp criticism from [Sweden|LOC] on Monday.", "criticize", []string{"Sweden > Norway"}},
		{"a test sparked condemnation", "The [Norway|LOC] missile test last month sparked [UN|ORG] condemnation.", "criticize", []string{"UN > Norway"}},
		{"a test sparked condemnations and sanctions", "The [Norway|LOC] missile test sparked [UN|ORG] condemnations and sanctions.", "sanction", []string{"UN > Norway"}},
		{"X's remarks drew criticism from", "[Jan Kos|PER]'s remarks drew criticism from [Ken Ward|PER].", "criticize", []string{"Ken Ward > Jan Kos"}},
		{"a plan drew fire", "The plan drew fire from [Ken Ward|PER].", "criticize", nil},
		{"defence officials are no reaction", "[Jan Kos|PER] invited [Chinese|MISC] defence officials to study in [Norway|LOC].", "support", nil},
		// their meeting, an invitation, a place between noun and object
		{"told X at the start of their meeting", "[Jan Kos|PER] told [Ken Ward|PER] at the start of their meeting that trade would grow.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"their meeting with a third", "[Jan Kos|PER] told [Ken Ward|PER] after their meeting with [Lisa Moore|PER] that trade would grow.", "meet", []string{"Jan Kos > Lisa Moore"}},
		{"at X's invitation", "[Jan Kos|PER] arrived in [Oslo|LOC] at [Ken Ward|PER]'s invitation.", "invite", []string{"Ken Ward > Jan Kos"}},
		{"X's invitation without at", "[Jan Kos|PER] ignored [Ken Ward|PER]'s invitation.", "invite", nil},
		{"talks in a place with", "[Jan Kos|PER] said after talks in [Rome|LOC] with [Ken Ward|PER] that trade would grow.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"a visit to a hotel", "[Jan Kos|PER] spoke during a visit to [Grand Plaza|ORG] hotel.", "visit", []string{"Jan Kos > Grand Plaza"}},
		// second round, from unannotated news
		{"at a meeting with", "“Trade will grow,” [Jan Kos|PER] was quoted as saying at a meeting with visiting [Swedish|MISC] President [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"at the meeting with: whose?", "[Jan Kos|PER] spoke at the meeting with [Ken Ward|PER].", "meet", nil},
		{"a person's name before a visit", "The deal was on the agenda of the [Jan Kos|PER] visit to [Egypt|LOC].", "visit", []string{"Jan Kos > Egypt"}},
		{"the withdrawal of a nationality's forces", "[Jan Kos|PER] promised the withdrawal of [Italian|MISC] forces from [Iraq|LOC].", "withdraw", []string{"Italian > Iraq"}},
		{"during a place-led visit in a month", "King [Hussein|PER] raised the issue during a [Washington|LOC] visit in early April.", "visit", []string{"Hussein > Washington"}},
		{"during a place-led visit, said", "During a [Washington|LOC] visit, [Hussein|PER] said he was happy.", "visit", []string{"Hussein > Washington"}},
		// third round
		{"talks in a city, a country, with", "“We will stay,” [Jan Kos|PER] said Thursday after talks in [Amman|LOC], [Jordan|LOC], with [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"initiated talks with", "[Jan Kos|PER] initiated secret talks with [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"a motion received support from each", "[Norway|LOC]'s motion received support from [Sweden|LOC] and [Denmark|LOC].", "support", []string{"Sweden > Norway", "Denmark > Norway"}},
		{"won the backing of", "[Norway|LOC]'s plan won the backing of [Sweden|LOC].", "support", []string{"Sweden > Norway"}},
		{"a support vote is no reaction", "[Jan Kos|PER] won the support vote in [Oslo|LOC].", "support", nil},
	}
	runPairCases(t, tests)
}
