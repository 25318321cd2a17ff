package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerClass matches the class, id, role or data attributes of the news
// page furniture that go-trafilatura keeps: captions, newsletter and
// cookie banners, paywall prompts, share bars and advertising slots. Such
// an element goes unless it holds the article's running text.
var boilerClass = lazyRegexp(`(?i)(?:^|[\s_-])(?:` +
	`(?:fig|img|image|photo|media|video|gallery|wp)?-?caption(?:-text)?|image-credit|photo-credit|media-credit|credit-caption|` +
	`newsletter|nl-signup|` +
	`cookie|consent|gdpr|onetrust|cmp-|privacy-?banner|` +
	`paywall|regwall|registration-?wall|` +
	`share-?(?:bar|tools|buttons|links)|social-?(?:share|links|bar)|sharedaddy|` +
	`ad-?slot|ad-?container|ad-?wrapper|advert|advertisement|dfp-ad|` +
	`visually-?hidden|sr-only|screen-?reader(?:-text)?` +
	`)(?:$|[\s_-])`)

// linkClass matches the attributes of blocks that point elsewhere: "read
// more" and related-story lists, recommendations, promotions. Such a block
// goes when it holds no paragraph of running text: a class like
// "entry-content-read-more" can sit on the article itself.
var linkClass = lazyRegexp(`(?i)(?:^|[\s_-])(?:` +
	`read-?more|read-?next|read-?also|also-?read|more-?stories|more-?from|more-?on|related|recirc|recommend(?:ed|ations)?|` +
	`trending|most-?read|most-?popular|popular-?posts|outbrain|taboola|zergnet|` +
	`signup|sign-up|subscribe|subscription|inline-promo|promo-box|article-promo|skip-?link|sponsored` +
	`)(?:$|[\s_-])`)

// noteClass matches update and correction boxes.
var noteClass = lazyRegexp(`(?i)(?:^|[\s_-])(?:correction|clarification|editors?-?note|update-?note|article-?update|updated-?note|story-?update|errata)s?(?:$|[\s_-])`)

// noteText matches the start of an update, correction or editor's note.
var noteText = lazyRegexp(`(?i)^[\[(]?(?:correction|clarification|editor['’]?s['’]? note|update[ds]?(?:\s+(?:at|on))?|note|berichtigung|korrektur|aktualisierung|anmerkung der redaktion)\b[^:.\n]{0,60}[:.—–-]|` +
	`^(?:an earlier version of this|a previous version of this|this (?:article|story|report|post|piece) (?:was|has been|had been) (?:updated|amended|corrected|changed|revised))`)

// dekClass matches the attributes of a standfirst: the summary line under
// a news headline ("dek", "standfirst", "subtitle", "summary", "lede").
var dekClass = lazyRegexp(`(?i)(?:^|[\s_-])(?:dek|deck|standfirst|stand-first|subtitle|sub-title|subheadline|sub-headline|subhead|summary|article-summary|lede|lead|intro|excerpt|strapline|description)(?:$|[\s_-])`)

// notDek matches attributes that rule an element out as a standfirst.
var notDek = lazyRegexp(`(?i)image|img|photo|media|caption|figure|video|teaser|related|promo|card|list|item|nav|menu|footer|comment|meta|byline|author|date|time`)

// findDek returns the standfirst of the article: the first element after
// the first h1 that the page marks as one, 40 to 400 characters of text,
// "" if none. go-trafilatura usually leaves it out; it is part of the
// article as printed.
func findDek(root *html.Node) string {
	seenH1 := false
	var found string
	var visit func(n *html.Node) bool
	visit = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Nav, atom.Aside, atom.Footer, atom.Script, atom.Style, atom.Figure, atom.Figcaption:
				return false
			case atom.H1:
				seenH1 = true
				return false
			}
			if seenH1 && n.DataAtom != atom.Body && n.DataAtom != atom.Article && n.DataAtom != atom.Main {
				sig := signature(n)
				if sig != "" && dekClass().MatchString(sig) && !notDek().MatchString(sig) {
					t := collapse(textOf(n))
					l := utf8.RuneCountInString(t)
					if l >= 40 && l <= 400 && linkRunes(n)*3 < l {
						found = t
						return true
					}
					if l > 400 {
						return false // a container: the body itself
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if visit(c) {
				return true
			}
		}
		return false
	}
	visit(root)
	return found
}

