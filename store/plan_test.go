package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/annalist/annalist/event"
)

// TestDyadNoEventHasIsEmptyAtOnce checks that a dyad whose pairs no event
// has is answered without a query, and that one some events have is not.
func TestDyadNoEventHasIsEmptyAtOnce(t *testing.T) {
	s := openTemp(t)
	const n = 60 // few enough for some pairs of stored actors never to meet
	fill(t, s, n, 10)
	for _, c := range []struct {
		dyad  [2]string
		empty bool
	}{
		{[2]string{"FRA", "DEU"}, true},
		{[2]string{"FRAG", "UKR"}, true},
		{[2]string{"FRA", "RUS"}, false},
		{[2]string{"---", "I"}, false},
	} {
		f := Filter{Dyad: c.dyad, Limit: 10}
		want := 0
		for i := range n {
			if e := genEvent(i); matches(f, &e) {
				want++
			}
		}
		if (want == 0) != c.empty {
			t.Fatalf("dyad %v: %d generated events have it; the test expects empty %v", c.dyad, want, c.empty)
		}
		sel, err := f.selection()
		if err != nil {
			t.Fatal(err)
		}
		if err := s.plan(context.Background(), &sel); err != nil {
			t.Fatal(err)
		}
		if sel.empty != c.empty {
			t.Errorf("dyad %v: planned empty %v, want %v", c.dyad, sel.empty, c.empty)
		}
		if got := ids(t, s, f); len(got) != min(want, f.Limit) {
			t.Errorf("dyad %v: %d events, want %d", c.dyad, len(got), min(want, f.Limit))
		}
	}
}

// TestTextWalkChosenForCommonWords checks that a page of a word in one
// sentence in eight walks the sentences in date order, and that a phrase
// in one sentence goes through the text index, once the store holds more
// sentences than the sample.
func TestTextWalkChosenForCommonWords(t *testing.T) {
	s := openTemp(t)
	fill(t, s, 3*sampleRows, 100)
	for _, c := range []struct {
		f    Filter
		walk bool
	}{
		{Filter{Text: "ceasefire", Limit: 100}, true},
		{Filter{Text: "ceasefire", Limit: 100, From: "2023-01-01"}, true},
		{Filter{Text: "Sentence 1234 about", Limit: 100}, false},
		{Filter{Text: "ceasefire", Limit: 100, Actor: "FRA"}, false}, // walked through the events, if at all
	} {
		sel, err := c.f.selection()
		if err != nil {
			t.Fatal(err)
		}
		if err := s.plan(context.Background(), &sel); err != nil {
			t.Fatal(err)
		}
		if walk := sel.scanText && len(sel.terms) == 0; walk != c.walk {
			t.Errorf("%+v: walk of the sentences %v, want %v", c.f, walk, c.walk)
		}
		var want []string
		for i := range 3 * sampleRows {
			if e := genEvent(i); matches(c.f, &e) {
				want = append(want, e.ID)
			}
		}
		if got := ids(t, s, c.f); len(got) != min(len(want), c.f.Limit) {
			t.Errorf("%+v: %d events, want %d", c.f, len(got), min(len(want), c.f.Limit))
		}
	}
}

