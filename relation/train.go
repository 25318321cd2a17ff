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
	// Folds, when above 1, chooses each class's threshold by
	// cross-validation: the model is trained Folds times, each time
	// without one fold of the examples, and each class takes the
	// threshold that gives the best F1 over the held-out pairs.
	Folds int
	// Floors are the least thresholds of some classes, whatever
	// cross-validation chooses ("lives_in": 0.65 keeps a person near a
	// place on the news from living there).
	Floors map[string]float64
	Seed   uint64
	// Runs, when above 1, averages the weights of that many trainings,
	// each shuffling the data with its own seed (Seed, Seed+1, …), from
	// the order the one before left.
	Runs int
}

// A pairInst is one candidate pair of the training data.
type pairInst struct {
	feats []int
	label int
	// class is the one class the pair's types allow; ok tells whether
	// the model is asked about the pair when it runs (sentence.asked: the
	// rules left it unrelated, near enough, not a place modifying a noun,
	// the words that can say the class between or around). The model
	// learns from every pair; thresholds are chosen over these.
	class int
	ok    bool
	ex    int // index of its example
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
	index := map[uint64]int{}
	var names []uint64
	var feats []uint64
	var data []pairInst
	for ei, ex := range exs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f := newFinder(ex.Doc, nil)
		for i := range ex.Doc.Sentences {
			s := f.sentence(i)
			if s == nil {
				continue
			}
			// the rules' relations: the model is not asked about the
			// pairs they relate (without a resolver here, so that a
			// pronoun's relation does not count)
			f.rules(s)
			related := f.related(s)
			s = s.plain() // as pairs reads it
			s.candidates(func(a, b *arg) {
				allowed := pairSignature(a.typ, b.typ)
				label := ex.label(a.span, b.span)
				if !contains(allowed, label) {
					label = ""
				}
				in := pairInst{label: classIndex(label), class: classIndex(allowed[0]), ex: ei, ok: s.asked(related, a, b)}
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
	var thresholds [nClasses]float64
	var held []float64
	if opt.Folds > 1 {
		var err error
		if thresholds, held, err = crossValidate(ctx, data, len(names), opt); err != nil {
			return nil, err
		}
	}
	for c, t := range opt.Floors {
		if i := classIndex(c); i > 0 {
			if thresholds[i] == 0 {
				thresholds[i] = opt.Threshold
			}
			thresholds[i] = max(thresholds[i], t)
		}
	}
	w, err := fit(ctx, data, len(names), opt, func(in *pairInst) bool { return true })
	if err != nil {
		return nil, err
	}
	nc := len(pairClasses)
	weights := make(map[uint64][nClasses]float32, len(names))
	for id, name := range names {
		var ws [nClasses]float32
		for c := range nc {
			ws[c] = float32(math.Round(w[id*nc+c]*1000) / 1000)
		}
		weights[name] = ws
	}
	m := newModel(weights, opt.Threshold, thresholds)
	if held != nil {
		m.CVF1 = heldOutF1(data, held, m)
	}
	return m, nil
}

// fit returns the weights (feature-major, one per class) trained on the
// instances use accepts.
func fit(ctx context.Context, all []pairInst, nfeats int, opt TrainOptions, use func(*pairInst) bool) ([]float64, error) {
	var data []*pairInst
	for i := range all {
		if use(&all[i]) {
			data = append(data, &all[i])
		}
	}
	nc := len(pairClasses)
	avg := make([]float64, nfeats*nc)
	for run := range max(1, opt.Runs) {
		w, err := fitOnce(ctx, data, nfeats, opt, opt.Seed+uint64(run))
		if err != nil {
			return nil, err
		}
		for i, v := range w {
			avg[i] += v / float64(max(1, opt.Runs))
		}
	}
	return avg, nil
}

// fitOnce trains weights on the instances, shuffled by the seed.
func fitOnce(ctx context.Context, data []*pairInst, nfeats int, opt TrainOptions, seed uint64) ([]float64, error) {
	nc := len(pairClasses)
	w := make([]float64, nfeats*nc)
	rng := rand.New(rand.NewPCG(seed, 1))
	p := make([]float64, nc)
	for epoch := range opt.Epochs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rate := opt.Rate / (1 + float64(epoch)*0.2)
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		for _, in := range data {
			predict(w, in.feats, p)
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
	return w, nil
}

// predict sets p to the class probabilities of the features under w.
func predict(w []float64, feats []int, p []float64) {
	nc := len(p)
	for c := range p {
		p[c] = 0
	}
	for _, f := range feats {
		for c := range nc {
			p[c] += w[f*nc+c]
		}
	}
	softmax(p)
}

// heldOutF1 returns the micro-averaged F1, over all classes, of the
// held-out probabilities at the model's thresholds.
func heldOutF1(data []pairInst, prob []float64, m *Model) float64 {
	var tp, fp, fn int
	for i, in := range data {
		pred := in.ok && prob[i] >= m.need(in.class)
		switch {
		case pred && in.label == in.class:
			tp++
		case pred:
			fp++
		case in.label == in.class:
			fn++
		}
	}
	return 100 * 2 * float64(tp) / (float64(2*tp+fp+fn) + 1e-9)
}

// crossValidate returns each class's threshold chosen on held-out folds
// (the one of 0.05, 0.1, …, 0.9 with the best F1 over the pairs the model
// is asked about, a gold pair it is not asked about counting as missed;
// ties to the higher threshold) and each pair's held-out
// probability of its class.
func crossValidate(ctx context.Context, data []pairInst, nfeats int, opt TrainOptions) ([nClasses]float64, []float64, error) {
	var out [nClasses]float64
	prob := make([]float64, len(data)) // held-out probability of each pair's class
	p := make([]float64, len(pairClasses))
	for k := range opt.Folds {
		w, err := fit(ctx, data, nfeats, opt, func(in *pairInst) bool { return in.ex%opt.Folds != k })
		if err != nil {
			return out, nil, err
		}
		for i := range data {
			if in := &data[i]; in.ex%opt.Folds == k {
				predict(w, in.feats, p)
				prob[i] = p[in.class]
			}
		}
	}
	for c := 1; c < len(pairClasses); c++ {
		bestF, bestT := -1.0, opt.Threshold
		for t := 0.05; t < 0.9001; t += 0.05 {
			var tp, fp, fn int
			for i, in := range data {
				if in.class != c {
					continue
				}
				pred := in.ok && prob[i] >= t
				switch {
				case pred && in.label == c:
					tp++
				case pred:
					fp++
				case in.label == c:
					fn++
				}
			}
			if f := 2 * float64(tp) / (float64(2*tp+fp+fn) + 1e-9); f >= bestF {
				bestF, bestT = f, math.Round(t*100)/100
			}
		}
		out[c] = bestT
	}
	return out, prob, nil
}

// label returns the gold class of a pair of names: that of the gold pair
// whose names overlap them both (titles make gold spans differ: "President
// Lincoln"), "" if none.
func (ex PairExample) label(a, b document.Span) string {
	if c, ok := ex.Gold[[2]document.Span{a, b}]; ok {
		return c
	}
	// several may overlap ("Kennedy" in "President John F. Kennedy and
	// Robert Kennedy"): the first in text order, so that training is the
	// same every time
	var best [2]document.Span
	label := ""
	for k, c := range ex.Gold {
		if k[0].Overlaps(a) && k[1].Overlaps(b) && (label == "" || spanPairLess(k, best)) {
			best, label = k, c
		}
	}
	return label
}

func spanPairLess(x, y [2]document.Span) bool {
	for i := range x {
		if x[i].Start != y[i].Start {
			return x[i].Start < y[i].Start
		}
		if x[i].End != y[i].End {
			return x[i].End < y[i].End
		}
	}
	return false
}

func classIndex(label string) int {
	for i, c := range pairClasses {
		if c == label {
			return i
		}
	}
	return 0
}
