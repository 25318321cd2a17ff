// Command peerbench measures newsgraph side by side with the peer tools its
// issues name (Punkt sentence splitting, prose's tagger, go-dateparser,
// go-trafilatura), in one process and one run, so that accuracy is scored
// the same way and speed is a ratio on the same machine at the same time.
// It is a development tool: the peers are linked here, never into the
// newsgraph binary.
//
// Usage:
//
//	go run ./cmd/peerbench sentences FILE.conllu|FILE.iob2 …
//	go run ./cmd/peerbench ner [-every N] FILE.txt|DIR …
//	go run ./cmd/peerbench screen [-data ../shared/data] [-sample N]
//	go run ./cmd/peerbench timex DIR|FILE.tml …
package main

import (
	"fmt"
	"os"
)

// benches maps a subcommand to its implementation; each lives in its own
// file.
var benches = map[string]func(args []string) error{
	"sentences": benchSentences,
	"ner":       benchNER,
	"screen":    benchScreen,
	"timex":     benchTimex,
	"extract":   benchExtract,
	"bigpage":   benchBigPage,
}

func main() {
	if len(os.Args) < 2 || benches[os.Args[1]] == nil {
		fmt.Fprintln(os.Stderr, "usage: peerbench <bench> [args]; benches:")
		for name := range benches {
			fmt.Fprintln(os.Stderr, "  "+name)
		}
		os.Exit(2)
	}
	if err := benches[os.Args[1]](os.Args[2:]); err != nil {
		fmt.Fprintln(os.Stderr, "peerbench:", err)
		os.Exit(1)
	}
}
