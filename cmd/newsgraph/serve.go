package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/server"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "[flags] [FILE...]\n\nShows the bundled examples and each FILE: a Document that newsgraph analyze wrote\n(JSON), or an article to analyse")
	addr := fs.String("addr", "localhost:8080", "address to listen on; beyond localhost, analysing needs a token")
	token := fs.String("token", "", "token that analysing requires (default: none on localhost, a random one printed at start otherwise); also $NEWSGRAPH_TOKEN")
	allowPrivate := fs.Bool("allow-private", false, "let URL fetches reach private, loopback and link-local addresses")
	maxBytes := fs.Int64("max-bytes", server.DefaultMaxBody, "largest request body or fetched page, in bytes")
	rate := fs.Int("rate", 60, "analyses per minute allowed to one client address (negative: no limit)")
	verbose := fs.Bool("verbose", false, "log every request to standard error")
	published := fs.String("published", "", "publication time of the articles given as FILE, RFC 3339 or a date")
	db := dbFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var pub document.Time
	if *published != "" {
		var err error
		if pub, err = document.ParseTime(*published); err != nil {
			return &usageError{msg: "serve: --published: " + strings.TrimPrefix(err.Error(), "document: "), hint: "newsgraph serve --published 2018-05-31 article.txt"}
		}
	}
	if *token == "" {
		*token = e.getenv("NEWSGRAPH_TOKEN")
	}
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelInfo
	}
	// Screening uses the lists loaded with newsgraph lists, if any.
	ix, done, err := screenIndex(ctx, e, *db)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer done()
	opts := server.Options{
		Analyzer:      analyze.New(analyze.Options{MaxBytes: *maxBytes, Screening: ix}),
		MaxBody:       *maxBytes,
		Token:         *token,
		AllowPrivate:  *allowPrivate,
		RatePerMinute: *rate,
		Logger:        slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level})),
	}
	l, generated, err := server.Listen(*addr, opts)
	if err != nil {
		return err
	}
	if generated != "" {
		opts.Token = generated
	}
	s, err := server.New(opts)
	if err != nil {
		l.Close()
		return err
	}
	for _, path := range fs.Args() {
		if err := addFile(ctx, e, s, opts.Analyzer, path, pub); err != nil {
			l.Close()
			return err
		}
	}
	url := "http://" + displayAddr(l.Addr())
	if opts.Token != "" {
		fmt.Fprintf(e.stdout, "newsgraph: serving on %s/?token=%s\n", url, opts.Token)
		fmt.Fprintf(e.stdout, "newsgraph: analysing needs the token: open that link once, or send \"Authorization: Bearer %s\"\n", opts.Token)
	} else {
		fmt.Fprintf(e.stdout, "newsgraph: serving on %s/\n", url)
	}
	return s.Serve(ctx, l)
}

// addFile adds a Document (JSON, as newsgraph analyze writes it) or an
// article to analyse to the server.
func addFile(ctx context.Context, e *env, s *server.Server, a *analyze.Analyzer, path string, pub document.Time) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("serve: %w", unwrapPathError(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, a.MaxBytes()+1))
	if err != nil {
		return fmt.Errorf("serve: read %s: %w", path, err)
	}
	in := analyze.Input{Data: data, Name: path}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if trimmed := bytes.TrimSpace(in.Data); bytes.HasPrefix(trimmed, []byte("{")) {
		var doc document.Document
		if err := json.Unmarshal(trimmed, &doc); err != nil {
			return fmt.Errorf("serve: %s is JSON but not a newsgraph Document: %w", path, err)
		}
		s.AddDocument(name, "Document "+filepath.Base(path), &doc)
		return nil
	}
	in.Published = pub
	doc, err := a.Analyze(ctx, in)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	s.AddDocument(name, "File "+filepath.Base(path), doc)
	return nil
}

// displayAddr returns a listener's address as a browser would use it:
// "localhost:8080" for the loopback interface.
func displayAddr(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return a.String()
	}
	port := fmt.Sprint(tcp.Port)
	switch {
	case tcp.IP.IsLoopback():
		return "localhost:" + port
	case tcp.IP.IsUnspecified():
		return net.JoinHostPort("0.0.0.0", port)
	}
	return net.JoinHostPort(tcp.IP.String(), port)
}
