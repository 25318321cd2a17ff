package quote

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/tokenize"
)

// TestFindReported covers the reported-speech patterns and content
// boundaries, each on a sentence written for it.
func TestFindReported(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		// sources
		{"party label after the name", "Sen. Jane Roe (D-Mass.) said the bill would fail.",
			[]want{{"the bill would fail", "indirect", "said", "Sen. Jane Roe (D-Mass.)", "Sen. Jane Roe (D-Mass.)"}}},
		{"however in the verb group", "Carter however said he would welcome the talks.",
			[]want{{"he would welcome the talks", "indirect", "however said", "Carter", "Carter"}}},
		{"time phrase before the cue", "Hillary Clinton on Tuesday said that the violence was genocide.",
			[]want{{"that the violence was genocide", "indirect", "said", "Hillary Clinton", "Hillary Clinton"}}},
		{"parenthesis in dashes", "Jason Sims — a teacher from Mount Pleasant — says he made a late decision.",
			[]want{{"he made a late decision", "indirect", "says", "Jason Sims", "Jason Sims"}}},
		{"relative clause before the cue", "The campaign, which has been under pressure for months, said that the emails had no bearing on the case.",
			[]want{{"that the emails had no bearing on the case", "indirect", "said", "The campaign", "The campaign"}}},
		{"no appositive across a clause", "In nearby Decatur, the big steel plant is hanging on, said the company's chief executive, John Ferriola.",
			[]want{{"In nearby Decatur, the big steel plant is hanging on", "indirect", "said", "the company's chief executive", "the company's chief executive"}}},
		// cue forms
		{"year between cue and that", "Rep. John Doe said in 2008 that the plan was dead.",
			[]want{{"that the plan was dead", "indirect", "said", "Rep. John Doe", "Rep. John Doe"}}},
		{"as X said", "The race is a dead heat right now, as Cruz said on a radio program on Monday.",
			[]want{{"The race is a dead heat right now", "indirect", "said", "Cruz", "Cruz"}}},
		{"closing cue and a phrase of circumstance", "Victory is vital, he said after meeting with aides on Thursday.",
			[]want{{"Victory is vital", "indirect", "said", "he", ""}}},
		{"according to without a comma", "Clinton leads by 271 delegates according to a count by the agency.",
			[]want{{"Clinton leads by 271 delegates", "indirect", "according to", "a count by the agency", "a count by the agency"}}},
		{"according to after a quotation", "She later compared the talk to a “root canal,” according to his memoir.",
			[]want{{"She later compared the talk to a “root canal,”", "partial", "according to", "his memoir", "his memoir"}}},
		{"that's according to: the sentence before", "The campaign raised $95 million last month. That’s according to reports filed on Saturday.",
			[]want{{"The campaign raised $95 million last month", "indirect", "’s according to", "reports filed on Saturday", "reports filed on Saturday"}}},
		{"asked with an adverb", "Asked specifically what should be done, Trump said they must go.",
			[]want{
				{"what should be done", "indirect", "Asked", "", ""},
				{"they must go", "indirect", "said", "Trump", "Trump"},
			}},
		{"particle: pointed to", "Blackwell pointed to the senator’s organizational strength.",
			[]want{{"the senator’s organizational strength", "indirect", "pointed to", "Blackwell", "Blackwell"}}},
		{"agreed to and an infinitive", "The company agreed to pay $325 million to settle the charges.",
			[]want{{"to pay $325 million to settle the charges", "indirect", "agreed", "The company", "The company"}}},
		{"likened", "Trump likened the refugees to a snake.",
			[]want{{"the refugees to a snake", "indirect", "likened", "Trump", "Trump"}}},
		{"made clear", "Some Republicans made clear that they would like to see him come around.",
			[]want{{"that they would like to see him come around", "indirect", "made clear", "Some Republicans", "Some Republicans"}}},
		{"closing cue with evidence", "Bush had to lend his campaign money last month, fundraising documents show.",
			[]want{{"Bush had to lend his campaign money last month", "indirect", "show", "fundraising documents", "fundraising documents"}}},
		{"noun with a that-clause", "She repeated Trump's claim that the election was rigged.",
			[]want{{"that the election was rigged", "indirect", "claim", "Trump's", "Trump's"}}},
		{"seem: the subject is content", "The music seemed to match the mood of the arena.",
			[]want{{"The music … to match the mood of the arena", "indirect", "seemed", "", ""}}},
		{"passive expected", "The senator was expected to win the primary easily.",
			[]want{{"The senator … to win the primary easily", "indirect", "was expected", "", ""}}},
		{"any verb before a colon and a quotation", "She addressed the supporters again: “Here is what I regret.”",
			[]want{{"“Here is what I regret.”", "direct", "addressed the supporters again:", "She", ""}}},
		{"no speech before a colon", "The town hall is on Tuesday: “Come early and bring a friend.”", nil},
		// headlines
		{"headline with a colon", "Graham: Hateful Rhetoric Is Destroying the Party's Chances\n\nThe senator spoke on Sunday.",
			[]want{{"Hateful Rhetoric Is Destroying the Party's Chances", "indirect", ":", "Graham", "Graham"}}},
		{"title-cased headline", "Smith Says He Will Run Again\n\nThe senator spoke on Sunday.",
			[]want{{"He Will Run Again", "indirect", "Says", "Smith", "Smith"}}},
		{"label headline", "Breaking: The Senate Passes the Bill\n\nThe senator spoke on Sunday.", nil},
		// where a content ends
		{"and a clause with its own subject", "Smith said the plan was dead, and he left the room.",
			[]want{{"the plan was dead", "indirect", "said", "Smith", "Smith"}}},
		{"while and another subject", "About 1,400 teachers said they wanted to endorse Sanders, while 95 members favored Clinton.",
			[]want{
				{"they wanted to endorse Sanders", "indirect", "said", "1,400 teachers", "1,400 teachers"},
				{"Clinton", "indirect", "favored", "95 members", "95 members"},
			}},
		{"and another subject and cue", "Most voters said they were worried about the economy and many others said Trump would handle it best.",
			[]want{
				{"they were worried about the economy", "indirect", "said", "Most voters", "Most voters"},
				{"Trump would handle it best", "indirect", "said", "many others", "many others"},
			}},
		{"participle after a comma", "Trump said things would be wrapped up by July, referring to the convention.",
			[]want{
				{"things would be wrapped up by July", "indirect", "said", "Trump", "Trump"},
				{"the convention", "indirect", "referring to", "Trump", "Trump"},
			}},
		{"a quotation closing a sentence left joined to the next", "Cruz said that such laws are fine because “men should not be there.” Cruz says, “That is a reasonable determination.”",
			[]want{
				{"that such laws are fine because “men should not be there.”", "partial", "said", "Cruz", "Cruz"},
				{"“That is a reasonable determination.”", "direct", "says", "Cruz", "Cruz"},
			}},
		{"nested single quote before the closing doubled apostrophes", "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.",
			[]want{{"''We are told all the time, 'Kosovo is a special case,''", "direct", "said", "Mr. Putin", "Mr. Putin"}}},
		{"and a second cue verb", "Sanders called him divisive and accused him of lying to voters.",
			[]want{
				{"him divisive", "indirect", "called", "Sanders", "Sanders"},
				{"him of lying to voters", "indirect", "accused", "Sanders", "Sanders"},
			}},
		{"an absolute phrase with its own subject ends the content", "The mayor said the strike was over, with both unions returning to work on Monday.",
			[]want{{"the strike was over", "indirect", "said", "The mayor", "The mayor"}}},
		{"with and a noun phrase stays in the content", "The mayor said the strike ended with a deal on wages, pensions and hours.",
			[]want{{"the strike ended with a deal on wages, pensions and hours", "indirect", "said", "The mayor", "The mayor"}}},
		{"a time phrase after a noun of evidence", "A national poll last month showed the governor leading the senator by nine points.",
			[]want{{"the governor leading the senator by nine points", "indirect", "showed", "A national poll", "A national poll"}}},
		{"a participle of publishing and a time phrase", "New surveys released Sunday showed the mayor taking a narrow lead.",
			[]want{{"the mayor taking a narrow lead", "indirect", "showed", "New surveys", "New surveys"}}},
		{"in a poll at the start of a sentence", "In a county survey released on Monday, most residents opposed the new stadium.",
			[]want{{"most residents opposed the new stadium", "indirect", "In", "a county survey released on Monday", "a county survey released on Monday"}}},
		{"in a place at the start of a sentence is no attribution", "In the county seat, most residents drive to work.", nil},
		{"when asked at the end of a sentence", "The plan is dead, he said when asked about the vote.",
			[]want{{"about the vote", "indirect", "asked", "", ""}}},
		{"asked with a phrase of place and time", "Asked at a briefing Monday about the talks, the minister smiled.",
			[]want{{"about the talks", "indirect", "Asked", "", ""}}},
		{"when asked before a quotation leaves it to said", "He said when asked about the vote: “It is over.”",
			[]want{{"when asked about the vote: “It is over.”", "partial", "said", "He", ""}}},
		{"thanks to is a preposition", "Her lead in delegates continues to grow thanks to a big win in the state.", nil},
		{"found with a reflexive is no attribution", "The senator once again found himself at the center of a dispute over the budget.", nil},
		{"adding to a lead is not speech", "The governor won the primary, adding to her lead over the senator.", nil},
		{"added to a recipient is speech", "“It was a big crowd,” Smith added to reporters.",
			[]want{{"“It was a big crowd,”", "direct", "added", "Smith", "Smith"}}},
		{"pledged delegates is a compound noun", "The governor has won more pledged delegates than her rival.", nil},
		{"and a second participle", "Romney was calling it disqualifying and asserting that only a bombshell could explain it.",
			[]want{
				{"it disqualifying", "indirect", "was calling", "Romney", "Romney"},
				{"that only a bombshell could explain it", "indirect", "asserting", "Romney", "Romney"},
			}},
	})
}

