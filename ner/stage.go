package ner

import (
	"context"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/conll"
	"github.com/newsgraph/newsgraph/gazetteer"
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
// entity mentions of the headline, dateline, byline, body and credits
// regions, tagged with the shipped model over the document's own tokens
// and sentences, and the rules of the reader's layer (reader.go) applied.
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

// tagged are the regions whose names are tagged: all but the update log,
// whose notes ("Updated with President Trump's comments") repeat the
// story's names out of their sentences.
var tagged = map[document.RegionKind]bool{
	document.RegionHeadline: true, document.RegionDateline: true, document.RegionByline: true,
	document.RegionBody: true, document.RegionCredits: true,
}

// Mentions tags the sentences of doc that lie in its headline, dateline,
// byline, body and credits regions (all of it when it has no regions),
// applies the rules of the reader's layer (reader.go), and returns the
// mentions found, in text order. doc must have tokens and sentences.
//
// The names of a byline or credits line ("Special correspondent Sabra
// Ayres in Moscow contributed to this report.") are tagged as a reader
// sees them; they are told from the story's by their regions
// (doc.InBody is false for them).
func (t *Tagger) Mentions(ctx context.Context, doc *document.Document) []document.Mention {
	var areas []document.Span
	for _, r := range doc.Regions {
		if tagged[r.Kind] {
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
		// outside the tagged regions (an update log) are left out.
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
	g := gazetteer.Default()
	var count map[string]int // lower-case word → occurrences, counted when first needed
	unknown := func(w string) bool {
		if t.res.Clusters != nil {
			if _, ok := t.res.Clusters.Path(w); ok {
				return false
			}
		}
		low := strings.ToLower(w)
		if _, ok := t.lex.usual(low); ok {
			return false
		}
		if count == nil {
			count = map[string]int{}
			for _, s := range sents {
				for _, w := range s {
					count[strings.ToLower(w)]++
				}
			}
		}
		return count[low] == 1
	}
	// The tagger's own gazetteer tags spare the reader's layer matching
	// again, when they come from the shipped lists.
	_, shipped := t.fs.gazetteer.(shippedGazetteer)
	found := make([][]conll.Span, len(sents))
	for k, labels := range t.Tag(sents) {
		var pre [][]uint32
		if shipped && t.first == nil {
			pre = t.sents[k].s.gaz
		}
		found[k] = readerSpans(sents[k], Decode(labels), g, unknown, pre)
	}
	for k, names := range propagate(sents, found, g) {
		toks := spans[k]
		for _, e := range names {
			sp := document.Span{Start: toks[e.Start].Start, End: toks[e.End-1].End}
			out = append(out, document.Mention{Span: sp, Text: doc.Text[sp.Start:sp.End], Type: e.Type})
		}
	}
	return out
}
