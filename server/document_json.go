package server

import (
	"bytes"
	"net/http"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// documentJSON serves the article's Document as JSON (the API's form, and
// the page's download link). ?layers=a,b limits the layers, as
// newsgraph analyze --layers does; ?download=1 asks the browser to save it.
func (s *Server) documentJSON(find finder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, err := find(r)
		if err != nil {
			s.writeJSONError(w, r, err)
			return
		}
		opts, err := encodeOptions(r.URL.Query().Get("layers"))
		if err != nil {
			s.writeJSONError(w, r, err)
			return
		}
		var buf bytes.Buffer
		if err := document.Encode(&buf, a.Doc, opts); err != nil {
			s.writeJSONError(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		if r.URL.Query().Get("download") != "" {
			w.Header().Set("Content-Disposition", `attachment; filename="`+a.Key+`.json"`)
		}
		w.Write(buf.Bytes())
	}
}

// encodeOptions reads a comma-separated layer list.
func encodeOptions(layers string) (document.EncodeOptions, error) {
	var opts document.EncodeOptions
	if layers == "" {
		return opts, nil
	}
	opts.Layers = []string{}
	for _, l := range strings.Split(layers, ",") {
		l = strings.TrimSpace(l)
		if !validLayer(l) {
			return opts, errorf(kindInvalid, "unknown layer %q (layers: %s)", l, strings.Join(document.Layers, ", "))
		}
		opts.Layers = append(opts.Layers, l)
	}
	return opts, nil
}
