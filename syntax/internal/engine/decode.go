package engine

import "github.com/newsgraph/newsgraph/wordcluster"

// Decoder tags and parses sentences with a model. It holds buffers: one
// per goroutine.
type Decoder struct {
	m      *Model
	cl     *wordcluster.Clusters
	toks   []Token
	feats  []uint64
	scores []int32
	state  State
	Tags   []int
}

// NewDecoder returns a decoder over m and the word clusters cl (nil for
// none; the model must have been trained with the same).
func NewDecoder(m *Model, cl *wordcluster.Clusters) *Decoder {
	return &Decoder{m: m, cl: cl}
}

// Tokens computes the attributes of words (normalised with Norm).
func (d *Decoder) Tokens(words []string) []Token {
	d.toks = d.toks[:0]
	for _, w := range words {
		d.toks = append(d.toks, MakeToken(Norm(w), d.cl))
	}
	return d.toks
}

func (d *Decoder) resetScores(k int) []int32 {
	if cap(d.scores) < k {
		d.scores = make([]int32, k)
	}
	d.scores = d.scores[:k]
	clear(d.scores)
	return d.scores
}

// Tag tags the words whose attributes d.Tokens computed, greedily left to
// right, and returns the tags' class numbers (valid until the next call).
func (d *Decoder) Tag(toks []Token) []int {
	d.Tags = d.Tags[:0]
	k := len(d.m.Tags)
	for i := range toks {
		p1, p2 := -1, -1
		if i > 0 {
			p1 = d.Tags[i-1]
		}
		if i > 1 {
			p2 = d.Tags[i-2]
		}
		d.feats = TaggerFeatures(d.feats[:0], toks, i, p1, p2)
		sc := d.resetScores(k)
		d.m.Tagger.Score(sc, d.feats)
		best := 0
		for c := 1; c < k; c++ {
			if sc[c] > sc[best] {
				best = c
			}
		}
		d.Tags = append(d.Tags, best)
	}
	return d.Tags
}

// Parse parses the words whose attributes and tags are given and returns
// the state at the end (valid until the next call): heads (N for the root)
// and labels.
func (d *Decoder) Parse(toks []Token, tags []int) *State {
	s := &d.state
	s.Reset(len(toks))
	L := len(d.m.Labels)
	k := 1 + 2*L
	for !s.Done() {
		d.feats = ParserFeatures(d.feats[:0], s, toks, tags)
		sc := d.resetScores(k)
		d.m.Parser.Score(sc, d.feats)
		best := -1
		for c := 0; c < k; c++ {
			if (best < 0 || sc[c] > sc[best]) && s.Valid(c, L, d.m.Root) {
				best = c
			}
		}
		s.Apply(best, L)
	}
	return s
}
