package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/format/conll"
	"github.com/newsgraph/newsgraph/format/conllu"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

func runEvalNER(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval ner", "[flags] FILE…")
	modelPath := fs.String("model", "", "evaluate this model file instead of the shipped one")
	raw := fs.Bool("raw", false, "tag raw text: join each sentence's tokens back into text and run newsgraph's tokenizer and sentence splitter on it, then score on the gold tokens")
	predOut := fs.String("o", "", "also write the predictions (token<TAB>tag, IOB2) to this file, for conlleval.py")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &usageError{msg: "eval ner: no files given", hint: "newsgraph eval ner ../shared/data/ner/conll2003/eng.testa"}
	}
	if *predOut != "" && fs.NArg() > 1 {
		return &usageError{msg: "eval ner: -o needs a single input file", hint: "newsgraph eval ner -o pred.txt FILE"}
	}
	tagger, err := loadTagger(*modelPath)
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	for _, path := range fs.Args() {
		docs, ignore, err := readGold(path)
		if err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
		cpu := cputime.Process()
		evaluate := tagger.Evaluate
		if *raw {
			evaluate = tagger.EvaluateRaw
		}
		ev, err := evaluate(ctx, docs, ignore...)
		cpu = cputime.Process() - cpu
		if err != nil {
			return fmt.Errorf("eval ner: %s: %w", path, err)
		}
		note := ""
		if len(ignore) > 0 {
			note = " (" + strings.Join(ignore, ", ") + " not annotated: left out)"
		}
		if *raw {
			note += " (raw text through newsgraph's tokenizer)"
		}
		fmt.Fprintf(e.stdout, "%s: %d documents, %d tokens%s\n", path, len(docs), ev.Score.Tokens, note)
		if err := ev.Score.Write(e.stdout); err != nil {
			return err
		}
		speed := fmt.Sprintf("speed %.0f tokens/s (tagging only, one goroutine)", float64(ev.Score.Tokens)/ev.Tagging.Seconds())
		if cpu > 0 {
			// On a shared machine wall time says little; CPU time
			// (tagging and scoring) bounds the tagger's speed from below.
			speed += fmt.Sprintf("; %.0f tokens per CPU second", float64(ev.Score.Tokens)/cpu.Seconds())
		}
		fmt.Fprintln(e.stdout, speed)
		if *predOut != "" {
			f, err := os.Create(*predOut)
			if err != nil {
				return fmt.Errorf("eval ner: %w", unwrapPathError(err))
			}
			err = conll.WriteIOB2(f, docs, ev.Pred)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("eval ner: %s: %w", *predOut, err)
			}
		}
	}
	return nil
}

// readGold reads a gold file: CoNLL-2003 (IOB1 or IOB2), or Universal NER
// (.iob2), which annotates PER, ORG and LOC only, so MISC is ignored.
func readGold(path string) ([]conll.Document, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, unwrapPathError(err)
	}
	defer f.Close()
	if filepath.Ext(path) != ".iob2" {
		docs, err := conll.Read(f, conll.Options{Tags: true})
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		return docs, nil, nil
	}
	uds, err := conllu.Read(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	var docs []conll.Document
	for _, ud := range uds {
		var d conll.Document
		for _, s := range ud.Sentences {
			if len(s.Tags) != len(s.Words) {
				return nil, nil, fmt.Errorf("%s: sentence %s has no tag column", path, s.ID)
			}
			for _, t := range s.Tags {
				if !conll.ValidTag(t) {
					return nil, nil, fmt.Errorf("%s: sentence %s: tag %q is not O, B-TYPE or I-TYPE", path, s.ID, t)
				}
			}
			d.Sentences = append(d.Sentences, conll.Sentence{Tokens: s.Words, Tags: s.Tags, Blanks: 1})
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, nil, fmt.Errorf("%s: %w", path, conll.ErrEmpty)
	}
	return docs, []string{"MISC"}, nil
}
