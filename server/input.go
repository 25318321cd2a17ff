package server

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/netguard"
)

// An analyzeRequest is one article to analyse, from the form or the API:
// exactly one of Text, HTML and URL.
type analyzeRequest struct {
	Text string `json:"text,omitempty"`
	HTML string `json:"html,omitempty"`
	URL  string `json:"url,omitempty"`
	// Published is the publication time, RFC 3339 or a date.
	Published string `json:"published,omitempty"`
	// Layers lists the layers to return (API only); empty means all but
	// tokens.
	Layers []string `json:"layers,omitempty"`
	// Name names an uploaded file.
	Name string `json:"-"`
}

// analyse checks the request, fetches the URL if it gives one, runs the
// analysis and keeps the result among the recent analyses.
func (s *Server) analyse(ctx context.Context, req analyzeRequest) (*article, error) {
	given := 0
	for _, f := range []string{req.Text, req.HTML, req.URL} {
		if strings.TrimSpace(f) != "" {
			given++
		}
	}
	switch {
	case given == 0 && req.Text != "":
		return nil, errorf(kindUnanalysable, "there is no text to analyse")
	case given == 0:
		return nil, errorf(kindInvalid, "give the article's text, its HTML or its URL")
	case given > 1:
		return nil, errorf(kindInvalid, "give one of text, HTML or URL, not several")
	}
	pub, err := document.ParseTime(req.Published)
	if err != nil {
		return nil, errorf(kindInvalid, "the publication time %q is neither RFC 3339 (2018-05-31T05:55:00-07:00) nor a date (2018-05-31)", req.Published)
	}
	for _, l := range req.Layers {
		if !validLayer(l) {
			return nil, errorf(kindInvalid, "unknown layer %q (layers: %s)", l, strings.Join(document.Layers, ", "))
		}
	}

	ctx, cancel := context.WithTimeout(ctx, s.opts.AnalyzeTimeout)
	defer cancel()
	select {
	case s.busy <- struct{}{}:
		defer func() { <-s.busy }()
	case <-ctx.Done():
		return nil, errorf(kindBusy, "the server is busy; try again in a moment")
	}

	// The kind is explicit where the request says it: "text" is text
	// even when it holds markup (a hostile article shows as the text it
	// is), "html" is a page. An uploaded file and a fetched page are
	// decided from their content.
	in := analyze.Input{Data: []byte(req.Text), Name: req.Name, Published: pub, Kind: analyze.KindText}
	if in.Name == "" {
		in.Name = "pasted text"
	}
	source := "Pasted text"
	switch {
	case req.URL != "":
		page, err := s.fetch(ctx, strings.TrimSpace(req.URL))
		if err != nil {
			return nil, err
		}
		source = "Fetched from " + page.URL
		in = analyze.Input{Data: page.Body, Name: page.URL, URL: page.URL, ContentType: page.ContentType, Fetched: page.Fetched, Published: pub, Kind: analyze.KindAuto}
	case req.HTML != "":
		in.Data, in.Name, in.Kind = []byte(req.HTML), "pasted HTML", analyze.KindHTML
		source = "Pasted HTML"
		if req.Name != "" {
			in.Name, source = req.Name, "Uploaded file "+req.Name
		}
	case req.Name != "":
		in.Kind = analyze.KindAuto
		source = "Uploaded file " + req.Name
	case looksLikeHTMLPage(in.Data):
		in.Kind = analyze.KindHTML // a whole page pasted into the text box
		source = "Pasted HTML"
	}

	start := time.Now()
	doc, err := s.analyzer.Analyze(ctx, in)
	if err != nil {
		return nil, err
	}
	id, err := NewToken()
	if err != nil {
		return nil, err
	}
	a := &article{Key: id, Path: "/analyses/" + id, Source: source, SourceURL: in.URL, Doc: doc, Elapsed: time.Since(start)}
	s.recent.add(a)
	return a, nil
}

func validLayer(l string) bool { return slices.Contains(document.Layers, l) }

// looksLikeHTMLPage reports whether data is a whole HTML page (it starts
// with a doctype or an <html> tag) rather than text that happens to contain
// tags, which is analysed, and shown, as the text it is.
func looksLikeHTMLPage(data []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// parseURL checks a URL given for fetching.
func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, errorf(kindInvalid, "%q is not a URL", raw)
	}
	if u.Scheme == "" && u.Host == "" && !strings.Contains(raw, "://") {
		// "example.com/story" — the scheme left out.
		if u, err = url.Parse("https://" + raw); err != nil {
			return nil, errorf(kindInvalid, "%q is not a URL", raw)
		}
	}
	if err := netguard.CheckURL(u); err != nil {
		if errors.Is(err, netguard.ErrScheme) {
			return nil, &Error{Kind: kindInvalid, Message: "only http and https URLs can be fetched", Err: err}
		}
		return nil, &Error{Kind: kindInvalid, Message: strings.TrimPrefix(err.Error(), "netguard: "), Err: err}
	}
	return u, nil
}
