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

	h1s []string
	// afterH1 holds, for each h1, the text that follows it on the page
	// (up to afterH1Len bytes): where bylines and date lines are.
	afterH1  []*strings.Builder
	strongBy []string // rel=author, itemprop=author
	// titleCache is the decided title, for finding the headline's h1.
	titleCache string
	bylines    []string
	times      []timeCand
	dateTexts  []string
}

type timeCand struct {
	raw      string
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
	// body is the articleBody, when the page gives its text there.
	body string
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
	if n.Type == html.TextNode {
		if t := strings.TrimSpace(n.Data); t != "" {
			for _, b := range mc.afterH1 {
				if b.Len() < afterH1Len {
					b.WriteString(t)
					b.WriteString(" ¦ ")
				}
			}
		}
		return
	}
	if n.Type != html.ElementNode && n.Type != html.DocumentNode {
		return
	}
	if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
		return
	}
	if n.Type == html.ElementNode {
		idc := strings.ToLower(attr(n, "id") + " " + attr(n, "class"))
		switch n.DataAtom {
		case atom.Html, atom.Body, atom.Main, atom.Article:
			// Their classes describe the page ("comments-open" on a
			// WordPress body), not a box beside the article.
		case atom.Aside, atom.Footer, atom.Nav:
			inComment = true
		default:
			if besideClass().MatchString(idc) {
				inComment = true
			}
		}
		if n.DataAtom == atom.Article || attr(n, "itemprop") == "articleBody" {
			inArticle = true
		}
		if inComment {
			return
		}
		switch n.DataAtom {
		case atom.H1:
			if t := collapse(textOf(n)); t != "" && len(mc.h1s) < 10 {
				mc.h1s = append(mc.h1s, t)
				mc.afterH1 = append(mc.afterH1, &strings.Builder{})
				return // the collector starts after the h1
			}
		case atom.Time:
			if dt := attr(n, "datetime"); dt != "" {
				if t, ok := parseMachineDate(dt); ok {
					ip := strings.ToLower(attr(n, "itemprop"))
					mod := strings.Contains(ip, "modified") || strings.Contains(idc, "modif") || strings.Contains(idc, "updated")
					strong := strings.Contains(ip, "datepublished") || hasAttr(n, "pubdate") || strings.Contains(idc, "publish")
					mc.times = append(mc.times, timeCand{raw: dt, t: t, modified: mod, strong: strong || inArticle})
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
		case ip == "author" || ip == "creator" || attr(n, "rel") == "author":
			if t := collapse(textOf(n)); t != "" && utf8.RuneCountInString(t) < 100 && len(mc.strongBy) < 10 {
				mc.strongBy = append(mc.strongBy, t)
			}
		case (strings.Contains(idc, "byline") || strings.Contains(idc, "author")) && n.DataAtom != atom.Img && n.DataAtom != atom.Meta && n.DataAtom != atom.Link:
			if t := collapse(textOf(n)); t != "" && utf8.RuneCountInString(t) < 100 && len(mc.bylines) < 3 {
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

// afterH1Len bounds the text kept after each h1.
const afterH1Len = 700

// byAfterH1 finds "By Jane Doe and John Roe" in the text after the
// headline; ¦ marks the breaks between text nodes.
var byAfterH1 = lazyRegexp(`(?:^|¦ )(?:[Bb]y|BY|Written by|Posted by|Words by|Von|von)\s*:?\s*(?:¦\s*)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|la|le|bin|al)){0,4}(?:\s*(?:,|and|&)\s*(?:¦\s*)?(?:and\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|la|le|bin|al)){1,4}){0,5})`)

// headlineText returns the text after the h1 that is the headline.
func (mc *metaCollector) headlineText(title string) string {
	best, bestSim := -1, 0.3
	for i, h := range mc.h1s {
		if s := similarity(h, title); s > bestSim {
			best, bestSim = i, s
		}
	}
	if best < 0 {
		return ""
	}
	return mc.afterH1[best].String()
}

// besideClass matches the class or id of boxes beside the article
// (comments, related stories, a sidebar), whose dates and names are not
// the article's.
var besideClass = lazyRegexp(`(?:^|\s)(?:comments?|comment-list|related|sidebar)(?:[-_]\S*)?(?:\s|$)`)

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
				fill(&mc.ld.body, o.body)
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
	a.body = first(strs(x["articleBody"]))
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
	mc.titleCache = m.Title
	m.Authors = mc.authors(m.Site)
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
	for i, t := range metaTitles {
		if t = cleanText(t); t != "" {
			// <title> carries the site's name and often a section;
			// the others name the article alone, mostly.
			cands = append(cands, stripSite(t, site, mc.base, i == 2))
		}
	}
	// The h1 that agrees best with the meta titles; a page may have
	// several (the logo, a section name, the headline).
	best, bestSim := "", 0.0
	for _, h := range mc.h1s {
		h = cleanText(h)
		if h == "" || utf8.RuneCountInString(h) > 300 {
			continue
		}
		for _, c := range cands {
			if sim := similarity(h, c); sim > bestSim {
				best, bestSim = h, sim
			}
		}
	}
	if bestSim >= 0.4 {
		nb := normTitle(best)
		for _, c := range cands {
			// "Local News | Headline", "Kicker Headline": the h1 holds
			// a section label or kicker before the headline.
			if nc := normTitle(c); nc != "" && len(nc) < len(nb) && strings.HasSuffix(nb, nc) && similarity(best, c) >= 0.5 {
				return c
			}
		}
		return best
	}
	if len(cands) == 0 && len(mc.h1s) > 0 {
		return cleanText(mc.h1s[0])
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
func stripSite(t, site string, base *url.URL, aggressive bool) string {
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
		// No part names the site: in a <title>, cut the last part when
		// it is short (a site or section name), keep the rest.
		last := parts[len(parts)-1]
		if aggressive && len(strings.Fields(last)) <= 3 && len(strings.Fields(parts[0])) > 3 {
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

// similarity is the share of the words of the longer of two titles that
// the other has too.
func similarity(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
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
	return float64(min(n, len(wb))) / float64(max(len(wa), len(wb)))
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// authors returns the article's authors: JSON-LD, then meta tags, then
// bylines on the page.
func (mc *metaCollector) authors(site string) []string {
	var near []string
	if m := byAfterH1().FindStringSubmatch(mc.headlineText(mc.titleCache)); m != nil {
		near = []string{strings.ReplaceAll(m[1], "¦", ",")}
	}
	sources := [][]string{
		mc.ld.authors,
		mc.metaValues("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator"),
		mc.strongBy,
		near,
		mc.bylines,
	}
	// The site's own name is not an author ("BBC News", "Jobs & Hire").
	var house []string
	for _, h := range []string{site, mc.ld.publisher, mc.metaValue("og:site_name")} {
		if h = strings.ToLower(cleanText(h)); h != "" {
			house = append(house, h, strings.TrimPrefix(h, "the "))
		}
	}
	if mc.base != nil {
		host := strings.TrimPrefix(strings.ToLower(mc.base.Hostname()), "www.")
		house = append(house, host, strings.SplitN(host, ".", 2)[0])
	}
	isHouse := func(n string) bool {
		l := strings.ToLower(n)
		squashed := strings.ReplaceAll(l, " ", "")
		for _, h := range house {
			if l == h || squashed == strings.ReplaceAll(h, " ", "") {
				return true
			}
		}
		return false
	}
	for i, src := range sources {
		var out []string
		seen := map[string]bool{}
		for _, s := range src {
			if isHouse(cleanText(s)) {
				continue
			}
			for _, h := range house {
				// "Adam Aaronson PhillyVoice Staff", "Rob Picheta, CNN"
				if len(h) > 2 {
					s = replaceFold(s, h, ",")
				}
			}
			for _, n := range splitAuthors(s, i < 2) {
				k := strings.ToLower(n)
				if !seen[k] && !isHouse(n) {
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

// replaceFold replaces every case-insensitive, whole-word occurrence of
// old in s.
func replaceFold(s, old, repl string) string {
	ls := strings.ToLower(s)
	var b strings.Builder
	i := 0
	for {
		j := strings.Index(ls[i:], old)
		if j < 0 {
			break
		}
		j += i
		end := j + len(old)
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (j == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after)) {
			b.WriteString(s[i:j])
			b.WriteString(repl)
		} else {
			b.WriteString(s[i:end])
		}
		i = end
	}
	b.WriteString(s[i:])
	return b.String()
}

var (
	bylinePrefix = lazyRegexp(`(?i)^(?:(?:written|posted|reported|words|story|text|photos?|published|updated|article|von|by)\s+by:?\s+|by:?\s+|von:?\s+|author:?\s+|autor(?:in)?:?\s+|posted\s+|written\s+)`)
	authorSplit  = lazyRegexp(`(?i)\s*(?:,|;|\||/|&|\band\b|\bund\b|\bwith\b|\s[-–—]\s)\s*`)
	notAName     = lazyRegexp(`(?i)@|https?:|www\.|\.com\b|\d|\b(?:staff|reports?|no author|agencies|files|letters to|editorial|admin|administrator|redaktion|guest|team|desk|contributor|unknown|anonymous|none|article by|view all|more from|follow|archives?)\b|^(?:editor|editors|ph\.?d\.?|m\.?d\.?|mph|rd)$`)
	nameRoles    = lazyRegexp(`(?i)\s*(?:[-–—|,(]\s*)?\b(?:staff|senior|chief|special|political|foreign|washington|business|contributing|freelance|education|health|science|deputy|managing|executive)?\s*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|attorney|director|professor)s?\b[^,;&|]*`)
	parenthetic  = lazyRegexp(`\s*\([^)]*\)?`)
	handles      = lazyRegexp(`\S+@\S+\.\w+|(?:^|\s)@[\w.]+`)
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
	// "Jane Doe, Reuters" and "Jane Doe | Staff writer": roles go, and
	// so do parentheses ("Julia Hitz (eg)").
	s = parenthetic().ReplaceAllString(s, "")
	s = handles().ReplaceAllString(s, ",")
	s = nameRoles().ReplaceAllString(s, ",")
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
	for _, v := range mc.metaValues("article:published_time", "og:article:published_time", "og:published_time", "article:published", "datepublished",
		"publishdate", "publish-date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date",
		"dcterms.created", "date", "og:pubdate", "cxenseparse:recs:publishtime", "article.published", "published-date", "release_date") {
		try(&pub, v)
	}
	for _, v := range mc.metaValues("article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified", "datemodified",
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
		if t := mc.headlineText(mc.titleCache); t != "" {
			texts = append(texts, t[:min(len(t), 400)])
		}
		texts = append(texts, mc.dateTexts...)
		texts = append(texts, mc.bylines...)
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
	return mc.localZone(pub), mc.localZone(mod)
}

// zoneless matches a date and time written without a zone.
var zoneless = lazyRegexp(`^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?$`)

// localZone gives t the page's own zone when t is in UTC and another
// source on the page states the same instant with its offset: a page
// published at 22:11 in Belize on 21 April is dated 21 April, not 22.
func (mc *metaCollector) localZone(t document.Time) document.Time {
	if t.IsZero() || t.DateOnly {
		return t
	}
	if _, off := t.Zone(); off != 0 {
		return t
	}
	var all []string
	for _, m := range mc.hd.metas {
		all = append(all, m.content)
	}
	all = append(all, mc.ld.published, mc.ld.modified)
	for _, c := range mc.times {
		all = append(all, c.raw)
	}
	// A local time written without its zone ("2023-11-08 23:30:59") that
	// is a whole number of quarter hours from t is t on the page's clock.
	for _, s := range all {
		s = strings.TrimSpace(s)
		if !zoneless().MatchString(s) {
			continue
		}
		if o, ok := parseMachineDate(s); ok && !o.DateOnly {
			if d := o.Sub(t.Time); d != 0 && d.Abs() <= 14*time.Hour && d%(15*time.Minute) == 0 {
				return document.Time{Time: t.In(time.FixedZone("", int(d/time.Second)))}
			}
		}
	}
	for _, c := range mc.times {
		if !c.t.DateOnly {
			if _, off := c.t.Zone(); off != 0 && c.t.Sub(t.Time).Abs() <= time.Minute {
				return document.Time{Time: t.In(c.t.Location())}
			}
		}
	}
	for _, s := range all {
		if len(s) < 16 || len(s) > 40 || s[0] < '0' || s[0] > '9' {
			continue
		}
		if o, ok := parseMachineDate(s); ok && !o.DateOnly {
			if _, off := o.Zone(); off != 0 && o.Sub(t.Time).Abs() <= time.Minute {
				return document.Time{Time: t.In(o.Location())}
			}
		}
	}
	return t
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
