package server

import (
	"context"
	"errors"
	"fmt"

	"github.com/newsgraph/newsgraph/fetch"
)

// fetch gets a URL with package fetch (polite: a User-Agent, a time and
// size limit, at most five redirects, HTML and plain text only) over the
// server's transport, which connects only to public addresses and checks
// each connection, redirects included (package netguard). Its errors are
// explained for the user.
func (s *Server) fetch(ctx context.Context, raw string) (*fetch.Page, error) {
	u, err := parseURL(raw)
	if err != nil {
		return nil, err
	}
	c := fetch.New(fetch.Options{Timeout: s.opts.AnalyzeTimeout, MaxBytes: s.opts.MaxBody, Transport: s.opts.Client.Transport})
	page, err := c.Get(ctx, u.String())
	if err != nil {
		return nil, fetchError(u.Host, err)
	}
	return page, nil
}

// fetchError explains a failed fetch, keeping the cause for errors.Is.
func fetchError(host string, err error) error {
	if e := classify(err); e.Kind == kindForbiddenURL {
		return e
	}
	var fe *fetch.Error
	if !errors.As(err, &fe) {
		return classify(err)
	}
	e := &Error{Kind: kindUpstream, Err: err}
	switch fe.Kind {
	case fetch.ErrScheme:
		e.Kind, e.Message = kindInvalid, "only http and https URLs can be fetched"
	case fetch.ErrPrivate:
		e.Kind, e.Message = kindForbiddenURL, fmt.Sprintf("%s is a private address, which this server does not fetch (start it with --allow-private to allow)", host)
	case fetch.ErrDNS:
		e.Message = fmt.Sprintf("the host %s could not be found", host)
	case fetch.ErrRefused:
		e.Message = fmt.Sprintf("could not connect to %s: the connection was refused", host)
	case fetch.ErrTLS:
		e.Message = fmt.Sprintf("the secure connection to %s failed (TLS)", host)
	case fetch.ErrTimeout:
		e.Kind, e.Message = kindTimeout, fmt.Sprintf("%s did not answer in time", host)
	case fetch.ErrRedirects:
		e.Message = fmt.Sprintf("%s redirects too many times", host)
	case fetch.ErrStatus:
		e.Message = fmt.Sprintf("%s answered %d %s", host, fe.Status, statusText(fe.Status))
	case fetch.ErrTooLarge:
		e.Kind, e.Message = kindTooLarge, fmt.Sprintf("the page at %s is larger than this server accepts", host)
	case fetch.ErrNotHTML:
		e.Kind, e.Message = kindUnsupported, fmt.Sprintf("%s did not send an article (newsgraph reads HTML pages and plain text): %v", host, fe.Err)
	default:
		e.Message = fmt.Sprintf("fetching from %s failed", host)
	}
	return e
}
