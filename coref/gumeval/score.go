package gumeval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

// A Resolver tells which entity a span refers to (coref.Resolver).
type Resolver interface {
	Speaker(src document.Span) string
}

// Counts are the figures of one class of anaphors.
type Counts struct {
	Resolved   int // linked to an entity by the resolver
	Right      int // of those, in GUM's chain of a name of that entity
	Resolvable int // in a GUM chain with a proper name
	Found      int // of those, resolved right
}

// Precision is Right / Resolved.
func (c Counts) Precision() float64 { return ratio(c.Right, c.Resolved) }

// Recall is Found / Resolvable.
func (c Counts) Recall() float64 { return ratio(c.Found, c.Resolvable) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) {
	c.Resolved += o.Resolved
	c.Right += o.Right
	c.Resolvable += o.Resolvable
	c.Found += o.Found
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// An Error is a wrong or a missed resolution.
type Error struct {
	Doc  string
	Kind string // "pronoun" or "description"
	Span document.Span
	Text string // the anaphor
	Got  string // the entity's name, "" when not resolved
	Want string // a name of GUM's chain, "" when it has none
	// Context is the text around the anaphor.
	Context string
}

// Score accumulates the figures of several documents.
type Score struct {
	Docs         int
	Pronouns     Counts
	Descriptions Counts
	// Forms are the pronouns' figures by lower-case form.
	Forms map[string]*Counts
	// Kinds are the figures by class of anaphor ("he/she", "it",
	// "they", "description") and GUM's entity type of its chain
	// ("organization"): "they organization".
	Kinds  map[string]*Counts
	Errors []Error
}

// Overall is the sum of both classes.
func (s *Score) Overall() Counts {
	c := s.Pronouns
	c.add(s.Descriptions)
	return c
}

// pronouns are the third-person pronouns scored: English's personal and
// possessive forms.
var pronouns = map[string]bool{
	"he": true, "him": true, "his": true, "himself": true,
	"she": true, "her": true, "hers": true, "herself": true,
	"it": true, "its": true, "itself": true,
	"they": true, "them": true, "their": true, "theirs": true, "themselves": true,
}

var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// An anaphor is a pronoun or a description to resolve.
type anaphor struct {
	kind    string
	query   document.Span // what the resolver is asked
	mention int           // GUM mention, -1 when GUM has none
}

// Add scores the resolutions of r on doc, newsgraph's analysis of gold's
// text, and adds them to s.
func (s *Score) Add(gold *Doc, doc *document.Document, r Resolver) error {
	if doc.Text != gold.Text {
		return fmt.Errorf("gumeval: %s: the analysed text differs from the document's", gold.ID)
	}
	s.Docs++
	ents := map[string][]document.Span{}
	names := map[string]string{}
	for _, m := range doc.Mentions {
		if m.Entity != "" {
			ents[m.Entity] = append(ents[m.Entity], m.Span)
		}
	}
	for _, e := range doc.Entities {
		names[e.ID] = e.Name
	}
	for _, a := range gold.anaphors() {
		c := &s.Pronouns
		if a.kind == "description" {
			c = &s.Descriptions
		}
		var form *Counts
		if a.kind == "pronoun" {
			f := strings.ToLower(gold.Text[a.query.Start:a.query.End])
			if s.Forms == nil {
				s.Forms = map[string]*Counts{}
			}
			if s.Forms[f] == nil {
				s.Forms[f] = &Counts{}
			}
			form = s.Forms[f]
		}
		id := r.Speaker(a.query)
		if id != "" && a.kind == "description" && namedInside(ents[id], a.query) {
			id = "" // the name inside ("the Obama administration"), no resolution
		}
		want, resolvable := "", false
		if a.mention >= 0 {
			want, resolvable = gold.chainName(a.mention)
		}
		right := id != "" && a.mention >= 0 && gold.sameChain(a.mention, ents[id])
		if id != "" {
			c.Resolved++
			if right {
				c.Right++
			}
		}
		if resolvable {
			c.Resolvable++
			if right {
				c.Found++
			}
		}
		one := Counts{Resolved: b2i(id != ""), Right: b2i(id != "" && right), Resolvable: b2i(resolvable), Found: b2i(resolvable && right)}
		if form != nil {
			form.add(one)
		}
		typ := "none" // a pronoun GUM does not annotate
		if a.mention >= 0 && gold.Mentions[a.mention].Type != "" {
			typ = gold.Mentions[a.mention].Type
		}
		kind := anaphorClass(a.kind, gold.Text[a.query.Start:a.query.End]) + " " + typ
		if s.Kinds == nil {
			s.Kinds = map[string]*Counts{}
		}
		if s.Kinds[kind] == nil {
			s.Kinds[kind] = &Counts{}
		}
		s.Kinds[kind].add(one)
		if (id != "" && !right) || (resolvable && !right) {
			s.Errors = append(s.Errors, Error{Doc: gold.ID, Kind: a.kind, Span: a.query, Text: gold.Text[a.query.Start:a.query.End], Got: names[id], Want: want,
				Context: context(gold.Text, a.query)})
		}
	}
	return nil
}

// anaphorClass returns the class of an anaphor of kind ("pronoun" or
// "description") with text: "he/she", "it", "they" or "description".
func anaphorClass(kind, text string) string {
	if kind != "pronoun" {
		return kind
	}
	switch strings.ToLower(text) {
	case "it", "its", "itself":
		return "it"
	case "they", "them", "their", "theirs", "themselves":
		return "they"
	}
	return "he/she"
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// anaphors returns the document's pronouns and definite descriptions in
// text order.
func (d *Doc) anaphors() []anaphor {
	var out []anaphor
	single := map[int]int{} // word → one-word mention on it
	for i, m := range d.Mentions {
		if m.End == m.Start+1 {
			single[m.Start] = i
		}
	}
	for w, wd := range d.Words {
		if !pronouns[strings.ToLower(wd.Form)] || (wd.UPOS != "PRON" && wd.UPOS != "DET") || wd.Span.End == wd.Span.Start {
			continue
		}
		mi, ok := single[w]
		if !ok {
			mi = -1
		}
		out = append(out, anaphor{kind: "pronoun", query: wd.Span, mention: mi})
	}
	for i, m := range d.Mentions {
		if d.isDescription(m) {
			out = append(out, anaphor{kind: "description", query: document.Span{Start: d.Words[m.Start].Span.Start, End: d.Words[m.Head].Span.End}, mention: i})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].query.Start < out[j].query.Start })
	return out
}

// isDescription reports whether m is a definite description: at least two
// words, a common noun as head, opened by "the", "this" or a possessive
// ("his company", "India's finance minister").
func (d *Doc) isDescription(m Mention) bool {
	if m.End-m.Start < 2 || m.Head == m.Start || d.Words[m.Head].UPOS != "NOUN" {
		return false
	}
	for w := m.Start; w < m.Head; w++ {
		if d.Words[w].Span.End == d.Words[w].Span.Start {
			return false
		}
	}
	first := strings.ToLower(d.Words[m.Start].Form)
	if first == "the" || first == "this" || possessives[first] {
		return true
	}
	for w := m.Start + 1; w < m.Head; w++ {
		if f := d.Words[w].Form; d.Words[w].UPOS == "PART" && (f == "'s" || f == "'" || f == "’s" || f == "’") {
			return true
		}
	}
	return false
}

// chainName returns a name of mention i's chain other than i itself, and
// whether there is one: a mention with a proper noun as head or joined to
// it (Doc.names).
func (d *Doc) chainName(i int) (string, bool) {
	for _, j := range d.chains[d.Mentions[i].Chain] {
		if j == i {
			continue
		}
		m := d.Mentions[j]
		if len(d.names(m)) > 0 {
			return d.Text[d.Words[m.Start].Span.Start:d.Words[m.End-1].Span.End], true
		}
	}
	return "", false
}

// sameChain reports whether a mention of mention i's chain, other than i,
// is named by one of spans (the names of the resolved entity): one of its
// name words (Doc.names), or else its head, lies inside one of them.
func (d *Doc) sameChain(i int, spans []document.Span) bool {
	for _, j := range d.chains[d.Mentions[i].Chain] {
		if j == i {
			continue
		}
		m := d.Mentions[j]
		ws := d.names(m)
		if len(ws) == 0 {
			ws = []int{m.Head}
		}
		for _, w := range ws {
			h := d.Words[w].Span
			for _, sp := range spans {
				if h.Start >= sp.Start && h.End <= sp.End && h.End > h.Start {
					return true
				}
			}
		}
	}
	return false
}

// namedInside reports whether one of spans lies inside q.
func namedInside(spans []document.Span, q document.Span) bool {
	for _, sp := range spans {
		if sp.Start >= q.Start && sp.End <= q.End {
			return true
		}
	}
	return false
}

// Write prints the figures, one line a class, the last "overall".
func (s *Score) Write(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%d documents\n", s.Docs)
	for _, c := range []struct {
		name string
		c    Counts
	}{{"pronouns", s.Pronouns}, {"descriptions", s.Descriptions}, {"overall", s.Overall()}} {
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%-13s P %5.1f (%d/%d)  R %5.1f (%d/%d)  F1 %5.1f\n", c.name,
			100*c.c.Precision(), c.c.Right, c.c.Resolved, 100*c.c.Recall(), c.c.Found, c.c.Resolvable, 100*c.c.F1())
	}
	return err
}

