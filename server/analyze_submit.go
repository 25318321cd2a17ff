package server

import (
	"errors"
	"io"
	"net/http"
	"strings"
)

// analyzeSubmit analyses what the form gives (pasted text, an uploaded file
// or a URL) and redirects to the result, or shows the form again with the
// error.
func (s *Server) analyzeSubmit(w http.ResponseWriter, r *http.Request) {
	var f formValues
	fail := func(err error) {
		e := s.logError(r, err)
		if len(f.Text) > 1<<20 {
			f.Text = "" // do not send a huge paste back
		}
		s.render(w, r, e.Status(), "analyze", s.analyzeView(r, f, sentence(e.Message)))
	}
	if err := r.ParseMultipartForm(1 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		fail(formError(err))
		return
	}
	f = formValues{Text: r.FormValue("text"), URL: strings.TrimSpace(r.FormValue("url")), Published: strings.TrimSpace(r.FormValue("published"))}
	req := analyzeRequest{Text: f.Text, URL: f.URL, Published: f.Published}
	if file, hdr, err := r.FormFile("file"); err == nil {
		defer file.Close()
		data, err := io.ReadAll(file)
		if err != nil {
			fail(formError(err))
			return
		}
		if len(data) > 0 {
			if req.Text != "" || req.URL != "" {
				fail(errorf(kindInvalid, "give one of text, a file or a URL, not several"))
				return
			}
			req.Text, req.Name = string(data), hdr.Filename
			if strings.HasSuffix(strings.ToLower(hdr.Filename), ".html") || strings.HasSuffix(strings.ToLower(hdr.Filename), ".htm") {
				req.Text, req.HTML = "", string(data)
			}
		}
	}
	a, err := s.analyse(r.Context(), req)
	if err != nil {
		fail(err)
		return
	}
	http.Redirect(w, r, a.Path, http.StatusSeeOther)
}

// formError explains a form that could not be read.
func formError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return classify(err)
	}
	return &Error{Kind: kindInvalid, Message: "the form could not be read", Err: err}
}
