package relation

import (
	"context"
	"math"
	"math/rand/v2"

	"github.com/newsgraph/newsgraph/document"
)

// A PairExample is a document analysed by the stages before this one,
// with its gold relations: Gold maps the byte spans of a subject and an
// object name to the pair class ("role", "lives_in", "based_in",
// "located_in", "kill").
type PairExample struct {
	Doc  *document.Document
	Gold map[[2]document.Span]string
}

// TrainOptions sets the training of the pair model; zero values take
// the defaults.
type TrainOptions struct {
	Epochs    int     // 20
	Rate      float64 // 0.1, decaying
	L2        float64 // 1e-4 per step
	Threshold float64 // 0.5
	Seed      uint64
}

// TrainPairs trains the pair model on the examples by stochastic gradient
// descent on the log loss, in a deterministic order.
func TrainPairs(ctx context.Context, exs []PairExample, opt TrainOptions) (*Model, error) {
	if opt.Epochs == 0 {
		opt.Epochs = 20
	}
	if opt.Rate == 0 {
		opt.Rate = 0.1
	}
	if opt.L2 == 0 {
		opt.L2 = 1e-4
	}
	if opt.Threshold == 0 {
		opt.Threshold = 0.5
	}
	type inst struct {
		feats []int
		label int
	}
	index := map[uint64]int{}
	var names []uint64
	var feats []uint64
	var data []inst
	for _, ex := range exs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f := newFinder(ex.Doc, nil)
		for i := range ex.Doc.Sentences {
			s := f.sentence(i)
			if s == nil {
				continue
			}
			s.candidates(func(a, b *arg) {
				label := ex.label(a.span, b.span)
				if !contains(pairSignature(a.typ, b.typ), label) {
					label = ""
				}
				in := inst{label: classIndex(label)}
				feats = s.features(a, b, feats[:0])
				for _, name := range feats {
					id, ok := index[name]
					if !ok {
						id = len(names)
						index[name] = id
						names = append(names, name)
					}
					in.feats = append(in.feats, id)
				}
				data = append(data, in)
			})
		}
	}
	nc := len(pairClasses)
	w := make([]float64, len(names)*nc)
	rng := rand.New(rand.NewPCG(opt.Seed, 1))
	p := make([]float64, nc)
	for epoch := range opt.Epochs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rate := opt.Rate / (1 + float64(epoch)*0.2)
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		for _, in := range data {
			for c := range p {
				p[c] = 0
			}
			for _, f := range in.feats {
				for c := range nc {
					p[c] += w[f*nc+c]
				}
			}
			softmax(p)
			for _, f := range in.feats {
				for c := range nc {
					g := p[c]
					if c == in.label {
						g--
					}
					w[f*nc+c] -= rate * (g + opt.L2*w[f*nc+c])
				}
			}
		}
	}
	m := &Model{weights: make(map[uint64][nClasses]float32, len(names)), Threshold: opt.Threshold}
	for id, name := range names {
		var ws [nClasses]float32
		for c := range nc {
			ws[c] = float32(math.Round(w[id*nc+c]*1000) / 1000)
		}
		m.weights[name] = ws
	}
	return m, nil
}

// label returns the gold class of a pair of names: that of the gold pair
// whose names overlap them both (titles make gold spans differ: "President
// Lincoln"), "" if none.
func (ex PairExample) label(a, b document.Span) string {
	if c, ok := ex.Gold[[2]document.Span{a, b}]; ok {
		return c
	}
	for k, c := range ex.Gold {
		if k[0].Overlaps(a) && k[1].Overlaps(b) {
			return c
		}
	}
	return ""
}

func classIndex(label string) int {
	for i, c := range pairClasses {
		if c == label {
			return i
		}
	}
	return 0
}
