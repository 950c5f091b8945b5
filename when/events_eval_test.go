//go:build eval

package when_test

import (
	"bufio"
	"context"
	"fmt"
	"iter"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/pipeline/news"
)

// datedEvent is one row of eval/when/wikinews_2019_dev.tsv: an event of
// a development article and the date read for it by hand.
type datedEvent struct {
	url       string
	sentence  int
	event     string // "ACTOR1 ACTOR2 CODE", "-" for a missing actor
	date      string // YYYY-MM-DD, YYYY-MM, YYYY or "pub"
	precision string
	note      string
}

// readDatedEvents reads the hand-checked dates.
func readDatedEvents(t *testing.T, path string) []datedEvent {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []datedEvent
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") || strings.HasPrefix(s, "url\t") {
			continue
		}
		c := strings.Split(s, "\t")
		if len(c) != 6 {
			t.Fatalf("%s:%d: %d columns, want 6", path, line, len(c))
		}
		si, err := strconv.Atoi(c[1])
		if err != nil {
			t.Fatalf("%s:%d: sentence %q: %v", path, line, c[1], err)
		}
		out = append(out, datedEvent{c[0], si, c[2], c[3], c[4], c[5]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// devURLs lists the articles of the Wikinews 2019 development sets.
func devURLs(t *testing.T, paths ...string) map[string]bool {
	urls := map[string]bool{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range strings.Split(string(b), "\n") {
			if u, _, ok := strings.Cut(s, "\t"); ok && strings.HasPrefix(u, "http") {
				urls[u] = true
			}
		}
	}
	return urls
}

// only yields the articles of in whose URL keep holds.
func only(in iter.Seq2[*article.Article, error], keep map[string]bool) iter.Seq2[*article.Article, error] {
	return func(yield func(*article.Article, error) bool) {
		for a, err := range in {
			if err == nil && !keep[a.URL] {
				continue
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

// dateKey is the event's date cut to its precision, as the file writes it.
func dateKey(e *event.Event) string {
	switch e.DatePrecision {
	case "month":
		return e.Date[:min(7, len(e.Date))]
	case "year":
		return e.Date[:min(4, len(e.Date))]
	}
	return e.Date
}

// TestEvalEventDatesDev codes the Wikinews 2019 development articles as
// `annalist code` does and reports the share of the hand-checked events
// whose date (and precision) is right. No bar: the set is small and the
// dating rules are tuned on it; it shows which way a change moves.
func TestEvalEventDatesDev(t *testing.T) {
	path := shared.MustPath(t, "news", "wikinews", "wikinews_2019.csv")
	rows := readDatedEvents(t, "../eval/when/wikinews_2019_dev.tsv")
	urls := devURLs(t, "../eval/dev/wikinews_2019.tsv", "../eval/dev/wikinews_2019_more.tsv")
	type key struct {
		url      string
		sentence int
		event    string
	}
	coded := map[key][]event.Event{}
	cfg := news.Config(0, nlp.Default(), coder.Default(), nil)
	in := only(article.Read([]string{path}, nil, article.Options{}), urls)
	err := pipeline.Run(context.Background(), in, cfg, func(r pipeline.Result) error {
		if r.Err != nil {
			return fmt.Errorf("%s: %w", r.Article.URL, r.Err)
		}
		for _, e := range r.Events {
			k := key{r.Article.URL, e.Evidence[0].Sentence, goldset.Triple(e)}
			coded[k] = append(coded[k], e)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	right, missing := 0, 0
	judged := map[key]bool{}
	for _, row := range rows {
		k := key{row.url, row.sentence, row.event}
		judged[k] = true
		evs := coded[k]
		if len(evs) == 0 {
			missing++
			t.Logf("no longer coded: %s sentence %d %s", row.url, row.sentence, row.event)
			continue
		}
		e := &evs[0]
		want := row.date
		if want == "pub" {
			want = e.Reported
		}
		if dateKey(e) == want && e.DatePrecision == row.precision {
			right++
			continue
		}
		t.Logf("wrong: %s s%d %s: dated %s/%s from %q, want %s/%s (%s)", row.url[strings.LastIndex(row.url, "/")+1:],
			row.sentence, row.event, e.Date, e.DatePrecision, e.Evidence[0].DateText, want, row.precision, row.note)
	}
	unjudged := 0
	for k, evs := range coded {
		if !judged[k] {
			unjudged += len(evs)
			t.Logf("not in the file (judge it and add it): %s s%d %s dated %s", k.url, k.sentence, k.event, evs[0].Date)
		}
	}
	n := len(rows) - missing
	if n == 0 {
		t.Fatal("none of the hand-checked events is coded")
	}
	t.Logf("event dates, development articles: %d of %d right (%.1f%%); %d hand-checked events no longer coded, %d coded events not checked",
		right, n, 100*float64(right)/float64(n), missing, unjudged)
}
