package syntaxtrain

import (
	"math"
	"slices"

	"github.com/newsgraph/newsgraph/syntax/internal/engine"
)

// perceptron is a multi-class averaged perceptron over hashed features,
// each with a sparse row of weights (a feature is updated for two classes
// at a time, so rows stay short).
type perceptron struct {
	classes int
	rows    map[uint64]*row
	t       int32 // instances seen
}

type row struct {
	n   int32 // updates
	cls []uint8
	w   []float32
	tot []float64
	ts  []int32
}

func newPerceptron(classes int) *perceptron {
	return &perceptron{classes: classes, rows: map[uint64]*row{}}
}

// score adds the current weights of feats to scores.
func (p *perceptron) score(scores []float64, feats []uint64) {
	for _, f := range feats {
		r := p.rows[f]
		if r == nil {
			continue
		}
		for k, c := range r.cls {
			scores[c] += float64(r.w[k])
		}
	}
}

// tick counts an instance.
func (p *perceptron) tick() { p.t++ }

// update moves the weights of feats towards class truth and away from
// guess, and counts an update of each feature.
func (p *perceptron) update(feats []uint64, truth, guess int) {
	p.move(feats, truth, guess, 1)
}

// move is update; count is added to the features' update counts.
func (p *perceptron) move(feats []uint64, truth, guess int, count int32) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r := p.rows[f]
		if r == nil {
			r = &row{}
			p.rows[f] = r
		}
		r.n += count
		p.add(r, truth, 1)
		p.add(r, guess, -1)
	}
}

func (p *perceptron) add(r *row, c int, v float32) {
	k := slices.Index(r.cls, uint8(c))
	if k < 0 {
		r.cls = append(r.cls, uint8(c))
		r.w = append(r.w, 0)
		r.tot = append(r.tot, 0)
		r.ts = append(r.ts, p.t)
		k = len(r.cls) - 1
	}
	r.tot[k] += float64(p.t-r.ts[k]) * float64(r.w[k])
	r.ts[k] = p.t
	r.w[k] += v
}

// averaged is a perceptron's averaged weights, as they are written.
type averaged struct {
	keys []uint64
	rows [][]engine.Entry
}

// average returns the averaged weights, quantised to int16 (the largest
// absolute weight to 32767) and pruned of those that round to zero or
// below minAbs (in the units of the averaged weights), and of the features
// updated on fewer than minUpdates mistakes.
func (p *perceptron) average(minAbs float64, minUpdates int) averaged {
	return averageRuns([]*perceptron{p}, minAbs, minUpdates)
}

// averageRuns is average over several perceptrons trained alike (on the
// data in different orders): their averaged weights are averaged, and
// their features' update counts added.
func averageRuns(ps []*perceptron, minAbs float64, minUpdates int) averaged {
	seen := map[uint64]bool{}
	var keys []uint64
	for _, p := range ps {
		for k := range p.rows {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	classes := ps[0].classes
	sum := make([]float64, classes)
	has := make([]bool, classes)
	// weights fills sum with key k's averaged weights and reports its
	// update count.
	weights := func(k uint64) int {
		clear(sum)
		clear(has)
		n := 0
		for _, p := range ps {
			r := p.rows[k]
			if r == nil {
				continue
			}
			n += int(r.n)
			t := float64(max(p.t, 1))
			for j, c := range r.cls {
				sum[c] += (r.tot[j] + float64(p.t-r.ts[j])*float64(r.w[j])) / t / float64(len(ps))
				has[c] = true
			}
		}
		return n
	}
	maxAbs := 0.0
	for _, k := range keys {
		weights(k)
		for _, v := range sum {
			maxAbs = max(maxAbs, math.Abs(v))
		}
	}
	scale := engine.Quantise(maxAbs)
	var out averaged
	for _, k := range keys {
		if weights(k) < minUpdates {
			continue
		}
		var es []engine.Entry
		for c, a := range sum {
			if !has[c] || math.Abs(a) < minAbs {
				continue
			}
			q := math.Round(a / scale)
			if q == 0 {
				continue
			}
			es = append(es, engine.Entry{Class: c, Weight: int16(q)})
		}
		if len(es) == 0 {
			continue
		}
		out.keys = append(out.keys, k)
		out.rows = append(out.rows, es)
	}
	return out
}
