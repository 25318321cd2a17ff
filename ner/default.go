package ner

import (
	_ "embed"
	"errors"
	"math/bits"
	"sync"
	"unsafe"

	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/wordcluster"
)

// modelFile is the shipped model, trained by "newsgraph train ner" (see
// docs/ner.md). It is read in place: loading checks the header and slices
// the embedded bytes, nothing is decoded or copied.
//
//go:embed model.bin
var modelFile string

// Default returns the shipped model, loaded on first use.
var Default = sync.OnceValues(func() (*Model, error) {
	// The embedded string is read-only memory; the model never writes to
	// the slice.
	return Load(unsafe.Slice(unsafe.StringData(modelFile), len(modelFile)))
})

// taggers pools Taggers over the default model, so that concurrent callers
// each get one with a warm word cache.
var taggers = sync.Pool{New: func() any {
	m, err := Default()
	if err != nil {
		return err
	}
	t, err := NewTagger(m, defaultResources())
	if err != nil {
		return err
	}
	return t
}}

// defaultResources returns the resources the shipped model was trained
// with.
func defaultResources() Resources { return DefaultResources() }

// DefaultResources returns the shipped word clusters (package wordcluster)
// and gazetteers (package gazetteer), the resources of the shipped model
// and of "newsgraph train ner". Both are embedded and used in place, read
// once on first use and never decoded: the cost of a first call is that of
// reading two headers. A Tagger uses only those its model was trained with.
func DefaultResources() Resources {
	return Resources{Clusters: shippedClusters{}, Gazetteer: shippedGazetteer{}}
}

// Notice returns the licence notices and attributions that the resources
// of the shipped model require a distribution to carry (the gazetteers'
// sources: GeoNames asks for attribution, the MIT, BSD and ISC licences of
// the packages for their notices; docs/gazetteers.md), or "" when the
// shipped model uses no such resource. "newsgraph version --notices" prints
// it.
func Notice() string {
	m, err := Default()
	if err != nil || m.Features()&FeatGazetteer == 0 {
		return ""
	}
	return "The entity tagger (package ner) uses name lists derived from the works below.\n\n" + gazetteer.Notice()
}

// shippedClusters are the embedded Brown clusters, opened on first use.
// A word in unusual case (capitals) falls back to its capitalised and
// lower-case forms.
type shippedClusters struct{}

func (shippedClusters) Path(word string) (string, bool) {
	return wordcluster.Default().PathAnyCase(word)
}

// shippedGazetteer are the embedded gazetteer lists, opened on first use.
type shippedGazetteer struct{}

func (shippedGazetteer) Lists() []string { return gazetteer.Default().Lists() }

// gazTags pools the per-token buffers of gazetteer matching.
var gazTags = sync.Pool{New: func() any { return new([]gazetteer.Tags) }}

func (shippedGazetteer) Match(dst []Match, tokens []string) []Match {
	buf := gazTags.Get().(*[]gazetteer.Tags)
	*buf = gazetteer.Default().Match(tokens, *buf)
	for i := range *buf {
		t := &(*buf)[i]
		for p := range 4 {
			for m := t.Exact[p]; m != 0; m &= m - 1 {
				dst = append(dst, Match{Token: i, List: bits.TrailingZeros32(m), Pos: uint8(p)})
			}
			for m := t.Fold[p]; m != 0; m &= m - 1 {
				dst = append(dst, Match{Token: i, List: bits.TrailingZeros32(m), Pos: uint8(p), IgnoreCase: true})
			}
		}
	}
	gazTags.Put(buf)
	return dst
}

// getTagger returns a pooled Tagger over the default model.
func getTagger() (*Tagger, error) {
	switch v := taggers.Get().(type) {
	case *Tagger:
		return v, nil
	case error:
		return nil, v
	}
	return nil, errors.New("ner: tagger pool holds a foreign value")
}

func putTagger(t *Tagger) { taggers.Put(t) }

// NewDefault returns a new Tagger over the shipped model.
func NewDefault() (*Tagger, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	return NewTagger(m, defaultResources())
}
