// Command loadgen measures the HTTP API under load on a large store.
//
// It first builds (or reuses, upgrading its schema) a store of at least
// -events events: it codes the Wikinews 2019 articles of ../shared/data
// with the real pipeline and stores replicas of their events with shifted
// dates and new ids, many replicas per transaction. Then, against an
// in-process server on loopback, it measures for -duration each:
//
//   - filtered GET /api/events (random actor, root, quad, dyad, country and
//     combined filters, a page of 100): bar p99 ≤ 50 ms;
//   - GET /api/stats/timeline over one year (random year): bar p99 ≤ 100 ms;
//   - GET /api/stats/dyads and /api/stats/places over one year;
//   - the dashboard's first load (timeline, dyads, places and the first
//     page of events, unfiltered, at once): bar p99 ≤ 1 s for the API part;
//   - POST /api/articles (Wikinews articles made unique, 10 per request):
//     bar ≥ 300 articles/s.
//
// It prints p50, p95 and p99 per endpoint and PASS or FAIL against each
// bar, and exits with status 1 when a bar fails.
//
// Usage: go run ./server/internal/loadgen [-db out/load.db] [-events 1000000] [-duration 20s] [-measure=false]
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
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/internal/cputime"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/pipeline/news"
	"github.com/annalist/annalist/server"
	"github.com/annalist/annalist/store"
)

func main() {
	db := flag.String("db", "out/load.db", "store `PATH`; reused when it already holds enough events")
	events := flag.Int("events", 1_000_000, "events the store must hold")
	duration := flag.Duration("duration", 20*time.Second, "length of each measurement")
	clients := flag.Int("clients", 4, "concurrent clients")
	measure := flag.Bool("measure", true, "measure the API (false: only build the store)")
	only := flag.String("only", "", "measure only the endpoints whose name contains `TEXT` (\"events\", \"stats\", \"dashboard\", \"POST\")")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the measurements to `FILE`")
	data := flag.String("data", os.Getenv("ANNALIST_DATA"), "shared data `DIR` (default $ANNALIST_DATA, else ../shared/data)")
	flag.Parse()
	if *data == "" {
		*data = "../shared/data"
	}
	o := options{duration: *duration, clients: *clients, measure: *measure, only: *only, cpuprofile: *cpuprofile}
	if err := run(*db, *events, o, filepath.Join(*data, "news/wikinews/wikinews_2019.csv")); err != nil {
		log.Fatal("loadgen: ", err)
	}
}

// options are the measurement flags.
type options struct {
	duration   time.Duration
	clients    int
	measure    bool
	only       string // a part of the names of the endpoints to measure
	cpuprofile string
}

func run(db string, want int, o options, corpus string) error {
	d, clients := o.duration, o.clients
	st, cfg, arts, err := build(db, want, corpus)
	if err != nil {
		return err
	}
	defer st.Close()
	if !o.measure {
		return nil
	}
	if err := describe(st); err != nil {
		return err
	}
	srv, err := server.New(server.Config{Store: st, Pipeline: cfg, Token: "load", OpenReads: true, Log: log.New(io.Discard, "", 0)})
	if err != nil {
		return err
	}
	hs := httptest.NewServer(srv.Handler())
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	defer func() { srv.CloseStreams(); hs.Close(); srv.Close() }()

	year := func(r *rand.Rand) int { return years[r.IntN(len(years))] }
	var results []result
	measure := func(name string, bar time.Duration, urls func(*rand.Rand) []string) {
		if strings.Contains(name, o.only) {
			results = append(results, latency(name, d, clients, bar, urls))
		}
	}
	measure("GET /api/events (filtered, limit=100)", 50*time.Millisecond, func(r *rand.Rand) []string {
		return []string{hs.URL + filteredPage(filters[r.IntN(len(filters))], year(r))}
	})
	for _, stat := range []string{"timeline", "dyads", "places"} {
		bar := time.Duration(0) // dyads and places have no bar of their own: the dashboard's covers them
		if stat == "timeline" {
			bar = 100 * time.Millisecond
		}
		measure("GET /api/stats/"+stat+" (one year)", bar, func(r *rand.Rand) []string {
			y := year(r)
			return []string{fmt.Sprintf("%s/api/stats/%s?from=%d-01-01&to=%d-12-31", hs.URL, stat, y, y)}
		})
	}
	measure("dashboard first load (4 requests at once)", time.Second, func(*rand.Rand) []string {
		return []string{hs.URL + "/api/stats/timeline", hs.URL + "/api/stats/dyads?limit=60",
			hs.URL + "/api/stats/places?limit=500", hs.URL + "/api/events?limit=100"}
	})
	fmt.Printf("\n%-44s %7s %5s %9s %9s %9s %9s  %s\n", "endpoint", "n", "fail", "p50", "p95", "p99", "cpu/step", "bar (p99)")
	fails := 0
	for _, r := range results {
		fmt.Println(r)
		if _, failed := r.verdict(); failed {
			fails++
		}
	}
	if strings.Contains("POST /api/articles", o.only) && !ingestRate(hs.URL, arts, d, clients) {
		fails++
	}
	if fails > 0 {
		return fmt.Errorf("%d of the bars failed", fails)
	}
	return nil
}

// years are the years whose first day starts the filtered pages and
// whose statistics are asked for.
var years = []int{2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024}

// filters are the filters of the filtered pages, drawn uniformly.
var filters = []string{"actor=USA", "actor=RUS", "actor=GBR", "root=04", "root=14", "quad=4", "dyad=USA,", "country=FRA",
	"code=01", "actor=CHNGOV", "dyad=USA,RUS", "actor=IRN&code=17&country=ISR", "actor=RUSMIL&root=19", "q=protest"}

