package server

import (
	"fmt"
	"net/http"
	"time"
)

// bucket is one period of the timeline.
type bucket struct {
	Start         string  `json:"start"`       // first day of the period, YYYY-MM-DD
	Total         int     `json:"total"`       // events in the period
	QuadCounts    [4]int  `json:"quad_counts"` // events of QuadClass 1, 2, 3, 4
	MeanGoldstein float64 `json:"mean_goldstein"`
}

type timelineAnswer struct {
	Interval string   `json:"interval"` // "day" or "week" (weeks start on Monday)
	Buckets  []bucket `json:"buckets"`  // periods with events, in order
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sel, err := parseSelection(q)
	if err != nil {
		s.fail(w, err)
		return
	}
	interval := q.Get("interval")
	switch interval {
	case "":
		interval = "day"
	case "day", "week":
	default:
		s.fail(w, badParam("interval", interval, "want day or week"))
		return
	}
	query, args := timelineQuery(sel, false)
	rows, err := s.ro.QueryContext(r.Context(), query, args...)
	if err != nil {
		s.fail(w, fmt.Errorf("timeline: %w", err))
		return
	}
	defer rows.Close()
	ans := timelineAnswer{Interval: interval, Buckets: []bucket{}}
	var sum float64 // Goldstein total of the last bucket
	for rows.Next() {
		var date string
		var quad, n int
		var g float64
		if err := rows.Scan(&date, &quad, &n, &g); err != nil {
			s.fail(w, fmt.Errorf("timeline: %w", err))
			return
		}
		start := date
		if interval == "week" {
			start = weekStart(date)
		}
		if k := len(ans.Buckets); k == 0 || ans.Buckets[k-1].Start != start {
			closeBucket(ans.Buckets, sum)
			ans.Buckets = append(ans.Buckets, bucket{Start: start})
			sum = 0
		}
		b := &ans.Buckets[len(ans.Buckets)-1]
		b.Total += n
		if quad >= 1 && quad <= 4 {
			b.QuadCounts[quad-1] += n
		}
		sum += g
	}
	if err := rows.Err(); err != nil {
		s.fail(w, fmt.Errorf("timeline: %w", err))
		return
	}
	closeBucket(ans.Buckets, sum)
	writeJSON(w, http.StatusOK, ans)
}

// closeBucket sets the mean Goldstein of the last bucket from its sum.
func closeBucket(bs []bucket, sum float64) {
	if k := len(bs); k > 0 && bs[k-1].Total > 0 {
		bs[k-1].MeanGoldstein = round3(sum / float64(bs[k-1].Total))
	}
}

func round3(f float64) float64 {
	if f < 0 {
		return -round3(-f)
	}
	return float64(int64(f*1000+0.5)) / 1000
}

// weekStart returns the Monday of the week of a YYYY-MM-DD date (stored
// dates are checked by the store's schema, so they parse).
func weekStart(date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	return t.AddDate(0, 0, -back).Format(time.DateOnly)
}

