package fetch

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const page = `<html><head><title>T</title></head><body><p>Hello.</p></body></html>`

func server(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}

func TestGet(t *testing.T) {
	var ua, accept string
	s := server(t, func(w http.ResponseWriter, r *http.Request) {
		ua, accept = r.UserAgent(), r.Header.Get("Accept")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	p, err := New(Options{}).Get(context.Background(), s.URL+"/a")
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Body) != page || p.ContentType != "text/html; charset=utf-8" || p.URL != s.URL+"/a" || p.Fetched.IsZero() {
		t.Errorf("page = %+v", p)
	}
	if !strings.HasPrefix(ua, "newsgraph/") || !strings.Contains(accept, "text/html") {
		t.Errorf("User-Agent %q, Accept %q", ua, accept)
	}
}

func TestGzip(t *testing.T) {
	s := server(t, func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Error("gzip not offered")
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		fmt.Fprint(zw, page)
		zw.Close()
	})
	p, err := New(Options{}).Get(context.Background(), s.URL)
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Body) != page {
		t.Errorf("body %q", p.Body)
	}
}

func TestRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, page)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	s := httptest.NewServer(mux)
	defer s.Close()
	c := New(Options{})
	tests := []struct {
		path string
		want error
	}{
		{"/hop/5", nil},
		{"/hop/6", ErrRedirects},
		{"/loop", ErrRedirects},
		{"/ftp", ErrScheme},
		{"/file", ErrScheme},
	}
	for _, tt := range tests {
		p, err := c.Get(context.Background(), s.URL+tt.path)
		if !errors.Is(err, tt.want) || (tt.want == nil && p.URL != s.URL+"/hop/0") {
			t.Errorf("%s: err = %v, want %v", tt.path, err, tt.want)
		}
	}
}

func TestErrors(t *testing.T) {
	slow := server(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	slowBody := server(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body>")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	notFound := server(t, func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	big := server(t, func(w http.ResponseWriter, r *http.Request) {
		body := strings.Repeat("<p>x</p>", 1000)
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		fmt.Fprint(w, body)
	})
	bigChunked := server(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 100 {
			fmt.Fprint(w, strings.Repeat("<p>x</p>", 100))
			w.(http.Flusher).Flush()
		}
	})
	pdf := server(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4")
	})
	pngAsHTML := server(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 100)...))
	})
	tlsServer := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page) }))
	tlsServer.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake
	tlsServer.StartTLS()
	defer tlsServer.Close()
	// A port nobody listens on.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String()
	l.Close()

	tests := []struct {
		name, url string
		opts      Options
		want      error
		msg       string
	}{
		{"timeout", slow.URL, Options{Timeout: 200 * time.Millisecond}, ErrTimeout, "timed out"},
		{"timeout in body", slowBody.URL, Options{Timeout: 200 * time.Millisecond}, ErrTimeout, "timed out"},
		{"status", notFound.URL, Options{}, ErrStatus, "404 Not Found"},
		{"too large", big.URL, Options{MaxBytes: 1000}, ErrTooLarge, "limit is 1000"},
		{"too large, chunked", bigChunked.URL, Options{MaxBytes: 1000}, ErrTooLarge, "more than 1000 bytes"},
		{"pdf", pdf.URL, Options{}, ErrNotHTML, "application/pdf"},
		{"binary as html", pngAsHTML.URL, Options{}, ErrNotHTML, "image/png"},
		{"tls", tlsServer.URL, Options{}, ErrTLS, "certificate"},
		{"refused", closed, Options{}, ErrRefused, "connection refused"},
		{"private", slow.URL, Options{DenyPrivate: true}, ErrPrivate, "private"},
		{"file scheme", "file:///etc/passwd", Options{}, ErrScheme, "scheme \"file\""},
		{"javascript", "javascript:alert(1)", Options{}, ErrScheme, "only http and https"},
		{"no host", "http://", Options{}, ErrScheme, "no host"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := New(tt.opts).Get(context.Background(), tt.url)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("message %q lacks %q", err, tt.msg)
			}
			if time.Since(start) > 3*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
		})
	}
}

func TestClassifyDNS(t *testing.T) {
	err := classify("http://nowhere.invalid", &net.OpError{Op: "dial", Err: &net.DNSError{Err: "no such host", Name: "nowhere.invalid", IsNotFound: true}})
	if !errors.Is(err, ErrDNS) || !strings.Contains(err.Error(), "DNS lookup failed: lookup nowhere.invalid") {
		t.Errorf("classify = %v", err)
	}
}
