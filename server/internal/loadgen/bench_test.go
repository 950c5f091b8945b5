//go:build eval

package main

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/annalist/annalist/internal/cputime"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/server"
)

// BenchmarkFilteredEvents serves, from one client, the filtered pages the
// load test asks for: one sub-benchmark per filter, each request starting
// at the first day of the next of the load test's years in turn, through
// the server's handler (no network). It reports the process's CPU time
// per request beside the time.
//
// The store is the load test's own, built by its builder: the one at
// $ANNALIST_LOAD_DB if set (filled up to $ANNALIST_LOAD_EVENTS events,
// default 100,000), else a temporary one of that size. With 1,000,000
// events (go run ./server/internal/loadgen -measure=false) it is the load
// test's store; a smaller one is quicker to build and has the same plans
// for most filters, not all (the plans depend on the number of matches).
func BenchmarkFilteredEvents(b *testing.B) {
	want := 100_000
	if v := os.Getenv("ANNALIST_LOAD_EVENTS"); v != "" {
		var err error
		if want, err = strconv.Atoi(v); err != nil || want < 1000 {
			b.Fatalf("ANNALIST_LOAD_EVENTS=%q: want a number ≥ 1000", v)
		}
	}
	db := os.Getenv("ANNALIST_LOAD_DB")
	if db == "" {
		db = filepath.Join(b.TempDir(), "load.db")
	}
	corpus := shared.MustPath(b, "news/wikinews/wikinews_2019.csv")
	log.SetOutput(io.Discard)
	st, cfg, _, err := build(db, want, corpus)
	log.SetOutput(os.Stderr)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	srv, err := server.New(server.Config{Store: st, Pipeline: cfg, OpenReads: true, Log: log.New(io.Discard, "", 0)})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	h := srv.Handler()
	for _, f := range filters {
		b.Run(f, func(b *testing.B) {
			i := 0
			cpu0 := cputime.Used()
			for b.Loop() {
				u := filteredPage(f, years[i%len(years)])
				i++
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, u, nil))
				if w.Code != http.StatusOK {
					b.Fatalf("%s: status %d: %s", u, w.Code, w.Body)
				}
			}
			// CPU time, which other jobs on the machine disturb less than
			// the time per request.
			b.ReportMetric(float64(cputime.Used()-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}
