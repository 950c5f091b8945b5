package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/annalist/annalist/event"
)

// BenchmarkPutArticle stores articles of five new events each, one
// transaction per article, as ingest does.
func BenchmarkPutArticle(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		evs := make([]event.Event, 5)
		for k := range evs {
			evs[k] = benchEvent(i*5 + k)
		}
		id := "bench" + strconv.Itoa(i)
		if _, err := s.PutArticle(ctx, newArticle(id, "Wire", "Text of "+id), evs); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutArticlesBatch stores articles of five new events each, 32
// articles per transaction, as the server's ingest does when busy.
func BenchmarkPutArticlesBatch(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		puts := make([]Put, 32)
		for k := range puts {
			evs := make([]event.Event, 5)
			for j := range evs {
				evs[j] = benchEvent(i*5 + j)
			}
			id := "bench" + strconv.Itoa(i)
			puts[k] = Put{Article: newArticle(id, "Wire", "Text of "+id), Events: evs}
			i++
		}
		res, err := s.PutArticles(ctx, puts)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
		}
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkEventsFiltered reads one page (100 events) per filter from a
// store of 100,000 events (ANNALIST_BENCH_EVENTS to change it), as the API
// serves them.
func BenchmarkEventsFiltered(b *testing.B) {
	n := 100_000
	if v := os.Getenv("ANNALIST_BENCH_EVENTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1000 {
			b.Fatalf("ANNALIST_BENCH_EVENTS=%q: want a number ≥ 1000", v)
		}
	}
	s := openTemp(b)
	ctx := context.Background()
	for first := 0; first < n; first += 500 {
		evs := make([]event.Event, 0, 500)
		for i := first; i < min(first+500, n); i++ {
			evs = append(evs, benchEvent(i))
		}
		id := fmt.Sprintf("art%07d", first)
		if _, err := s.PutArticle(ctx, newArticle(id, "Wire", "Text of "+id), evs); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := s.w.Exec(`ANALYZE`); err != nil { // as Close's PRAGMA optimize would
		b.Fatal(err)
	}
	mid := benchEvent(n / 2)
	filters := []struct {
		name string
		f    Filter
	}{
		{"all", Filter{}},
		{"actor", Filter{Actor: "FRA"}},
		{"actor-rare", Filter{Actor: "C59"}},
		{"dyad", Filter{Dyad: [2]string{"USA", "RUS"}}},
		{"code", Filter{Code: "19"}},
		{"root-quad", Filter{Root: "04", Quad: 1}},
		{"country", Filter{Country: "UKR"}},
		{"dates", Filter{From: "2021-03-01", To: "2021-03-31"}},
		{"text", Filter{Text: "ceasefire"}},
		{"text-rare", Filter{Text: fmt.Sprintf("sentence %d about", n-7)}},
		{"combined-rare", Filter{Actor: "C40", Code: "17", Country: "C41", From: "2020-06-01"}},
		{"after-cursor", Filter{After: Cursor(&mid)}},
	}
	for _, c := range filters {
		b.Run(c.name, func(b *testing.B) {
			c.f.Limit = 100
			got := 0
			for b.Loop() {
				got = 0
				if err := s.Events(ctx, c.f, func(*event.Event) error { got++; return nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(got), "events/op")
		})
	}
}

// benchEvent is genEvent with actors drawn, skewed, from a hundred
// countries, as news has a few frequent actors and a long tail.
func benchEvent(i int) event.Event {
	e := genEvent(i)
	r := rand.New(rand.NewPCG(uint64(i), 7))
	zipf := func() string {
		k := int(float64(len(benchCountries)) * r.Float64() * r.Float64() * r.Float64())
		return benchCountries[k]
	}
	roles := []string{"GOV", "MIL", "OPP", "BUS", "CVL", "COP"}
	c1, c2 := zipf(), zipf()
	e.Actor1 = &event.Actor{Code: c1 + roles[r.IntN(len(roles))], Country: c1}
	e.Actor2 = &event.Actor{Code: c2 + roles[r.IntN(len(roles))], Country: c2}
	return e
}

var benchCountries = func() []string {
	c := []string{"USA", "RUS", "CHN", "FRA", "GBR", "DEU", "UKR", "ISR", "IRN", "IND", "TUR", "SYR", "JPN", "BRA"}
	for len(c) < 100 {
		c = append(c, fmt.Sprintf("C%02d", len(c)))
	}
	return c
}()
