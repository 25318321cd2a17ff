package server

import (
	"bytes"
	"net/http"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// jsonView is the view of json.html: the Document's JSON, readable.
type jsonView struct {
	page
	Path, DocumentPath string
	JSON               string
	Bytes              int
}

// jsonPage shows the article's Document as indented JSON.
func (s *Server) jsonPage(find finder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, err := find(r)
		if err != nil {
			s.writeHTMLError(w, r, err)
			return
		}
		var buf bytes.Buffer
		if err := document.Encode(&buf, a.Doc, document.EncodeOptions{Indent: "  "}); err != nil {
			s.writeHTMLError(w, r, err)
			return
		}
		title := a.Doc.Meta.Title
		if title == "" {
			title = "Untitled article"
		}
		v := &jsonView{page: s.page("JSON · "+title, navOf(a)), Path: a.Path, DocumentPath: a.Path + "/document.json", JSON: buf.String(), Bytes: buf.Len()}
		s.render(w, r, http.StatusOK, "json", v)
	}
}

// navOf returns the navigation entry an article belongs to: an analysis
// made on the server is under "Analyse", the rest under "Articles".
func navOf(a *article) string {
	if strings.HasPrefix(a.Path, "/analyses/") {
		return "analyze"
	}
	return "examples"
}
