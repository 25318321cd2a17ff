package server

import (
	"crypto/subtle"
	"fmt"
	"math"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// contentSecurityPolicy allows scripts, styles, images and fetches from the
// server itself and nothing else: no inline script or style, no plugin, no
// framing, no form posting elsewhere, and DOM sinks that take strings
// (innerHTML) disabled through Trusted Types.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; " +
	"require-trusted-types-for 'script'; trusted-types 'none'"

// secure sets the security headers of every response.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
		next.ServeHTTP(w, r)
	})
}

// tokenCookie is the cookie that carries the token for browsers.
const tokenCookie = "newsgraph_token"

// withToken lets a browser present the token once in the URL (?token=…): it
// is moved into an HTTP-only, same-site cookie and the URL is cleaned.
func (s *Server) withToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.opts.Token == "" || r.Method != http.MethodGet || !r.URL.Query().Has("token") {
			next.ServeHTTP(w, r)
			return
		}
		if !s.validToken(r.URL.Query().Get("token")) {
			s.writeHTMLError(w, r, errorf(kindUnauthorized, "the token in the link is not this server's token"))
			return
		}
		http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: s.opts.Token, Path: "/",
			HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil, MaxAge: 30 * 24 * 3600})
		q := r.URL.Query()
		q.Del("token")
		u := *r.URL
		u.RawQuery = q.Encode()
		http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
	})
}

func (s *Server) validToken(t string) bool {
	return s.opts.Token != "" && subtle.ConstantTimeCompare([]byte(t), []byte(s.opts.Token)) == 1
}

// authorized reports whether a write request carries the token, when one
// is required.
func (s *Server) authorized(r *http.Request) bool {
	if s.opts.Token == "" {
		return true
	}
	if auth, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && s.validToken(strings.TrimSpace(auth)) {
		return true
	}
	if c, err := r.Cookie(tokenCookie); err == nil && s.validToken(c.Value) {
		return true
	}
	return false
}

// guardWrite wraps a handler that writes (runs an analysis): it requires
// the token when one is set, applies the client's rate limit and bounds the
// request body. fail writes the error in the handler's format (JSON or
// HTML).
func (s *Server) guardWrite(fail func(http.ResponseWriter, *http.Request, error), next http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.authorized(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
			fail(w, r, errorf(kindUnauthorized, "this server needs its token to analyse: send \"Authorization: Bearer TOKEN\", or open the link with ?token= that the server printed at start"))
			return
		}
		if ok, wait := s.limiter.allow(clientAddr(r)); !ok {
			secs := int(math.Ceil(wait.Seconds()))
			w.Header().Set("Retry-After", fmt.Sprint(secs))
			unit := "seconds"
			if secs == 1 {
				unit = "second"
			}
			fail(w, r, errorf(kindRateLimited, "too many analyses from your address; try again in %d %s", secs, unit))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
		next(w, r)
	})
}

// clientAddr returns the client's IP address. Forwarding headers are not
// trusted: behind a proxy every client shares the proxy's limit.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// limiter is a token bucket per client address.
type limiter struct {
	mu      sync.Mutex
	perMin  int
	clients map[string]*client
}

type client struct {
	lim  *rate.Limiter
	seen time.Time
}

func newLimiter(perMinute int) *limiter {
	return &limiter{perMin: perMinute, clients: map[string]*client{}}
}

// allow reports whether addr may make a request now, and if not, how long
// it should wait.
func (l *limiter) allow(addr string) (bool, time.Duration) {
	if l.perMin < 0 {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now()
	c := l.clients[addr]
	if c == nil {
		if len(l.clients) >= 10000 {
			l.sweep(now)
		}
		c = &client{lim: rate.NewLimiter(rate.Limit(float64(l.perMin)/60), max(1, l.perMin/5))}
		l.clients[addr] = c
	}
	c.seen = now
	res := c.lim.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

// sweep forgets clients not seen for ten minutes (their buckets are full
// again by then).
func (l *limiter) sweep(now time.Time) {
	for k, c := range l.clients {
		if now.Sub(c.seen) > 10*time.Minute {
			delete(l.clients, k)
		}
	}
}

// statusWriter records the status a handler writes, for the access log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logged logs one line per request and turns a panic into a 500.
func (s *Server) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v)
				if sw.status == 0 {
					s.writeJSONError(sw, r, fmt.Errorf("panic: %v", v))
				}
			}
			s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "ms", float64(time.Since(start).Microseconds())/1000)
		}()
		next.ServeHTTP(sw, r)
	})
}
