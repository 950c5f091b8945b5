package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// selection is a validated Filter as SQL conditions, with the choices that
// decide how SQLite answers it.
type selection struct {
	where    []string // conditions other than Text, ANDed
	args     []any
	unsorted bool   // some condition's index does not give date order (prefix ranges, ORs)
	text     string // Filter.Text, "" for none
	limit    int

	scanText bool // match text by walking events (see text.go), not through the index
	byDate   bool // walk the date index and test each event, rather than sort the matches
}

// walkMatches is the number of matches from which walking events in date
// order (and testing each) beats collecting every match and sorting: with
// a million events, this many matches means a page of 100 is found within
// roughly 10,000 events.
const walkMatches = 10_000

// selection validates f and turns it into SQL conditions, naming the field
// that is malformed.
func (f Filter) selection() (selection, error) {
	sel := selection{text: f.Text, limit: f.Limit}
	add := func(cond string, a ...any) {
		sel.where = append(sel.where, cond)
		sel.args = append(sel.args, a...)
	}
	prefix := func(field, col, p string) (string, []any, error) {
		if err := checkCode(field, p); err != nil {
			return "", nil, err
		}
		sel.unsorted = true
		return "(" + col + " >= ? AND " + col + " < ?)", []any{p, prefixEnd(p)}, nil
	}
	if f.Actor != "" {
		c1, a1, err := prefix("actor", "actor1_code", f.Actor)
		if err != nil {
			return sel, err
		}
		c2, a2, _ := prefix("actor", "actor2_code", f.Actor)
		add("("+c1+" OR "+c2+")", append(a1, a2...)...)
	}
	for i, col := range []string{"actor1_code", "actor2_code"} {
		if f.Dyad[i] != "" {
			c, a, err := prefix(fmt.Sprintf("dyad[%d]", i), col, f.Dyad[i])
			if err != nil {
				return sel, err
			}
			add(c, a...)
		}
	}
	if f.Dyad[0] != "" && f.Dyad[1] != "" {
		// Counting a pair's matches walks one side's index testing the
		// other: dearer than letting SQLite choose, which measured fine.
		sel.unsorted = f.Actor != "" || f.Code != "" || f.Country != ""
	}
	if f.Code != "" {
		c, a, err := prefix("code", "event_code", f.Code)
		if err != nil {
			return sel, err
		}
		add(c, a...)
	}
	if f.Root != "" {
		if err := checkCode("root", f.Root); err != nil {
			return sel, err
		}
		add("event_root_code = ?", f.Root)
	}
	if f.Quad != 0 {
		if f.Quad < 1 || f.Quad > 4 {
			return sel, fmt.Errorf("filter quad %d: want 1 to 4 (0 for any)", f.Quad)
		}
		add("quad_class = ?", f.Quad)
	}
	if f.Country != "" {
		if err := checkCode("country", f.Country); err != nil {
			return sel, err
		}
		sel.unsorted = true
		add("(actor1_country = ? OR actor2_country = ? OR place_country = ?)", f.Country, f.Country, f.Country)
	}
	for _, d := range []struct{ field, value, op string }{{"from", f.From, ">="}, {"to", f.To, "<="}} {
		if d.value != "" {
			if err := checkDate(d.field, d.value); err != nil {
				return sel, err
			}
			add("date "+d.op+" ?", d.value)
		}
	}
	if f.After != "" {
		date, id, ok := strings.Cut(f.After, "/")
		if !ok || checkDate("after", date) != nil || id == "" {
			return sel, fmt.Errorf("filter after %q: not a cursor (want DATE/ID, as Cursor returns)", f.After)
		}
		add("(date, id) > (?, ?)", date, id)
	}
	if f.Limit < 0 {
		return sel, fmt.Errorf("filter limit %d: negative", f.Limit)
	}
	return sel, nil
}

// plan decides how to answer sel. SQLite's planner cannot tell how many
// events a code prefix or a country matches, and when it guesses wrong a
// page of a common actor costs a sort of a hundred thousand rows. So for a
// limited page, plan counts the matches (up to the point where the answer
// no longer matters) and walks the date index when they are many.
func (s *Store) plan(ctx context.Context, sel *selection) error {
	var err error
	if sel.text != "" {
		if sel.scanText, err = s.scanForText(ctx, sel.text, sel.limit); err != nil {
			return err
		}
		if !sel.scanText {
			return nil // the trigram index bounds the work: let SQLite order the few matches
		}
	}
	if sel.limit == 0 || !sel.unsorted {
		return nil
	}
	q := "SELECT count(*) FROM (SELECT 1 FROM events WHERE " + strings.Join(sel.where, " AND ") +
		" LIMIT " + strconv.Itoa(walkMatches) + ")"
	st, err := s.query(q)
	if err != nil {
		return err
	}
	var n int
	if err := st.QueryRowContext(ctx, sel.args...).Scan(&n); err != nil {
		return err
	}
	sel.byDate = n >= walkMatches
	return nil
}

// query returns the SQL and arguments that answer sel as planned.
func (sel selection) query() (string, []any) {
	where := sel.where
	args := append([]any(nil), sel.args...)
	if sel.text != "" {
		cond, arg := textCondition(sel.text, sel.scanText)
		where = append(where, cond)
		args = append(args, arg)
	}
	// The inner query selects and orders keys only; records are read for
	// the rows that survive, so a sort handles short keys, not records.
	keys := "SELECT id, date FROM events"
	if sel.byDate {
		keys += " INDEXED BY events_date"
	}
	if len(where) > 0 {
		keys += " WHERE " + strings.Join(where, " AND ")
	}
	keys += " ORDER BY date, id"
	if sel.limit > 0 {
		keys += " LIMIT ?"
		args = append(args, sel.limit)
	}
	return "SELECT e.id, e.record FROM (" + keys + ") k JOIN events e ON e.id = k.id ORDER BY k.date, k.id", args
}
