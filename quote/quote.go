// Package quote finds who said what in a news article: direct quotations
// in straight, curly and ”…” marks, quotations split by their
// attribution or running over several paragraphs, partial quotations
// inside reported speech, and reported speech without quotation marks
// ("Pompeo said the logistics … could be completed in days", "…, officials
// said", "according to …"). Each quote gets its content, its cue (the
// speech verb or phrase), its source (where the speaker is named at the
// quote, a pronoun included) and its speaker, an entity of the document.
//
// The finder reads tokens, sentences and paragraphs of the body regions
// and needs no parser: quotation marks are paired with a stack per
// paragraph, cue verbs come from a lexicon counted on PolNeAR's training
// split, and sources are noun phrases read around the cue. The annotation
// conventions follow PolNeAR (Newell et al., LREC 2018): a content
// includes its quotation marks and leaves out the sentence's final
// period; only the outermost of nested attributions is kept; content
// bound to one cue is one quote with several parts. docs/quotes.md
// describes the rules.
package quote

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Version identifies the quote rules; it changes when they do.
const Version = "quote-rules/3"

// A Resolver tells which entity a quote's source refers to. Quotes are
// resolved in document order, so that a Resolver can keep the history of
// speakers that pronouns refer back to.
type Resolver interface {
	// Speaker returns the ID of the entity that the source span names
	// or refers to ("Pompeo", "he", "the president"), "" if none.
	Speaker(src document.Span) string
	// Spoke records that the entity spoke at the given span.
	Spoke(id string, at document.Span)
}

// Find returns the quotes of doc's body, sorted by start, with speakers
// resolved through r (nil leaves them empty). doc must have tokens,
// sentences and paragraphs.
func Find(doc *document.Document, r Resolver) []document.Quote {
	if len(doc.Tokens) == 0 {
		return nil
	}
	v := newView(doc)
	defer v.release()
	f := newFinder(v)
	f.find()
	return f.quotes(r)
}

// Process is the quote stage: it sets doc.Quotes, resolving speakers
// through the resolver newResolver returns for doc (nil: none).
func Process(ctx context.Context, doc *document.Document, newResolver func(*document.Document) Resolver) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var r Resolver
	if newResolver != nil {
		r = newResolver(doc)
	}
	doc.Quotes = Find(doc, r)
	return nil
}

// quotes turns the attributions into document quotes.
func (f *finder) quotes(r Resolver) []document.Quote {
	v := f.v
	type built struct {
		q  document.Quote
		id int
	}
	var out []built
	for id := range f.attrs {
		a := &f.attrs[id]
		if a.dropped || len(a.parts) == 0 {
			continue
		}
		parts := mergeParts(a.parts)
		var q document.Quote
		var spans []document.Span
		for _, p := range parts {
			if p[1] > p[0] {
				spans = append(spans, v.span(p[0], p[1]))
			}
		}
		if len(spans) == 0 {
			continue
		}
		q.Span = document.Span{Start: spans[0].Start, End: spans[len(spans)-1].End}
		if len(spans) > 1 {
			q.Parts = spans
			texts := make([]string, len(spans))
			for i, s := range spans {
				texts[i] = v.text[s.Start:s.End]
			}
			q.Text = strings.Join(texts, " … ")
		} else {
			q.Text = v.text[q.Start:q.End]
		}
		q.Kind = f.kind(parts)
		if a.hasCue() {
			s := v.span(a.cue[0], a.cue[1])
			q.Cue = &s
		}
		if a.hasSrc() {
			s := v.span(a.src[0], a.src[1])
			q.Source = &s
		}
		out = append(out, built{q, id})
	}
	slices.SortStableFunc(out, func(a, b built) int { return cmp.Compare(a.q.Start, b.q.Start) })
	if r != nil {
		speaker := map[int]string{}
		for i := range out {
			b := &out[i]
			a := &f.attrs[b.id]
			switch {
			case a.inherit >= 0:
				b.q.Speaker = speaker[a.inherit]
			case a.ante[1] > 0:
				b.q.Speaker = r.Speaker(v.span(a.ante[0], a.ante[1]))
			case b.q.Source != nil:
				b.q.Speaker = r.Speaker(*b.q.Source)
			}
			speaker[b.id] = b.q.Speaker
			if b.q.Speaker != "" {
				r.Spoke(b.q.Speaker, b.q.Span)
			}
		}
	}
	qs := make([]document.Quote, len(out))
	for i, b := range out {
		qs[i] = b.q
	}
	return qs
}

// mergeParts sorts token ranges and merges overlapping ones.
func mergeParts(parts [][2]int) [][2]int {
	ps := slices.Clone(parts)
	slices.SortFunc(ps, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	var out [][2]int
	for _, p := range ps {
		if p[1] <= p[0] {
			continue
		}
		if n := len(out); n > 0 && p[0] < out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], p[1])
			continue
		}
		out = append(out, p)
	}
	return out
}

// kind is direct when every word of the content is inside quotation
// marks, indirect when none is, partial otherwise.
func (f *finder) kind(parts [][2]int) string {
	in, all := 0, 0
	for _, p := range parts {
		for k := p[0]; k < p[1]; k++ {
			if f.v.isWord(k) {
				all++
				if f.v.inQ[k] >= 0 || f.v.outer[k] {
					in++
				}
			}
		}
	}
	switch {
	case in == 0 || all == 0:
		return document.QuoteIndirect
	case in == all:
		return document.QuoteDirect
	}
	return document.QuotePartial
}
