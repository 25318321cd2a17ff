package syntaxtrain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/syntax/internal/engine"
	"github.com/newsgraph/newsgraph/wordcluster"
)

// Options are the training's settings; the zero value gives the shipped
// model's.
type Options struct {
	TaggerEpochs     int     // passes of the tagger over its data (default 12)
	ParserEpochs     int     // passes of the parser over its data (default 15)
	Folds            int     // jackknife folds for the parser's training tags (default 5; 1: tags of the final tagger)
	Explore          float64 // probability of following the parser's own mistaken prediction once exploration starts (default 0.9)
	MinWeight        float64 // averaged weights of smaller magnitude are dropped (default 0.05)
	MinUpdates       int     // features updated on fewer mistakes are dropped (default 2)
	Seed             uint64  // shuffling and exploration (default 1)
	Margin           float64 // the parser also learns from transitions it gets right by less than this (default 0)
	PastAsParticiple float64 // share of the parser's training VBD tags shown as VBN (default 0)
	Runs             int     // the parser's weights are the average of this many trainings, each with its own order and exploration (default 5)
	Log              io.Writer
}

// check rejects the options no training can run with: negative counts,
// and shares or probabilities outside 0 to 1.
func (o Options) check() error {
	for _, c := range []struct {
		name string
		v    int
	}{{"tagger epochs", o.TaggerEpochs}, {"parser epochs", o.ParserEpochs}, {"folds", o.Folds}, {"min updates", o.MinUpdates}, {"runs", o.Runs}} {
		if c.v < 0 {
			return fmt.Errorf("%s %d: want 0 (the default) or more", c.name, c.v)
		}
	}
	for _, c := range []struct {
		name string
		v    float64
	}{{"explore", o.Explore}, {"past as participle", o.PastAsParticiple}} {
		if !(c.v >= 0 && c.v <= 1) {
			return fmt.Errorf("%s %g: want 0 to 1", c.name, c.v)
		}
	}
	if !(o.MinWeight >= 0) || !(o.Margin >= 0) || math.IsInf(o.MinWeight, 0) || math.IsInf(o.Margin, 0) {
		return fmt.Errorf("min weight %g, margin %g: want 0 or more", o.MinWeight, o.Margin)
	}
	return nil
}

