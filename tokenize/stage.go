package tokenize

import (
	"context"

	"github.com/newsgraph/newsgraph/document"
)

// Process is the tokenizer stage: it fills the document's paragraphs (when
// no earlier stage, such as HTML extraction, has), tokens and sentences.
func Process(ctx context.Context, doc *document.Document) error {
	if doc.Paragraphs == nil {
		doc.Paragraphs = Paragraphs(doc.Text)
	}
	doc.Tokens = AppendTokens(make([]document.Span, 0, len(doc.Text)/5+1), doc.Text, 0)
	doc.Sentences = Sentences(doc.Text, doc.Tokens, doc.Paragraphs)
	return nil
}
