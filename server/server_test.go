package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/document"
)

// newServer returns a Server with opts and an HTTP test server running it.
func newServer(t testing.TB, opts Options) (*Server, *httptest.Server) {
	t.Helper()
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// do sends a request and returns the response with its body read.
func do(t testing.TB, req *http.Request) (*http.Response, string) {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func get(t testing.TB, u string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		t.Fatal(err)
	}
	return do(t, req)
}

func post(t testing.TB, u, ctype, body string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("POST", u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	return do(t, req)
}

// apiError decodes a JSON error body.
func apiError(t testing.TB, body string) (string, string) {
	t.Helper()
	var e errorBody
	if err := json.Unmarshal([]byte(body), &e); err != nil {
		t.Fatalf("error body is not JSON: %v\n%s", err, body)
	}
	return string(e.Error.Code), e.Error.Message
}

func TestStartUp(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range pageNames {
		if s.views.pages[name] == nil {
			t.Errorf("view %s not parsed", name)
		}
	}
	n := s.EmbeddedBytes()
	t.Logf("embedded assets and templates: %d bytes (%d files of assets)", n, len(s.assets.files))
	if n < s.assets.total || n > 2<<20 {
		t.Errorf("embedded assets are %d bytes; the budget is 2 MB", n)
	}
	// Every kind has a status.
	for k := range statusOf {
		if statusOf[k] < 400 {
			t.Errorf("kind %s has status %d", k, statusOf[k])
		}
	}
}

func TestRoutes(t *testing.T) {
	_, ts := newServer(t, Options{})
	tests := []struct {
		method, path string
		status       int
		ctype        string // prefix
		contains     string
	}{
		{"GET", "/", 200, "text/html", "Korea puts military"},
		{"GET", "/examples/korea", 200, "text/html", `<h1 id="headline"`},
		{"GET", "/examples/korea/json", 200, "text/html", "&#34;format&#34;: &#34;newsgraph/1&#34;"},
		{"GET", "/examples/korea/document.json", 200, "application/json", `"format":"newsgraph/1"`},
		{"GET", "/examples/korea/document.json?layers=sentences", 200, "application/json", `"paragraphs":[]`},
		{"GET", "/examples/korea/document.json?layers=bogus", 400, "application/json", `"invalid_request"`},
		{"GET", "/examples/nope", 404, "text/html", "no example article"},
		{"GET", "/analyses/nope", 404, "text/html", "no longer kept"},
		{"GET", "/analyze", 200, "text/html", `<form class="analyze"`},
		{"GET", "/api/examples", 200, "application/json", `"name": "korea"`},
		{"GET", "/api/examples/korea", 200, "application/json", `"newsgraph/1"`},
		{"GET", "/api/examples/nope", 404, "application/json", `"not_found"`},
		{"GET", "/api/nope", 404, "application/json", `"not_found"`},
		{"GET", "/api/analyze", 405, "application/json", `"method_not_allowed"`},
		{"DELETE", "/examples/korea", 405, "text/html", "not allowed"},
		{"GET", "/nope", 404, "text/html", "nothing at /nope"},
		{"GET", "/assets/style.css", 200, "text/css", ".doc"},
		{"GET", "/assets/app.js", 200, "text/javascript", "use strict"},
		{"GET", "/assets/nope.js", 404, "text/html", ""},
		{"GET", "/favicon.ico", 200, "image/svg+xml", "<svg"},
		{"GET", "/healthz", 200, "application/json", `"ok"`},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, ts.URL+tt.path, nil)
			resp, body := do(t, req)
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d\n%.300s", resp.StatusCode, tt.status, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("Content-Type %q, want %s…", ct, tt.ctype)
			}
			if !strings.Contains(body, tt.contains) {
				t.Errorf("body lacks %q:\n%.500s", tt.contains, body)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
				t.Errorf("CSP %q", csp)
			}
			if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("no nosniff")
			}
			if resp.StatusCode == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
}

func TestAssetCaching(t *testing.T) {
	s, ts := newServer(t, Options{})
	u, _ := s.assets.url("app.js")
	resp, _ := get(t, ts.URL+u)
	if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
		t.Errorf("versioned asset: Cache-Control %q", cc)
	}
	resp, _ = get(t, ts.URL+"/assets/app.js?v=old")
	if cc := resp.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("stale version: Cache-Control %q", cc)
	}
}

