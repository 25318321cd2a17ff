package relation_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
)

// TestFallback checks the fallback tier (docs/relations.md) on sentences
// written for the test: want lists the relations of type typ as "subject
// > object", an empty want none.
func TestFallback(t *testing.T) {
	tests := []pairCase{
		{"relative after a passive agent", "The claims were denied by [Jan Kos|PER], who accused the [Tories|ORG] of panic.", "accuse", []string{"Jan Kos > Tories"}},
		{"a spokesman for a body", "A spokesman for [UKIP|ORG] called on [Tom Hay|PER] to quit.", "urge", []string{"UKIP > Tom Hay"}},
		{"the one urged is the infinitive's subject", "A spokesman for [UKIP|ORG] called on [Tom Hay|PER] to quit the [London Assembly|ORG].", "withdraw", []string{"Tom Hay > London Assembly"}},
		{"rejected a party's offer", "[Ken Ward|PER] has rejected a [Labour|ORG] offer.", "criticize", []string{"Ken Ward > Labour"}},
		{"nationality and title before the person", "[Jan Kos|PER] held talks Tuesday with [Ruritanian|MISC] party chief [Do Muoi|PER].", "meet", []string{"Jan Kos > Do Muoi"}},
		{"a force of a nationality", "[Ruritanian|MISC] army jeeps stormed the city of [Lemuria|LOC].", "attack", []string{"Ruritanian > Lemuria"}},
		{"in talks with after a verb", "[Mark Oaten|PER] has been locked in talks with [Ken Ward|PER].", "meet", []string{"Mark Oaten > Ken Ward"}},
		{"a possessive object of praise", "[Tom Hay|PER], chair of the [Rowing Club|ORG], praised Lord [Ken Ward|PER]'s courage.", "support", []string{"Tom Hay > Ken Ward"}},
		{"a passive of a possessive", "[Ken Ward|PER]'s case has been backed by [Lisa Moore|PER].", "support", []string{"Lisa Moore > Ken Ward"}},
		{"coordinated verbs share the subject", "[Ruritanian|MISC] troops shot and killed a [Hamas|ORG] gunman.", "kill", []string{"Ruritanian > a Hamas gunman"}},
		{"critical of", "[Lisa Moore|PER] was critical of [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"is opposed to", "[Lisa Moore|PER] is opposed to [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"carried out attacks", "[Hamas|ORG] has carried out rocket attacks against [Lemuria|LOC].", "attack", []string{"Hamas > Lemuria"}},
		{"told a meeting of", "[Ian Blair|PER] told a meeting of the [Police Authority|ORG] it was unwise.", "meet", []string{"Ian Blair > Police Authority"}},
		{"a willingness to", "[Norway|LOC]'s willingness to support [Lisa Moore|PER] grew.", "support", []string{"Norway > Lisa Moore"}},
		{"state visits to a list", "[Jan Kos|PER] will pay state visits to [Norway|LOC], [Sweden|LOC] and [Spain|LOC].", "visit", []string{"Jan Kos > Norway", "Jan Kos > Sweden", "Jan Kos > Spain"}},
		{"a person of a country pays a visit", "Prime Minister [John Howard|PER] of [Australia|LOC] will pay an official visit to [China|LOC].", "visit", []string{"John Howard > China"}},
		{"at the invitation of, opening", "At the invitation of Premier [Wen Jiabao|PER], [John Howard|PER] will visit [China|LOC].", "invite", []string{"Wen Jiabao > John Howard"}},
		{"at the invitation of a list", "[Jan Kos|PER] will visit [Spain|LOC] at the invitation of [Lisa Moore|PER] and [Ken Ward|PER].", "invite", []string{"Lisa Moore > Jan Kos", "Ken Ward > Jan Kos"}},
		{"not a dateline's place", "OSLO, Nov. 10 ([Xinhua|ORG]) -- [Jan Kos|PER] will visit [Spain|LOC] at the invitation of [Ken Ward|PER].", "invite", []string{"Ken Ward > Jan Kos"}},
		{"pledged to support", "[Ken Ward|PER] has pledged to support [Lisa Moore|PER] as the nominee.", "support", []string{"Ken Ward > Lisa Moore"}},
		{"who came out and endorsed", "The plan won over [Ken Ward|PER], who came out and endorsed [Lisa Moore|PER] on Tuesday.", "support", []string{"Ken Ward > Lisa Moore"}},
		{"said, and accused", "Party leader [Ken Ward|PER] said the plan was weak, and accused [Lisa Moore|PER] of panic.", "accuse", []string{"Ken Ward > Lisa Moore"}},
		{"took on", "[Ken Ward|PER] took on [Lisa Moore|PER] on Sunday.", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"for X to", "It was wrong for [Ken Ward|PER] to criticize [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"shot dead by soldiers", "A leader of [Hamas|ORG] was shot dead Wednesday by [Ruritanian|MISC] soldiers.", "kill", []string{"Ruritanian > A leader of Hamas"}},
		{"a participle after the opening subject", "Suspected [Tiger|ORG] rebels blew up a tractor, killing seven security personnel.", "kill", []string{"Tiger > seven security personnel"}},
		{"coordinated participles", "[Ken Ward|PER] was kidnapped and killed by [Tiger|ORG] rebels.", "kill", []string{"Tiger > Ken Ward"}},
		{"came under fire from", "[Ken Ward|PER] came under fire from [Lisa Moore|PER] on Monday.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"won the backing of", "[Ken Ward|PER] has won the backing of the [Teamsters|ORG].", "support", []string{"Teamsters > Ken Ward"}},
		{"threw his weight behind", "[Lisa Moore|PER] threw her weight behind [Ken Ward|PER].", "support", []string{"Lisa Moore > Ken Ward"}},
		{"paid tribute to", "[Lisa Moore|PER] paid tribute to [Ken Ward|PER].", "support", []string{"Lisa Moore > Ken Ward"}},
		{"took issue with", "[Lisa Moore|PER] took issue with [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"and agreed", "[Japan|LOC] and the [United States|LOC] agreed on Monday that the talks must go on.", "agree", []string{"Japan > United States"}},
		{"fired rockets into", "[Hamas|ORG] fired rockets into [Lemuria|LOC] on Sunday.", "attack", []string{"Hamas > Lemuria"}},
		{"retreated from", "[Tiger|ORG] fighters retreated from [Jaffna|LOC].", "withdraw", []string{"Tiger > Jaffna"}},
		{"cut ties with", "[Norway|LOC] cut ties with [Ruritania|LOC] in May.", "sanction", []string{"Norway > Ruritania"}},
		{"hit out at", "[Ken Ward|PER] hit out at [Lisa Moore|PER] on Sunday.", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"said X was behind", "[Ken Ward|PER] said the [Tigers|ORG] were behind the bombing.", "accuse", []string{"Ken Ward > Tigers"}},
		{"claimed X was responsible for", "[Lemuria|LOC] claimed that [Ruritania|LOC] was responsible for the blast.", "accuse", []string{"Lemuria > Ruritania"}},
		{"arrived here", "[OSLO|LOC], Nov. 10 -- President [Ken Ward|PER] arrived here Monday for a state visit.", "visit", []string{"Ken Ward > OSLO"}},
		{"scare quotes", "[Saeb Erakat|PER] \"strongly condemned\" the attack on [Rafah|LOC].", "criticize", []string{"Saeb Erakat > the attack"}},
		{"another activist", "[Norway|LOC] has arrested another [Jihad|ORG] activist.", "arrest", []string{"Norway > another Jihad activist"}},
		{"fired on demonstrators", "[Lemurian|MISC] troops fired on unarmed demonstrators.", "attack", []string{"Lemurian > unarmed demonstrators"}},
		{"an organisation which", "He was a member of the [Popular Committees|ORG], an umbrella group which has carried out rocket attacks against [Lemuria|LOC].", "attack", []string{"Popular Committees > Lemuria"}},
		{"which was behind an attack on", "He worked with the [Jihad|ORG] movement which was behind a suicide bombing on a shopping mall.", "attack", []string{"Jihad > a shopping mall"}},
		{"a resolution critical of", "The [European Union|ORG] has sponsored a resolution critical of [Lemuria|LOC] every year.", "criticize", []string{"European Union > Lemuria"}},
		{"accused of planning military action", "[Norway|LOC] accuses [Sweden|LOC] of planning military action against [Lemuria|LOC].", "attack", []string{"Sweden > Lemuria"}},
		// what the tier must not read
		{"not legal action", "[Norway|LOC] accuses [Sweden|LOC] of planning legal action against [Lemuria|LOC].", "attack", nil},
		{"not the reporter's own", "The [Tigers|ORG] were behind the bombing, [Ken Ward|PER] wrote in his memoir.", "accuse", nil},
		{"not a noun after a nationality", "Spain will play [African|MISC] champions [Tunisia|LOC].", "support", nil},
		{"not hits", "[Ken Ward|PER] hits [New York|LOC] in August.", "criticize", nil},
		{"not a boycott", "The [Unity Party|ORG] has been boycotting the [House|ORG].", "sanction", nil},
		{"not a shot person's words", "[Ken Ward|PER] shot [Lisa Moore|PER] in 1990.", "criticize", nil},
		{"not a participle of another clause", "[Hamas|ORG] accused [Fatah|ORG] loyalists of plotting after a convoy came under fire, killing two guards.", "kill", nil},
		{"not a place that kills", "The bombing in [Lemuria|LOC], which killed two people, was condemned.", "kill", nil},
		{"not wanting", "[Lisa Moore|PER] wanted [Ken Ward|PER] to win.", "urge", nil},
		{"not an infinitive's controller", "The [European Union|ORG] wants the court to censure [Ruritania|LOC].", "criticize", []string{"the court > Ruritania"}}, // the court's, not the EU's (branch groupargs)
		{"not a bare noun before a name", "[Lisa Moore|PER] accused reporters [Ken Ward|PER] had hired.", "accuse", nil},
		{"not a place that witnesses", "[Fallujah|LOC] has witnessed frequent attacks against [Lemuria|LOC] forces.", "attack", nil},
		{"not it", "[Lisa Moore|PER] said [Ruritania|LOC] was a mess, and [Ken Ward|PER] opposed extending it.", "criticize", nil},
		{"not a possessive after press", "[Ken Ward|PER] will press [Norway|LOC]'s view on whaling.", "urge", nil},
		{"not a modal noun", "The attack was planned by [Lisa Moore|PER] and [Ken Ward|PER].", "attack", nil},
	}
	runPairCases(t, tests)
}

// TestFallbackHeadline checks that the tier reads headlines too.
func TestFallbackHeadline(t *testing.T) {
	doc := analyzeText(t, "[Ken Ward|PER] rejects [Labour|ORG] offer\n\nThe story goes on.")
	head := strings.Index(doc.Text, "\n")
	doc.Regions = []document.Region{
		{Kind: document.RegionHeadline, Span: document.Span{Start: 0, End: head}},
		{Kind: document.RegionBody, Span: document.Span{Start: head + 2, End: len(doc.Text)}},
	}
	doc.Relations = relation.Find(doc, nil)
	if got, want := strings.Join(pairs(doc, "criticize"), "; "), "Ken Ward > Labour"; got != want {
		t.Errorf("criticize: got %q, want %q", got, want)
	}
}

// TestLivesInEvidence checks that the pair model's lives_in needs words
// that can say where someone lives.
func TestLivesInEvidence(t *testing.T) {
	for _, text := range []string{
		"One of [Ruritania|LOC]'s most powerful figures will meet President [Ken Ward|PER] on Friday.",
		"[Jan Kos|PER] met visiting Prime Minister [Ken Ward|PER] in [Oslo|LOC].",
		"[Ken Ward|PER], speaking in [Oslo|LOC], said no.",
		"[OSLO|LOC], Nov. 10 -- President [Ken Ward|PER] said no.",
		"[Jan Kos|PER] said he still hoped to sit down with [Ken Ward|PER] in [Oslo|LOC] on June 12, as planned.",
		"[Jan Kos|PER] said he still hoped to sit down with [Kim Ward|PER] in [Norway|LOC] on June 12.",
	} {
		doc := analyzeText(t, text)
		if got := pairs(doc, "lives_in"); len(got) != 0 {
			t.Errorf("%s: lives_in %q, want none", text, got)
		}
	}
}

// TestDescribedNotLeader checks that a sentence-opening description of
// an official is not read as the country's leader.
func TestDescribedNotLeader(t *testing.T) {
	doc := analyzeText(t, "[Kim Sol|PER] and [Pak Ho|PER] spoke.\n\nA senior [Norwegian|MISC] official will visit [Lemuria|LOC] on Friday.")
	for i := range doc.Entities {
		switch doc.Entities[i].Name {
		case "Kim Sol":
			doc.Entities[i].Descriptions = []string{"Norwegian leader"}
		case "Pak Ho":
			doc.Entities[i].Descriptions = []string{"a Norwegian spy chief"}
		}
	}
	doc.Relations = relation.Find(doc, nil)
	if got, want := strings.Join(pairs(doc, "visit"), "; "), "Pak Ho > Lemuria"; got != want {
		t.Errorf("visit: got %q, want %q", got, want)
	}
}
