package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Paragraph kinds, from the element that held the text.
const (
	kindText    = iota // <p>, <div> and loose text
	kindHeading        // <h1>…<h6>
	kindItem           // <li>, <dd>, <dt>
	kindQuote          // <blockquote>, <q>
	kindPre            // <pre>, one paragraph per line
	kindRow            // a table row, cells joined by " | "
	kindCaption        // <figcaption>, <caption>
)

// A para is one paragraph of extracted text.
type para struct {
	text string
	kind int
}

// blockAtoms are the elements that end a paragraph before and after them.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true, atom.Address: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Li: true, atom.Dd: true, atom.Dt: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Thead: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Caption: true, atom.Figure: true, atom.Figcaption: true,
	atom.Hr: true, atom.Br: true, atom.Details: true, atom.Summary: true, atom.Form: true,
	atom.Fieldset: true, atom.Center: true, atom.Body: true, atom.Html: true, atom.Hgroup: true,
}

// paragraphs walks an extracted content tree and returns its paragraphs:
// one per block element, one per line break, one per table row; white
// space collapsed; empty ones dropped.
func paragraphs(root *html.Node) []para {
	w := walker{}
	w.walk(root, kindText)
	w.flush()
	return w.out
}

type walker struct {
	out  []para
	cur  strings.Builder
	kind int
	pre  bool
	// edge is set when an inline element began or ended since the last
	// text: go-trafilatura trims the white space around inline elements,
	// so a space goes back in there unless punctuation joins the words.
	edge bool
	last rune
}

func (w *walker) flush() {
	if w.cur.Len() == 0 {
		return
	}
	t := w.cur.String()
	w.cur.Reset()
	w.edge = false
	if w.pre {
		for _, line := range strings.Split(t, "\n") {
			if line = collapse(line); line != "" {
				w.out = append(w.out, para{text: line, kind: kindPre})
			}
		}
		return
	}
	if t = collapse(t); t != "" && t != "|" {
		w.out = append(w.out, para{text: strings.TrimSuffix(t, " |"), kind: w.kind})
	}
}

func (w *walker) walk(n *html.Node, kind int) {
	switch n.Type {
	case html.TextNode:
		if n.Data == "" {
			return
		}
		if w.cur.Len() == 0 {
			w.kind = kind
		} else if w.edge {
			next, _ := utf8.DecodeRuneInString(n.Data)
			if !unicode.IsSpace(w.last) && !unicode.IsSpace(next) && !strings.ContainsRune(".,;:!?)]}»”’%…", next) && !strings.ContainsRune("([{«„“‘/-", w.last) {
				w.cur.WriteByte(' ')
			}
		}
		w.edge = false
		w.cur.WriteString(n.Data)
		w.last, _ = utf8.DecodeLastRuneInString(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	// go-trafilatura renames elements by their Data and leaves DataAtom
	// stale.
	a := atom.Lookup([]byte(n.Data))
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Svg, atom.Button, atom.Select, atom.Input, atom.Textarea:
		return
	case atom.Br, atom.Hr:
		w.flush()
		return
	case atom.Img:
		return
	}
	block := blockAtoms[a]
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		kind = kindHeading
	case atom.Li, atom.Dd, atom.Dt:
		kind = kindItem
	case atom.Blockquote:
		kind = kindQuote
	case atom.Tr:
		kind = kindRow
	case atom.Figcaption, atom.Caption:
		kind = kindCaption
	}
	if block {
		w.flush()
	}
	w.edge = true
	pre := a == atom.Pre
	if pre {
		w.pre = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, kind)
	}
	if a == atom.Td || a == atom.Th {
		w.cur.WriteString(" | ")
		w.last = ' '
	}
	w.edge = true
	if block {
		w.flush()
	}
	if pre {
		w.pre = false
	}
}

// collapse turns every run of white space (and zero-width and soft-hyphen
// characters) into one space and trims the ends.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\u00ad' || r == '\u200b' || r == '\u2060' || r == '\ufeff':
			continue
		case unicode.IsSpace(r) || r == 0:
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
