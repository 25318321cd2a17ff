package extract

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

var fetched = time.Date(2021, 3, 20, 12, 0, 0, 0, time.UTC)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestNewsPage(t *testing.T) {
	a, err := HTML(readTestdata(t, "news.html"), Options{URL: "https://news.example.com/2021/03/14/harbour-bridge-reopens/?utm=x", Fetched: fetched})
	if err != nil {
		t.Fatal(err)
	}
	main := a.Main()
	for _, want := range []string{
		"The harbour bridge reopened to traffic on Sunday morning",
		"\"We are glad to give the bridge back",
		"The repairs, which cost about 12 million dollars",
		"A second bridge across the river is due for similar repairs in 2023.",
	} {
		if !strings.Contains(main, want) {
			t.Errorf("main text lacks %q", want)
		}
	}
	for _, bad := range []string{"cookies", "newsletter", "Read more", "Council debates", "Photo: Example Gazette", "All rights reserved", "Home"} {
		if strings.Contains(main, bad) {
			t.Errorf("main text contains furniture %q", bad)
		}
	}
	if len(a.Notes) != 1 || !strings.HasPrefix(a.Notes[0], "Correction: An earlier version") {
		t.Errorf("Notes = %q, want the correction", a.Notes)
	}
	m := a.Meta
	if m.Title != "Harbour bridge reopens after repairs" {
		t.Errorf("Title = %q", m.Title)
	}
	if strings.Join(m.Authors, "; ") != "Maria Lopez; Tom Becker" {
		t.Errorf("Authors = %q", m.Authors)
	}
	if got := m.Published.Format(time.RFC3339); got != "2021-03-14T09:30:00-05:00" {
		t.Errorf("Published = %s", got)
	}
	if got := m.Modified.Format(time.RFC3339); got != "2021-03-14T16:05:00-05:00" {
		t.Errorf("Modified = %s", got)
	}
	if m.Site != "The Example Gazette" || m.Section != "Local" || m.Language != "en" {
		t.Errorf("Site, Section, Language = %q, %q, %q", m.Site, m.Section, m.Language)
	}
	if m.Canonical != "https://news.example.com/2021/03/14/harbour-bridge-reopens/" {
		t.Errorf("Canonical = %q", m.Canonical)
	}

	doc := a.Document()
	if len(doc.Paragraphs) != len(a.Body)+len(a.Notes)+2 {
		t.Errorf("%d paragraphs for %d body, %d notes, headline and byline", len(doc.Paragraphs), len(a.Body), len(a.Notes))
	}
	if got := doc.Slice(doc.Paragraphs[0]); got != m.Title {
		t.Errorf("first paragraph %q, want the headline", got)
	}
	if got := doc.Slice(doc.Paragraphs[1]); got != "By Maria Lopez and Tom Becker" {
		t.Errorf("second paragraph %q, want the byline", got)
	}
	for _, p := range doc.Paragraphs[2:] {
		if doc.Slice(p) == m.Title {
			t.Errorf("the headline is repeated in the body")
		}
	}
}

func TestNoArticle(t *testing.T) {
	pages := map[string]string{
		"empty":  ``,
		"blank":  `<html><head><title>Login</title></head><body></body></html>`,
		"login":  `<html><body><form><label>User</label><input name=u><label>Password</label><input type=password><button>Sign in</button></form></body></html>`,
		"front":  `<html><body><nav><ul><li><a href=/a>World</a></li><li><a href=/b>Business</a></li><li><a href=/c>Sport</a></li></ul></nav></body></html>`,
		"broken": `<html><body><p>Short <b>text</p></i></div></body>`,
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			_, err := HTML([]byte(page), Options{})
			if !errors.Is(err, ErrNoArticle) {
				t.Errorf("err = %v, want ErrNoArticle", err)
			}
		})
	}
}

func TestBinary(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 200)...)
	if _, err := HTML(png, Options{}); !errors.Is(err, ErrNotHTML) {
		t.Errorf("err = %v, want ErrNotHTML", err)
	}
}

func TestBrokenMarkup(t *testing.T) {
	// Unclosed elements, stray end tags, an unclosed SVG and an
	// unterminated comment at the end: the text still comes out.
	body := strings.Repeat("<p>The committee met on Tuesday to discuss the budget for the coming year and agreed on most points.", 4)
	page := `<html><head><title>Budget talks</title><body><div><svg><path d="M0"></svg><svg class=x><g>` + body + `</i></span></div></div><!-- never closed`
	a, err := HTML([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Main(), "The committee met"); n != 4 {
		t.Errorf("%d paragraphs of 4 kept: %q", n, a.Main())
	}
}

func TestFutureAndScriptDates(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2031-01-01T00:00:00Z">
<script>var published = "2019-02-03";</script></head><body><article>` +
		strings.Repeat("<p>Officials said on Tuesday that the plan would go ahead as described in the report, with work to start soon.</p>", 3) +
		`<p>Call 202-555-0199 or 2019 555 0100 for details.</p></article></body></html>`
	a, err := HTML([]byte(page), Options{URL: "https://example.com/news/plan", Fetched: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Meta.Published.IsZero() {
		t.Errorf("Published = %v, want none (future meta date, script date and phone numbers refused)", a.Meta.Published)
	}
}

func TestJSONLDBody(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam holds",
"articleBody":"Engineers said on Monday that the dam had held through the night.\nThe reservoir is expected to fall below the warning level by Wednesday, the regional authority said."}</script></head>
<body><div id="app">Loading…</div></body></html>`
	a, err := HTML([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != 2 || !strings.HasPrefix(a.Body[1], "The reservoir") || a.Meta.Title != "Dam holds" {
		t.Errorf("body %q, title %q", a.Body, a.Meta.Title)
	}
}

func TestLiveBlog(t *testing.T) {
	a, err := HTML(readTestdata(t, "liveblog.html"), Options{Fetched: time.Date(2021, 7, 16, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"9:42 a.m.", "The river reached", "8:15 a.m.", "Rescue teams", "7:01 a.m.", "Schools in the district"}
	got := dropTitle(a.Body, a.Meta.Title)
	if len(got) != len(want) {
		t.Fatalf("body %q, want entries with their stamps %q", got, want)
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], w) {
			t.Errorf("paragraph %d = %q, want it to start with %q", i, got[i], w)
		}
	}
}
