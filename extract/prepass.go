package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A metaTag is one <meta> element of the page.
type metaTag struct {
	name, property, itemprop, content string
}

// head is what the pre-pass collects for metadata before the tree is built:
// things that the tree-building pass would keep (meta tags) or that the
// pre-pass removes (JSON-LD scripts).
type head struct {
	metas     []metaTag
	jsonLD    []string
	title     string
	lang      string
	canonical string
	// truncated is set when markup beyond the limit was dropped.
	truncated bool
}

// maxAttr bounds an attribute value kept by the pre-pass: longer values
// (inline images as data: URIs, serialised state) are dropped.
const maxAttr = 2048

// prepass streams the page once with the HTML tokenizer and returns a
// reduced page for the tree builder: scripts, styles, SVG, templates and
// comments are removed, and so are attribute values longer than maxAttr,
// which together make up most of the bytes of a modern news page. Markup
// beyond maxMarkup bytes of output is dropped, which bounds the memory the
// tree takes. On the way it collects the head's metadata and JSON-LD.
func prepass(page string, maxMarkup int) ([]byte, head) {
	var h head
	out := bytes.NewBuffer(make([]byte, 0, min(len(page), maxMarkup)+64))
	z := html.NewTokenizer(strings.NewReader(page))
	skipDepth := 0 // inside <svg> or <math> or <template>
	var skipTag atom.Atom
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if out.Len() >= maxMarkup {
			h.truncated = true
			break
		}
		switch tt {
		case html.CommentToken, html.DoctypeToken:
			continue
		case html.StartTagToken, html.SelfClosingTagToken:
			raw := z.Raw()
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if skipDepth > 0 {
				if a == skipTag && tt == html.StartTagToken {
					skipDepth++
					continue
				}
				if skipTag == atom.Template || !breakout[a] {
					continue
				}
				// An HTML element inside unclosed SVG or MathML ends
				// it, as in a browser's parser.
				skipDepth = 0
			}
			switch a {
			case atom.Template:
				if tt == html.StartTagToken {
					skipDepth, skipTag = 1, a
				}
				continue
			case atom.Script, atom.Style:
				var typ string
				attrs := readAttrs(z, hasAttr)
				for _, at := range attrs {
					if at.Key == "type" {
						typ = strings.ToLower(strings.TrimSpace(at.Val))
					}
				}
				if tt == html.SelfClosingTagToken {
					continue
				}
				if z.Next() == html.TextToken {
					if a == atom.Script && typ == "application/ld+json" && len(h.jsonLD) < 20 {
						h.jsonLD = append(h.jsonLD, string(z.Text()))
					}
					z.Next() // the end tag
				}
				continue
			case atom.Title:
				if tt == html.StartTagToken && h.title == "" {
					out.Write(raw)
					if z.Next() == html.TextToken {
						out.Write(z.Raw())
						h.title = strings.TrimSpace(string(z.Text()))
					} else {
						out.Write(z.Raw())
					}
					continue
				}
			}
			needAttrs := a == atom.Meta || a == atom.Html || a == atom.Link
			short := len(raw) <= maxAttr
			if short {
				// Written before TagAttr, which unescapes in place.
				out.Write(raw)
			}
			if !hasAttr || (short && !needAttrs) {
				continue
			}
			attrs := readAttrs(z, hasAttr)
			switch a {
			case atom.Meta:
				var m metaTag
				for _, at := range attrs {
					switch at.Key {
					case "name", "http-equiv":
						if m.name == "" {
							m.name = strings.ToLower(strings.TrimSpace(at.Val))
						}
					case "property":
						m.property = strings.ToLower(strings.TrimSpace(at.Val))
					case "itemprop":
						m.itemprop = strings.TrimSpace(at.Val)
					case "content":
						m.content = strings.TrimSpace(at.Val)
					}
				}
				if m.content != "" && len(h.metas) < 500 {
					h.metas = append(h.metas, m)
				}
			case atom.Html:
				for _, at := range attrs {
					if at.Key == "lang" || (at.Key == "xml:lang" && h.lang == "") {
						h.lang = strings.TrimSpace(at.Val)
					}
				}
			case atom.Link:
				var rel, href string
				for _, at := range attrs {
					switch at.Key {
					case "rel":
						rel = strings.ToLower(at.Val)
					case "href":
						href = strings.TrimSpace(at.Val)
					}
				}
				if rel == "canonical" && h.canonical == "" {
					h.canonical = href
				}
			}
			if !short {
				writeTag(out, name, attrs, tt == html.SelfClosingTagToken)
			}
		case html.EndTagToken:
			if skipDepth > 0 {
				name, _ := z.TagName()
				if atom.Lookup(name) == skipTag {
					skipDepth--
				}
				continue
			}
			out.Write(z.Raw())
		default:
			if skipDepth > 0 {
				continue
			}
			out.Write(z.Raw())
		}
	}
	return out.Bytes(), h
}

// breakout are the HTML elements that end foreign content (SVG, MathML)
// left open, per the HTML parsing algorithm.
var breakout = map[atom.Atom]bool{
	atom.B: true, atom.Big: true, atom.Blockquote: true, atom.Body: true, atom.Br: true, atom.Center: true,
	atom.Code: true, atom.Dd: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Em: true, atom.Embed: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Head: true,
	atom.Hr: true, atom.I: true, atom.Img: true, atom.Li: true, atom.Listing: true, atom.Menu: true, atom.Meta: true,
	atom.Nobr: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Ruby: true, atom.S: true, atom.Small: true,
	atom.Span: true, atom.Strong: true, atom.Strike: true, atom.Sub: true, atom.Sup: true, atom.Table: true,
	atom.Tt: true, atom.U: true, atom.Ul: true, atom.Var: true,
}

func readAttrs(z *html.Tokenizer, more bool) []html.Attribute {
	var attrs []html.Attribute
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		attrs = append(attrs, html.Attribute{Key: string(k), Val: string(v)})
	}
	return attrs
}

// writeTag writes a start tag, leaving out attribute values longer than
// maxAttr.
func writeTag(out *bytes.Buffer, name []byte, attrs []html.Attribute, selfClosing bool) {
	out.WriteByte('<')
	out.Write(name)
	for _, a := range attrs {
		if len(a.Val) > maxAttr {
			continue
		}
		out.WriteByte(' ')
		out.WriteString(a.Key)
		out.WriteString(`="`)
		out.WriteString(html.EscapeString(a.Val))
		out.WriteByte('"')
	}
	if selfClosing {
		out.WriteByte('/')
	}
	out.WriteByte('>')
}