// addDek puts the standfirst before the body unless the body has it.
func addDek(body []string, dek, title string) []string {
	if dek == "" || strings.EqualFold(dek, title) {
		return body
	}
	nd := strings.ToLower(dek)
	for i := 0; i < len(body) && i < 4; i++ {
		if strings.Contains(strings.ToLower(body[i]), nd) || strings.Contains(nd, strings.ToLower(body[i])) && utf8.RuneCountInString(body[i]) > 30 {
			return body
		}
	}
	return append([]string{dek}, body...)
}

// liveClass matches the attributes of a live-blog entry.
var liveClass = lazyRegexp(`(?i)(?:^|[\s_-])(?:live-?blog-?(?:post|entry|item|update|card)|live-?(?:update|entry|post|event-item)s?|lb-post|liveblog__entry|timeline-(?:entry|item))(?:$|[\s_-])`)

// stampClass matches the attributes of an entry's time stamp.
var stampClass = lazyRegexp(`(?i)time|date|stamp`)

// stampLiveEntries makes each live-blog entry start with its time stamp
// as a paragraph of its own ("10:42 a.m."), so that the stamp survives
// content extraction, which drops time elements and entry headers.
func stampLiveEntries(root *html.Node) {
	var entries []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && liveClass().MatchString(signature(n)) {
			entries = append(entries, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	for _, e := range entries {
		stamp := findStamp(e)
		if stamp == nil {
			continue
		}
		text := collapse(textOf(stamp))
		if text == "" || utf8.RuneCountInString(text) > 40 {
			continue
		}
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: text})
		stamp.Parent.RemoveChild(stamp)
		e.InsertBefore(p, e.FirstChild)
	}
}

// findStamp returns the first <time> element of an entry, or else the
// first short element whose attributes say it is a time stamp.
func findStamp(e *html.Node) *html.Node {
	var byClass *html.Node
	var visit func(n *html.Node) *html.Node
	visit = func(n *html.Node) *html.Node {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Time {
				return c
			}
			if byClass == nil && stampClass().MatchString(signature(c)) && utf8.RuneCountInString(collapse(textOf(c))) <= 40 {
				byClass = c
			}
			if t := visit(c); t != nil {
				return t
			}
		}
		return nil
	}
	if t := visit(e); t != nil {
		return t
	}
	return byClass
}

// clean removes page furniture from the tree before content extraction
// and returns the text of the update and correction boxes it took out.
func clean(root *html.Node) (notes []string) {
	var remove []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Figcaption:
				remove = append(remove, n)
				return
			case atom.Figure:
				if utf8.RuneCountInString(collapse(textOf(n))) < 500 {
					remove = append(remove, n)
					return
				}
			case atom.Html, atom.Body, atom.Main, atom.Article:
			default:
				sig := signature(n)
				if sig != "" {
					if noteClass().MatchString(sig) {
						if t := collapse(textOf(n)); t != "" && utf8.RuneCountInString(t) < 1500 {
							notes = append(notes, t)
							remove = append(remove, n)
							return
						}
					}
					if (boilerClass().MatchString(sig) && !holdsArticle(n)) || (linkClass().MatchString(sig) && !hasProse(n)) {
						remove = append(remove, n)
						return
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return notes
}

// signature is what the page says an element is: its class, id, role,
// aria-label and data-component.
func signature(n *html.Node) string {
	var b strings.Builder
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "role", "aria-label", "data-component", "data-module", "data-type":
			b.WriteByte(' ')
			b.WriteString(a.Val)
		}
	}
	return b.String()
}