// TestNoInlineScript checks that no page has inline script or style, which
// the Content-Security-Policy would block anyway.
func TestNoInlineScript(t *testing.T) {
	s, ts := newServer(t, Options{})
	full := addArticle(s, "full", fullDocument(t))
	inline := regexp.MustCompile(`(?i)<script(?:\s[^>]*)?>[^<]|\son[a-z]+=|\sstyle=|<style`)
	for _, p := range []string{"/", "/analyze", "/examples/korea", "/examples/korea/json", full, full + "/json", "/nope"} {
		_, body := get(t, ts.URL+p)
		if m := inline.FindString(body); m != "" {
			t.Errorf("%s: inline script or style: %q", p, m)
		}
	}
}

func TestAnalyzeAPI(t *testing.T) {
	text := "Talks resume\n\nThe minister said on Friday that talks would resume.\n"
	plain := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/article.txt":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			io.WriteString(w, text)
		case "/page.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, articleHTML)
		case "/empty.html":
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<!doctype html><title>x</title><p>Hello")
		case "/image.png":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n"))
		case "/big.txt":
			w.Header().Set("Content-Type", "text/plain")
			w.Write(bytes.Repeat([]byte("word "), 1<<20))
		default:
			http.NotFound(w, r)
		}
	}))
	defer plain.Close()
	_, ts := newServer(t, Options{RatePerMinute: -1})
	_, open := newServer(t, Options{AllowPrivate: true, MaxBody: 1 << 20, RatePerMinute: -1})

	jsonBody := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	tests := []struct {
		name     string
		srv      string
		ctype    string
		query    string
		body     string
		status   int
		code     string // error code, or "" for success
		contains string
	}{
		{"json text", ts.URL, "application/json", "", jsonBody(map[string]string{"text": text, "published": "2024-03-19"}), 200, "", `"published":"2024-03-19"`},
		{"plain text", ts.URL, "text/plain", "?published=2024-03-19T09:30:00%2B13:00", text, 200, "", `"published":"2024-03-19T09:30:00+13:00"`},
		{"no content type", ts.URL, "", "", text, 200, "", `"text":"Talks resume`},
		{"layers", ts.URL, "application/json", "", jsonBody(map[string]any{"text": text, "layers": []string{"sentences"}}), 200, "", `"paragraphs":[]`},
		{"form", ts.URL, "application/x-www-form-urlencoded", "", url.Values{"text": {text}}.Encode(), 200, "", `"format":"newsgraph/1"`},
		{"nothing", ts.URL, "application/json", "", `{}`, 400, "invalid_request", "Give the article"},
		{"blank", ts.URL, "application/json", "", `{"text": "  \n "}`, 422, "unprocessable", "no text"},
		{"several", ts.URL, "application/json", "", jsonBody(map[string]string{"text": text, "url": "https://example.com/"}), 400, "invalid_request", "not several"},
		{"bad time", ts.URL, "application/json", "", jsonBody(map[string]string{"text": text, "published": "last Friday"}), 400, "invalid_request", "RFC 3339"},
		{"bad layer", ts.URL, "application/json", "", jsonBody(map[string]any{"text": text, "layers": []string{"gossip"}}), 400, "invalid_request", "Unknown layer"},
		{"unknown field", ts.URL, "application/json", "", `{"txt": "x"}`, 400, "invalid_request", "unknown field"},
		{"broken JSON", ts.URL, "application/json", "", `{"text": `, 400, "invalid_request", "not a valid"},
		{"binary", ts.URL, "text/plain", "", "\x00\x01\x02binary", 415, "unsupported_media_type", "binary"},
		{"xml", ts.URL, "application/xml", "", "<a/>", 415, "unsupported_media_type", "application/json"},
		{"html", ts.URL, "text/html", "", articleHTML, 200, "", `"title":"Harbour talks resume as port strike enters third week"`},
		{"html field", ts.URL, "application/json", "", jsonBody(map[string]string{"html": articleHTML, "published": "2024-03-19"}), 200, "", `"published":"2024-03-19"`},
		{"html page pasted as text", ts.URL, "application/json", "", jsonBody(map[string]string{"text": articleHTML}), 200, "", `Nobody wins a long strike.`},
		{"markup in text stays text", ts.URL, "application/json", "", jsonBody(map[string]string{"text": "Title\n\n<p>A paragraph</p> with <b>tags</b>."}), 200, "", `<p>A paragraph</p> with <b>tags</b>.`},
		{"html without article", ts.URL, "text/html", "", "<!doctype html><p>Hi", 422, "unprocessable", "No article"},
		{"too large", open.URL, "text/plain", "", strings.Repeat("word ", 300000), 413, "too_large", "limit"},
		{"loopback URL", ts.URL, "application/json", "", jsonBody(map[string]string{"url": plain.URL + "/article.txt"}), 403, "forbidden_address", "loopback"},
		{"localhost URL", ts.URL, "application/json", "", jsonBody(map[string]string{"url": "http://localhost:1/x"}), 403, "forbidden_address", "--allow-private"},
		{"metadata URL", ts.URL, "application/json", "", jsonBody(map[string]string{"url": "http://169.254.169.254/latest/meta-data/"}), 403, "forbidden_address", "link-local"},
		{"file URL", ts.URL, "application/json", "", jsonBody(map[string]string{"url": "file:///etc/passwd"}), 400, "invalid_request", "http and https"},
		{"javascript URL", ts.URL, "application/json", "", jsonBody(map[string]string{"url": "javascript:alert(1)"}), 400, "invalid_request", "http and https"},
		{"URL allowed", open.URL, "application/json", "", jsonBody(map[string]string{"url": plain.URL + "/article.txt"}), 200, "", `"url":"` + plain.URL + `/article.txt"`},
		{"URL to HTML", open.URL, "application/json", "", jsonBody(map[string]string{"url": plain.URL + "/page.html"}), 200, "", `"authors":["Sam Toa"]`},
		{"URL to an empty page", open.URL, "application/json", "", jsonBody(map[string]string{"url": plain.URL + "/empty.html"}), 422, "unprocessable", "No article"},
		{"URL to image", open.URL, "application/json", "", jsonBody(map[string]string{"url": plain.URL + "/image.png"}), 415, "unsupported_media_type", "did not send an article"},
		{"URL too big", open.URL, "application/json", "", jsonBody(map[string]string{"url": plain.URL + "/big.txt"}), 413, "too_large", "larger than"},
		{"URL missing", open.URL, "application/json", "", jsonBody(map[string]string{"url": plain.URL + "/gone"}), 502, "upstream_error", "404 Not Found"},
		{"URL refused", open.URL, "application/json", "", jsonBody(map[string]string{"url": "http://127.0.0.1:1/"}), 502, "upstream_error", "refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := post(t, tt.srv+"/api/analyze"+tt.query, tt.ctype, tt.body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d\n%.400s", resp.StatusCode, tt.status, body)
			}
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
				t.Errorf("Content-Type %q", resp.Header.Get("Content-Type"))
			}
			if tt.code != "" {
				code, msg := apiError(t, body)
				if code != tt.code || !strings.Contains(msg, tt.contains) {
					t.Errorf("error %s %q, want %s containing %q", code, msg, tt.code, tt.contains)
				}
				return
			}
			var d document.Document
			if err := json.Unmarshal([]byte(body), &d); err != nil {
				t.Fatalf("not a Document: %v", err)
			}
			if !strings.Contains(body, tt.contains) {
				t.Errorf("body lacks %q:\n%.400s", tt.contains, body)
			}
			loc := resp.Header.Get("Location")
			if !strings.HasPrefix(loc, "/analyses/") {
				t.Fatalf("Location %q", loc)
			}
			if r, _ := get(t, tt.srv+loc); r.StatusCode != 200 {
				t.Errorf("GET %s: %d", loc, r.StatusCode)
			}
		})
	}
}

