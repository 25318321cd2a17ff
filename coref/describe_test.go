package coref

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestDescriptions resolves definite descriptions in sentences written
// for the test: roles to described people, organisation nouns to
// organisations, "the country" and "the capital" to places.
func TestDescriptions(t *testing.T) {
	per, org, loc := document.PER, document.ORG, document.LOC
	tests := []descCase{
		{"role from a title",
			"President Jan Kos met Prime Minister Ken Ward on Monday. The president said the talks went well.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "The president", "Jan Kos"},
		{"two-word role",
			"President Jan Kos met Prime Minister Ken Ward on Monday. Later the prime minister left.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "the prime minister", "Ken Ward"},
		{"possessive description after an appositive one",
			"Ned Gale, Ruritania's finance minister, spoke on Monday. Later Ruritania's finance minister left.",
			map[string]string{"Ned Gale": per, "Ruritania": loc}, "Ruritania's finance minister", "Ned Gale"},
		{"possessive description of a role two people hold",
			"Ned Gale, Ruritania's finance minister, spoke on Monday. Jan Kos, Ruritania's finance minister, spoke too. Later Ruritania's finance minister left.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "Ruritania": loc}, "Ruritania's finance minister", ""},
		{"possessive description of a role one person holds, another a former one",
			"Ned Gale, Ruritania's finance minister, spoke on Monday. Jan Kos, Ruritania's former finance minister, spoke too. Later Ruritania's finance minister left.",
			map[string]string{"Ned Gale": per, "Jan Kos": per, "Ruritania": loc}, "Ruritania's finance minister", "Ned Gale"},
		{"possessive description of a titled person",
			"Indian Finance Minister Ned Gale spoke on Monday. Later India's finance minister left.",
			map[string]string{"Ned Gale": per, "India": loc}, "India's finance minister", "Ned Gale"},
		{"possessive description of a role with an of-phrase",
			"Ned Gale, the finance minister of India, spoke on Monday. Later India's finance minister left.",
			map[string]string{"Ned Gale": per, "India": loc}, "India's finance minister", "Ned Gale"},
		{"possessive description of another country",
			"Ned Gale, Italy's finance minister, spoke on Monday. Later India's finance minister left.",
			map[string]string{"Ned Gale": per, "Italy": loc, "India": loc}, "India's finance minister", ""},
		{"possessive description with a modifier the person lacks",
			"Ned Gale, Ruritania's minister, spoke on Monday. Later Ruritania's finance minister left.",
			map[string]string{"Ned Gale": per, "Ruritania": loc}, "Ruritania's finance minister", ""},
		{"possessive description, the name in apposition after it",
			"On Monday, Ruritania's finance minister, Ned Gale, left.",
			map[string]string{"Ned Gale": per, "Ruritania": loc}, "Ruritania's finance minister", "Ned Gale"},
		{"possessive description, the name in apposition before it",
			"On Monday Ned Gale, Ruritania's finance minister, left.",
			map[string]string{"Ned Gale": per, "Ruritania": loc}, "Ruritania's finance minister", "Ned Gale"},
		{"a possessive of no role is no description",
			"Ned Gale, Ruritania's finance minister, spoke. Ruritania's budget grew.",
			map[string]string{"Ned Gale": per, "Ruritania": loc}, "Ruritania's budget", ""},
		{"description with the name in apposition after it",
			"On Monday, the finance minister, Ned Gale, left.",
			map[string]string{"Ned Gale": per}, "the finance minister", "Ned Gale"},
		{"a name after a comma that no comma closes is no apposition",
			"When he spoke to the finance minister, Ned Gale left.",
			map[string]string{"Ned Gale": per}, "the finance minister", ""},
		{"the premier is the prime minister",
			"Ruritanian Prime Minister Ken Ward met Jan Kos. Later the Ruritanian premier left.",
			map[string]string{"Ken Ward": per, "Jan Kos": per}, "the Ruritanian premier", "Ken Ward"},
		{"the premier is no deputy prime minister",
			"Deputy Prime Minister Ken Ward met Jan Kos. Later the premier left.",
			map[string]string{"Ken Ward": per, "Jan Kos": per}, "the premier", ""},
		{"a lead description named in the next sentence",
			"Ruritania wants more trade with its neighbours, the Ruritanian trade minister said on Friday. Ken Ward told reporters that talks went well.",
			map[string]string{"Ken Ward": per, "Ruritania": loc}, "the Ruritanian trade minister", "Ken Ward"},
		{"the lead description later",
			"Ruritania wants more trade, the Ruritanian trade minister said on Friday. Ken Ward told reporters that talks went well. Later the trade minister left.",
			map[string]string{"Ken Ward": per, "Ruritania": loc}, "the trade minister", "Ken Ward"},
		{"an indefinite lead description with who and a verb of saying",
			"Jan Kos has criticised a union leader who said talks had failed. Ken Ward, of the dockers' union, spoke on Monday. Jan Kos said the union leader was wrong.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "the union leader", "Ken Ward"},
		{"no indefinite lead without a verb of saying",
			"Jan Kos has criticised a union leader who failed. Ken Ward, of the dockers' union, spoke on Monday. Jan Kos said the union leader was wrong.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "the union leader", ""},
		{"the newspaper is a masthead named before",
			"Jan Kos wrote to The Ruritania Herald on Monday. The newspaper urged him to resign.",
			map[string]string{"Jan Kos": per, "Ruritania Herald": org}, "The newspaper", "Ruritania Herald"},
		{"the newspaper is a one-word masthead after The",
			"The editors of The Advocate met Jan Kos on Monday. The newspaper urged him to resign.",
			map[string]string{"Jan Kos": per, "Advocate": org}, "The newspaper", "Advocate"},
		{"the newspaper is no other organisation",
			"Jan Kos wrote to Zanto Holdings on Monday. The newspaper urged him to resign.",
			map[string]string{"Jan Kos": per, "Zanto Holdings": org}, "The newspaper", ""},
		{"a clause after a name and a comma is no appositive",
			"Ken Ward, an economist with Zanto Holdings, told the newspaper.",
			map[string]string{"Ken Ward": per, "Zanto Holdings": org}, "the newspaper", ""},
		{"no lead when the next sentence names someone already named",
			"Jan Kos spoke. Ruritania wants more trade, the Ruritanian trade minister said. Jan Kos told reporters nothing.",
			map[string]string{"Jan Kos": per, "Ruritania": loc}, "the Ruritanian trade minister", ""},
		{"the state after a state",
			"Jan Kos campaigned in Virginia on Monday. He said the state needs new roads.",
			map[string]string{"Jan Kos": per, "Virginia": loc}, "the state", "Virginia"},
		{"the state after a country is not resolved",
			"Jan Kos campaigned in Virginia and then flew to France. He said the state must pay.",
			map[string]string{"Jan Kos": per, "Virginia": loc, "France": loc}, "the state", ""},
		{"the province after a province",
			"Floods hit Ontario on Monday. The province asked for help.",
			map[string]string{"Ontario": loc}, "The province", "Ontario"},
		{"the state after a city is not resolved",
			"Jan Kos campaigned in Lyon on Monday. He said the state needs new roads.",
			map[string]string{"Jan Kos": per, "Lyon": loc}, "the state", ""},
		{"a title with its complement before the name",
			"Ruritanian Ambassador to Freedonia Ken Ward met Jan Kos. Later the ambassador left.",
			map[string]string{"Ken Ward": per, "Jan Kos": per, "Freedonia": loc}, "the ambassador", "Ken Ward"},
		{"a complement with no title is no description",
			"Students from Freedonia Ken Ward met Jan Kos. Later the ambassador left.",
			map[string]string{"Ken Ward": per, "Jan Kos": per, "Freedonia": loc}, "the ambassador", ""},
		{"role from an appositive",
			"Ken Ward, the Ruritanian leader, arrived on Monday. Officials said the Ruritanian leader was tired.",
			map[string]string{"Ken Ward": per}, "the Ruritanian leader", "Ken Ward"},
		{"a vice president is not the president",
			"Vice President Ann Lee met Jan Kos. The president was away.",
			map[string]string{"Ann Lee": per, "Jan Kos": per}, "The president", ""},
		{"a former minister is not the minister",
			"Former minister Ann Lee met Jan Kos. The minister was away.",
			map[string]string{"Ann Lee": per, "Jan Kos": per}, "The minister", ""},
		{"abbreviated title",
			"Sen. Ann Lee spoke on Monday. Reporters asked the senator about it.",
			map[string]string{"Ann Lee": per}, "the senator", "Ann Lee"},
		{"nationality the text leaves open, one candidate",
			"Prime Minister Ken Ward met Jan Kos. The Ruritanian prime minister said little.",
			map[string]string{"Ken Ward": per, "Jan Kos": per}, "The Ruritanian prime minister", "Ken Ward"},
		{"nationality left open, two candidates",
			"President Ken Ward met President Jan Kos. The Ruritanian president said little.",
			map[string]string{"Ken Ward": per, "Jan Kos": per}, "The Ruritanian president", ""},
		{"nationality that conflicts",
			"Freedonian President Ken Ward spoke. The Ruritanian president said little.",
			map[string]string{"Ken Ward": per}, "The Ruritanian president", ""},
		{"the matching nationality wins",
			"Freedonian President Ken Ward met Ruritanian President Jan Kos. The Ruritanian president said little.",
			map[string]string{"Ken Ward": per, "Jan Kos": per}, "The Ruritanian president", "Jan Kos"},
		{"an evaluative modifier",
			"President Jan Kos spoke. The embattled president left.",
			map[string]string{"Jan Kos": per}, "The embattled president", "Jan Kos"},
		{"a modifier the description lacks",
			"President Jan Kos spoke. The student president left.",
			map[string]string{"Jan Kos": per}, "The student president", ""},
		{"role phrase before a name",
			"Ruritanian presidential candidate Ann Lee spoke. Later the presidential candidate left.",
			map[string]string{"Ann Lee": per}, "the presidential candidate", "Ann Lee"},
		{"person noun before a name",
			"Washington businessman Jan Kos met Ann Lee. The Washington businessman praised her.",
			map[string]string{"Jan Kos": per, "Ann Lee": per, "Washington": loc}, "The Washington businessman", "Jan Kos"},
		{"a possessive in the description is no head",
			"Ken Ward, the minister's personal envoy, arrived. The minister stayed home.",
			map[string]string{"Ken Ward": per}, "The minister", ""},
		{"before its antecedent, the one holder named later (branch descref2)",
			"The president spoke. Later President Jan Kos left.",
			map[string]string{"Jan Kos": per}, "The president", "Jan Kos"},
		{"a verb after the description",
			"Ken Ward met Jan Kos, the spokesman said.",
			map[string]string{"Ken Ward": per, "Jan Kos": per}, "the spokesman said", ""},
		{"apposition",
			"Ken Ward, the minister, spoke, and Jan Kos, the president, listened.",
			map[string]string{"Ken Ward": per, "Jan Kos": per}, "the minister", "Ken Ward"},
		{"a comma before a clause is no apposition",
			"President Jan Kos will meet Ken Ward, the president told reporters.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "the president", "Jan Kos"},
		{"an of-phrase completes the description",
			"President Jan Kos met Ken Ward, the president of the club.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "the president", ""},

		{"the bank: the noun in the name",
			"Jan Kos sued Kosbury Bank in May. Ann Lee of Zanto said the bank had lied.",
			map[string]string{"Jan Kos": per, "Kosbury Bank": org, "Ann Lee": per, "Zanto": org}, "the bank", "Kosbury Bank"},
		{"the firm: called so before the name",
			"Police raided milk firm Zanto on Monday. Prosecutors said the firm hid losses.",
			map[string]string{"Zanto": org}, "the firm", "Zanto"},
		{"the firm: called so in an appositive",
			"Zanto, a Ruritanian dairy firm, lost money. The Trade Ministry fined Brel. Later the firm paid.",
			map[string]string{"Zanto": org, "Trade Ministry": org, "Brel": org}, "the firm", "Zanto"},
		{"the company: the nearest that may be one",
			"The Trade Ministry fined Zanto Corp on Monday. The company said it would appeal.",
			map[string]string{"Trade Ministry": org, "Zanto Corp": org}, "The company", "Zanto Corp"},
		{"the firm: a name right after is its own",
			"Police raided milk firm Zanto on Monday. Later the firm Brel said it had lost money.",
			map[string]string{"Zanto": org, "Brel": org}, "the firm", ""},
		{"the company: a ministry is none",
			"The Trade Ministry spoke on Monday. The company said nothing.",
			map[string]string{"Trade Ministry": org}, "The company", ""},
		{"the company: a verb after the noun",
			"Zanto Corp lost money. Now the company says it will recover.",
			map[string]string{"Zanto Corp": org}, "the company says", "Zanto Corp"},
		{"the group: modifiers must be in the name",
			"Zanto Corp lost money. The rebel group claimed an attack.",
			map[string]string{"Zanto Corp": org}, "The rebel group", ""},
		{"the party",
			"Ann Lee left the Ruritanian Labour Party in 2004 and joined Zanto Corp. She later rejoined the party.",
			map[string]string{"Ann Lee": per, "Ruritanian Labour Party": org, "Zanto Corp": org}, "the party", "Ruritanian Labour Party"},

		{"the country",
			"Jan Kos flew to Norway on Monday. He praised the country for its help.",
			map[string]string{"Jan Kos": per, "Norway": loc}, "the country", "Norway"},
		{"the country: too far back",
			"Jan Kos flew to Norway.\n\nHe spoke.\n\nHe ate.\n\nHe slept.\n\nHe praised the country.",
			map[string]string{"Jan Kos": per, "Norway": loc}, "the country", ""},
		{"the country: a nearer nationality names another",
			"Jan Kos flew to Norway on Monday. The Swedish government helps Swedes find work outside the country.",
			map[string]string{"Jan Kos": per, "Norway": loc, "Swedish": document.MISC}, "the country", ""},
		{"the country: a nearer nationality of the same country",
			"Jan Kos flew to Norway on Monday. A Norwegian film was shown across the country.",
			map[string]string{"Jan Kos": per, "Norway": loc, "Norwegian": document.MISC}, "the country", "Norway"},
		{"the country: a modifier for another referent",
			"Jan Kos flew to Norway on Monday. He praised the host country.",
			map[string]string{"Jan Kos": per, "Norway": loc}, "the host country", ""},
		{"the firm: a nationality that is not the name's",
			"Norway Air bought planes. The Swedish firm said little.",
			map[string]string{"Norway Air": org}, "The Swedish firm", ""},
		{"the city",
			"Jan Kos flew from Norway to Bergen on Monday. He praised the city for its help.",
			map[string]string{"Jan Kos": per, "Norway": loc, "Bergen": loc}, "the city", "Bergen"},
		{"the capital: the last capital, not the last city",
			"Jan Kos flew from Oslo to Bergen on Monday. Crowds in the capital cheered.",
			map[string]string{"Jan Kos": per, "Bergen": loc, "Oslo": loc}, "the capital", "Oslo"},
		{"the capital of a nationality",
			"Jan Kos flew from Bergen to Oslo on Monday. Crowds in the Norwegian capital cheered.",
			map[string]string{"Jan Kos": per, "Bergen": loc, "Oslo": loc}, "the Norwegian capital", "Oslo"},
		{"the capital of another nationality",
			"Jan Kos flew from Bergen to Oslo on Monday. Crowds in the Swedish capital cheered.",
			map[string]string{"Jan Kos": per, "Bergen": loc, "Oslo": loc}, "the Swedish capital", ""},
	}
	runDescCases(t, tests)
}

// A descCase is a text written for a test, the types of its names, a
// definite description in it (its last occurrence) and the name of the
// entity it must resolve to ("" for none).
type descCase struct {
	name  string
	text  string
	names map[string]string
	desc  string
	want  string
}

// runDescCases runs each case as a subtest.
func runDescCases(t *testing.T, tests []descCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.LastIndex(tc.text, tc.desc)
			if i < 0 {
				t.Fatalf("%q not in text", tc.desc)
			}
			if got := resolvedName(t, tagged(t, tc.text, tc.names), i, i+len(tc.desc)); got != tc.want {
				t.Errorf("%q resolved to %q, want %q", tc.desc, got, tc.want)
			}
		})
	}
}

// A pronounCase is a text with its names tagged, a pronoun (with the
// word after it, to find its first occurrence) and the name it must
// resolve to ("" for none).
type pronounCase struct {
	name    string
	text    string
	names   map[string]string
	pronoun string
	want    string
}

// runPronounCases runs the pronoun resolution cases of tests.
func runPronounCases(t *testing.T, tests []pronounCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, tc.pronoun)
			if i < 0 {
				t.Fatalf("%q not in text", tc.pronoun)
			}
			w := strings.Fields(tc.pronoun)[0]
			if got := resolvedName(t, tagged(t, tc.text, tc.names), i, i+len(w)); got != tc.want {
				t.Errorf("%q resolved to %q, want %q", w, got, tc.want)
			}
		})
	}
}

