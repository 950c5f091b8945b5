//go:build eval

package story

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/annalist/annalist/article"
)

// BenchmarkClusterReuters clusters Reuters-21578 (every story with a
// body) and five perturbed copies of each, about 115,000 articles, into
// stories: near-copy detection, story links and consolidation of no
// events. One iteration is the whole collection; run it with -benchtime
// 1x under /usr/bin/time -v for the peak memory (see the README of the
// package's benchmark in the report):
//
//	go test -tags eval -c -o /tmp/story.test ./story
//	/usr/bin/time -v /tmp/story.test -test.run '^$' -test.bench ClusterReuters -test.benchtime 1x
func BenchmarkClusterReuters(b *testing.B) {
	orig := loadReuters(b)
	docs := append(orig, perturbed(orig, 1987)...)
	arts := make([]article.Article, len(docs))
	var bytes int64
	for i, d := range docs {
		arts[i] = article.Article{ID: d.ID, Source: "Reuters", Published: d.Date, Title: d.Title, Text: d.Body}
		bytes += int64(len(d.Title) + len(d.Body))
	}
	docs, orig = nil, nil
	runtime.GC()
	// A quarter, a half and all of the collection: time and memory per
	// article should stay about the same as it grows (linear growth).
	for _, frac := range []int{4, 2, 1} {
		part := arts[:len(arts)/frac]
		b.Run(fmt.Sprintf("articles=%d", len(part)), func(b *testing.B) {
			b.SetBytes(bytes / int64(frac))
			for b.Loop() {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				c := NewClusterer(Options{})
				dups := 0
				for i := range part {
					if c.Add(&part[i], nil).DuplicateOf != "" {
						dups++
					}
				}
				stories := c.Stories()
				runtime.GC()
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(len(part)), "articles")
				b.ReportMetric(float64(len(stories)), "stories")
				b.ReportMetric(float64(dups), "near-copies")
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(len(part)), "heap-B/article")
				runtime.KeepAlive(c)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(part)), "µs/article")
		})
	}
}
