package relation_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/examples"
	"github.com/newsgraph/newsgraph/internal/cputime"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/relation"
)

// benchTexts returns the bundled Wikinews articles and, when ../shared is
// there, the first 40 BBC articles of ../shared/data/corpus.
func benchTexts(b *testing.B) []string {
	arts, err := examples.List()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, art := range arts {
		text, err := examples.Text(art.File)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, text)
	}
	files, _ := filepath.Glob("../../shared/data/corpus/bbc/bbc/*/0[0-9][0-9].txt")
	slices.Sort(files)
	for _, f := range files[:min(40, len(files))] {
		if data, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(data))
		}
	}
	return texts
}

// BenchmarkRelationShare runs the standard pipeline and reports the time
// of the relation stage against that of all the other stages together
// (%relation: 20 means the stage adds a fifth to analyze's time), by wall
// time and by the CPU time of the thread the stages run on
// (cpu%relation, where it can be had: steadier on a shared machine).
func BenchmarkRelationShare(b *testing.B) {
	texts := benchTexts(b)
	a := analyze.New(analyze.Options{})
	for i, t := range texts {
		clean, _, err := a.Text(analyze.Input{Data: []byte(t)})
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = clean
	}
	p := analyze.Standard()
	var rel, others, relCPU, othersCPU time.Duration
	ctx := context.Background()
	// the stages run on this goroutine's thread, whose CPU time does not
	// count the time other jobs hold the core
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	for range b.N {
		for _, text := range texts {
			doc := document.New(text)
			for _, s := range p.Steps {
				start, cpu := time.Now(), cputime.Thread()
				if err := s.Stage.Process(ctx, doc); err != nil {
					b.Fatal(err)
				}
				if s.Name == "relation" {
					rel += time.Since(start)
					relCPU += cputime.Thread() - cpu
				} else {
					others += time.Since(start)
					othersCPU += cputime.Thread() - cpu
				}
			}
		}
	}
	b.ReportMetric(100*float64(rel)/float64(others), "%relation")
	if othersCPU > 0 {
		b.ReportMetric(100*float64(relCPU)/float64(othersCPU), "cpu%relation")
	}
	b.ReportMetric(float64(len(texts)), "articles")
}

// BenchmarkRelationShareArgModel is BenchmarkRelationShare with the
// interaction model on.
func BenchmarkRelationShareArgModel(b *testing.B) {
	relation.UseArgModel.Store(true)
	defer relation.UseArgModel.Store(false)
	BenchmarkRelationShare(b)
}

// BenchmarkRelationShareNoDeps is BenchmarkRelationShare without the
// dependency tier (whose parses count in the relation stage's time).
func BenchmarkRelationShareNoDeps(b *testing.B) {
	relation.NoDependencyTier.Store(true)
	defer relation.NoDependencyTier.Store(false)
	BenchmarkRelationShare(b)
}

// BenchmarkRelationStage times the relation stage alone on the documents
// of BenchmarkRelationShare, the stages before it run once beforehand.
// As in analyze, the stage takes the coreference resolver the quote stage
// left on the document (coref.Shared), reset for each run, rather than
// building one.
func BenchmarkRelationStage(b *testing.B) {
	texts := benchTexts(b)
	a := analyze.New(analyze.Options{})
	p := analyze.Standard()
	ctx := context.Background()
	var docs []*document.Document
	var rel pipeline.Stage
	for _, t := range texts {
		clean, _, err := a.Text(analyze.Input{Data: []byte(t)})
		if err != nil {
			b.Fatal(err)
		}
		doc := document.New(clean)
		for _, s := range p.Steps {
			if s.Name == "relation" {
				rel = s.Stage
				continue
			}
			if err := s.Stage.Process(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
		docs = append(docs, doc)
	}
	b.ResetTimer()
	cpu0 := cputime.Process()
	for range b.N {
		for _, doc := range docs {
			if err := rel.Process(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	// the process's CPU time (user and system, all threads) per
	// iteration: steadier than ns/op on a machine shared with other work
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
}
