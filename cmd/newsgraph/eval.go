package main

import (
	"context"
	"fmt"
)

// evalKinds maps each "newsgraph eval KIND" to its implementation; each
// lives in its own file (eval_KIND.go).
var evalKinds = []struct {
	name, summary string
	run           func(ctx context.Context, e *env, args []string) error
}{
	{"sentences", "sentence-boundary F1 on CoNLL-U files (GUM, UNER)", runEvalSentences},
	{"ner", "entity-tagging P/R/F1 on CoNLL files, conlleval semantics", runEvalNER},
	{"timex", "TempEval-3 figures on a directory of TimeML .tml files", runEvalTimex},
	{"quotes", "attribution figures on data in the PolNeAR layout", runEvalQuotes},
	{"coref", "pronoun and description resolution P/R on GUM's CoNLL-U coreference", runEvalCoref},
	{"relations", "relation P/R/F1 on CoNLL04 in SpERT's JSON form", runEvalRelations},
	{"screen", "name-screening recall, false alarms and speed on the full lists (../shared/data)", runEvalScreen},
	{"syntax", "POS accuracy, UAS and LAS of the tagger and parser (CoNLL-2003 testa, GUM dev)", runEvalSyntax},
	{"extract", "HTML extraction: main-text F1 and metadata accuracy on the trafilatura set", runEvalExtract},
}

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(e.stdout, "Usage: newsgraph eval KIND [flags] FILE…\n\nKinds:\n")
		for _, k := range evalKinds {
			fmt.Fprintf(e.stdout, "\t%-10s %s\n", k.name, k.summary)
		}
		if len(args) == 0 {
			return &usageError{msg: "eval: which evaluation? (sentences, ner, timex, quotes, coref, relations, screen)", hint: "newsgraph eval -h"}
		}
		return nil
	}
	for _, k := range evalKinds {
		if k.name == args[0] {
			return k.run(ctx, e, args[1:])
		}
	}
	return &usageError{msg: fmt.Sprintf("eval: unknown kind %q", args[0]), hint: "newsgraph eval -h"}
}
