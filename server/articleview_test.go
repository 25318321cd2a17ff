package server

import (
	"fmt"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph/document"
)

// parsePage fetches a page and parses it as a browser would.
func parsePage(t testing.TB, ts *httptest.Server, path string) *html.Node {
	t.Helper()
	resp, body := get(t, ts.URL+path)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d\n%.500s", path, resp.StatusCode, body)
	}
	n, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, c string) bool {
	v, _ := attr(n, "class")
	return slices.Contains(strings.Fields(v), c)
}

// all returns the elements under n for which keep is true.
func all(n *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && keep(d) {
			out = append(out, d)
		}
	}
	return out
}

func byID(n *html.Node, id string) *html.Node {
	found := all(n, func(e *html.Node) bool { v, _ := attr(e, "id"); return v == id })
	if len(found) == 0 {
		return nil
	}
	return found[0]
}

// text returns the text under n, without the labels newsgraph adds (as
// the page's script counts it).
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && hasClass(n, "lbl") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// TestArticleViewEveryLayer renders a document in which every layer is
// filled and checks that each shows in the text and in the panels, with
// spans that agree with the JSON.
func TestArticleViewEveryLayer(t *testing.T) {
	s, ts := newServer(t, Options{})
	doc := fullDocument(t)
	path := addArticle(s, "full", doc)
	page := parsePage(t, ts, path)
	runes := []rune(doc.Text)
	main := byID(page, "doc")
	if main == nil {
		t.Fatal("no #doc")
	}

	t.Run("text is the document's text", func(t *testing.T) {
		blocks := all(main, func(e *html.Node) bool { _, ok := attr(e, "data-cp"); return ok })
		if len(blocks) != len(doc.Paragraphs) {
			t.Errorf("%d blocks for %d paragraphs", len(blocks), len(doc.Paragraphs))
		}
		for _, b := range blocks {
			v, _ := attr(b, "data-cp")
			cp, _ := strconv.Atoi(v)
			got := []rune(text(b))
			if cp < 0 || cp+len(got) > len(runes) || string(runes[cp:cp+len(got)]) != string(got) {
				t.Errorf("block at %d: %q is not the text there", cp, string(got))
			}
		}
		if h := byID(page, "headline"); h == nil || text(h) != "Harbour talks resume as port strike enters third week" {
			t.Errorf("headline: %v", h)
		}
	})

	t.Run("marks cover their spans", func(t *testing.T) {
		marks := all(main, func(e *html.Node) bool { _, ok := attr(e, "data-span"); return ok })
		if len(marks) < len(doc.Mentions)+len(doc.Timexes) {
			t.Fatalf("%d marks", len(marks))
		}
		for _, m := range marks {
			if hasClass(m, "cont") {
				t.Errorf("unexpected split mark %v", m.Attr)
				continue
			}
			v, _ := attr(m, "data-span")
			var a, b int
			fmt.Sscanf(v, "%d-%d", &a, &b)
			if got := text(m); got != string(runes[a:b]) {
				t.Errorf("mark %s: text %q, want %q", v, got, string(runes[a:b]))
			}
		}
	})

	t.Run("mentions link to their entities", func(t *testing.T) {
		for i, m := range doc.Mentions {
			el := byID(main, fmt.Sprintf("m%d", i))
			if el == nil {
				t.Fatalf("mention %d (%s) not rendered", i, m.Text)
			}
			want := m.Entity
			if want == "" {
				want = "u1"
			}
			if e, _ := attr(el, "data-entity"); e != want {
				t.Errorf("%s: data-entity %q, want %q", m.Text, e, want)
			}
			if !hasClass(el, "m-"+strings.ToLower(m.Type)) {
				t.Errorf("%s: class %v", m.Text, el.Attr)
			}
			if byID(page, "entity-"+want) == nil {
				t.Errorf("%s: no card entity-%s", m.Text, want)
			}
			href, isLink := attr(el, "href")
			if m.Text == "Tauranga" {
				// Nested in "Port of Tauranga": links cannot nest.
				if isLink || el.Data != "span" {
					t.Errorf("nested mention is a link")
				}
				if ti, _ := attr(el, "tabindex"); ti != "0" {
					t.Errorf("nested mention is not focusable")
				}
			} else if href != "#entity-"+want {
				t.Errorf("%s: href %q", m.Text, href)
			}
		}
		nestedLinks := all(page, func(e *html.Node) bool {
			if e.Data != "a" {
				return false
			}
			for p := e.Parent; p != nil; p = p.Parent {
				if p.Type == html.ElementNode && p.Data == "a" {
					return true
				}
			}
			return false
		})
		if len(nestedLinks) > 0 {
			t.Errorf("%d links inside links", len(nestedLinks))
		}
	})

	t.Run("entity cards", func(t *testing.T) {
		card := byID(page, "entity-E1")
		if card == nil {
			t.Fatal("no card for E1")
		}
		got := text(card)
		for _, want := range []string{"Zoë Ngata", "Person", "Transport Minister", "Also: Ngata", "3 mentions", "2 quotes"} {
			if !strings.Contains(got, want) {
				t.Errorf("card E1 lacks %q: %q", want, got)
			}
		}
		if strings.Contains(got, "Also: Zoë Ngata") {
			t.Error("the name is listed among its aliases")
		}
		if c := text(byID(page, "entity-E4")); !strings.Contains(c, "on a sanctions list") {
			t.Errorf("E4 card does not flag the hit: %q", c)
		}
		if c := text(byID(page, "entity-u1")); !strings.Contains(c, "no entity") {
			t.Errorf("unresolved mention card: %q", c)
		}
		// Groups come in type order, people first.
		var heads []string
		for _, h := range all(byID(page, "h-entities").Parent, func(e *html.Node) bool { return e.Data == "h3" }) {
			heads = append(heads, text(h))
		}
		if strings.Join(heads, ",") != "People,Organisations,Places,Other names" {
			t.Errorf("groups %v", heads)
		}
	})

	t.Run("quotes carry their speakers", func(t *testing.T) {
		q := byID(main, "q1")
		if q == nil {
			t.Fatal("no q1")
		}
		lbl := all(q, func(e *html.Node) bool { return hasClass(e, "lbl-q") })
		if len(lbl) != 1 || text(lbl[0]) != "" || lbl[0].FirstChild == nil || lbl[0].FirstChild.Data != "Zoë Ngata" {
			t.Errorf("q1 speaker label: %v", lbl)
		}
		// Both parts of the split quote are marked, the label only on the first.
		parts := all(main, func(e *html.Node) bool { v, _ := attr(e, "data-quote"); return v == "q1" && hasClass(e, "q") })
		if len(parts) != 2 {
			t.Errorf("q1: %d parts marked", len(parts))
		}
		if len(all(main, func(e *html.Node) bool { return hasClass(e, "cue") })) != 4 || len(all(main, func(e *html.Node) bool { return hasClass(e, "src") })) != 4 {
			t.Error("cues or sources missing")
		}
		panel := text(byID(page, "h-quotes").Parent)
		for _, want := range []string{"Zoë Ngata", "Transport Minister", "Nobody wins a long strike.", "Maritime Workers United", "indirect", "serious but unfinished", "partial"} {
			if !strings.Contains(panel, want) {
				t.Errorf("quotes panel lacks %q", want)
			}
		}
	})

	t.Run("time expressions show their values", func(t *testing.T) {
		for i, tx := range doc.Timexes {
			el := byID(main, fmt.Sprintf("t%d", i))
			if el == nil {
				t.Fatalf("timex %q not rendered", tx.Text)
			}
			lbl := all(el, func(e *html.Node) bool { return hasClass(e, "lbl-tx") })
			if len(lbl) != 1 || !strings.HasSuffix(lbl[0].FirstChild.Data, tx.Value) {
				t.Errorf("%s: label %v", tx.Text, lbl)
			}
		}
		if l := all(byID(main, "t7"), func(e *html.Node) bool { return hasClass(e, "lbl-tx") }); l[0].FirstChild.Data != "more than P10Y" {
			t.Errorf("mod label %q", l[0].FirstChild.Data)
		}
		var values []string
		for _, w := range all(byID(page, "h-timeline").Parent, func(e *html.Node) bool { return hasClass(e, "when") }) {
			values = append(values, strings.Fields(text(w))[0])
		}
		if strings.Join(values, ",") != "2024-03-03,2024-03-18,2024-03-19,2024-03-22" {
			t.Errorf("timeline %v", values)
		}
	})

	t.Run("relations, screening, updates", func(t *testing.T) {
		rel := text(byID(page, "h-relations").Parent)
		for _, want := range []string{"Aroha Pene meet Zoë Ngata", "Kōwhai Lines divert to Port of Tauranga", "in Tauranga", "2024-03-03", "negated", "reported", "Li Wei role chief executive Kōwhai Lines"} {
			if !strings.Contains(squash(rel), want) {
				t.Errorf("relations panel lacks %q: %s", want, squash(rel))
			}
		}
		if el := byID(main, "r4"); el == nil || text(el) != "diverted" {
			t.Errorf("relation trigger r4: %v", el)
		}
		hits := all(main, func(e *html.Node) bool { return hasClass(e, "m-hit") })
		if len(hits) != 3 { // Kōwhai Lines, Li Wei, 李偉
			t.Errorf("%d mentions flagged, want 3", len(hits))
		}
		scr := text(byID(page, "h-screening").Parent)
		for _, want := range []string{"KOWHAI LINES LIMITED", "DEMO-0042", "0.91", "transliteration"} {
			if !strings.Contains(scr, want) {
				t.Errorf("screening panel lacks %q", want)
			}
		}
		upd := text(byID(page, "h-updates").Parent)
		if len(doc.Updates) == 0 || !strings.Contains(upd, doc.Updates[0].Note) || !strings.Contains(upd, "Sam Toa") {
			t.Errorf("updates panel: %q (updates %+v)", upd, doc.Updates)
		}
		if !strings.Contains(text(main), "Update log") {
			t.Error("no update log section")
		}
	})

	t.Run("layer toggles", func(t *testing.T) {
		for _, id := range []string{"layer-mentions", "layer-quotes", "layer-timexes", "layer-relations", "layer-screening", "layer-regions"} {
			el := byID(page, id)
			if el == nil {
				t.Errorf("no toggle %s", id)
				continue
			}
			if _, ok := attr(el, "checked"); !ok {
				t.Errorf("%s not on by default", id)
			}
			if el.Parent.Data != "label" {
				t.Errorf("%s has no label", id)
			}
		}
	})
}

