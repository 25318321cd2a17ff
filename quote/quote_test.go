package quote

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/tokenize"
)

// nameResolver resolves a source to its own text, and pronouns to the
// last speaker: enough to test the finder without coreference.
type nameResolver struct {
	doc  *document.Document
	last string
}

func (r *nameResolver) Speaker(src document.Span) string {
	s := r.doc.Slice(src)
	switch strings.ToLower(s) {
	case "he", "she", "they":
		return r.last
	}
	return s
}

func (r *nameResolver) Spoke(id string, at document.Span) { r.last = id }

func find(t *testing.T, text string) (*document.Document, []document.Quote) {
	t.Helper()
	doc := document.New(text)
	if err := tokenize.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc, Find(doc, &nameResolver{doc: doc})
}

// want is one expected quote: its text, kind, cue and source as text, and
// the speaker the name resolver gives.
type want struct {
	text, kind, cue, source, speaker string
}

func describe(doc *document.Document, q document.Quote) want {
	w := want{text: q.Text, kind: q.Kind, speaker: q.Speaker}
	if q.Cue != nil {
		w.cue = doc.Slice(*q.Cue)
	}
	if q.Source != nil {
		w.source = doc.Slice(*q.Source)
	}
	return w
}

// A quoteCase is a text written for a test and the quotes Find must give
// in it, in order.
type quoteCase struct {
	name string
	text string
	want []want
}

// runQuoteCases runs each case as a subtest.
func runQuoteCases(t *testing.T, cases []quoteCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, qs := find(t, c.text)
			if len(qs) != len(c.want) {
				var got []want
				for _, q := range qs {
					got = append(got, describe(doc, q))
				}
				t.Fatalf("got %d quotes %+v, want %d", len(qs), got, len(c.want))
			}
			for i, q := range qs {
				if got := describe(doc, q); got != c.want[i] {
					t.Errorf("quote %d:\n got %+v\nwant %+v", i, got, c.want[i])
				}
			}
		})
	}
}

func TestFind(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"after, source first", "“We will win this fight,” Smith said.",
			[]want{{"“We will win this fight,”", "direct", "said", "Smith", "Smith"}}},
		{"after, inverted with appositive", "\"We will win this fight,\" said Jane Doe, a spokeswoman for the campaign.",
			[]want{{"\"We will win this fight,\"", "direct", "said", "Jane Doe", "Jane Doe"}}},
		{"before, colon", "Asked about the vote, Smith said: “We will win this fight.”",
			[]want{
				{"about the vote", "indirect", "Asked", "", ""}, // a question put to Smith: no source
				{"“We will win this fight.”", "direct", "said:", "Smith", "Smith"},
			}},
		{"split by its attribution", "\"We will win,\" he said. \"Nobody can stop us now.\"",
			[]want{{"\"We will win,\" … \"Nobody can stop us now.\"", "direct", "said", "he", ""}}},
		{"doubled apostrophes", "''This is not a reform,'' said Mr. Holt, an economist. ''It is a tax increase.''",
			[]want{{"''This is not a reform,'' … ''It is a tax increase.''", "direct", "said", "Mr. Holt", "Mr. Holt"}}},
		{"dash line", "“Be yourself; everyone else is already taken.” — Oscar Wilde",
			[]want{{"“Be yourself; everyone else is already taken.”", "direct", "—", "Oscar Wilde", "Oscar Wilde"}}},
		{"partial quote", "Smith said the plan was \"a total failure\" and should be dropped.",
			[]want{{"the plan was \"a total failure\" and should be dropped", "partial", "said", "Smith", "Smith"}}},
		{"indirect with that", "The minister said on Friday that talks would resume next week.",
			[]want{{"that talks would resume next week", "indirect", "said", "The minister", "The minister"}}},
		{"indirect, content first", "Talks will resume next week, officials said.",
			[]want{{"Talks will resume next week", "indirect", "said", "officials", "officials"}}},
		{"according to", "According to the report, the company lost money last year.",
			[]want{{"the company lost money last year", "indirect", "According to", "the report", "the report"}}},
		{"told with recipient", "Jones told reporters the deal was close.",
			[]want{{"the deal was close", "indirect", "told", "Jones", "Jones"}}},
		{"scare quote is no quote", "The so-called \"reform\" failed again this year.", nil},
		{"title is no quote", "In an interview on \"Meet the Press,\" the senator looked tired.", nil},
		{"multi-paragraph quote", "“The first part of a long statement runs here.\n\n“The second part ends it,” Smith said.",
			[]want{{"“The first part of a long statement runs here. … “The second part ends it,”", "direct", "said", "Smith", "Smith"}}},
		{"continuation paragraph", "“The first paragraph of what she said is here,” Smith said.\n\n“And this paragraph continues what she said.”",
			[]want{
				{"“The first paragraph of what she said is here,”", "direct", "said", "Smith", "Smith"},
				{"“And this paragraph continues what she said.”", "direct", "", "", "Smith"},
			}},
		{"pronoun source", "Smith arrived late. “I was stuck in traffic,” he said.",
			[]want{{"“I was stuck in traffic,”", "direct", "said", "he", ""}}},
	})
}

