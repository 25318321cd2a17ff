package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/server"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "[flags]")
	addr := fs.String("addr", "localhost:8080", "address to listen on; beyond localhost, analysing needs a token")
	token := fs.String("token", "", "token that analysing requires (default: none on localhost, a random one printed at start otherwise); also $NEWSGRAPH_TOKEN")
	allowPrivate := fs.Bool("allow-private", false, "let URL fetches reach private, loopback and link-local addresses")
	maxBytes := fs.Int64("max-bytes", server.DefaultMaxBody, "largest request body or fetched page, in bytes")
	rate := fs.Int("rate", 60, "analyses per minute allowed to one client address (negative: no limit)")
	verbose := fs.Bool("verbose", false, "log every request to standard error")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{msg: "serve: takes no arguments", hint: "newsgraph serve --addr localhost:8080"}
	}
	if *token == "" {
		*token = e.getenv("NEWSGRAPH_TOKEN")
	}
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelInfo
	}
	opts := server.Options{
		Analyzer:      analyze.New(analyze.Options{MaxBytes: *maxBytes}),
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
	url := "http://" + displayAddr(l.Addr())
	if opts.Token != "" {
		fmt.Fprintf(e.stdout, "newsgraph: serving on %s/?token=%s\n", url, opts.Token)
		fmt.Fprintf(e.stdout, "newsgraph: analysing needs the token: open that link once, or send \"Authorization: Bearer %s\"\n", opts.Token)
	} else {
		fmt.Fprintf(e.stdout, "newsgraph: serving on %s/\n", url)
	}
	return s.Serve(ctx, l)
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
