// Command loadgen measures the HTTP API under load on a large store.
//
// It first builds (or reuses) a store of at least -events events: it codes
// the Wikinews 2019 articles of ../shared/data with the real pipeline and
// stores replicas of their events with shifted dates and new ids, one
// replica per transaction. Then, against an in-process server on loopback,
// it measures for -duration each:
//
//   - filtered GET /api/events (random actor, root, quad or dyad filters, a page of 100): p50, p99;
//   - GET /api/stats/timeline over one year (random year): p50, p99;
//   - POST /api/articles (Wikinews articles made unique, 10 per request): articles per second.
//
// Usage: go run ./server/internal/loadgen [-db out/load.db] [-events 1000000] [-duration 20s]
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/dateline"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/server"
	"github.com/annalist/annalist/store"
)

func main() {
	db := flag.String("db", "out/load.db", "store `PATH`; reused when it already holds enough events")
	events := flag.Int("events", 1_000_000, "events the store must hold")
	duration := flag.Duration("duration", 20*time.Second, "length of each measurement")
	clients := flag.Int("clients", 4, "concurrent clients")
	data := flag.String("data", os.Getenv("ANNALIST_DATA"), "shared data `DIR` (default $ANNALIST_DATA, else ../shared/data)")
	flag.Parse()
	if *data == "" {
		*data = "../shared/data"
	}
	if err := run(*db, *events, *duration, *clients, filepath.Join(*data, "news/wikinews/wikinews_2019.csv")); err != nil {
		log.Fatal("loadgen: ", err)
	}
}

func run(db string, want int, d time.Duration, clients int, corpus string) error {
	arts, err := readCorpus(corpus)
	if err != nil {
		return err
	}
	p, err := nlp.LoadDefault()
	if err != nil {
		return err
	}
	cfg := pipeline.Config{
		Prepare: func(a *article.Article) { a.Source = dateline.Source(a) },
		Analyze: pipeline.Selective(p, coder.Default().MayCode), Coder: coder.Default(), Stages: []pipeline.Stage{dateline.Annotate},
	}
	if err := os.MkdirAll(filepath.Dir(db), 0o755); err != nil {
		return err
	}
	st, err := store.Open(db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := fill(st, arts, cfg, want); err != nil {
		return err
	}
	srv, err := server.New(server.Config{Store: st, Pipeline: cfg, Token: "load", OpenReads: true, Log: log.New(io.Discard, "", 0)})
	if err != nil {
		return err
	}
	hs := httptest.NewServer(srv.Handler())
	defer func() { srv.CloseStreams(); hs.Close(); srv.Close() }()

	years := []int{2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024}
	filters := []string{"actor=USA", "actor=RUS", "actor=GBR", "root=04", "root=14", "quad=4", "dyad=USA,", "country=FRA", "code=01", "actor=CHNGOV"}
	latency("GET /api/events (filtered, limit=100)", d, clients, func(r *rand.Rand) string {
		y := years[r.IntN(len(years))]
		return fmt.Sprintf("%s/api/events?%s&from=%d-01-01&limit=100", hs.URL, filters[r.IntN(len(filters))], y)
	}, 50*time.Millisecond)
	latency("GET /api/stats/timeline (one year)", d, clients, func(r *rand.Rand) string {
		y := years[r.IntN(len(years))]
		return fmt.Sprintf("%s/api/stats/timeline?from=%d-01-01&to=%d-12-31", hs.URL, y, y)
	}, 100*time.Millisecond)
	return ingestRate(hs.URL, arts, d, clients)
}

func readCorpus(path string) ([]*article.Article, error) {
	var arts []*article.Article
	for a, err := range article.Read([]string{path}, nil, article.Options{}) {
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("%s: no articles", path)
	}
	return arts, nil
}

// fill codes the corpus once and stores replicas of its events, each
// replica shifted by a whole number of weeks (so weekdays keep their
// meaning) across about ten years, until the store holds want events.
func fill(st *store.Store, arts []*article.Article, cfg pipeline.Config, want int) error {
	ctx := context.Background()
	_, have, err := st.Counts(ctx)
	if err != nil || have >= want {
		return err
	}
	start := time.Now()
	var base []event.Event
	seq := func(yield func(*article.Article, error) bool) {
		for _, a := range arts {
			if !yield(a, nil) {
				return
			}
		}
	}
	err = pipeline.Run(ctx, seq, cfg, func(r pipeline.Result) error {
		if r.Err == nil {
			base = append(base, r.Events...)
		}
		return nil
	})
	if err != nil || len(base) == 0 {
		return fmt.Errorf("coding the corpus: %d events, %v", len(base), err)
	}
	log.Printf("coded %d articles into %d events in %v", len(arts), len(base), time.Since(start).Round(time.Millisecond))
	start = time.Now()
	for r := have/len(base) + 1; have < want; r++ {
		shift := (r%520 - 260) * 7 // weeks around 2019
		evs := make([]event.Event, len(base))
		for i, e := range base {
			e.ID = fmt.Sprintf("%s-r%d", e.ID, r)
			e.Date = shiftDate(e.Date, shift)
			e.Reported = shiftDate(e.Reported, shift)
			evs[i] = e
		}
		a := &article.Article{ID: fmt.Sprintf("replica-%d", r), Source: "loadgen", Published: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, shift),
			Text: fmt.Sprintf("Replica %d of the events coded from Wikinews 2019.", r), Origin: "loadgen"}
		if _, err := st.PutArticle(ctx, a, evs); err != nil {
			return err
		}
		have += len(evs)
		if r%200 == 0 {
			log.Printf("%d events stored (%v)", have, time.Since(start).Round(time.Second))
		}
	}
	log.Printf("generated the store: %d events in %v", have, time.Since(start).Round(time.Second))
	return nil
}

