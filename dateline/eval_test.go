//go:build eval

package dateline

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/internal/shared"
)

// TestWikinewsDatelines looks for datelines in the 2019 Wikinews
// articles. Wikinews writes no wire datelines: each article opens with
// its date line ("Friday, January 4, 2019") and a lead sentence, so every
// dateline found at an article's start is a false positive, and the bar
// is none. Line starts inside the articles are counted too (Reports): at
// most 1% of articles may be split, since a split there is a paragraph
// misread as a new report.
func TestWikinewsDatelines(t *testing.T) {
	path := shared.MustPath(t, "news", "wikinews", "wikinews_2019.csv")
	var articles, lines, atStart, split int
	for a, err := range article.Read([]string{path}, nil, article.Options{}) {
		if err != nil {
			t.Fatalf("%v", err)
		}
		articles++
		lines += strings.Count(a.Text, "\n") + 1
		if d, ok := Parse(a.Text, a.Published); ok {
			atStart++
			t.Logf("%s: dateline %q", a.Title, a.Text[d.Start:d.End])
		}
		if rs := Reports(a.Text, a.Published); len(rs) > 1 {
			split++
			for _, r := range rs[1:] {
				t.Logf("%s: report starts at %q", a.Title, a.Text[r.Dateline.Start:r.Dateline.End])
			}
		}
		if got := Source(a); got != "en.wikinews.org" {
			t.Errorf("%s: Source = %q, want the site en.wikinews.org", a.Title, got)
		}
	}
	t.Logf("%d articles, %d lines: datelines at the start %d, articles split into reports %d", articles, lines, atStart, split)
	if articles < 150 {
		t.Fatalf("read %d articles, want the 171 of the file", articles)
	}
	if atStart > 0 {
		t.Errorf("%d datelines found at article starts, want none", atStart)
	}
	if split*100 > articles {
		t.Errorf("%d of %d articles split into reports, want at most 1%%", split, articles)
	}
}
