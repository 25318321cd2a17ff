package syntaxtrain

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/syntax/internal/engine"
)

// TestPassiveAgentsOnGUM measures engine.PassiveAgents on GUM's gold trees
// (all files) with every obl:agent made obl: the rule should give back
// nearly all of them and few others.
func TestPassiveAgentsOnGUM(t *testing.T) {
	train, dev, err := GUMFiles("../../../shared/data")
	if err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	ss, err := ReadGUM(append(train, dev...))
	if err != nil {
		t.Fatal(err)
	}
	tp, fp, fn := 0, 0, 0
	for _, s := range ss {
		labels := slices.Clone(s.Labels)
		for i, l := range labels {
			if l == "obl:agent" {
				labels[i] = "obl"
			}
		}
		engine.PassiveAgents(s.Words, s.Tags, s.Heads, labels)
		for i := range labels {
			got, want := labels[i] == "obl:agent", s.Labels[i] == "obl:agent"
			switch {
			case got && want:
				tp++
			case got:
				fp++
			case want:
				fn++
			}
		}
	}
	t.Logf("obl:agent on GUM gold trees: %d found, %d wrong, %d missed", tp, fp, fn)
	if tp < 4*fn || tp < 10*fp {
		t.Errorf("the rule finds %d, adds %d wrong, misses %d", tp, fp, fn)
	}
}

// TestRepairsOnGoldGUM applies the repairs that move arcs (Coordinate,
// NounConjuncts) to GUM's gold trees, all files: every arc they move there
// is one they would break in a correct parse, so there should be few.
func TestRepairsOnGoldGUM(t *testing.T) {
	train, dev, err := GUMFiles("../../../shared/data")
	if err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	ss, err := ReadGUM(append(train, dev...))
	if err != nil {
		t.Fatal(err)
	}
	words, moved := 0, [2]int{}
	for _, s := range ss {
		words += len(s.Words)
		for k, repair := range []func([]int, []string){
			func(h []int, l []string) { engine.Coordinate(s.Words, h, l) },
			func(h []int, l []string) { engine.NounConjuncts(s.Tags, h, l) },
		} {
			heads, labels := slices.Clone(s.Heads), slices.Clone(s.Labels)
			repair(heads, labels)
			for i := range heads {
				if heads[i] != s.Heads[i] || labels[i] != s.Labels[i] {
					moved[k]++
				}
			}
		}
	}
	t.Logf("on %d gold words, Coordinate moves %d arcs, NounConjuncts %d", words, moved[0], moved[1])
	if moved[0]+moved[1] > words/1000 {
		t.Errorf("the repairs move %v gold arcs", moved)
	}
}
