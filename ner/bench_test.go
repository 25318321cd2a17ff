package ner_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/examples"
	"github.com/newsgraph/newsgraph/internal/cputime"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/tokenize"
)

// benchDocs returns varied news text as documents of sentences of tokens:
// every 10th article of the BBC (five topics) and wire (AFP, Xinhua)
// corpora in ../shared/data when present, else the bundled Wikinews
// articles.
func benchDocs(b *testing.B) ([][][]string, int) {
	var texts []string
	for _, dir := range []string{"corpus/bbc", "corpus/gigaword-te3"} {
		n := 0
		filepath.Walk(filepath.Join("..", "..", "shared", "data", dir), func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || !strings.HasSuffix(p, ".txt") || strings.EqualFold(info.Name(), "README.txt") {
				return nil
			}
			if n++; n%10 == 0 {
				if data, err := os.ReadFile(p); err == nil {
					texts = append(texts, string(data))
				}
			}
			return nil
		})
	}
	if len(texts) == 0 {
		list, err := examples.List()
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range list {
			t, err := examples.Text(a.File)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, t)
		}
	}
	var docs [][][]string
	tokens := 0
	for _, text := range texts {
		toks := tokenize.Tokenize(text)
		var doc [][]string
		k := 0
		for _, s := range tokenize.Sentences(text, toks, tokenize.Paragraphs(text)) {
			var words []string
			for ; k < len(toks) && toks[k].Start < s.End; k++ {
				words = append(words, text[toks[k].Start:toks[k].End])
			}
			doc = append(doc, words)
			tokens += len(words)
		}
		docs = append(docs, doc)
	}
	b.Logf("%d articles, %d tokens", len(docs), tokens)
	return docs, tokens
}

// BenchmarkTag measures the tagger alone on tokenized news, with a warm
// word cache as in a long-running process (taggers are pooled).
func BenchmarkTag(b *testing.B) {
	docs, tokens := benchDocs(b)
	tg, err := ner.NewDefault()
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range docs {
		tg.Tag(d)
	}
	b.ResetTimer()
	cpu := cputime.Process()
	for b.Loop() {
		for _, d := range docs {
			tg.Tag(d)
		}
	}
	report(b, tokens, cputime.Process()-cpu)
}

// report reports tokens per second of wall time, and per second of the
// process's CPU time, which a machine shared with other jobs (as ours is)
// disturbs much less.
func report(b *testing.B, tokens int, cpu time.Duration) {
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
}

// BenchmarkTagCold measures a fresh Tagger per pass over the corpus, so
// that every word type's features are computed once per pass.
func BenchmarkTagCold(b *testing.B) {
	docs, tokens := benchDocs(b)
	cpu := cputime.Process()
	for b.Loop() {
		tg, err := ner.NewDefault()
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			tg.Tag(d)
		}
	}
	report(b, tokens, cputime.Process()-cpu)
}
