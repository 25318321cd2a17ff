package syntax

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/startupcost"
)

// TestStartupCost runs this test binary in child processes, once doing
// nothing and once parsing a sentence, and logs the difference of CPU
// time: what a fresh process pays for its first parse (the model read in
// place, the word clusters opened). Nothing is paid before that call.
func TestStartupCost(t *testing.T) {
	idle, used, ok := startupcost.Measure(t, "TestStartupCost", func() {
		Parse([]string{"The", "committee", "approved", "the", "budget", "."})
	})
	if !ok {
		return
	}
	t.Logf("fresh process, best of 5: %v CPU idle, %v with a first parse: %v for it", idle, used, used-idle)
	if used-idle > 100*time.Millisecond {
		t.Errorf("a first parse costs %v of CPU", used-idle)
	}
}
