package server

import (
	"context"
	"errors"
	"iter"
	"sync"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/pipeline"
)

// ErrShuttingDown is returned by Submit once the server is closing.
var ErrShuttingDown = errors.New("server is shutting down; not accepting articles")

// ingester is the one way into the store: a queue of articles that a
// single long pipeline.Run codes on all cores and stores in order. An
// article is accepted once it is in the queue; close waits until every
// accepted article is stored.
type ingester struct {
	s    *Server
	jobs chan *job
	done chan struct{}

	mu     sync.RWMutex // held for reading while sending to jobs, for writing to close it
	closed bool

	pmu     sync.Mutex
	pending map[*article.Article]*job

	started sync.Map // *nlp.Doc → time coding began, for the latency histogram
}

// job is one accepted article. result is nil for fire-and-forget
// submissions (feeds); otherwise it receives exactly one outcome.
type job struct {
	a      *article.Article
	result chan outcome
}

// outcome is what became of an article.
type outcome struct {
	Stored bool // false: already stored (same ID or same text)
	Events []event.Event
	Err    error
}

func newIngester(s *Server, queue int, cfg pipeline.Config) *ingester {
	in := &ingester{s: s, jobs: make(chan *job, queue), done: make(chan struct{}), pending: map[*article.Article]*job{}}
	go func() {
		defer close(in.done)
		// Background context: accepted articles are finished even while
		// the server shuts down; closing the queue is what ends the run.
		analyze := cfg.Analyze
		cfg.Analyze = func(a *article.Article) *nlp.Doc { return in.analyze(analyze, a) }
		cfg.Coder = timedCoder{in, cfg.Coder}
		err := pipeline.Run(context.Background(), in.seq(), cfg, in.store)
		if err != nil {
			s.cfg.Log.Printf("ingest stopped: %v", err)
		}
	}()
	return in
}

func (in *ingester) seq() iter.Seq2[*article.Article, error] {
	return func(yield func(*article.Article, error) bool) {
		for j := range in.jobs {
			in.pmu.Lock()
			in.pending[j.a] = j
			in.pmu.Unlock()
			if !yield(j.a, nil) {
				return
			}
		}
	}
}

// analyze runs the analyser, noting when coding began.
func (in *ingester) analyze(analyze pipeline.Analyzer, a *article.Article) *nlp.Doc {
	start := time.Now()
	doc := analyze(a)
	in.started.Store(doc, start)
	return doc
}

// timedCoder observes the coding latency (analysis and coding) of each article.
type timedCoder struct {
	in *ingester
	c  pipeline.Coder
}

func (t timedCoder) Code(a *article.Article, doc *nlp.Doc) []event.Event {
	evs := t.c.Code(a, doc)
	if start, ok := t.in.started.LoadAndDelete(doc); ok {
		t.in.s.metrics.coding.observe(time.Since(start.(time.Time)).Seconds())
	}
	return evs
}

// store is pipeline.Run's output: store the article, tell its submitter,
// and publish the new events to the stream.
func (in *ingester) store(r pipeline.Result) error {
	in.pmu.Lock()
	j := in.pending[r.Article]
	delete(in.pending, r.Article)
	in.pmu.Unlock()
	if r.Doc != nil {
		in.started.Delete(r.Doc) // a panic in the coder skipped timedCoder's delete
	}
	m := in.s.metrics
	var o outcome
	if r.Err != nil {
		o.Err = r.Err
	} else {
		o.Events = r.Events
		o.Stored, o.Err = in.s.st.PutArticle(context.Background(), r.Article, r.Events)
	}
	switch {
	case o.Err != nil:
		m.articlesFailed.Add(1)
		in.s.cfg.Log.Printf("ingest: %v", o.Err)
	case o.Stored:
		m.articlesStored.Add(1)
		m.eventsStored.Add(int64(len(r.Events)))
		for i := range r.Events {
			in.s.hub.publish(&r.Events[i])
		}
	default:
		m.articlesDuplicate.Add(1)
	}
	if j != nil && j.result != nil {
		j.result <- o
	}
	return nil // one article's failure never stops the queue
}

// submit queues an article, waiting while the queue is full (until ctx
// ends). With wait, it returns a channel that receives the outcome.
func (in *ingester) submit(ctx context.Context, a *article.Article, wait bool) (<-chan outcome, error) {
	j := &job{a: a}
	if wait {
		j.result = make(chan outcome, 1)
	}
	in.mu.RLock()
	defer in.mu.RUnlock()
	if in.closed {
		return nil, ErrShuttingDown
	}
	select {
	case in.jobs <- j:
		return j.result, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// queued is the number of articles waiting to be coded.
func (in *ingester) queued() int { return len(in.jobs) }

// close stops accepting articles and waits until the accepted ones are stored.
func (in *ingester) close() {
	in.mu.Lock()
	if !in.closed {
		in.closed = true
		close(in.jobs)
	}
	in.mu.Unlock()
	<-in.done
}

// Submit queues an article for coding and storing without waiting for it
// (feeds use it). It blocks while the queue is full.
func (s *Server) Submit(ctx context.Context, a *article.Article) error {
	_, err := s.ingest.submit(ctx, a, false)
	return err
}