func (o Options) withDefaults() Options {
	if o.TaggerEpochs == 0 {
		o.TaggerEpochs = 12
	}
	if o.ParserEpochs == 0 {
		o.ParserEpochs = 15
	}
	if o.Folds == 0 {
		o.Folds = 5
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.MinWeight == 0 {
		o.MinWeight = 0.05
	}
	if o.MinUpdates == 0 {
		o.MinUpdates = 2
	}
	if o.Runs == 0 {
		o.Runs = 5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	o.Log = &lockedWriter{w: o.Log}
	return o
}

// Corpora are the training and development data.
type Corpora struct {
	CoNLLTrain, CoNLLDev []Sentence // eng.train, eng.testa (POS only)
	GUMTrain, GUMDev     []Sentence
}

// Load reads the corpora under data (newsgraph's ../shared/data). It
// never reads CoNLL-2003's test set (eng.testb).
func Load(data string) (*Corpora, error) { return LoadFold(data, 4) }

// LoadFold is Load with GUM's files split by GUMFold.
func LoadFold(data string, fold int) (*Corpora, error) {
	var c Corpora
	var err error
	if c.CoNLLTrain, err = ReadCoNLLPOS(filepath.Join(data, CoNLLDir, "eng.train")); err != nil {
		return nil, fmt.Errorf("syntaxtrain: %w", err)
	}
	if c.CoNLLDev, err = ReadCoNLLPOS(filepath.Join(data, CoNLLDir, "eng.testa")); err != nil {
		return nil, fmt.Errorf("syntaxtrain: %w", err)
	}
	train, dev, err := GUMFold(data, fold)
	if err != nil {
		return nil, fmt.Errorf("syntaxtrain: %w", err)
	}
	if c.GUMTrain, err = ReadGUM(train); err != nil {
		return nil, fmt.Errorf("syntaxtrain: %w", err)
	}
	if c.GUMDev, err = ReadGUM(dev); err != nil {
		return nil, fmt.Errorf("syntaxtrain: %w", err)
	}
	for _, x := range []struct {
		ss   []Sentence
		what string
	}{
		{c.CoNLLTrain, filepath.Join(data, CoNLLDir, "eng.train")},
		{c.CoNLLDev, filepath.Join(data, CoNLLDir, "eng.testa")},
		{c.GUMTrain, fmt.Sprintf("GUM's training files (%d) in %s", len(train), filepath.Join(data, GUMDir))},
		{c.GUMDev, fmt.Sprintf("GUM's development files (%d) in %s", len(dev), filepath.Join(data, GUMDir))},
	} {
		if len(x.ss) == 0 {
			return nil, fmt.Errorf("syntaxtrain: no sentences in %s", x.what)
		}
	}
	return &c, nil
}

// example is a sentence prepared for training: its words' attributes and
// its gold tags, heads and labels as numbers.
type example struct {
	toks   []engine.Token
	tags   []int
	heads  []int // N for the root
	labels []int
	ptags  []int // predicted tags (jackknifed) for the parser
}

// Train trains the tagger and the parser and returns the model file.
func Train(ctx context.Context, c *Corpora, opt Options) ([]byte, error) {
	if err := opt.check(); err != nil {
		return nil, fmt.Errorf("syntaxtrain: %w", err)
	}
	opt = opt.withDefaults()
	cl := wordcluster.Default()
	tagIdx, tags := index(c.CoNLLTrain, c.GUMTrain, func(s Sentence) []string { return s.Tags })
	labIdx, labels := index(nil, c.GUMTrain, func(s Sentence) []string { return s.Labels })
	if _, ok := labIdx["root"]; !ok || len(labels) > 64 || len(tags) > 255 {
		return nil, fmt.Errorf("syntaxtrain: %d labels (root among them: %v), %d tags", len(labels), ok, len(tags))
	}
	prep := func(ss []Sentence, withTree bool) []*example {
		out := make([]*example, 0, len(ss))
		for _, s := range ss {
			e := &example{}
			e.toks = engine.AppendTokens(nil, s.Words, cl)
			for _, t := range s.Tags {
				e.tags = append(e.tags, tagIdx[t])
			}
			if withTree {
				for i, h := range s.Heads {
					if h < 0 {
						h = len(s.Words)
					}
					e.heads = append(e.heads, h)
					l, ok := labIdx[s.Labels[i]]
					if !ok {
						l = labIdx["dep"]
					}
					e.labels = append(e.labels, l)
				}
			}
			out = append(out, e)
		}
		return out
	}
	conll := prep(c.CoNLLTrain, false)
	gum := prep(c.GUMTrain, true)

	// The parser learns from tags as the tagger predicts them on text it
	// has not seen: each fold of GUM's training sentences is tagged by a
	// tagger trained without it.
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	if opt.Folds > 1 {
		errs := make([]error, opt.Folds)
		var wg sync.WaitGroup
		for k := range opt.Folds {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				if errs[k] = ctx.Err(); errs[k] != nil {
					return
				}
				var data []*example
				data = append(data, conll...)
				for i, e := range gum {
					if i%opt.Folds != k {
						data = append(data, e)
					}
				}
				m, err := tagOnly(trainTagger(data, len(tags), opt), tags, labels)
				if err != nil {
					errs[k] = err
					return
				}
				d := engine.NewDecoder(m, cl)
				for i, e := range gum {
					if i%opt.Folds == k {
						e.ptags = slices.Clone(d.Tag(e.toks))
					}
				}
				fmt.Fprintf(opt.Log, "jackknife fold %d/%d tagged\n", k+1, opt.Folds)
			})
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			return nil, err
		}
	}
	tagger := trainTagger(append(slices.Clone(conll), gum...), len(tags), opt)
	fmt.Fprintf(opt.Log, "tagger: %d features, %d weights\n", len(tagger.keys), weights(tagger))
	if opt.Folds <= 1 {
		m, err := tagOnly(tagger, tags, labels)
		if err != nil {
			return nil, err
		}
		d := engine.NewDecoder(m, cl)
		for _, e := range gum {
			e.ptags = slices.Clone(d.Tag(e.toks))
		}
	}
	// The tagger, trained mostly on CoNLL-2003, tags news verbs' past
	// tenses as participles more often than GUM's text shows: some of
	// the parser's training past tenses are shown as VBN, so that it
	// learns to read a VBN with a subject and an object as a main verb.
	if opt.PastAsParticiple > 0 {
		vbd, okd := tagIdx["VBD"]
		vbn, okn := tagIdx["VBN"]
		rng := rand.New(rand.NewPCG(opt.Seed, 13))
		for _, e := range gum {
			for i, t := range e.ptags {
				if okd && okn && t == vbd && rng.Float64() < opt.PastAsParticiple {
					e.ptags[i] = vbn
				}
			}
		}
	}
	// The runs are independent (each its own perceptron and random
	// source; the examples are only read), so they run side by side.
	runs := make([]*perceptron, opt.Runs)
	errs := make([]error, opt.Runs)
	var wg sync.WaitGroup
	for r := range opt.Runs {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			runs[r], errs[r] = trainParser(ctx, gum, len(labels), labIdx["root"], opt, opt.Seed+uint64(r))
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	parser := averageRuns(runs, opt.MinWeight, opt.MinUpdates*opt.Runs)
	fmt.Fprintf(opt.Log, "parser: %d features, %d weights\n", len(parser.keys), weights(parser))
	return build(tags, labels, tagger, parser), nil
}

func weights(a averaged) int {
	n := 0
	for _, r := range a.rows {
		n += len(r)
	}
	return n
}

// index numbers the values of the sentences' field, sorted.
func index(a, b []Sentence, field func(Sentence) []string) (map[string]int, []string) {
	set := map[string]bool{}
	for _, ss := range [][]Sentence{a, b} {
		for _, s := range ss {
			for _, v := range field(s) {
				set[v] = true
			}
		}
	}
	var vals []string
	for v := range set {
		vals = append(vals, v)
	}
	slices.Sort(vals)
	idx := map[string]int{}
	for i, v := range vals {
		idx[v] = i
	}
	return idx, vals
}

func build(tags, labels []string, tagger, parser averaged) []byte {
	buf := []byte(engine.Magic)
	buf = engine.AppendStrings(buf, tags)
	buf = engine.AppendStrings(buf, labels)
	buf = engine.AppendTable(buf, tagger.keys, tagger.rows)
	buf = engine.AppendTable(buf, parser.keys, parser.rows)
	return buf
}

func tagOnly(tagger averaged, tags, labels []string) (*engine.Model, error) {
	return engine.Read(build(tags, labels, tagger, averaged{}))
}

func trainTagger(data []*example, classes int, opt Options) averaged {
	p := newPerceptron(classes)
	rng := rand.New(rand.NewPCG(opt.Seed, 7))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var feats []uint64
	scores := make([]float64, classes)
	var pred []int
	for range opt.TaggerEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := data[k]
			pred = pred[:0]
			for i := range e.toks {
				p1, p2 := -1, -1
				if i > 0 {
					p1 = pred[i-1]
				}
				if i > 1 {
					p2 = pred[i-2]
				}
				feats = engine.TaggerFeatures(feats[:0], e.toks, i, p1, p2)
				clear(scores)
				p.score(scores, feats)
				best := 0
				for c := 1; c < classes; c++ {
					if scores[c] > scores[best] {
						best = c
					}
				}
				p.tick()
				p.update(feats, e.tags[i], best)
				pred = append(pred, best)
			}
		}
	}
	return p.average(opt.MinWeight, opt.MinUpdates)
}

