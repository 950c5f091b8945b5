// Package pipeline runs articles through the stages — nlp, coder — on all
// cores and hands the results back in input order, so output is the same
// whatever the number of workers.
package pipeline

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// Analyzer annotates an article's text (tokens, sentences, tags, parse).
// The Doc's offsets must be offsets into a.Text.
type Analyzer func(a *article.Article) *nlp.Doc

// Selective returns an analyzer that splits the text into sentences and
// tags and parses only those that may yield an event (the coder's own
// cheap test on token forms), so that the costly parse is spent where it
// can matter. The other sentences keep their tokens only.
func Selective(p *nlp.Pipeline, may func(toks []nlp.Token, date time.Time) bool) Analyzer {
	return func(a *article.Article) *nlp.Doc {
		d := &nlp.Doc{Text: a.Text, Sentences: nlp.Split(a.Text)}
		for i := range d.Sentences {
			if s := &d.Sentences[i]; may(s.Tokens, a.Published) {
				p.Annotate(s)
			}
		}
		return d
	}
}

// Coder codes the events of one analysed article.
type Coder interface {
	Code(a *article.Article, doc *nlp.Doc) []event.Event
}

// Stage refines the events of one article after coding, in place: dates,
// places, sources, quotations. Stages run in order on the worker that
// coded the article.
type Stage func(a *article.Article, doc *nlp.Doc, evs []event.Event)

// Config says how to process each article.
type Config struct {
	Workers int                      // goroutines; 0 = GOMAXPROCS
	Prepare func(a *article.Article) // runs before analysis (e.g. naming the source); may be nil
	Analyze Analyzer
	Coder   Coder
	Stages  []Stage
}

// Result is what became of one input item. Err is set when the item could
// not be read or coded; the run goes on.
type Result struct {
	Article   *article.Article
	Doc       *nlp.Doc
	Events    []event.Event
	Sentences int
	Err       error
}

// Run reads items from in, analyses, codes and refines them on
// cfg.Workers goroutines, and calls out with each result in input order. A
// panic while processing one article becomes that article's error. Run
// stops early when ctx is cancelled or out returns an error, and returns it.
func Run(ctx context.Context, in iter.Seq2[*article.Article, error], cfg Config, out func(Result) error) error {
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		art *article.Article
		err error
	}
	type done struct {
		seq int
		res Result
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job)
	results := make(chan done, workers)
	// window bounds the results held for reordering: wide enough that
	// the workers go on past an article several times the average length
	// (Wikinews has them four times it) while it is coded, and that the
	// reader and the consumer of the results are seldom waited for; a
	// result holds the article's analysis, some tens of KB.
	window := make(chan struct{}, 16*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := Result{Article: j.art, Err: j.err}
				if j.err == nil {
					r = process(j.art, &cfg)
				}
				results <- done{j.seq, r}
			}
		}()
	}
	go func() {
		defer close(jobs)
		seq := 0
		for a, err := range in {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{seq, a, err}:
			case <-ctx.Done():
				return
			}
			seq++
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]Result{}
	next := 0
	var outErr error
	for d := range results {
		pending[d.seq] = d.res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if outErr == nil {
				if outErr = out(r); outErr != nil {
					cancel()
				}
			}
		}
	}
	if outErr != nil {
		return outErr
	}
	return ctx.Err()
}

// process analyses, codes and refines one article, turning a panic into
// an error so one bad article cannot stop a batch.
func process(a *article.Article, cfg *Config) (r Result) {
	r.Article = a
	defer func() {
		if p := recover(); p != nil {
			r = Result{Article: a, Err: &article.Error{Origin: a.Origin, Err: fmt.Errorf("article %s: internal error while coding: %v\n%s", a.ID, p, debug.Stack())}}
		}
	}()
	if cfg.Prepare != nil {
		cfg.Prepare(a)
	}
	doc := cfg.Analyze(a)
	r.Doc = doc
	r.Sentences = len(doc.Sentences)
	r.Events = cfg.Coder.Code(a, doc)
	for _, st := range cfg.Stages {
		st(a, doc, r.Events)
	}
	return r
}
