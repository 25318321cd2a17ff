// Command procbench times whole newsgraph processes, the way a user
// waits for them: each binary runs `analyze FILE` N times, the binaries
// alternating (in turn, then in reverse turn, so that a slow spell of a
// shared machine falls on all of them), and it prints per binary the
// median wall time and the median CPU time of the child (user + system),
// with the ratios to the last binary named. Comparing a build with a
// stage and one without it gives the stage's share of the whole process;
// build both from the same path, since a binary's layout alone moves
// these times by some per cent.
//
// Usage, from the repository root:
//
//	go run ./relation/internal/procbench [-n 60] [-file F] BINARY… BASELINE
//
// GOMAXPROCS in the environment reaches the children.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"time"
)

func main() {
	n := flag.Int("n", 60, "runs per binary")
	file := flag.String("file", "../shared/examples/summit-article.txt", "the article each run analyses")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: procbench [-n N] [-file F] BINARY… BASELINE")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() < 2 || *n < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Args(), *file, *n); err != nil {
		fmt.Fprintln(os.Stderr, "procbench:", err)
		os.Exit(1)
	}
}

// times are one binary's measurements, in seconds.
type times struct{ wall, cpu []float64 }

func run(w io.Writer, bins []string, file string, n int) error {
	res := make([]times, len(bins))
	for i := range n {
		order := make([]int, len(bins))
		for k := range order {
			order[k] = k
		}
		if i%2 == 1 {
			slices.Reverse(order)
		}
		for _, k := range order {
			wall, cpu, err := once(bins[k], file)
			if err != nil {
				return err
			}
			res[k].wall = append(res[k].wall, wall)
			res[k].cpu = append(res[k].cpu, cpu)
		}
	}
	last := res[len(res)-1]
	lw, lc := median(last.wall), median(last.cpu)
	for k, b := range bins {
		mw, mc := median(res[k].wall), median(res[k].cpu)
		fmt.Fprintf(w, "%s: wall %.1f ms, cpu %.1f ms; ratio wall %.3f, cpu %.3f\n", b, mw*1000, mc*1000, mw/lw, mc/lc)
	}
	return nil
}

// once runs bin on file and returns its wall and CPU time.
func once(bin, file string) (wall, cpu float64, err error) {
	cmd := exec.Command(bin, "analyze", file)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("%s analyze %s: %w", bin, file, err)
	}
	wall = time.Since(start).Seconds()
	st := cmd.ProcessState
	return wall, (st.UserTime() + st.SystemTime()).Seconds(), nil
}

// median returns the median of xs (not empty), leaving xs as it was.
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
