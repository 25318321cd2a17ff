package newsgold

import (
	"fmt"

	"github.com/newsgraph/newsgraph/document"
)

// SetRelations replaces doc's entities, mentions and relations by the
// relations annotated in a, another annotator's reading of the same text,
// so that Score.Add scores one annotation against another by the rule it
// scores the system with (agreement between annotators): each argument
// becomes an entity named by its name with one mention at its span. doc's
// text must be a's and its sentences are kept, since a trigger matches
// anywhere in the gold trigger's sentence.
func SetRelations(doc *document.Document, a *Article) {
	cp := newCodePoints(doc.Text)
	doc.Entities, doc.Mentions, doc.Relations = nil, nil, nil
	arg := func(g *Arg) (string, *document.Span) {
		id := fmt.Sprintf("A%d", len(doc.Entities)+1)
		sp := cp.span(g)
		doc.Entities = append(doc.Entities, document.Entity{ID: id, Name: g.Name})
		doc.Mentions = append(doc.Mentions, document.Mention{Span: sp, Text: g.Text, Entity: id})
		return id, &sp
	}
	for _, g := range a.Relations {
		r := document.Relation{Type: g.Type, Trigger: cp.span(g.Trigger), Negated: g.Negated, Modality: g.Modality, Role: g.Role, Time: g.Time}
		if g.Subject != nil {
			r.Subject, r.SubjectSpan = arg(g.Subject)
		}
		if g.Object != nil {
			r.Object, r.ObjectSpan = arg(g.Object)
		}
		if si := doc.SentenceAt(r.Trigger.Start); si >= 0 {
			r.Sentence = doc.Sentences[si]
		}
		doc.Relations = append(doc.Relations, r)
	}
}
