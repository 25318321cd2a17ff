package server

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
)

// fullText is an article written for the tests (no news text is copied): it
// has a headline, a dateline, quotes split by their attribution, a nested
// name, an emoji outside the Basic Multilingual Plane (2 UTF-16 units), CJK
// and Māori names, "4½", an update note and a credit line.
const fullText = `Harbour talks resume as port strike enters third week

WELLINGTON — Port workers and the harbour authority will meet on Friday for talks that could end a strike now in its third week, Transport Minister Zoë Ngata said on Tuesday.

“We want this settled before the holidays 🚢,” Ngata told reporters. “Nobody wins a long strike.”

The union, Maritime Workers United, which meets every week, said it had not agreed to any terms. Its secretary, Aroha Pene, met Ngata for 4½ hours on Monday and said the talks were “serious but unfinished”.

Shipping firm Kōwhai Lines, whose chief executive is Li Wei (李偉), has diverted 12 vessels to the Port of Tauranga since March 3. The firm, which has worked the harbour for more than a decade, is named on a sanctions list.

Updated March 19, 2024, 4:05 p.m.: This article was updated with comments from the union.

Reporting by Sam Toa.
`

// find returns the span of the n-th (0-based) occurrence of sub in text.
func find(t testing.TB, text, sub string, n int) document.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			t.Fatalf("fixture: %q occurrence %d not found", sub, n)
		}
		if i == n {
			return document.Span{Start: off + j, End: off + j + len(sub)}
		}
		off += j + len(sub)
	}
}

