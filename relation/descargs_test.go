package relation_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/relation"
)

// TestCountryEpithets checks that a description of a country by an
// epithet ("the Jewish state", "the war-torn country") is the country
// the text named before, and no one when it named none that fits
// (descargs.go); sentences written for the test.
func TestCountryEpithets(t *testing.T) {
	tests := []resolvedCase{
		{"Stalinist state", "[North Korea|LOC] tested a missile. [Japan|LOC] imposed sanctions on the [Stalinist|MISC] state on Monday.", "sanction",
			nil, []string{"Japan > North Korea"}},
		{"Jewish state", "[Israel|LOC] bombed [Gaza|LOC]. [Hamas|ORG] condemned the [Jewish|MISC] state on Monday.", "criticize",
			nil, []string{"Hamas > Israel"}},
		{"Islamic republic", "[Iran|LOC] rejected the offer. [Ken Ward|PER] criticised the [Islamic|MISC] republic on Monday.", "criticize",
			nil, []string{"Ken Ward > Iran"}},
		{"war-torn country", "[Sudan|LOC] has been at war for years. [Ken Ward|PER] criticised the war-torn country on Monday.", "criticize",
			nil, []string{"Ken Ward > Sudan"}},
		// (nomargs.go keeps the phrase as the object's text, no entity)
		{"no guess when the sentence names a country", "[Sudan|LOC] has been at war for years. [Japan|LOC] imposed sanctions on the impoverished nation.", "sanction",
			nil, []string{"Japan > "}},
		// (criticism keeps the phrase as its object's text, no entity)
		{"no guess for a part in the story", "[Sudan|LOC] has been at war for years. [Ken Ward|PER] criticised the host nation on Monday.", "criticize",
			nil, []string{"Ken Ward > "}},
		{"the epithet's country not named", "[Gaza|LOC] was quiet. [Hamas|ORG] condemned the [Jewish|MISC] state on Monday.", "criticize",
			nil, []string{"Hamas > "}},
		{"the Islamic State is a group", "[Iran|LOC] rejected the offer. [Ken Ward|PER] criticised the [Islamic State|ORG] on Monday.", "criticize",
			nil, []string{"Ken Ward > Islamic State"}},
	}
	runResolvedCases(t, tests)
}

