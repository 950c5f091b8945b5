package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
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
	scan, err := s.scanForText(ctx, f)
	if err != nil {
		return fmt.Errorf("store %s: events: %w", s.path, err)
	}
	return s.events(ctx, f, scan, fn)
}

// events is Events with the way of matching Text chosen by the caller.
func (s *Store) events(ctx context.Context, f Filter, scanText bool, fn func(*event.Event) error) error {
	q, args, err := f.sql(scanText)
	if err != nil {
		return fmt.Errorf("store %s: %w", s.path, err)
	}
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
		var id string
		var rec sql.RawBytes // valid until Next: decoded at once, so no copy
		if err := rows.Scan(&id, &rec); err != nil {
			return fmt.Errorf("store %s: events: %w", s.path, err)
		}
		e := new(event.Event)
		if err := json.Unmarshal(rec, e); err != nil {
			return fmt.Errorf("store %s: event %q: stored record is corrupt: %w", s.path, id, err)
		}
		if err := fn(e); err != nil {
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

// sql returns the statement and arguments for f, or an error naming the
// field that is malformed. scanText chooses how Text is matched (see
// textCondition).
func (f Filter) sql(scanText bool) (string, []any, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	prefix := func(field, col, p string) (string, []any, error) {
		if err := checkCode(field, p); err != nil {
			return "", nil, err
		}
		return "(" + col + " >= ? AND " + col + " < ?)", []any{p, prefixEnd(p)}, nil
	}

	if f.Actor != "" {
		c1, a1, err := prefix("actor", "actor1_code", f.Actor)
		if err != nil {
			return "", nil, err
		}
		c2, a2, _ := prefix("actor", "actor2_code", f.Actor)
		add("("+c1+" OR "+c2+")", append(a1, a2...)...)
	}
	for i, col := range []string{"actor1_code", "actor2_code"} {
		if f.Dyad[i] != "" {
			c, a, err := prefix(fmt.Sprintf("dyad[%d]", i), col, f.Dyad[i])
			if err != nil {
				return "", nil, err
			}
			add(c, a...)
		}
	}
	if f.Code != "" {
		c, a, err := prefix("code", "event_code", f.Code)
		if err != nil {
			return "", nil, err
		}
		add(c, a...)
	}
	if f.Root != "" {
		if err := checkCode("root", f.Root); err != nil {
			return "", nil, err
		}
		add("event_root_code = ?", f.Root)
	}
	if f.Quad != 0 {
		if f.Quad < 1 || f.Quad > 4 {
			return "", nil, fmt.Errorf("filter quad %d: want 1 to 4 (0 for any)", f.Quad)
		}
		add("quad_class = ?", f.Quad)
	}
	if f.Country != "" {
		if err := checkCode("country", f.Country); err != nil {
			return "", nil, err
		}
		add("(actor1_country = ? OR actor2_country = ? OR place_country = ?)", f.Country, f.Country, f.Country)
	}
	for _, d := range []struct{ field, value, op string }{{"from", f.From, ">="}, {"to", f.To, "<="}} {
		if d.value != "" {
			if err := checkDate(d.field, d.value); err != nil {
				return "", nil, err
			}
			add("date "+d.op+" ?", d.value)
		}
	}
	if f.Text != "" {
		add(textCondition(f.Text, scanText))
	}
	if f.After != "" {
		date, id, ok := strings.Cut(f.After, "/")
		if !ok || checkDate("after", date) != nil || id == "" {
			return "", nil, fmt.Errorf("filter after %q: not a cursor (want DATE/ID, as Cursor returns)", f.After)
		}
		add("(date, id) > (?, ?)", date, id)
	}
	if f.Limit < 0 {
		return "", nil, fmt.Errorf("filter limit %d: negative", f.Limit)
	}

	// The inner query selects and orders keys only; records are read for
	// the rows that survive. When an index gives the order this costs one
	// lookup per row, and when SQLite must sort it sorts short keys, not
	// whole records (twice as fast on a common word of Text).
	keys := "SELECT id, date FROM events"
	if len(where) > 0 {
		keys += " WHERE " + strings.Join(where, " AND ")
	}
	keys += " ORDER BY date, id"
	if f.Limit > 0 {
		keys += " LIMIT ?"
		args = append(args, f.Limit)
	}
	q := "SELECT e.id, e.record FROM (" + keys + ") k JOIN events e ON e.id = k.id ORDER BY k.date, k.id"
	return q, args, nil
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
