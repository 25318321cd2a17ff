// Package netguard provides HTTP clients that are safe to point at URLs
// given by untrusted users: they connect only to public internet addresses,
// so a URL cannot make the server reach its own loopback interface, the
// private network it sits in or a cloud metadata service (server-side
// request forgery).
//
// The check runs in the dialer, on the IP address actually being connected
// to after DNS resolution, for every connection the client makes — the first
// request and every redirect. A host name that resolves to a private
// address, a DNS answer that changes between a check and the connection
// (DNS rebinding) and a redirect to http://127.0.0.1/ are all refused.
package netguard

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// ErrForbidden is returned (wrapped in an *AddressError) when a connection
// would go to an address that is not public.
var ErrForbidden = errors.New("netguard: address is not public")

// ErrScheme is returned for URLs that are not http or https.
var ErrScheme = errors.New("netguard: only http and https URLs can be fetched")

// ErrRedirects is returned when a fetch is redirected too often.
var ErrRedirects = errors.New("netguard: too many redirects")

// An AddressError reports a refused connection: the address and why it is
// not public. It unwraps to ErrForbidden.
type AddressError struct {
	Addr   netip.Addr
	Reason string // "loopback", "private", "link-local", …
}

func (e *AddressError) Error() string {
	return fmt.Sprintf("netguard: refusing to connect to %s (%s address)", e.Addr, e.Reason)
}

// Unwrap returns ErrForbidden.
func (e *AddressError) Unwrap() error { return ErrForbidden }

// Options configures NewClient. The zero value gives a client that refuses
// non-public addresses, times out after 20 seconds and follows at most 5
// redirects.
type Options struct {
	// AllowPrivate lets the client connect to any address, private and
	// loopback included (for a server on a trusted network).
	AllowPrivate bool
	// Timeout bounds a whole fetch, redirects and body included; 0 means
	// 20 seconds.
	Timeout time.Duration
	// MaxRedirects bounds the redirects followed; 0 means 5, a negative
	// value follows none.
	MaxRedirects int

	// check, when set, replaces the address check (for tests).
	check func(netip.Addr) error
}

// NewClient returns an HTTP client that connects only to public addresses
// (unless opts.AllowPrivate), ignores proxy settings from the environment
// (a proxy would connect on its behalf, unchecked), follows only http and
// https redirects and at most opts.MaxRedirects of them.
func NewClient(opts Options) *http.Client {
	if opts.Timeout <= 0 {
		opts.Timeout = 20 * time.Second
	}
	switch {
	case opts.MaxRedirects == 0:
		opts.MaxRedirects = 5
	case opts.MaxRedirects < 0:
		opts.MaxRedirects = 0
	}
	check := opts.check
	if check == nil {
		check = Check
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("netguard: unexpected address %q: %w", address, err)
			}
			return check(ap.Addr())
		}
	}
	transport := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          16,
		IdleConnTimeout:       30 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 15 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	max := opts.MaxRedirects
	return &http.Client{
		Transport: transport,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > max {
				return fmt.Errorf("%w (more than %d)", ErrRedirects, max)
			}
			return CheckURL(req.URL)
		},
	}
}

// CheckURL reports whether u can be fetched at all: an absolute http or
// https URL with a host and without user credentials. It does not resolve
// the host; the client's dialer checks the address.
func CheckURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w (got %q)", ErrScheme, u.Scheme+":")
	}
	if u.Hostname() == "" {
		return errors.New("netguard: the URL has no host")
	}
	if u.User != nil {
		return errors.New("netguard: URLs with user names or passwords are not fetched")
	}
	return nil
}

// Special-purpose ranges that netip's predicates do not cover (RFC 6890 and
// its IANA registry): none of them is a public unicast address.
var special = []struct {
	prefix netip.Prefix
	reason string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "this-network"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared (carrier-grade NAT)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol"},
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation"},
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("100::/64"), "discard"},
	{netip.MustParsePrefix("2001::/23"), "IETF protocol"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation"},
	{netip.MustParsePrefix("fec0::/10"), "site-local"},
}

// Embedded IPv4 addresses: NAT64 (64:ff9b::/96, RFC 6052) and 6to4
// (2002::/16, RFC 3056) reach the IPv4 address they embed.
var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// Check returns nil if a is a public unicast address, and an *AddressError
// saying why not otherwise.
func Check(a netip.Addr) error {
	if !a.IsValid() {
		return &AddressError{Addr: a, Reason: "invalid"}
	}
	a = a.Unmap()
	if a.Is6() {
		b := a.As16()
		switch {
		case nat64.Contains(a):
			return Check(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case sixToFour.Contains(a):
			return Check(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	reason := ""
	switch {
	case a.IsUnspecified():
		reason = "unspecified"
	case a.IsLoopback():
		reason = "loopback"
	case a.IsPrivate():
		reason = "private"
	case a.IsLinkLocalUnicast():
		reason = "link-local"
	case a.IsMulticast(), a.IsLinkLocalMulticast(), a.IsInterfaceLocalMulticast():
		reason = "multicast"
	}
	if reason == "" {
		for _, s := range special {
			if s.prefix.Contains(a) {
				reason = s.reason
				break
			}
		}
	}
	if reason != "" {
		return &AddressError{Addr: a, Reason: reason}
	}
	return nil
}
