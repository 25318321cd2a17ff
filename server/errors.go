package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/netguard"
)

// A kind classifies an error for clients; it is the "code" of a JSON error.
type kind string

// The error kinds. statusOf maps each to its HTTP status.
const (
	kindInvalid      kind = "invalid_request"
	kindUnauthorized kind = "unauthorized"
	kindForbidden    kind = "forbidden"
	kindForbiddenURL kind = "forbidden_address"
	kindNotFound     kind = "not_found"
	kindMethod       kind = "method_not_allowed"
	kindTooLarge     kind = "too_large"
	kindUnsupported  kind = "unsupported_media_type"
	kindUnanalysable kind = "unprocessable"
	kindRateLimited  kind = "rate_limited"
	kindUpstream     kind = "upstream_error"
	kindBusy         kind = "busy"
	kindTimeout      kind = "timeout"
	kindInternal     kind = "internal"
)

// statusOf is the one table from error kinds to HTTP statuses.
var statusOf = map[kind]int{
	kindInvalid:      http.StatusBadRequest,
	kindUnauthorized: http.StatusUnauthorized,
	kindForbidden:    http.StatusForbidden,
	kindForbiddenURL: http.StatusForbidden,
	kindNotFound:     http.StatusNotFound,
	kindMethod:       http.StatusMethodNotAllowed,
	kindTooLarge:     http.StatusRequestEntityTooLarge,
	kindUnsupported:  http.StatusUnsupportedMediaType,
	kindUnanalysable: http.StatusUnprocessableEntity,
	kindRateLimited:  http.StatusTooManyRequests,
	kindUpstream:     http.StatusBadGateway,
	kindBusy:         http.StatusServiceUnavailable,
	kindTimeout:      http.StatusGatewayTimeout,
	kindInternal:     http.StatusInternalServerError,
}

// An Error is an error with a kind and a message fit for the user. The
// message of an internal error is generic; the cause is logged.
type Error struct {
	Kind    kind
	Message string
	Err     error // the cause, if any
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Status returns the HTTP status for the error.
func (e *Error) Status() int {
	if s, ok := statusOf[e.Kind]; ok {
		return s
	}
	return http.StatusInternalServerError
}

func errorf(k kind, format string, args ...any) *Error {
	return &Error{Kind: k, Message: fmt.Sprintf(format, args...)}
}

// classify turns any error into an *Error: the errors of analysis, fetching
// and request reading get their kinds and readable messages; anything else
// is internal.
func classify(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	var mbe *http.MaxBytesError
	var ae *netguard.AddressError
	switch {
	case errors.As(err, &mbe):
		return &Error{Kind: kindTooLarge, Message: fmt.Sprintf("the request is larger than the limit of %d bytes", mbe.Limit), Err: err}
	case errors.Is(err, analyze.ErrTooLarge):
		return &Error{Kind: kindTooLarge, Message: "the input is larger than this server accepts", Err: err}
	case errors.Is(err, analyze.ErrEmpty):
		return &Error{Kind: kindUnanalysable, Message: "there is no text to analyse", Err: err}
	case errors.Is(err, extract.ErrNoArticle):
		return &Error{Kind: kindUnanalysable, Message: "no article was found in the page (a front page, an index or an empty page?)", Err: err}
	case errors.Is(err, extract.ErrNotHTML):
		return &Error{Kind: kindUnsupported, Message: "the input is not an HTML page", Err: err}
	case errors.Is(err, analyze.ErrBinary):
		return &Error{Kind: kindUnsupported, Message: "the input is binary data, not text", Err: err}
	case errors.As(err, &ae):
		return &Error{Kind: kindForbiddenURL, Message: fmt.Sprintf("the URL leads to a %s address (%s), which this server does not fetch (start it with --allow-private to allow)", ae.Reason, ae.Addr), Err: err}
	case errors.Is(err, netguard.ErrScheme):
		return &Error{Kind: kindInvalid, Message: "only http and https URLs can be fetched", Err: err}
	case errors.Is(err, netguard.ErrRedirects):
		return &Error{Kind: kindUpstream, Message: "the URL redirects too many times", Err: err}
	case errors.Is(err, context.DeadlineExceeded):
		return &Error{Kind: kindTimeout, Message: "the analysis took too long and was stopped", Err: err}
	case errors.Is(err, context.Canceled):
		return &Error{Kind: kindBusy, Message: "the request was cancelled", Err: err}
	}
	return &Error{Kind: kindInternal, Message: "something went wrong on the server", Err: err}
}

// errorBody is the JSON form of an error.
type errorBody struct {
	Error struct {
		Code    kind   `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeJSONError logs err (server errors only) and writes it as JSON with
// its status.
func (s *Server) writeJSONError(w http.ResponseWriter, r *http.Request, err error) {
	e := s.logError(r, err)
	var body errorBody
	body.Error.Code, body.Error.Message = e.Kind, sentence(e.Message)
	writeJSON(w, e.Status(), body)
}

// statusText returns the reason phrase of an HTTP status, or "".
func statusText(code int) string { return http.StatusText(code) }

// sentence returns msg with its first letter in upper case, as a message
// shown to a person starts.
func sentence(msg string) string {
	r, n := utf8.DecodeRuneInString(msg)
	if n == 0 || !unicode.IsLower(r) {
		return msg
	}
	return string(unicode.ToUpper(r)) + msg[n:]
}

// logError classifies err and logs it if it is the server's fault.
func (s *Server) logError(r *http.Request, err error) *Error {
	e := classify(err)
	if e.Status() >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "kind", e.Kind, "err", err)
	}
	return e
}

// writeJSON writes v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}
