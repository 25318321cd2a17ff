package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/fetch"
	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/report"
)

func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "analyze", "[flags] [PATH|URL|-]")
	published := fs.String("published", "", "publication time, RFC 3339 (2018-05-31T05:55:00-07:00) or a date (2018-05-31); anchors relative dates")
	format := fs.String("format", "json", "output format: json or text")
	layers := fs.String("layers", "", "comma-separated layers to write (default: all but tokens); e.g. tokens,sentences,mentions")
	maxBytes := fs.Int64("max-bytes", analyze.DefaultMaxBytes, "largest input to accept, in bytes")
	compact := fs.Bool("compact", false, "write JSON on one line even on a terminal")
	db := dbFlag(fs)
	timeout := fs.Duration("timeout", fetch.DefaultTimeout, "time allowed to fetch an http(s) URL")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return &usageError{msg: "analyze: one input at a time", hint: "newsgraph analyze FILE"}
	}
	if *format != "json" && *format != "text" {
		return &usageError{msg: fmt.Sprintf("analyze: unknown format %q (want json or text)", *format), hint: "newsgraph analyze --format text FILE"}
	}
	var pub document.Time
	if *published != "" {
		var err error
		if pub, err = document.ParseTime(*published); err != nil {
			return &usageError{msg: "analyze: --published: " + strings.TrimPrefix(err.Error(), "document: "), hint: "newsgraph analyze --published 2018-05-31T05:55:00-07:00 FILE"}
		}
	}
	var want []string
	if *layers != "" {
		for _, l := range strings.Split(*layers, ",") {
			l = strings.TrimSpace(l)
			if !slices.Contains(document.Layers, l) {
				return &usageError{msg: fmt.Sprintf("analyze: unknown layer %q (layers: %s)", l, strings.Join(document.Layers, ", "))}
			}
			want = append(want, l)
		}
	}

	if e.getenv("NEWSGRAPH_INTERACTIONS") == "1" {
		// the trained interaction model on top of the rules (off by
		// default; docs/relations.md), for checks on unannotated news
		old := relation.UseArgModel.Swap(true)
		defer relation.UseArgModel.Store(old)
	}
	ix, done, err := screenIndex(ctx, e, *db)
	if err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	defer done()
	a := analyze.New(analyze.Options{MaxBytes: *maxBytes, Screening: ix})
	in, err := readInput(ctx, e, fs.Arg(0), a.MaxBytes(), *timeout)
	if err != nil {
		return err
	}
	in.Published = pub
	doc, err := a.Analyze(ctx, in)
	if err != nil {
		return err
	}
	for _, w := range doc.Warnings {
		if w.Stage == "input" {
			fmt.Fprintf(e.stderr, "newsgraph: warning: %s: %s\n", in.Name, w.Message)
		}
	}
	out := bufio.NewWriter(e.stdout)
	if *format == "text" {
		err = report.Text(out, doc, report.Options{Color: e.stdoutTTY && e.getenv("NO_COLOR") == ""})
	} else {
		opts := document.EncodeOptions{Layers: want}
		if e.stdoutTTY && !*compact {
			opts.Indent = "  "
		}
		err = document.Encode(out, doc, opts)
	}
	if err != nil {
		return err
	}
	return out.Flush()
}

// readInput reads the article named by arg ("" or "-" for standard input,
// an http(s) URL, or a file), refusing more than max bytes.
func readInput(ctx context.Context, e *env, arg string, max int64, timeout time.Duration) (analyze.Input, error) {
	if scheme, _, ok := strings.Cut(arg, "://"); ok && !strings.ContainsAny(scheme, "/\\.") {
		page, err := fetch.New(fetch.Options{MaxBytes: max, Timeout: timeout}).Get(ctx, arg)
		if err != nil {
			return analyze.Input{}, fmt.Errorf("analyze: %w", err)
		}
		return analyze.Input{Data: page.Body, Name: arg, URL: page.URL, ContentType: page.ContentType, Fetched: page.Fetched}, nil
	}
	var r io.Reader
	name := arg
	switch arg {
	case "", "-":
		if arg == "" && e.stdinTTY {
			return analyze.Input{}, &usageError{msg: "analyze: no input (give a file, or - for standard input)", hint: "newsgraph analyze examples/wikinews/crane.txt"}
		}
		r, name = e.stdin, "standard input"
	default:
		f, err := os.Open(arg)
		if err != nil {
			return analyze.Input{}, fmt.Errorf("analyze: %w", unwrapPathError(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return analyze.Input{}, fmt.Errorf("analyze: %s is a directory, not an article", arg)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return analyze.Input{}, fmt.Errorf("analyze: read %s: %w", name, err)
	}
	return analyze.Input{Data: data, Name: name}, nil
}

// unwrapPathError turns "open x: no such file or directory" into a message
// that names the file once.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return fmt.Errorf("%s: %v", pe.Path, pe.Err)
	}
	return err
}
