//go:build eval

package coder

import (
	"testing"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/nlp"
)

// wikinews reads the Wikinews 2019 articles.
func wikinews(b testing.TB) []*article.Article { return shared.Wikinews(b) }

// BenchmarkCodeParsedWikinews measures the coder alone on parsed
// Wikinews articles (the tree path): sentences per second on one core.
func BenchmarkCodeParsedWikinews(b *testing.B) {
	arts := wikinews(b)
	p, err := nlp.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*nlp.Doc, len(arts))
	sentences := 0
	for i, a := range arts {
		docs[i] = p.Parse(a.Text)
		sentences += len(docs[i].Sentences)
	}
	c := Default()
	b.ResetTimer()
	for range b.N {
		for i, a := range arts {
			c.Code(a, docs[i])
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkParseAndCodeWikinews measures parsing and coding together.
func BenchmarkParseAndCodeWikinews(b *testing.B) {
	arts := wikinews(b)
	p, err := nlp.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	c := Default()
	sentences := 0
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			doc := p.Parse(a.Text)
			sentences += len(doc.Sentences)
			c.Code(a, doc)
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

// TestMayCodeLosesNothing checks that parsing only the sentences MayCode
// accepts gives the same events as parsing all of them, on Wikinews.
func TestMayCodeLosesNothing(t *testing.T) {
	arts := wikinews(t)
	p, err := nlp.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	c := Default()
	total, parsed, events := 0, 0, 0
	for _, a := range arts {
		full := p.Parse(a.Text)
		some := &nlp.Doc{Text: a.Text, Sentences: nlp.Split(a.Text)}
		for i := range some.Sentences {
			total++
			if c.MayCode(some.Sentences[i].Tokens, a.Published) {
				p.Annotate(&some.Sentences[i])
				parsed++
			}
		}
		want, got := c.Code(a, full), c.Code(a, some)
		events += len(want)
		if len(got) != len(want) {
			t.Errorf("%s: %d events with every sentence parsed, %d with MayCode's", a.URL, len(want), len(got))
			continue
		}
		for i := range want {
			if got[i].ID != want[i].ID {
				t.Errorf("%s: event %d differs: %s %s vs %s %s", a.URL, i, got[i].EventCode, got[i].Actor1.Code, want[i].EventCode, want[i].Actor1.Code)
			}
		}
	}
	t.Logf("MayCode: %d of %d sentences need parsing; %d events either way", parsed, total, events)
}

// BenchmarkParseIfMayCodeWikinews measures a pipeline that splits every
// article but tags and parses only the sentences MayCode accepts.
func BenchmarkParseIfMayCodeWikinews(b *testing.B) {
	arts := wikinews(b)
	p, err := nlp.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	c := Default()
	sentences := 0
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			doc := &nlp.Doc{Text: a.Text, Sentences: nlp.Split(a.Text)}
			for i := range doc.Sentences {
				if c.MayCode(doc.Sentences[i].Tokens, a.Published) {
					p.Annotate(&doc.Sentences[i])
				}
			}
			sentences += len(doc.Sentences)
			c.Code(a, doc)
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}
