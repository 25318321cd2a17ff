package server

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"regexp"
	"strings"
	"time"
)

//go:embed templates
var templateFS embed.FS

// pageNames lists every view. parseViews fails at start-up when one of them
// is missing or does not define "content", instead of at the first request.
var pageNames = []string{"home", "article", "json", "analyze", "error"}

// views holds one template set per page: the layout and partials, plus the
// page's own file.
type views struct {
	pages map[string]*template.Template
}

func parseViews(assets *assetSet) (*views, error) {
	funcs := template.FuncMap{
		"asset": assets.url,
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return fmt.Sprintf("%d %s", n, one)
			}
			return fmt.Sprintf("%d %s", n, many)
		},
		"join": strings.Join,
		"inc":  func(i int) int { return i + 1 },
		"ms": func(d time.Duration) string {
			return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
		},
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/partials/*.html")
	if err != nil {
		return nil, fmt.Errorf("server: templates: %w", err)
	}
	if err := checkAssetNames(assets); err != nil {
		return nil, err
	}
	v := &views{pages: map[string]*template.Template{}}
	for _, name := range pageNames {
		t, err := base.Clone()
		if err == nil {
			t, err = t.ParseFS(templateFS, "templates/"+name+".html")
		}
		if err != nil {
			return nil, fmt.Errorf("server: view %s: %w", name, err)
		}
		if t.Lookup("content") == nil {
			return nil, fmt.Errorf("server: view %s defines no content", name)
		}
		v.pages[name] = t
	}
	return v, nil
}

var assetCall = regexp.MustCompile(`asset\s+"([^"]+)"`)

// checkAssetNames fails if a template names an asset that is not embedded.
func checkAssetNames(assets *assetSet) error {
	return fs.WalkDir(templateFS, "templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := templateFS.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range assetCall.FindAllSubmatch(src, -1) {
			if _, err := assets.url(string(m[1])); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
		return nil
	})
}

// render executes a page's template into a buffer, then writes it with the
// status, so that a template error gives a clean 500 rather than half a
// page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, view any) {
	t := s.views.pages[name]
	if t == nil {
		s.writeJSONError(w, r, fmt.Errorf("server: no view %q", name))
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", view); err != nil {
		s.log.Error("render", "view", name, "err", err)
		if name != "error" {
			s.writeHTMLError(w, r, err)
		} else {
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// page is what every view has: the layout reads it.
type page struct {
	// Title is the document title, without the site name.
	Title string
	// Nav is the active navigation entry: "examples" or "analyze".
	Nav     string
	Version string
	// Wide lets the main column use the whole width (the article view).
	Wide bool
}

// errorView is the view of error.html.
type errorView struct {
	page
	Status  int
	Kind    kind
	Message string
}

// writeHTMLError logs err (server errors only) and writes an error page
// with the status of its kind.
func (s *Server) writeHTMLError(w http.ResponseWriter, r *http.Request, err error) {
	e := s.logError(r, err)
	s.render(w, r, e.Status(), "error", &errorView{
		page:    s.page(http.StatusText(e.Status()), ""),
		Status:  e.Status(),
		Kind:    e.Kind,
		Message: sentence(e.Message),
	})
}

func (s *Server) page(title, nav string) page {
	return page{Title: title, Nav: nav, Version: s.version}
}