// TestPronounRules checks the pronoun rules for subjects and possessives
// on sentences written for the test: a fronted phrase's pronoun is the
// subject's after it, a possessive after "V X for" is X's, and an "It"
// that opens a sentence is the one organisation of the sentence before.
func TestPronounRules(t *testing.T) {
	per, org, loc := document.PER, document.ORG, document.LOC
	tests := []pronounCase{
		{"a dateline's place is no antecedent",
			"ANKARA, Aug 30 - A rebel group said on Friday it had agreed a truce.",
			map[string]string{"ANKARA": loc}, "it had", ""},
		{"a dateline's agency is no antecedent",
			"Lemburg, Aug 30 (Lempress) - A rebel group said on Friday it had agreed a truce.",
			map[string]string{"Lemburg": loc, "Lempress": org}, "it had", ""},
		{"a dateline line before the story",
			"ANKARA 1996-08-30\n\nA rebel group said it had agreed a truce.",
			map[string]string{"ANKARA": loc}, "it had", ""},
		{"an acronym opening a sentence is",
			"NATO met on Monday. It said it had agreed a truce.",
			map[string]string{"NATO": org}, "it had", "NATO"},
		{"fronted phrase",
			"Jan Kos spoke on Monday. During his visit, the first by a minister since 1990, Ken Ward met students.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "his visit", "Ken Ward"},
		{"fronted clause",
			"Jan Kos spoke on Monday. When he arrived, Ken Ward met students.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "he arrived", "Ken Ward"},
		{"no fronted phrase: the subject before",
			"Jan Kos spoke on Monday. He said Ken Ward met students.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "He said", "Jan Kos"},
		{"a sentence opened by the same pronoun goes on with its subject",
			"Jan Kos spoke on Monday. He arrived in Oslo, where he met Ken Ward. He is due to visit Bergen.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "He is", "Jan Kos"},
		{"a sentence opened by a name gives that name",
			"Jan Kos spoke on Monday. Ken Ward met him in Oslo. He is due to visit Bergen.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "He is", "Ken Ward"},
		{"possessive after 'V X for'",
			"Jan Kos criticised Interior Minister Ken Ward for his attack on the press.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "his attack", "Ken Ward"},
		{"object pronoun after 'for' is no possessive",
			"Ann Lee thanked Jan Kos and voted for her because of it.",
			map[string]string{"Ann Lee": per, "Jan Kos": per}, "her because", "Ann Lee"},
		{"It after a sentence naming one organisation",
			"The cabinet fell after the Labour Party withdrew its support on Monday. It wants Jan Kos to resign.",
			map[string]string{"Labour Party": org, "Jan Kos": per}, "It wants", "Labour Party"},
		{"It after a sentence naming two organisations",
			"On Monday the Labour Party left the Green Party. It wants Jan Kos to resign.",
			map[string]string{"Labour Party": org, "Green Party": org, "Jan Kos": per}, "It wants", ""},
		{"It after a sentence naming a place",
			"On Monday the Labour Party met in Norway. It wants Jan Kos to resign.",
			map[string]string{"Labour Party": org, "Norway": loc, "Jan Kos": per}, "It wants", ""},
		{"object it is not the clause's subject",
			"The Harbour Board drafted a plan, but the Labour Party never backed it in the vote.",
			map[string]string{"Harbour Board": org, "Labour Party": org}, "it in", ""},
		{"subject it after a noun",
			"When the Harbour Board meets on shore it will vote on the plan.",
			map[string]string{"Harbour Board": org}, "it will", "Harbour Board"},
		{"subject it after 'said'",
			"The Harbour Board said it would vote on Monday.",
			map[string]string{"Harbour Board": org}, "it would", "Harbour Board"},
		{"a place after a preposition is passed over",
			"The Harbour Board found the plans on a Bergen street when it met.",
			map[string]string{"Harbour Board": org, "Bergen": loc}, "it met", "Harbour Board"},
		{"an organisation after a preposition is not",
			"Crowds gathered outside the Harbour Board after it raised the fees.",
			map[string]string{"Harbour Board": org}, "it raised", "Harbour Board"},
		{"subject it before a past tense",
			"The Harbour Board missed the target it pledged to meet.",
			map[string]string{"Harbour Board": org}, "it pledged", "Harbour Board"},
		{"only a place after a preposition: none",
			"A clerk found the plans on a Bergen street, and it was raining.",
			map[string]string{"Bergen": loc}, "it was", ""},
		{"it before 'is clear that' stands for the clause",
			"The Harbour Board met on Monday, and it is clear that the fees will rise.",
			map[string]string{"Harbour Board": org}, "it is", ""},
		{"it before 'was hard to'",
			"The Harbour Board met on Monday, but it was hard to agree on the fees.",
			map[string]string{"Harbour Board": org}, "it was", ""},
		{"it before 'was sold to' is a thing",
			"The Harbour Board said it was sold to a rival.",
			map[string]string{"Harbour Board": org}, "it was", "Harbour Board"},
		{"'X and his' is X's",
			"Jan Kos spoke on Monday. The plan that Ken Ward and his staff wrote was read.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "his staff", "Ken Ward"},
		{"a fronted participle clause",
			"Jan Kos spoke on Monday. Discussing his plan on Tuesday, Ken Ward said taxes would rise.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "his plan", "Ken Ward"},
		{"a fronted participle clause before a country's possessive",
			"Jan Kos spoke on Monday. Discussing his plan on Tuesday, Norway's premier, Ken Ward, said taxes would rise.",
			map[string]string{"Jan Kos": per, "Ken Ward": per, "Norway": loc}, "his plan", "Ken Ward"},
		{"a generic person before the pronoun leaves it open",
			"Jan Kos spoke on Monday. He said a scientist keeps his ideas.",
			map[string]string{"Jan Kos": per}, "his ideas", ""},
		{"a woman is no rival of 'he'",
			"Jan Kos spoke on Monday. He said a woman had met his wife.",
			map[string]string{"Jan Kos": per}, "his wife", "Jan Kos"},
		{"'as a kid' is no rival",
			"Jan Kos spoke on Monday. He collected stamps as a kid and all his life.",
			map[string]string{"Jan Kos": per}, "his life", "Jan Kos"},
		{"the sentence's opening pronoun goes on past a name",
			"Jan Kos spoke on Monday. He went to see his brother, Ken Kos, after he heard the news.",
			map[string]string{"Jan Kos": per, "Ken Kos": per}, "he heard", "Jan Kos"},
		{"an object 'him' is not the opening pronoun",
			"Jan Kos spoke on Monday. He condemned General Ken Ward and accused him of lying.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "him of", "Ken Ward"},
		{"the subject of a reported clause takes over from the opening pronoun",
			"Jan Kos spoke on Monday. He said General Ken Ward misled voters by telling them he would stay.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "he would", "Ken Ward"},
		{"the opening pronoun does not reach into a quote",
			"Jan Kos spoke on Monday. He added: \"Ken Ward made his choice.\"",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "his choice", "Ken Ward"},
		{"an appositive person is no rival",
			"Jan Kos spoke on Monday. Ann Lee, a teacher, said her school would close.",
			map[string]string{"Jan Kos": per, "Ann Lee": per}, "her school", "Ann Lee"},
		{"the speaker of 'he said' has no rival",
			"Jan Kos spoke on Monday. One boy survived the flood, he said.",
			map[string]string{"Jan Kos": per}, "he said", "Jan Kos"},
		{"a pronoun right after the fronted clause's comma is the subject",
			"Jan Kos spoke on Monday. Entering the hall, he greeted Ken Ward.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "he greeted", "Jan Kos"},
		{"pleonastic It",
			"The cabinet fell after the Labour Party withdrew its support. It is expected that Jan Kos resigns.",
			map[string]string{"Labour Party": org, "Jan Kos": per}, "It is", ""},
	}
	runPronounCases(t, tests)
}

// TestQuotedPronoun checks that a "he" or "his" in a speaker's own direct
// quote is not the speaker, and in reported speech may be.
func TestQuotedPronoun(t *testing.T) {
	for _, tc := range []struct {
		name, kind, want string
	}{
		{"direct quote", "direct", ""},
		{"reported speech", "indirect", "Jan Kos"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "Jan Kos opened the show. \"I think his paintings are the best,\" Kos said."
			doc := tagged(t, text, map[string]string{"Jan Kos": document.PER, "Kos": document.PER})
			if err := Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			q0, q1 := strings.Index(text, "\"I think"), strings.Index(text, ",\"")+2
			kos := entityAt(t, doc, "Jan Kos", 0).ID
			doc.Quotes = []document.Quote{{Span: document.Span{Start: q0, End: q1}, Kind: tc.kind, Speaker: kos}}
			i := strings.Index(text, "his")
			got := ""
			if e := doc.Entity(NewResolver(doc).Speaker(document.Span{Start: i, End: i + 3})); e != nil {
				got = e.Name
			}
			if got != tc.want {
				t.Errorf("his = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestQuoteSource checks that the pronoun source of a direct quote is
// none of the people the quote names, whether the document's quotes are
// known (the relation stage) or not yet (the quote stage, which asks while
// it builds them: the quotation marks before the source tell, quotedBefore).
func TestQuoteSource(t *testing.T) {
	text := "Jan Kos met Ken Ward on Monday. \"I will not talk to Ken Ward again,\" he said."
	for _, tc := range []struct {
		name   string
		quotes bool
		want   string
	}{
		{"without the quote", false, "Jan Kos"},
		{"the quote's source", true, "Jan Kos"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := tagged(t, text, map[string]string{"Jan Kos": document.PER, "Ken Ward": document.PER})
			if err := Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			he := strings.Index(text, "he said")
			src := document.Span{Start: he, End: he + 2}
			if tc.quotes {
				q0, q1 := strings.Index(text, "\"I will"), strings.Index(text, ",\"")+2
				doc.Quotes = []document.Quote{{Span: document.Span{Start: q0, End: q1}, Kind: "direct", Source: &src}}
			}
			got := ""
			if e := doc.Entity(NewResolver(doc).Speaker(src)); e != nil {
				got = e.Name
			}
			if got != tc.want {
				t.Errorf("he = %q, want %q", got, tc.want)
			}
		})
	}
}
