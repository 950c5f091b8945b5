package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// selection is a validated Filter as SQL conditions, with the choices that
// decide how SQLite answers it.
type selection struct {
	terms []term     // conditions on indexed columns, ANDed
	dates []dateCond // conditions on the date (from, to, after), ANDed
	text  string     // Filter.Text, "" for none
	limit int

	dyad  []colRange // both actors' ranges of a dyad with both set, else nil
	empty bool       // nothing can match: no query is needed

	scanText bool // match text by walking events, or with no terms sentences (see text.go), not through the index
	byDate   bool // walk the date index and test each event, rather than sort the matches
	lead     int  // with lead > 0, terms[lead-1]'s index finds the matches, which are sorted
}

// cond is an SQL condition and its arguments.
type cond struct {
	sql  string
	args []any
}

// dateCond is a condition on the date: date op ?, or with a cursor
// (op ""), (date, id) > (?, ?).
type dateCond struct {
	op   string
	args []any
}

// sql renders the condition on the events table; with noIndex, so that
// SQLite cannot answer it from the date index.
func (d dateCond) sql(noIndex bool) cond {
	if noIndex {
		return d.on("+date", "id")
	}
	return d.on("date", "id")
}

// on renders the condition on the columns date and id of some table.
func (d dateCond) on(date, id string) cond {
	if d.op == "" {
		return cond{"(" + date + ", " + id + ") > (?, ?)", d.args}
	}
	return cond{date + " " + d.op + " ?", d.args}
}

// term is a filter on indexed columns: the OR of one or more ranges,
// each on one column (an actor is either actor's code, a country any of
// three columns).
type term []colRange

// colRange is a range of one indexed column: [lo, hi), or the value lo
// when hi is nil.
type colRange struct {
	col    string
	lo, hi any
}

// indexOf names the index of each filtered column. Each is (column, date,
// id, the other filtered columns): a range of one value is already in
// date order, a probe with date conditions reads the index alone, and so
// does a test of the other terms on the rows it finds.
var indexOf = map[string]string{
	"actor1_code": "events_actor1", "actor2_code": "events_actor2",
	"event_code": "events_code", "event_root_code": "events_root", "quad_class": "events_quad",
	"actor1_country": "events_country1", "actor2_country": "events_country2", "place_country": "events_place",
}

// sql renders the range; with noIndex, so that SQLite cannot answer it
// from its index (a unary + makes the column an expression).
func (r colRange) sql(noIndex bool) cond {
	col := r.col
	if noIndex {
		col = "+" + col
	}
	if r.hi == nil {
		return cond{col + " = ?", []any{r.lo}}
	}
	return cond{"(" + col + " >= ? AND " + col + " < ?)", []any{r.lo, r.hi}}
}

// seek renders the range for finding its events through its index. A
// prefix becomes the list of the codes it covers (read from the index,
// one seek per code), so that each code's events, in date order in the
// index, are sought by date rather than all read and tested.
func (r colRange) seek() cond {
	if r.hi == nil {
		return r.sql(false)
	}
	c := r.codes()
	c.sql = r.col + " IN (" + c.sql + ")"
	return c
}

// codes selects the codes of the range's column present in events, from
// its index, one seek per code.
func (r colRange) codes() cond {
	c := r.col
	return cond{`WITH RECURSIVE codes(code) AS (
		SELECT min(` + c + `) FROM events WHERE ` + c + ` >= ? AND ` + c + ` < ?
		UNION ALL
		SELECT (SELECT min(` + c + `) FROM events WHERE ` + c + ` > codes.code AND ` + c + ` < ?) FROM codes WHERE code IS NOT NULL
	) SELECT code FROM codes WHERE code IS NOT NULL`, []any{r.lo, r.hi, r.hi}}
}

// sql renders the term for SQLite to answer as it sees fit, or, with
// noIndex, to be tested on rows found otherwise.
func (t term) sql(noIndex bool) cond {
	return t.join(func(r colRange) cond { return r.sql(noIndex) })
}

// seek renders the term with the date conditions for finding its events
// through its indexes: each column sought by code and date.
func (t term) seek(dates []dateCond) cond {
	return t.join(func(r colRange) cond {
		c := r.seek()
		for _, d := range dates {
			dc := d.sql(false)
			c.sql += " AND " + dc.sql
			c.args = append(append([]any(nil), c.args...), dc.args...)
		}
		return c
	})
}

