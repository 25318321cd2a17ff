package server

import (
	"net/http"

	"github.com/newsgraph/newsgraph/document"
)

// A finder looks up the article a request names.
type finder func(r *http.Request) (*article, error)

// findExample finds the bundled example named by the {name} path value.
func (s *Server) findExample(r *http.Request) (*article, error) {
	name := r.PathValue("name")
	a, err := s.library.get(name)
	if err != nil {
		return nil, err
	}
	if a == nil {
		return nil, errorf(kindNotFound, "there is no example article %q", name)
	}
	return a, nil
}

// findAnalysis finds the recent analysis named by the {id} path value.
func (s *Server) findAnalysis(r *http.Request) (*article, error) {
	a := s.recent.get(r.PathValue("id"))
	if a == nil {
		return nil, errorf(kindNotFound, "this analysis is no longer kept on the server (it keeps the latest few); analyse the article again")
	}
	return a, nil
}

// findDocument finds a document added at start, named by {name}.
func (s *Server) findDocument(r *http.Request) (*article, error) {
	s.library.mu.RLock()
	a := s.library.findLocal(r.PathValue("name"))
	s.library.mu.RUnlock()
	if a == nil {
		return nil, errorf(kindNotFound, "there is no document %q on this server", r.PathValue("name"))
	}
	return a, nil
}

// articlePage serves the article view.
func (s *Server) articlePage(find finder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, err := find(r)
		if err != nil {
			s.writeHTMLError(w, r, err)
			return
		}
		s.render(w, r, http.StatusOK, "article", s.newArticleView(a))
	}
}

// distinctMentions counts the distinct (type, text) pairs of a document's
// mentions, which stand for entities until entities are resolved.
func distinctMentions(doc *document.Document) int {
	seen := map[[2]string]bool{}
	for _, m := range doc.Mentions {
		seen[[2]string{m.Type, m.Text}] = true
	}
	return len(seen)
}
