package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/syntax"
)

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "version", "[--notices]")
	notices := fs.Bool("notices", false, "print the licence notices and attributions of the data embedded in newsgraph (the entity tagger's gazetteers, the relation finder's WordNet verbs, the parser's GUM corpus)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *notices {
		_, err := fmt.Fprint(e.stdout, ner.Notice(), "\n", relation.Notice(), "\n", syntax.Notice())
		return err
	}
	p := analyze.Provenance()
	fmt.Fprintf(e.stdout, "newsgraph %s (%s, %s/%s)\n", p.Newsgraph, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	for k, v := range p.Models {
		fmt.Fprintf(e.stdout, "model %s %s\n", k, v)
	}
	for k, v := range p.Rules {
		fmt.Fprintf(e.stdout, "rules %s %s\n", k, v)
	}
	if ner.Notice() != "" || relation.Notice() != "" || syntax.Notice() != "" {
		fmt.Fprintln(e.stdout, "embedded data carries third-party notices: newsgraph version --notices")
	}
	return nil
}
