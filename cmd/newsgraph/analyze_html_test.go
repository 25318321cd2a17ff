package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

func newsPage(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "extract", "testdata", "news.html"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func decodeDoc(t *testing.T, out string) document.Document {
	t.Helper()
	var d document.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not a Document: %v\n%s", err, out)
	}
	return d
}

func TestAnalyzeHTML(t *testing.T) {
	page := newsPage(t)
	mux := http.NewServeMux()
	mux.HandleFunc("/news", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news", http.StatusMovedPermanently)
	})
	s := httptest.NewServer(mux)
	defer s.Close()
	// A file named .txt: the content decides that it is HTML.
	file := writeFile(t, "page.txt", page)
	for _, tt := range []struct{ name, stdin, arg, url string }{
		{"file", "", file, ""},
		{"stdin", string(page), "-", ""},
		{"url", "", s.URL + "/moved", s.URL + "/news"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := run(t, tt.stdin, "analyze", tt.arg)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			d := decodeDoc(t, out)
			if d.Meta.Title != "Harbour bridge reopens after repairs" || len(d.Meta.Authors) != 2 || d.Meta.URL != tt.url {
				t.Errorf("meta = %+v", d.Meta)
			}
			if d.Meta.Published.String() != "2021-03-14T09:30:00-05:00" {
				t.Errorf("published %s", d.Meta.Published)
			}
			kinds := map[document.RegionKind]int{}
			for _, r := range d.Regions {
				kinds[r.Kind]++
			}
			if kinds[document.RegionHeadline] != 1 || kinds[document.RegionByline] != 1 || kinds[document.RegionBody] != 1 || kinds[document.RegionUpdateLog] != 1 {
				t.Errorf("regions %v", kinds)
			}
			if len(d.Updates) != 1 || d.Updates[0].Kind != "correction" {
				t.Errorf("updates %+v", d.Updates)
			}
			if strings.Contains(d.Text, "cookies") || strings.Contains(d.Text, "Sign up") {
				t.Errorf("furniture in the text:\n%s", d.Text)
			}
		})
	}
}

func TestAnalyzeHTMLErrors(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body><nav><a href="/">Home</a></nav></body></html>`)
	})
	mux.HandleFunc("/png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	s := httptest.NewServer(mux)
	defer s.Close()
	noArticle := writeFile(t, "front.html", []byte(`<!DOCTYPE html><html><body><ul><li><a href="/a">World</a></li></ul></body></html>`))
	for _, tt := range []struct{ name, arg, msg string }{
		{"no article in a file", noArticle, "no article found"},
		{"no article at a URL", s.URL + "/empty", "no article found"},
		{"binary served as HTML", s.URL + "/png", "not an HTML page"},
		{"redirect loop", s.URL + "/loop", "too many redirects"},
		{"other scheme", "ftp://example.com/a.html", "only http and https"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, "", "analyze", tt.arg)
			if code != 1 || !strings.Contains(stderr, tt.msg) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want 1 and one line with %q", code, stderr, tt.msg)
			}
		})
	}
}
