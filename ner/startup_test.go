package ner

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/startupcost"
)

// TestStartupCost runs this test binary in child processes, once doing
// nothing and once loading the shipped model and its resources (word
// clusters, gazetteers) and tagging a sentence, and checks the difference
// of CPU time: what a fresh newsgraph process pays for the tagger. Nothing
// is decoded, so it must stay far below analyze's 200 ms start-up budget.
func TestStartupCost(t *testing.T) {
	idle, used, ok := startupcost.Measure(t, "TestStartupCost", func() {
		tg, err := NewDefault()
		if err != nil {
			panic(err)
		}
		if got := tg.Tag([][]string{strings.Fields("Kim Yong Chol flew from Pyongyang to New York .")}); len(got) != 1 {
			panic("no labels")
		}
	})
	if !ok {
		return
	}
	t.Logf("fresh process, best of 5: %v CPU idle, %v with the model, clusters and gazetteers loaded and a sentence tagged: %v for the tagger", idle, used, used-idle)
	if used-idle > 50*time.Millisecond {
		t.Errorf("loading the tagger costs %v of CPU", used-idle)
	}
}
