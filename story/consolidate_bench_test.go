package story

import (
	"fmt"
	"testing"

	"github.com/annalist/annalist/event"
)

// BenchmarkConsolidateOneHappening folds 20,000 reports of one happening
// (a long article that repeats itself, or a year of wire copy on one
// story) into one record: each fold costs its own mentions, not the
// record's (folding re-read all of them before: 29 s for 20,000).
func BenchmarkConsolidateOneHappening(b *testing.B) {
	const n = 20000
	reports := make([]event.Event, n)
	for i := range reports {
		reports[i] = mention(fmt.Sprintf("a%d", i), "AFP", 0, "IRN", "IRQ", "190", "2019-01-07")
	}
	b.ReportAllocs()
	for b.Loop() {
		c := NewConsolidator(0)
		for i := range reports {
			c.Add(reports[i : i+1])
		}
		r := c.Records()
		if len(r) != 1 || r[0].Event.NumMentions != n || r[0].Event.NumArticles != n {
			b.Fatalf("%d records, the first with %d mentions in %d articles; want 1 with %d in %d",
				len(r), r[0].Event.NumMentions, r[0].Event.NumArticles, n, n)
		}
	}
}