// holdsArticle reports whether n holds so much running text that it must
// be the article (or contain it) rather than a box beside it: classes like
// "related" sometimes sit on the article's own container.
func holdsArticle(n *html.Node) bool {
	long, total := 0, 0
	var f func(*html.Node) bool
	f = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			l := utf8.RuneCountInString(collapse(textOf(n)))
			total += l
			if l >= 150 {
				long++
			}
			return long >= 3 || total >= 1200
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if f(c) {
				return true
			}
		}
		return false
	}
	return f(n)
}

// hasProse reports whether n holds a paragraph of running text: at least
// 150 characters, few of them in links.
func hasProse(n *html.Node) bool {
	var f func(*html.Node) bool
	f = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			t := collapse(textOf(n))
			l := utf8.RuneCountInString(t)
			return l >= 150 && linkRunes(n)*3 < l
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if f(c) {
				return true
			}
		}
		return false
	}
	return f(n)
}

// linkRunes counts the characters of n's text inside links.
func linkRunes(n *html.Node) int {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return utf8.RuneCountInString(collapse(textOf(n)))
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += linkRunes(c)
	}
	return k
}

// boilerText matches whole paragraphs that are page furniture in any
// article: calls to subscribe or share, "read more" links, advertising
// labels, photo credits, cookie notices.
var boilerText = lazyRegexp(`(?i)^(?:` +
	`advertisement|advertising|anzeige|werbung|sponsored(?: content)?|` +
	`story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll (?:down )?to continue(?: with content)?|` +
	`skip (?:to|past) (?:main )?(?:content|ad)|` +
	`(?:read|see) (?:more|also|next)\b.{0,200}|(?:related|more|also read|recommended|watch|listen|lesen sie auch|mehr zum thema|auch interessant|das könnte sie auch interessieren)\s*:.{0,200}|` +
	// "Read also" in the languages of the news the set holds.
	`(?:lea|lee|vea|mira|mire|le puede interesar|te puede interesar|lea también|lee también|lea más|vea también|noticia relacionada|relacionad[oa]s?|leia também|veja também|leia mais|lire aussi|à lire aussi|a lire aussi|voir aussi|lire la suite|leggi anche|czytaj (?:też|także|również)|zobacz (?:też|także))\s*:.{0,200}|` +
	`(?:schon gelesen|auch interessant|contenido relacionado|artículos relacionados|related (?:stories|articles|posts|content|coverage)|more (?:stories|from|on this)|you (?:may|might) also like|recommended for you|most (?:read|popular))\??|` +
	`(?:sign up|subscribe|register)\b.{0,200}(?:newsletter|inbox|email|e-mail|updates|free|today|now)\b.{0,60}|` +
	`(?:get|receive) (?:our|the) .{0,60}newsletter.{0,100}|` +
	`(?:follow|like) us on .{0,80}|share (?:this|on) .{0,60}|click here .{0,120}|` +
	`(?:photo|image|picture|foto|bild|credit|quelle|source)s?\s*:\s*.{0,80}|` +
	`(?:we use|this (?:site|website) uses) cookies.{0,300}|by (?:continuing|using) (?:to use )?this (?:site|website).{0,200}|` +
	`all rights reserved.{0,100}|©.{0,120}|copyright\s+(?:©\s*)?\d{4}.{0,120}` +
	`)$`)