func TestAnalyzeForm(t *testing.T) {
	_, ts := newServer(t, Options{})
	// Pasted text: 303 to the article view.
	resp, body := post(t, ts.URL+"/analyze", "application/x-www-form-urlencoded", url.Values{"text": {"Harbour talks\n\nTalks resumed on Friday."}, "published": {"2024-03-19"}}.Encode())
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/analyses/") {
		t.Fatalf("status %d, Location %q\n%.300s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	if r, body := get(t, ts.URL+resp.Header.Get("Location")); r.StatusCode != 200 || !strings.Contains(body, "Harbour talks") {
		t.Errorf("result: %d", r.StatusCode)
	}

	// An uploaded file.
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile("file", "story.txt")
	io.WriteString(fw, "Uploaded story\n\nThe port reopened on Monday.\n")
	mw.WriteField("published", "2024-03-19")
	mw.Close()
	resp, _ = post(t, ts.URL+"/analyze", mw.FormDataContentType(), buf.String())
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("upload: status %d", resp.StatusCode)
	}
	if _, body := get(t, ts.URL+resp.Header.Get("Location")); !strings.Contains(body, "Uploaded file story.txt") {
		t.Errorf("upload: source not shown")
	}

	// Errors come back on the form, with the input kept and escaped.
	resp, body = post(t, ts.URL+"/analyze", "application/x-www-form-urlencoded", url.Values{"text": {"<b>x</b> Some text"}, "published": {"yesterday"}}.Encode())
	if resp.StatusCode != 400 || !strings.Contains(body, `role="alert"`) || !strings.Contains(body, "&lt;b&gt;x&lt;/b&gt; Some text") {
		t.Errorf("bad time: status %d\n%.2000s", resp.StatusCode, body)
	}
	resp, body = post(t, ts.URL+"/analyze", "application/x-www-form-urlencoded", url.Values{"url": {"http://10.0.0.1/"}}.Encode())
	if resp.StatusCode != 403 || !strings.Contains(body, "private address") || !strings.Contains(body, `value="http://10.0.0.1/"`) {
		t.Errorf("private URL: status %d\n%.2000s", resp.StatusCode, body)
	}
}

