package learn

import (
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/nlp"
)

// benchText is news-style text written for the benchmark: sentences the
// rules code and sentences they leave to the backoff.
const benchText = `The European Union criticised Turkey on Monday over its drilling for gas off Cyprus, saying the work breached international law. ` +
	`Ankara rejected the statement and said its ships would stay in the area. ` +
	`Protesters gathered outside the parliament in Belgrade for a fifth week, demanding the resignation of President Aleksandar Vucic. ` +
	`Police in Hong Kong fired tear gas at demonstrators who had blocked roads near government headquarters. ` +
	`The United States and China ended two days of trade talks in Beijing without an agreement, officials said. ` +
	`Japan's foreign minister will visit South Korea next week to discuss the dispute over wartime labour. ` +
	`Russia expelled two Dutch diplomats in response to the expulsion of Russian officials from The Hague. ` +
	`The court in Brasilia ordered the release of the former president, ruling that his detention had been unlawful.`

// BenchmarkBackoff measures the backoff on every sentence the rules
// leave uncoded, per sentence of the article (the pipeline's unit), the
// actor lookup included; BenchmarkCoder measures the rules on the same
// text for the ratio.
func BenchmarkBackoff(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	a, doc := benchDoc(b)
	coded := coder.Default().Code(a, doc)
	b.ResetTimer()
	for b.Loop() {
		m.Backoff(a, doc, coded)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(doc.Sentences)), "ns/sentence")
}

func BenchmarkCoder(b *testing.B) {
	a, doc := benchDoc(b)
	c := coder.Default()
	c.Code(a, doc)
	b.ResetTimer()
	for b.Loop() {
		c.Code(a, doc)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(doc.Sentences)), "ns/sentence")
}

func benchDoc(b *testing.B) (*article.Article, *nlp.Doc) {
	p, err := nlp.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	a := &article.Article{ID: "bench", Source: "bench", Text: benchText, Published: time.Date(2019, 6, 3, 0, 0, 0, 0, time.UTC)}
	return a, p.Parse(a.Text)
}
