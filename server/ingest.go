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
	"github.com/annalist/annalist/store"
)

// ErrShuttingDown is returned by Submit once the server is closing.
var ErrShuttingDown = errors.New("server is shutting down; not accepting articles")

// ingester is the one way into the store: a queue of articles that a
// single long pipeline.Run codes on all cores and stores in order. An
// article is accepted once it is in the queue; close waits until every
// accepted article is stored.
//
// Coded articles go to a writer that stores all those waiting in one
// transaction (group commit): a posted batch, or a busy feed, costs one
// commit rather than one per article, and coding never waits for the disk.
type ingester struct {
	s       *Server
	jobs    chan *job
	results chan pipeline.Result // coded, to be stored
	done    chan struct{}

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
	in := &ingester{s: s, jobs: make(chan *job, queue), results: make(chan pipeline.Result, maxWriteBatch),
		done: make(chan struct{}), pending: map[*article.Article]*job{}}
	written := make(chan struct{})
	go func() {
		defer close(written)
		in.write()
	}()
	go func() {
		defer func() {
			close(in.results)
			<-written
			close(in.done)
		}()
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

// maxWriteBatch bounds the articles stored in one transaction, so that
// the first of a long run is not kept waiting for the last.
const maxWriteBatch = 256

// store is pipeline.Run's output: it hands each coded article, in order,
// to the writer.
func (in *ingester) store(r pipeline.Result) error {
	in.results <- r
	return nil
}

// write stores coded articles until the results close, each time all
// those that have gathered while the previous batch was written.
func (in *ingester) write() {
	for r := range in.results {
		batch := []pipeline.Result{r}
	gather:
		for len(batch) < maxWriteBatch {
			select {
			case r, ok := <-in.results:
				if !ok {
					break gather
				}
				batch = append(batch, r)
			default:
				break gather
			}
		}
		in.storeBatch(batch)
	}
}

// storeBatch stores coded articles in one transaction, tells their
// submitters, and publishes the new events to the stream.
func (in *ingester) storeBatch(batch []pipeline.Result) {
	jobs := make([]*job, len(batch))
	in.pmu.Lock()
	for i, r := range batch {
		jobs[i] = in.pending[r.Article]
		delete(in.pending, r.Article)
	}
	in.pmu.Unlock()
	var puts []store.Put
	for _, r := range batch {
		if r.Doc != nil {
			in.started.Delete(r.Doc) // a panic in the coder skipped timedCoder's delete
		}
		if r.Err == nil {
			puts = append(puts, store.Put{Article: r.Article, Events: r.Events})
		}
	}
	res, err := in.s.st.PutArticles(context.Background(), puts)
	m := in.s.metrics
	k := 0 // index in puts and res
	for i, r := range batch {
		var o outcome
		switch {
		case r.Err != nil:
			o.Err = r.Err
		case err != nil:
			o.Events, o.Err = r.Events, err
			k++
		default:
			o.Events, o.Stored, o.Err = r.Events, res[k].Stored, res[k].Err
			k++
		}
		switch {
		case o.Err != nil:
			m.articlesFailed.Add(1)
			in.s.cfg.Log.Printf("ingest: %v", o.Err)
		case o.Stored:
			m.articlesStored.Add(1)
			m.eventsStored.Add(int64(len(r.Events)))
			for e := range r.Events {
				in.s.hub.publish(&r.Events[e])
			}
		default:
			m.articlesDuplicate.Add(1)
		}
		if j := jobs[i]; j != nil && j.result != nil {
			j.result <- o
		}
	}
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
