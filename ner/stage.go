package ner

import (
	"context"
	"sort"

	"github.com/newsgraph/newsgraph/document"
)

// Version returns the version of the shipped model, "" if it cannot be
// loaded.
func Version() string {
	m, err := Default()
	if err != nil {
		return ""
	}
	return m.Version()
}

// Process is the entity-tagging stage: it fills doc.Mentions with the
// entity mentions of the headline, dateline and body regions, tagged with the shipped
// model over the document's own tokens and sentences.
func Process(ctx context.Context, doc *document.Document) error {
	t, err := getTagger()
	if err != nil {
		return err
	}
	defer putTagger(t)
	doc.Mentions = append(doc.Mentions[:0], t.Mentions(ctx, doc)...)
	sort.SliceStable(doc.Mentions, func(i, j int) bool { return doc.Mentions[i].Start < doc.Mentions[j].Start })
	return nil
}

// Mentions tags the sentences of doc that lie in its headline, dateline and
// body regions (all of it when it has no regions) and returns the mentions found,
// in text order. doc must have tokens and sentences.
func (t *Tagger) Mentions(ctx context.Context, doc *document.Document) []document.Mention {
	var areas []document.Span
	for _, r := range doc.Regions {
		if r.Kind == document.RegionBody || r.Kind == document.RegionHeadline || r.Kind == document.RegionDateline {
			areas = append(areas, r.Span)
		}
	}
	if len(doc.Regions) == 0 {
		areas = append(areas, document.Span{Start: 0, End: len(doc.Text)})
	}
	inArea := func(s document.Span) bool {
		for _, a := range areas {
			if a.Contains(s) {
				return true
			}
		}
		return false
	}
	var (
		sents [][]string
		spans [][]document.Span
	)
	for _, s := range doc.Sentences {
		first := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= s.Start })
		var (
			toks  []document.Span
			words []string
		)
		// A sentence may run from a dateline into the body; its tokens
		// outside the tagged regions (a byline, an update log) are
		// left out.
		for i := first; i < len(doc.Tokens) && doc.Tokens[i].End <= s.End; i++ {
			if sp := doc.Tokens[i]; inArea(sp) {
				toks = append(toks, sp)
				words = append(words, doc.Text[sp.Start:sp.End])
			}
		}
		if len(toks) > 0 {
			sents = append(sents, words)
			spans = append(spans, toks)
		}
	}
	if ctx.Err() != nil {
		return nil
	}
	var out []document.Mention
	for k, labels := range t.Tag(sents) {
		toks := spans[k]
		for _, e := range Decode(labels) {
			sp := document.Span{Start: toks[e.Start].Start, End: toks[e.End-1].End}
			out = append(out, document.Mention{Span: sp, Text: doc.Text[sp.Start:sp.End], Type: e.Type})
		}
	}
	return out
}
