package server

import (
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/annalist/annalist/web"
)

// route is one endpoint. The table below is the single list of what the
// API serves: the mux, the parameter check and the OpenAPI test read it.
type route struct {
	method string
	path   string   // OpenAPI form: "/api/events/{id}"
	params []string // query parameters accepted; any other is a 400
	write  bool     // needs the token whatever OpenReads says
	handle func(s *Server, w http.ResponseWriter, r *http.Request)
}

// filterParams select events; every event and statistics endpoint takes them.
var filterParams = []string{"actor", "dyad", "code", "root", "quad", "from", "to", "country", "bbox", "q"}

func withFilters(extra ...string) []string {
	return append(append([]string(nil), filterParams...), extra...)
}

var routeTable = []route{
	{method: "GET", path: "/api/events", params: withFilters("cursor", "limit", "format"), handle: (*Server).listEvents},
	{method: "GET", path: "/api/events/{id}", handle: (*Server).getEvent},
	{method: "GET", path: "/api/stories", params: []string{"from", "to", "cursor", "limit"}, handle: (*Server).stories},
	{method: "GET", path: "/api/stories/{id}", params: []string{"from", "to"}, handle: (*Server).stories},
	{method: "GET", path: "/api/stats/timeline", params: withFilters("interval"), handle: (*Server).timeline},
	{method: "GET", path: "/api/stats/dyads", params: withFilters("limit"), handle: (*Server).dyads},
	{method: "GET", path: "/api/stats/places", params: withFilters("limit"), handle: (*Server).places},
	{method: "POST", path: "/api/articles", write: true, handle: (*Server).postArticles},
	{method: "GET", path: "/api/stream", handle: (*Server).stream},
	{method: "GET", path: "/api/openapi.json", handle: (*Server).openAPI},
	{method: "GET", path: "/healthz", handle: (*Server).healthz},
	{method: "GET", path: "/metrics", handle: (*Server).serveMetrics},
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range routeTable {
		mux.Handle(rt.method+" "+rt.path, s.wrap(rt))
	}
	ui := web.Handler()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		// Outside /api/ and the operational endpoints, a read is the
		// browser UI: the dashboard at / and its built files.
		if !strings.HasPrefix(r.URL.Path, "/api/") && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
			ui.ServeHTTP(w, r)
			return
		}
		if methods := methodsOf(r.URL.Path); methods != "" {
			s.metrics.request("unknown", http.StatusMethodNotAllowed)
			w.Header().Set("Allow", methods)
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s not allowed on %s (allowed: %s)", r.Method, r.URL.Path, methods))
			return
		}
		s.metrics.request("unknown", http.StatusNotFound)
		writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint: %s %s (see /api/openapi.json)", r.Method, r.URL.Path))
	})
	return mux
}

// wrap adds what every endpoint shares: metrics, a recovered panic as a
// 500, the token check and the refusal of unknown query parameters.
func (s *Server) wrap(rt route) http.Handler {
	allowed := map[string]bool{}
	for _, p := range rt.params {
		allowed[p] = true
	}
	name := rt.method + " " + rt.path
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		start := time.Now()
		defer func() {
			if p := recover(); p != nil {
				s.cfg.Log.Printf("%s: internal error: %v", name, p)
				if !sw.wrote {
					writeError(sw, http.StatusInternalServerError, "internal error")
				}
			}
			s.metrics.request(name, sw.status)
			s.metrics.observeRequest(time.Since(start))
		}()
		if status, msg := s.authorize(r, rt.write); status != 0 {
			if status == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", `Bearer realm="annalist"`)
			}
			writeError(sw, status, msg)
			return
		}
		for k, vs := range r.URL.Query() {
			if !allowed[k] {
				writeError(sw, http.StatusBadRequest, fmt.Sprintf("unknown parameter %q for %s (accepted: %s)", k, name, listOrNone(rt.params)))
				return
			}
			if len(vs) > 1 {
				writeError(sw, http.StatusBadRequest, fmt.Sprintf("parameter %q given %d times; give it once", k, len(vs)))
				return
			}
		}
		rt.handle(s, sw, r)
	})
}

// methodsOf lists the methods served on path ("" if none), for a 405.
func methodsOf(path string) string {
	var ms []string
	for _, rt := range routeTable {
		if pathMatches(rt.path, path) {
			ms = append(ms, rt.method)
		}
	}
	return strings.Join(ms, ", ")
}

// pathMatches matches a route path, where {name} stands for one segment.
func pathMatches(pattern, path string) bool {
	ps, qs := strings.Split(pattern, "/"), strings.Split(path, "/")
	if len(ps) != len(qs) {
		return false
	}
	for i := range ps {
		if ps[i] != qs[i] && !(strings.HasPrefix(ps[i], "{") && qs[i] != "") {
			return false
		}
	}
	return true
}

func listOrNone(ps []string) string {
	if len(ps) == 0 {
		return "none"
	}
	return strings.Join(ps, ", ")
}

// authorize returns 0 when the request may go on, else the status and
// message to refuse it with.
func (s *Server) authorize(r *http.Request, write bool) (int, string) {
	if !write && s.cfg.OpenReads {
		return 0, ""
	}
	if s.cfg.Token == "" {
		if write {
			return http.StatusForbidden, "writes are disabled: no token is configured (start the server with --token or ANNALIST_TOKEN)"
		}
		return http.StatusForbidden, "reads need a token on this address, and none is configured"
	}
	h := r.Header.Get("Authorization")
	if h == "" {
		return http.StatusUnauthorized, "missing token: send Authorization: Bearer TOKEN"
	}
	tok, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.cfg.Token)) != 1 {
		return http.StatusUnauthorized, "wrong token"
	}
	return 0, ""
}

// statusWriter remembers the status written, for metrics. It passes
// Flush through (the stream needs it) via Unwrap.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// writeJSON writes v as the response with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// apiError is the body of every error response.
type apiError struct {
	Error string      `json:"error"`
	Items []itemError `json:"items,omitempty"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, apiError{Error: msg})
}
