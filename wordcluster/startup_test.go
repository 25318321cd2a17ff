package wordcluster

import (
	"os"
	"os/exec"
	"testing"
	"time"
)

// TestStartupCost runs this test binary in child processes, once doing
// nothing and once opening the embedded data and looking a few words up,
// and logs the difference of CPU time: what a fresh newsgraph process pays
// for the data.
func TestStartupCost(t *testing.T) {
	if os.Getenv("STARTUP_CHILD") != "" {
		if os.Getenv("STARTUP_CHILD") == "use" {
			c := Default()
			c.Path("Pyongyang")
			c.Path("January")
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
			cmd.Env = append(os.Environ(), "STARTUP_CHILD="+mode)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("child: %v\n%s", err, out)
			}
			best = min(best, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		}
		return best
	}
	idle, used := cost("idle"), cost("use")
	t.Logf("fresh process, best of 5: %v CPU idle, %v with the embedded data opened and used: %v for the data", idle, used, used-idle)
	if used-idle > 100*time.Millisecond {
		t.Errorf("opening the embedded data costs %v of CPU", used-idle)
	}
}
