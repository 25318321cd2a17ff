package server

import (
	"net/http"

	"github.com/newsgraph/newsgraph/document"
)

// homeView is the view of home.html: the example articles and the form.
type homeView struct {
	page
	// Documents are the articles given at start; Examples the bundled
	// ones.
	Documents []exampleItem
	Examples  []exampleItem
	Form      formValues
}

// An exampleItem is one bundled article in the list.
type exampleItem struct {
	Path, Title, Published, Source string
	Words, Entities, Quotes        int
	Err                            string
}

// count fills the item's counts from its document.
func (it *exampleItem) count(doc *document.Document) {
	it.Words = words(doc)
	it.Entities = len(doc.Entities)
	if it.Entities == 0 {
		it.Entities = distinctMentions(doc)
	}
	it.Quotes = len(doc.Quotes)
}

// home lists the bundled examples, analysed, with counts of what newsgraph
// found in each.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	v := &homeView{page: s.page("Articles", "examples")}
	for _, a := range s.library.locals() {
		it := exampleItem{Path: a.Path, Title: a.Doc.Meta.Title, Published: a.Doc.Meta.Published.String(), Source: a.Source}
		if it.Title == "" {
			it.Title = "Untitled (" + a.Key + ")"
		}
		it.count(a.Doc)
		v.Documents = append(v.Documents, it)
	}
	for _, ex := range s.library.list {
		it := exampleItem{Path: "/examples/" + ex.Name, Title: ex.Title, Published: ex.Published, Source: ex.Source}
		a, err := ex.load()
		if err != nil {
			it.Err = classify(err).Message
		} else {
			it.count(a.Doc)
		}
		v.Examples = append(v.Examples, it)
	}
	s.render(w, r, http.StatusOK, "home", v)
}
