package store

import (
	"context"
	"fmt"
	"strings"
)

// This file holds the planner's probes: what plan reads, cheaply, from
// the indexes and the aggregates to choose how to answer a selection.

// maxBranches bounds the exact codes a lead term's prefixes become, and
// so the branches of its query (each a statement shape of its own).
const maxBranches = 32

// expandLead replaces each prefix of the lead term by the codes it
// covers, read from the index. Each code's events lie in date order in
// its index, so its branch stops after a page of matches; a prefix's
// events would all be read and sorted. A prefix covering more than
// maxBranches codes (with the others) is kept.
func (s *Store) expandLead(ctx context.Context, sel *selection) error {
	var exact term
	for _, r := range sel.terms[sel.lead-1] {
		if r.hi == nil {
			exact = append(exact, r)
			continue
		}
		c := r.codes()
		st, err := s.query(c.sql)
		if err != nil {
			return err
		}
		rows, err := st.QueryContext(ctx, c.args...)
		if err != nil {
			return err
		}
		for rows.Next() && len(exact) <= maxBranches {
			var code string
			if err := rows.Scan(&code); err != nil {
				rows.Close()
				return err
			}
			exact = append(exact, colRange{col: r.col, lo: code})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(exact) > maxBranches {
			return nil
		}
	}
	sel.terms[sel.lead-1] = exact
	sel.empty = len(exact) == 0
	return nil
}

// dyadProbeSQL tells whether any event has a dyad in the given ranges of
// actor1's and actor2's codes, from the totals per dyad (which hold every
// event with an actor2, and a dyad filter with both codes set wants one).
const dyadProbeSQL = `SELECT EXISTS (SELECT 1 FROM dyad_totals
	WHERE actor1_code >= ? AND actor1_code < ? AND actor2_code >= ? AND actor2_code < ?)`

// sampleRows is the number of events, in date order, in which plan looks
// for a page's matches before it counts each term's; the walk is chosen
// when the matches found there promise a page within walkRows events.
const (
	sampleRows = 1000
	walkRows   = 10_000
)

// sample counts the matches of sel's terms among the first sampleRows
// events of its dates, as the walk would test them, and those of each
// term.
func (s *Store) sample(ctx context.Context, sel *selection) (all int, each []int, err error) {
	var tests, dates, sums, ands []string
	var args []any
	for i, t := range sel.terms {
		c := t.sql(true)
		m := fmt.Sprintf("m%d", i)
		tests = append(tests, c.sql+" AS "+m)
		sums = append(sums, "coalesce(sum("+m+"), 0)")
		ands = append(ands, m)
		args = append(args, c.args...)
	}
	for _, d := range sel.dates {
		c := d.sql(false)
		dates = append(dates, c.sql)
		args = append(args, c.args...)
	}
	where := ""
	if len(dates) > 0 {
		where = " WHERE " + strings.Join(dates, " AND ")
	}
	st, err := s.query("SELECT coalesce(sum(" + strings.Join(ands, " AND ") + "), 0), " + strings.Join(sums, ", ") +
		" FROM (SELECT " + strings.Join(tests, ", ") + " FROM events INDEXED BY events_walk" + where + " ORDER BY date, id LIMIT ?)")
	if err != nil {
		return 0, nil, err
	}
	each = make([]int, len(sel.terms))
	dest := []any{&all}
	for i := range each {
		dest = append(dest, &each[i])
	}
	err = st.QueryRowContext(ctx, append(args, sampleRows)...).Scan(dest...)
	return all, each, err
}

// sampleText counts the sentences holding sel's text among the first
// sampleRows sentences of its dates, as the walk of textKeys would test
// them, and the sentences it looked at.
func (s *Store) sampleText(ctx context.Context, sel *selection) (matches, rows int, err error) {
	where, args := sel.sentenceConds("1")
	st, err := s.query("SELECT count(*), coalesce(sum(ok), 0) FROM (SELECT " + textLike + " AS ok FROM evidence INDEXED BY evidence_date WHERE " +
		strings.Join(where, " AND ") + " ORDER BY date, event_id LIMIT ?)")
	if err != nil {
		return 0, 0, err
	}
	err = st.QueryRowContext(ctx, append(args, sampleRows)...).Scan(&rows, &matches)
	return matches, rows, err
}

// countUpTo counts the events matching t and the date conditions, from
// t's indexes alone, up to most.
func (s *Store) countUpTo(ctx context.Context, t term, dates []dateCond, most int) (int, error) {
	total := 0
	for _, r := range t {
		c := term{r}.seek(dates)
		st, err := s.query("SELECT count(*) FROM (SELECT 1 FROM events INDEXED BY " + indexOf[r.col] +
			" WHERE " + c.sql + " LIMIT ?)")
		if err != nil {
			return 0, err
		}
		var n int
		if err := st.QueryRowContext(ctx, append(c.args, most-total)...).Scan(&n); err != nil {
			return 0, err
		}
		if total += n; total >= most {
			break
		}
	}
	return total, nil
}
