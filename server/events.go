package server

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/export"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/story"
)

// Page sizes of GET /api/events in JSON. The export formats stream the
// whole selection unless limit is given.
const (
	defaultPage   = 100
	maxPage       = 1000
	maxExportPage = 10_000
)

// eventPage is the JSON answer of GET /api/events.
type eventPage struct {
	Events []*event.Event `json:"events"`
	Next   *string        `json:"next"` // cursor of the next page; null on the last
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sel, err := parseSelection(q)
	if err != nil {
		s.fail(w, err)
		return
	}
	if sel.f.After, err = parseCursor(q.Get("cursor")); err != nil {
		s.fail(w, err)
		return
	}
	format := q.Get("format")
	switch format {
	case "", "json":
		s.eventsJSON(w, r, sel)
	case "jsonl", "csv", "gdelt":
		s.eventsExport(w, r, sel, format)
	default:
		s.fail(w, badParam("format", format, "want json, jsonl, csv or gdelt"))
	}
}

func (s *Server) eventsJSON(w http.ResponseWriter, r *http.Request, sel selection) {
	limit, err := parseLimit(r.URL.Query(), defaultPage, maxPage)
	if err != nil {
		s.fail(w, err)
		return
	}
	sel.f.Limit = limit + 1 // one more tells whether there is a next page
	// The page is an eventPage written from the stored records as they
	// are, which spares decoding and encoding every event.
	var body bytes.Buffer
	body.WriteString(`{"events":[`)
	n, last, more := 0, "", false
	err = s.records(r.Context(), sel, func(rec store.Record) error {
		if n == limit {
			more = true
			return nil
		}
		// The store wrote the record with encoding/json; a full check
		// would cost a tenth of the page, so only its shape is checked.
		if j := rec.JSON; len(j) < 2 || j[0] != '{' || j[len(j)-1] != '}' {
			return fmt.Errorf("event %q: stored record is corrupt (not a JSON object)", rec.ID)
		}
		if n > 0 {
			body.WriteByte(',')
		}
		body.Write(rec.JSON)
		n, last = n+1, rec.Cursor()
		return nil
	})
	if err != nil {
		s.fail(w, err)
		return
	}
	body.WriteString(`],"next":`)
	if more {
		next, _ := json.Marshal(last)
		body.Write(next)
	} else {
		body.WriteString("null")
	}
	body.WriteString("}\n")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	w.Write(body.Bytes())
}

// exportTypes are the content types of the export formats.
var exportTypes = map[string]string{
	"jsonl": "application/x-ndjson",
	"csv":   "text/csv; charset=utf-8",
	"gdelt": "text/tab-separated-values; charset=utf-8",
}

// eventsExport writes the selection in an export format. Without limit
// the whole selection is streamed; with one, the page is read first so
// that the cursor of the next page can go in the Annalist-Next header.
func (s *Server) eventsExport(w http.ResponseWriter, r *http.Request, sel selection, format string) {
	limit, err := parseLimit(r.URL.Query(), 0, maxExportPage)
	if err != nil {
		s.fail(w, err)
		return
	}
	// An export may take longer than the server's write timeout.
	http.NewResponseController(w).SetWriteDeadline(time.Now().Add(30 * time.Minute))
	ew, _ := export.NewWriter(w, format) // format was checked by the caller
	var page []*event.Event
	started := false
	if limit > 0 {
		sel.f.Limit = limit + 1
	}
	err = s.events(r.Context(), sel, func(e *event.Event) error {
		if limit > 0 {
			page = append(page, e)
			return nil
		}
		if !started {
			w.Header().Set("Content-Type", exportTypes[format])
			started = true
		}
		return ew.Write(e)
	})
	if err != nil && !started {
		s.fail(w, err)
		return
	}
	if len(page) > limit {
		page = page[:limit]
		w.Header().Set("Annalist-Next", store.Cursor(page[limit-1]))
	}
	w.Header().Set("Content-Type", exportTypes[format])
	for _, e := range page {
		if err = ew.Write(e); err != nil {
			break
		}
	}
	if err == nil {
		err = ew.Flush()
	}
	if err != nil {
		// The status is sent; all we can do is stop and log.
		s.cfg.Log.Printf("export %s: %v", r.URL, err)
	}
}

// events calls fn with each selected event in (date, id) order.
func (s *Server) events(ctx context.Context, sel selection, fn func(*event.Event) error) error {
	return s.records(ctx, sel, func(r store.Record) error {
		e := new(event.Event)
		if err := json.Unmarshal(r.JSON, e); err != nil {
			return fmt.Errorf("event %q: stored record is corrupt: %w", r.ID, err)
		}
		return fn(e)
	})
}

