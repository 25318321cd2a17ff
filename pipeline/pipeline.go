// Package pipeline runs analysis stages over a Document in order. Each stage
// declares the layers it needs and the layers it adds, as spaCy components
// declare requires and assigns, so that a badly wired pipeline fails before
// it runs ("quote: needs sentences, which no earlier stage adds").
package pipeline

import (
	"context"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/document"
)

// A Stage reads a document and adds to it. It must not reach into a store,
// the network or the terminal.
type Stage interface {
	Process(ctx context.Context, doc *document.Document) error
}

// StageFunc adapts a function to a Stage.
type StageFunc func(ctx context.Context, doc *document.Document) error

// Process calls f(ctx, doc).
func (f StageFunc) Process(ctx context.Context, doc *document.Document) error { return f(ctx, doc) }

// A Step is a named stage with the layers it needs and adds. Layer names
// are those of the document package (document.LayerSentences, …).
type Step struct {
	Name     string
	Requires []string
	Assigns  []string
	// EnglishOnly steps are skipped, with a warning in the document, when
	// the document's language is known and is not English.
	EnglishOnly bool
	Stage       Stage
	// Warm, when set, builds what the stage loads on first use (lexicons,
	// models). Run starts it in the background as the pipeline starts,
	// so that on a machine with a spare core the building overlaps the
	// stages before this one instead of adding to a one-article run's
	// time. It must be safe to call at any time and more than once.
	Warm func()
}

// A Pipeline is an ordered list of steps. The zero value runs nothing.
type Pipeline struct {
	Steps []Step
}

// Check reports the first step whose required layers no earlier step
// assigns, given the layers the input already has.
func (p *Pipeline) Check(have ...string) error {
	avail := slices.Clone(have)
	for _, s := range p.Steps {
		for _, r := range s.Requires {
			if !slices.Contains(avail, r) {
				return fmt.Errorf("pipeline: %s: needs %s, which no earlier stage adds", s.Name, r)
			}
		}
		avail = append(avail, s.Assigns...)
	}
	return nil
}

// Run applies every step to doc in order, having started the steps'
// Warm functions in the background. It stops at the first error or
// when ctx is done. The names of the steps that ran are recorded in
// doc.Provenance.Stages. What stages left on doc for later ones
// (document.Document.Scratch) is dropped when Run returns.
//
// A step that will be skipped is not warmed: an EnglishOnly step when
// the document's language is already known and is not English. A
// language that an earlier step detects is known too late for that,
// and such a step's Warm has then built what no stage uses.
func (p *Pipeline) Run(ctx context.Context, doc *document.Document) error {
	// what stages left on doc for later ones (document.Document.Scratch)
	// is of no use once the run ends
	defer doc.ClearScratch()
	for _, s := range p.Steps {
		if s.Warm != nil && !skipped(s, doc) {
			go s.Warm()
		}
	}
	for _, s := range p.Steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		if skipped(s, doc) {
			doc.Warn(s.Name, fmt.Sprintf("skipped: it knows English only and the text is in %q", doc.Meta.Language))
			continue
		}
		if err := s.Stage.Process(ctx, doc); err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		doc.Provenance.Stages = append(doc.Provenance.Stages, s.Name)
	}
	return nil
}

// skipped reports whether Run skips step s on doc as it stands.
func skipped(s Step, doc *document.Document) bool {
	return s.EnglishOnly && doc.Meta.Language != "" && doc.Meta.Language != "en"
}
