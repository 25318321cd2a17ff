package timex

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/timeml"
	"github.com/newsgraph/newsgraph/internal/cputime"
	"github.com/newsgraph/newsgraph/tokenize"
)

// benchDocs returns tokenized documents to time: the TimeML dev data when
// ../shared is present, else the example articles of this repository.
func benchDocs(b *testing.B) ([]*document.Document, int) {
	var docs []*document.Document
	n := 0
	files, _ := filepath.Glob("../../shared/data/timex/*/*.tml")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		tml, err := timeml.Parse(data)
		if err != nil {
			b.Fatal(err)
		}
		d := document.New(tml.Text)
		d.Meta.Published = tml.Published()
		docs = append(docs, d)
		n += len(d.Text)
	}
	if len(docs) == 0 {
		b.Skip("../shared/data/timex not found; skipping the benchmark")
	}
	for _, d := range docs {
		_ = tokenize.Process(context.Background(), d)
	}
	return docs, n
}

// BenchmarkTag times the tagger alone on tokenized text. Besides the
// wall-clock MB/s it reports MB per CPU second of the process, which a
// machine shared with other work does not distort (run it with
// GOMAXPROCS=1 for one core).
func BenchmarkTag(b *testing.B) {
	docs, n := benchDocs(b)
	b.SetBytes(int64(n))
	b.ResetTimer()
	c0 := cputime.Process()
	for range b.N {
		for _, d := range docs {
			Tag(d)
		}
	}
	reportCPU(b, n, c0)
}

// BenchmarkTokenizeTag times the tokenizer and the tagger together.
func BenchmarkTokenizeTag(b *testing.B) {
	docs, n := benchDocs(b)
	b.SetBytes(int64(n))
	b.ResetTimer()
	c0 := cputime.Process()
	for range b.N {
		for _, d := range docs {
			_ = tokenize.Process(context.Background(), d)
			Tag(d)
		}
	}
	reportCPU(b, n, c0)
}

// reportCPU reports MB per CPU second since c0, where the system says.
func reportCPU(b *testing.B, n int, c0 time.Duration) {
	if c := cputime.Process() - c0; c > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/c.Seconds()/1e6, "MB/cpu-s")
	}
}
