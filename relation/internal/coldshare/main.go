// Command coldshare runs the stages of analyze's standard pipeline once
// on a text file in a fresh process and prints the relation stage's time
// against that of the other stages. Unlike BenchmarkRelationShare, which
// runs each stage hundreds of times, it counts what each stage loads or
// builds on first use. It calls the stages one after the other, without
// the steps' Warm functions that pipeline.Run starts in the background
// (as `newsgraph analyze` does), so the relation stage's figure includes
// building its lexicons and loading its models.
//
//	go build -o coldshare ./relation/internal/coldshare
//	for i in 1 2 3; do ./coldshare ../shared/examples/summit-article.txt; done
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: coldshare FILE")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	clean, _, err := analyze.New(analyze.Options{}).Text(analyze.Input{Data: data})
	if err != nil {
		fmt.Fprintf(os.Stderr, "coldshare: %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
	doc := document.New(clean)
	var rel, others, relCPU, othersCPU time.Duration
	for _, s := range analyze.Standard().Steps {
		t, c := time.Now(), cputime.Process()
		if err := s.Stage.Process(context.Background(), doc); err != nil {
			fmt.Fprintf(os.Stderr, "coldshare: stage %s: %v\n", s.Name, err)
			os.Exit(1)
		}
		if s.Name == "relation" {
			rel, relCPU = time.Since(t), cputime.Process()-c
		} else {
			others += time.Since(t)
			othersCPU += cputime.Process() - c
		}
	}
	fmt.Printf("relation %.1f ms (CPU %.1f ms), other stages %.1f ms (CPU %.1f ms): %%relation %.1f (CPU %.1f), %d relations\n",
		ms(rel), ms(relCPU), ms(others), ms(othersCPU), pct(rel, others), pct(relCPU, othersCPU), len(doc.Relations))
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }

func pct(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
