package ner

import (
	"encoding/binary"
	"fmt"
	"strings"
)

// Resources are the outside knowledge a model may use beyond its own
// weights: word clusters and gazetteers (part 2 of the tagger). A model
// trained with a family needs the same resource at run time.
type Resources struct {
	Clusters  Clusters
	Gazetteer Gazetteer
	// First is the first-stage model of a second-stage model
	// (FeatStage2), trained with the same resources.
	First *Model
}

// maxCache bounds the number of word types a Tagger caches; past it the
// cache starts afresh, so that memory stays bounded on endless input.
const maxCache = 1 << 15

// A Tagger labels the entity mentions of documents with a Model. It keeps
// a cache of per-word-type scores and scratch space, so it is not safe for
// concurrent use: use one per goroutine. The zero value is not usable;
// call NewTagger.
type Tagger struct {
	m    *Model
	fs   featureSet
	lex  lexicon
	res  Resources
	pad  [2]*entry // padding words before and after the sentence
	prev [NumLabels + 1][NumLabels + 1]*[NumLabels]int32

	cache   map[string]*entry
	gazVecs map[string]*gazVec // summed gazetteer weights per set of tags (as bytes)
	gazKey  []byte
	first   *Tagger // the first stage of a second-stage model
	keys    []uint64
	sents   []prepared // the sentences of the document being tagged
	doc     docState
	matches []Match
}

// A gazVec holds the summed weights of one token's set of gazetteer tags
// as seen from each position −2..+2 (index o+window: the token is at
// relative position o from the token being tagged).
type gazVec [2*window + 1][NumLabels]int32

// An entry is what the tagger knows of one word type: the summed weights
// of its static features at each position −2..+2, and its hashes for the
// dynamic features.
type entry struct {
	vec         [2*window + 1][NumLabels]int32
	form, lower uint64
	shape       uint8
}

// NewTagger returns a Tagger for m. It fails when m was trained with a
// feature family whose resource r lacks.
func NewTagger(m *Model, r Resources) (*Tagger, error) {
	if m.features&FeatClusters != 0 && r.Clusters == nil {
		return nil, fmt.Errorf("ner: model %s needs word clusters", m.version)
	}
	if m.features&FeatGazetteer != 0 && r.Gazetteer == nil {
		return nil, fmt.Errorf("ner: model %s needs gazetteers", m.version)
	}
	var first *Tagger
	if m.features&FeatStage2 != 0 {
		if r.First == nil || r.First.features&FeatStage2 != 0 {
			return nil, fmt.Errorf("ner: model %s needs a first-stage model", m.version)
		}
		var err error
		if first, err = NewTagger(r.First, Resources{Clusters: r.Clusters, Gazetteer: r.Gazetteer}); err != nil {
			return nil, err
		}
	}
	t := &Tagger{m: m, lex: m.lex, res: r, first: first, cache: make(map[string]*entry), gazVecs: make(map[string]*gazVec)}
	t.fs.stage2 = first != nil
	t.fs.bigrams = m.features&FeatBigrams != 0
	t.fs.context = m.features&FeatContext != 0
	t.fs.aggregate = t.fs.context && m.features&FeatAggregate != 0
	if m.features&FeatClusters != 0 {
		t.fs.clusters = r.Clusters
	}
	if m.features&FeatGazetteer != 0 {
		t.fs.gazetteer = r.Gazetteer
	}
	t.fs.listClusters = t.fs.clusters != nil && t.fs.gazetteer != nil && m.features&FeatListClusters != 0
	t.pad[0] = t.compute(padBefore)
	t.pad[1] = t.compute(padAfter)
	// The features of the two previous labels (and of the sentence start)
	// take 18×18 values: their weights are summed once here.
	for p1 := range NumLabels + 1 {
		for p2 := range NumLabels + 1 {
			if p1 == NumLabels && p2 != NumLabels {
				continue
			}
			var sc [NumLabels]int32
			for _, k := range prevKeys(nil, Label(p1), Label(p2)) {
				m.add(&sc, k)
			}
			t.prev[p1][p2] = &sc
		}
	}
	return t, nil
}

// compute returns the entry of a normalised word.
func (t *Tagger) compute(w string) *entry {
	e := &entry{form: hashString(w), lower: hashString(lower(w)), shape: tokenShape(w)}
	for o := -window; o <= window; o++ {
		t.keys = t.fs.staticKeys(t.keys[:0], w, o)
		for _, k := range t.keys {
			t.m.add(&e.vec[o+window], k)
		}
	}
	return e
}

// lookup returns the entry of token w, from the cache when it can.
func (t *Tagger) lookup(w string) *entry {
	if e := t.cache[w]; e != nil {
		return e
	}
	if len(t.cache) >= maxCache {
		clear(t.cache)
	}
	e := t.compute(normalize(w))
	t.cache[strings.Clone(w)] = e
	return e
}

// Tag labels each sentence of a document, given as its sentences' tokens,
// and returns one label slice per sentence. The document-context features
// (when the model has them) read the whole document, so pass whole
// articles, not sentences one by one.
func (t *Tagger) Tag(doc [][]string) [][]Label {
	out := make([][]Label, len(doc))
	for len(t.sents) < len(doc) {
		t.sents = append(t.sents, prepared{})
	}
	var ds *docState
	if t.fs.context {
		ds = &t.doc
		ds.reset()
	}
	var st2 [][][]uint64
	if t.first != nil {
		st2 = stage2Keys(doc, t.first.Tag(doc))
	}
	for i, s := range doc {
		var shared *sentence
		if t.first != nil {
			// NewTagger gave the first stage the same gazetteer.
			shared = &t.first.sents[i].s
		}
		t.prepare(&t.sents[i], s, shared)
		if st2 != nil {
			t.sents[i].s.st2 = st2[i]
		}
		if ds != nil {
			ds.add(&t.sents[i].s)
		}
	}
	for _, i := range headlinesLast(len(doc), ds != nil, func(i int) bool { return t.sents[i].s.caps }) {
		out[i] = t.tag(make([]Label, len(doc[i])), &t.sents[i], ds)
	}
	return out
}

