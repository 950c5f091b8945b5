package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/internal/sqltest"
)

// aggregateChecks pair each daily aggregate table with the recount of the
// events it must equal. Goldstein sums are rounded: the order in which a
// trigger adds them is not the order of a recount.
var aggregateChecks = []struct{ table, kept, recount string }{
	{"daily_counts",
		`SELECT date, quad_class, n, round(goldstein_sum, 6) FROM daily_counts ORDER BY 1, 2`,
		`SELECT date, quad_class, count(*), round(sum(goldstein), 6) FROM events GROUP BY 1, 2 ORDER BY 1, 2`},
	{"daily_dyads",
		`SELECT date, actor1_code, actor2_code, n, round(goldstein_sum, 6) FROM daily_dyads ORDER BY 1, 2, 3`,
		`SELECT date, actor1_code, actor2_code, count(*), round(sum(goldstein), 6) FROM events
			WHERE actor2_code <> '' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`},
	{"daily_places",
		`SELECT date, place_country, lat, lon, name, n FROM daily_places ORDER BY 1, 2, 3, 4`,
		`SELECT date, place_country, lat, lon, max(json_extract(record, '$.place.name')), count(*) FROM events
			WHERE lat IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`},
	{"dyad_totals",
		`SELECT actor1_code, actor2_code, n, round(goldstein_sum, 6) FROM dyad_totals ORDER BY 1, 2`,
		`SELECT actor1_code, actor2_code, count(*), round(sum(goldstein), 6) FROM events
			WHERE actor2_code <> '' GROUP BY 1, 2 ORDER BY 1, 2`},
	{"place_totals",
		`SELECT place_country, lat, lon, name, n FROM place_totals ORDER BY 1, 2, 3`,
		`SELECT place_country, lat, lon, max(json_extract(record, '$.place.name')), count(*) FROM events
			WHERE lat IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`},
}

// checkAggregates fails the test when an aggregate table differs from a
// recount of the events, and returns the number of rows of each table.
func checkAggregates(t *testing.T, db *sql.DB, when string) map[string]int {
	t.Helper()
	sizes := map[string]int{}
	for _, c := range aggregateChecks {
		kept, recount := rowsOf(t, db, c.kept), rowsOf(t, db, c.recount)
		if !reflect.DeepEqual(kept, recount) {
			t.Errorf("%s: %s has %d rows differing from a recount of %d:\n kept    %.300v\n recount %.300v",
				when, c.table, len(kept), len(recount), kept, recount)
		}
		sizes[c.table] = len(kept)
	}
	return sizes
}

func rowsOf(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	return sqltest.Lines(t, db, nil, q)
}

