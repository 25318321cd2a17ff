package server

import (
	"net/http"
)

// homeView is the view of home.html: the example articles and the form.
type homeView struct {
	page
	Examples []exampleItem
	Form     formValues
}

// An exampleItem is one bundled article in the list.
type exampleItem struct {
	Path, Title, Published, Source string
	Words, Entities, Quotes        int
	Err                            string
}

// home lists the bundled examples, analysed, with counts of what newsgraph
// found in each.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	v := &homeView{page: s.page("Articles", "examples")}
	for _, ex := range s.library.list {
		it := exampleItem{Path: "/examples/" + ex.Name, Title: ex.Title, Published: ex.Published, Source: ex.Source}
		a, err := ex.load()
		if err != nil {
			it.Err = classify(err).Message
		} else {
			it.Words = words(a.Doc)
			it.Entities = len(a.Doc.Entities)
			if it.Entities == 0 {
				it.Entities = distinctMentions(a.Doc)
			}
			it.Quotes = len(a.Doc.Quotes)
		}
		v.Examples = append(v.Examples, it)
	}
	s.render(w, r, http.StatusOK, "home", v)
}
