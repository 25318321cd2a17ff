package netguard

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		addr   string
		reason string // "" for public
	}{
		{"93.184.215.14", ""},
		{"2606:2800:21f:cb07:6820:80da:af6b:8b2c", ""},
		{"8.8.8.8", ""},
		{"127.0.0.1", "loopback"},
		{"127.1.2.3", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"172.31.255.255", "private"},
		{"192.168.1.1", "private"},
		{"fd00::1", "private"},
		{"169.254.169.254", "link-local"}, // cloud metadata
		{"fe80::1", "link-local"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"0.1.2.3", "this-network"},
		{"100.64.0.1", "shared (carrier-grade NAT)"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"255.255.255.255", "reserved"},
		{"198.18.0.1", "benchmarking"},
		{"64:ff9b::7f00:1", "loopback"}, // NAT64 of 127.0.0.1
		{"64:ff9b::808:808", ""},        // NAT64 of 8.8.8.8
		{"2002:a00:1::", "private"},     // 6to4 of 10.0.0.1
		{"2001:db8::1", "documentation"},
		{"2001:0:4136:e378:8000:63bf:3fff:fdd2", "IETF protocol"}, // Teredo
	}
	for _, tt := range tests {
		err := Check(netip.MustParseAddr(tt.addr))
		var ae *AddressError
		switch {
		case tt.reason == "" && err != nil:
			t.Errorf("%s: %v, want public", tt.addr, err)
		case tt.reason != "" && !errors.As(err, &ae):
			t.Errorf("%s: %v, want refused as %s", tt.addr, err, tt.reason)
		case tt.reason != "" && (ae.Reason != tt.reason || !errors.Is(err, ErrForbidden)):
			t.Errorf("%s: reason %q, want %q", tt.addr, ae.Reason, tt.reason)
		}
	}
}

func TestCheckURL(t *testing.T) {
	for _, raw := range []string{"file:///etc/passwd", "gopher://x/", "javascript:alert(1)", "http://user:pw@example.com/", "http:///path", "ftp://example.com/"} {
		u, err := url.Parse(raw)
		if err != nil {
			continue
		}
		if CheckURL(u) == nil {
			t.Errorf("%s: accepted", raw)
		}
	}
	for _, raw := range []string{"http://example.com/", "https://example.com:8443/a?b"} {
		if err := CheckURL(must(url.Parse(raw))); err != nil {
			t.Errorf("%s: %v", raw, err)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func get(c *http.Client, u string) (string, error) {
	req, err := http.NewRequestWithContext(context.Background(), "GET", u, nil)
	if err != nil {
		return "", err
	}
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}

func TestClientRefusesLoopback(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "secret") }))
	defer srv.Close()
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	for _, u := range []string{srv.URL, "http://localhost" + port + "/", "http://[::ffff:127.0.0.1]" + port + "/"} {
		_, err := get(NewClient(Options{}), u)
		if !errors.Is(err, ErrForbidden) {
			t.Errorf("%s: %v, want ErrForbidden", u, err)
		}
	}
	body, err := get(NewClient(Options{AllowPrivate: true}), srv.URL)
	if err != nil || body != "secret" {
		t.Errorf("AllowPrivate: %q, %v", body, err)
	}
}

// TestClientChecksRedirects has a "public" server redirect to a private one
// and makes sure the second connection is refused. Both listen on loopback,
// so the test's check lets the first connection through and applies the
// real check from then on.
func TestClientChecksRedirects(t *testing.T) {
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "secret") }))
	defer private.Close()
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, private.URL+"/admin", http.StatusFound)
	}))
	defer public.Close()
	dials := 0
	c := NewClient(Options{check: func(a netip.Addr) error {
		dials++
		if dials == 1 {
			return nil // the first connection: the "public" server
		}
		return Check(a)
	}})
	c.Transport.(*http.Transport).DisableKeepAlives = true
	body, err := get(c, public.URL)
	if !errors.Is(err, ErrForbidden) {
		t.Fatalf("redirect to a private address: body %q, err %v; want ErrForbidden", body, err)
	}
	if dials != 2 {
		t.Errorf("%d connections checked, want 2", dials)
	}
}

func TestClientRedirectLimits(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		default:
			http.Redirect(w, r, srv.URL+"/loop", http.StatusFound)
		}
	}))
	defer srv.Close()
	c := NewClient(Options{AllowPrivate: true})
	if _, err := get(c, srv.URL+"/loop"); !errors.Is(err, ErrRedirects) {
		t.Errorf("loop: %v, want ErrRedirects", err)
	}
	if _, err := get(c, srv.URL+"/file"); !errors.Is(err, ErrScheme) {
		t.Errorf("file: redirect: %v, want ErrScheme", err)
	}
}