// TestCounterparts checks that "his NAT counterpart" is the one person
// the article describes by that nationality (descargs.go).
func TestCounterparts(t *testing.T) {
	tests := []struct {
		name, text string
		descs      map[string]string // entity name → its description
		want       []string
	}{
		{"described after", "[Ken Ward|PER] said he will meet with his [Ruritanian|MISC] counterpart in [Oslo|LOC]. Ruritanian envoy [Jan Kos|PER] arrived on Monday.",
			map[string]string{"Jan Kos": "Ruritanian envoy"}, []string{"Ken Ward > Jan Kos"}},
		{"two people of the nationality", "[Ken Ward|PER] said he will meet with his [Ruritanian|MISC] counterpart in [Oslo|LOC]. [Jan Kos|PER] and [Ann Gale|PER] arrived on Monday.",
			map[string]string{"Jan Kos": "Ruritanian envoy", "Ann Gale": "Ruritanian minister"}, nil},
		{"no one of the nationality", "[Ken Ward|PER] said he will meet with his [Ruritanian|MISC] counterpart in [Oslo|LOC]. [Jan Kos|PER] arrived on Monday.",
			map[string]string{"Jan Kos": "Lemurian envoy"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := markedDoc(t, tc.text)
			for i := range doc.Entities {
				if d, ok := tc.descs[doc.Entities[i].Name]; ok {
					doc.Entities[i].Descriptions = []string{d}
				}
			}
			var got []string
			for _, r := range relation.Find(doc, descResolver{doc, map[string]string{"he": "Ken Ward"}}) {
				if r.Type == "meet" {
					got = append(got, name(doc, r.Subject)+" > "+name(doc, r.Object))
				}
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("meet: got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestOwnCountry checks that "his country" is the country the article
// gave the person the possessive stands for (descargs.go).
func TestOwnCountry(t *testing.T) {
	tests := []resolvedCase{
		{"nationality named by its adjective", "[Australian|MISC] Prime Minister [Jan Kos|PER] arrived on Monday. [Jan Kos|PER] said his country supported [Lemuria|LOC].", "support",
			map[string]string{"his": "Jan Kos"}, []string{"Australian > Lemuria"}},
		{"the country named", "[Australia|LOC] was quiet. [Australian|MISC] Prime Minister [Jan Kos|PER] arrived on Monday. [Jan Kos|PER] said his government supported [Lemuria|LOC].", "support",
			map[string]string{"his": "Jan Kos"}, []string{"Australia > Lemuria"}},
		{"no country given", "[Jan Kos|PER] arrived on Monday. [Jan Kos|PER] said his country supported [Lemuria|LOC].", "support",
			map[string]string{"his": "Jan Kos"}, nil},
	}
	runResolvedCases(t, tests)
}

// TestTimeArgGuard checks that a time expression is no party attacked
// (descargs.go).
func TestTimeArgGuard(t *testing.T) {
	tests := []resolvedCase{
		{"a holiday tagged as an organisation", "[Lemuria|LOC] retaliated against [Christmas|ORG] trees last year.", "attack",
			nil, nil},
		{"a name", "[Lemuria|LOC] attacked [Zenda|LOC] last year.", "attack",
			nil, []string{"Lemuria > Zenda"}},
	}
	runResolvedCases(t, tests)
}

// TestTitleDescriptions checks that a capitalised title after "the" is
// the person the resolver gives for it, and that a title before a name
// or an "of" is not asked about (descargs.go).
func TestTitleDescriptions(t *testing.T) {
	tests := []resolvedCase{
		{"capitalised title", "Prime Minister [Ken Ward|PER] arrived on Monday. The Prime Minister met [Jan Kos|PER] in [Oslo|LOC].", "meet",
			map[string]string{"The Prime Minister": "Ken Ward"}, []string{"Ken Ward > Jan Kos"}},
		{"title with an office", "Home Secretary [Ann Gale|PER] spoke. Later the Home Secretary criticised [Lemuria|LOC] on Monday.", "criticize",
			map[string]string{"the Home Secretary": "Ann Gale"}, []string{"Ann Gale > Lemuria"}},
		{"a new office holder after of", "Prime Minister [Ken Ward|PER] arrived on Monday. The President of [Lemuria|LOC] met [Jan Kos|PER] in [Oslo|LOC].", "meet",
			map[string]string{"The President": "Ken Ward"}, []string{"Lemuria > Jan Kos"}},
	}
	runResolvedCases(t, tests)
}

// TestSourcesSaidThey checks that "they" after "X security sources said"
// is X, the body the sources speak for (interact.go's saidSubject).
func TestSourcesSaidThey(t *testing.T) {
	tests := []resolvedCase{
		{"security sources", "[Ruritanian|MISC] security sources said they had arrested three [Zenda|ORG] members in [Oslo|LOC].", "arrest",
			nil, []string{"Ruritanian > "}},
		{"sources", "[Ruritanian|MISC] sources said they had arrested three [Zenda|ORG] members in [Oslo|LOC].", "arrest",
			nil, []string{"Ruritanian > "}},
	}
	runResolvedCases(t, tests)
}

// TestDescriptionBeforeAnd checks that a description before "and" and a
// verb ends before "and" (descargs.go's clauseAnd), and that one before
// "and" and a noun phrase is read as before.
func TestDescriptionBeforeAnd(t *testing.T) {
	tests := []resolvedCase{
		{"and a verb", "[Jan Kos|PER] arrived. [Ann Gale|PER] discussed the peace process with the king and briefed him on the talks.", "meet",
			map[string]string{"the king": "Jan Kos"}, []string{"Ann Gale > Jan Kos"}},
		{"and a noun phrase", "The [Zenda Commission|ORG] calls on the government and the rebel [Zenda Front|ORG] to end the war.", "urge",
			map[string]string{"the government": "Zenda Commission"}, []string{"Zenda Commission > ", "Zenda Commission > Zenda Front"}},
	}
	runResolvedCases(t, tests)
}
