package relation

import (
	"context"
	"math/rand/v2"
)

// An ArgExample is a candidate with its gold label: an interaction type
// of its trigger, or "" for none.
type ArgExample struct {
	Cand  ArgCandidate
	Label string
}

// ArgTrainOptions set the interaction model's training.
type ArgTrainOptions struct {
	Epochs int     // passes over the data
	Rate   float64 // learning rate
	L2     float64 // weight decay per update of a feature
	Seed   uint64
	// PosWeight weighs the gradient of a candidate with a gold type
	// (there are some thirty negatives a positive); 0 means 1.
	PosWeight float64
	// Threshold is the probability a candidate's type needs.
	Threshold float64
	// Dep trains a model over dependency candidates; Triggers are then
	// the training gold's trigger stems beyond the lexicons (stem →
	// types), kept in the model.
	Dep      bool
	Triggers map[string][]string
	// RuleTriggers trains a dependency model on the candidates of the
	// rules' triggers too (it is asked only about the others).
	RuleTriggers bool
	// LiveStems makes a dependency model ask only about the trigger
	// stems of Live, those a gold interaction's candidate had in
	// training (kept in the model).
	LiveStems bool
	Live      map[string]bool
}

// TrainArgModel fits the interaction model by stochastic gradient
// descent on the softmax over none and each candidate's types, averaging
// the weights of every epoch's end.
func TrainArgModel(ctx context.Context, exs []ArgExample, opt ArgTrainOptions) (*ArgModel, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.Rate <= 0 {
		opt.Rate = 0.1
	}
	index := map[uint64]int{}
	id := func(f uint64) int {
		i, ok := index[f]
		if !ok {
			i = len(index)
			index[f] = i
		}
		return i
	}
	type inst struct {
		feats [][]int // per type of the candidate: its features' indices
		gold  int     // 0 none, else 1 + the index of the type
	}
	data := make([]inst, 0, len(exs))
	for _, ex := range exs {
		var in inst
		for i, t := range ex.Cand.Types {
			k := argClass(t)
			fs := make([]int, 0, 2*len(ex.Cand.feats))
			for _, f := range ex.Cand.feats {
				fs = append(fs, id(f), id(typed(f, k)))
			}
			in.feats = append(in.feats, fs)
			if t == ex.Label {
				in.gold = i + 1
			}
		}
		data = append(data, in)
	}
	w := make([]float64, len(index))
	sum := make([]float64, len(index))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 7))
	var p []float64
	for ep := 0; ep < opt.Epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := opt.Rate / (1 + float64(ep)*0.5)
		for _, oi := range order {
			in := &data[oi]
			p = append(p[:0], 0)
			for _, fs := range in.feats {
				x := 0.0
				for _, f := range fs {
					x += w[f]
				}
				p = append(p, x)
			}
			softmax(p)
			wt := 1.0
			if in.gold > 0 && opt.PosWeight > 0 {
				wt = opt.PosWeight
			}
			for c, fs := range in.feats {
				g := p[c+1]
				if c+1 == in.gold {
					g--
				}
				g *= wt
				for _, f := range fs {
					w[f] -= rate * (g + opt.L2*w[f])
				}
			}
		}
		for i := range w {
			sum[i] += w[i]
		}
	}
	weights := make(map[uint64]float32, len(index))
	for f, i := range index {
		weights[f] = float32(sum[i] / float64(opt.Epochs))
	}
	if opt.Dep {
		return newDepArgModel(weights, opt.Threshold, opt.Triggers, opt.Live), nil
	}
	return newArgModel(weights, opt.Threshold), nil
}
