package extract

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph/document"
)

// metaCollector gathers metadata candidates from the page before cleaning
// and decides between them once the text is known.
type metaCollector struct {
	hd      head
	base    *url.URL
	fetched time.Time
	ld      ldArticle

	h1        string
	h1Count   int
	bylines   []string
	times     []timeCand
	dateTexts []string
}

type timeCand struct {
	t        document.Time
	modified bool
	strong   bool // itemprop/pubdate, or inside the article's header
}

// ldArticle is what JSON-LD says of the article.
type ldArticle struct {
	rank                               int // how article-like the chosen object's type is
	headline, published, modified      string
	section, language, publisher, link string
	authors                            []string
}

func parseURL(s string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

// collectMeta reads the metadata candidates of the page.
func collectMeta(root *html.Node, hd head, base *url.URL, fetched time.Time) *metaCollector {
	mc := &metaCollector{hd: hd, base: base, fetched: fetched}
	for _, s := range hd.jsonLD {
		mc.readJSONLD(s)
	}
	mc.walk(root, false, false)
	return mc
}

// walk visits the tree for h1s, <time> elements, bylines and dates
// written near the headline.
func (mc *metaCollector) walk(n *html.Node, inArticle, inComment bool) {
	if n.Type != html.ElementNode && n.Type != html.DocumentNode {
		return
	}
	if n.Type == html.ElementNode {
		idc := strings.ToLower(attr(n, "id") + " " + attr(n, "class"))
		if strings.Contains(idc, "comment") || strings.Contains(idc, "related") || strings.Contains(idc, "sidebar") || n.DataAtom == atom.Aside || n.DataAtom == atom.Footer || n.DataAtom == atom.Nav {
			inComment = true
		}
		if n.DataAtom == atom.Article || attr(n, "itemprop") == "articleBody" {
			inArticle = true
		}
		if inComment {
			return
		}
		switch n.DataAtom {
		case atom.H1:
			if mc.h1 == "" || (inArticle && mc.h1Count > 0) {
				if t := collapse(textOf(n)); t != "" {
					if mc.h1 == "" {
						mc.h1 = t
					}
				}
			}
			mc.h1Count++
		case atom.Time:
			if dt := attr(n, "datetime"); dt != "" {
				if t, ok := parseMachineDate(dt); ok {
					ip := strings.ToLower(attr(n, "itemprop"))
					mod := strings.Contains(ip, "modified") || strings.Contains(idc, "modif") || strings.Contains(idc, "updated")
					strong := strings.Contains(ip, "datepublished") || hasAttr(n, "pubdate") || strings.Contains(idc, "publish")
					mc.times = append(mc.times, timeCand{t: t, modified: mod, strong: strong || inArticle})
				}
			} else if t, ok := parseHumanDate(textOf(n)); ok {
				mc.times = append(mc.times, timeCand{t: t, strong: inArticle})
			}
		}
		ip := attr(n, "itemprop")
		switch {
		case ip == "datePublished" || ip == "dateModified":
			v := attr(n, "content")
			if v == "" {
				v = attr(n, "datetime")
			}
			if t, ok := parseMachineDate(v); ok {
				mc.times = append(mc.times, timeCand{t: t, modified: ip == "dateModified", strong: true})
			}
		case ip == "author" || ip == "creator" || attr(n, "rel") == "author" ||
			((strings.Contains(idc, "byline") || strings.Contains(idc, "author")) && n.DataAtom != atom.Img && n.DataAtom != atom.Meta && n.DataAtom != atom.Link):
			if t := collapse(textOf(n)); t != "" && utf8.RuneCountInString(t) < 200 && len(mc.bylines) < 20 {
				mc.bylines = append(mc.bylines, t)
			}
		}
		if (strings.Contains(idc, "date") || strings.Contains(idc, "publish") || strings.Contains(idc, "dateline") || strings.Contains(idc, "time")) && len(mc.dateTexts) < 20 {
			if t := collapse(textOf(n)); t != "" && utf8.RuneCountInString(t) < 120 {
				mc.dateTexts = append(mc.dateTexts, t)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		mc.walk(c, inArticle, inComment)
	}
}

// articleTypes ranks the JSON-LD types that describe an article.
var articleTypes = map[string]int{
	"newsarticle": 5, "reportagenewsarticle": 5, "analysisnewsarticle": 5, "opinionnewsarticle": 5,
	"backgroundnewsarticle": 5, "reviewnewsarticle": 5, "liveblogposting": 5,
	"article": 4, "blogposting": 4, "report": 3, "scholarlyarticle": 3, "techarticle": 3,
	"socialmediaposting": 2, "posting": 2, "webpage": 1, "itempage": 1,
}

// readJSONLD reads one JSON-LD block and keeps the most article-like
// object it describes.
func (mc *metaCollector) readJSONLD(s string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		// Some pages put a trailing semicolon or HTML comment markers.
		s = strings.TrimSuffix(strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "<!->")), ";")
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			return
		}
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			rank := 0
			for _, t := range strs(x["@type"]) {
				rank = max(rank, articleTypes[strings.ToLower(t)])
			}
			if rank > mc.ld.rank {
				mc.ld = ldFrom(x, rank)
			} else if rank > 0 && rank == mc.ld.rank {
				// Fill what the first object of the same rank lacks.
				o := ldFrom(x, rank)
				fill(&mc.ld.headline, o.headline)
				fill(&mc.ld.published, o.published)
				fill(&mc.ld.modified, o.modified)
				if len(mc.ld.authors) == 0 {
					mc.ld.authors = o.authors
				}
			}
			if m, ok := x["mainEntity"]; ok {
				visit(m, depth+1)
			}
		}
	}
	visit(v, 0)
}

