package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// FuzzAnalyzeAPI sends arbitrary bodies of arbitrary types to the analyse
// endpoint: the answer is always JSON, a Document or an error of a known
// kind, and never a server error. URLs are never fetched.
func FuzzAnalyzeAPI(f *testing.F) {
	f.Add("application/json", `{"text": "Title\n\nBody on Friday."}`, "")
	f.Add("application/json", `{"url": "http://example.com/", "published": "2018-05-31"}`, "")
	f.Add("application/json", `{"text": "x", "layers": ["tokens"]}`, "")
	f.Add("text/plain", "Title\n\n<script>alert(1)</script>", "published=2018-05-31T05:55:00-07:00&layers=tokens")
	f.Add("text/html", "<!doctype html><p>x", "")
	f.Add("application/x-www-form-urlencoded", "text=Hello%20world&published=bad", "")
	f.Add("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nHi\r\n--x--\r\n", "")
	f.Add("", "\x00\xff\xfe", "layers=,")
	s, err := New(Options{RatePerMinute: -1, MaxBody: 1 << 16, Client: &http.Client{Transport: roundTripFunc(func(*http.Request) (*http.Response, error) {
		return nil, errors.New("no network in the fuzz test")
	})}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, ctype, body, query string) {
		req := httptest.NewRequest(http.MethodPost, "/api/analyze", strings.NewReader(body))
		req.URL.RawQuery = query
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code >= 500 && rec.Code != http.StatusBadGateway && rec.Code != http.StatusServiceUnavailable && rec.Code != http.StatusGatewayTimeout {
			t.Fatalf("status %d for %q %q: %s", rec.Code, ctype, body, rec.Body.String())
		}
		if !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
			t.Fatalf("Content-Type %q", rec.Header().Get("Content-Type"))
		}
		if rec.Code != 200 {
			var e errorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || statusOf[e.Error.Code] != rec.Code {
				t.Fatalf("status %d with body %s", rec.Code, rec.Body.String())
			}
		}
	})
}
