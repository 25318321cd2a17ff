package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/screen"
	"github.com/newsgraph/newsgraph/screen/evalset"
)

// runEvalScreen measures name screening on the evaluation set built from
// the full lists and the corpora in ../shared/data (docs/screening.md).
func runEvalScreen(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval screen", "[--data DIR] [--threshold T] [--misses N]")
	data := fs.String("data", filepath.Join("..", "shared", "data"), "the shared data directory (sanctions lists and corpora)")
	threshold := fs.Float64("threshold", screen.DefaultThreshold, "name score from which a match is reported")
	misses := fs.Int("misses", 0, "print up to this many misses and false alarms of each category")
	seed := fs.Uint64("seed", 1, "seed of the generated variants and near misses")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the screening to this file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(*data, "sanctions")); err != nil {
		return &usageError{msg: fmt.Sprintf("eval screen: %s has no sanctions lists", *data), hint: "newsgraph eval screen --data ../shared/data"}
	}
	lists, err := evalset.LoadLists(*data)
	if err != nil {
		return fmt.Errorf("eval screen: %w", err)
	}
	people, orgs, err := evalset.CorpusNames(*data)
	if err != nil {
		return fmt.Errorf("eval screen: %w", err)
	}
	// Index build on the full lists, on one core.
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	runtime.GC()
	var full *screen.Index
	buildCPU, buildWall := evalset.Timed(func() { full = screen.NewIndex(lists...) })
	entries, names := full.Len()
	full = nil
	debug.FreeOSMemory()

	set := evalset.Build(lists, people, orgs, *seed)
	ix := screen.NewIndex(evalset.WithoutOriginalScript(lists)...)
	var rep evalset.Report
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return fmt.Errorf("eval screen: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("eval screen: %w", err)
		}
	}
	runtime.GC()
	cpu, wall := evalset.Timed(func() { rep = evalset.Evaluate(set, evalset.Newsgraph(ix, *threshold), *misses) })
	pprof.StopCPUProfile()

	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(e.stdout, "Lists: %d entries, %d names (OFAC SDN 2021, UN); threshold %.2f\n\n", entries, names, *threshold)
	fmt.Fprintln(w, "category\tqueries\tfound\trecall\tflagged\tfalse-alarm rate\t")
	for _, name := range rep.Names() {
		c := rep.Categories[name]
		if c.Found > 0 || (!isNegative(name)) {
			fmt.Fprintf(w, "%s\t%d\t%d\t%.4f\t\t\t\n", name, c.Queries, c.Found, ratio(c.Found, c.Queries))
		} else {
			fmt.Fprintf(w, "%s\t%d\t\t\t%d\t%.4f\t\n", name, c.Queries, c.Flagged, ratio(c.Flagged, c.Queries))
		}
	}
	w.Flush()
	tp, pos, fp, neg := rep.Totals(true)
	atp, apos, _, _ := rep.Totals(false)
	fmt.Fprintf(e.stdout, "\nrecall on variants %.4f (%d/%d); on all positives %.4f (%d/%d)\n", ratio(tp, pos), tp, pos, ratio(atp, apos), atp, apos)
	fmt.Fprintf(e.stdout, "false alarms on negatives %.4f (%d/%d)\n", ratio(fp, neg), fp, neg)
	fmt.Fprintf(e.stdout, "precision %.4f (all positives and negatives); %.4f with as many negatives as positives\n",
		ratio(atp, atp+fp), ratio(atp, atp+int(float64(apos)*ratio(fp, neg))))
	fmt.Fprintf(e.stdout, "excluded corpus names that share a listed name: %d\n", len(set.Excluded))
	fmt.Fprintf(e.stdout, "\nspeed: %d names screened in %.2f s CPU (%.2f s wall): %.0f names/s on one core\n",
		len(set.Queries), cpu.Seconds(), wall.Seconds(), float64(len(set.Queries))/cpu.Seconds())
	fmt.Fprintf(e.stdout, "index build (full SDN + UN lists): %.0f ms CPU (%.0f ms wall)\n", float64(buildCPU.Microseconds())/1000, float64(buildWall.Microseconds())/1000)
	if *misses > 0 {
		for _, name := range rep.Names() {
			c := rep.Categories[name]
			if len(c.Misses) == 0 {
				continue
			}
			fmt.Fprintf(e.stdout, "\n%s:\n", name)
			for _, m := range c.Misses {
				fmt.Fprintf(e.stdout, "  %s\n", m)
			}
		}
	}
	return nil
}

func isNegative(cat string) bool {
	return len(cat) > 7 && (cat[:7] == "corpus-" || cat[:9] == "near-miss")
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
