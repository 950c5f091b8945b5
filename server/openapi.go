package server

import (
	_ "embed"
	"net/http"
)

// openAPISpec describes the API; a test keeps it and routeTable in step.
//
//go:embed openapi.json
var openAPISpec []byte

// OpenAPI returns the API's OpenAPI 3 description (JSON).
func OpenAPI() []byte { return append([]byte(nil), openAPISpec...) }

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(openAPISpec)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if err := s.ro.PingContext(r.Context()); err != nil {
		s.cfg.Log.Printf("healthz: %v", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": "database not reachable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "queued": s.ingest.queued()})
}