// bboxWalk is the number of events in a bounding box from which a page
// walks the date index rather than sorting the box's events (as the
// store does for its filters).
const bboxWalk = 10_000

// records calls fn with each selected event's record in (date, id)
// order: through the store, or, for a bounding box, which the store's
// filter lacks, through the read-only connection.
func (s *Server) records(ctx context.Context, sel selection, fn func(store.Record) error) error {
	if sel.bbox == nil {
		return s.st.Records(ctx, sel.f, fn)
	}
	cond, args := sel.where()
	from := "events"
	if sel.f.Limit > 0 {
		// A box holding many events is walked in date order (testing each)
		// rather than collected from the coordinates' index and sorted.
		b := sel.bbox
		var n int
		err := s.ro.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM events INDEXED BY events_latlon
			WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? LIMIT ?)`,
			b.minLat, b.maxLat, b.minLon, b.maxLon, bboxWalk).Scan(&n)
		if err != nil {
			return fmt.Errorf("events in bbox: %w", err)
		}
		if n >= bboxWalk {
			from += " INDEXED BY events_walk"
		}
	}
	q := `SELECT id, date, record FROM ` + from + ` WHERE ` + cond + ` ORDER BY date, id`
	if sel.f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, sel.f.Limit)
	}
	rows, err := s.ro.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("events in bbox: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r store.Record
		if err := rows.Scan(&r.ID, &r.Date, &r.JSON); err != nil {
			return fmt.Errorf("events in bbox: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *Server) getEvent(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	e, err := s.st.Event(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no event with id %q", id))
		return
	}
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// storyDays is how many days of events, ending at "to" (default: the
// latest stored event's date), a stories request rebuilds its stories
// from when it names no "from": stories are rebuilt from the stored
// events, so the window bounds the work.
const storyDays = 30

// stories lists the stories of a date window, latest first, or with an
// id the one story with that id (its first article's) and all its events.
func (s *Server) stories(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, to := q.Get("from"), q.Get("to")
	for name, v := range map[string]string{"from": from, "to": to} {
		if _, err := time.Parse(time.DateOnly, v); v != "" && err != nil {
			s.fail(w, badParam(name, v, "want YYYY-MM-DD"))
			return
		}
	}
	if to == "" {
		var last sql.NullString
		if err := s.ro.QueryRowContext(r.Context(), `SELECT max(date) FROM events`).Scan(&last); err != nil {
			s.fail(w, err)
			return
		}
		to = last.String
	}
	if from == "" && to != "" {
		t, _ := time.Parse(time.DateOnly, to)
		from = t.AddDate(0, 0, -storyDays).Format(time.DateOnly)
	}
	var evs []event.Event
	err := s.events(r.Context(), selection{f: store.Filter{From: from, To: to}}, func(e *event.Event) error {
		evs = append(evs, *e)
		return nil
	})
	if err != nil {
		s.fail(w, err)
		return
	}
	all := story.FromEvents(evs)
	if id := r.PathValue("id"); id != "" {
		for _, st := range all {
			if st.ID == id {
				writeJSON(w, http.StatusOK, struct {
					story.Summary
					ArticleIDs []string      `json:"articles"`
					AllEvents  []event.Event `json:"events"`
				}{st.Summarize(3), st.Articles, st.Events})
				return
			}
		}
		writeError(w, http.StatusNotFound, fmt.Sprintf("no story with id %q between %s and %s (pass from and to to look elsewhere)", id, from, to))
		return
	}
	limit := 100
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			s.fail(w, badParam("limit", v, "want 1 to 1000"))
			return
		}
		limit = n
	}
	start := 0
	if v := q.Get("cursor"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			s.fail(w, badParam("cursor", v, "not a cursor; pass the next value of the previous page"))
			return
		}
		start = n
	}
	slices.Reverse(all) // latest first
	page := []story.Summary{}
	for i := start; i < len(all) && len(page) < limit; i++ {
		page = append(page, all[i].Summarize(3))
	}
	var next *string
	if end := start + len(page); end < len(all) {
		v := strconv.Itoa(end)
		next = &v
	}
	writeJSON(w, http.StatusOK, struct {
		From    string          `json:"from"`
		To      string          `json:"to"`
		Stories []story.Summary `json:"stories"`
		Next    *string         `json:"next"`
	}{from, to, page, next})
}

// fail answers a request error with 400 and anything else with 500 (the
// detail goes to the log, not to the client).
func (s *Server) fail(w http.ResponseWriter, err error) {
	var br *badRequest
	switch {
	case errors.As(err, &br):
		writeError(w, http.StatusBadRequest, br.msg)
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads the answer.
	default:
		s.cfg.Log.Printf("%v", err)
		writeError(w, http.StatusInternalServerError, "internal error (see the server log)")
	}
}