// fullDocument returns fullText analysed by the standard pipeline, with
// every layer the pipeline does not fill (yet) written by hand: mentions,
// entities, quotes, time expressions, the timeline, relations and
// screening hits.
func fullDocument(t testing.TB) *document.Document {
	t.Helper()
	pub, _ := document.ParseTime("2024-03-19T09:30:00+13:00")
	doc, err := analyze.New(analyze.Options{}).Analyze(context.Background(), analyze.Input{Data: []byte(fullText), Name: "fixture", Published: pub, URL: "https://news.example/harbour-talks"})
	if err != nil {
		t.Fatal(err)
	}
	doc.Meta.Site = "The Example Post"
	doc.Meta.Authors = []string{"Sam Toa"}
	sp := func(sub string, n int) document.Span { return find(t, fullText, sub, n) }
	ptr := func(s document.Span) *document.Span { return &s }
	m := func(sub string, n int, typ, ent string) document.Mention {
		return document.Mention{Span: sp(sub, n), Text: sub, Type: typ, Entity: ent}
	}
	doc.Mentions = []document.Mention{
		m("WELLINGTON", 0, document.LOC, "E6"),
		m("Zoë Ngata", 0, document.PER, "E1"),
		m("Ngata", 1, document.PER, "E1"),
		m("Maritime Workers United", 0, document.ORG, "E2"),
		m("Aroha Pene", 0, document.PER, "E3"),
		m("Ngata", 2, document.PER, "E1"),
		m("Kōwhai Lines", 0, document.ORG, "E4"),
		m("Li Wei", 0, document.PER, "E5"),
		m("李偉", 0, document.PER, "E5"),
		m("Port of Tauranga", 0, document.ORG, "E8"),
		m("Tauranga", 0, document.LOC, "E7"), // nested in the port's name
		m("sanctions list", 0, document.MISC, ""),
	}
	doc.Entities = []document.Entity{
		{ID: "E1", Name: "Zoë Ngata", Type: document.PER, Aliases: []string{"Zoë Ngata", "Ngata"}, Descriptions: []string{"Transport Minister"}},
		{ID: "E2", Name: "Maritime Workers United", Type: document.ORG, Aliases: []string{"The union"}, Descriptions: []string{"the union"}},
		{ID: "E3", Name: "Aroha Pene", Type: document.PER, Descriptions: []string{"secretary of Maritime Workers United"}},
		{ID: "E4", Name: "Kōwhai Lines", Type: document.ORG, Aliases: []string{"The firm"}, Descriptions: []string{"shipping firm"}},
		{ID: "E5", Name: "Li Wei", Type: document.PER, Aliases: []string{"李偉"}, Descriptions: []string{"chief executive of Kōwhai Lines"}},
		{ID: "E6", Name: "Wellington", Type: document.LOC, Aliases: []string{"WELLINGTON"}},
		{ID: "E7", Name: "Tauranga", Type: document.LOC},
		{ID: "E8", Name: "Port of Tauranga", Type: document.ORG},
	}
	q1, q2 := sp("“We want this settled before the holidays 🚢,”", 0), sp("“Nobody wins a long strike.”", 0)
	doc.Quotes = []document.Quote{
		{Span: document.Span{Start: sp("Port workers", 0).Start, End: sp("third week", 1).End}, Text: "Port workers and the harbour authority will meet on Friday for talks that could end a strike now in its third week",
			Kind: document.QuoteIndirect, Cue: ptr(sp("said", 0)), Source: ptr(sp("Transport Minister Zoë Ngata", 0)), Speaker: "E1"},
		{Span: document.Span{Start: q1.Start, End: q2.End}, Text: "We want this settled before the holidays 🚢, … Nobody wins a long strike.",
			Parts: []document.Span{q1, q2}, Kind: document.QuoteDirect, Cue: ptr(sp("told reporters", 0)), Source: ptr(sp("Ngata", 1)), Speaker: "E1"},
		{Span: sp("it had not agreed to any terms", 0), Text: "it had not agreed to any terms", Kind: document.QuoteIndirect,
			Cue: ptr(sp("said", 1)), Source: ptr(sp("The union, Maritime Workers United", 0)), Speaker: "E2"},
		{Span: sp("“serious but unfinished”", 0), Text: "serious but unfinished", Kind: document.QuotePartial,
			Cue: ptr(sp("said", 2)), Source: ptr(sp("Aroha Pene", 0)), Speaker: "E3"},
	}
	tx := func(sub string, n int, typ, value, mod string) document.Timex {
		return document.Timex{Span: sp(sub, n), Text: sub, Type: typ, Value: value, Mod: mod}
	}
	doc.Timexes = []document.Timex{
		tx("on Friday", 0, document.DATE, "2024-03-22", ""),
		tx("its third week", 0, document.DURATION, "P3W", ""),
		tx("on Tuesday", 0, document.DATE, "2024-03-19", ""),
		tx("every week", 0, document.SET, "P1W", ""),
		tx("4½ hours", 0, document.DURATION, "PT4H30M", ""),
		tx("on Monday", 0, document.DATE, "2024-03-18", ""),
		tx("since March 3", 0, document.DATE, "2024-03-03", ""),
		tx("more than a decade", 0, document.DURATION, "P10Y", "MORE_THAN"),
	}
	doc.Timexes[3].Quant, doc.Timexes[3].Freq = "EVERY", "1W"
	sentence := func(sub string) document.Span { return doc.Sentences[doc.SentenceAt(sp(sub, 0).Start)] }
	doc.Timeline = []document.TimelineEntry{
		{Value: "2024-03-03", Start: "2024-03-02T11:00:00Z", End: "2024-03-03T11:00:00Z", Timex: sp("since March 3", 0), Sentence: sentence("since March 3"), Entities: []string{"E4", "E5", "E8"}},
		{Value: "2024-03-18", Start: "2024-03-17T11:00:00Z", End: "2024-03-18T11:00:00Z", Timex: sp("on Monday", 0), Sentence: sentence("on Monday"), Entities: []string{"E3", "E1"}},
		{Value: "2024-03-19", Start: "2024-03-18T11:00:00Z", End: "2024-03-19T11:00:00Z", Timex: sp("on Tuesday", 0), Sentence: sentence("on Tuesday"), Entities: []string{"E1", "E6"}},
		{Value: "2024-03-22", Start: "2024-03-21T11:00:00Z", End: "2024-03-22T11:00:00Z", Timex: sp("on Friday", 0), Sentence: sentence("on Friday"), Entities: []string{"E1"}},
	}
	doc.Relations = []document.Relation{
		{Type: "role", Subject: "E1", Role: "Transport Minister", Trigger: sp("Transport Minister", 0), Sentence: sentence("Transport Minister"), Modality: document.Happened},
		{Type: "meet", Subject: "E3", Object: "E1", Trigger: sp("met", 0), Time: "2024-03-18", Sentence: sentence("met Ngata"), Modality: document.Happened},
		{Type: "agree", Subject: "E2", Trigger: sp("agreed", 0), Sentence: sentence("agreed"), Negated: true, Modality: document.Reported},
		{Type: "role", Subject: "E5", Object: "E4", Role: "chief executive", Trigger: sp("chief executive", 0), Sentence: sentence("chief executive"), Modality: document.Happened},
		{Type: "divert_to", Subject: "E4", Object: "E8", Trigger: sp("diverted", 0), Time: "2024-03-03", Place: "E7", Sentence: sentence("diverted"), Modality: document.Happened},
	}
	doc.Screening = []document.Hit{
		{Entity: "E4", List: "demo-sanctions", ListID: "DEMO-0042", Name: "KOWHAI LINES LIMITED", Score: 0.91, Explanation: "name tokens match after transliteration (Kōwhai → KOWHAI); legal form ignored"},
		{Entity: "E5", List: "demo-sanctions", ListID: "DEMO-0107", Name: "LI, Wei", Score: 0.62, Explanation: "common name; no date of birth in the article"},
	}
	doc.Provenance.Lists = []document.ListVersion{{Name: "demo-sanctions", Date: "2024-03-01"}}
	doc.Provenance.Models["ner"] = "fixture"
	return doc
}

