//go:build eval

package main

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// TestWikinewsCodesCleanly codes all 171 Wikinews 2019 articles: no error
// message, every record valid against the schema, every GDELT row 61 wide.
func TestWikinewsCodesCleanly(t *testing.T) {
	csv := shared.MustPath(t, "news", "wikinews", "wikinews_2019.csv")
	code, out, errs := run(t, "", "code", "--stats", csv)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "articles=171 ") || strings.Count(errs, "\n") != 1 {
		t.Errorf("stderr should hold only the stats line for 171 articles, got:\n%s", errs)
	}
	evs := decode(t, out)
	t.Logf("%d events; %s", len(evs), strings.TrimSpace(errs))
	// How many events are right is the gold set's question (coder's eval);
	// here the whole run must produce valid records at all.
	if len(evs) == 0 {
		t.Errorf("no events from 171 political news articles")
	}
	_, rows, _ := run(t, "", "code", "--format", "gdelt", csv)
	lines := strings.Split(strings.TrimSuffix(rows, "\n"), "\n")
	if len(lines) != len(evs) {
		t.Errorf("%d GDELT rows for %d events", len(lines), len(evs))
	}
	for i, l := range lines {
		if n := strings.Count(l, "\t") + 1; n != 61 {
			t.Fatalf("GDELT row %d has %d columns", i+1, n)
		}
	}
}
