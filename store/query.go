package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/annalist/annalist/event"
)

// Filter selects events. Empty fields select everything; set fields must
// all hold. Codes are prefixes, so "FRA" matches "FRAGOV".
type Filter struct {
	Actor   string    // either actor's code has this prefix ("FRA", "FRAGOV")
	Dyad    [2]string // actor1 prefix, actor2 prefix (directed); "" = any
	Code    string    // event code prefix ("04", "042")
	Root    string    // root code ("04")
	Quad    int       // 1..4, 0 = any
	Country string    // either actor's country or the place's country
	From    string    // first event date, YYYY-MM-DD, inclusive
	To      string    // last event date, YYYY-MM-DD, inclusive
	Text    string    // substring of an evidence sentence, case-insensitive
	After   string    // a Cursor: only events after it, for pagination
	Limit   int       // at most this many events; 0 = no limit
}

// Cursor returns the position of e in the order Events uses, for
// Filter.After: the next page starts after the last event of this one.
func Cursor(e *event.Event) string { return e.Date + "/" + e.ID }

// Events calls fn with each event that f selects, ordered by date then ID,
// as they are read (the result set is never held in memory). It stops at
// the first error from fn and returns it.
func (s *Store) Events(ctx context.Context, f Filter, fn func(*event.Event) error) error {
	return s.Records(ctx, f, s.decoding(fn))
}

// decoding turns a callback on events into one on records.
func (s *Store) decoding(fn func(*event.Event) error) func(Record) error {
	return func(r Record) error {
		e := new(event.Event)
		if err := json.Unmarshal(r.JSON, e); err != nil {
			return fmt.Errorf("store %s: event %q: stored record is corrupt: %w", s.path, r.ID, err)
		}
		return fn(e)
	}
}

// Record is a stored event as its JSON, for passing on without decoding.
type Record struct {
	ID, Date string
	JSON     []byte // the event.Event; valid only until the callback returns
}

// Cursor returns the position of r in the order Events uses, as Cursor
// does for the event.
func (r Record) Cursor() string { return r.Date + "/" + r.ID }

// Records is Events for callers that pass the records on as JSON (an
// API page): it spares decoding them.
func (s *Store) Records(ctx context.Context, f Filter, fn func(Record) error) error {
	sel, err := f.selection()
	if err != nil {
		return fmt.Errorf("store %s: %w", s.path, err)
	}
	if err := s.plan(ctx, &sel); err != nil {
		return fmt.Errorf("store %s: events: %w", s.path, err)
	}
	return s.records(ctx, sel, fn)
}

// events runs a planned selection (for tests that force a plan).
func (s *Store) events(ctx context.Context, sel selection, fn func(*event.Event) error) error {
	return s.records(ctx, sel, s.decoding(fn))
}

// records runs a planned selection.
func (s *Store) records(ctx context.Context, sel selection, fn func(Record) error) error {
	if sel.empty {
		return nil
	}
	q, args := sel.query()
	st, err := s.query(q)
	if err != nil {
		return fmt.Errorf("store %s: events: %w", s.path, err)
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return fmt.Errorf("store %s: events: %w", s.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var r Record
		var rec sql.RawBytes // valid until Next: used at once, so no copy
		if err := rows.Scan(&r.ID, &r.Date, &rec); err != nil {
			return fmt.Errorf("store %s: events: %w", s.path, err)
		}
		r.JSON = rec
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store %s: events: %w", s.path, err)
	}
	return nil
}

// Event returns the event with the given ID, or an error wrapping
// ErrNotFound.
func (s *Store) Event(ctx context.Context, id string) (*event.Event, error) {
	var rec []byte
	err := s.byID.QueryRowContext(ctx, id).Scan(&rec)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store %s: event %q: %w", s.path, id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store %s: event %q: %w", s.path, id, err)
	}
	e := new(event.Event)
	if err := json.Unmarshal(rec, e); err != nil {
		return nil, fmt.Errorf("store %s: event %q: stored record is corrupt: %w", s.path, id, err)
	}
	return e, nil
}

// query returns the prepared statement for q, preparing it the first time.
// Filters come in a bounded number of shapes, so the cache stays small.
func (s *Store) query(q string) (*sql.Stmt, error) {
	s.qmu.Lock()
	defer s.qmu.Unlock()
	if st, ok := s.queries[q]; ok {
		return st, nil
	}
	st, err := s.r.Prepare(q)
	if err != nil {
		return nil, err
	}
	s.queries[q] = st
	return st, nil
}

// checkCode accepts CAMEO codes: ASCII letters, digits and '-' ("---GOV").
// Keeping them ASCII is also what makes prefixEnd correct.
func checkCode(field, code string) error {
	for i := 0; i < len(code); i++ {
		c := code[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return fmt.Errorf("filter %s %q: not a code (letters, digits and '-' only)", field, code)
		}
	}
	return nil
}

func checkDate(field, date string) error {
	if _, err := time.Parse(time.DateOnly, date); err != nil || len(date) != len(time.DateOnly) {
		return fmt.Errorf("filter %s %q: want a date YYYY-MM-DD", field, date)
	}
	return nil
}

// prefixEnd returns the least string greater than every string that starts
// with the ASCII prefix p, so that a prefix match is an index range scan.
func prefixEnd(p string) string {
	return p[:len(p)-1] + string(p[len(p)-1]+1)
}
