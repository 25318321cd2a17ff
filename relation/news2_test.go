package relation_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
)

// TestNewsLexicon checks the second round of news patterns (branch
// rel-news2, docs/relations.md): the person a titled party leads to as
// subject, and trigger verbs and nouns of the guidelines' types, each with
// a sentence that must give the relation and, where a reading is easy to
// get wrong, one that must not.
func TestNewsLexicon(t *testing.T) {
	tests := []pairCase{
		// the person behind a title acts, not the party or the country
		{"titled subject, while", "[Democratic U.S.|ORG] Rep. [Lisa Moore|PER] on Friday pummeled [Ken Ward|PER] as divisive while praising [Sarah Kemp|PER].", "support", []string{"Lisa Moore > Sarah Kemp"}},
		{"titled subject", "[Ruritania|LOC] Defence Minister [Jan Kos|PER] criticised [Ken Ward|PER].", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"country and person", "[Ruritania|LOC] and [Jan Kos|PER] criticised [Ken Ward|PER].", "criticize", []string{"Jan Kos > Ken Ward", "Ruritania > Ken Ward"}},
		// verbs
		{"banned a body", "[Atlantis|LOC] banned the [Freedom Front|ORG] in May.", "sanction", []string{"Atlantis > Freedom Front"}},
		{"banned a practice", "[Atlantis|LOC] banned smoking in bars.", "sanction", nil},
		{"outlawed", "[Atlantis|LOC] outlawed the [Freedom Front|ORG].", "sanction", []string{"Atlantis > Freedom Front"}},
		{"issued an ultimatum to", "[Atlantis|LOC] issued an ultimatum to [Ruritania|LOC] on Monday.", "threaten", []string{"Atlantis > Ruritania"}},
		{"sealed a deal with", "[Norway|LOC] sealed a deal with [Ruritania|LOC] on gas.", "agree", []string{"Norway > Ruritania"}},
		{"brought charges against", "Prosecutors in [Oslo|LOC] said [Norway|LOC] brought charges against [Ken Ward|PER].", "arrest", []string{"Norway > Ken Ward"}},
		{"launched an attack on", "The [Freedom Front|ORG] launched an attack on [Lemuria|LOC].", "attack", []string{"Freedom Front > Lemuria"}},
		{"targets, a noun", "The army hit military targets near [Lemuria|LOC].", "attack", nil},
		{"pressured to", "[Norway|LOC] pressured [Ruritania|LOC] to free the men.", "urge", []string{"Norway > Ruritania"}},
		{"vilified", "[Jan Kos|PER] vilified [Ken Ward|PER] in a speech.", "criticize", []string{"Jan Kos > Ken Ward"}},
		// what is criticised is a named party's record or statement
		{"the record of", "[Norway|LOC] condemned the human rights record of [Ruritania|LOC] and [Lemuria|LOC].", "criticize", []string{"Norway > Ruritania", "Norway > Lemuria"}},
		{"the decision of", "[Jan Kos|PER] praised the bold decision of [Ken Ward|PER] on Monday.", "support", []string{"Jan Kos > Ken Ward"}},
		{"not a place of", "[Jan Kos|PER] praised the people of [Ruritania|LOC].", "support", []string{"Jan Kos > the people"}},
		{"pandered to", "[Jan Kos|PER] has pandered to the [Freedom Front|ORG] for a year.", "support", []string{"Jan Kos > Freedom Front"}},
		{"welcomed X's decision", "[Jan Kos|PER] welcomed [Ken Ward|PER]'s decision to stay.", "support", []string{"Jan Kos > Ken Ward"}},
		{"welcomed a decision", "[Jan Kos|PER] welcomed a decision to stay.", "support", []string{"Jan Kos > a decision"}},
		{"pulled its troops out of", "[Atlantis|LOC] pulled its troops out of [Lemuria|LOC] in April.", "withdraw", []string{"Atlantis > Lemuria"}},
		{"withdrew all troops from", "[Atlantis|LOC] withdrew all troops from [Lemuria|LOC].", "withdraw", []string{"Atlantis > Lemuria"}},
		{"fighters attacked", "[Freedom Front|ORG] fighters attacked southern [Lemuria|LOC] on Sunday.", "attack", []string{"Freedom Front > Lemuria"}},
		{"the town of", "[Atlantean|MISC] troops raided the town of [Jenna|LOC] on Wednesday.", "attack", []string{"Atlantean > Jenna"}},
		{"the people of, not a place noun", "[Atlantean|MISC] troops raided the homes of [Jenna|LOC] residents.", "attack", []string{"Atlantean > the homes"}},
		{"A and B signed an agreement", "[Norway|LOC] and [Ruritania|LOC] signed an agreement on gas.", "agree", []string{"Norway > Ruritania"}},
		{"A signed an agreement, no counterpart", "[Norway|LOC] signed an agreement on gas.", "agree", nil},
		{"signed an agreement with", "[Norway|LOC] signed an agreement with [Ruritania|LOC] on gas.", "agree", []string{"Norway > Ruritania"}},
		// passives: a possessor's statement as subject, coordinated agents
		{"X's stance is supported by", "[Norway|LOC]'s stance is supported by [Ruritania|LOC], [Lemuria|LOC] and [Mu|LOC].", "support", []string{"Ruritania > Norway", "Lemuria > Norway", "Mu > Norway"}},
		{"X's proposal was criticised by", "[Jan Kos|PER]'s proposal was criticised by [Ken Ward|PER] on Monday.", "criticize", []string{"Ken Ward > Jan Kos"}},
		{"condemned by A and B", "The plan was condemned by [Ruritania|LOC] and [Lemuria|LOC].", "criticize", []string{"Ruritania > The plan", "Lemuria > The plan"}},
		// an optional object after a preposition; a person's verbal attack
		{"withdraw from a name", "[Atlantis|LOC] has demanded that [Ruritania|LOC] withdraw from [Lemuria|LOC].", "withdraw", []string{"Ruritania > Lemuria"}},
		{"pulled out of a phrase", "[Ruritania|LOC] withdrew from the race in May.", "withdraw", []string{"Ruritania > the race"}},
		{"attacked X's plans", "[Ken Ward|PER] attacked [Jan Kos|PER]'s immigration plans as divisive.", "criticize", []string{"Ken Ward > Jan Kos"}},
		{"a time adverb after the object", "The [Atlantean|MISC] army shelled [Lemuria|LOC] overnight.", "attack", []string{"Atlantean > Lemuria"}},
		// nouns
		{"an irregular past after the object", "The [U.S.|LOC] invasion of [Iraq|LOC] began in 2003.", "attack", []string{"U.S. > Iraq"}},
		{"a noun after the object", "The [U.S.|LOC] invasion of [Iraq|LOC] veterans marched.", "attack", nil},
		{"mission to", "[Jan Kos|PER]'s diplomatic mission to [Lemuria|LOC] ended.", "visit", []string{"Jan Kos > Lemuria"}},
		{"is back from, not support", "[Jan Kos|PER] is back from a long trip.", "support", nil},
		{"a mission to, no actor", "The [United Nations|ORG] mission to [Lemuria|LOC] ended.", "visit", nil},
		{"between A, B", "Private Meeting Between [Lisa Moore|PER], [Sarah Kemp|PER] Prompts Talk", "meet", []string{"Lisa Moore > Sarah Kemp"}},
		{"between A, B and C", "A meeting between [Lisa Moore|PER], [Sarah Kemp|PER] and [Ken Ward|PER] ended.", "meet", []string{"Lisa Moore > Sarah Kemp", "Lisa Moore > Ken Ward", "Sarah Kemp > Ken Ward"}},
		{"the assassination of, by", "The assassination of [Ken Ward|PER] by the [Freedom Front|ORG] shocked the city.", "kill", []string{"Freedom Front > Ken Ward"}},
		{"the killing of, no actor", "The killing of [Ken Ward|PER] shocked the city.", "kill", nil},
		{"a ban on", "[Atlantis|LOC]'s ban on the [Freedom Front|ORG] was lifted.", "sanction", []string{"Atlantis > Freedom Front"}},
		{"an ultimatum to", "[Atlantis|LOC]'s ultimatum to [Ruritania|LOC] expired.", "threaten", []string{"Atlantis > Ruritania"}},
		{"agreement with", "[Norway|LOC]'s agreement with [Ruritania|LOC] ended in May.", "agree", []string{"Norway > Ruritania"}},
		{"the extradition of", "[Norway|LOC] asked for the extradition of [Ken Ward|PER] by [Ruritania|LOC].", "arrest", []string{"Ruritania > Ken Ward"}},
	}
	runPairCases(t, tests)
}

