package server

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// metrics are the server's counters, written in the Prometheus text
// exposition format by hand (a handful of series does not need a
// client library).
type metrics struct {
	articlesStored, articlesDuplicate, articlesFailed atomic.Int64
	eventsStored                                      atomic.Int64
	feedFetches, feedErrors, feedItems                atomic.Int64
	streamDropped                                     atomic.Int64

	coding   *histogram // seconds to analyse and code one article
	requests *histogram // seconds to answer one HTTP request

	mu      sync.Mutex
	byRoute map[routeStatus]int64
	started time.Time
}

type routeStatus struct {
	route  string
	status int
}

func newMetrics() *metrics {
	return &metrics{
		coding:   newHistogram(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
		requests: newHistogram(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5),
		byRoute:  map[routeStatus]int64{},
		started:  time.Now(),
	}
}

func (m *metrics) request(route string, status int) {
	m.mu.Lock()
	m.byRoute[routeStatus{route, status}]++
	m.mu.Unlock()
}

func (m *metrics) observeRequest(d time.Duration) { m.requests.observe(d.Seconds()) }

// histogram is a Prometheus histogram with fixed upper bounds.
type histogram struct {
	mu     sync.Mutex
	bounds []float64
	counts []int64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      int64
}

func newHistogram(bounds ...float64) *histogram {
	return &histogram{bounds: bounds, counts: make([]int64, len(bounds)+1)}
}

func (h *histogram) observe(v float64) {
	i := sort.SearchFloat64s(h.bounds, v) // first bound >= v: buckets are le
	h.mu.Lock()
	h.counts[i]++
	h.sum += v
	h.n++
	h.mu.Unlock()
}

func (h *histogram) write(w io.Writer, name, help string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s histogram\n", name, help, name)
	var cum int64
	for i, b := range h.bounds {
		cum += h.counts[i]
		fmt.Fprintf(w, "%s_bucket{le=\"%s\"} %d\n", name, strconv.FormatFloat(b, 'g', -1, 64), cum)
	}
	fmt.Fprintf(w, "%s_bucket{le=\"+Inf\"} %d\n%s_sum %s\n%s_count %d\n", name, h.n, name, strconv.FormatFloat(h.sum, 'g', -1, 64), name, h.n)
}

func writeCounter(w io.Writer, name, help string, v int64) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
}

func writeGauge(w io.Writer, name, help string, v int64) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", name, help, name, name, v)
}

// labelValue escapes a label value as the exposition format wants.
func labelValue(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	m := s.metrics
	var b strings.Builder
	arts, evs, err := s.st.Counts(r.Context())
	if err == nil {
		writeGauge(&b, "annalist_store_articles", "Articles in the store.", int64(arts))
		writeGauge(&b, "annalist_store_events", "Events in the store.", int64(evs))
	} else {
		s.cfg.Log.Printf("metrics: %v", err)
	}
	writeCounter(&b, "annalist_articles_stored_total", "Articles coded and stored since start.", m.articlesStored.Load())
	writeCounter(&b, "annalist_articles_duplicate_total", "Articles not stored because the store already held them.", m.articlesDuplicate.Load())
	writeCounter(&b, "annalist_articles_failed_total", "Articles that could not be coded or stored.", m.articlesFailed.Load())
	writeCounter(&b, "annalist_events_stored_total", "Events stored since start (before merging with stored events).", m.eventsStored.Load())
	writeGauge(&b, "annalist_ingest_queue_length", "Articles accepted and waiting to be coded.", int64(s.ingest.queued()))
	m.coding.write(&b, "annalist_coding_seconds", "Time to analyse and code one article.")
	writeCounter(&b, "annalist_feed_fetches_total", "Feed polls.", m.feedFetches.Load())
	writeCounter(&b, "annalist_feed_errors_total", "Feed polls that failed or had failing items.", m.feedErrors.Load())
	writeCounter(&b, "annalist_feed_items_total", "Feed items submitted for coding.", m.feedItems.Load())
	writeGauge(&b, "annalist_stream_subscribers", "Open event streams.", int64(s.subscribers()))
	writeCounter(&b, "annalist_stream_dropped_total", "Events not sent to a stream that did not keep up.", m.streamDropped.Load())
	m.requests.write(&b, "annalist_http_request_seconds", "Time to answer an HTTP request.")

	m.mu.Lock()
	keys := make([]routeStatus, 0, len(m.byRoute))
	for k := range m.byRoute {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].route != keys[j].route {
			return keys[i].route < keys[j].route
		}
		return keys[i].status < keys[j].status
	})
	fmt.Fprintf(&b, "# HELP annalist_http_requests_total HTTP requests by route and status.\n# TYPE annalist_http_requests_total counter\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "annalist_http_requests_total{route=\"%s\",code=\"%d\"} %d\n", labelValue(k.route), k.status, m.byRoute[k])
	}
	m.mu.Unlock()
	writeGauge(&b, "annalist_uptime_seconds", "Seconds since the server started.", int64(time.Since(m.started).Seconds()))

	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	io.WriteString(w, b.String())
}
