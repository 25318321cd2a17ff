package relation_test

import (
	"strings"
	"testing"
)

// TestHomeVerdict checks the guards on the pair model's lives_in (branch
// whoprec, docs/relations.md): an event's place or where someone is is no
// home, a person of a country is of that nationality, and a home stated
// with a word of dwelling stays one.
func TestHomeVerdict(t *testing.T) {
	tests := []pairCase{
		{"the place of a meeting", "[Lisa Moore|PER] met [Ken Ward|PER] in [Beijing|LOC] on Friday.", "lives_in", nil},
		{"the place of talks", "[Lisa Moore|PER] held talks with [Ken Ward|PER] in [Beijing|LOC] on Monday.", "lives_in", nil},
		{"the place of a meeting, later", "[Lisa Moore|PER] will meet [Ken Ward|PER] in [Geneva|LOC] next week.", "lives_in", nil},
		{"is elsewhere in", "[Ken Ward|PER] is elsewhere in [Zamora|LOC] preparing for the hearing.", "lives_in", nil},
		{"was still in", "[Ken Ward|PER] was still in [Zamora|LOC] last night.", "lives_in", nil},
		{"of a country", "The title went to [Ken Ward|PER] of [Russia|LOC] and his team-mate.", "lives_in", nil},
		{"of a country gives a nationality", "World champion [Ken Ward|PER] of [Russia|LOC] and her compatriot [Lisa Moore|PER] challenged him.", "nationality", []string{"Ken Ward > Russia"}},
		{"from a country", "Third-seeded [Ken Ward|PER] from [China|LOC] cruised through.", "nationality", []string{"Ken Ward > China"}},
		{"one of a country's", "[Ken Ward|PER], one of [Australia|LOC]'s best known politicians, gave evidence.", "nationality", []string{"Ken Ward > Australia"}},
		{"a country's title", "[Ken Ward|PER], [China|LOC]'s deputy representative to the agency, spoke.", "nationality", []string{"Ken Ward > China"}},
		{"a country's representative", "[Ken Ward|PER], [China|LOC]'s deputy representative to the agency, spoke.", "lives_in", nil},
		{"of a country, no home", "World champion [Ken Ward|PER] of [Russia|LOC] and her compatriot [Lisa Moore|PER] challenged him.", "lives_in", nil},
		{"in a country is no nationality", "[Ken Ward|PER] was little-known in [Britain|LOC] until 2003.", "nationality", nil},
		{"in a country stays a home (CoNLL04's reading)", "[Ken Ward|PER] was little-known in [Britain|LOC] until 2003.", "lives_in", []string{"Ken Ward > Britain"}},
		{"of a country, far from the person", "[Ken Ward|PER], head of the bank, the main partner of [Bangladesh|LOC], spoke.", "nationality", nil},
		{"a home in a country", "[Ken Ward|PER], who lives in [France|LOC], spoke.", "lives_in", []string{"Ken Ward > France"}},
		{"from a country, the rules' reading", "World No. 1 [Ken Ward|PER] from [China|LOC], and [Jan Kos|PER] enjoyed byes.", "nationality", []string{"Ken Ward > China"}},
		{"from a country, no home", "World No. 1 [Ken Ward|PER] from [China|LOC], and [Jan Kos|PER] enjoyed byes.", "lives_in", nil},
		{"a town stays a home", "[Ken Ward|PER], 45, of [Zamora|LOC], was arrested.", "lives_in", []string{"Ken Ward > Zamora"}},
	}
	runPairCases(t, tests)
}

// TestPlaceListDeterminer checks that a list of places whose last place
// has a determiner ("… and the United States") gives no place inside
// another (branch whoprec).
func TestPlaceListDeterminer(t *testing.T) {
	tests := []pairCase{
		{"the last with a determiner", "The talks involve the [DPRK|LOC], [China|LOC], [Japan|LOC], [Russia|LOC] and the [United States|LOC].", "located_in", nil},
		{"a town and its state stay", "The boy from [Irving|LOC], [Texas|LOC], and the family moved.", "located_in", []string{"Irving > Texas"}},
		{"a name split in two is no place in the one before", "The memorial in [Washington|LOC] [D.C.|LOC] has been closed to tourists.", "located_in", nil},
		{"nor is a court after its country", "He sued her in [U.S.|LOC] [District Court|LOC] in Pennsylvania.", "located_in", nil},
	}
	runPairCases(t, tests)
}

// TestPlaceBased checks that a province or region the tagger typed as an
// organisation is located in its country, not based there (branch
// whoprec).
func TestPlaceBased(t *testing.T) {
	tests := []pairCase{
		{"a province typed ORG", "He toured south [China|LOC]'s [Hainan Province|ORG] on Tuesday.", "located_in", []string{"Hainan Province > China"}},
		{"a province typed ORG, no based_in", "He toured south [China|LOC]'s [Hainan Province|ORG] on Tuesday.", "based_in", nil},
		{"a region split from its name", "Police in northwest [China|LOC]'s [Xinjiang|LOC] [Uygur Autonomous Region|ORG] made arrests.", "located_in", []string{"Xinjiang > China", "Uygur Autonomous Region > China"}},
		{"an agency stays based", "[Japan|LOC]'s [Meteorological Agency|ORG] said so.", "based_in", []string{"Meteorological Agency > Japan"}},
	}
	runPairCases(t, tests)
}

// TestPairAcrossQuote checks that the pair model relates no two names of
// which one is inside a quote and the other outside (branch whoprec).
func TestPairAcrossQuote(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a group in the quote, the speaker's title outside", "\"We condemn the raid by [Freedom Front|ORG],\" Prime Minister [Ken Ward|PER] told reporters.", []string{"Ken Ward > "}},
		{"both outside", "Prime Minister [Ken Ward|PER] of the [Freedom Front|ORG] told reporters.", []string{"Ken Ward > ", "Ken Ward > Freedom Front"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeQuoted(t, tc.text)
			got := pairs(doc, "role")
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("role: got %q, want %q (all: %+v)", got, tc.want, doc.Relations)
			}
		})
	}
}