// addArticle registers a document as a recent analysis and returns its
// path.
func addArticle(s *Server, key string, doc *document.Document) string {
	a := &article{Key: key, Path: "/analyses/" + key, Source: "Test fixture", Doc: doc, Elapsed: 3 * time.Millisecond}
	s.recent.add(a)
	return a.Path
}

// hostileText is an article whose text tries to run script: a script
// element, a javascript: link, event-handler attributes, markup that
// closes attributes, and a template action.
const hostileText = `Breaking: <script>window.pwned = 1; alert("xss")</script> in the headline

Officials said <img src=x onerror="window.pwned = 2"> the <a href="javascript:window.pwned=3">report</a> was wrong. "><svg onload=window.pwned=4> and {{.Title}} and </p></article><script src="/evil.js"></script>.

“<b onmouseover="window.pwned=5">Nothing to see</b>,” the spokesman said. ` + "`javascript:alert(1)`" + ` <iframe src="javascript:alert(6)"></iframe>
`

// hostileDocument is the hostile text analysed, with entities and meta
// whose names and IDs are hostile too.
func hostileDocument(t testing.TB) *document.Document {
	t.Helper()
	doc, err := analyze.New(analyze.Options{}).Analyze(context.Background(), analyze.Input{Data: []byte(hostileText), Name: "hostile", URL: "javascript:alert(7)"})
	if err != nil {
		t.Fatal(err)
	}
	doc.Meta.Site = `<script>window.pwned=8</script>`
	doc.Meta.Authors = []string{`"><img src=x onerror=window.pwned=9>`}
	img := find(t, hostileText, `<img src=x onerror="window.pwned = 2">`, 0)
	doc.Mentions = []document.Mention{{Span: img, Text: doc.Slice(img), Type: document.PER, Entity: `E1" onmouseover="window.pwned=10`}}
	doc.Entities = []document.Entity{{ID: `E1" onmouseover="window.pwned=10`, Name: `<script>window.pwned=11</script>`, Type: document.PER,
		Aliases: []string{`javascript:window.pwned=12`}, Descriptions: []string{`<img src=x onerror=window.pwned=13>`}}}
	link := find(t, hostileText, `<a href="javascript:window.pwned=3">report</a>`, 0)
	doc.Quotes = []document.Quote{{Span: link, Text: doc.Slice(link), Kind: document.QuoteDirect, Speaker: `E1" onmouseover="window.pwned=10`}}
	doc.Timexes = []document.Timex{{Span: find(t, hostileText, "report", 0), Text: "report", Type: document.DATE, Value: `"><script>window.pwned=14</script>`}}
	doc.Screening = []document.Hit{{Entity: `E1" onmouseover="window.pwned=10`, List: "<b>list</b>", Name: "<i>x</i>", Explanation: `<script>window.pwned=15</script>`}}
	doc.Warnings = append(doc.Warnings, document.Warning{Stage: "<script>", Message: `<img src=x onerror=window.pwned=16>`})
	return doc
}

// articleHTML is a news page written for the tests: an article with a
// headline, a byline, a date, paragraphs, and page furniture and script
// around it.
const articleHTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour talks resume as port strike enters third week | The Example Post</title>
<meta name="author" content="Sam Toa">
<meta property="article:published_time" content="2024-03-19T09:30:00+13:00">
<script>window.pwned = 1</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Harbour talks resume as port strike enters third week</h1>
<p class="byline">By Sam Toa</p>
<p>Port workers and the harbour authority will meet on Friday for talks that could end a strike now in its third week, Transport Minister Zoë Ngata said on Tuesday.</p>
<p>“We want this settled before the holidays,” Ngata told reporters. “Nobody wins a long strike.”</p>
<p>The union, Maritime Workers United, said it had not agreed to any terms. Its secretary, Aroha Pene, met Ngata for four hours on Monday and said the talks were serious but unfinished.</p>
<p>Shipping firm Kōwhai Lines has diverted 12 vessels to the Port of Tauranga since March 3, and its chief executive said the firm would keep them there until the strike ends.</p>
<img src="x" onerror="window.pwned = 2">
</article>
<footer>© The Example Post. <a href="javascript:window.pwned=3">Subscribe</a></footer>
</body></html>`