func TestSpansInvariants(t *testing.T) {
	doc, qs := find(t, "“We will win,” Smith said, “and soon.” Jones said the vote was close. Officials said so, too.")
	for _, q := range qs {
		checkQuote(t, doc, q)
	}
	if len(qs) < 2 {
		t.Errorf("got %d quotes, want at least 2", len(qs))
	}
}

func checkQuote(t *testing.T, doc *document.Document, q document.Quote) {
	t.Helper()
	n := len(doc.Text)
	ok := func(s document.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }
	if !ok(q.Span) || q.Span.Empty() {
		t.Fatalf("bad quote span %+v in text of %d bytes", q.Span, n)
	}
	for _, p := range q.Parts {
		if !ok(p) || !q.Span.Contains(p) {
			t.Fatalf("part %+v outside quote %+v", p, q.Span)
		}
	}
	if q.Cue != nil && !ok(*q.Cue) {
		t.Fatalf("bad cue %+v", *q.Cue)
	}
	if q.Source != nil && !ok(*q.Source) {
		t.Fatalf("bad source %+v", *q.Source)
	}
	switch q.Kind {
	case document.QuoteDirect, document.QuotePartial, document.QuoteIndirect:
	default:
		t.Fatalf("bad kind %q", q.Kind)
	}
}

// TestBadInput: unbalanced marks, a quotation that never closes, a
// 10,000-word quotation and quotations nested three deep neither panic
// nor take long, and the rest of the text is still read.
func TestBadInput(t *testing.T) {
	long := "“" + strings.Repeat("word ", 10000) + "end,” Smith said.\n\nJones said the vote was close."
	for _, c := range []struct {
		name, text string
		// want is a quote text that must still be found.
		want string
	}{
		{"unbalanced", "He said \"this and \"that and ” never ” closed.\n\nJones said the vote was close.", "the vote was close"},
		{"never closes", "“This quotation never closes, Smith said, and runs on.\n\nJones said the vote was close.", "the vote was close"},
		{"10,000 words", long, "the vote was close"},
		{"nested three deep", "“He said ‘she told me “they said ‘no’ twice” again’ today,” Smith said.\n\nJones said the vote was close.", "the vote was close"},
		{"marks only", strings.Repeat("“ ” \" '' ", 2000) + "\n\nJones said the vote was close.", "the vote was close"},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			doc, qs := find(t, c.text)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			found := false
			for _, q := range qs {
				checkQuote(t, doc, q)
				if q.Text == c.want {
					found = true
				}
			}
			if !found {
				t.Errorf("quote %q not found among %d", c.want, len(qs))
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“We will win,” Smith said. \"Nobody,\" he added, \"can stop us.\"",
		"''This isn't it,'' said Mr. Holt.\n\n''It is.''",
		"According to officials, the plan failed, the report said.",
		"“Open\n\n“Still open\n\nclosed”",
		"He said ‘she said “they said ‘x’”’ ok",
		"— Oscar Wilde “” \"\" '' `` «»",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := document.New(s)
		if err := tokenize.Process(context.Background(), doc); err != nil {
			return
		}
		for _, q := range Find(doc, &nameResolver{doc: doc}) {
			checkQuote(t, doc, q)
		}
	})
}

// TestPhrasesTerminate reads phrases from every token of texts with
// capitalised pronouns and function words in odd places.
func TestPhrasesTerminate(t *testing.T) {
	for _, text := range []string{
		"Pence went on to say He “was great,” He said. It In The A said It.",
		"And He said: “quote here now.” The He It We They said In.",
		"“Yes,” said He. “No,” It said. According to He, It said.",
	} {
		doc := document.New(text)
		if err := tokenize.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		v := newView(doc)
		for i := range v.words {
			v.npRight(i, len(v.words))
			v.npLeft(i+1, 0)
			if v.sent[i] >= 0 {
				v.subject(i)
			}
		}
		checkAll := Find(doc, &nameResolver{doc: doc})
		for _, q := range checkAll {
			checkQuote(t, doc, q)
		}
	}
}

// TestConcurrentFind runs the finder on several documents at once: the
// pooled buffers must not be shared (run with -race).
func TestConcurrentFind(t *testing.T) {
	texts := []string{
		"“We will win this fight,” Smith said. Jones said the vote was close.",
		"''This is not a reform,'' said Mr. Holt, an economist. ''It is a tax increase.''",
		strings.Repeat("Officials said the talks would resume. ", 50),
	}
	want := make([]int, len(texts))
	for i, text := range texts {
		_, qs := find(t, text)
		want[i] = len(qs)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 20 {
				i := (g + k) % len(texts)
				doc := document.New(texts[i])
				if err := tokenize.Process(context.Background(), doc); err != nil {
					t.Error(err)
					return
				}
				if n := len(Find(doc, nil)); n != want[i] {
					t.Errorf("text %d: %d quotes, want %d", i, n, want[i])
				}
			}
		}()
	}
	wg.Wait()
}
