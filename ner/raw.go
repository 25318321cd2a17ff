package ner

import (
	"context"
	"time"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/conll"
	"github.com/newsgraph/newsgraph/tokenize"
)

// EvaluateRaw is Evaluate through newsgraph's own tokenizer: it joins each
// gold sentence's tokens back into text (conll.Detokenize), splits that
// text with the tokenizer and sentence splitter of package tokenize, as
// analyze does, tags each document's sentences, and maps the entities found
// back to the gold tokens to score them. An entity whose start or end falls
// inside a gold token is stretched to the whole token; one that ends where
// no gold token ends then counts as a boundary error, as it should. The
// score thus includes every error the tokenizer adds (a name cut in two,
// two tokens run together, a sentence split wrongly).
func (t *Tagger) EvaluateRaw(ctx context.Context, docs []conll.Document, ignore ...string) (*Evaluation, error) {
	ev := &Evaluation{}
	var tagging time.Duration
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var (
			sents [][]string        // newsgraph's sentences, as tokens
			spans [][]document.Span // their token spans in the gold sentence's text
			owner []int             // the gold sentence of each
			offs  = make([][]int, len(d.Sentences))
		)
		for k, s := range d.Sentences {
			// Each gold sentence is a paragraph of its own: the
			// splitter may cut it further, never join two.
			text, starts := conll.Detokenize(s.Tokens)
			offs[k] = starts
			toks := tokenize.Tokenize(text)
			j := 0
			for _, ss := range tokenize.Sentences(text, toks, []document.Span{{Start: 0, End: len(text)}}) {
				var (
					words []string
					sp    []document.Span
				)
				for ; j < len(toks) && toks[j].Start < ss.End; j++ {
					if tk := toks[j]; tk.Start >= ss.Start && tk.End <= ss.End {
						words = append(words, text[tk.Start:tk.End])
						sp = append(sp, tk)
					}
				}
				if len(words) > 0 {
					sents = append(sents, words)
					spans = append(spans, sp)
					owner = append(owner, k)
				}
			}
		}
		start := time.Now()
		labels := t.Tag(sents)
		tagging += time.Since(start)
		pred := make([][]string, len(d.Sentences))
		for k, s := range d.Sentences {
			pred[k] = make([]string, len(s.Tokens))
			for i := range pred[k] {
				pred[k][i] = "O"
			}
		}
		for j, ls := range labels {
			k := owner[j]
			for _, e := range Decode(ls) {
				if skip(e.Type, ignore) {
					continue
				}
				first := tokenAt(offs[k], d.Sentences[k].Tokens, spans[j][e.Start].Start)
				last := tokenAt(offs[k], d.Sentences[k].Tokens, spans[j][e.End-1].End-1)
				// "Corp." at a sentence end is one token for newsgraph,
				// two ("Corp" and the sentence's full stop) in
				// CoNLL: the stop is not part of the name.
				if toks := d.Sentences[k].Tokens; last > first && toks[last] == "." {
					last--
				}
				if first < 0 || last < first || pred[k][first] != "O" {
					continue // overlaps an entity already placed
				}
				pred[k][first] = "B-" + e.Type
				for i := first + 1; i <= last; i++ {
					pred[k][i] = "I-" + e.Type
				}
			}
		}
		for k, s := range d.Sentences {
			if err := ev.Score.Add(s.Tags, pred[k], ignore...); err != nil {
				return nil, err
			}
			ev.Pred = append(ev.Pred, pred[k])
		}
	}
	ev.Tagging = tagging
	return ev, nil
}

func skip(typ string, ignore []string) bool {
	for _, t := range ignore {
		if t == typ {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the gold token that holds byte offset off
// of the detokenised text, or the nearest token after it when off falls in
// a space; -1 past the end.
func tokenAt(starts []int, tokens []string, off int) int {
	for i, s := range starts {
		if off < s+len(tokens[i]) {
			return i
		}
	}
	return -1
}
