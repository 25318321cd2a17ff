package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/fetch"
	"github.com/newsgraph/newsgraph/format/conll"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/region"
	"github.com/newsgraph/newsgraph/tokenize"
)

func runTag(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "tag", "[--conll] [PATH|-]\n\nWithout --conll, reads an article as plain text (newsgraph's tokenizer) and prints\none mention a line: start<TAB>end<TAB>type<TAB>text, offsets in code points.")
	conllIn := fs.Bool("conll", false, "read CoNLL (one token a line, first column; blank lines between sentences; -DOCSTART- lines between documents) and write token<TAB>tag in IOB2")
	modelPath := fs.String("model", "", "use this model file instead of the shipped one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return &usageError{msg: "tag: one input at a time", hint: "newsgraph tag --conll FILE"}
	}
	tagger, err := loadTagger(*modelPath)
	if err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	if *conllIn {
		return tagCoNLL(ctx, e, fs.Arg(0), tagger)
	}
	in, err := readInput(ctx, e, fs.Arg(0), analyze.DefaultMaxBytes, fetch.DefaultTimeout)
	if err != nil {
		return err
	}
	text, _, err := analyze.New(analyze.Options{}).Text(in)
	if err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	doc := document.New(text)
	for _, stage := range []func(context.Context, *document.Document) error{tokenize.Process, region.Process} {
		if err := stage(ctx, doc); err != nil {
			return fmt.Errorf("tag: %w", err)
		}
	}
	// One mention a line: start and end in code points (as in the JSON
	// form), type, text.
	ix := document.NewIndex(text)
	out := bufio.NewWriter(e.stdout)
	for _, m := range tagger.Mentions(ctx, doc) {
		fmt.Fprintf(out, "%d\t%d\t%s\t%s\n", ix.Runes(m.Start), ix.Runes(m.End), m.Type, m.Text)
	}
	return out.Flush()
}

// loadTagger returns a tagger over the model file at path, or over the
// shipped model when path is "".
func loadTagger(path string) (*ner.Tagger, error) {
	if path == "" {
		return ner.NewDefault()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	m, err := ner.Load(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	r := ner.DefaultResources()
	if m.Features()&ner.FeatStage2 != 0 {
		// A second stage runs over the shipped first stage.
		if r.First, err = ner.Default(); err != nil {
			return nil, err
		}
	}
	return ner.NewTagger(m, r)
}

func tagCoNLL(ctx context.Context, e *env, arg string, tagger *ner.Tagger) error {
	var r io.Reader
	name := arg
	switch arg {
	case "", "-":
		if arg == "" && e.stdinTTY {
			return &usageError{msg: "tag: no input (give a file, or - for standard input)", hint: "newsgraph tag --conll FILE"}
		}
		r, name = e.stdin, "standard input"
	default:
		f, err := os.Open(arg)
		if err != nil {
			return fmt.Errorf("tag: %w", unwrapPathError(err))
		}
		defer f.Close()
		r = f
	}
	docs, err := conll.Read(r, conll.Options{})
	if errors.Is(err, conll.ErrEmpty) {
		return fmt.Errorf("tag: %s has no tokens", name)
	}
	if err != nil {
		return fmt.Errorf("tag: %s: %w", name, err)
	}
	var tags [][]string
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		sents := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Tokens
		}
		for _, labels := range tagger.Tag(sents) {
			tags = append(tags, ner.IOB2(labels))
		}
	}
	return conll.WriteIOB2(e.stdout, docs, tags)
}