// join renders each range of the term and joins them with OR.
func (t term) join(render func(colRange) cond) cond {
	var c cond
	var parts []string
	for _, r := range t {
		rc := render(r)
		parts = append(parts, "("+rc.sql+")")
		c.args = append(c.args, rc.args...)
	}
	c.sql = strings.Join(parts, " OR ")
	if len(parts) > 1 {
		c.sql = "(" + c.sql + ")"
	}
	return c
}

// sorted reports whether the term's matches come from its index in date
// order: one column, one value.
func (t term) sorted() bool { return len(t) == 1 && t[0].hi == nil }

// walkMatches is the number of matches from which walking events in date
// order (and testing each) beats collecting every match and sorting: with
// a million events, this many matches means a page of 100 is found within
// roughly 10,000 events.
const walkMatches = 10_000

// fewMatches is a number of matches that is cheap to sort whatever the
// other terms would give: all terms are first counted up to it, and if
// one has fewer, none is counted further.
const fewMatches = 500

// selection validates f and turns it into SQL conditions, naming the field
// that is malformed.
func (f Filter) selection() (selection, error) {
	sel := selection{text: f.Text, limit: f.Limit}
	prefix := func(field, col, p string) (colRange, error) {
		if err := checkCode(field, p); err != nil {
			return colRange{}, err
		}
		return colRange{col, p, prefixEnd(p)}, nil
	}
	if f.Actor != "" {
		r1, err := prefix("actor", "actor1_code", f.Actor)
		if err != nil {
			return sel, err
		}
		r2, _ := prefix("actor", "actor2_code", f.Actor)
		sel.terms = append(sel.terms, term{r1, r2})
	}
	for i, col := range []string{"actor1_code", "actor2_code"} {
		if f.Dyad[i] != "" {
			r, err := prefix(fmt.Sprintf("dyad[%d]", i), col, f.Dyad[i])
			if err != nil {
				return sel, err
			}
			sel.terms = append(sel.terms, term{r})
			sel.dyad = append(sel.dyad, r)
		}
	}
	if len(sel.dyad) < 2 {
		sel.dyad = nil
	}
	if f.Code != "" {
		r, err := prefix("code", "event_code", f.Code)
		if err != nil {
			return sel, err
		}
		sel.terms = append(sel.terms, term{r})
	}
	if f.Root != "" {
		if err := checkCode("root", f.Root); err != nil {
			return sel, err
		}
		sel.terms = append(sel.terms, term{{col: "event_root_code", lo: f.Root}})
	}
	if f.Quad != 0 {
		if f.Quad < 1 || f.Quad > 4 {
			return sel, fmt.Errorf("filter quad %d: want 1 to 4 (0 for any)", f.Quad)
		}
		sel.terms = append(sel.terms, term{{col: "quad_class", lo: f.Quad}})
	}
	if f.Country != "" {
		if err := checkCode("country", f.Country); err != nil {
			return sel, err
		}
		sel.terms = append(sel.terms, term{{col: "actor1_country", lo: f.Country},
			{col: "actor2_country", lo: f.Country}, {col: "place_country", lo: f.Country}})
	}
	for _, d := range []struct{ field, value, op string }{{"from", f.From, ">="}, {"to", f.To, "<="}} {
		if d.value != "" {
			if err := checkDate(d.field, d.value); err != nil {
				return sel, err
			}
			sel.dates = append(sel.dates, dateCond{d.op, []any{d.value}})
		}
	}
	if f.After != "" {
		date, id, ok := strings.Cut(f.After, "/")
		if !ok || checkDate("after", date) != nil || id == "" {
			return sel, fmt.Errorf("filter after %q: not a cursor (want DATE/ID, as Cursor returns)", f.After)
		}
		sel.dates = append(sel.dates, dateCond{"", []any{date, id}})
	}
	if f.Limit < 0 {
		return sel, fmt.Errorf("filter limit %d: negative", f.Limit)
	}
	return sel, nil
}

