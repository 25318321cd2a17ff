package ner

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/format/conll"
)

// A Sentence is a sentence with its gold labels, for training and
// evaluation.
type Sentence struct {
	Tokens []string
	Labels []Label
	// Stage1 are a first-stage model's labels of the tokens, for training
	// a second stage (FeatStage2); they must come from a model that did
	// not see the sentence in training.
	Stage1 []Label
}

// A Document is the sentences of one article, in order.
type Document []Sentence

// TrainOptions configures Train. The zero value trains the local model
// with the settings documented on each field.
type TrainOptions struct {
	// MaxEpochs bounds the passes over the training data; 0 means 60.
	MaxEpochs int
	// Patience stops training after this many epochs without a gain in
	// dev F1 (Illinois uses 10); 0 means 10.
	Patience int
	// Margin is the perceptron's thickness: an example is learned from
	// unless the gold label beats every other by more than Margin (in
	// units of one update). 0 is the plain perceptron.
	Margin float32
	// MinCount drops features seen fewer times in the training data;
	// 0 means 1 (keep all).
	MinCount int
	// Prune drops, after training, feature rows whose largest averaged
	// weight is below Prune times the largest weight of the model; 0
	// keeps every row with a non-zero weight.
	Prune float32
	// Seed seeds the shuffling of sentences between epochs.
	Seed uint64
	// Features selects the feature families beyond the local ones; their
	// resources must be in Resources.
	Features  Features
	Resources Resources
	// PredictedHistory trains the previous-label features on the labels
	// the model itself predicts as it goes through each sentence, as it
	// will see them when tagging, instead of the gold labels.
	PredictedHistory bool
	// GazetteerDropout hides the gazetteer matches of a training sentence
	// from the learner with this probability, drawn anew for each sentence
	// in each epoch (feature bagging, after Sutton et al. 2006): the
	// entities of the training data are mostly in the lists, and without
	// it the weights lean on the lists and learn too little from the
	// words, their clusters and their context, which are what a name
	// outside the lists has. 0 keeps every match.
	GazetteerDropout float32
	// Casing holds counts of word forms in unlabelled news text for the
	// casing lexicon used on headlines in capitals; the training
	// sentences are counted too. Nil counts the training sentences only.
	Casing *CaseCounter
	// Version is written into the model.
	Version string
	// Progress, if set, is called after each epoch.
	Progress func(EpochReport)
}

// An EpochReport describes one training epoch.
type EpochReport struct {
	Epoch    int
	Updates  int     // examples that changed the weights
	TrainAcc float64 // token accuracy on the training data, with gold history
	Dev      conll.Score
	Best     bool // the best epoch so far (the one kept)
	Elapsed  time.Duration
}

// A TrainResult is a trained model and how it was obtained.
type TrainResult struct {
	// Model is the model file (see Load).
	Model      []byte
	BestEpoch  int
	Epochs     int
	Dev        conll.Score
	Features   int // feature rows in the model
	Candidates int // distinct features seen in training
}

