package ner

import "github.com/newsgraph/newsgraph/format/conll"

// FromCoNLL converts CoNLL documents with tags (IOB1 or IOB2) into
// labelled documents.
func FromCoNLL(docs []conll.Document) []Document {
	out := make([]Document, 0, len(docs))
	for _, d := range docs {
		var nd Document
		for _, s := range d.Sentences {
			nd = append(nd, Sentence{Tokens: s.Tokens, Labels: Encode(conll.Spans(s.Tags), len(s.Tokens))})
		}
		if len(nd) > 0 {
			out = append(out, nd)
		}
	}
	return out
}
