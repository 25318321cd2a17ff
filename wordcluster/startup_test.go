package wordcluster

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/startupcost"
)

// TestStartupCost runs this test binary in child processes, once doing
// nothing and once opening the embedded data and looking a few words up,
// and logs the difference of CPU time: what a fresh newsgraph process pays
// for the data.
func TestStartupCost(t *testing.T) {
	idle, used, ok := startupcost.Measure(t, "TestStartupCost", func() {
		c := Default()
		c.Path("Pyongyang")
		c.Path("January")
	})
	if !ok {
		return
	}
	t.Logf("fresh process, best of 5: %v CPU idle, %v with the embedded data opened and used: %v for the data", idle, used, used-idle)
	if used-idle > 100*time.Millisecond {
		t.Errorf("opening the embedded data costs %v of CPU", used-idle)
	}
}
