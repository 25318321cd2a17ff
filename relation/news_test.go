package relation_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
)

// TestNewsPatterns checks the patterns added for recall on news (issue 8,
// docs/relations.md) on sentences written for the test: want lists the
// relations of type typ as "subject > object" (object text for a phrase),
// an empty want none.
func TestNewsPatterns(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            []string
	}{
		// noun triggers framed by a preposition: the clause's subject acts
		{"following talks", "At a press conference following talks with [Olaf Scholz|PER], [Mark Rutte|PER] said the plan was sound.", "meet", []string{"Mark Rutte > Olaf Scholz"}},
		{"on arrival", "[Anna Berg|PER] said on arrival in the Swedish capital [Stockholm|LOC] that she was tired.", "visit", []string{"Anna Berg > Stockholm"}},
		{"after a visit", "[Jacinda Ardern|PER] spoke warmly after a visit to [Tokyo|LOC].", "visit", []string{"Jacinda Ardern > Tokyo"}},
		{"framed, a relative clause", "During a meeting with [Wu Yi|PER], which was held in a positive atmosphere, [Jan Kos|PER] stressed unity.", "meet", []string{"Jan Kos > Wu Yi"}},
		{"is in talks with", "The [United States|LOC] is also in talks with [Romania|LOC] over its bases.", "meet", nil}, // countries: of whom?
		{"in negotiations with", "[Jan Kos|PER] is in negotiations with [Ken Ward|PER] over the deal.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"framed, no actor", "After talks with [Olaf Scholz|PER], the plan was dropped.", "meet", nil},
		{"framed, the visit of whom", "During the visit to [Tokyo|LOC], [Anna Berg|PER] met no one.", "visit", nil},
		// relative clauses and participles
		{"which are supported by", "[Atlantis|LOC] threatens [Lemuria|LOC] and [Mu|LOC], which are supported by [Ruritania|LOC].", "support", []string{"Ruritania > Mu", "Ruritania > Lemuria"}},
		{"reduced relative", "She criticised a law backed by [Ken Ward|PER] last year.", "support", []string{"Ken Ward > a law"}},
		{"not a reduced relative", "The plan was quickly backed by [Ken Ward|PER].", "support", []string{"Ken Ward > The plan"}},
		{"participle after the sentence's subject", "The [Ruritanian|MISC] government denied any role in the blast, accusing the [Atlantean|MISC] army of it.", "accuse", []string{"Ruritanian > Atlantean"}},
		{"not after an auxiliary", "[Ruritania|LOC] coach [Ken Ward|PER], who signed him in June, is supporting the player.", "support", []string{"Ken Ward > the player"}}, // not "Ruritania"
		{"slams, praises", "[Lisa Moore|PER] slams [Ken Ward|PER], praises [Sarah Kemp|PER].", "support", []string{"Lisa Moore > Sarah Kemp"}},
		// actors before a noun, gerunds with their subject
		{"sanctions with a pre-modifier", "Lifting [U.S.|LOC] financial sanctions against [Ruritania|LOC] is not planned.", "sanction", []string{"U.S. > Ruritania"}},
		{"condemnation with a possessive", "[Norway|LOC]'s strong condemnation of [Ruritania|LOC] surprised many.", "criticize", []string{"Norway > Ruritania"}},
		{"no pre-modifier actor for a visit", "A [Norway|LOC] trade visit to [Ruritania|LOC] ended.", "visit", nil},
		{"gerund after a preposition", "Readers wrote about [Ken Ward|PER] meeting with [Lisa Moore|PER].", "meet", []string{"Ken Ward > Lisa Moore"}},
		// the sentence's subject for a finite verb after a comma or "and"
		{"after an appositive relative", "The [Lemurians|MISC], who declared independence in 1991, drove out [Atlantean|MISC] troops.", "attack", []string{"Lemurians > Atlantean"}},
		{"coordinated far from the subject", "[Lisa Moore|PER] appeared with [Sam Kerr|PER] on television and officially endorsed [Ken Ward|PER].", "support", []string{"Lisa Moore > Ken Ward"}},
		{"not in a relative clause", "[Lisa Moore|PER] said the bill, which Labour drafted, and the party's plan would back [Ken Ward|PER].", "support", nil},
		{"not a base form", "On Monday, [Breitbart Daily|ORG] aired, host and chairman [Ken Ward|PER] said.", "meet", nil},
		{"not an infinitive", "[Lisa Moore|PER] asked voters, in a letter, to back [Ken Ward|PER].", "support", nil},
		// light verbs, times inside a noun phrase
		{"made stops in", "That day [Lisa Moore|PER] made two campaign stops in [Ohio|LOC].", "visit", []string{"Lisa Moore > Ohio"}},
		{"began a visit to", "[Jan Kos|PER] began a three-day visit to [Japan|LOC] on Monday.", "visit", []string{"Jan Kos > Japan"}},
		{"attended a meeting with", "[Jan Kos|PER] attended a meeting with [Ken Ward|PER] in [Oslo|LOC].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"has requested talks with", "[Norway|LOC] has requested urgent talks with [Jan Kos|PER].", "meet", []string{"Norway > Jan Kos"}},
		{"voiced support for", "[Norway|LOC] voiced strong support for [Jan Kos|PER] on Monday.", "support", []string{"Norway > Jan Kos"}},
		{"expressed criticism of", "[Jan Kos|PER] expressed criticism of [Ken Ward|PER].", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"providing support to", "The [IMF|ORG] is providing financial support to [Ruritania|LOC].", "support", []string{"IMF > Ruritania"}},
		{"X's tourism authorities", "[Jan Kos|PER] will meet [Ruritania|LOC]'s tourism authorities.", "meet", []string{"Jan Kos > Ruritania"}},
		{"urged the two sides", "[Norway|LOC] urged the two sides to talk.", "urge", []string{"Norway > the two sides"}},
		{"even arresting", "[Jan Kos|PER] stopped a march, even arresting [Ken Ward|PER] briefly.", "arrest", []string{"Jan Kos > Ken Ward"}},
		{"a stop, no actor", "A stop in [Ohio|LOC] was planned.", "visit", nil},
		{"talks Tuesday with", "[Jan Kos|PER]'s talks Tuesday with [Ken Ward|PER] went well.", "meet", []string{"Jan Kos > Ken Ward"}},
		// the actor of a control noun is the infinitive's subject
		{"a move to", "[Ken Ward|PER] opposed a [European Union|ORG] move to censure [Ruritania|LOC].", "criticize", []string{"Ken Ward > a European Union move", "European Union > Ruritania"}},
		{"the decision by X not to", "The decision by [Norway|LOC] not to support [Lisa Moore|PER] was welcomed.", "support", []string{"Norway > Lisa Moore"}},
		{"X's bid to", "[Ruritania|LOC]'s bid to join [NATO|ORG] failed.", "support", nil},
		{"refusal to", "They protested the [FBI|ORG]'s refusal to prosecute [Ken Ward|PER].", "arrest", []string{"FBI > Ken Ward"}},
		{"no control noun", "The [European Union|ORG] wants the court to censure [Ruritania|LOC].", "criticize", []string{"the court > Ruritania"}}, // the court's, not the EU's (branch groupargs)
		// a common noun before a person's name is their title
		{"contender X", "[Lisa Moore|PER] accused [Republican|MISC] contender [Ken Ward|PER] of lying.", "accuse", []string{"Lisa Moore > Ken Ward"}},
		{"not a plural noun", "[Lisa Moore|PER] accused reporters [Ken Ward|PER] had hired.", "accuse", nil},
		// property nouns, nouns after a determiner
		{"hacked into X computers", "[Lisa Moore|PER] said [Ruritanian|MISC] intelligence services hacked into [DNC|ORG] computers.", "attack", []string{"Ruritanian > DNC"}},
		{"a name modifying a noun; a proposal attacked is criticised", "[Norway|LOC] attacked a [European Union|ORG] proposal.", "criticize", []string{"Norway > a European Union proposal"}},
		{"the target is no verb", "The target of [Norway|LOC] was [Ruritania|LOC].", "attack", nil},
		{"targeting is no attack", "An ad in [Iowa|LOC] targeting [Ken Ward|PER] ran on Monday.", "attack", nil},
		{"a reduced relative with a nationality", "[Jan Kos|PER] heads a government backed by an [Atlantean|MISC] parliament majority.", "support", nil},
		{"withdrew its backing", "The [Green Party|ORG] withdrew its backing on Monday.", "withdraw", nil},
		// a pronoun opening a speech verb's complement is its subject
		{"police said they", "[Ruritanian|MISC] police said they had arrested [Jan Kos|PER].", "arrest", []string{"Ruritanian > Jan Kos"}},
		{"X said it", "[Norway|LOC] said it would sanction [Ruritania|LOC].", "sanction", []string{"Norway > Ruritania"}},
		// (a party named by its role: phrasesubj.go)
		{"police said they, at the start", "Police said they had arrested [Jan Kos|PER].", "arrest", []string{"Police > Jan Kos"}},
		{"said they, at the start", "said they had arrested [Jan Kos|PER].", "arrest", nil},
		{"not he for a country", "[Norway|LOC] said he would sanction [Ruritania|LOC].", "sanction", nil},
		// lists after "between"
		{"between A and B", "Talks between [Jan Kos|PER] and [Ken Ward|PER] resumed.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"between A, B and C", "A meeting between [Jan Kos|PER], [Ken Ward|PER] and [Lisa Moore|PER] ended.", "meet", []string{"Jan Kos > Ken Ward", "Jan Kos > Lisa Moore", "Ken Ward > Lisa Moore"}},
		{"between A and the B", "Talks between [Norway|LOC] and the [United States|LOC] began.", "meet", []string{"Norway > United States"}}, // two named countries meet (branch relrecall; before: "of whom?")
		{"between A and the B, people", "Talks between [Jan Kos|PER] and the [Ruritanian|MISC] delegation began.", "meet", []string{"Jan Kos > Ruritanian"}},
		{"visits between", "Visits between [Norway|LOC] and [Ruritania|LOC] resumed.", "visit", nil},
		{"between titled A and B", "A summit between President [Jan Kos|PER] and [Ruritanian|MISC] Prime Minister [Ken Ward|PER] was put off.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"between A, B", "A meeting between [Jan Kos|PER], [Ken Ward|PER] ended.", "meet", nil},
		// the accused does what the gerund says
		{"accused of", "[Lisa Moore|PER] has been accused of attacking [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"denied", "[Norway|LOC] denied attacking [Ruritania|LOC].", "attack", []string{"Norway > Ruritania"}},
		{"accused X of", "[Norway|LOC] accused [Ruritania|LOC] of attacking [Lemuria|LOC].", "attack", []string{"Ruritania > Lemuria"}},
		{"then Minister X", "On 13 March [Jan Kos|PER] met then Home Office Minister [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"demanded X quit", "The [Liberals|ORG] demanded [Ken Ward|PER] quit.", "urge", []string{"Liberals > Ken Ward"}},
		{"demanded a phrase", "The [Liberals|ORG] demanded the release of prisoners.", "urge", nil},
		{"for talks with", "[Jan Kos|PER] left for [Japan|LOC] on Monday for talks with [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"left for", "[Jan Kos|PER] left for [Japan|LOC] on Monday for talks with [Ken Ward|PER].", "visit", []string{"Jan Kos > Japan"}},
		{"when meeting", "[Jan Kos|PER] said this when meeting with [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"X's King Y", "[Jan Kos|PER] arrived for talks with [Jordan|LOC]'s King [Abdullah II|PER].", "meet", []string{"Jan Kos > Abdullah II"}},
		{"X's leader", "[Jan Kos|PER] criticised [Jordan|LOC]'s leader.", "criticize", []string{"Jan Kos > Jordan"}},
		{"rejected by", "The demand was rejected by [Norway|LOC].", "criticize", nil},
		// partisan nouns
		{"a X supporter", "[Lisa Moore|PER], a [Ken Ward|PER] supporter, spoke first.", "support", []string{"Lisa Moore > Ken Ward"}},
		{"one of the backers of", "[Lisa Moore|PER] was one of the key backers of a military solution.", "support", []string{"Lisa Moore > a military solution"}},
		{"is a critic of", "[Lisa Moore|PER] is a fierce critic of [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"X supporters, no supporter named", "[Ken Ward|PER] supporters would not back [Lisa Moore|PER].", "support", nil},
		{"reprimanded, accusing", "[Jan Kos|PER] publicly reprimanded Prime Minister [Ken Ward|PER], accusing him of lying.", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"rebuffing X's criticisms", "[Jan Kos|PER] spoke after rebuffing [Ken Ward|PER]'s criticisms.", "criticize", []string{"Jan Kos > Ken Ward"}},
		{"savaged", "[Lisa Moore|PER] savaged [Ken Ward|PER].", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"sat face to face with", "[Lisa Moore|PER] sat face to face with [Ken Ward|PER] for an hour.", "meet", []string{"Lisa Moore > Ken Ward"}},
		{"met here Wednesday with", "[Wang Li|PER], vice-chairman of the committee, met here Wednesday with [Austrian|MISC] Defence Minister [Karl Platt|PER].", "meet", []string{"Wang Li > Karl Platt"}},
		{"after a meeting with", "After a meeting with [Angolan|MISC] President [Jose dos Santos|PER], [Maria Silva|PER] said ties were good.", "meet", []string{"Maria Silva > Jose dos Santos"}},
		{"A and visiting B agreed", "[Jan Kos|PER] and visiting [Ruritanian|MISC] foreign minister [Ken Ward|PER] agreed on Monday to meet again.", "agree", []string{"Jan Kos > Ken Ward"}},
		{"at the invitation of", "[Jan Kos|PER] arrived in [Oslo|LOC] on Monday at the invitation of his counterpart [Ken Ward|PER].", "invite", []string{"Ken Ward > Jan Kos"}},
		{"accepting the invitation from", "[Lisa Moore|PER] is not accepting the invitation from [Ken Ward|PER].", "invite", []string{"Ken Ward > Lisa Moore"}},
		{"an invitation from, no guest", "An invitation from [Ken Ward|PER] arrived.", "invite", nil},
		{"met with visiting X", "[Wang Li|PER] met here Monday with visiting [Austrian|MISC] Defence Minister [Karl Platt|PER].", "meet", []string{"Wang Li > Karl Platt"}},
		{"met on Monday with", "[Jan Kos|PER] met on Monday with [Ken Ward|PER].", "meet", []string{"Jan Kos > Ken Ward"}},
		{"during the meeting, A and B", "During the meeting, [Jan Kos|PER] and [Ken Ward|PER] are to discuss trade.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"during the meeting, A alone", "During the meeting, [Jan Kos|PER] spoke.", "meet", nil},
		{"killed in an air strike", "One militant was killed on Monday in an [Israeli|MISC] air strike.", "kill", []string{"Israeli > One militant"}},
		{"claimed responsibility", "A suicide bombing killed governor [Ken Ward|PER] on Monday, and the [Red Brigade|ORG] claimed responsibility.", "kill", []string{"Red Brigade > Ken Ward"}},
		{"no claim", "A suicide bombing killed governor [Ken Ward|PER] on Monday.", "kill", nil},
		{"attacked plans", "[Tony Blair|PER] attacked the Tory plans.", "criticize", []string{"Tony Blair > the Tory plans"}},
		{"supported the plans when", "[Tony Blair|PER] supported the plans when [Ken Ward|PER] argued for them.", "support", []string{"Tony Blair > the plans"}},
		{"attacked a village", "[Atlantean|MISC] troops attacked the village.", "criticize", nil},
		// lexicon
		{"joined by", "[Maria Lopez|PER] was joined by [Carl Holm|PER] at the memorial.", "meet", []string{"Maria Lopez > Carl Holm"}}, // symmetric
		{"hit out at", "[Peter Dunn|PER] hit out at [Sarah Kemp|PER] on Monday.", "criticize", []string{"Peter Dunn > Sarah Kemp"}},
		{"lashed out at", "[Peter Dunn|PER] lashed out at [Sarah Kemp|PER].", "criticize", []string{"Peter Dunn > Sarah Kemp"}},
		{"threw support behind", "[Ken Ward|PER] threw his support behind [Lisa Moore|PER] last week.", "support", []string{"Ken Ward > Lisa Moore"}},
		{"backing up", "[Ken Ward|PER] is backing up [Lisa Moore|PER].", "support", []string{"Ken Ward > Lisa Moore"}},
		{"withdrew support from", "The [Green Party|ORG] withdrew its support from the ruling coalition.", "withdraw", []string{"Green Party > the ruling coalition"}},
		{"told to", "[Rita Holm|PER] told [Omar Said|PER] to resign.", "urge", []string{"Rita Holm > Omar Said"}},
		{"signed a treaty with", "[Norway|LOC] signed a treaty with [Iceland|LOC] in 2010.", "agree", []string{"Norway > Iceland"}},
		{"rounded up", "[Ruritanian|MISC] police rounded up [Jan Kos|PER] and [Ota Vik|PER].", "arrest", []string{"Ruritanian > Jan Kos", "Ruritanian > Ota Vik"}},
		{"rejected a name", "[Lisa Moore|PER] rejected [Ken Ward|PER]'s claims.", "criticize", []string{"Lisa Moore > Ken Ward"}},
		{"rejected a phrase", "The court rejected the appeal.", "criticize", nil},
		{"held responsible", "[Norway|LOC] held [Ruritania|LOC] responsible for the blast.", "accuse", []string{"Norway > Ruritania"}},
		{"congratulated", "[Jan Kos|PER] congratulated [Ken Ward|PER] on his win.", "support", []string{"Jan Kos > Ken Ward"}},
		{"embargo", "[Atlantis|LOC] imposed an embargo on [Ruritania|LOC].", "sanction", []string{"Atlantis > Ruritania"}},
		{"accusations against", "[Carl Holm|PER]'s accusations against [Maria Lopez|PER] were dropped.", "accuse", []string{"Carl Holm > Maria Lopez"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeText(t, tc.text)
			got := pairs(doc, tc.typ)
			if (tc.name == "denied" || tc.name == "refusal to") && (len(doc.Relations) == 0 || !doc.Relations[0].Negated) {
				t.Errorf("denied attacking: not negated: %+v", doc.Relations)
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%s: got %q, want %q (all: %+v)", tc.typ, got, tc.want, doc.Relations)
			}
		})
	}
}

// TestHeadline checks that a headline gives interactions, and only
// interactions.
func TestHeadline(t *testing.T) {
	doc := analyzeText(t, "[Lisa Moore|PER] slams [Ken Ward|PER], praises [Sarah Kemp|PER]\n\nThe [Ruritanian|MISC] Foreign Minister [Jan Kos|PER] spoke.")
	head := strings.Index(doc.Text, "\n")
	doc.Regions = []document.Region{
		{Kind: document.RegionHeadline, Span: document.Span{Start: 0, End: head}},
		{Kind: document.RegionBody, Span: document.Span{Start: head + 2, End: len(doc.Text)}},
	}
	rels := relation.Find(doc, nil)
	var got []string
	for _, r := range rels {
		if r.Trigger.End <= head {
			got = append(got, r.Type+" "+name(doc, r.Subject)+" > "+name(doc, r.Object))
		}
	}
	want := "criticize Lisa Moore > Ken Ward; support Lisa Moore > Sarah Kemp"
	if strings.Join(got, "; ") != want {
		t.Errorf("headline relations %q, want %q", got, want)
	}
}