// tailText matches paragraphs that end a news page without being part of
// the article: calls to subscribe, follow, comment or download an app,
// copyright and reprint notices, comment rules, paywall prompts,
// disclaimers.
var tailText = lazyRegexp(`(?i)\b(?:follow (?:us|the \S+|@)|download (?:the|our) .{0,40}apps?|(?:subscribe|sign up|register) (?:to|for|now|today|here)|signing up|newsletters?|copyright(?:ed)?|all rights reserved|reprint|republish(?:ed)?|(?:comments?|posts?) (?:are|is|will be) (?:moderated|reviewed)|comments? (?:policy|rules)|email addresses will not be published|(?:view|read) the full story|already a subscriber|log in for|not responsible for the (?:opinions|content)|terms of (?:use|service)|privacy policy|permission (?:is|must be)|send us (?:a|your) (?:news|story|tip)|submit your (?:letter|story)|share your (?:thoughts|views|story)|be part of the conversation|join the (?:conversation|discussion)|we want to hear|give us feedback|never miss|our standards|trust principles|alle rechte vorbehalten|abonnieren sie|folgen sie uns|todos los derechos reservados|síguenos|suscríbete|tous droits réservés)\b`)

// headText matches paragraphs that open a page without being part of the
// article: advertising disclosures and paywall prompts.
var headText = lazyRegexp(`(?i)^\*?(?:anzeige|werbung|advertisement|sponsored)\b|\b(?:enthält (?:affiliate[- ]links|werbung)|contains (?:affiliate links|references to products)|(?:we|may) (?:may )?(?:earn|receive) (?:an? )?(?:affiliate )?(?:commission|compensation)|advertis(?:er|ing) (?:disclosure|policy)|(?:view|read) the full story|subscribe to (?:continue|read)|already a subscriber)\b`)

// trimEdges drops furniture from the ends of the text. At the end it cuts
// at the first of the last eight paragraphs that reads as a call to
// subscribe, follow or comment, or as a legal notice, when everything
// after it is short too (a block of such lines: comment rules, a
// newsletter box, a copyright line); at the start it drops disclosures
// and paywall prompts.
func trimEdges(ps []para) []para {
	cut := len(ps)
	for i := len(ps) - 1; i >= max(1, len(ps)-8); i-- {
		if utf8.RuneCountInString(ps[i].text) > 400 {
			break
		}
		if tailText().MatchString(ps[i].text) {
			cut = i
		}
	}
	ps = ps[:cut]
	for len(ps) > 1 && utf8.RuneCountInString(ps[0].text) < 400 && headText().MatchString(ps[0].text) {
		ps = ps[1:]
	}
	return ps
}

// filter drops furniture paragraphs from the extracted text.
func filter(ps []para) []para {
	out := ps[:0]
	for _, p := range ps {
		if p.kind == kindCaption {
			continue
		}
		if utf8.RuneCountInString(p.text) < 320 && boilerText().MatchString(p.text) {
			continue
		}
		out = append(out, p)
	}
	return trimEdges(out)
}

// dropTitle removes the headline from the top of the body: go-trafilatura
// sometimes keeps the page's h1.
func dropTitle(body []string, title string) []string {
	if title == "" {
		return body
	}
	nt := strings.ToLower(collapse(title))
	for i := 0; i < len(body) && i < 3; i++ {
		if strings.ToLower(body[i]) == nt {
			return append(body[:i:i], body[i+1:]...)
		}
	}
	return body
}

// splitNotes moves update and correction notes to the end: the ones
// found in boxes, and note paragraphs in the first or last three
// paragraphs of the body. A live blog, whose entries are often "Update:"
// paragraphs, keeps them in place.
func splitNotes(body, boxed []string) (rest, notes []string) {
	seen := map[string]bool{}
	for _, n := range boxed {
		if !seen[n] {
			seen[n] = true
			notes = append(notes, n)
		}
	}
	count := 0
	for _, p := range body {
		if noteText().MatchString(p) {
			count++
		}
	}
	for i, p := range body {
		edge := i < 3 || i >= len(body)-3
		if edge && count <= 3 && noteText().MatchString(p) && utf8.RuneCountInString(p) < 1000 {
			if !seen[p] {
				seen[p] = true
				notes = append(notes, p)
			}
			continue
		}
		if seen[p] {
			continue // a boxed note that go-trafilatura kept as well
		}
		rest = append(rest, p)
	}
	return rest, notes
}