// resolvedCase is a sentence whose relations of type typ, found with a
// resolver that gives each description in res the entity it names, must
// be want ("subject > object", in order).
type resolvedCase struct {
	name, text, typ string
	res             map[string]string
	want            []string
}

// runResolvedCases runs each case as a subtest.
func runResolvedCases(t *testing.T, tests []resolvedCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeText(t, tc.text)
			var got []string
			for _, r := range relation.Find(doc, descResolver{doc, tc.res}) {
				if r.Type == tc.typ {
					got = append(got, name(doc, r.Subject)+" > "+name(doc, r.Object))
				}
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%s: got %q, want %q", tc.typ, got, tc.want)
			}
		})
	}
}

// descResolver resolves the descriptions in its map (text → entity name)
// as a coreference resolver would.
type descResolver struct {
	doc   *document.Document
	names map[string]string
}

func (r descResolver) Speaker(src document.Span) string {
	name, ok := r.names[r.doc.Text[src.Start:src.End]]
	if !ok {
		return ""
	}
	for _, e := range r.doc.Entities {
		if e.Name == name {
			return e.ID
		}
	}
	return ""
}

// TestModifiedDescriptions checks that a definite description whose head
// is modified by a nationality or place name ("the Pakistani president")
// stands for the entity the resolver gives, in place of the modifier's
// name.
func TestModifiedDescriptions(t *testing.T) {
	tests := []resolvedCase{
		{"nationality", "[Jan Kos|PER] spoke. The [Ruritanian|MISC] president met [Ken Ward|PER] on Monday.", "meet",
			map[string]string{"The Ruritanian president": "Jan Kos"}, []string{"Jan Kos > Ken Ward"}},
		{"place name", "[Jan Kos|PER] spoke. The [New York|LOC] businessman has praised [Ken Ward|PER].", "support",
			map[string]string{"The New York businessman": "Jan Kos"}, []string{"Jan Kos > Ken Ward"}},
		{"as object", "[Ken Ward|PER] spoke. [Jan Kos|PER] criticised the [Ruritanian|MISC] minister on Monday.", "criticize",
			map[string]string{"the Ruritanian minister": "Ken Ward"}, []string{"Jan Kos > Ken Ward"}},
		{"possessive description", "[Jan Kos|PER] spoke. [Ruritania|LOC]'s finance minister criticised [Ken Ward|PER] on Monday.", "criticize",
			map[string]string{"Ruritania's finance minister": "Jan Kos"}, []string{"Jan Kos > Ken Ward"}},
		{"possessive description as object", "[Ken Ward|PER] spoke. [Jan Kos|PER] met [Ruritania|LOC]'s foreign minister on Monday.", "meet",
			map[string]string{"Ruritania's foreign minister": "Ken Ward"}, []string{"Jan Kos > Ken Ward"}},
		{"possessive description in apposition keeps the role", "The speech by [Ned Gale|PER], [India|LOC]'s finance minister, was short.", "role",
			map[string]string{"India's finance minister": "Ned Gale"}, []string{"Ned Gale > India"}},
		{"organisation's name", "[Jan Kos|PER] spoke. Later the [Zanto|ORG] chairman met [Ken Ward|PER] on Monday.", "meet",
			map[string]string{"the Zanto chairman": "Jan Kos"}, []string{"Jan Kos > Ken Ward"}},
		{"an organisation's name before a verb stays the subject", "The [Ruritanian Commission|ORG] urges [Ken Ward|PER] to resign.", "urge",
			map[string]string{"The Ruritanian Commission urges": "Ruritanian Commission"}, []string{"Ruritanian Commission > Ken Ward"}},
		{"unresolved: the nationality stays a modifier", "The [Ruritanian|MISC] president met [Ken Ward|PER] on Monday.", "meet",
			map[string]string{}, []string{" > Ken Ward"}}, // not Ruritania: the description as text, SubjectText "The Ruritanian president" (branch groupargs)
	}
	runResolvedCases(t, tests)
}