// WriteForms prints the pronouns' figures by form.
func (s *Score) WriteForms(w io.Writer) error {
	forms := make([]string, 0, len(s.Forms))
	for f := range s.Forms {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	for _, f := range forms {
		c := s.Forms[f]
		if _, err := fmt.Fprintf(w, "  %-11s P %5.1f (%d/%d)  R %5.1f (%d/%d)\n", f, 100*c.Precision(), c.Right, c.Resolved, 100*c.Recall(), c.Found, c.Resolvable); err != nil {
			return err
		}
	}
	return nil
}

// WriteKinds prints the figures by class of anaphor and GUM's entity
// type of its chain, the classes in a fixed order, the types sorted.
func (s *Score) WriteKinds(w io.Writer) error {
	kinds := make([]string, 0, len(s.Kinds))
	for k := range s.Kinds {
		kinds = append(kinds, k)
	}
	order := map[string]int{"he/she": 0, "it": 1, "they": 2, "description": 3}
	sort.Slice(kinds, func(i, j int) bool {
		ci, ti, _ := strings.Cut(kinds[i], " ")
		cj, tj, _ := strings.Cut(kinds[j], " ")
		if order[ci] != order[cj] {
			return order[ci] < order[cj]
		}
		return ti < tj
	})
	for _, k := range kinds {
		c := s.Kinds[k]
		if _, err := fmt.Fprintf(w, "  %-25s P %5.1f (%d/%d)  R %5.1f (%d/%d)  F1 %5.1f\n", k, 100*c.Precision(), c.Right, c.Resolved, 100*c.Recall(), c.Found, c.Resolvable, 100*c.F1()); err != nil {
			return err
		}
	}
	return nil
}

// WriteErrors lists the wrong and missed resolutions.
func (s *Score) WriteErrors(w io.Writer) error {
	for _, e := range s.Errors {
		what := "wrong"
		if e.Got == "" {
			what = "missed"
		}
		if _, err := fmt.Fprintf(w, "%s %s %s %q got %q want %q: %s\n", e.Doc, what, e.Kind, e.Text, e.Got, e.Want, e.Context); err != nil {
			return err
		}
	}
	return nil
}

// context returns about 70 bytes of text either side of sp, on one line,
// the span in brackets.
func context(text string, sp document.Span) string {
	a, b := max(0, sp.Start-70), min(len(text), sp.End+70)
	for a > 0 && a < sp.Start && !utf8.RuneStart(text[a]) {
		a++
	}
	for b < len(text) && b > sp.End && !utf8.RuneStart(text[b]) {
		b--
	}
	s := text[a:sp.Start] + "[" + text[sp.Start:sp.End] + "]" + text[sp.End:b]
	return strings.Join(strings.Fields(s), " ")
}
