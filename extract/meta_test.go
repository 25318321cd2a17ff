package extract

import (
	"strings"
	"testing"
	"time"
)

// metaOf extracts the metadata of a page built from head and a byline
// block, with enough article text to pass.
func metaOf(t *testing.T, url, head, top string) (title string, authors []string, published string) {
	t.Helper()
	page := "<html><head>" + head + "</head><body><main><article>" + top +
		strings.Repeat("<p>The council voted on Tuesday to approve the plan after a long debate about costs and timing.</p>", 3) +
		"</article></main></body></html>"
	a, err := HTML([]byte(page), Options{URL: url, Fetched: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	p := ""
	if !a.Meta.Published.IsZero() {
		p = a.Meta.Published.Format(time.RFC3339)
	}
	return a.Meta.Title, a.Meta.Authors, p
}

func TestTitleChoice(t *testing.T) {
	tests := []struct{ name, head, top, want string }{
		{"site cut from <title>", `<title>Council backs bridge plan | The Daily Example</title><meta property="og:site_name" content="The Daily Example">`, ``, "Council backs bridge plan"},
		{"h1 wins over SEO og:title", `<meta property="og:title" content="Bridge plan: council backs it">`, `<h1>Council backs the bridge plan</h1>`, "Council backs the bridge plan"},
		{"section label before the headline", `<meta property="og:title" content="Council backs bridge plan">`, `<h1><span>Local News</span> | Council backs bridge plan</h1>`, "Council backs bridge plan"},
		{"logo h1 ignored", `<meta property="og:title" content="Council backs bridge plan">`, `<h1 class="logo">Example News</h1><h1>Council backs bridge plan</h1>`, "Council backs bridge plan"},
		{"dash in the headline kept", `<meta property="og:title" content="Schools reopen – but not all">`, ``, "Schools reopen – but not all"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _, _ := metaOf(t, "", tt.head, tt.top); got != tt.want {
				t.Errorf("title %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAuthorChoice(t *testing.T) {
	tests := []struct{ name, url, head, top, want string }{
		{"JSON-LD people", "", `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Ruiz"},{"name":"Li Wei"}]}</script>`, ``, "Ana Ruiz; Li Wei"},
		{"meta author with role", "", `<meta name="author" content="Ana Ruiz, Staff Writer">`, ``, "Ana Ruiz"},
		{"site name is no author", "https://www.dailyexample.com/a", `<meta name="author" content="Daily Example"><meta property="og:site_name" content="Daily Example">`, `<h1>Council backs plan</h1><p>By Ana Ruiz and Tom Hale</p>`, "Ana Ruiz; Tom Hale"},
		{"byline after the headline", "", `<title>Council backs plan</title>`, `<h1>Council backs plan</h1><div><span>By</span> <a href="/ana">Ana Ruiz</a></div>`, "Ana Ruiz"},
		{"by in a sentence is no byline", "", `<title>Council backs plan</title>`, `<h1>Council backs plan</h1><p>The plan was drafted by Mayor Jane Okafor last year and revised twice.</p>`, ""},
		{"handles and parentheses", "", `<meta name="author" content="Ana Ruiz (ar) @anaruiz">`, ``, "Ana Ruiz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got, _ := metaOf(t, tt.url, tt.head, tt.top); strings.Join(got, "; ") != tt.want {
				t.Errorf("authors %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDateChoice(t *testing.T) {
	tests := []struct{ name, url, head, top, want string }{
		{"meta over JSON-LD", "", `<meta property="article:published_time" content="2021-05-03T10:00:00+02:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-05-04"}</script>`, ``, "2021-05-03T10:00:00+02:00"},
		{"page's zone over UTC", "", `<meta property="article:published_time" content="2021-05-04T03:11:00Z">`, `<time datetime="2021-05-03T22:11:00-05:00">May 3</time>`, "2021-05-03T22:11:00-05:00"},
		{"zoneless local time gives the zone", "", `<meta property="article:published_time" content="2021-05-04T03:11:00Z">`, `<time datetime="2021-05-03 23:11:00">May 3</time>`, "2021-05-03T23:11:00-04:00"},
		{"future refused, URL used", "https://example.com/2021/05/03/story", `<meta property="article:published_time" content="2031-05-03T10:00:00Z">`, ``, "2021-05-03T00:00:00Z"},
		{"date line under the headline", "", `<title>Council backs plan</title>`, `<h1>Council backs plan</h1><p>Published May 3, 2021</p>`, "2021-05-03T00:00:00Z"},
		{"no date from a phone number", "", ``, `<h1>Council backs plan</h1><p>Call 2021-555-0103 for tickets.</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, got := metaOf(t, tt.url, tt.head, tt.top); got != tt.want {
				t.Errorf("published %q, want %q", got, tt.want)
			}
		})
	}
}