// dyad is one edge of the actor network.
type dyad struct {
	Actor1        string  `json:"actor1"`
	Actor2        string  `json:"actor2"`
	Count         int     `json:"count"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

func (s *Server) dyads(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sel, err := parseSelection(q)
	if err != nil {
		s.fail(w, err)
		return
	}
	limit, err := parseLimit(q, 50, 1000)
	if err != nil {
		s.fail(w, err)
		return
	}
	query, args := dyadsQuery(sel, limit, false)
	rows, err := s.ro.QueryContext(r.Context(), query, args...)
	if err != nil {
		s.fail(w, fmt.Errorf("dyads: %w", err))
		return
	}
	defer rows.Close()
	out := []dyad{}
	for rows.Next() {
		var d dyad
		if err := rows.Scan(&d.Actor1, &d.Actor2, &d.Count, &d.MeanGoldstein); err != nil {
			s.fail(w, fmt.Errorf("dyads: %w", err))
			return
		}
		d.MeanGoldstein = round3(d.MeanGoldstein)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		s.fail(w, fmt.Errorf("dyads: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, map[string][]dyad{"dyads": out})
}

// placeCount is the number of events at one place.
type placeCount struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Count   int     `json:"count"`
}

type countryCount struct {
	Country string `json:"country"`
	Count   int    `json:"count"`
}

type placesAnswer struct {
	Places    []placeCount   `json:"places"`    // most frequent places first
	Countries []countryCount `json:"countries"` // event counts by the place's country
}

func (s *Server) places(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sel, err := parseSelection(q)
	if err != nil {
		s.fail(w, err)
		return
	}
	limit, err := parseLimit(q, 100, 5000)
	if err != nil {
		s.fail(w, err)
		return
	}
	ans := placesAnswer{Places: []placeCount{}, Countries: []countryCount{}}
	pq, cq, args := placesQueries(sel, false)
	rows, err := s.ro.QueryContext(r.Context(), pq, append(args, limit)...)
	if err != nil {
		s.fail(w, fmt.Errorf("places: %w", err))
		return
	}
	defer rows.Close()
	for rows.Next() {
		var p placeCount
		if err := rows.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.Count); err != nil {
			s.fail(w, fmt.Errorf("places: %w", err))
			return
		}
		ans.Places = append(ans.Places, p)
	}
	if err := rows.Err(); err != nil {
		s.fail(w, fmt.Errorf("places: %w", err))
		return
	}
	crows, err := s.ro.QueryContext(r.Context(), cq, args...)
	if err != nil {
		s.fail(w, fmt.Errorf("places: %w", err))
		return
	}
	defer crows.Close()
	for crows.Next() {
		var c countryCount
		if err := crows.Scan(&c.Country, &c.Count); err != nil {
			s.fail(w, fmt.Errorf("places: %w", err))
			return
		}
		ans.Countries = append(ans.Countries, c)
	}
	if err := crows.Err(); err != nil {
		s.fail(w, fmt.Errorf("places: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, ans)
}

// The statistics read the aggregate tables that the store keeps (totals
// over all dates, or a few rows per day) whenever the selection filters
// only on columns those tables have; other filters (an event code, a
// text, a country of either actor) need the events themselves.
// fromEvents forces the latter, so that tests can check that both agree.

// timelineQuery selects date, quad class, count and Goldstein sum, by date.
func timelineQuery(sel selection, fromEvents bool) (string, []any) {
	if w, args, ok := sel.whereOn([]string{"date", "quad_class"}); ok && !fromEvents {
		return `SELECT date, quad_class, n, goldstein_sum FROM daily_counts WHERE ` + w + ` ORDER BY date`, args
	}
	w, args := sel.where()
	return `SELECT date, quad_class, count(*), sum(goldstein) FROM events WHERE ` + w +
		` GROUP BY date, quad_class ORDER BY date`, args
}

// dyadsQuery selects the limit most frequent pairs of actors with their
// count and mean Goldstein.
func dyadsQuery(sel selection, limit int, fromEvents bool) (string, []any) {
	const order = ` GROUP BY actor1_code, actor2_code ORDER BY count DESC, actor1_code, actor2_code LIMIT ?`
	if w, args, ok := sel.whereOn([]string{"actor1_code", "actor2_code"}); ok && !fromEvents {
		return `SELECT actor1_code, actor2_code, sum(n) AS count, sum(goldstein_sum) / sum(n) FROM dyad_totals WHERE ` +
			w + order, append(args, limit)
	}
	if w, args, ok := sel.whereOn([]string{"date", "actor1_code", "actor2_code"}); ok && !fromEvents {
		return `SELECT actor1_code, actor2_code, sum(n) AS count, sum(goldstein_sum) / sum(n) FROM daily_dyads WHERE ` +
			w + order, append(args, limit)
	}
	w, args := sel.where()
	return `SELECT actor1_code, actor2_code, count(*) AS count, avg(goldstein) FROM events WHERE actor2_code <> '' AND ` +
		w + order, append(args, limit)
}

// placesQueries returns the query of the most frequent places (its last
// argument, the limit, is the caller's to add) and that of the counts by
// the place's country, with the arguments they share.
func placesQueries(sel selection, fromEvents bool) (places, countries string, args []any) {
	const placeOrder = ` GROUP BY place_country, lat, lon ORDER BY count DESC, place_country, lat, lon LIMIT ?`
	const countryOrder = ` GROUP BY place_country ORDER BY count DESC, place_country`
	for _, agg := range []struct {
		table string
		cols  []string
	}{
		{"place_totals", []string{"place_country", "lat", "lon"}},
		{"daily_places", []string{"date", "place_country", "lat", "lon"}},
	} {
		if w, args, ok := sel.whereOn(agg.cols); ok && !fromEvents {
			return `SELECT max(name), place_country, lat, lon, sum(n) AS count FROM ` + agg.table + ` WHERE ` + w + placeOrder,
				`SELECT place_country, sum(n) AS count FROM ` + agg.table + ` WHERE place_country <> '' AND ` + w + countryOrder,
				args
		}
	}
	w, args := sel.where()
	return `SELECT coalesce(max(json_extract(record, '$.place.name')), ''), place_country, lat, lon, count(*) AS count
			FROM events WHERE lat IS NOT NULL AND ` + w + placeOrder,
		`SELECT place_country, count(*) AS count FROM events WHERE place_country <> '' AND ` + w + countryOrder,
		args
}
