package sqltest

import (
	"database/sql"
	"math"
	"testing"

	_ "modernc.org/sqlite"
)

func TestLines(t *testing.T) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE x(a TEXT, b REAL); INSERT INTO x VALUES ('p', 1.23456), ('q', 2)`); err != nil {
		t.Fatal(err)
	}
	round := func(f float64) float64 { return math.Round(f*100) / 100 }
	got := Lines(t, db, round, `SELECT a, b FROM x WHERE b > ? ORDER BY a`, 1.0)
	if len(got) != 2 || got[0] != "p 1.23" || got[1] != "q 2" {
		t.Fatalf("rounded: %q", got)
	}
	raw := Lines(t, db, nil, `SELECT b FROM x ORDER BY a LIMIT 1`)
	if len(raw) != 1 || raw[0] != "1.23456" {
		t.Fatalf("raw: %q", raw)
	}
}
