// Command newsgraph turns news articles into knowledge that can be queried:
// who is in a story, who said what, what happened when, and which of the
// people named are on a sanctions list.
//
// Usage:
//
//	newsgraph <command> [flags] [arguments]
//
// Run "newsgraph help" for the list of commands. This package only parses
// flags, calls the library and writes output; everything else lives in the
// library packages.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	_ "time/tzdata" // zone names such as America/New_York on any machine

	"golang.org/x/term"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first signal cancels ctx, which the pipeline checks between its
	// stages; a second one ends the process at once (a stage can run for
	// minutes on a huge input).
	go func() {
		<-ctx.Done()
		stop()
	}()
	e := &env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		stdinTTY:  term.IsTerminal(int(os.Stdin.Fd())),
		stdoutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		stderrTTY: term.IsTerminal(int(os.Stderr.Fd())),
		getenv:    os.Getenv,
	}
	code := Run(ctx, e, os.Args[1:])
	stop()
	os.Exit(code)
}

// env is what a command may touch of the outside world.
type env struct {
	stdin                          io.Reader
	stdout, stderr                 io.Writer
	stdinTTY, stdoutTTY, stderrTTY bool
	getenv                         func(string) string
}

// A command is one subcommand of newsgraph.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands lists every subcommand, in the order "help" shows them.
func commands() []command {
	return []command{
		{"analyze", "analyse an article (text, HTML or URL) and print its Document", runAnalyze},
		{"tag", "tag entity mentions in CoNLL or plain text", runTag},
		{"eval", "evaluate newsgraph against gold data (ner, timex, quotes, relations, sentences)", runEval},
		{"train", "train a statistical model from ../shared/data", runTrain},
		{"serve", "serve the web view and the HTTP API", runServe},
		{"lists", "import and show sanctions lists", runLists},
		{"screen", "screen a name against the loaded sanctions lists", runScreen},
		{"version", "print newsgraph's version", runVersion},
	}
}

// Run runs newsgraph with args and returns the process exit code: 0 on
// success, 1 on failure, 2 on a usage error.
func Run(ctx context.Context, e *env, args []string) int {
	err := dispatch(ctx, e, args)
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	msg := err.Error()
	fmt.Fprintf(e.stderr, "newsgraph: %s\n", firstLine(msg))
	var ue *usageError
	if errors.As(err, &ue) {
		if ue.hint != "" {
			fmt.Fprintf(e.stderr, "Try: %s\n", ue.hint)
		}
		return 2
	}
	var he hinted
	if errors.As(err, &he) && he.Hint() != "" {
		fmt.Fprintf(e.stderr, "Try: %s\n", he.Hint())
	}
	return 1
}

// hinted is an error that knows how the user can fix it.
type hinted interface{ Hint() string }

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func dispatch(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		usage(e.stderr)
		return &usageError{msg: "no command given", hint: "newsgraph analyze examples/wikinews/crane.txt"}
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			return dispatch(ctx, e, []string{args[1], "-h"})
		}
		usage(e.stdout)
		return nil
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, e, args[1:])
		}
	}
	return &usageError{msg: fmt.Sprintf("unknown command %q", name), hint: "newsgraph help"}
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "newsgraph turns news articles into knowledge: who is in the story, who said what, when.\n\nUsage:\n\n\tnewsgraph <command> [flags] [arguments]\n\nCommands:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun \"newsgraph <command> -h\" for a command's flags.\n")
}

// A usageError is a mistake in how newsgraph was called; it exits with 2.
type usageError struct {
	msg  string
	hint string
}

func (e *usageError) Error() string { return e.msg }

// A flagSet is a subcommand's flags with its -h text.
type flagSet struct {
	*flag.FlagSet
	help func()
}

// newFlagSet returns a flag set that reports errors as usageErrors instead
// of printing them, and prints -h help to stdout.
func newFlagSet(e *env, name, synopsis string) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError)}
	fs.SetOutput(io.Discard)
	// The flag package calls Usage on every parse error; help is printed
	// only when asked for, by parse.
	fs.Usage = func() {}
	fs.help = func() {
		fmt.Fprintf(e.stdout, "Usage: newsgraph %s %s\n\nFlags:\n", name, synopsis)
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parseFlags parses args, turning flag errors into one-line usage errors.
func parseFlags(fs *flagSet, args []string) error {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		fs.help()
		return err
	}
	return &usageError{msg: fs.Name() + ": " + err.Error(), hint: "newsgraph " + fs.Name() + " -h"}
}
