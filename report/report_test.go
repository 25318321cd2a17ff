package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

func sampleDoc() *document.Document {
	text := "Kim meets Trump\n\n“It went well,” Trump said on Friday."
	at := func(s string) document.Span {
		i := strings.Index(text, s)
		return document.Span{Start: i, End: i + len(s)}
	}
	src, cue := at("Trump said"), at("said")
	src.End = src.Start + len("Trump")
	return &document.Document{
		Text: text,
		Meta: document.Meta{Title: "Kim meets Trump", Language: "en"},
		Entities: []document.Entity{
			{ID: "E1", Name: "Trump", Type: document.PER, Descriptions: []string{"President"}, Aliases: []string{"Trump", "President Trump"}},
			{ID: "E2", Name: "Kim Yong Chol", Type: document.PER},
		},
		Mentions:  []document.Mention{{Span: at("Trump said"), Text: "Trump", Type: document.PER, Entity: "E1"}},
		Quotes:    []document.Quote{{Span: at("“It went well,”"), Text: "“It went well,”", Kind: document.QuoteDirect, Cue: &cue, Source: &src, Speaker: "E1"}},
		Timeline:  []document.TimelineEntry{{Value: "2018-06-01", Sentence: at("“It went well,” Trump said on Friday.")}},
		Sentences: []document.Span{at("“It went well,” Trump said on Friday.")},
		Relations: []document.Relation{{Type: "meet", Subject: "E2", Object: "E1", Time: "2018-06-01", Modality: document.Planned,
			Sentence: at("“It went well,” Trump said on Friday.")}},
		Screening: []document.Hit{{Entity: "E2", List: "ofac-sdn", ListID: "12211", Name: "KIM, Yong Chol", Score: 0.97, Explanation: "alias match"}},
		Updates: []document.Update{
			{Time: "2018-05-31T16:05:00-07:00", Note: "later note", Kind: "update"},
			{Time: "2018-05-31T05:55:00-07:00", Note: "first", Kind: "published"},
		},
	}
}

func TestText(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, sampleDoc(), Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"Kim meets Trump\n",
		"People and organisations",
		"Trump — President (also President Trump)",
		"Who said what",
		"Trump, President",
		"• “It went well,”",
		"Timeline",
		"2018-06-01",
		"Who did what",
		"Kim Yong Chol meet Trump (2018-06-01, planned)",
		"s1: “It went well,” Trump said on Friday.",
		"Screening",
		"matches ofac-sdn 12211",
		"Update history",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour without Options.Color")
	}
	// The update history is oldest first.
	if strings.Index(out, "first") > strings.Index(out, "later note") {
		t.Errorf("update history not in time order:\n%s", out)
	}
	buf.Reset()
	if err := Text(&buf, sampleDoc(), Options{Color: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\x1b[1m") {
		t.Error("no colour with Options.Color")
	}
}

func TestEmptySectionsLeftOut(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, document.New("Just text."), Options{}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Who said what", "Timeline", "Screening", "Update history"} {
		if strings.Contains(buf.String(), s) {
			t.Errorf("empty section %q written", s)
		}
	}
}

// TestWhoSaidWhat: quotes are grouped by speaker in order of first quote;
// a source no entity was found for groups by its words; quotes without a
// source come last.
func TestWhoSaidWhat(t *testing.T) {
	text := "Asked about it, Trump said: “Fine.” Aides said the talks went well. “Good,” Trump added."
	at := func(s string) *document.Span {
		i := strings.Index(text, s)
		return &document.Span{Start: i, End: i + len(s)}
	}
	doc := &document.Document{
		Text:     text,
		Entities: []document.Entity{{ID: "E1", Name: "Trump", Type: document.PER, Descriptions: []string{"President"}}},
		Quotes: []document.Quote{
			{Span: *at("about it"), Text: "about it", Kind: document.QuoteIndirect, Cue: at("Asked")},
			{Span: *at("“Fine.”"), Text: "“Fine.”", Kind: document.QuoteDirect, Cue: at("said:"), Source: at("Trump"), Speaker: "E1"},
			{Span: *at("the talks went well"), Text: "the talks went well", Kind: document.QuoteIndirect, Cue: at("said"), Source: at("Aides")},
			{Span: *at("“Good,”"), Text: "“Good,”", Kind: document.QuoteDirect, Cue: at("added"), Source: at("Trump"), Speaker: "E1"},
		},
	}
	var buf bytes.Buffer
	if err := Text(&buf, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	order := []string{"Trump, President", "• “Fine.”", "• “Good,”", "Aides", "(indirect) the talks went well", "(unattributed)", "(indirect) about it"}
	last := -1
	for _, want := range order {
		i := strings.Index(out, want)
		if i < 0 || i < last {
			t.Fatalf("%q missing or out of order in:\n%s", want, out)
		}
		last = i
	}
}

// TestPhraseSubject: an interaction whose actor is a party named by its
// role ("police") and no entity reads with that phrase as its subject.
func TestPhraseSubject(t *testing.T) {
	text := "Police arrested Kim on Friday."
	sp := &document.Span{Start: 0, End: 6}
	doc := &document.Document{
		Text:      text,
		Entities:  []document.Entity{{ID: "E1", Name: "Kim Yong Chol", Type: document.PER}},
		Sentences: []document.Span{{Start: 0, End: len(text)}},
		Relations: []document.Relation{{Type: "arrest", SubjectText: "Police", SubjectSpan: sp, Object: "E1",
			Sentence: document.Span{Start: 0, End: len(text)}, Modality: document.Happened}},
	}
	var buf bytes.Buffer
	if err := Text(&buf, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Police arrest Kim Yong Chol") {
		t.Errorf("no phrase subject:\n%s", buf.String())
	}
}