func fill(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func ldFrom(x map[string]any, rank int) ldArticle {
	a := ldArticle{rank: rank}
	a.headline = first(strs(x["headline"]))
	if a.headline == "" && rank >= 4 {
		a.headline = first(strs(x["name"]))
	}
	a.published = first(strs(x["datePublished"]))
	if a.published == "" {
		a.published = first(strs(x["dateCreated"]))
	}
	a.modified = first(strs(x["dateModified"]))
	a.section = first(strs(x["articleSection"]))
	a.language = first(strs(x["inLanguage"]))
	a.link = first(strs(x["url"]))
	if p, ok := x["publisher"].(map[string]any); ok {
		a.publisher = first(strs(p["name"]))
	}
	var authors func(v any)
	authors = func(v any) {
		switch y := v.(type) {
		case string:
			a.authors = append(a.authors, y)
		case []any:
			for _, e := range y {
				authors(e)
			}
		case map[string]any:
			if n := first(strs(y["name"])); n != "" {
				a.authors = append(a.authors, n)
			}
		}
	}
	authors(x["author"])
	if len(a.authors) == 0 {
		authors(x["creator"])
	}
	return a
}

// strs returns a JSON value as strings: a string, or the strings of an
// array, or the "@value"/"name" of an object.
func strs(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{strings.TrimSpace(x)}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, strs(e)...)
		}
		return out
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return []string{s}
		}
		if s, ok := x["@id"].(string); ok {
			return []string{s}
		}
	}
	return nil
}

