package server

import (
	"net/http"
	"strings"
)

// routes declares every route of the server, and wraps them in the
// middleware every request goes through: access log, security headers,
// cross-origin (CSRF) protection for writes, and the token link.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()

	// Pages.
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /examples/{name}", s.articlePage(s.findExample))
	mux.HandleFunc("GET /examples/{name}/json", s.jsonPage(s.findExample))
	mux.HandleFunc("GET /examples/{name}/document.json", s.documentJSON(s.findExample))
	mux.HandleFunc("GET /documents/{name}", s.articlePage(s.findDocument))
	mux.HandleFunc("GET /documents/{name}/json", s.jsonPage(s.findDocument))
	mux.HandleFunc("GET /documents/{name}/document.json", s.documentJSON(s.findDocument))
	mux.HandleFunc("GET /analyze", s.analyzeForm)
	mux.Handle("POST /analyze", s.guardWrite(s.writeHTMLError, s.analyzeSubmit))
	mux.HandleFunc("GET /analyses/{id}", s.articlePage(s.findAnalysis))
	mux.HandleFunc("GET /analyses/{id}/json", s.jsonPage(s.findAnalysis))
	mux.HandleFunc("GET /analyses/{id}/document.json", s.documentJSON(s.findAnalysis))
	mux.HandleFunc("GET /assets/{file}", s.asset)
	mux.HandleFunc("GET /favicon.ico", s.favicon)
	mux.HandleFunc("GET /healthz", s.health)

	// The JSON API (docs/openapi.yaml).
	mux.Handle("POST /api/analyze", s.guardWrite(s.writeJSONError, s.apiAnalyze))
	mux.HandleFunc("GET /api/examples", s.apiExamples)
	mux.HandleFunc("GET /api/examples/{name}", s.documentJSON(s.findExample))

	// What matches nothing above: 404, or 405 when another method would
	// match; JSON under /api/, a page elsewhere.
	mux.HandleFunc("/api/", s.unmatched(mux, s.writeJSONError))
	mux.HandleFunc("/", s.unmatched(mux, s.writeHTMLError))

	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := errorf(kindForbidden, "cross-origin requests that change state are refused")
		if strings.HasPrefix(r.URL.Path, "/api/") {
			s.writeJSONError(w, r, err)
		} else {
			s.writeHTMLError(w, r, err)
		}
	}))
	return s.logged(secure(cop.Handler(s.withToken(mux))))
}

// unmatched answers requests no route takes: 405 with an Allow header when
// the path exists for other methods, 404 otherwise.
func (s *Server) unmatched(mux *http.ServeMux, fail func(http.ResponseWriter, *http.Request, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost} {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pattern := mux.Handler(probe); pattern != "/" && pattern != "/api/" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			if allow[0] == http.MethodGet {
				allow = append(allow, http.MethodHead)
			}
			w.Header().Set("Allow", strings.Join(allow, ", "))
			fail(w, r, errorf(kindMethod, "%s is not allowed here (allowed: %s)", r.Method, strings.Join(allow, ", ")))
			return
		}
		fail(w, r, errorf(kindNotFound, "there is nothing at %s", r.URL.Path))
	}
}