// TagSentence labels the tokens of one sentence, taken as a document of its
// own, into dst, which must have room for len(tokens) labels, and returns
// dst[:len(tokens)].
func (t *Tagger) TagSentence(dst []Label, tokens []string) []Label {
	if len(t.sents) == 0 {
		t.sents = append(t.sents, prepared{})
	}
	p := &t.sents[0]
	if t.first != nil {
		doc := [][]string{tokens}
		st2 := stage2Keys(doc, t.first.Tag(doc))
		t.prepare(p, tokens, &t.first.sents[0].s)
		p.s.st2 = st2[0]
	} else {
		t.prepare(p, tokens, nil)
	}
	var ds *docState
	if t.fs.context {
		ds = &t.doc
		ds.reset()
		ds.add(&p.s)
	}
	return t.tag(dst, p, ds)
}

// A prepared sentence: its word entries and the state of its dynamic
// features.
type prepared struct {
	entries []*entry
	gaz     []*gazVec // per token; nil for a token without gazetteer tags
	s       sentence
}

// prepare fills p for tokens.
//
// shared, if not nil, is the same sentence as the first stage prepared it,
// whose gazetteer matches are taken over.
func (t *Tagger) prepare(p *prepared, tokens []string, shared *sentence) {
	s := &p.s
	kind := headline(tokens)
	s.caps = kind == 'C'
	s.st2 = nil
	p.entries = p.entries[:0]
	s.form, s.lower, s.shape = s.form[:0], s.lower[:0], s.shape[:0]
	for i, tok := range tokens {
		if kind != 0 {
			tok = t.lex.recaseIn(kind, tok, i)
		}
		e := t.lookup(tok)
		p.entries = append(p.entries, e)
		s.form = append(s.form, e.form)
		s.lower = append(s.lower, e.lower)
		s.shape = append(s.shape, e.shape)
	}
	n := len(tokens)
	s.gaz = s.gaz[:0]
	if t.fs.gazetteer != nil && shared != nil && len(shared.gaz) == n {
		// The first stage matched the same tokens with the same lists.
		for _, g := range shared.gaz {
			s.gaz = append(s.gaz, g)
		}
	} else if t.fs.gazetteer != nil {
		t.matches = t.fs.gazetteer.Match(t.matches[:0], tokens)
		for len(s.gaz) < n {
			s.gaz = append(s.gaz, nil)
		}
		s.gaz = gazetteerTags(s.gaz[:n], t.matches)
	}
	p.gaz = p.gaz[:0]
	for i := range s.gaz {
		p.gaz = append(p.gaz, t.gazetteerVec(s.gaz[i]))
	}
}

// gazetteerVec returns the summed weights of a token's gazetteer tags, nil
// if it has none. Sets of tags repeat (a first name, a country), so they
// are summed once per set and cached.
func (t *Tagger) gazetteerVec(tags []uint32) *gazVec {
	if len(tags) == 0 {
		return nil
	}
	t.gazKey = t.gazKey[:0]
	for _, g := range tags {
		t.gazKey = binary.LittleEndian.AppendUint32(t.gazKey, g)
	}
	if v := t.gazVecs[string(t.gazKey)]; v != nil {
		return v
	}
	if len(t.gazVecs) >= maxCache {
		clear(t.gazVecs)
	}
	v := new(gazVec)
	for o := -window; o <= window; o++ {
		t.keys = tagKeys(t.keys[:0], tags, o)
		for _, k := range t.keys {
			t.m.add(&v[o+window], k)
		}
	}
	t.gazVecs[string(t.gazKey)] = v
	return v
}

func (t *Tagger) tag(dst []Label, p *prepared, ds *docState) []Label {
	n := len(p.entries)
	dst = dst[:n]
	if n == 0 {
		return dst
	}
	s := &p.s
	for i := range n {
		var sc [NumLabels]int32
		for o := -window; o <= window; o++ {
			j := i + o
			var e *entry
			switch {
			case j < 0:
				e = t.pad[0]
			case j >= n:
				e = t.pad[1]
			default:
				e = p.entries[j]
			}
			v := &e.vec[o+window]
			for l := range sc {
				sc[l] += v[l]
			}
			if j >= 0 && j < len(p.gaz) && p.gaz[j] != nil {
				g := &p.gaz[j][o+window]
				for l := range sc {
					sc[l] += g[l]
				}
			}
		}
		p1, p2 := previous(dst, i)
		v := t.prev[p1][p2]
		for l := range sc {
			sc[l] += v[l]
		}
		t.keys = t.fs.labelKeys(t.keys[:0], s, i, dst)
		if ds != nil {
			t.keys = t.fs.contextKeys(t.keys, ds, s, i)
		}
		for _, k := range t.keys {
			t.m.add(&sc, k)
		}
		dst[i] = argmax(&sc, p1, i == n-1)
		if ds != nil {
			ds.observe(s, i, dst[i])
		}
	}
	return dst
}

// argmax returns the best-scoring label that may follow prev.
func argmax[T int32 | float32](sc *[NumLabels]T, prev Label, last bool) Label {
	best := noLabel
	for l := range Label(NumLabels) {
		if !allowed(prev, l, last) {
			continue
		}
		if best == noLabel || sc[l] > sc[best] {
			best = l
		}
	}
	return best
}