func TestToken(t *testing.T) {
	const token = "s3cret-token"
	_, ts := newServer(t, Options{Token: token})
	text := "Title\n\nBody text here."

	resp, body := post(t, ts.URL+"/api/analyze", "text/plain", text)
	if code, _ := apiError(t, body); resp.StatusCode != 401 || code != "unauthorized" || resp.Header.Get("WWW-Authenticate") == "" {
		t.Errorf("no token: %d %s", resp.StatusCode, body)
	}
	req, _ := http.NewRequest("POST", ts.URL+"/api/analyze", strings.NewReader(text))
	req.Header.Set("Authorization", "Bearer wrong")
	if resp, _ := do(t, req); resp.StatusCode != 401 {
		t.Errorf("wrong token: %d", resp.StatusCode)
	}
	req, _ = http.NewRequest("POST", ts.URL+"/api/analyze", strings.NewReader(text))
	req.Header.Set("Authorization", "Bearer "+token)
	if resp, body := do(t, req); resp.StatusCode != 200 {
		t.Errorf("right token: %d %s", resp.StatusCode, body)
	}
	// Reading needs no token.
	if resp, _ := get(t, ts.URL+"/examples/korea"); resp.StatusCode != 200 {
		t.Errorf("read: %d", resp.StatusCode)
	}
	// The form says it needs the token; the link sets a cookie.
	if _, body := get(t, ts.URL+"/analyze"); !strings.Contains(body, "needs its access token") {
		t.Error("form does not mention the token")
	}
	resp, _ = get(t, ts.URL+"/analyze?token="+token)
	cookies := resp.Cookies()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/analyze" || len(cookies) != 1 || !cookies[0].HttpOnly || cookies[0].SameSite != http.SameSiteStrictMode {
		t.Fatalf("token link: %d %q %+v", resp.StatusCode, resp.Header.Get("Location"), cookies)
	}
	req, _ = http.NewRequest("POST", ts.URL+"/analyze", strings.NewReader(url.Values{"text": {text}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(cookies[0])
	if resp, body := do(t, req); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("form with cookie: %d %.300s", resp.StatusCode, body)
	}
	if resp, _ := get(t, ts.URL+"/?token=nope"); resp.StatusCode != 401 {
		t.Errorf("bad token link: %d", resp.StatusCode)
	}
}

func TestCrossOriginRefused(t *testing.T) {
	_, ts := newServer(t, Options{})
	req, _ := http.NewRequest("POST", ts.URL+"/api/analyze", strings.NewReader("Title\n\nText."))
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	resp, body := do(t, req)
	if code, _ := apiError(t, body); resp.StatusCode != 403 || code != "forbidden" {
		t.Errorf("cross-site POST: %d %s", resp.StatusCode, body)
	}
}

func TestRateLimit(t *testing.T) {
	_, ts := newServer(t, Options{RatePerMinute: 5}) // a burst of 1
	if resp, _ := post(t, ts.URL+"/api/analyze", "text/plain", "Title\n\nText."); resp.StatusCode != 200 {
		t.Fatalf("first: %d", resp.StatusCode)
	}
	resp, body := post(t, ts.URL+"/api/analyze", "text/plain", "Title\n\nText.")
	if code, _ := apiError(t, body); resp.StatusCode != 429 || code != "rate_limited" || resp.Header.Get("Retry-After") == "" {
		t.Errorf("second: %d %s", resp.StatusCode, body)
	}
	// Reading is not limited.
	for range 5 {
		if resp, _ := get(t, ts.URL+"/examples/korea"); resp.StatusCode != 200 {
			t.Fatalf("read: %d", resp.StatusCode)
		}
	}
}

func TestListen(t *testing.T) {
	l, token, err := Listen("127.0.0.1:0", Options{})
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	if token != "" {
		t.Errorf("loopback: token %q, want none", token)
	}
	l, token, err = Listen(":0", Options{})
	if err != nil {
		t.Skipf("cannot bind all interfaces here: %v", err)
	}
	l.Close()
	if len(token) < 20 {
		t.Errorf("all interfaces: token %q, want a fresh one", token)
	}
	l, token, err = Listen(":0", Options{Token: "given"})
	if err == nil {
		l.Close()
	}
	if token != "" {
		t.Errorf("token given: Listen made another: %q", token)
	}
	if !Loopback(&net.TCPAddr{IP: net.ParseIP("::1")}) || Loopback(&net.TCPAddr{IP: net.ParseIP("0.0.0.0")}) {
		t.Error("Loopback")
	}
	// Serving beyond localhost without a token is refused.
	l, err = net.Listen("tcp", ":0")
	if err != nil {
		t.Skipf("cannot bind all interfaces here: %v", err)
	}
	defer l.Close()
	s, _ := New(Options{})
	if err := s.Serve(context.Background(), l); err == nil || !strings.Contains(err.Error(), "needs a token") {
		t.Errorf("Serve on all interfaces without a token: %v", err)
	}
}

func TestOpenAPIDocumentsRoutes(t *testing.T) {
	spec, err := os.ReadFile("../docs/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"openapi: 3.", "/api/analyze:", "/api/examples:", "/api/examples/{name}:", "/examples/{name}/document.json:",
		"/analyses/{id}/document.json:", "/healthz:"} {
		if !bytes.Contains(spec, []byte(want)) {
			t.Errorf("docs/openapi.yaml lacks %q", want)
		}
	}
	for k := range statusOf {
		if !bytes.Contains(spec, []byte(string(k))) {
			t.Errorf("docs/openapi.yaml does not list the error code %q", k)
		}
	}
}

func TestAddDocument(t *testing.T) {
	s, ts := newServer(t, Options{})
	p1 := s.AddDocument("story.v1", "Document story.v1.json", fullDocument(t))
	p2 := s.AddDocument("story.v1", "Document story.v1.json", hostileDocument(t))
	if p1 != "/documents/story-v1" || p2 != "/documents/story-v1-2" {
		t.Errorf("paths %q, %q", p1, p2)
	}
	if _, body := get(t, ts.URL+"/"); !strings.Contains(body, "Your articles") || !strings.Contains(body, `href="/documents/story-v1-2"`) {
		t.Error("home does not list the documents")
	}
	for path, status := range map[string]int{p1: 200, p1 + "/json": 200, p1 + "/document.json": 200, "/documents/nope": 404} {
		if resp, _ := get(t, ts.URL+path); resp.StatusCode != status {
			t.Errorf("GET %s: %d, want %d", path, resp.StatusCode, status)
		}
	}
}

func TestFetchTimeout(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer slow.Close()
	_, ts := newServer(t, Options{AllowPrivate: true, AnalyzeTimeout: 300 * time.Millisecond})
	start := time.Now()
	resp, body := post(t, ts.URL+"/api/analyze", "application/json", `{"url": "`+slow.URL+`/story"}`)
	if code, _ := apiError(t, body); resp.StatusCode != http.StatusGatewayTimeout || code != "timeout" {
		t.Errorf("slow site: %d %s", resp.StatusCode, body)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("the timeout took %v", d)
	}
}
