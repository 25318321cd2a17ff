package server

import "net/http"

// exampleInfo describes a bundled article in the API.
type exampleInfo struct {
	Name      string `json:"name"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	License   string `json:"license"`
	Document  string `json:"document"`
	View      string `json:"view"`
}

// apiExamples lists the bundled example articles.
func (s *Server) apiExamples(w http.ResponseWriter, r *http.Request) {
	out := []exampleInfo{}
	for _, ex := range s.library.list {
		out = append(out, exampleInfo{Name: ex.Name, Title: ex.Title, URL: ex.URL, Published: ex.Published, License: ex.License,
			Document: "/api/examples/" + ex.Name, View: "/examples/" + ex.Name})
	}
	writeJSON(w, http.StatusOK, out)
}
