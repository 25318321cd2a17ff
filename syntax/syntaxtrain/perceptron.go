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
// guess.
func (p *perceptron) update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r := p.rows[f]
		if r == nil {
			r = &row{}
			p.rows[f] = r
		}
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
// below minAbs (in the units of the averaged weights).
func (p *perceptron) average(minAbs float64) averaged {
	keys := make([]uint64, 0, len(p.rows))
	for k := range p.rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t := float64(max(p.t, 1))
	avg := func(r *row, k int) float64 {
		return (r.tot[k] + float64(p.t-r.ts[k])*float64(r.w[k])) / t
	}
	maxAbs := 0.0
	for _, k := range keys {
		r := p.rows[k]
		for j := range r.cls {
			maxAbs = max(maxAbs, math.Abs(avg(r, j)))
		}
	}
	scale := engine.Quantise(maxAbs)
	var out averaged
	for _, k := range keys {
		r := p.rows[k]
		var es []engine.Entry
		for j, c := range r.cls {
			a := avg(r, j)
			if math.Abs(a) < minAbs {
				continue
			}
			q := math.Round(a / scale)
			if q == 0 {
				continue
			}
			es = append(es, engine.Entry{Class: int(c), Weight: int16(q)})
		}
		if len(es) == 0 {
			continue
		}
		slices.SortFunc(es, func(a, b engine.Entry) int { return a.Class - b.Class })
		out.keys = append(out.keys, k)
		out.rows = append(out.rows, es)
	}
	return out
}
