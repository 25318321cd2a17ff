// Package startupcost measures, for tests, what a piece of work costs a
// fresh process in CPU time, by running the test binary again as child
// processes. It imports "testing", so only tests may import it.
package startupcost

import (
	"os"
	"os/exec"
	"testing"
	"time"
)

// childEnv tells a child process of Measure what to do.
const childEnv = "NEWSGRAPH_STARTUP_CHILD"

// Measure returns what use costs a fresh process: it runs the test
// binary again as child processes, five doing nothing and five calling
// use, and gives the least CPU time (user and system) of each kind. The
// test named test must call it first thing; in a child, Measure runs
// use (or not) and returns ok false, and the test returns at once. In
// -short mode it skips the test.
func Measure(t testing.TB, test string, use func()) (idle, used time.Duration, ok bool) {
	if mode := os.Getenv(childEnv); mode != "" {
		if mode == "use" {
			use()
		}
		return 0, 0, false
	}
	if testing.Short() {
		t.Skip("short mode: skipping the child processes of the start-up cost")
	}
	cost := func(mode string) time.Duration {
		best := time.Hour
		for range 5 {
			cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$")
			cmd.Env = append(os.Environ(), childEnv+"="+mode)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("child: %v\n%s", err, out)
			}
			best = min(best, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		}
		return best
	}
	return cost("idle"), cost("use"), true
}
