// Package fetch gets web pages politely and safely for analysis: one GET
// with a clear User-Agent, a timeout over the whole exchange, a size limit,
// at most five redirects, gzip, and http and https only (redirects
// included). Its errors say what failed, as sentinels that errors.Is
// recognises: the DNS lookup, a refused connection, TLS, a timeout, the
// HTTP status, a page too large, a page that is not HTML.
//
// Fetch returns the bytes as sent; package extract detects their charset.
package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/netguard"
)

// Defaults for the zero Options.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 16 << 20
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "newsgraph/1 (news analysis; +https://github.com/newsgraph/newsgraph)"
)

// What can fail. A *Error wraps one of these and the underlying error.
var (
	ErrScheme    = errors.New("only http and https URLs are fetched")
	ErrDNS       = errors.New("DNS lookup failed")
	ErrRefused   = errors.New("connection refused")
	ErrTLS       = errors.New("TLS failed")
	ErrTimeout   = errors.New("timed out")
	ErrNetwork   = errors.New("network error")
	ErrRedirects = errors.New("too many redirects")
	ErrStatus    = errors.New("HTTP error status")
	ErrTooLarge  = errors.New("page too large")
	ErrNotHTML   = errors.New("not an HTML page")
	ErrPrivate   = errors.New("address is private")
)

// An Error is a failed fetch: what failed (Kind, one of the Err values),
// for which URL, and why.
type Error struct {
	Kind error
	URL  string
	// Status is the HTTP status code, for ErrStatus.
	Status int
	Err    error
}

func (e *Error) Error() string {
	msg := fmt.Sprintf("fetch %s: %v", e.URL, e.Kind)
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the kind and the cause, so that errors.Is matches both.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// Options configures a Client. The zero value uses the defaults.
type Options struct {
	// Timeout bounds the whole exchange: connection, redirects, body.
	Timeout time.Duration
	// MaxBytes bounds the body, after decompression.
	MaxBytes int64
	// MaxRedirects bounds the redirects followed; 0 means the default,
	// a negative value none.
	MaxRedirects int
	// UserAgent names the client to the server.
	UserAgent string
	// DenyPrivate refuses to connect to loopback, private, link-local
	// and unspecified addresses (after DNS, so that a public name cannot
	// point inside): set it when URLs come from untrusted users, as in a
	// server.
	DenyPrivate bool
	// Transport replaces the default transport (for tests).
	Transport http.RoundTripper
}

// A Page is a fetched page.
type Page struct {
	// URL is the address the page came from, after redirects.
	URL string
	// ContentType is the Content-Type the server sent (or sniffed).
	ContentType string
	// Body is the page as sent, decompressed.
	Body []byte
	// Fetched is when the response arrived.
	Fetched time.Time
}

// A Client fetches pages. It is safe for concurrent use.
type Client struct {
	opts Options
	hc   *http.Client
}

// New returns a Client.
func New(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	tr := opts.Transport
	if tr == nil {
		d := &net.Dialer{Timeout: opts.Timeout, KeepAlive: 30 * time.Second}
		proxy := http.ProxyFromEnvironment
		if opts.DenyPrivate {
			d.Control = denyPrivate
			// A proxy would connect on our behalf, unchecked.
			proxy = nil
		}
		tr = &http.Transport{
			Proxy:                 proxy,
			DialContext:           d.DialContext,
			TLSHandshakeTimeout:   opts.Timeout,
			ResponseHeaderTimeout: opts.Timeout,
			MaxIdleConns:          10,
			IdleConnTimeout:       30 * time.Second,
			ForceAttemptHTTP2:     true,
		}
	}
	c := &Client{opts: opts}
	c.hc = &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > max(opts.MaxRedirects, 0) {
				return &Error{Kind: ErrRedirects, URL: via[0].URL.String(), Err: fmt.Errorf("stopped after %d", len(via)-1)}
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return &Error{Kind: ErrScheme, URL: via[0].URL.String(), Err: fmt.Errorf("redirect to %s refused", req.URL.Redacted())}
			}
			req.Header.Set("User-Agent", opts.UserAgent)
			return nil
		},
	}
	return c
}