// TestArticleViewEmptyLayers renders documents with little or nothing in
// them.
func TestArticleViewEmptyLayers(t *testing.T) {
	s, ts := newServer(t, Options{})
	for name, doc := range map[string]*document.Document{
		"bare":        document.New("Just some text without any layer."),
		"no-paras":    {Text: "Head\n\nBody.", Regions: []document.Region{{Span: document.Span{Start: 0, End: 4}, Kind: document.RegionHeadline}, {Span: document.Span{Start: 6, End: 11}, Kind: document.RegionBody}}},
		"bad-spans":   {Text: "Short.", Paragraphs: []document.Span{{Start: 0, End: 6}}, Mentions: []document.Mention{{Span: document.Span{Start: 3, End: 99}, Type: "XYZ"}}, Timexes: []document.Timex{{Span: document.Span{Start: 5, End: 2}}}},
		"entity-only": {Text: "Text.", Entities: []document.Entity{{ID: "E1", Name: "Unmentioned", Type: document.ORG}}, Relations: []document.Relation{{Type: "x", Subject: "E1", Object: "E9"}}},
		"phrase-subject": {Text: "Police arrested Kim.", Paragraphs: []document.Span{{Start: 0, End: 20}}, Sentences: []document.Span{{Start: 0, End: 20}},
			Entities: []document.Entity{{ID: "E1", Name: "Kim", Type: document.PER}},
			Relations: []document.Relation{{Type: "arrest", SubjectText: "Police", SubjectSpan: &document.Span{Start: 0, End: 6}, Object: "E1",
				Trigger: document.Span{Start: 7, End: 15}, Sentence: document.Span{Start: 0, End: 20}, Modality: document.Happened}}},
		"unresolved-quote": {Text: "\"We will not stop,\" it said.", Paragraphs: []document.Span{{Start: 0, End: 29}}, Quotes: []document.Quote{
			{Span: document.Span{Start: 0, End: 19}, Kind: document.QuoteDirect, Source: &document.Span{Start: 20, End: 22}}}},
		"crossing": {Text: "New York Times Square Garden", Paragraphs: []document.Span{{Start: 0, End: 28}}, Mentions: []document.Mention{ // unsorted, crossing
			{Span: document.Span{Start: 9, End: 21}, Type: document.LOC}, {Span: document.Span{Start: 0, End: 14}, Type: document.ORG},
			{Span: document.Span{Start: 15, End: 28}, Type: document.LOC}, {Span: document.Span{Start: 0, End: 8}, Type: document.LOC}}},
	} {
		path := addArticle(s, name, doc)
		resp, body := get(t, ts.URL+path)
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d %.300s", name, resp.StatusCode, body)
		}
		if name == "entity-only" && !strings.Contains(body, "not mentioned by name") {
			t.Errorf("%s: unmentioned entity not shown", name)
		}
		page, _ := html.Parse(strings.NewReader(body))
		for _, a := range all(page, func(e *html.Node) bool { return e.Data == "a" }) {
			for p := a.Parent; p != nil; p = p.Parent {
				if p.Type == html.ElementNode && p.Data == "a" {
					t.Errorf("%s: a link inside a link: %v in %v", name, a.Attr, p.Attr)
				}
			}
		}
		if name == "unresolved-quote" && (!strings.Contains(body, `<span class="lbl lbl-q">it (unresolved)</span>`) || !strings.Contains(body, "speaker not resolved")) {
			t.Errorf("%s: the unresolved speaker is not shown as such", name)
		}
		if name == "phrase-subject" && !strings.Contains(squash(text(byID(page, "h-relations").Parent)), "Police arrest Kim") {
			t.Errorf("%s: the phrase subject is not shown: %s", name, squash(text(byID(page, "h-relations").Parent)))
		}
		if name == "crossing" {
			if got := text(byID(page, "doc")); !strings.Contains(got, "New York Times Square Garden") {
				t.Errorf("crossing: text %q", got)
			}
		}
	}
}

