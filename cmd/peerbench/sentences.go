package main

import (
	"fmt"
	"os"
	"time"

	"github.com/neurosnap/sentences/english"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/conllu"
	"github.com/newsgraph/newsgraph/tokenize"
)

// benchSentences scores newsgraph's sentence splitter and Punkt
// (github.com/neurosnap/sentences, English model) on the same documents,
// with the same scorer, and times both.
func benchSentences(args []string) error {
	punkt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return err
	}
	var docs []conllu.Document
	bytes := 0
	for _, f := range args {
		fh, err := os.Open(f)
		if err != nil {
			return err
		}
		ds, err := conllu.Read(fh)
		fh.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		for _, d := range ds {
			bytes += len(d.Text)
		}
		docs = append(docs, ds...)
	}
	type system struct {
		name  string
		split func(string) []document.Span
	}
	systems := []system{
		{"newsgraph", func(text string) []document.Span {
			return tokenize.Sentences(text, tokenize.Tokenize(text), tokenize.Paragraphs(text))
		}},
		{"punkt (neurosnap/sentences)", func(text string) []document.Span {
			var out []document.Span
			for _, s := range punkt.Tokenize(text) {
				// Punkt's spans include trailing white space; skip
				// leading white space so that starts compare.
				st := s.Start
				for st < s.End && (text[st] == ' ' || text[st] == '\n') {
					st++
				}
				out = append(out, document.Span{Start: st, End: s.End})
			}
			return out
		}},
	}
	fmt.Printf("%d documents, %d bytes\n", len(docs), bytes)
	for _, s := range systems {
		var sc tokenize.BoundaryScore
		start := time.Now()
		for _, d := range docs {
			sc.Add(tokenize.ScoreBoundaries(d.Text, d.SentSpans, s.split(d.Text), d.Paragraphs))
		}
		el := time.Since(start)
		fmt.Printf("%-28s P %.4f R %.4f F1 %.4f  (%.1f MB/s)\n", s.name, sc.Precision(), sc.Recall(), sc.F1(), float64(bytes)/el.Seconds()/1e6)
	}
	return nil
}
