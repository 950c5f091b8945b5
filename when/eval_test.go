//go:build eval

package when

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/nlp"
)

// wikinewsGold are time expressions of the 2019 Wikinews articles and
// the days they mean, read by hand from the articles: the article (by
// the start of its title), the expression's first occurrence as Find
// reports it, and its date.
var wikinewsGold = []struct{ title, text, date string }{
	{"Magnitogorsk apartment", "Monday", "2018-12-31"},
	{"Iranian cargo plane", "yesterday", "2019-01-14"},
	{"Male Magellanic penguins", "March of 2016", "2016-03-01"},
	{"Male Magellanic penguins", "Two decades ago", "1999-01-01"},
	{"Block of flats collapses in Aleppo", "Saturday", "2019-02-02"},
	{"Puerto Rico Supreme Court", "Wednesday", "2019-08-07"},
	{"Puerto Rico Supreme Court", "Sunday", "2019-08-04"},
	{"Puerto Rico Supreme Court", "August 2", "2019-08-02"},
	{"Puerto Rico Supreme Court", "Friday", "2019-08-02"},
	{"Puerto Rico Supreme Court", "Monday", "2019-08-05"},
	{"Puerto Rico Supreme Court", "Sunday night", "2019-08-04"},
	{"UK Prime Minister Johnson suspends", "yesterday", "2019-09-10"},
	{"UK Prime Minister Johnson suspends", "Monday", "2019-09-09"},
	{"UK Prime Minister Johnson suspends", "October 14", "2019-10-14"},
	{"UK Prime Minister Johnson suspends", "October 31", "2019-10-31"},
	{"UK Prime Minister Johnson suspends", "June 23, 2016", "2016-06-23"},
	{"UK Prime Minister Johnson suspends", "July 24", "2019-07-24"},
	{"UK Prime Minister Johnson suspends", "July", "2019-07-01"},
	{"UK Prime Minister Johnson suspends", "August", "2019-08-01"},
	{"Conservative Party wins majority", "Thursday", "2019-12-12"},
	{"Conservative Party wins majority", "Friday", "2019-12-13"},
	{"Conservative Party wins majority", "the end of January", "2020-01-01"},
	{"UK urges US to waive immunity", "Monday", "2019-10-07"},
	{"UK urges US to waive immunity", "August 27", "2019-08-27"},
	{"UK urges US to waive immunity", "Saturday", "2019-10-05"},
}

// TestWikinewsDates runs Find over the 2019 Wikinews articles (tokens
// and sentences from nlp.Split, so without tags: the weakest input Find
// gets). Bars: every Wikinews article opens with its publication date
// written out ("Friday, January 4, 2019"), so the first expression of
// at least 95% of articles must be that day; at least 22 of the 25
// hand-read expressions of wikinewsGold must be found and dated right
// (90%); and news reports date most of what they tell, so at least two
// expressions per article must be found.
func TestWikinewsDates(t *testing.T) {
	path := shared.MustPath(t, "news", "wikinews", "wikinews_2019.csv")
	var articles, opening, total, sentences int
	byPrec := map[string]int{}
	first := map[string]map[string]Date{} // title → text → first occurrence
	for a, err := range article.Read([]string{path}, nil, article.Options{}) {
		if err != nil {
			t.Fatalf("%v", err)
		}
		articles++
		seen := map[string]Date{}
		first[a.Title] = seen
		for _, s := range nlp.Split(a.Text) {
			sentences++
			for _, d := range Find(a.Text, s.Tokens, a.Published) {
				if total++; len(seen) == 0 {
					if d.Start < 40 && d.Day.Equal(a.Published) && d.Precision == Day {
						opening++
					} else {
						t.Logf("%s: first expression %q = %s, published %s", a.Title, d.Text, d.Day.Format(time.DateOnly), a.Published.Format(time.DateOnly))
					}
				}
				if _, ok := seen[d.Text]; !ok {
					seen[d.Text] = d
				}
				byPrec[d.Precision]++
				if os.Getenv("WHEN_SHOW") != "" {
					t.Logf("%s | %q → %s %s", a.Published.Format(time.DateOnly), d.Text, d.Day.Format(time.DateOnly), d.Precision)
				}
			}
		}
	}
	right := 0
	for _, g := range wikinewsGold {
		got := "not found"
		for title, seen := range first {
			if strings.HasPrefix(title, g.title) {
				if d, ok := seen[g.text]; ok {
					got = d.Day.Format(time.DateOnly)
				}
			}
		}
		if got == g.date {
			right++
		} else {
			t.Logf("%s: %q = %s, want %s", g.title, g.text, got, g.date)
		}
	}
	t.Logf("%d articles, %d sentences: %d time expressions (%.2f per article; day %d, month %d, year %d); "+
		"opening date read right in %d; hand-read expressions dated right: %d of %d",
		articles, sentences, total, float64(total)/float64(articles), byPrec[Day], byPrec[Month], byPrec[Year],
		opening, right, len(wikinewsGold))
	if articles < 150 {
		t.Fatalf("read %d articles, want the 171 of the file", articles)
	}
	if opening < articles*95/100 {
		t.Errorf("opening date read right in %d of %d articles, want at least 95%%", opening, articles)
	}
	if right*10 < len(wikinewsGold)*9 {
		t.Errorf("hand-read expressions dated right: %d of %d, want at least 90%%", right, len(wikinewsGold))
	}
	if total < 2*articles {
		t.Errorf("%d expressions in %d articles, want at least 2 per article", total, articles)
	}
}
