package relation_test

import (
	"strings"
	"testing"
)

// TestFallback2 checks the fallback tier's second round (branch rel8b,
// docs/relations.md) on sentences written for the test: want lists the
// relations of type typ as "subject > object", an empty want none.
func TestFallback2(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            []string
	}{
		{"coordinated subjects with titles", "Vermont Gov. [Peter Shumlin|PER] and Sen. [Patrick Leahy|PER] as well as former Gov. [Howard Dean|PER] have endorsed [Lisa Moore|PER].", "support",
			[]string{"Patrick Leahy > Lisa Moore", "Peter Shumlin > Lisa Moore", "Howard Dean > Lisa Moore"}},
		{"a listed group meets", "[Ken Ward|PER], [Lisa Moore|PER] and [Jan Kos|PER] will also hold a separate meeting.", "meet",
			[]string{"Lisa Moore > Jan Kos", "Ken Ward > Jan Kos", "Ken Ward > Lisa Moore"}},
		{"coordinated countries condemn", "[Norway|LOC] and [Sweden|LOC] condemned [Ruritania|LOC] on Monday.", "criticize",
			[]string{"Sweden > Ruritania", "Norway > Ruritania"}},
		{"shelling killed", "[Israeli|MISC] shelling in response to [Hamas|ORG] attacks killed three [Lebanese|MISC] civilians.", "kill",
			[]string{"Israeli > three Lebanese civilians"}},
		{"attacks by X killed", "Attacks against the zone, mainly by the [Iranian|MISC]-backed [Hezbollah|ORG], have also killed 13 members of the militia.", "kill",
			[]string{"Hezbollah > 13 members"}},
		{"an attack that killed", "The [UN|ORG] condemned an [Israeli|MISC] attack in the town that killed at least 19 [Palestinian|MISC] civilians.", "kill",
			[]string{"Israeli > at least 19 Palestinian civilians"}},
		{"claimed responsibility for bombings on", "[Hamas|ORG] claimed responsibility for the suicide bombings on three hotels.", "attack",
			[]string{"Hamas > three hotels"}},
		{"slammed, a doubled consonant", "[Ken Ward|PER] slammed [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"regretted the US veto", "[Jan Kos|PER] regretted the [US|LOC] veto against the draft.", "criticize", []string{"Jan Kos > US"}},
		{"the record of a list", "The [EU|ORG] criticised the human rights record of [Burma|LOC], [Zaire|LOC] and [Iraq|LOC].", "criticize",
			[]string{"EU > Burma", "EU > Zaire", "EU > Iraq"}},
		{"a decision by", "[Lisa Moore|PER] deplored a recent decision by [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"miffed over", "[Ken Ward|PER] was still publicly miffed over [Lisa Moore|PER]'s lack of support.", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"angry with", "[Ken Ward|PER] is angry with [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"a squad bombed a bus", "On Nov. 14, a [JMB|ORG] suicide squad bombed a court microbus in the district.", "attack", []string{"JMB > a court microbus"}},
		{"killing after the clause's attack", "On Nov. 14, a [JMB|ORG] suicide squad bombed a court microbus in the district, killing two senior assistant judges.", "kill",
			[]string{"JMB > two senior assistant judges"}},
		{"shot dead", "[Ruritanian|MISC] soldiers shot dead two [Hamas|ORG] militants.", "kill", []string{"Ruritanian > two Hamas militants"}},
		{"a complaint filed against X by Y", "The deal follows a complaint filed against the [Riggs Bank|ORG] by [Spanish|MISC] Judge [Baltasar Garzon|PER].", "accuse",
			[]string{"Baltasar Garzon > Riggs Bank"}},
		{"sanctions imposed on X by Y", "New sanctions imposed on [Ruritania|LOC] by the [EU|ORG] took effect.", "sanction", []string{"EU > Ruritania"}},
		{"a lecture tour of a place", "[Cherie Blair|PER] spoke during a [United States|LOC] lecture tour.", "visit", []string{"Cherie Blair > United States"}},
		{"told a visiting minister", "[Li Peng|PER] told visiting [French|MISC] Defense Minister [Charles Millon|PER] that the decision was wise.", "meet",
			[]string{"Li Peng > Charles Millon"}},
		{"visit a community in a city", "[Ken Ward|PER] is due to visit the local community in [Bergen|LOC] on Tuesday.", "visit", []string{"Ken Ward > Bergen"}},
		{"object control over a relative clause, coordinated infinitive", "The [Congress|ORG] wants the [United Front|ORG], which faces a vote on April 11, to step aside and back a [Congress|ORG] government.", "support",
			[]string{"United Front > Congress"}},
		{"forced X to withdraw", "[Norway|LOC] forced [Sweden|LOC] to withdraw from [Lemuria|LOC].", "withdraw", []string{"Sweden > Lemuria"}},
		{"to show support to a possessive, a purpose", "[Condoleezza Rice|PER] arrived here Monday evening to show support to [Jordan|LOC]'s anti-terror campaign.", "support",
			[]string{"Condoleezza Rice > Jordan"}},
		{"in solidarity with the people of", "[Ken Ward|PER] stands in solidarity with the people of [Jordan|LOC].", "support", []string{"Ken Ward > Jordan"}},
		{"ministers of a body agreed to go ahead with resolutions", "[European Union|ORG] foreign ministers agreed Monday to go ahead with [UN|ORG] resolutions criticising the human rights record of [Burma|LOC] and [Iran|LOC].", "criticize",
			[]string{"European Union > Burma", "European Union > Iran"}},
		{"voiced displeasure with some of", "[Paul Ryan|PER] voiced displeasure with some of [Donald Trump|PER]'s proposals on immigration.", "criticize", []string{"Paul Ryan > Donald Trump"}},
		{"poked at", "[Howard Dean|PER], a former chairman, poked at [Donald Trump|PER]'s persistent sniffing.", "criticize", []string{"Howard Dean > Donald Trump"}},
		{"has shown a willingness to", "[Donald Trump|PER] has shown a very troubling willingness to back up [Vladimir Putin|PER].", "support", []string{"Donald Trump > Vladimir Putin"}},
		{"and to praise", "For [Donald Trump|PER] to both encourage that and to praise [Vladimir Putin|PER] is wrong.", "support", []string{"Donald Trump > Vladimir Putin"}},
		{"an attack in a place", "The [UN|ORG] condemned an [Israeli|MISC] attack in [Beit Hanoun|LOC] that killed 19 [Palestinian|MISC] civilians.", "attack",
			[]string{"Israeli > Beit Hanoun"}},
		{"an attack in a place that killed", "The [UN|ORG] condemned an [Israeli|MISC] attack in [Beit Hanoun|LOC] that killed 19 [Palestinian|MISC] civilians.", "kill",
			[]string{"Israeli > 19 Palestinian civilians"}},
		{"a listed group holds a meeting", "[Donald Trump|PER], [Paul Ryan|PER] and [Republican National Committee|ORG] Chairman [Reince Priebus|PER] will also hold a separate meeting.", "meet",
			[]string{"Donald Trump > Paul Ryan", "Donald Trump > Reince Priebus", "Paul Ryan > Reince Priebus"}},
		{"attended a party's meeting", "[Nick Betts|PER] attended a [BNP|ORG] meeting.", "meet", []string{"Nick Betts > BNP"}},
		{"a branch of an organisation acts", "[Al-Qaida|ORG] branch in [Iraq|LOC] claimed responsibility for the suicide bombings on three hotels.", "attack",
			[]string{"Al-Qaida > three hotels"}},
		{"resigned as a body's chairman", "[Nick Betts|PER] has also resigned as [UKIP|ORG]'s branch chairman.", "withdraw", []string{"Nick Betts > UKIP"}},
		{"stepped down as chairman of", "[Nick Betts|PER] stepped down as chairman of the [Rowing Club|ORG].", "withdraw", []string{"Nick Betts > Rowing Club"}},
		{"X and the Y are in agreement", "[Japan|LOC] and the [United States|LOC] are in agreement that the resolution must be implemented.", "agree",
			[]string{"Japan > United States"}},
		{"threatened to attack", "[Norway|LOC] threatened to attack [Ruritania|LOC].", "threaten", []string{"Norway > Ruritania"}},
		{"called on X to withdraw its troops from", "[Ken Ward|PER] called on [Norway|LOC] to withdraw its troops from [Lemuria|LOC].", "withdraw", []string{"Norway > Lemuria"}},
		{"expelled diplomats", "[Norway|LOC] expelled two [Ruritanian|MISC] diplomats.", "sanction", []string{"Norway > Ruritanian"}},
		{"visited troops in a place", "[Ken Ward|PER] visited troops in [Iraq|LOC].", "visit", []string{"Ken Ward > Iraq"}},
		{"the two leaders agreed", "[Hu Jintao|PER] met [Shinzo Abe|PER] in [Hanoi|LOC] on Saturday. The two leaders agreed to improve ties.", "agree",
			[]string{"Hu Jintao > Shinzo Abe"}},
		{"the two countries have signed", "[Norway|LOC] accused [Ruritania|LOC] of spying. The two countries have signed a treaty.", "agree",
			[]string{"Norway > Ruritania"}},
		{"came under heavy criticism from", "[Ken Ward|PER] came under heavy criticism from [Jan Kos|PER].", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"claimed responsibility for the killing of", "[Hamas|ORG] claimed responsibility for the killing of [Ken Ward|PER].", "kill", []string{"Hamas > Ken Ward"}},
		{"met with both leaders expressing", "[Chinese|MISC] President [Hu Jintao|PER] and [Japanese|MISC] Prime Minister [Shinzo Abe|PER] met here on Saturday with both leaders expressing hope.", "meet",
			[]string{"Hu Jintao > Shinzo Abe"}},
		{"called X's remarks troubling", "[Hillary Clinton|PER] called [Donald Trump|PER]'s remarks \"troubling\".", "criticize", []string{"Hillary Clinton > Donald Trump"}},
		{"described X as a caricature", "[Howard Dean|PER] described [Donald Trump|PER] as a \"caricature\" of a candidate.", "criticize", []string{"Howard Dean > Donald Trump"}},
		{"called X a hero", "[Ken Ward|PER] called [Jan Kos|PER] a hero.", "support", []string{"Ken Ward > Jan Kos"}},
		{"calling after the clause's subject", "[Jeb Bush|PER] also attacked [Donald Trump|PER], with whom he clashed, calling him a liar.", "criticize",
			[]string{"Jeb Bush > Donald Trump"}},
		{"slammed a proposal", "[Hillary Clinton|PER] slammed the proposal as \"reprehensible\".", "criticize", []string{"Hillary Clinton > the proposal"}},
		// what the rules must not read
		{"not the denial of a claim", "[Kellyanne Conway|PER] rejected the idea that the changes amounted to a shake-up.", "criticize", nil},
		{"not a noun phrase of no statement", "[Ken Ward|PER] slammed the door.", "criticize", nil},
		{"not criticism over a topic", "[Barack Obama|PER] faced public criticism over his [Oval Office|LOC] address.", "criticize", nil},
		{"not jabbing a finger", "[Ken Ward|PER] was jabbing her finger at an activist of [Lisa Moore|PER].", "criticize", nil},
		{"not a phone call", "[Ken Ward|PER] called [Jan Kos|PER] on Monday to say sorry.", "criticize", nil},
		{"not raped", "[Ken Ward|PER] raped [Lisa Moore|PER], she said.", "criticize", nil},
		{"not a place before a title", "[Ben Carson|PER] kept slamming the [Texas|LOC] senator.", "criticize", nil},
		{"not responsibility for a killing in a place", "[Hamas|ORG] claimed responsibility for the killing in [Oslo|LOC].", "kill", nil},
		{"not a name modifying a noun after several of", "[Gavin Henson|PER] slammed several of his [Wales|LOC] team-mates.", "criticize", nil},
		{"not the two nations agreed that", "[Hu Jintao|PER] met [Shinzo Abe|PER] in [Hanoi|LOC]. The two leaders agreed that the talks went well.", "agree", nil},
		{"not the two leaders without a pair before", "The two leaders agreed to improve ties.", "agree", nil},
		{"not the two leaders of a sentence long ago", "[Hu Jintao|PER] met [Shinzo Abe|PER]. It rained. The sun shone. Then it rained again. The two leaders agreed to meet.", "agree", nil},
		{"not a threat to meet", "[Norway|LOC] threatened to meet [Ken Ward|PER].", "threaten", nil},
		{"not a visit of a phrase after a name", "[Ken Ward|PER] visited [Jan Kos|PER] and friends in [Oslo|LOC].", "visit", []string{"Ken Ward > Jan Kos"}},
		{"not a list after the verb", "A fleet arrived on Tuesday after visiting four ports in the [United States|LOC], [Canada|LOC] and the [Philippines|LOC].", "visit", nil},
		{"not resigned as a member", "[Nick Betts|PER] resigned as a member of staff.", "withdraw", nil},
		{"not an attack across a conjunction", "Two men were killed in attacks in northern [Iraq|LOC] while mortar strikes in [Baghdad|LOC] injured four civilians.", "attack", nil},
		{"not one person holding a meeting", "[Paul Ryan|PER] will hold a separate meeting.", "meet", nil},
		{"not the wrong verb's subject", "[Ken Ward|PER] wanted to show support to [Lisa Moore|PER] but [Jan Kos|PER] arrived Monday to praise [Tom Hay|PER].", "support",
			[]string{"Ken Ward > Lisa Moore", "Jan Kos > Tom Hay"}},
		{"not a bare base form after and", "[Ken Ward|PER] said he would stay and [Lisa Moore|PER] and others back [Jan Kos|PER].", "support", nil},
		{"not a visiting team", "[Ken Ward|PER] told visiting fans to stay calm.", "meet", nil},
		{"not a deployment", "[Italian|MISC] soldiers served in the [Iraq|LOC] mission.", "visit", nil},
		{"not a tour of a dateline", "[OSLO|LOC], Nov. 10 -- The band began its tour.", "visit", nil},
		{"not a list after a preposition", "In [Oslo|LOC], [Ken Ward|PER] and [Lisa Moore|PER] praised [Jan Kos|PER].", "support",
			[]string{"Lisa Moore > Jan Kos", "Ken Ward > Jan Kos"}},
		{"not commas alone", "[Ken Ward|PER], [Lisa Moore|PER] praised [Jan Kos|PER].", "support", []string{"Lisa Moore > Jan Kos"}},
		{"not a list far from its verb", "[Ken Ward|PER] and [Lisa Moore|PER] said [Jan Kos|PER] praised [Tom Hay|PER].", "support", []string{"Jan Kos > Tom Hay"}},
		{"not vague people", "[Israel|LOC]'s offensive killed 175 people.", "kill", nil},
		{"not an attack noun inside a phrase", "Protests against [Hamas|ORG] attacks killed two people.", "kill", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeText(t, tc.text)
			got := pairs(doc, tc.typ)
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%s: got %q, want %q (all: %+v)", tc.typ, got, tc.want, doc.Relations)
			}
		})
	}
}