// filteredPage is the path and query of a filtered page of 100 events
// from the first day of year.
func filteredPage(filter string, year int) string {
	return fmt.Sprintf("/api/events?%s&from=%d-01-01&limit=100", filter, year)
}

// build opens the store at db and fills it to want events from the
// corpus, returning it with the pipeline that codes posted articles and
// the corpus.
func build(db string, want int, corpus string) (*store.Store, pipeline.Config, []*article.Article, error) {
	var cfg pipeline.Config
	arts, err := readCorpus(corpus)
	if err != nil {
		return nil, cfg, nil, err
	}
	p, err := nlp.LoadDefault()
	if err != nil {
		return nil, cfg, nil, err
	}
	cfg = news.Config(0, p, coder.Default(), nil) // what annalist serve codes with
	if err := os.MkdirAll(filepath.Dir(db), 0o755); err != nil {
		return nil, cfg, nil, err
	}
	start := time.Now()
	st, err := store.Open(db)
	if err != nil {
		return nil, cfg, nil, err
	}
	log.Printf("opened %s (schema upgrades included) in %v", db, time.Since(start).Round(time.Millisecond))
	if err := fill(st, arts, cfg, want); err != nil {
		st.Close()
		return nil, cfg, nil, err
	}
	return st, cfg, arts, nil
}

// describe prints the size of the store.
func describe(st *store.Store) error {
	articles, events, err := st.Counts(context.Background())
	if err != nil {
		return err
	}
	var size int64
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(st.Path() + suffix); err == nil {
			size += fi.Size()
		}
	}
	fmt.Printf("store %s: %d articles, %d events, %.0f MB (%d bytes per event)\n",
		st.Path(), articles, events, float64(size)/1e6, size/int64(max(events, 1)))
	return nil
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
	// Many replicas per transaction: a commit per replica would spend
	// more on commits than on rows.
	const perBatch = 5000
	var batch []store.Put
	flush := func() error {
		res, err := st.PutArticles(ctx, batch)
		for _, r := range res {
			if err == nil {
				err = r.Err
			}
		}
		batch = batch[:0]
		return err
	}
	pending := 0
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
		batch = append(batch, store.Put{Article: a, Events: evs})
		have += len(evs)
		if pending += len(evs); pending >= perBatch || have >= want {
			if err := flush(); err != nil {
				return err
			}
			pending = 0
		}
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

// result is the latency of one kind of request.
type result struct {
	name          string
	n, failed     int
	p50, p95, p99 time.Duration
	cpu           time.Duration // of the process (server and clients) per step: a figure that other jobs on the machine disturb less than latency
	bar           time.Duration // on p99; 0 for none
}

// verdict says whether r meets its bar; failed is true for a FAIL.
func (r result) verdict() (v string, failed bool) {
	switch {
	case r.n == 0:
		return "FAIL: no request completed", true
	case r.failed > 0:
		return fmt.Sprintf("FAIL: %d requests failed", r.failed), true
	case r.bar == 0:
		return "(no bar)", false
	case r.p99 <= r.bar:
		return "PASS ≤ " + r.bar.String(), false
	}
	return "FAIL > " + r.bar.String(), true
}

func (r result) String() string {
	round := func(d time.Duration) string { return d.Round(100 * time.Microsecond).String() }
	v, _ := r.verdict()
	return fmt.Sprintf("%-44s %7d %5d %9s %9s %9s %9s  %s", r.name, r.n, r.failed, round(r.p50), round(r.p95), round(r.p99), round(r.cpu), v)
}

// latency sends GETs from clients goroutines for d and returns the
// percentiles. Each step sends the URLs that urls returns at once and
// lasts until the last answer is read (the dashboard's load is such a
// step).
func latency(name string, d time.Duration, clients int, bar time.Duration, urls func(*rand.Rand) []string) result {
	var mu sync.Mutex
	var all []time.Duration
	var failed atomic.Int64
	cpu0 := cputime.Used()
	end := time.Now().Add(d)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(c), 1))
			var mine []time.Duration
			for time.Now().Before(end) {
				t := time.Now()
				var step sync.WaitGroup
				for _, u := range urls(r) {
					step.Go(func() {
						if !get(u) {
							failed.Add(1)
						}
					})
				}
				step.Wait()
				mine = append(mine, time.Since(t))
			}
			mu.Lock()
			all = append(all, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	res := result{name: name, n: len(all), failed: int(failed.Load()), bar: bar}
	if len(all) == 0 {
		return res
	}
	res.cpu = (cputime.Used() - cpu0) / time.Duration(len(all))
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	p := func(q float64) time.Duration { return all[min(len(all)-1, int(q*float64(len(all))))] }
	res.p50, res.p95, res.p99 = p(0.5), p(0.95), p(0.99)
	return res
}

// get fetches u and reads the answer, reporting whether it was a 200.
func get(u string) bool {
	resp, err := http.Get(u)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err == nil && resp.StatusCode == http.StatusOK
}

// ingestRate posts the corpus, made unique per pass, 10 articles per
// request, for d, prints articles per second, and reports whether the
// bar is met.
func ingestRate(base string, arts []*article.Article, d time.Duration, clients int) bool {
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
	met := rate >= 300 && failed.Load() == 0
	verdict := "PASS ≥ 300/s"
	if !met {
		verdict = "FAIL < 300/s or failures"
	}
	fmt.Printf("POST /api/articles: %d articles coded and stored in %v, %d failed: %.0f articles/s  %s (mean article %d bytes)\n",
		posted.Load(), el.Round(time.Millisecond), failed.Load(), rate, verdict, meanLen(arts))
	return met
}

func meanLen(arts []*article.Article) int {
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	return n / len(arts)
}
