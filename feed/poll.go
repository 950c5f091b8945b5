package feed

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"sync"
	"time"

	"github.com/annalist/annalist/article"
)

// Poller polls feeds on a schedule and hands their new items, as
// articles, to Submit. Set the fields before Run; they are not changed
// after.
type Poller struct {
	Fetcher    *Fetcher
	Interval   time.Duration // between two polls of a feed (default 15 min)
	MaxBackoff time.Duration // longest wait after repeated errors (default 6 h)

	// Seen reports whether an article with this ID is already stored, so
	// that a restart neither re-ingests nor re-fetches old items. May be nil.
	Seen func(ctx context.Context, id string) (bool, error)
	// Submit hands a new article over for coding and storing and returns
	// once it is accepted. An error leaves the item to the next poll.
	Submit func(ctx context.Context, a *article.Article) error
	// Report is told the outcome of every poll of a feed: the number of new
	// items submitted and the error, if any. May be nil.
	Report func(feedURL string, submitted int, err error)

	mu    sync.Mutex
	known map[string]bool // IDs submitted or found stored during this run
}

// Defaults for Poller.
const (
	DefaultInterval   = 15 * time.Minute
	DefaultMaxBackoff = 6 * time.Hour
)

// State is what the poller remembers of one feed between polls.
type State struct {
	URL        string
	Validators Validators // from the last successful fetch, for conditional requests
	Failures   int        // consecutive failed polls
}

// Run polls every feed until ctx is done, each on its own schedule: the
// first poll at once, then every Interval, backing off exponentially
// while a feed keeps failing.
func (p *Poller) Run(ctx context.Context, urls []string) {
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Go(func() {
			st := &State{URL: u}
			for {
				n, err := p.Poll(ctx, st)
				if ctx.Err() != nil {
					return
				}
				if p.Report != nil {
					p.Report(u, n, err)
				}
				t := time.NewTimer(jitter(NextDelay(p.interval(), p.maxBackoff(), st.Failures)))
				select {
				case <-ctx.Done():
					t.Stop()
					return
				case <-t.C:
				}
			}
		})
	}
	wg.Wait()
}

func (p *Poller) interval() time.Duration {
	if p.Interval <= 0 {
		return DefaultInterval
	}
	return p.Interval
}

func (p *Poller) maxBackoff() time.Duration {
	if p.MaxBackoff <= 0 {
		return DefaultMaxBackoff
	}
	return p.MaxBackoff
}

// NextDelay is the wait before the next poll of a feed that has failed
// failures times in a row: the interval, doubled for each failure, capped
// at max.
func NextDelay(interval, max time.Duration, failures int) time.Duration {
	d := interval
	for i := 0; i < failures && d < max; i++ {
		d *= 2
	}
	return min(d, max)
}

// jitter spreads polls by ±10% so feeds on the same host do not fall into step.
func jitter(d time.Duration) time.Duration {
	return d + time.Duration((rand.Float64()-0.5)*0.2*float64(d))
}

// Poll fetches the feed once (conditionally, with st's validators) and
// submits its new items. It returns how many were submitted. Errors with
// single items (a page that cannot be fetched) are joined into the error
// but do not stop the others.
func (p *Poller) Poll(ctx context.Context, st *State) (int, error) {
	if p.Fetcher == nil || p.Submit == nil {
		return 0, errors.New("feed poller: Fetcher and Submit must be set")
	}
	resp, err := p.Fetcher.Get(ctx, st.URL, st.Validators)
	if err != nil {
		st.Failures++
		return 0, fmt.Errorf("feed %s: %w", st.URL, err)
	}
	if resp.NotModified {
		st.Failures = 0
		return 0, nil
	}
	title, items, err := Parse(resp.Body, resp.ContentType)
	if err != nil {
		st.Failures++
		return 0, fmt.Errorf("feed %s: %w", st.URL, err)
	}
	st.Failures = 0
	st.Validators = resp.Validators
	source := title
	if source == "" {
		if u, err := url.Parse(resp.URL); err == nil {
			source = u.Hostname()
		}
	}
	var errs []error
	n := 0
	for _, it := range items {
		if ctx.Err() != nil {
			break
		}
		submitted, err := p.submitItem(ctx, st.URL, source, it)
		if err != nil {
			errs = append(errs, fmt.Errorf("feed %s: item %s: %w", st.URL, it.Key, err))
		}
		if submitted {
			n++
		}
	}
	return n, errors.Join(errs...)
}

// submitItem submits one item unless it is already known.
func (p *Poller) submitItem(ctx context.Context, feedURL, source string, it Item) (bool, error) {
	id := it.ID()
	if p.isKnown(id) {
		return false, nil
	}
	if p.Seen != nil {
		seen, err := p.Seen(ctx, id)
		if err != nil {
			return false, err
		}
		if seen {
			p.markKnown(id)
			return false, nil
		}
	}
	text, err := p.itemText(ctx, it)
	if err != nil {
		p.markKnown(id) // a page without text will not grow one: do not refetch it every poll
		return false, err
	}
	pub := it.Published
	if pub.IsZero() {
		pub = time.Now().UTC()
	}
	a := &article.Article{
		ID: id, URL: it.Link, Source: source, Published: pub, Title: it.Title, Text: text,
		Origin: feedURL + " item " + it.Key,
	}
	if err := p.Submit(ctx, a); err != nil {
		return false, err
	}
	p.markKnown(id)
	return true, nil
}

// itemText is the feed's content, else the linked page's main text, else
// the feed's summary.
func (p *Poller) itemText(ctx context.Context, it Item) (string, error) {
	if it.Content != "" {
		return checkLength(it.Content)
	}
	var pageErr error
	if it.Link != "" {
		resp, err := p.Fetcher.Get(ctx, it.Link, Validators{})
		if err == nil {
			var text string
			if text, err = MainText(resp.Body, resp.URL); err == nil {
				return checkLength(text)
			}
		}
		pageErr = err
	}
	if it.Summary != "" {
		return checkLength(it.Summary)
	}
	if pageErr != nil {
		return "", pageErr
	}
	return "", errors.New("no content, no summary and no link")
}

func checkLength(text string) (string, error) {
	if len(text) > article.MaxArticleBytes {
		return "", fmt.Errorf("text of %d bytes exceeds the %d-byte article limit", len(text), article.MaxArticleBytes)
	}
	return text, nil
}

func (p *Poller) isKnown(id string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.known[id]
}

func (p *Poller) markKnown(id string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.known == nil {
		p.known = map[string]bool{}
	}
	p.known[id] = true
}
