package ner

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestStartupCost runs this test binary in child processes, once doing
// nothing and once loading the shipped model and its resources (word
// clusters, gazetteers) and tagging a sentence, and checks the difference
// of CPU time: what a fresh newsgraph process pays for the tagger. Nothing
// is decoded, so it must stay far below analyze's 200 ms start-up budget.
func TestStartupCost(t *testing.T) {
	if mode := os.Getenv("NER_STARTUP_CHILD"); mode != "" {
		if mode == "use" {
			tg, err := NewDefault()
			if err != nil {
				panic(err)
			}
			if got := tg.Tag([][]string{strings.Fields("Kim Yong Chol flew from Pyongyang to New York .")}); len(got) != 1 {
				panic("no labels")
			}
		}
		return
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	cost := func(mode string) time.Duration {
		best := time.Hour
		for range 5 {
			cmd := exec.Command(os.Args[0], "-test.run=^TestStartupCost$")
			cmd.Env = append(os.Environ(), "NER_STARTUP_CHILD="+mode)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("child: %v\n%s", err, out)
			}
			best = min(best, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		}
		return best
	}
	idle, used := cost("idle"), cost("use")
	t.Logf("fresh process, best of 5: %v CPU idle, %v with the model, clusters and gazetteers loaded and a sentence tagged: %v for the tagger", idle, used, used-idle)
	if used-idle > 50*time.Millisecond {
		t.Errorf("loading the tagger costs %v of CPU", used-idle)
	}
}