// Train learns a model from the training documents with a regularised
// averaged perceptron (lazy averaging, a margin, early stopping on dev F1)
// and returns it encoded. Training uses the gold labels of earlier tokens
// for the previous-label features (teacher forcing), as Illinois does; dev
// is decoded greedily with predicted labels.
func Train(ctx context.Context, train, dev []Document, opts TrainOptions) (*TrainResult, error) {
	if opts.MaxEpochs <= 0 {
		opts.MaxEpochs = 60
	}
	if opts.Patience <= 0 {
		opts.Patience = 10
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 1
	}
	fs := featureSet{bigrams: opts.Features&FeatBigrams != 0, context: opts.Features&FeatContext != 0}
	fs.aggregate = fs.context && opts.Features&FeatAggregate != 0
	if opts.Features&FeatClusters != 0 {
		if opts.Resources.Clusters == nil {
			return nil, fmt.Errorf("ner: train: word clusters asked for but not given")
		}
		fs.clusters = opts.Resources.Clusters
	}
	if opts.Features&FeatGazetteer != 0 {
		if opts.Resources.Gazetteer == nil {
			return nil, fmt.Errorf("ner: train: gazetteers asked for but not given")
		}
		fs.gazetteer = opts.Resources.Gazetteer
	}
	fs.listClusters = fs.clusters != nil && fs.gazetteer != nil && opts.Features&FeatListClusters != 0
	fs.stage2 = opts.Features&FeatStage2 != 0

	// The casing lexicon, from unlabelled text and the training text.
	cc := opts.Casing
	if cc == nil {
		cc = &CaseCounter{}
	}
	for _, d := range train {
		for _, s := range d {
			cc.Add(s.Tokens)
		}
	}
	lexBytes := buildLexicon(cc.usual(2))
	lex, err := loadLexicon(lexBytes)
	if err != nil {
		return nil, err
	}

	// Extract every training example's static features once; the
	// dynamic ones are counted with gold history here and computed again
	// in each epoch with the history the options ask for.
	type trainSentence struct {
		s      Sentence
		st     sentence
		static []int32 // feature rows of the static features, all tokens
		starts []int   // token i's static rows are static[starts[i]:starts[i+1]]
	}
	var (
		docs [][]*trainSentence
		all  []*trainSentence
		keys []uint64
		scr  sentenceScratch
		ds   docState
	)
	count := map[uint64]int32{}
	for _, d := range train {
		var doc []*trainSentence
		ds.reset()
		st2, err := docStage2(d, fs.stage2)
		if err != nil {
			return nil, err
		}
		for k, s := range d {
			if len(s.Tokens) == 0 {
				continue
			}
			ts := &trainSentence{s: s, st: scr.prepare(&fs, lex, s.Tokens).clone()}
			if st2 != nil {
				ts.st.st2 = st2[k]
			}
			ds.add(&ts.st)
			doc = append(doc, ts)
		}
		if fs.context {
			// Tag in the order the tagger does (see headlinesLast).
			slices.SortStableFunc(doc, func(a, b *trainSentence) int { return boolCmp(a.st.caps, b.st.caps) })
		}
		for _, ts := range doc {
			scr.prepare(&fs, lex, ts.s.Tokens)
			for i := range ts.s.Tokens {
				keys = keys[:0]
				for o := -window; o <= window; o++ {
					keys = fs.staticKeys(keys, scr.word(i+o), o)
				}
				keys = fs.dynamicKeys(keys, &ts.st, i, ts.s.Labels)
				if fs.context {
					keys = fs.contextKeys(keys, &ds, &ts.st, i)
					ds.observe(&ts.st, i, ts.s.Labels[i])
				}
				for _, k := range keys {
					count[k]++
				}
			}
		}
		if len(doc) > 0 {
			docs = append(docs, doc)
			all = append(all, doc...)
		}
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("ner: train: no training data")
	}
	candidates := len(count)
	index := make(map[uint64]int32, len(count))
	var rowKeys []uint64
	for k, n := range count {
		if int(n) >= opts.MinCount {
			rowKeys = append(rowKeys, k)
		}
	}
	slices.Sort(rowKeys) // a deterministic model file
	for r, k := range rowKeys {
		index[k] = int32(r)
	}
	count = nil
	tokens := 0
	for _, ts := range all {
		scr.prepare(&fs, lex, ts.s.Tokens)
		ts.starts = append(ts.starts, 0)
		for i := range ts.s.Tokens {
			keys = keys[:0]
			for o := -window; o <= window; o++ {
				keys = fs.staticKeys(keys, scr.word(i+o), o)
			}
			for _, k := range keys {
				if r, ok := index[k]; ok {
					ts.static = append(ts.static, r)
				}
			}
			ts.starts = append(ts.starts, len(ts.static))
		}
		tokens += len(ts.s.Tokens)
	}

	p := newPerceptron(len(rowKeys))
	ev := evaluator{fs: &fs, lex: lex, index: index, p: p}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	res := &TrainResult{Candidates: candidates}
	var (
		best  []float32
		feats []int32
		pred  []Label
	)
	bestF1, since := -1.0, 0
	start := time.Now()
	for epoch := 1; epoch <= opts.MaxEpochs; epoch++ {
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		updates, correct := 0, 0
		for _, doc := range docs {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if fs.context {
				ds.reset()
				for _, ts := range doc {
					ds.add(&ts.st)
				}
			}
			for _, ts := range doc {
				n := len(ts.s.Tokens)
				hist := ts.s.Labels
				gaz := ts.st.gaz
				if opts.GazetteerDropout > 0 && rng.Float32() < opts.GazetteerDropout {
					ts.st.gaz = nil
				}
				if opts.PredictedHistory {
					pred = append(pred[:0], make([]Label, n)...)
					hist = pred
				}
				for i := range n {
					feats = append(feats[:0], ts.static[ts.starts[i]:ts.starts[i+1]]...)
					keys = fs.dynamicKeys(keys[:0], &ts.st, i, hist)
					if fs.context {
						keys = fs.contextKeys(keys, &ds, &ts.st, i)
					}
					for _, k := range keys {
						if r, ok := index[k]; ok {
							feats = append(feats, r)
						}
					}
					p1, _ := previous(hist, i)
					guess, u := p.learn(feats, ts.s.Labels[i], p1, i == n-1, opts.Margin)
					if u {
						updates++
					}
					if guess == ts.s.Labels[i] {
						correct++
					}
					if opts.PredictedHistory {
						pred[i] = guess
					}
					if fs.context {
						ds.observe(&ts.st, i, hist[i])
					}
				}
				ts.st.gaz = gaz
			}
		}
		avg := p.average()
		rep := EpochReport{Epoch: epoch, Updates: updates, TrainAcc: float64(correct) / float64(tokens)}
		rep.Dev = ev.score(avg, dev)
		f1 := rep.Dev.All.F1()
		if f1 > bestF1 || len(dev) == 0 {
			bestF1, since, best = f1, 0, avg
			res.BestEpoch, res.Dev = epoch, rep.Dev
			rep.Best = true
		} else {
			since++
		}
		res.Epochs = epoch
		rep.Elapsed = time.Since(start)
		if opts.Progress != nil {
			opts.Progress(rep)
		}
		if since >= opts.Patience {
			break
		}
	}

	mw := modelWriter{version: opts.Version, features: opts.Features, lex: lexBytes}
	var maxAbs float32
	for _, v := range best {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	for r, k := range rowKeys {
		row := best[r*NumLabels : (r+1)*NumLabels]
		var m float32
		for _, v := range row {
			m = max(m, float32(math.Abs(float64(v))))
		}
		// A row whose weights all quantise to zero is dropped whatever
		// Prune says.
		if m <= maxAbs/65534 || m < opts.Prune*maxAbs {
			continue
		}
		mw.keys = append(mw.keys, k)
		mw.rows = append(mw.rows, [NumLabels]float32(row))
	}
	res.Features = len(mw.keys)
	var buf bytes.Buffer
	if err := mw.write(&buf); err != nil {
		return nil, err
	}
	res.Model = buf.Bytes()
	return res, nil
}

// A sentenceScratch holds the feature view of one sentence: its words as
// the features see them (recased when in capitals, normalised) and the
// sentence state of the dynamic features.
type sentenceScratch struct {
	words []string
	s     sentence
}

// clone returns a copy of s that does not share its slices.
func (s *sentence) clone() sentence {
	c := sentence{form: slices.Clone(s.form), lower: slices.Clone(s.lower), shape: slices.Clone(s.shape), caps: s.caps}
	for _, g := range s.gaz {
		c.gaz = append(c.gaz, slices.Clone(g))
	}
	return c
}

func (sc *sentenceScratch) prepare(fs *featureSet, lex lexicon, tokens []string) *sentence {
	kind := headline(tokens)
	sc.s.caps = kind == 'C'
	sc.words = sc.words[:0]
	sc.s.form, sc.s.lower, sc.s.shape = sc.s.form[:0], sc.s.lower[:0], sc.s.shape[:0]
	for i, t := range tokens {
		if kind != 0 {
			t = lex.recaseIn(kind, t, i)
		}
		w := normalize(t)
		sc.words = append(sc.words, w)
		sc.s.form = append(sc.s.form, hashString(w))
		sc.s.lower = append(sc.s.lower, hashString(lower(w)))
		sc.s.shape = append(sc.s.shape, tokenShape(w))
	}
	sc.s.st2 = nil
	sc.s.gaz = sc.s.gaz[:0]
	if fs.gazetteer != nil {
		for len(sc.s.gaz) < len(tokens) {
			sc.s.gaz = append(sc.s.gaz, nil)
		}
		sc.s.gaz = gazetteerTags(sc.s.gaz[:len(tokens)], fs.gazetteer.Match(nil, tokens))
	}
	return &sc.s
}

// word returns the word at position i, or a padding word outside the
// sentence.
func (sc *sentenceScratch) word(i int) string {
	switch {
	case i < 0:
		return padBefore
	case i >= len(sc.words):
		return padAfter
	}
	return sc.words[i]
}

// A perceptron is a multiclass averaged perceptron over feature rows of
// NumLabels weights, averaged lazily (Daumé's and Honnibal's trick): each
// row remembers when it last changed, and its running total is brought up
// to date only when it changes again or at the end.
type perceptron struct {
	w     []float32 // current weights, row-major
	total []float64 // sum of the weights over all examples seen, up to stamp
	stamp []int32   // example count at the row's last update
	n     int32     // examples seen
}

func newPerceptron(rows int) *perceptron {
	return &perceptron{
		w:     make([]float32, rows*NumLabels),
		total: make([]float64, rows*NumLabels),
		stamp: make([]int32, rows),
	}
}

// learn scores one example and updates the weights unless the gold label
// beats every other allowed label by more than margin. It returns the
// predicted label (before the update) and whether it updated.
func (p *perceptron) learn(feats []int32, gold, prev Label, last bool, margin float32) (guess Label, updated bool) {
	var sc [NumLabels]float32
	for _, f := range feats {
		row := p.w[int(f)*NumLabels : int(f)*NumLabels+NumLabels]
		for l := range sc {
			sc[l] += row[l]
		}
	}
	p.n++
	rival := noLabel
	for l := range Label(NumLabels) {
		if l == gold || !allowed(prev, l, last) {
			continue
		}
		if rival == noLabel || sc[l] > sc[rival] {
			rival = l
		}
	}
	guess = gold
	goldOK := allowed(prev, gold, last)
	if rival != noLabel && (!goldOK || sc[rival] >= sc[gold]) {
		guess = rival
	}
	// When the gold label cannot follow a wrongly predicted history there
	// is nothing to learn from the token.
	if rival == noLabel || !goldOK || sc[gold]-sc[rival] > margin {
		return guess, false
	}
	for _, f := range feats {
		p.touch(int(f))
		p.w[int(f)*NumLabels+int(gold)]++
		p.w[int(f)*NumLabels+int(rival)]--
	}
	return guess, true
}

// touch brings row f's totals up to the present.
func (p *perceptron) touch(f int) {
	if d := float64(p.n - p.stamp[f]); d > 0 {
		t := p.total[f*NumLabels : f*NumLabels+NumLabels]
		w := p.w[f*NumLabels : f*NumLabels+NumLabels]
		for l := range t {
			t[l] += d * float64(w[l])
		}
		p.stamp[f] = p.n
	}
}

// average returns the averaged weights as of now, leaving training state
// as it is.
func (p *perceptron) average() []float32 {
	avg := make([]float32, len(p.w))
	if p.n == 0 {
		return avg
	}
	for f := range p.stamp {
		d := float64(p.n - p.stamp[f])
		for l := f * NumLabels; l < (f+1)*NumLabels; l++ {
			avg[l] = float32((p.total[l] + d*float64(p.w[l])) / float64(p.n))
		}
	}
	return avg
}

// An evaluator decodes documents greedily with float weights over the
// training feature index, to pick the best epoch.
type evaluator struct {
	fs    *featureSet
	lex   lexicon
	index map[uint64]int32
	p     *perceptron
	scr   sentenceScratch
	keys  []uint64
	ds    docState
}

// docStage2 returns the stage-2 feature keys of a document's tokens when
// on is set, from the sentences' Stage1 labels.
func docStage2(d Document, on bool) ([][][]uint64, error) {
	if !on {
		return nil, nil
	}
	toks := make([][]string, len(d))
	s1 := make([][]Label, len(d))
	for k, s := range d {
		if len(s.Stage1) != len(s.Tokens) {
			return nil, fmt.Errorf("ner: train: a second stage needs first-stage labels of every token (%d labels for %d tokens)", len(s.Stage1), len(s.Tokens))
		}
		toks[k], s1[k] = s.Tokens, s.Stage1
	}
	return stage2Keys(toks, s1), nil
}

func (ev *evaluator) score(w []float32, docs []Document) conll.Score {
	var sc conll.Score
	for _, d := range docs {
		st2, err := docStage2(d, ev.fs.stage2)
		if err != nil {
			st2 = nil // Train checked dev already
		}
		var ds *docState
		if ev.fs.context {
			ds = &ev.ds
			ds.reset()
			for _, s := range d {
				ds.add(ev.scr.prepare(ev.fs, ev.lex, s.Tokens))
			}
		}
		for _, k := range headlinesLast(len(d), ds != nil, func(i int) bool { return inCapitals(d[i].Tokens) }) {
			s := d[k]
			var keys [][]uint64
			if st2 != nil {
				keys = st2[k]
			}
			pred := ev.tag(w, s.Tokens, ds, keys)
			sc.Add(IOB2(s.Labels), IOB2(pred))
		}
	}
	return sc
}

func (ev *evaluator) tag(w []float32, tokens []string, ds *docState, st2 [][]uint64) []Label {
	st := ev.scr.prepare(ev.fs, ev.lex, tokens)
	st.st2 = st2
	out := make([]Label, len(tokens))
	for i := range tokens {
		ev.keys = ev.keys[:0]
		for o := -window; o <= window; o++ {
			ev.keys = ev.fs.staticKeys(ev.keys, ev.scr.word(i+o), o)
		}
		ev.keys = ev.fs.dynamicKeys(ev.keys, st, i, out)
		if ds != nil {
			ev.keys = ev.fs.contextKeys(ev.keys, ds, st, i)
		}
		var sc [NumLabels]float32
		for _, k := range ev.keys {
			if r, ok := ev.index[k]; ok {
				row := w[int(r)*NumLabels : int(r)*NumLabels+NumLabels]
				for l := range sc {
					sc[l] += row[l]
				}
			}
		}
		p1, _ := previous(out, i)
		out[i] = argmax(&sc, p1, i == len(tokens)-1)
		if ds != nil {
			ds.observe(st, i, out[i])
		}
	}
	return out
}
