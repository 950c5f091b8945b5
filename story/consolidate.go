package story

import (
	"time"

	"github.com/annalist/annalist/event"
)

// Consolidator folds the events of articles, given one article at a time,
// into one record per happening (see Same and Fold). A new event joins the
// compatible record dated nearest to it, so the records depend only on the
// order of the articles, and the same order always gives the same records.
// It is not safe for concurrent use.
type Consolidator struct {
	window  time.Duration
	records []*Record
	byDyad  map[dyad][]*Record
}

// Record is a consolidated event; Event.Consolidation says why its code,
// date and place were chosen among its reports ("" when they agreed).
type Record struct {
	Event event.Event
	index *evidenceIndex // of Event's evidence, made at the first fold
}

type dyad struct{ actor1, actor2 string }

func dyadOf(e *event.Event) dyad {
	d := dyad{actor1: e.Actor1.Code}
	if e.Actor2 != nil {
		d.actor2 = e.Actor2.Code
	}
	return d
}

// NewConsolidator returns an empty consolidator; window <= 0 means
// DefaultWindow.
func NewConsolidator(window time.Duration) *Consolidator {
	if window <= 0 {
		window = DefaultWindow
	}
	return &Consolidator{window: window, byDyad: map[dyad][]*Record{}}
}

// Add folds events into the records and returns, for each, the ID of the
// record it joined. Events without a source actor cannot be compared and
// stay records of their own.
func (c *Consolidator) Add(events []event.Event) []string {
	ids := make([]string, len(events))
	for i := range events {
		e := &events[i]
		if r := c.match(e); r != nil {
			if r.index == nil {
				r.index = indexEvidence(&r.Event)
			}
			foldIndexed(&r.Event, e, r.index)
			ids[i] = r.Event.ID
			continue
		}
		r := &Record{Event: clone(e)}
		c.records = append(c.records, r)
		if e.Actor1 != nil {
			k := dyadOf(e)
			c.byDyad[k] = append(c.byDyad[k], r)
		}
		ids[i] = e.ID
	}
	return ids
}

// match returns the record that e is a report of, if any: among those
// Same says may be, the one dated nearest to e, then the earliest made.
func (c *Consolidator) match(e *event.Event) *Record {
	if e.Actor1 == nil {
		return nil
	}
	var best *Record
	bestGap := time.Duration(-1)
	for _, r := range c.byDyad[dyadOf(e)] {
		if !Same(&r.Event, e, c.window) {
			continue
		}
		if g := gap(&r.Event, e); bestGap < 0 || g < bestGap {
			best, bestGap = r, g
		}
	}
	return best
}

func gap(a, b *event.Event) time.Duration {
	da, errA := time.Parse(time.DateOnly, a.Date)
	db, errB := time.Parse(time.DateOnly, b.Date)
	if errA != nil || errB != nil {
		return 0
	}
	return max(da.Sub(db), db.Sub(da))
}

// Records returns the records in the order they were made. The records
// are the consolidator's own: callers must not change them.
func (c *Consolidator) Records() []*Record { return c.records }

// Events returns copies of the consolidated events, in the order their
// records were made.
func (c *Consolidator) Events() []event.Event {
	out := make([]event.Event, len(c.records))
	for i, r := range c.records {
		out[i] = clone(&r.Event)
	}
	return out
}

// clone copies e deeply enough that folding into the copy never changes
// e's slices or places.
func clone(e *event.Event) event.Event {
	c := *e
	c.Evidence = append([]event.Evidence(nil), e.Evidence...)
	c.Sources = append([]string(nil), e.Sources...)
	if e.Place != nil {
		p := *e.Place
		c.Place = &p
	}
	return c
}

// Reconcile consolidates the events of one new article against stored
// records: the article's own events are folded together first (one
// happening in several sentences is one record), then each result is
// folded into the stored record it is a report of, keeping that record's
// ID, so that storing it merges into the stored one. stored holds the
// candidates, e.g. the stored events of the same actors dated within the
// window; it is not changed. Ingesting articles one at a time or all at
// once gives the same records, since each article is reconciled against
// what was stored before it either way.
func Reconcile(stored, events []event.Event, window time.Duration) []event.Event {
	own := NewConsolidator(window)
	own.Add(events)
	prior := NewConsolidator(window)
	for i := range stored {
		r := &Record{Event: clone(&stored[i])}
		prior.records = append(prior.records, r)
		if r.Event.Actor1 != nil {
			k := dyadOf(&r.Event)
			prior.byDyad[k] = append(prior.byDyad[k], r)
		}
	}
	out := make([]event.Event, 0, len(own.records))
	for _, r := range own.records {
		e := r.Event
		if m := prior.match(&e); m != nil {
			merged := clone(&m.Event)
			Fold(&merged, &e)
			out = append(out, merged)
			continue
		}
		out = append(out, e)
	}
	return out
}

// Window bounds for looking up stored candidates of e: its date plus or
// minus window, as YYYY-MM-DD ("" when e is undated).
func Window(e *event.Event, window time.Duration) (from, to string) {
	d, err := time.Parse(time.DateOnly, e.Date)
	if err != nil {
		return "", ""
	}
	if window <= 0 {
		window = DefaultWindow
	}
	return d.Add(-window).Format(time.DateOnly), d.Add(window).Format(time.DateOnly)
}
