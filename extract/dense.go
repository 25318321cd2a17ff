package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The second opinion. go-trafilatura takes the first element its
// selectors match, and on some pages that is a teaser or one section of a
// long article; upstream then asks go-readability and go-domdistiller. Here
// a Readability-style scorer over the same cleaned tree plays that part:
// each paragraph of running text scores its parent and, halved, its
// grandparent; the element with the best score, discounted by its link
// density, is the article, together with siblings that score well.

// skipClass matches containers that are never the article.
var skipClass = lazyRegexp(`(?i)comment|footer|sidebar|menu|navigation|breadcrumb|masthead|social|share|related|teaser|promo|widget|cookie|banner|popup|modal`)

// dense returns the paragraphs of the element of root that holds the most
// running text.
func dense(root *html.Node) []para {
	scores := map[*html.Node]float64{}
	var order []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		switch n.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Header, atom.Script, atom.Style, atom.Noscript, atom.Button, atom.Select:
			return
		case atom.P, atom.Pre, atom.Td, atom.Blockquote:
			t := collapse(textOf(n))
			l := utf8.RuneCountInString(t)
			if l < 25 || linkRunes(n)*2 > l {
				return
			}
			s := 1 + float64(strings.Count(t, ",")+strings.Count(t, "，")) + min(float64(l)/100, 3)
			if p := n.Parent; p != nil {
				if _, ok := scores[p]; !ok {
					order = append(order, p)
				}
				scores[p] += s
				if g := p.Parent; g != nil {
					if _, ok := scores[g]; !ok {
						order = append(order, g)
					}
					scores[g] += s / 2
				}
			}
			return
		}
		if n.Type == html.ElementNode && skipClass().MatchString(signature(n)) && !holdsArticle(n) {
			return
		}
		if n.DataAtom == atom.Div || n.DataAtom == atom.Section || n.DataAtom == atom.Article {
			// Text set straight into a container, paragraphs split by
			// <br>, as older news systems write it: the container
			// scores as its own paragraphs.
			if l := directRunes(n); l >= 200 {
				t := collapse(textOf(n))
				s := 1 + float64(strings.Count(t, ",")) + min(float64(l)/100, 3)*2
				if _, ok := scores[n]; !ok {
					order = append(order, n)
				}
				scores[n] += s
				if p := n.Parent; p != nil {
					if _, ok := scores[p]; !ok {
						order = append(order, p)
					}
					scores[p] += s / 2
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	var best *html.Node
	bestScore := 0.0
	for _, n := range order {
		if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			continue
		}
		s := scores[n] * (1 - linkDensity(n))
		if s > bestScore {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return nil
	}
	var out []para
	threshold := max(10, bestScore*0.2)
	take := func(n *html.Node) {
		for _, p := range paragraphs(n) {
			out = append(out, p)
		}
	}
	if best.Parent == nil {
		take(best)
		return out
	}
	for s := best.Parent.FirstChild; s != nil; s = s.NextSibling {
		switch {
		case s == best:
			take(s)
		case s.Type == html.ElementNode && scores[s]*(1-linkDensity(s)) >= threshold:
			take(s)
		case s.Type == html.ElementNode && s.DataAtom == atom.P:
			t := collapse(textOf(s))
			l := utf8.RuneCountInString(t)
			if l > 80 && linkRunes(s)*4 < l {
				take(s)
			}
		}
	}
	return out
}

// directRunes counts the characters of the text nodes right under n and
// under its inline children (not under block children).
func directRunes(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			k += utf8.RuneCountInString(strings.TrimSpace(c.Data))
		case c.Type == html.ElementNode && !blockAtoms[c.DataAtom] && c.DataAtom != atom.A:
			k += directRunes(c)
		}
	}
	return k
}

// linkDensity is the share of n's text inside links.
func linkDensity(n *html.Node) float64 {
	l := utf8.RuneCountInString(collapse(textOf(n)))
	if l == 0 {
		return 0
	}
	return float64(linkRunes(n)) / float64(l)
}