// TestSentencesFollowTheirEventsDate checks that a merge which makes an
// event's date more precise moves its sentences, old and new, to the new
// date, where the walk of the sentences finds them.
func TestSentencesFollowTheirEventsDate(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	first := fullEvent("visit")
	first.Date, first.DatePrecision = "2024-02-01", "month"
	second := fullEvent("visit")
	second.Evidence[0] = event.Evidence{Article: "reu-1", Source: "Reuters", Sentence: 1, Start: 0, End: 30, Text: "Macron met Scholz in Berlin."}
	if _, err := s.PutArticle(ctx, newArticle("afp-1", "AFP", "AFP's text."), []event.Event{first}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutArticle(ctx, newArticle("reu-1", "Reuters", "Reuters' text."), []event.Event{second}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Event(ctx, "visit")
	if err != nil {
		t.Fatal(err)
	}
	if got.Date != "2024-02-14" || len(got.Evidence) != 2 {
		t.Fatalf("merged event dated %s with %d sentences; want 2024-02-14 (the more precise) with 2", got.Date, len(got.Evidence))
	}
	rows, err := s.w.Query(`SELECT date FROM evidence WHERE event_id = 'visit'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var dates []string
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			t.Fatal(err)
		}
		dates = append(dates, d)
	}
	if !reflect.DeepEqual(dates, []string{"2024-02-14", "2024-02-14"}) {
		t.Errorf("sentence dates %v; want both the event's, 2024-02-14", dates)
	}
	for _, f := range []Filter{{Text: "met Scholz", From: "2024-02-10"}, {Text: "Elysee", From: "2024-02-10"}} {
		sel, err := f.selection()
		if err != nil {
			t.Fatal(err)
		}
		sel.scanText = true
		var found []string
		if err := s.events(ctx, sel, func(e *event.Event) error { found = append(found, e.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(found, []string{"visit"}) {
			t.Errorf("%+v walked: %v, want [visit]", f, found)
		}
	}
}

// TestUpgradeDatesTheSentences builds a store of schema version 5 with
// events and sentences, opens it, and checks that every sentence got its
// event's date and the walk of the sentences agrees with the text index.
func TestUpgradeDatesTheSentences(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v5.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := migrateTo(ctx, db, 5); err != nil {
		t.Fatal(err)
	}
	const n = 200
	for i := range n {
		e := genEvent(i)
		insertOldEvent(t, db, e)
		res, err := db.Exec(`INSERT INTO evidence (event_id, article_id, sentence, start, "end", text) VALUES (?, 'a', 0, 0, 1, ?)`,
			e.ID, e.Evidence[0].Text)
		if err != nil {
			t.Fatal(err)
		}
		row, _ := res.LastInsertId()
		if _, err := db.Exec(`INSERT INTO evidence_fts (rowid, text) VALUES (?, ?)`, row, e.Evidence[0].Text); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var wrong int
	if err := s.w.QueryRow(`SELECT count(*) FROM evidence v JOIN events e ON e.id = v.event_id WHERE v.date <> e.date`).Scan(&wrong); err != nil || wrong != 0 {
		t.Errorf("%d sentences dated otherwise than their events after the upgrade (%v)", wrong, err)
	}
	f := Filter{Text: "protest", From: "2020-03-01"}
	var want []string
	for i := range n {
		if e := genEvent(i); matches(f, &e) {
			want = append(want, e.ID)
		}
	}
	for _, walk := range []bool{false, true} {
		sel, err := f.selection()
		if err != nil {
			t.Fatal(err)
		}
		sel.scanText = walk
		var got []string
		if err := s.events(ctx, sel, func(e *event.Event) error { got = append(got, e.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%+v, walk %v: %d events, want %d", f, walk, len(got), len(want))
		}
	}
}

// TestOneTermPlan checks that a page of one term of several codes or
// columns is read through each code's index when the walk in date order
// would read more events than a page per code, and walked otherwise, and
// that both give the plain query's events.
func TestOneTermPlan(t *testing.T) {
	s := openTemp(t)
	const n = 3 * sampleRows
	fill(t, s, n, 100)
	for _, c := range []struct {
		f    Filter
		walk bool
	}{
		{Filter{Dyad: [2]string{"IRN", ""}, Limit: 150}, false}, // one event in ten: 100 in the sample, 1 code
		{Filter{Actor: "FRA", Limit: 300}, true},                // one in five: 200 in the sample, 2 codes
		{Filter{Code: "1", Limit: 600}, true},                   // one in two: 500 in the sample, 6 codes
		{Filter{Code: "1", Limit: 300}, true},                   // the sample holds the page
	} {
		sel, err := c.f.selection()
		if err != nil {
			t.Fatal(err)
		}
		if err := s.plan(context.Background(), &sel); err != nil {
			t.Fatal(err)
		}
		if sel.byDate != c.walk || !c.walk && sel.lead != 1 {
			t.Errorf("%+v: by date %v, lead %d; want a walk %v", c.f, sel.byDate, sel.lead, c.walk)
		}
		for _, r := range sel.terms[0] {
			if r.hi != nil && !c.walk {
				t.Errorf("%+v: lead range %+v is still a prefix", c.f, r)
			}
		}
		var want []string
		all := make([]event.Event, 0, n)
		for i := range n {
			all = append(all, genEvent(i))
		}
		slices.SortFunc(all, func(a, b event.Event) int { return strings.Compare(Cursor(&a), Cursor(&b)) })
		for i := range all {
			if matches(c.f, &all[i]) && len(want) < c.f.Limit {
				want = append(want, all[i].ID)
			}
		}
		if got := ids(t, s, c.f); !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: %d events %v, want %d %v", c.f, len(got), head(got), len(want), head(want))
		}
	}
}
