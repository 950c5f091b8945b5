package server

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/pipeline"
)

func TestStreamSendsStoredEvents(t *testing.T) {
	ts := newTestServer(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", ts.http.URL+"/api/stream", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	br := bufio.NewReader(resp.Body)
	if line, _ := br.ReadString('\n'); !strings.HasPrefix(line, ": annalist") {
		t.Fatalf("first line %q", line)
	}
	postCorpus(t, ts)
	var ids []string
	for len(ids) < 6 {
		line, err := br.ReadString('\n')
		if err != nil {
			t.Fatalf("after %v: %v", ids, err)
		}
		if id, ok := strings.CutPrefix(line, "id: "); ok {
			ids = append(ids, strings.TrimSpace(id))
			ev, _ := br.ReadString('\n')
			data, _ := br.ReadString('\n')
			if ev != "event: event\n" || !strings.HasPrefix(data, `data: {"id":"`+ids[len(ids)-1]+`"`) {
				t.Errorf("message %s: %q %q", ids[len(ids)-1], ev, data)
			}
		}
	}
	if got := strings.Join(ids, " "); got != "a1-0 a1-1 a2-0 a2-1 a2-2 a3-0" {
		t.Errorf("streamed %s", got)
	}
	// Closing the server ends the stream (so shutdown does not hang on it).
	ts.CloseStreams()
	done := make(chan error, 1)
	go func() {
		_, err := br.ReadString('\n')
		for err == nil {
			_, err = br.ReadString('\n')
		}
		done <- err
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Error("stream still open after CloseStreams")
	}
}

func TestMetrics(t *testing.T) {
	ts := newTestServer(t, nil)
	postCorpus(t, ts)
	postCorpus(t, ts)
	ts.get(t, "/api/events?bogus=1")
	ts.FeedReport("https://example.org/rss", 2, nil)
	ts.FeedReport("https://example.org/rss", 0, fmt.Errorf("feed https://example.org/rss: HTTP 500"))
	code, body := ts.get(t, "/metrics")
	if code != 200 {
		t.Fatalf("metrics: %d", code)
	}
	for _, want := range []string{
		"annalist_store_articles 3\n",
		"annalist_store_events 6\n",
		"annalist_articles_stored_total 3\n",
		"annalist_articles_duplicate_total 3\n",
		"annalist_events_stored_total 6\n",
		"annalist_coding_seconds_count 6\n",
		`annalist_coding_seconds_bucket{le="+Inf"} 6` + "\n",
		"annalist_feed_fetches_total 2\n",
		"annalist_feed_errors_total 1\n",
		"annalist_feed_items_total 2\n",
		`annalist_http_requests_total{route="POST /api/articles",code="200"} 2` + "\n",
		`annalist_http_requests_total{route="GET /api/events",code="400"} 1` + "\n",
		"# TYPE annalist_coding_seconds histogram\n",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
		if !strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "annalist_") {
			t.Errorf("metric line without the annalist_ prefix: %q", line)
		}
	}
}

// TestCloseDrainsQueue: articles accepted before Close are all stored,
// even while coding is slow, and later ones are refused.
func TestCloseDrainsQueue(t *testing.T) {
	ts := newTestServer(t, func(c *Config) {
		c.Pipeline = pipeline.Config{Analyze: analyze, Coder: lineCoder{delay: 20 * time.Millisecond}, Workers: 2}
	})
	const n = 30
	for i := range n {
		a := &article.Article{ID: fmt.Sprintf("q%d", i), Published: time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC),
			Text: fmt.Sprintf("FRAGOV 042 DEUGOV 2024-02-01\nnumber %d", i)}
		if err := ts.Submit(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	if err := ts.Close(); err != nil {
		t.Fatal(err)
	}
	if a, e := ts.counts(t); a != n || e != n {
		t.Errorf("after Close: %d articles, %d events stored; want %d", a, e, n)
	}
	err := ts.Submit(context.Background(), &article.Article{ID: "late", Text: "x"})
	if err != ErrShuttingDown {
		t.Errorf("Submit after Close: %v", err)
	}
}
