// Package server is newsgraph's web view and HTTP API: the bundled example
// articles already analysed, an article view that shows every layer of a
// Document over its text (regions, entity mentions linked to their
// entities, quotes with their speakers, time expressions with their values,
// relations, screening hits) beside the people, quotes, timeline, relations
// and update history, a form and a JSON endpoint to analyse text, HTML or a
// URL on the spot, and the Document's JSON.
//
// Pages are rendered on the server from html/template views embedded in the
// binary and parsed at start-up; the few scripts and styles are embedded
// files too (no inline script, no CDN), so the server works without a
// network and under a strict Content-Security-Policy. Article text is
// hostile: it is only ever written escaped.
//
// Routes are declared in one function (routes.go); each handler has its own
// file. Errors have a kind, and one table maps kinds to HTTP statuses
// (errors.go).
package server

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"runtime"
	"time"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/netguard"
)

// DefaultMaxBody is the largest request body accepted unless Options says
// otherwise: room for any article page, far from exhausting memory.
const DefaultMaxBody = 8 << 20

// Options configures a Server. The zero value serves on localhost terms:
// no token, private addresses refused for URL fetches, default limits.
type Options struct {
	// Analyzer runs the pipeline; nil means analyze.New with MaxBody as
	// its size limit.
	Analyzer *analyze.Analyzer
	// MaxBody bounds request bodies and fetched pages, in bytes; 0 means
	// DefaultMaxBody.
	MaxBody int64
	// Token, when non-empty, is required by every endpoint that writes
	// (analyses): as "Authorization: Bearer TOKEN", or as the cookie a
	// browser gets by opening any page with ?token=TOKEN. Serve sets one
	// when it binds beyond the loopback interface and none is given.
	Token string
	// AllowPrivate lets URL fetches reach private, loopback and link-local
	// addresses. Leave it off unless every user of the server is trusted.
	AllowPrivate bool
	// RatePerMinute bounds the analyses one client address may request
	// per minute (with bursts of a fifth of it); 0 means 60, a negative
	// value means no limit.
	RatePerMinute int
	// AnalyzeTimeout bounds one analysis, fetch included; 0 means 30 s.
	AnalyzeTimeout time.Duration
	// Logger receives one line per request and every server error; nil
	// discards them.
	Logger *slog.Logger
	// Client fetches URLs; nil means a netguard client (public addresses
	// only unless AllowPrivate).
	Client *http.Client
}

// A Server serves the web view and the API. Create it with New; it is safe
// for concurrent use.
type Server struct {
	opts     Options
	analyzer *analyze.Analyzer
	log      *slog.Logger
	views    *views
	assets   *assetSet
	library  *library
	recent   *recent
	limiter  *limiter
	busy     chan struct{} // one slot per analysis running
	version  string
	handler  http.Handler
}

// New returns a Server. It parses the embedded templates and fails if one
// is missing or broken.
func New(opts Options) (*Server, error) {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.AnalyzeTimeout <= 0 {
		opts.AnalyzeTimeout = 30 * time.Second
	}
	if opts.RatePerMinute == 0 {
		opts.RatePerMinute = 60
	}
	s := &Server{opts: opts, analyzer: opts.Analyzer, log: opts.Logger, version: analyze.Version()}
	if s.analyzer == nil {
		s.analyzer = analyze.New(analyze.Options{MaxBytes: opts.MaxBody})
	}
	if s.log == nil {
		s.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if s.opts.Client == nil {
		s.opts.Client = netguard.NewClient(netguard.Options{AllowPrivate: opts.AllowPrivate, Timeout: opts.AnalyzeTimeout})
	}
	var err error
	if s.assets, err = loadAssets(); err != nil {
		return nil, err
	}
	if s.views, err = parseViews(s.assets); err != nil {
		return nil, err
	}
	if s.library, err = newLibrary(s.analyzer); err != nil {
		return nil, err
	}
	s.recent = newRecent(64, 64<<20)
	s.limiter = newLimiter(opts.RatePerMinute)
	s.busy = make(chan struct{}, 2*runtime.GOMAXPROCS(0))
	s.handler = s.routes()
	return s, nil
}

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// Token returns the token that write endpoints require, "" if none.
func (s *Server) Token() string { return s.opts.Token }

// Warm analyses the bundled examples, so that the first view of each is
// instant. It stops early when ctx is done.
func (s *Server) Warm(ctx context.Context) {
	s.library.warm(ctx)
}

// Serve accepts connections on l until ctx is done, then shuts down
// gracefully. It analyses the bundled examples in the background. It refuses
// to serve a listener beyond the loopback interface without a token (see
// Listen), so that no one on the network can make the server fetch URLs or
// spend its CPU.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	if s.opts.Token == "" && !Loopback(l.Addr()) {
		return fmt.Errorf("server: listening on %s, beyond localhost, needs a token for analysing (Options.Token; Listen makes one)", l.Addr())
	}
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      s.opts.AnalyzeTimeout + 30*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	go s.Warm(ctx)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(l) }()
	select {
	case err := <-errc:
		if errClosed(err) {
			return nil
		}
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("server: shutdown: %w", err)
	}
	return nil
}

// Listen binds addr ("localhost:8080", ":8080", "0.0.0.0:80"). When the
// address reaches beyond the loopback interface and opts has no Token, it
// returns a fresh random token to use as Options.Token (and "" otherwise).
func Listen(addr string, opts Options) (l net.Listener, token string, err error) {
	l, err = net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("server: %w", err)
	}
	if opts.Token == "" && !Loopback(l.Addr()) {
		token, err = NewToken()
		if err != nil {
			l.Close()
			return nil, "", err
		}
	}
	return l, token, nil
}

// Loopback reports whether a listener address accepts connections from this
// machine only.
func Loopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return false
	}
	ip, ok := netip.AddrFromSlice(tcp.IP)
	return ok && ip.Unmap().IsLoopback()
}

// NewToken returns a random token of 128 bits, URL-safe.
func NewToken() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("server: token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// errClosed reports whether err is the normal end of Serve.
func errClosed(err error) bool { return errors.Is(err, http.ErrServerClosed) }