// TestHostileArticle checks that an article made of markup and script
// shows as text: no element, attribute or URL of it reaches the page.
func TestHostileArticle(t *testing.T) {
	s, ts := newServer(t, Options{})
	paths := []string{addArticle(s, "hostile", hostileDocument(t))}
	paths = append(paths, paths[0]+"/json")
	resp, _ := post(t, ts.URL+"/api/analyze", "text/plain", hostileText)
	paths = append(paths, resp.Header.Get("Location"))
	// A page with script, handlers and javascript: links around its
	// article: they are extracted away or shown as text.
	resp, body := post(t, ts.URL+"/api/analyze", "text/html", articleHTML)
	if resp.StatusCode != 200 || strings.Contains(body, "pwned") {
		t.Errorf("hostile page: %d, script kept in the Document: %v", resp.StatusCode, strings.Contains(body, "pwned"))
	}
	paths = append(paths, resp.Header.Get("Location"))
	for i, p := range paths {
		page := parsePage(t, ts, p)
		scripts := all(page, func(e *html.Node) bool { return e.Data == "script" })
		if len(scripts) != 1 {
			t.Errorf("%s: %d script elements", p, len(scripts))
		} else if src, _ := attr(scripts[0], "src"); !strings.HasPrefix(src, "/assets/app.js?v=") || scripts[0].FirstChild != nil {
			t.Errorf("%s: script %v", p, scripts[0].Attr)
		}
		for _, e := range all(page, func(*html.Node) bool { return true }) {
			switch e.Data {
			case "img", "svg", "iframe", "b", "i", "object", "embed", "style", "base", "meta":
				if e.Data == "img" && hasClass(e.Parent, "brand") || e.Data == "meta" && e.Parent.Data == "head" {
					continue
				}
				t.Errorf("%s: a <%s> element from the article: %v", p, e.Data, e.Attr)
			}
			for _, a := range e.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" {
					t.Errorf("%s: attribute %s=%q on <%s>", p, a.Key, a.Val, e.Data)
				}
				if (a.Key == "href" || a.Key == "src" || a.Key == "action") && !strings.HasPrefix(a.Val, "/") && !strings.HasPrefix(a.Val, "#") {
					t.Errorf("%s: %s=%q on <%s>", p, a.Key, a.Val, e.Data)
				}
			}
		}
		if got := text(page); i < 3 && !strings.Contains(got, `<script>window.pwned = 1; alert("xss")</script>`) && !strings.Contains(got, `\u003cscript\u003e`) && !strings.Contains(got, `<script>window.pwned = 1; alert(\"xss\")</script>`) {
			t.Errorf("%s: the script does not show as text", p)
		}
	}
}
