package server

import (
	"strings"
	"unicode/utf8"
)

// where renders a selection as an SQL condition on the events table, with
// its arguments, for the queries the store does not offer (aggregates and
// bounding boxes). Values are always bound parameters; codes were checked
// by parseSelection to be ASCII letters, digits and '-', which is also
// what makes prefixEnd correct.
func (s selection) where() (string, []any) {
	var conds []string
	var args []any
	add := func(c string, a ...any) {
		conds = append(conds, c)
		args = append(args, a...)
	}
	prefix := func(col, p string) (string, []any) {
		return "(" + col + " >= ? AND " + col + " < ?)", []any{p, prefixEnd(p)}
	}
	f := s.f
	if f.Actor != "" {
		c1, a1 := prefix("actor1_code", f.Actor)
		c2, a2 := prefix("actor2_code", f.Actor)
		add("("+c1+" OR "+c2+")", append(a1, a2...)...)
	}
	for i, col := range []string{"actor1_code", "actor2_code"} {
		if f.Dyad[i] != "" {
			c, a := prefix(col, f.Dyad[i])
			add(c, a...)
		}
	}
	if f.Code != "" {
		c, a := prefix("event_code", f.Code)
		add(c, a...)
	}
	if f.Root != "" {
		add("event_root_code = ?", f.Root)
	}
	if f.Quad != 0 {
		add("quad_class = ?", f.Quad)
	}
	if f.Country != "" {
		add("(actor1_country = ? OR actor2_country = ? OR place_country = ?)", f.Country, f.Country, f.Country)
	}
	if f.From != "" {
		add("date >= ?", f.From)
	}
	if f.To != "" {
		add("date <= ?", f.To)
	}
	if f.Text != "" {
		add(textCondition(f.Text))
	}
	if b := s.bbox; b != nil {
		add("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?", b.minLat, b.maxLat, b.minLon, b.maxLon)
	}
	if f.After != "" {
		date, id, _ := strings.Cut(f.After, "/")
		add("(date, id) > (?, ?)", date, id)
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
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
