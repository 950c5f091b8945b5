//go:build eval

package story

import (
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/internal/reuters"
	"github.com/annalist/annalist/internal/shared"
)

// doc is one text of the labelled benchmark. Origin is the original it
// was derived from (itself for an original); Kind names the perturbation.
type doc struct {
	ID, Title, Body string
	Date            time.Time
	Topic           string
	Origin          int
	Kind            string
}

func (d *doc) text() string { return d.Title + "\n\n" + d.Body }

// loadReuters returns the Reuters-21578 stories that have a body.
func loadReuters(tb testing.TB) []doc {
	tb.Helper()
	stories, err := reuters.ReadDir(shared.MustPath(tb, "news", "reuters21578"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []doc
	for _, s := range stories {
		if strings.TrimSpace(s.Body) == "" {
			continue
		}
		topic := ""
		if len(s.Topics) > 0 {
			topic = s.Topics[0]
		}
		out = append(out, doc{ID: s.ArticleID(), Title: s.Title, Body: s.Body, Date: s.Date, Topic: topic})
	}
	return out
}

// loadWikinews returns the Wikinews 2019 articles: different stories,
// many on the same topics (Brexit, elections, disasters).
func loadWikinews(tb testing.TB) []doc {
	tb.Helper()
	f, err := os.Open(shared.MustPath(tb, "news", "wikinews", "wikinews_2019.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	var out []doc
	for i, r := range recs[1:] {
		if len(r) < 4 {
			tb.Fatalf("wikinews_2019.csv record %d: %d fields, want 4", i+2, len(r))
		}
		d, err := time.Parse("2006-01-02", r[1])
		if err != nil {
			tb.Fatalf("wikinews_2019.csv record %d: %v", i+2, err)
		}
		out = append(out, doc{ID: fmt.Sprintf("wikinews-%d", i), Title: r[2], Body: r[3], Date: d, Topic: "wikinews"})
	}
	return out
}

// boilerplate is what sites wrap around wire copy.
var boilerplate = []string{
	"Subscribe to our newsletter for the latest headlines delivered to your inbox every morning.",
	"Copyright 2024 The Daily Courier. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
	"(Reporting by staff correspondents; Editing by the news desk)",
	"Click here to read more stories from our business and politics sections, and follow us on social media for updates.",
	"Related coverage: markets, economy, world news and analysis from our correspondents around the globe.",
	"This article has been updated with additional reporting. Advertisement. Continue reading the main story below.",
}

// perturbations are the five re-edits a copy may undergo. Each takes the
// original, a random source and the whole collection (for words and
// paragraphs from elsewhere).
var perturbations = []struct {
	name string
	fn   func(d doc, r *rand.Rand, all []doc) doc
}{
	{"truncate", truncate},
	{"shuffle", shuffle},
	{"headline", newHeadline},
	{"substitute", substitute},
	{"boilerplate", addBoilerplate},
}

// perturbed returns five copies of every original, one per perturbation,
// each also given a new headline one time in two and dated up to a day
// later. The same seed gives the same copies.
func perturbed(orig []doc, seed uint64) []doc {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]doc, 0, len(orig)*len(perturbations))
	for i, d := range orig {
		for _, p := range perturbations {
			c := p.fn(d, r, orig)
			if p.name != "headline" && r.IntN(2) == 0 {
				c = newHeadline(c, r, orig)
			}
			c.ID = fmt.Sprintf("%s~%s", d.ID, p.name)
			c.Origin, c.Kind = i, p.name
			c.Date = d.Date.Add(time.Duration(r.IntN(24)) * time.Hour)
			out = append(out, c)
		}
	}
	return out
}

// truncate keeps the first 40 to 90% of the body, cut after a word.
func truncate(d doc, r *rand.Rand, _ []doc) doc {
	ws := strings.Fields(d.Body)
	keep := max(1, len(ws)*(40+r.IntN(51))/100)
	d.Body = strings.Join(ws[:keep], " ")
	return d
}

// shuffle reorders the paragraphs (or, for a one-paragraph body, the
// sentences).
func shuffle(d doc, r *rand.Rand, _ []doc) doc {
	parts := paragraphs(d.Body)
	sep := "\n\n"
	if len(parts) < 3 {
		parts, sep = strings.SplitAfter(d.Body, ". "), ""
	}
	r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	d.Body = strings.Join(parts, sep)
	return d
}

// paragraphs splits wire copy at blank lines and at indented lines.
func paragraphs(body string) []string {
	body = strings.ReplaceAll(body, "\n    ", "\n\n")
	var out []string
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// newHeadline replaces the title by another article's, with an update tag,
// and edits one number of the body as a re-edit would.
func newHeadline(d doc, r *rand.Rand, all []doc) doc {
	d.Title = []string{"UPDATE 1-", "REFILE-", "CORRECTED-", ""}[r.IntN(4)] + all[r.IntN(len(all))].Title
	ws := strings.Fields(d.Body)
	for i, w := range ws {
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			ws[i] = fmt.Sprint(r.IntN(1000))
			break
		}
	}
	d.Body = strings.Join(ws, " ")
	return d
}

// substitute replaces 10 to 30% of the words by words drawn from other
// articles.
func substitute(d doc, r *rand.Rand, all []doc) doc {
	ws := strings.Fields(d.Body)
	rate := 10 + r.IntN(21)
	for i := range ws {
		if r.IntN(100) < rate {
			other := strings.Fields(all[r.IntN(len(all))].Body)
			if len(other) > 0 {
				ws[i] = other[r.IntN(len(other))]
			}
		}
	}
	d.Body = strings.Join(ws, " ")
	return d
}

// addBoilerplate inserts one or two boilerplate lines, or one paragraph
// of a long article (so a small part of it), at the start, middle or end.
func addBoilerplate(d doc, r *rand.Rand, all []doc) doc {
	var add string
	if r.IntN(3) == 0 {
		for add == "" {
			if ps := paragraphs(all[r.IntN(len(all))].Body); len(ps) >= 5 {
				add = ps[r.IntN(len(ps))]
			}
		}
	} else {
		add = boilerplate[r.IntN(len(boilerplate))]
		if r.IntN(2) == 0 {
			add += "\n\n" + boilerplate[r.IntN(len(boilerplate))]
		}
	}
	parts := paragraphs(d.Body)
	at := r.IntN(len(parts) + 1)
	parts = append(parts[:at], append([]string{add}, parts[at:]...)...)
	d.Body = strings.Join(parts, "\n\n")
	return d
}
