// Package highlight renders a text with overlapping stand-off annotations as
// properly nested, escaped HTML.
//
// Annotations (Marks) are byte spans into the text, as everywhere inside
// newsgraph. They may nest (a mention inside a quote) or cross (a quote that
// ends inside a relation trigger); HTML elements may only nest, so a mark
// that crosses another is split into fragments that reopen the element. The
// first fragment carries the mark's id and its leading label, the last its
// trailing label, so an id stays unique and a label appears once.
//
// All text and attribute values are HTML-escaped here; tag and attribute
// names must be plain lower-case names (others are dropped), so no content
// of the text can become markup.
package highlight

import (
	"cmp"
	"html/template"
	"slices"
	"strings"
	"unicode/utf8"
)

// An Attr is one attribute of a mark's element. Value is escaped on output.
type Attr struct {
	Name, Value string
}

// A Mark is one annotation to render as an element around Text[Start:End].
type Mark struct {
	// Start and End are byte offsets into the text; they are moved out to
	// character boundaries and clipped to the text. Empty marks are
	// dropped.
	Start, End int
	// Tag is the element name; "" means "span".
	Tag string
	// ID, if set, goes on the first fragment only.
	ID string
	// Class is the element's class attribute.
	Class string
	// Attrs are further attributes, written on every fragment.
	Attrs []Attr
	// Before and After are labels written as <span class="lbl …"> inside
	// the element, before its first and after its last text; they are
	// not part of the text (the client skips ".lbl" when it counts
	// offsets).
	Before, After string
	// LabelClass is added to the labels' class attribute.
	LabelClass string
	// Rank orders marks with the same span: the lower rank is outside.
	Rank int
}

// Render writes text[start:end] with the marks that fall inside it (marks
// are clipped to the range) and returns the HTML. Render does not modify
// marks.
func Render(text string, start, end int, marks []Mark) template.HTML {
	var b strings.Builder
	b.Grow((end - start) * 2)
	RenderTo(&b, text, start, end, marks)
	return template.HTML(b.String())
}

// item is a mark clipped to the range, with its index for stable ordering.
type item struct {
	*Mark
	start, end int
	idx        int
	opened     bool // a fragment has been written
}

// RenderTo is Render writing into b.
func RenderTo(b *strings.Builder, text string, start, end int, marks []Mark) {
	start, end = clamp(text, start, end)
	items := make([]*item, 0, len(marks))
	for i := range marks {
		m := &marks[i]
		s, e := max(m.Start, start), min(m.End, end)
		if s >= e {
			continue
		}
		s, e = clamp(text, s, e) // stays inside [start, end], which is on boundaries
		items = append(items, &item{Mark: m, start: s, end: e, idx: i})
	}
	// Opening order: by start, then outer (longer) first, then rank.
	slices.SortFunc(items, func(a, b *item) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end),
			cmp.Compare(a.Rank, b.Rank), cmp.Compare(a.idx, b.idx))
	})
	// Boundaries: every start and end, in order.
	bounds := make([]int, 0, 2*len(items)+2)
	bounds = append(bounds, start, end)
	for _, it := range items {
		bounds = append(bounds, it.start, it.end)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	var stack []*item
	next := 0 // next item to open
	var reopen []*item
	for bi, pos := range bounds {
		// Close what ends here: pop down to the deepest ending mark,
		// keeping the others to reopen.
		low := -1
		for i, it := range stack {
			if it.end == pos {
				low = i
				break
			}
		}
		reopen = reopen[:0]
		if low >= 0 {
			for i := len(stack) - 1; i >= low; i-- {
				it := stack[i]
				closeTag(b, it, it.end == pos)
				if it.end != pos {
					reopen = append(reopen, it)
				}
			}
			stack = stack[:low]
		}
		// Open what starts here, together with the reopened fragments,
		// outer (later-ending) first.
		for next < len(items) && items[next].start == pos {
			reopen = append(reopen, items[next])
			next++
		}
		if len(reopen) > 1 {
			slices.SortStableFunc(reopen, func(a, b *item) int {
				return cmp.Or(cmp.Compare(b.end, a.end), cmp.Compare(a.start, b.start),
					cmp.Compare(a.Rank, b.Rank), cmp.Compare(a.idx, b.idx))
			})
		}
		for _, it := range reopen {
			openTag(b, it)
			stack = append(stack, it)
		}
		if bi+1 < len(bounds) {
			template.HTMLEscape(writer{b}, []byte(text[pos:bounds[bi+1]]))
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		closeTag(b, stack[i], true)
	}
}

type writer struct{ b *strings.Builder }

func (w writer) Write(p []byte) (int, error) { return w.b.Write(p) }

func tag(m *Mark) string {
	if m.Tag == "" || !validName(m.Tag) {
		return "span"
	}
	return m.Tag
}

func openTag(b *strings.Builder, it *item) {
	b.WriteByte('<')
	b.WriteString(tag(it.Mark))
	if it.ID != "" && !it.opened {
		attr(b, "id", it.ID)
	}
	class := it.Class
	if it.opened {
		class = strings.TrimSpace(class + " cont")
	}
	if class != "" {
		attr(b, "class", class)
	}
	for _, a := range it.Attrs {
		if validName(a.Name) && !strings.HasPrefix(a.Name, "on") && a.Name != "style" {
			attr(b, a.Name, a.Value)
		}
	}
	b.WriteByte('>')
	if !it.opened && it.Before != "" {
		label(b, it.Mark, it.Before)
	}
	it.opened = true
}

func closeTag(b *strings.Builder, it *item, last bool) {
	if last && it.After != "" {
		label(b, it.Mark, it.After)
	}
	b.WriteString("</")
	b.WriteString(tag(it.Mark))
	b.WriteByte('>')
}

func label(b *strings.Builder, m *Mark, s string) {
	b.WriteString(`<span class="lbl`)
	if m.LabelClass != "" {
		b.WriteByte(' ')
		template.HTMLEscape(writer{b}, []byte(m.LabelClass))
	}
	b.WriteString(`">`)
	template.HTMLEscape(writer{b}, []byte(s))
	b.WriteString("</span>")
}

func attr(b *strings.Builder, name, value string) {
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	template.HTMLEscape(writer{b}, []byte(value))
	b.WriteByte('"')
}

// validName reports whether s is a plain element or attribute name:
// lower-case ASCII letters, digits and hyphens, starting with a letter.
func validName(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// clamp clips [s, e) to the text and moves s back and e forward to
// character boundaries, so no UTF-8 sequence is ever cut.
func clamp(text string, s, e int) (int, int) {
	s = max(0, min(s, len(text)))
	e = max(s, min(e, len(text)))
	for s > 0 && s < len(text) && !utf8.RuneStart(text[s]) {
		s--
	}
	for e < len(text) && !utf8.RuneStart(text[e]) {
		e++
	}
	return s, e
}