func first(s []string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// metaValue returns the content of the first meta tag whose name, property
// or itemprop is one of keys, in the order of keys.
func (mc *metaCollector) metaValue(keys ...string) string {
	for _, k := range keys {
		for _, m := range mc.hd.metas {
			if m.name == k || m.property == k || strings.EqualFold(m.itemprop, k) {
				return m.content
			}
		}
	}
	return ""
}

func (mc *metaCollector) metaValues(keys ...string) []string {
	var out []string
	for _, k := range keys {
		for _, m := range mc.hd.metas {
			if m.name == k || m.property == k || strings.EqualFold(m.itemprop, k) {
				out = append(out, m.content)
			}
		}
	}
	return out
}

// meta decides the metadata, given the extracted paragraphs (for a date
// line when the markup gives no date).
func (mc *metaCollector) meta(paras []para) document.Meta {
	var m document.Meta
	if mc.base != nil {
		m.URL = mc.base.String()
	}
	m.Canonical = mc.canonical()
	m.Site = mc.site()
	m.Title = mc.title(m.Site)
	m.Authors = mc.authors()
	m.Published, m.Modified = mc.dates(paras)
	m.Language = mc.language()
	m.Section = cleanText(firstNonEmpty(mc.metaValue("article:section", "parsely-section", "section", "og:section"), mc.ld.section))
	return m
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}

func cleanText(s string) string {
	return collapse(html.UnescapeString(s))
}

func (mc *metaCollector) canonical() string {
	for _, c := range []string{mc.hd.canonical, mc.metaValue("og:url"), mc.ld.link} {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		u, err := url.Parse(c)
		if err != nil {
			continue
		}
		if mc.base != nil {
			u = mc.base.ResolveReference(u)
		}
		if (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
	}
	return ""
}

func (mc *metaCollector) site() string {
	s := cleanText(firstNonEmpty(mc.metaValue("og:site_name", "application-name", "twitter:app:name:iphone"), mc.ld.publisher))
	if s != "" && utf8.RuneCountInString(s) < 80 {
		return s
	}
	u := mc.base
	if c := parseURL(mc.canonical()); c != nil {
		u = c
	}
	if u != nil {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}

// titleSeps split a page title into its headline and the site's name.
var titleSeps = lazyRegexp(`\s+(?:[|–—»«·•:/\\-]|::|-{2})\s+`)

// title picks the headline: the page's h1 when the meta title agrees with
// it (it is what a reader sees), else the meta title (Open Graph, JSON-LD,
// <title>) with the site name cut off.
func (mc *metaCollector) title(site string) string {
	metaTitles := []string{
		mc.metaValue("og:title", "twitter:title", "dc.title", "headline", "title"),
		mc.ld.headline,
		mc.hd.title,
	}
	var cands []string
	for _, t := range metaTitles {
		if t = cleanText(t); t != "" {
			cands = append(cands, stripSite(t, site, mc.base))
		}
	}
	h1 := cleanText(mc.h1)
	if h1 != "" && utf8.RuneCountInString(h1) < 300 {
		for _, c := range cands {
			if similar(h1, c) {
				return h1
			}
		}
		if len(cands) == 0 {
			return h1
		}
	}
	for _, c := range cands {
		if c != "" && utf8.RuneCountInString(c) < 300 {
			return c
		}
	}
	return ""
}

// stripSite removes the site's name from a title: "Headline | Site" and
// "Site - Headline" give "Headline".
func stripSite(t, site string, base *url.URL) string {
	parts := titleSeps().Split(t, -1)
	if len(parts) < 2 {
		return t
	}
	host := ""
	if base != nil {
		host = strings.TrimPrefix(strings.ToLower(base.Hostname()), "www.")
	}
	isSite := func(p string) bool {
		lp := strings.ToLower(strings.TrimSpace(p))
		ls := strings.ToLower(site)
		if lp == "" {
			return true
		}
		if ls != "" && (strings.Contains(ls, lp) || strings.Contains(lp, ls)) {
			return true
		}
		if host != "" {
			squashed := strings.ReplaceAll(lp, " ", "")
			if strings.Contains(host, squashed) || strings.Contains(squashed, strings.SplitN(host, ".", 2)[0]) {
				return true
			}
		}
		return false
	}
	var keep []string
	for _, p := range parts {
		if !isSite(p) {
			keep = append(keep, p)
		}
	}
	switch {
	case len(keep) == len(parts):
		// No part names the site: cut the last part when it is short
		// (a site or section name), keep the rest.
		last := parts[len(parts)-1]
		if len(strings.Fields(last)) <= 3 && len(strings.Fields(parts[0])) > 3 {
			return strings.TrimSpace(t[:strings.LastIndex(t, last)-len(titleSeps().FindAllString(t, -1)[len(parts)-2])])
		}
		return t
	case len(keep) == 0:
		return t
	}
	// Rejoin the kept parts with their original separators.
	start := strings.Index(t, keep[0])
	end := strings.LastIndex(t, keep[len(keep)-1]) + len(keep[len(keep)-1])
	if start < 0 || end < start {
		return keep[0]
	}
	return strings.TrimSpace(t[start:end])
}

// similar reports whether two titles share most of their words.
func similar(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	set := map[string]bool{}
	for _, w := range wb {
		set[w] = true
	}
	n := 0
	for _, w := range wa {
		if set[w] {
			n++
		}
	}
	return float64(n) >= 0.6*float64(min(len(wa), len(wb)))
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// authors returns the article's authors: JSON-LD, then meta tags, then
// bylines on the page.
func (mc *metaCollector) authors() []string {
	sources := [][]string{
		mc.ld.authors,
		mc.metaValues("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator"),
		mc.bylines,
	}
	for i, src := range sources {
		var out []string
		seen := map[string]bool{}
		for _, s := range src {
			for _, n := range splitAuthors(s, i < 2) {
				k := strings.ToLower(n)
				if !seen[k] {
					seen[k] = true
					out = append(out, n)
				}
			}
		}
		if len(out) > 0 && len(out) <= 8 {
			return out
		}
	}
	return nil
}

var (
	bylinePrefix = lazyRegexp(`(?i)^(?:(?:written|posted|reported|words|story|text|photos?|published|updated|von|by)\s+by\s+|by:?\s+|von:?\s+|author:?\s+|autor(?:in)?:?\s+|posted\s+|written\s+)`)
	authorSplit  = lazyRegexp(`\s*(?:,|;|\||/|&|\band\b|\bund\b|\bwith\b)\s*`)
	notAName     = lazyRegexp(`(?i)@|https?:|www\.|\.com\b|\d|^(?:staff|admin|administrator|editor|editors|redaktion|guest|team|desk|news desk|contributor|unknown|anonymous|none)$`)
	nameRoles    = lazyRegexp(`(?i)\s*(?:[-–—|,(]\s*)?\b(?:staff|senior|chief|special|political|foreign|washington|business|contributing|freelance)?\s*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)s?\b.*$`)
)

// splitAuthors turns a byline into names. Structured sources (JSON-LD, meta
// tags) may name an organisation alone ("Reuters"); a byline from the page
// must read as a person's name.
func splitAuthors(s string, structured bool) []string {
	s = cleanText(s)
	if s == "" || strings.HasPrefix(s, "http") {
		return nil
	}
	s = bylinePrefix().ReplaceAllString(s, "")
	// "Jane Doe, Reuters" and "Jane Doe | Staff writer": roles go.
	s = nameRoles().ReplaceAllString(s, "")
	var out []string
	for _, p := range authorSplit().Split(s, -1) {
		p = strings.Trim(strings.TrimSpace(bylinePrefix().ReplaceAllString(strings.TrimSpace(p), "")), ".:-–—()[]")
		p = strings.TrimSpace(p)
		if p == "" || notAName().MatchString(p) || utf8.RuneCountInString(p) > 60 {
			continue
		}
		f := strings.Fields(p)
		if len(f) > 5 || (!structured && len(f) < 2) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !isUpper(r) && !structured {
			continue
		}
		out = append(out, p)
	}
	return out
}

func isUpper(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }

// dates decides the publication and modification times, in the order of
// trust: meta tags, JSON-LD, <time> elements, the URL, a date line.
func (mc *metaCollector) dates(paras []para) (pub, mod document.Time) {
	ok := func(t document.Time) bool { return plausible(t, mc.fetched) }
	try := func(dst *document.Time, s string) {
		if !dst.IsZero() || s == "" {
			return
		}
		if t, good := parseMachineDate(s); good && ok(t) {
			*dst = t
		}
	}
	for _, v := range mc.metaValues("article:published_time", "og:published_time", "article:published", "datepublished",
		"publishdate", "publish-date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date",
		"dcterms.created", "date", "og:pubdate", "cxenseparse:recs:publishtime", "article.published", "published-date", "release_date") {
		try(&pub, v)
	}
	for _, v := range mc.metaValues("article:modified_time", "og:updated_time", "article:modified", "datemodified",
		"last-modified", "dcterms.modified", "lastmod", "parsely-modified-date", "article.updated") {
		try(&mod, v)
	}
	try(&pub, mc.ld.published)
	try(&mod, mc.ld.modified)
	// <time> elements: a marked publication time first, else the first.
	for _, pass := range []bool{true, false} {
		for _, c := range mc.times {
			if c.modified || (pass && !c.strong) || !ok(c.t) {
				continue
			}
			if pub.IsZero() {
				pub = c.t
			}
		}
	}
	for _, c := range mc.times {
		if c.modified && mod.IsZero() && ok(c.t) {
			mod = c.t
		}
	}
	if pub.IsZero() {
		for _, u := range []*url.URL{mc.base, parseURL(mc.canonical())} {
			if u != nil {
				if t, good := dateFromURL(u.EscapedPath()); good && ok(t) {
					pub = t
					break
				}
			}
		}
	}
	if pub.IsZero() {
		var texts []string
		texts = append(texts, mc.dateTexts...)
		for i, p := range paras {
			if i >= 3 {
				break
			}
			if utf8.RuneCountInString(p.text) < 200 {
				texts = append(texts, p.text)
			}
		}
		for _, s := range texts {
			if t, good := parseHumanDate(s); good && ok(t) {
				pub = t
				break
			}
		}
	}
	if !mod.IsZero() && !pub.IsZero() && mod.Before(pub.Time) && !mod.DateOnly {
		mod = document.Time{}
	}
	return pub, mod
}

// language returns the declared language as an ISO 639-1 code.
func (mc *metaCollector) language() string {
	for _, l := range []string{mc.hd.lang, mc.metaValue("content-language", "dc.language", "language", "og:locale"), mc.ld.language} {
		l = strings.ToLower(strings.TrimSpace(l))
		if i := strings.IndexAny(l, "-_ ,;"); i >= 0 {
			l = l[:i]
		}
		if len(l) == 2 && l[0] >= 'a' && l[0] <= 'z' && l[1] >= 'a' && l[1] <= 'z' {
			return l
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf returns the text inside n, with a space between blocks.
func textOf(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
			if blockAtoms[n.DataAtom] {
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}