func shiftDate(d string, days int) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 0, days).Format(time.DateOnly)
}

// latency sends GETs from clients goroutines for d and prints percentiles.
func latency(name string, d time.Duration, clients int, url func(*rand.Rand) string, bar time.Duration) {
	var mu sync.Mutex
	var all []time.Duration
	var failed atomic.Int64
	end := time.Now().Add(d)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(c), 1))
			var mine []time.Duration
			for time.Now().Before(end) {
				t := time.Now()
				resp, err := http.Get(url(r))
				if err != nil {
					failed.Add(1)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					failed.Add(1)
				}
				mine = append(mine, time.Since(t))
			}
			mu.Lock()
			all = append(all, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	if len(all) == 0 {
		fmt.Printf("%s: no requests completed\n", name)
		return
	}
	p := func(q float64) time.Duration {
		return all[min(len(all)-1, int(q*float64(len(all))))].Round(10 * time.Microsecond)
	}
	verdict := "meets"
	if p(0.99) > bar {
		verdict = "MISSES"
	}
	fmt.Printf("%s: %d requests, %d failed, p50 %v, p99 %v, max %v (%s the p99 bar of %v)\n",
		name, len(all), failed.Load(), p(0.5), p(0.99), all[len(all)-1].Round(time.Millisecond), verdict, bar)
}

// ingestRate posts the corpus, made unique per pass, 10 articles per
// request, for d, and prints articles per second.
func ingestRate(base string, arts []*article.Article, d time.Duration, clients int) error {
	var posted, failed atomic.Int64
	var pass atomic.Int64
	run := time.Now().UnixNano()
	end := time.Now().Add(d)
	start := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for time.Now().Before(end) {
				n := pass.Add(1)
				var body bytes.Buffer
				enc := json.NewEncoder(&body)
				for i := range 10 {
					a := arts[(int(n)*10+i)%len(arts)]
					enc.Encode(map[string]string{
						"id": fmt.Sprintf("load-%d-%d-%d", run, n, i), "url": a.URL, "title": a.Title,
						"published": a.Published.Format(time.DateOnly),
						"text":      a.Text + fmt.Sprintf("\n\n(Load test copy %d-%d-%d.)", run, n, i),
					})
				}
				req, _ := http.NewRequest("POST", base+"/api/articles", &body)
				req.Header.Set("Content-Type", "application/x-ndjson")
				req.Header.Set("Authorization", "Bearer load")
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					failed.Add(10)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					failed.Add(10)
					continue
				}
				posted.Add(10)
			}
		})
	}
	wg.Wait()
	el := time.Since(start)
	rate := float64(posted.Load()) / el.Seconds()
	verdict := "meets"
	if rate < 300 {
		verdict = "MISSES"
	}
	fmt.Printf("POST /api/articles: %d articles coded and stored in %v, %d failed: %.0f articles/s (%s the bar of 300/s; mean article %d bytes)\n",
		posted.Load(), el.Round(time.Millisecond), failed.Load(), rate, verdict, meanLen(arts))
	return nil
}

func meanLen(arts []*article.Article) int {
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	return n / len(arts)
}
