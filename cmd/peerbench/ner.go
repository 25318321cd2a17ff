package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/newsgraph/newsgraph/internal/cputime"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/tokenize"
)

// benchNER times newsgraph's entity tagger and prose/v2's on the same
// articles, from raw text to entity mentions (each with its own tokenizer
// and sentence splitter), in one process, and prints the ratio. Arguments
// are article files or directories of .txt files; "-every N" keeps every
// Nth file (prose is slow).
func benchNER(args []string) error {
	fs := flag.NewFlagSet("ner", flag.ContinueOnError)
	every := fs.Int("every", 1, "keep every Nth article")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var texts []string
	seen := 0
	for _, a := range fs.Args() {
		err := filepath.Walk(a, func(p string, info os.FileInfo, err error) error {
			if err != nil {
				return err
			}
			if info.IsDir() || !strings.HasSuffix(p, ".txt") || strings.EqualFold(info.Name(), "README.txt") {
				return nil
			}
			if seen++; (seen-1)%max(*every, 1) != 0 {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			texts = append(texts, string(b))
			return nil
		})
		if err != nil {
			return err
		}
	}
	if len(texts) == 0 {
		return fmt.Errorf("ner: no .txt articles in %v", args)
	}
	tokens, bytes := 0, 0
	for _, t := range texts {
		tokens += len(tokenize.Tokenize(t))
		bytes += len(t)
	}
	tagger, err := ner.NewDefault()
	if err != nil {
		return err
	}
	newsgraph := func(text string) int {
		toks := tokenize.Tokenize(text)
		var sents [][]string
		k := 0
		for _, s := range tokenize.Sentences(text, toks, tokenize.Paragraphs(text)) {
			var words []string
			for ; k < len(toks) && toks[k].Start < s.End; k++ {
				words = append(words, text[toks[k].Start:toks[k].End])
			}
			sents = append(sents, words)
		}
		n := 0
		for _, l := range tagger.Tag(sents) {
			n += len(ner.Decode(l))
		}
		return n
	}
	proseNER := func(text string) int {
		doc, err := prose.NewDocument(text)
		if err != nil {
			return 0
		}
		return len(doc.Entities())
	}
	fmt.Printf("%d articles, %d bytes, %d tokens (newsgraph's tokenizer); GOMAXPROCS=%d\n", len(texts), bytes, tokens, runtime.GOMAXPROCS(0))
	var base float64
	for _, sys := range []struct {
		name string
		run  func(string) int
	}{{"newsgraph", newsgraph}, {"prose/v2", proseNER}} {
		sys.run(texts[0]) // load models outside the timing
		runtime.GC()
		start, cpu := time.Now(), cputime.Process()
		ents := 0
		for _, t := range texts {
			ents += sys.run(t)
		}
		el, cpuEl := time.Since(start), cputime.Process()-cpu
		// The machine is shared: CPU time is the fairer clock; wall
		// time is printed too.
		speed := float64(tokens) / cpuEl.Seconds()
		ratio := ""
		if base == 0 {
			base = speed
		} else {
			ratio = fmt.Sprintf("  newsgraph is %.0f× faster", base/speed)
		}
		fmt.Printf("%-10s %8d entities  %7.2f s CPU (%7.2f s wall)  %9.0f tokens/CPU-s%s\n", sys.name, ents, cpuEl.Seconds(), el.Seconds(), speed, ratio)
	}
	return nil
}
