package ner

import (
	"context"
	"time"

	"github.com/newsgraph/newsgraph/format/conll"
)

// An Evaluation is the result of Evaluate.
type Evaluation struct {
	Score conll.Score
	// Pred holds the predicted IOB2 tags, one slice per sentence in
	// document order, with the ignored types removed.
	Pred [][]string
	// Tagging is the time spent tagging (not reading or scoring).
	Tagging time.Duration
}

// Evaluate tags the tokens of docs, document by document, and scores the
// tags against the documents' gold tags with conlleval's semantics. Entity
// types listed in ignore are dropped from the predictions and left out of
// the score (MISC for data that does not annotate it, such as Universal
// NER).
func (t *Tagger) Evaluate(ctx context.Context, docs []conll.Document, ignore ...string) (*Evaluation, error) {
	ev := &Evaluation{}
	var labels [][]Label
	start := time.Now()
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		sents := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Tokens
		}
		labels = append(labels, t.Tag(sents)...)
	}
	ev.Tagging = time.Since(start)
	k := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			pred := IOB2(labels[k])
			k++
			for i, p := range pred {
				for _, typ := range ignore {
					if p != "O" && p[2:] == typ {
						pred[i] = "O"
					}
				}
			}
			if err := ev.Score.Add(s.Tags, pred, ignore...); err != nil {
				return nil, err
			}
			ev.Pred = append(ev.Pred, pred)
		}
	}
	return ev, nil
}