// plan decides how to answer sel. SQLite's planner cannot tell how many
// events a code prefix or a country matches, nor which of several terms
// is the rarest, and when it guesses wrong a page costs a scan of a
// hundred thousand rows. So for a limited page, plan counts each term's
// matches from its own index alone (up to the point where the answer no
// longer matters): the rarest term's index finds the matches when they
// are few, and the date index is walked when every term matches many.
func (s *Store) plan(ctx context.Context, sel *selection) error {
	if sel.dyad != nil {
		// The totals per dyad know at once whether any event has one of
		// the pairs; the indexes would test every event of either actor.
		a1, a2 := sel.dyad[0], sel.dyad[1]
		var found bool
		if err := s.dyadProbe.QueryRowContext(ctx, a1.lo, a1.hi, a2.lo, a2.hi).Scan(&found); err != nil {
			return err
		}
		if sel.empty = !found; sel.empty {
			return nil
		}
	}
	if sel.limit == 0 {
		sel.scanText = sel.text != "" && !trigrams(sel.text) // else the text index finds all
		return nil                                           // every match is wanted: let SQLite find them as it sees fit
	}
	sorted := len(sel.terms) == 0 || len(sel.terms) == 1 && sel.terms[0].sorted()
	if sorted && sel.text == "" {
		return nil // one index gives date order and LIMIT stops it early
	}
	// A walk in date order that finds the page among the first events is
	// the cheapest plan of all: sample them. (Not for text: testing each
	// event's sentences costs more than asking the text index.)
	var order, each []int // of the terms, rarest in the sample first; their matches in it
	if sel.text == "" {
		var n int
		var err error
		n, each, err = s.sample(ctx, sel)
		if err != nil {
			return err
		}
		if n >= sel.limit {
			sel.byDate = true // the sample holds the page
			return nil
		}
		if len(sel.terms) == 1 {
			if done, err := s.planOneTerm(ctx, sel, n); done || err != nil {
				return err
			}
		}
		if n > 0 && sel.limit*sampleRows/n <= walkRows {
			sel.byDate = true
			return nil
		}
		order = make([]int, len(each))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return each[a] - each[b] })
	}
	if sel.text != "" {
		var err error
		if len(sel.terms) == 0 && trigrams(sel.text) && isASCII(sel.text) {
			// Walking the sentences in date order finds a common word's
			// page at once, as a sample of them tells.
			n, rows, err := s.sampleText(ctx, sel)
			if err != nil {
				return err
			}
			if rows < sampleRows || n > 0 && sel.limit*sampleRows/n <= walkRows {
				sel.scanText = true
				return nil
			}
		}
		if sel.scanText, err = s.scanForText(ctx, sel.text, sel.limit); err != nil {
			return err
		}
		if !sel.scanText {
			return nil // the trigram index bounds the work: let SQLite order the few matches
		}
	}
	if sorted {
		return nil
	}
	// Then a cheap round: any term with few matches will do. Then the
	// full count, each term up to the fewest found so far.
	// The terms rarest in the sample are counted first, so that the
	// others are counted only up to their count. A term the sample finds
	// far rarer than the others is counted alone first: with fewer than
	// walkMatches events it leads, with no need to count the others.
	if order == nil {
		for i := range sel.terms {
			order = append(order, i)
		}
	} else if len(order) > 1 && each[order[1]] >= 10 && 4*each[order[0]] < each[order[1]] {
		n, err := s.countUpTo(ctx, sel.terms[order[0]], sel.dates, walkMatches)
		if err != nil {
			return err
		}
		if n < walkMatches {
			sel.lead = order[0] + 1
			return s.expandLead(ctx, sel)
		}
	}
	best, bestN := 0, walkMatches
	for _, most := range []int{fewMatches, walkMatches} {
		for _, i := range order {
			t := sel.terms[i]
			n, err := s.countUpTo(ctx, t, sel.dates, min(most, bestN))
			if err != nil {
				return err
			}
			if n < min(most, bestN) {
				best, bestN = i+1, n
			}
		}
		if best > 0 {
			break
		}
	}
	sel.lead, sel.byDate = best, best == 0
	if best > 0 {
		return s.expandLead(ctx, sel)
	}
	return nil
}

// planOneTerm plans a page of one term of several codes or columns, of
// which the sample of sampleRows events held n: through its codes' indexes
// when they are at most maxBranches, each branch stopping at a page, so
// that no more than a page per code is read; or by the walk when that
// promises the page sooner. done is false when the codes are too many.
func (s *Store) planOneTerm(ctx context.Context, sel *selection, n int) (done bool, err error) {
	sel.lead = 1
	if err := s.expandLead(ctx, sel); err != nil {
		return false, err
	}
	for _, r := range sel.terms[0] {
		if r.hi != nil {
			sel.lead = 0
			return false, nil
		}
	}
	// The walk reads about limit*sampleRows/n events, the branches up to
	// limit each, and a branch's row costs about three of the walk's (the
	// union and the page sort it; measured on the load test's store).
	if n > 0 && 3*n*len(sel.terms[0]) > sampleRows {
		sel.lead, sel.byDate = 0, true
	}
	return true, nil
}

