package ner

import (
	_ "embed"
	"errors"
	"sync"
	"unsafe"
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
// with (none for the local model).
func defaultResources() Resources { return Resources{} }

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
