package server

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// cond is one condition of a selection, with the columns it reads, so
// that a query can tell whether a table other than events can answer it.
type cond struct {
	sql  string
	args []any
	cols []string
}

// conds renders a selection as SQL conditions on the events table, for the
// queries the store does not offer (aggregates and bounding boxes). Values
// are always bound parameters; codes were checked by parseSelection to be
// ASCII letters, digits and '-', which is also what makes prefixEnd
// correct.
func (s selection) conds() []cond {
	var cs []cond
	add := func(sql string, cols []string, args ...any) {
		cs = append(cs, cond{sql, args, cols})
	}
	prefix := func(col, p string) (string, []any) {
		return "(" + col + " >= ? AND " + col + " < ?)", []any{p, prefixEnd(p)}
	}
	f := s.f
	if f.Actor != "" {
		c1, a1 := prefix("actor1_code", f.Actor)
		c2, a2 := prefix("actor2_code", f.Actor)
		add("("+c1+" OR "+c2+")", []string{"actor1_code", "actor2_code"}, append(a1, a2...)...)
	}
	for i, col := range []string{"actor1_code", "actor2_code"} {
		if f.Dyad[i] != "" {
			c, a := prefix(col, f.Dyad[i])
			add(c, []string{col}, a...)
		}
	}
	if f.Code != "" {
		c, a := prefix("event_code", f.Code)
		add(c, []string{"event_code"}, a...)
	}
	if f.Root != "" {
		add("event_root_code = ?", []string{"event_root_code"}, f.Root)
	}
	if f.Quad != 0 {
		add("quad_class = ?", []string{"quad_class"}, f.Quad)
	}
	if f.Country != "" {
		add("(actor1_country = ? OR actor2_country = ? OR place_country = ?)",
			[]string{"actor1_country", "actor2_country", "place_country"}, f.Country, f.Country, f.Country)
	}
	if f.From != "" {
		add("date >= ?", []string{"date"}, f.From)
	}
	if f.To != "" {
		add("date <= ?", []string{"date"}, f.To)
	}
	if f.Text != "" {
		c, a := textCondition(f.Text)
		add(c, []string{"id", "evidence"}, a)
	}
	if b := s.bbox; b != nil {
		add("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?", []string{"lat", "lon"}, b.minLat, b.maxLat, b.minLon, b.maxLon)
	}
	if f.After != "" {
		date, id, _ := strings.Cut(f.After, "/")
		add("(date, id) > (?, ?)", []string{"date", "id"}, date, id)
	}
	return cs
}

// where renders the selection as one condition on the events table.
func (s selection) where() (string, []any) {
	w, args, _ := s.whereOn(nil)
	return w, args
}

// whereOn renders the selection as one condition on a table having only
// the columns cols (nil: the events table, which has them all). ok is
// false when some filter reads a column the table lacks.
func (s selection) whereOn(cols []string) (w string, args []any, ok bool) {
	var sqls []string
	for _, c := range s.conds() {
		for _, col := range c.cols {
			if cols != nil && !slices.Contains(cols, col) {
				return "", nil, false
			}
		}
		sqls = append(sqls, c.sql)
		args = append(args, c.args...)
	}
	if len(sqls) == 0 {
		return "1", nil, true
	}
	return strings.Join(sqls, " AND "), args, true
}

// textCondition matches evidence sentences containing text, case-
// insensitively: through the store's trigram index when text has a
// trigram, else with LIKE (which folds ASCII case only).
func textCondition(text string) (string, any) {
	if utf8.RuneCountInString(text) >= 3 {
		return `id IN (SELECT event_id FROM evidence WHERE rowid IN
			(SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?))`, `"` + strings.ReplaceAll(text, `"`, `""`) + `"`
	}
	escaped := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(text)
	return `EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = events.id AND v.text LIKE ? ESCAPE '\')`, "%" + escaped + "%"
}

// prefixEnd returns the least string greater than every string starting
// with the ASCII prefix p, so that a prefix match is an index range.
func prefixEnd(p string) string {
	return p[:len(p)-1] + string(p[len(p)-1]+1)
}
