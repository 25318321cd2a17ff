package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	gt "github.com/markusmobius/go-trafilatura"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/format/trafeval"
)

// benchExtract scores newsgraph's HTML extraction and go-trafilatura, with
// and without its fallback extractors, on the trafilatura evaluation set,
// with evaluate.py's scoring, in one run, and times each.
func benchExtract(args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	data := fs.String("data", "../shared/data/extract/trafilatura-eval/evaldata.json", "evaldata.json")
	pages := fs.String("pages", "", "directory where eval-html.tar.gz was unpacked (holds tests/cache, tests/eval)")
	dump := fs.String("dump", "", "write each system's output to DIR/SYSTEM/N.txt (for checking the scorer against evaluate.py)")
	only := fs.String("only", "", "run only the systems whose name contains this")
	list := fs.String("list", "", "only the pages whose file names are listed in this file, one a line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *pages == "" {
		return fmt.Errorf("extract: --pages DIR is required (unpack eval-html.tar.gz into a temporary directory)")
	}
	items, err := trafeval.ReadFile(*data)
	if err != nil {
		return err
	}
	if *list != "" {
		keep, err := os.ReadFile(*list)
		if err != nil {
			return err
		}
		want := map[string]bool{}
		for _, l := range strings.Split(string(keep), "\n") {
			want[strings.TrimSpace(l)] = true
		}
		var sel []trafeval.Item
		for _, it := range items {
			if want[it.File] {
				sel = append(sel, it)
			}
		}
		items = sel
	}
	htmls := make([][]byte, len(items))
	total := 0
	for i, it := range items {
		p, err := trafeval.Resolve(*pages, it.File)
		if err != nil {
			return err
		}
		if htmls[i], err = os.ReadFile(p); err != nil {
			return err
		}
		total += len(htmls[i])
	}
	fmt.Printf("%d pages, %.1f MB\n", len(items), float64(total)/1e6)
	// The systems take turns page by page, so that the load of a shared
	// machine falls on all of them alike and the times compare.
	var systems []extractSystem
	for _, s := range extractSystems() {
		if *only == "" || strings.Contains(s.name, *only) {
			systems = append(systems, s)
		}
	}
	counts := make([]trafeval.Counts, len(systems))
	times := make([]time.Duration, len(systems))
	failed := make([]int, len(systems))
	runtime.GC()
	for i, it := range items {
		for k, s := range systems {
			start := time.Now()
			out, err := s.run(htmls[i], it.URL)
			times[k] += time.Since(start)
			if err != nil {
				failed[k]++
			}
			counts[k].Add(trafeval.Score(it, out, err == nil))
			if *dump != "" {
				dir := filepath.Join(*dump, strings.NewReplacer(" ", "_", "(", "", ")", "").Replace(s.name))
				if err := os.MkdirAll(dir, 0o755); err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), []byte(out), 0o644); err != nil {
					return err
				}
			}
		}
	}
	for k, s := range systems {
		c := counts[k]
		fmt.Printf("%-26s P %.4f R %.4f Acc %.4f F1 %.4f  TP %d FP %d FN %d TN %d  failed %d  %6.2f s (%.2f× %s)\n",
			s.name, c.Precision(), c.Recall(), c.Accuracy(), c.F1(), c.TP, c.FP, c.FN, c.TN, failed[k], times[k].Seconds(),
			times[k].Seconds()/times[len(systems)-1].Seconds(), systems[len(systems)-1].name)
	}
	return nil
}

type extractSystem struct {
	name string
	run  func(html []byte, url string) (string, error)
}

func extractSystems() []extractSystem {
	traf := func(fallback bool) func([]byte, string) (string, error) {
		return func(html []byte, url string) (string, error) {
			r, err := gt.Extract(bytes.NewReader(html), gt.Options{
				EnableFallback:  fallback,
				ExcludeComments: true,
				HtmlDateMode:    gt.Disabled,
			})
			if err != nil {
				return "", err
			}
			return r.ContentText, nil
		}
	}
	return []extractSystem{
		{"newsgraph", func(html []byte, url string) (string, error) {
			a, err := extract.HTML(html, extract.Options{URL: url})
			if err != nil {
				return "", err
			}
			return a.Main(), nil
		}},
		{"go-trafilatura (fallback)", traf(true)},
		{"go-trafilatura", traf(false)},
	}
}