func TestAggregatesEqualARecount(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	fill(t, s, 600, 25)
	sizes := checkAggregates(t, s.w, "after inserts")
	// genEvent spreads 600 events over 600 days, four quad classes and
	// five place countries (one of them none): every table is in use.
	if sizes["daily_counts"] != 600 || sizes["daily_dyads"] != 600 || sizes["daily_places"] != 480 {
		t.Errorf("aggregate rows %v; want 600 counts, 600 dyads, 480 places", sizes)
	}

	// Merges (the same events reported again) and a batch in which one
	// article fails and is rolled back change no aggregate.
	var puts []Put
	for k := range 10 {
		again := genEvent(k * 3)
		again.Evidence[0].Article, again.Evidence[0].Sentence = "", 40+k
		puts = append(puts, Put{Article: newArticle(fmt.Sprintf("again%d", k), "Other", fmt.Sprintf("Report %d again.", k)),
			Events: []event.Event{again}})
	}
	bad := genEvent(5000)
	bad.Date = "not a date"
	puts = append(puts, Put{Article: newArticle("bad", "Wire", "A bad article."), Events: []event.Event{genEvent(5001), bad}})
	res, err := s.PutArticles(ctx, puts)
	if err != nil {
		t.Fatal(err)
	}
	if last := res[len(res)-1]; last.Stored || last.Err == nil {
		t.Errorf("the article with a bad date: %+v; want an error", last)
	}
	if e, err := s.Event(ctx, genEvent(0).ID); err != nil || e.NumMentions != 2 {
		t.Fatalf("event 0 after a second report: %+v, %v; want 2 mentions", e, err)
	}
	if _, err := s.Event(ctx, genEvent(5001).ID); err == nil {
		t.Error("an event of the rolled-back article was stored")
	}
	if after := checkAggregates(t, s.w, "after merges"); !reflect.DeepEqual(after, sizes) {
		t.Errorf("merges changed the aggregate sizes: %v, was %v", after, sizes)
	}

	// Recoding events (as a merge may: a more specific code, a more
	// precise date or place) moves them between rows.
	for _, q := range []string{
		`UPDATE events SET date = '2019-12-31', quad_class = 4, goldstein = -9.5 WHERE rowid % 5 = 1`,
		`UPDATE events SET actor2_code = '' WHERE rowid % 7 = 2`,
		`UPDATE events SET actor1_code = 'NEWGOV', actor2_code = 'OLDGOV' WHERE rowid % 7 = 3`,
		`UPDATE events SET lat = 10.5, lon = 20.5, place_country = 'XXX',
			record = json_set(record, '$.place.name', 'Renamed') WHERE rowid % 11 = 4 AND lat IS NOT NULL`,
		`UPDATE events SET lat = NULL, lon = NULL, place_country = '' WHERE rowid % 13 = 5`,
		`UPDATE events SET num_mentions = num_mentions + 1`, // no aggregate changes
	} {
		if _, err := s.w.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	checkAggregates(t, s.w, "after recoding")

	// Deleting events takes them out, and empties rows away.
	if _, err := s.w.Exec(`DELETE FROM evidence WHERE event_id IN (SELECT id FROM events WHERE rowid % 3 = 0)`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec(`DELETE FROM events WHERE rowid % 3 = 0`); err != nil {
		t.Fatal(err)
	}
	var left int
	if err := s.w.QueryRow(`SELECT count(*) FROM events`).Scan(&left); err != nil || left != 400 {
		t.Fatalf("%d events left, %v; want 400", left, err)
	}
	if after := checkAggregates(t, s.w, "after deletes"); after["daily_counts"] < 300 {
		t.Errorf("after deleting a third of the events: %v; want hundreds of daily counts", after)
	}
}

func TestUpgradeFromVersion1FillsAggregates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := migrateTo(ctx, db, 1); err != nil {
		t.Fatal(err)
	}
	for i := range 300 {
		insertOldEvent(t, db, genEvent(i))
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if sizes := checkAggregates(t, s.w, "after the upgrade"); sizes["daily_counts"] != 300 || sizes["daily_places"] != 240 {
		t.Errorf("aggregate rows after the upgrade %v; want 300 counts, 240 places", sizes)
	}
	fill(t, s, 310, 10) // the first 300 are stored: merged, not counted again
	checkAggregates(t, s.w, "after inserts into the upgraded store")
	var n int
	if err := s.w.QueryRow(`SELECT sum(n) FROM daily_counts`).Scan(&n); err != nil || n != 310 {
		t.Errorf("events counted after the upgrade and 10 more: %d, %v; want 310", n, err)
	}
}

// TestMergeThatRecodesMovesColumnsAndAggregates stores an event, then a
// second report with a more specific code and a place where the first had
// none: consolidation takes both, and the filters and the aggregates
// follow the merged record.
func TestMergeThatRecodesMovesColumnsAndAggregates(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	first := fullEvent("visit")
	first.EventCode, first.EventBaseCode, first.Place = "04", "04", nil
	second := fullEvent("visit")
	second.Place.Country = "BEL"
	second.Evidence[0] = event.Evidence{Article: "reu-1", Source: "Reuters", Sentence: 1, Start: 0, End: 30, Text: "Macron met Scholz in Brussels."}
	if _, err := s.PutArticle(ctx, newArticle("afp-1", "AFP", "AFP's text."), []event.Event{first}); err != nil {
		t.Fatal(err)
	}
	if got := ids(t, s, Filter{Country: "BEL"}); len(got) != 0 {
		t.Fatalf("before the merge, country BEL selects %v", got)
	}
	if _, err := s.PutArticle(ctx, newArticle("reu-1", "Reuters", "Reuters' text."), []event.Event{second}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Event(ctx, "visit")
	if err != nil {
		t.Fatal(err)
	}
	if got.EventCode != "042" || got.Place == nil || got.Place.Country != "BEL" {
		t.Fatalf("merged record: code %s, place %+v; want 042 in BEL (consolidation's rules)", got.EventCode, got.Place)
	}
	for _, f := range []Filter{{Code: "042"}, {Country: "BEL"}, {Code: "042", Country: "BEL", Limit: 10}} {
		if ids := ids(t, s, f); !reflect.DeepEqual(ids, []string{"visit"}) {
			t.Errorf("filter %+v after the merge: %v, want [visit]", f, ids)
		}
	}
	sizes := checkAggregates(t, s.w, "after a merge that recodes")
	if sizes["daily_places"] != 1 || sizes["daily_counts"] != 1 {
		t.Errorf("aggregate rows %v; want the one event counted once, at its place", sizes)
	}
}

// insertOldEvent writes e into the events table of a store built at an
// old schema version (as the upgrade tests do), row by row, with no
// aggregates or sentences: what the upgrade is to fill in.
func insertOldEvent(t *testing.T, db *sql.DB, e event.Event) {
	t.Helper()
	rec, _ := json.Marshal(&e)
	c := columnsOf(&e)
	if _, err := db.Exec(`INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?)`,
		e.ID, e.Date, c.actor1, c.actor2, c.country1, c.country2, e.EventCode, e.EventRootCode,
		e.QuadClass, e.Goldstein, c.placeCountry, c.lat, c.lon, rec); err != nil {
		t.Fatal(err)
	}
}
