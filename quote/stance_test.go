package quote

import "testing"

// TestFindStance covers stances stated with an adjective or a noun, each
// on a sentence written for it.
func TestFindStance(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"adjective after a contracted be", "They’re supportive of the new tax on carbon.",
			[]want{{"the new tax on carbon", "indirect", "’re supportive of", "They", ""}}},
		{"adjective with negation", "Most farmers aren’t enamored of the trade deal.",
			[]want{{"the trade deal", "indirect", "aren’t enamored of", "Most farmers", "Most farmers"}}},
		{"adjective after has been and an adverb", "Senator Jane Roe has often been critical of the governor.",
			[]want{{"the governor", "indirect", "has often been critical of", "Senator Jane Roe", "Senator Jane Roe"}}},
		{"adjective with degree words", "Some unions are so vehemently opposed to the merger that they will strike.",
			[]want{{"the merger that they will strike", "indirect", "are so vehemently opposed to", "Some unions", "Some unions"}}},
		{"adjective: a clause of time ends the content", "Mayor Lee has been critical of the council since the budget vote.",
			[]want{{"the council", "indirect", "has been critical of", "Mayor Lee", "Mayor Lee"}}},
		{"adjective: a second cue verb ends the content", "They are less hostile to regulation and generally agree that taxes should rise.",
			[]want{
				{"regulation", "indirect", "are less hostile to", "They", ""},
				{"that taxes should rise", "indirect", "generally agree", "They", ""},
			}},
		{"adjective after a contracted is", "He’s also supportive of the testing program.",
			[]want{{"the testing program", "indirect", "’s also supportive of", "He", ""}}},
		{"adjective without a linking verb is no stance", "A group critical of the plan met on Monday.", nil},
		{"noun after a possessive pronoun", "He lost votes over his support for the war.",
			[]want{{"the war", "indirect", "support for", "his", "his"}}},
		{"noun with modifiers after a possessive name", "Voters tired of Jane Roe’s repeated attacks on the senator.",
			[]want{{"the senator", "indirect", "repeated attacks on", "Jane Roe", "Jane Roe"}}},
		{"noun: a verb ends the content", "Her criticism of the budget was sharp.",
			[]want{{"the budget", "indirect", "criticism of", "Her", "Her"}}},
		{"noun without a possessor is no stance", "The support for the bill is broad.", nil},
		{"noun: a phrase in quotation marks is left to the direct patterns", "He defended his criticism of “coastal values.”",
			[]want{{"his criticism of “coastal values.”", "partial", "defended", "He", ""}}},
		{"title case is a headline", "Roe’s Attacks On The Senator", nil},
	})
}