func trainParser(ctx context.Context, data []*example, L, root int, opt Options, seed uint64) (*perceptron, error) {
	classes := engine.Classes(L)
	p := newPerceptron(engine.ModelClasses(L))
	rng := rand.New(rand.NewPCG(seed, 11))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var feats []uint64
	scores := make([]float64, engine.ModelClasses(L))
	cost := make([]int, classes)
	var s engine.State
	for epoch := range opt.ParserEpochs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, k := range order {
			e := data[k]
			s.Reset(len(e.toks))
			for !s.Done() {
				feats = engine.ParserFeatures(feats[:0], &s, e.toks, e.ptags)
				clear(scores)
				p.score(scores, feats)
				for c := range classes {
					scores[c] += scores[engine.Move(c, L)]
				}
				s.Costs(cost, e.heads, e.labels, L, root)
				minCost := -1
				for _, c := range cost {
					if c >= 0 && (minCost < 0 || c < minCost) {
						minCost = c
					}
				}
				pred, gold, rival := -1, -1, -1
				for c := range classes {
					if cost[c] < 0 {
						continue
					}
					if pred < 0 || scores[c] > scores[pred] {
						pred = c
					}
					if cost[c] == minCost && (gold < 0 || scores[c] > scores[gold]) {
						gold = c
					}
					if cost[c] > minCost && (rival < 0 || scores[c] > scores[rival]) {
						rival = c
					}
				}
				p.tick()
				total++
				next := gold
				if cost[pred] == minCost {
					correct++
					next = pred
					if rival >= 0 && scores[pred]-scores[rival] < opt.Margin {
						p.update(feats, pred, rival)
						p.move(feats, engine.Move(pred, L), engine.Move(rival, L), 0)
					}
				} else {
					p.update(feats, gold, pred)
					p.move(feats, engine.Move(gold, L), engine.Move(pred, L), 0)
					if epoch >= 1 && rng.Float64() < opt.Explore {
						next = pred
					}
				}
				s.Apply(next, L)
			}
		}
		fmt.Fprintf(opt.Log, "parser (seed %d) epoch %d: %.2f%% transitions right\n", seed, epoch+1, 100*float64(correct)/float64(max(total, 1)))
	}
	return p, nil
}

// lockedWriter serialises the writes of the trainings running side by
// side.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