// TestHeadlineRegion checks that a headline region is read by the
// headline patterns only: "Harbour talks resume …" is no attribution.
func TestHeadlineRegion(t *testing.T) {
	for _, c := range []struct {
		head string
		want []want
	}{
		{"Harbour talks resume as port strike enters third week", nil},
		{"Graham: Hateful Rhetoric Is Destroying the Party's Chances",
			[]want{{"Hateful Rhetoric Is Destroying the Party's Chances", "indirect", ":", "Graham", "Graham"}}},
		{"Smith Says He Will Run Again", []want{{"He Will Run Again", "indirect", "Says", "Smith", "Smith"}}},
		{"Conservative Icon Jane Roe Endorses John Doe", []want{{"John Doe", "indirect", "Endorses", "Conservative Icon Jane Roe", "Conservative Icon Jane Roe"}}},
		{"Senator Roe slams the port deal", []want{{"the port deal", "indirect", "slams", "Senator Roe", "Senator Roe"}}},
	} {
		t.Run(c.head, func(t *testing.T) {
			text := c.head + "\n\nThe strike began on Monday."
			doc := document.New(text)
			if err := tokenize.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			n := len(c.head)
			doc.Regions = []document.Region{
				{Span: document.Span{Start: 0, End: n}, Kind: document.RegionHeadline},
				{Span: document.Span{Start: n + 2, End: len(text)}, Kind: document.RegionBody},
			}
			qs := Find(doc, &nameResolver{doc: doc})
			var got []want
			for _, q := range qs {
				got = append(got, describe(doc, q))
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %+v, want %+v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("quote %d:\n got %+v\nwant %+v", i, got[i], c.want[i])
				}
			}
		})
	}
}
