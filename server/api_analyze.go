package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// apiAnalyze analyses an article and answers with its Document. The body is
// JSON ({"text"|"html"|"url", "published", "layers"}), or the article
// itself as text/plain or text/html with ?published= and ?layers= in the
// query. The Location header names the article view of the result.
func (s *Server) apiAnalyze(w http.ResponseWriter, r *http.Request) {
	req, err := readAnalyzeRequest(r)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	a, err := s.analyse(r.Context(), req)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	var buf bytes.Buffer
	opts := document.EncodeOptions{Layers: req.Layers}
	if len(req.Layers) == 0 {
		opts.Layers = nil
	}
	if err := document.Encode(&buf, a.Doc, opts); err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Location", a.Path)
	w.Write(buf.Bytes())
}

// readAnalyzeRequest reads the request body in any of the accepted forms.
func readAnalyzeRequest(r *http.Request) (analyzeRequest, error) {
	var req analyzeRequest
	ctype, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil && r.Header.Get("Content-Type") != "" {
		return req, errorf(kindUnsupported, "the Content-Type %q cannot be read", r.Header.Get("Content-Type"))
	}
	q := r.URL.Query()
	layers := func(s string) []string {
		if s == "" {
			return nil
		}
		var out []string
		for _, l := range strings.Split(s, ",") {
			out = append(out, strings.TrimSpace(l))
		}
		return out
	}
	switch ctype {
	case "application/json":
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return req, classify(err)
			}
			return req, &Error{Kind: kindInvalid, Message: "the body is not a valid analyse request: " + strings.TrimPrefix(err.Error(), "json: "), Err: err}
		}
		if dec.More() {
			return req, errorf(kindInvalid, "the body holds more than one JSON value")
		}
	case "text/plain", "text/html", "":
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return req, classify(err)
		}
		if ctype == "text/html" {
			req.HTML = string(body)
		} else {
			req.Text = string(body)
		}
		req.Published, req.Layers = q.Get("published"), layers(q.Get("layers"))
	case "multipart/form-data", "application/x-www-form-urlencoded":
		if err := r.ParseMultipartForm(1 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
			return req, formError(err)
		}
		req.Text, req.HTML, req.URL, req.Published = r.FormValue("text"), r.FormValue("html"), r.FormValue("url"), r.FormValue("published")
		req.Layers = layers(r.FormValue("layers"))
		if file, hdr, err := r.FormFile("file"); err == nil {
			defer file.Close()
			data, err := io.ReadAll(file)
			if err != nil {
				return req, formError(err)
			}
			req.Text, req.Name = string(data), hdr.Filename
		}
	default:
		return req, errorf(kindUnsupported, "send application/json, text/plain, text/html or a form, not %s", ctype)
	}
	return req, nil
}
