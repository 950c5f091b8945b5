package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/feed"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/server"
	"github.com/annalist/annalist/store"
)

func init() {
	register("serve", "serve the HTTP API: events, statistics, article ingest, feeds", runServe)
}

// servePipeline builds the coding pipeline the server uses; the same
// stages as ingest. Tests replace it to run without the model.
var servePipeline = func(workers int) (pipeline.Config, error) {
	return pipelineConfig(workers, coder.Default(), nil)
}

// shutdownGrace bounds how long in-flight requests may take to finish.
const shutdownGrace = 30 * time.Second

func runServe(e *env) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	db := fs.String("db", defaultDB, "database `PATH` (SQLite)")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `ADDRESS` (host:port)")
	token := fs.String("token", "", "bearer `TOKEN` that writes require (default $ANNALIST_TOKEN; none: writes refused)")
	feeds := fs.String("feeds", "", "`FILE` listing RSS, Atom or JSON Feed URLs to poll, one per line")
	allowPrivate := fs.Bool("allow-private", false, "let feeds and their links reach private, loopback and link-local addresses")
	poll := fs.Duration("poll", feed.DefaultInterval, "time between two polls of a feed")
	workers := fs.Int("workers", 0, "coding goroutines (0 = one per core)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: annalist serve [flags]\n\nServes the JSON API (see /api/openapi.json) on the store that ingest writes.\nReads are open on a loopback address; elsewhere they need the token too.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.Stderr, "annalist serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *token == "" {
		*token = os.Getenv("ANNALIST_TOKEN")
	}
	loopback, err := isLoopback(*addr)
	if err != nil {
		fmt.Fprintf(e.Stderr, "annalist serve: --addr %q: %v\n", *addr, err)
		return 2
	}
	if !loopback && *token == "" {
		fmt.Fprintf(e.Stderr, "annalist serve: --addr %s is not a loopback address: give --token (or ANNALIST_TOKEN), which reads need there too\n", *addr)
		return 2
	}
	var feedURLs []string
	if *feeds != "" {
		if feedURLs, err = readFeedList(*feeds); err != nil {
			fmt.Fprintln(e.Stderr, "annalist serve:", err)
			return 2
		}
	}
	if err := serve(e, serveOptions{*db, *addr, *token, loopback, feedURLs, *allowPrivate, *poll, *workers}); err != nil {
		fmt.Fprintln(e.Stderr, "annalist serve:", err)
		return 1
	}
	return 0
}

type serveOptions struct {
	db, addr, token string
	loopback        bool
	feeds           []string
	allowPrivate    bool
	poll            time.Duration
	workers         int
}

func serve(e *env, o serveOptions) error {
	cfg, err := servePipeline(o.workers)
	if err != nil {
		return err
	}
	st, err := store.Open(o.db)
	if err != nil {
		return err
	}
	defer st.Close()
	logger := log.New(e.Stderr, "annalist: ", log.LstdFlags)
	srv, err := server.New(server.Config{Store: st, Pipeline: cfg, Token: o.token, OpenReads: o.loopback, Log: logger})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		srv.Close()
		return err
	}
	hs := srv.HTTPServer(o.addr)
	ctx, stop := signalContext()
	defer stop()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	logger.Printf("serving %s on http://%s (writes %s)", o.db, ln.Addr(), map[bool]string{true: "need the token", false: "refused: no token"}[o.token != ""])

	var polling sync.WaitGroup
	if len(o.feeds) > 0 {
		p := &feed.Poller{
			Fetcher:  feed.NewFetcher(feed.FetchOptions{AllowPrivate: o.allowPrivate}),
			Interval: o.poll,
			Seen:     srv.Seen,
			Submit:   srv.Submit,
			Report:   srv.FeedReport,
		}
		polling.Go(func() { p.Run(ctx, o.feeds) })
		logger.Printf("polling %d feeds every %v", len(o.feeds), o.poll)
	}

	select {
	case <-ctx.Done():
		logger.Printf("shutting down: finishing requests and coding the accepted articles")
	case err = <-served:
		stop()
	}
	// Order matters: stop feeding the queue and end the streams, let
	// in-flight requests finish, then drain the queue, then close the store.
	polling.Wait()
	srv.CloseStreams()
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	shutErr := hs.Shutdown(sctx)
	closeErr := srv.Close()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return errors.Join(err, shutErr, closeErr)
}

func readFeedList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--feeds: %w", err)
	}
	defer f.Close()
	urls, err := feed.ReadList(f, path)
	if err == nil && len(urls) == 0 {
		err = fmt.Errorf("--feeds %s: no feed URLs in the file", path)
	}
	return urls, err
}

// isLoopback reports whether a listen address is on loopback only.
func isLoopback(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, err
	}
	if host == "localhost" {
		return true, nil
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback(), nil
}
