package analyze

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/examples"
)

// BenchmarkStages runs the standard pipeline over the bundled articles and
// reports the share of the time each stage takes (%name), with the share
// of coreference and quotes together (%coref+quote).
func BenchmarkStages(b *testing.B) {
	arts, err := examples.List()
	if err != nil {
		b.Fatal(err)
	}
	a := New(Options{})
	var texts []string
	for _, art := range arts {
		text, err := examples.Text(art.File)
		if err != nil {
			b.Fatal(err)
		}
		t, _, err := a.Text(Input{Data: []byte(text)})
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
	}
	p := Standard()
	spent := map[string]time.Duration{}
	var total time.Duration
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		for _, text := range texts {
			doc := document.New(text)
			for _, s := range p.Steps {
				start := time.Now()
				if err := s.Stage.Process(ctx, doc); err != nil {
					b.Fatal(err)
				}
				d := time.Since(start)
				spent[s.Name] += d
				total += d
			}
		}
	}
	for name, d := range spent {
		b.ReportMetric(100*float64(d)/float64(total), "%"+name)
	}
	b.ReportMetric(100*float64(spent["coref"]+spent["quote"])/float64(total), "%coref+quote")
}
