//go:build eval

package dateline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/internal/shared"
)

// TestReutersDatelines parses the datelines Reuters-21578 keeps apart in
// its <DATELINE> field ("TULSA, Okla., March 23 - "), written before the
// story's first words as on the wire, against the story's <DATE>. The
// field gives the truth: the city is what stands before the first comma
// and the day must be the one written. Bars: 97% of datelines parsed with
// the right city and 97% with the right day (the field has typos and
// datelines without a date, which no parser should invent).
func TestReutersDatelines(t *testing.T) {
	dir := shared.MustPath(t, "news", "reuters21578")
	files, err := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no reut2-*.sgm in %s: %v", dir, err)
	}
	var total, parsed, city, dated int
	shown := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, story := range strings.Split(string(data), "</REUTERS>") {
			line := between(story, "<DATELINE>", "</DATELINE>")
			stamp := between(story, "<DATE>", "</DATE>")
			if strings.TrimSpace(line) == "" || stamp == "" {
				continue
			}
			day, _, _ := strings.Cut(strings.TrimSpace(stamp), " ")
			published, err := time.Parse("2-Jan-2006", day)
			if err != nil {
				t.Errorf("%s: date %q: %v", filepath.Base(f), stamp, err)
				continue
			}
			total++
			wantCity, rest, _ := strings.Cut(strings.TrimSpace(line), ",")
			wantDate := writtenDay(rest, published)
			d, ok := Parse(strings.TrimRight(line, " \n")+" The company said", published)
			switch {
			case !ok:
			case !strings.EqualFold(d.City, strings.TrimSpace(wantCity)):
				parsed++
			default:
				parsed++
				city++
			}
			if ok && d.Date.Equal(wantDate) {
				dated++
			} else if shown < 15 {
				shown++
				t.Logf("%q (published %s): got %+v %v", line, published.Format(time.DateOnly), d, ok)
			}
		}
	}
	t.Logf("%d datelines: parsed %d, right city %d (%.1f%%), right day %d (%.1f%%)",
		total, parsed, city, 100*float64(city)/float64(total), dated, 100*float64(dated)/float64(total))
	if total < 15000 {
		t.Fatalf("%d datelines read, want the ~19,000 of the collection", total)
	}
	if city*100 < total*97 {
		t.Errorf("right city in %d of %d datelines, want at least 97%%", city, total)
	}
	if dated*100 < total*97 {
		t.Errorf("right day in %d of %d datelines, want at least 97%%", dated, total)
	}
}

func between(s, open, close string) string {
	_, after, ok := strings.Cut(s, open)
	if !ok {
		return ""
	}
	in, _, _ := strings.Cut(after, close)
	return in
}

// writtenDay reads the "Month Day" at the end of a dateline field
// ("Okla., March 23 - ") as the truth: the latest such day on or before
// publication; zero when the field has no such date.
func writtenDay(rest string, published time.Time) time.Time {
	rest, _, _ = strings.Cut(rest, "-")
	rest = strings.TrimSpace(rest)
	if i := strings.LastIndexByte(rest, ','); i >= 0 {
		rest = strings.TrimSpace(rest[i+1:])
	}
	f := strings.Fields(rest)
	if len(f) != 2 {
		return time.Time{}
	}
	for _, layout := range []string{"January 2", "Jan 2", "2 January", "2 Jan"} {
		if t, err := time.Parse(layout, f[0]+" "+f[1]); err == nil {
			d := time.Date(published.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
			if d.After(published) {
				d = d.AddDate(-1, 0, 0)
			}
			return d
		}
	}
	return time.Time{}
}
