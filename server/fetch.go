package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"strings"

	"github.com/newsgraph/newsgraph/analyze"
)

// A fetched page.
type fetched struct {
	url  string // after redirects
	body []byte
	html bool
}

// fetch gets a URL through the server's client, which refuses non-public
// addresses at every connection (see package netguard). It accepts plain
// text and HTML up to the body limit and explains every failure.
func (s *Server) fetch(ctx context.Context, raw string) (*fetched, error) {
	u, err := parseURL(raw)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, errorf(kindInvalid, "%q is not a URL newsgraph can fetch", raw)
	}
	req.Header.Set("User-Agent", "newsgraph/"+analyze.Version()+" (article analysis; +https://github.com/newsgraph/newsgraph)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := s.opts.Client.Do(req)
	if err != nil {
		return nil, fetchError(u.Host, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errorf(kindUpstream, "%s answered %s", u.Host, resp.Status)
	}
	ctype, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	body, err := io.ReadAll(io.LimitReader(resp.Body, s.opts.MaxBody+1))
	if err != nil {
		return nil, fetchError(u.Host, err)
	}
	if int64(len(body)) > s.opts.MaxBody {
		return nil, errorf(kindTooLarge, "the page at %s is larger than the limit of %d bytes", u.Host, s.opts.MaxBody)
	}
	f := &fetched{url: resp.Request.URL.String(), body: body}
	switch {
	case ctype == "text/html" || ctype == "application/xhtml+xml":
		f.html = true
	case ctype == "text/plain":
		f.html = looksLikeHTMLPage(body)
	case ctype == "":
		f.html = strings.HasPrefix(http.DetectContentType(body), "text/html")
	default:
		return nil, errorf(kindUnsupported, "%s sent %s, not an article (newsgraph reads HTML pages and plain text)", u.Host, ctype)
	}
	return f, nil
}

// fetchError explains a failed fetch, keeping the cause for errors.Is.
func fetchError(host string, err error) error {
	var dns *net.DNSError
	var op *net.OpError
	switch e := classify(err); {
	case e.Kind != kindInternal:
		return e
	case errors.As(err, &dns):
		return &Error{Kind: kindUpstream, Message: fmt.Sprintf("the host %s could not be found", host), Err: err}
	case isTimeout(err):
		return &Error{Kind: kindTimeout, Message: fmt.Sprintf("%s did not answer in time", host), Err: err}
	case errors.As(err, &op) && op.Op == "dial":
		return &Error{Kind: kindUpstream, Message: fmt.Sprintf("could not connect to %s", host), Err: err}
	}
	return &Error{Kind: kindUpstream, Message: fmt.Sprintf("fetching from %s failed", host), Err: err}
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}
