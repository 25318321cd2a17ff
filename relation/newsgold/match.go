package newsgold

import "github.com/newsgraph/newsgraph/document"

// A Matcher matches system relations of one document against gold ones
// by the scorer's rule.
type Matcher struct {
	doc *document.Document
	cp  codePoints
}

// NewMatcher returns a Matcher for doc.
func NewMatcher(doc *document.Document) *Matcher {
	return &Matcher{doc: doc, cp: newCodePoints(doc.Text)}
}

// Matches reports whether system relation r matches gold relation g the
// way Score.Add counts it.
func (m *Matcher) Matches(g Relation, r document.Relation) bool { return matches(m.doc, m.cp, g, r) }

// Trigger returns the byte span of g's trigger in the document.
func (m *Matcher) Trigger(g Relation) document.Span { return m.cp.span(g.Trigger) }
