// Package sqltest reads query results as text for tests that compare what
// two queries (or two ways of storing the same facts) return.
package sqltest

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"
)

// Lines runs q on db and returns each row as its values (fmt.Sprint)
// joined by spaces.
// When round is not nil, float64 values pass through it first, so that
// figures computed two ways compare equal at the precision that matters.
// Any error fails the test.
func Lines(t testing.TB, db *sql.DB, round func(float64) float64, q string, args ...any) []string {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		fields := make([]string, len(vals))
		for i, v := range vals {
			if f, ok := v.(float64); ok && round != nil {
				v = round(f)
			}
			fields[i] = fmt.Sprint(v)
		}
		out = append(out, strings.Join(fields, " "))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
