package server

import "net/http"

// analyzeView is the view of analyze.html: the form, with the values given
// and an error when the last try failed.
type analyzeView struct {
	page
	Form  formValues
	Error string
	// TokenNeeded is set when the server needs its token and the browser
	// has not presented it.
	TokenNeeded bool
	MaxBytes    int64
}

// formValues are the form's fields, kept when the form comes back with an
// error.
type formValues struct {
	Text, URL, Published string
}

// analyzeForm shows the form to analyse an article.
func (s *Server) analyzeForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "analyze", s.analyzeView(r, formValues{}, ""))
}

func (s *Server) analyzeView(r *http.Request, f formValues, msg string) *analyzeView {
	return &analyzeView{
		page: s.page("Analyse an article", "analyze"), Form: f, Error: msg,
		TokenNeeded: !s.authorized(r), MaxBytes: s.opts.MaxBody,
	}
}