// Get fetches one page. It accepts HTML (and XHTML) and plain text; other
// content types, and binary data whatever its declared type, fail with
// ErrNotHTML.
func (c *Client) Get(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, &Error{Kind: ErrScheme, URL: rawURL, Err: err}
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, &Error{Kind: ErrScheme, URL: rawURL, Err: fmt.Errorf("scheme %q", u.Scheme)}
	}
	if u.Host == "" {
		return nil, &Error{Kind: ErrScheme, URL: rawURL, Err: errors.New("no host")}
	}
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{Kind: ErrScheme, URL: rawURL, Err: err}
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1")
	name := u.Redacted()
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, classify(name, err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &Error{Kind: ErrStatus, URL: name, Status: resp.StatusCode, Err: errors.New(resp.Status)}
	}
	if resp.ContentLength > c.opts.MaxBytes {
		return nil, &Error{Kind: ErrTooLarge, URL: name, Err: fmt.Errorf("%d bytes; the limit is %d", resp.ContentLength, c.opts.MaxBytes)}
	}
	ct := resp.Header.Get("Content-Type")
	if !acceptable(ct) {
		return nil, &Error{Kind: ErrNotHTML, URL: name, Err: fmt.Errorf("the server sent %s", ct)}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return nil, classify(name, err)
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, &Error{Kind: ErrTooLarge, URL: name, Err: fmt.Errorf("more than %d bytes", c.opts.MaxBytes)}
	}
	sniffed := http.DetectContentType(body)
	if binary(sniffed) {
		return nil, &Error{Kind: ErrNotHTML, URL: name, Err: fmt.Errorf("served as %q but the content is %s", ct, sniffed)}
	}
	if ct == "" {
		ct = sniffed
	}
	return &Page{URL: final, ContentType: ct, Body: body, Fetched: time.Now()}, nil
}

// acceptable reports whether a declared content type may be an article.
// An absent or generic type is decided by sniffing the body.
func acceptable(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return true // malformed: sniff
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain", "application/octet-stream", "application/xml", "text/xml":
		return true
	}
	return false
}

// binary reports whether a sniffed type is not text.
func binary(sniffed string) bool {
	return !strings.HasPrefix(sniffed, "text/") && !strings.Contains(sniffed, "xml")
}

// classify turns a transport error into an *Error of the right kind.
func classify(name string, err error) error {
	var fe *Error
	if errors.As(err, &fe) {
		return fe
	}
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var hostErr x509.HostnameError
	var authErr x509.UnknownAuthorityError
	var invalidErr x509.CertificateInvalidError
	var recErr tls.RecordHeaderError
	var netErr net.Error
	cause := err
	if ue, ok := err.(*url.Error); ok {
		cause = ue.Err
	}
	switch {
	case errors.Is(err, ErrPrivate):
		return &Error{Kind: ErrPrivate, URL: name, Err: cause}
	case errors.As(err, &dnsErr):
		return &Error{Kind: ErrDNS, URL: name, Err: dnsErr}
	case errors.Is(err, syscall.ECONNREFUSED):
		return &Error{Kind: ErrRefused, URL: name, Err: cause}
	case errors.As(err, &certErr), errors.As(err, &hostErr), errors.As(err, &authErr), errors.As(err, &invalidErr), errors.As(err, &recErr):
		return &Error{Kind: ErrTLS, URL: name, Err: cause}
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return &Error{Kind: ErrTimeout, URL: name, Err: cause}
	}
	return &Error{Kind: ErrNetwork, URL: name, Err: cause}
}

// denyPrivate refuses connections to any address that is not public
// unicast (loopback, private, link-local, carrier-grade NAT, NAT64 and 6to4
// wrappings of those, …), checked by netguard on the address dialled.
func denyPrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: unexpected address %q", ErrPrivate, address)
	}
	if err := netguard.Check(ap.Addr()); err != nil {
		return fmt.Errorf("%w: %v", ErrPrivate, err)
	}
	return nil
}
