// Package server is annalist's HTTP API: filtered and paginated events
// with their evidence, exports, aggregate statistics (timeline, actor
// network, places), article ingest, a live stream of new events, health
// and Prometheus metrics. The API is described by openapi.json, served at
// /api/openapi.json.
//
// Reads go through the store's API; the statistics, which the store does
// not offer, run on a read-only connection of the server's own to the
// same SQLite file, over the aggregate tables the store keeps when the
// filters allow. Writes (POST /api/articles, and feed items handed to
// Submit) go through one ingest queue that codes articles on all cores and
// stores them in order, in batches of those waiting; Close drains it.
package server

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/store"
)

// Defaults for Config.
const (
	// DefaultMaxBody bounds a request body (POST /api/articles): 16 MiB,
	// twice the largest article the readers accept.
	DefaultMaxBody = 16 << 20
	// MaxArticlesPerRequest bounds the articles of one POST.
	MaxArticlesPerRequest = 1000
	// DefaultQueue is the number of articles that may wait to be coded.
	DefaultQueue = 256
)

// Config is what a Server needs. Store, Pipeline.Analyze and
// Pipeline.Coder are required.
type Config struct {
	Store *store.Store
	// Pipeline codes posted and polled articles, as ingest does.
	Pipeline pipeline.Config

	// Token is the bearer token that writes require. With no token, writes
	// are refused (403).
	Token string
	// OpenReads lets reads through without a token: set it when the server
	// listens on loopback only.
	OpenReads bool
	MaxBody   int64 // request body limit (default DefaultMaxBody)
	Queue     int   // ingest queue length (default DefaultQueue)
	Log       *log.Logger

	// Timeouts of HTTPServer (defaults: header 10 s, request 60 s,
	// response 120 s, idle 120 s). The header timeout is what ends a
	// slow-loris client.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
}

// Server serves the API. Create it with New, serve Handler, and Close it
// when the HTTP server has shut down.
type Server struct {
	cfg     Config
	st      *store.Store
	ro      *sql.DB // read-only, for aggregates and bounding-box queries
	ingest  *ingester
	hub     *hub
	metrics *metrics
	handler http.Handler
}

// New checks cfg, opens the read-only connection and starts the ingest
// workers.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil || cfg.Pipeline.Analyze == nil || cfg.Pipeline.Coder == nil {
		return nil, errors.New("server: Store, Pipeline.Analyze and Pipeline.Coder are required")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Queue <= 0 {
		cfg.Queue = DefaultQueue
	}
	if cfg.Log == nil {
		cfg.Log = log.New(log.Writer(), "annalist: ", log.LstdFlags)
	}
	ro, err := openReadOnly(cfg.Store.Path())
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, st: cfg.Store, ro: ro, hub: newHub(), metrics: newMetrics()}
	s.hub.dropped = func() { s.metrics.streamDropped.Add(1) }
	s.ingest = newIngester(s, cfg.Queue, cfg.Pipeline)
	s.handler = s.routes()
	return s, nil
}

// openReadOnly opens the store's file for queries only. WAL mode (set by
// the store) lets it read while the store writes.
func openReadOnly(path string) (*sql.DB, error) {
	// As the store's readers: a memory map and a larger page cache keep
	// the indexes that statistics walk out of read calls.
	db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)&_pragma=query_only(1)&_pragma=mmap_size(4294967296)&_pragma=cache_size(-32000)")
	if err != nil {
		return nil, fmt.Errorf("server: opening %s read-only: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("server: opening %s read-only: %w", path, err)
	}
	return db, nil
}

// HTTPServer returns an http.Server for the API on addr, with the
// configured timeouts: no client can hold a connection by sending its
// request slowly.
func (s *Server) HTTPServer(addr string) *http.Server {
	or := func(d, def time.Duration) time.Duration {
		if d > 0 {
			return d
		}
		return def
	}
	return &http.Server{
		Addr:              addr,
		Handler:           s.handler,
		ReadHeaderTimeout: or(s.cfg.ReadHeaderTimeout, 10*time.Second),
		ReadTimeout:       or(s.cfg.ReadTimeout, 60*time.Second),
		WriteTimeout:      or(s.cfg.WriteTimeout, 120*time.Second),
		IdleTimeout:       or(s.cfg.IdleTimeout, 120*time.Second),
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          s.cfg.Log,
	}
}

// Handler returns the HTTP handler of the API.
func (s *Server) Handler() http.Handler { return s.handler }

// Close ends live streams, drains the ingest queue (every accepted
// article is coded and stored) and closes the read-only connection. Call
// it after the HTTP server has stopped accepting requests, and close the
// store after it.
func (s *Server) Close() error {
	s.hub.close()
	s.ingest.close()
	return s.ro.Close()
}

// CloseStreams ends the live event streams, so that an HTTP server's
// Shutdown does not wait for them. Close does it too.
func (s *Server) CloseStreams() { s.hub.close() }

// Seen reports whether an article with this ID is stored: for the feed
// poller, so that a restart does not fetch old items again.
func (s *Server) Seen(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.ro.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("server: looking up article %q: %w", id, err)
	}
	return true, nil
}

// FeedReport records the outcome of a feed poll in the metrics and the log.
func (s *Server) FeedReport(feedURL string, submitted int, err error) {
	s.metrics.feedFetches.Add(1)
	s.metrics.feedItems.Add(int64(submitted))
	if err != nil {
		s.metrics.feedErrors.Add(1)
		s.cfg.Log.Printf("%v", err)
	}
}