// query returns the SQL and arguments that answer sel as planned.
func (sel selection) query() (string, []any) {
	// The inner query selects and orders keys only; records are read for
	// the rows that survive, so a sort handles short keys, not records.
	// Keys read from the events' indexes carry the row's rowid, so that
	// the record is read without a look-up of the id.
	var keys string
	var args []any
	join := "e.rowid = k.rid"
	switch {
	case sel.lead > 0:
		keys, args = sel.leadKeys()
	case sel.scanText && len(sel.terms) == 0:
		keys, args = sel.textKeys()
		join = "e.id = k.id"
	default:
		from := "events"
		if sel.byDate {
			from += " INDEXED BY events_walk"
		}
		c := sel.conds(-1)
		keys, args = "SELECT rowid AS rid, id, date FROM "+from, c.args
		if c.sql != "" {
			keys += " WHERE " + c.sql
		}
	}
	keys += " ORDER BY date, id"
	if sel.limit > 0 {
		keys += " LIMIT ?"
		args = append(args, sel.limit)
	}
	return "SELECT e.id, e.date, e.record FROM (" + keys + ") k JOIN events e ON " + join + " ORDER BY k.date, k.id", args
}

// textKeys selects the keys of the events with a sentence holding the
// text, when nothing else is filtered but the dates, by walking the
// sentences in date order and testing each: a page of a common word is
// found among the first few thousand sentences, each read once, with no
// look-up per event.
func (sel selection) textKeys() (string, []any) {
	where, args := sel.sentenceConds(textLike)
	return "SELECT DISTINCT event_id AS id, date FROM evidence INDEXED BY evidence_date WHERE " +
		strings.Join(where, " AND "), args
}

// sentenceConds returns the conditions of the walk of the sentences in
// date order (textKeys) and of its sample (sampleText), first then sel's
// dates on the sentences' own (date, event_id), and their arguments: the
// text's LIKE pattern, which first or the sample's select tests, then the
// dates'. One place builds both, so the sample tests what the walk will.
func (sel selection) sentenceConds(first string) ([]string, []any) {
	where := []string{first}
	args := []any{likePattern(sel.text)}
	for _, d := range sel.dates {
		c := d.on("date", "event_id")
		where = append(where, c.sql)
		args = append(args, c.args...)
	}
	return where, args
}

// leadKeys selects the keys of the matches through the lead term's
// indexes, one branch per column (an actor is found through either
// actor's index), each sought with the dates and testing the other terms
// on the rows it finds. Naming each branch's index keeps SQLite from
// walking the covering date index instead, which it would rather do to
// spare the sort.
func (sel selection) leadKeys() (string, []any) {
	lead := sel.terms[sel.lead-1]
	var branches []string
	var args []any
	for _, r := range lead {
		seek := term{r}.seek(sel.dates)
		rest := sel.conds(sel.lead - 1)
		q := "SELECT rowid AS rid, id, date FROM events INDEXED BY " + indexOf[r.col] + " WHERE " + seek.sql
		if rest.sql != "" {
			q += " AND " + rest.sql
		}
		args = append(append(args, seek.args...), rest.args...)
		if len(lead) > 1 && sel.limit > 0 {
			// A page of the whole is within the first page of each
			// branch: the branches of single codes stop there.
			q = "SELECT * FROM (" + q + " ORDER BY date, id LIMIT ?)"
			args = append(args, sel.limit)
		}
		branches = append(branches, q)
	}
	if len(branches) == 1 {
		return branches[0], args
	}
	return "SELECT rid, id, date FROM (" + strings.Join(branches, " UNION ") + ")", args
}

// conds renders every condition of sel but the lead term's (lead ≥ 0),
// whose index finds the rows: those others are tested on each row, kept
// from their own indexes; with no lead (-1), SQLite may use any index.
// The dates go with the lead.
func (sel selection) conds(lead int) cond {
	var where []string
	var args []any
	add := func(c cond) {
		where = append(where, c.sql)
		args = append(args, c.args...)
	}
	for i, t := range sel.terms {
		if i != lead {
			add(t.sql(lead >= 0))
		}
	}
	if lead < 0 {
		for _, d := range sel.dates {
			add(d.sql(false))
		}
	}
	if sel.text != "" {
		c, arg := textCondition(sel.text, sel.scanText)
		add(cond{c, []any{arg}})
	}
	return cond{strings.Join(where, " AND "), args}
}
