package story

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/annalist/annalist/event"
)

// FromEvents rebuilds stories from consolidated events alone, as a store
// holds them: articles with a mention of the same event are in one story.
// A story's dates span its events' dates, its headline is the lead
// sentence found among its evidence (the earliest sentence of its most
// mentioned event), and its ID is its first article's.
func FromEvents(events []event.Event) []Story {
	parent := map[string]string{}
	var find func(string) string
	find = func(a string) string {
		for parent[a] != a {
			parent[a] = parent[parent[a]]
			a = parent[a]
		}
		return a
	}
	for i := range events {
		first := ""
		for _, ev := range events[i].Evidence {
			if _, ok := parent[ev.Article]; !ok {
				parent[ev.Article] = ev.Article
			}
			if first == "" {
				first = ev.Article
				continue
			}
			ra, rb := find(first), find(ev.Article)
			if ra != rb {
				parent[max(ra, rb)] = min(ra, rb) // the lower ID roots: order does not matter
			}
		}
	}
	byRoot := map[string]*Story{}
	for i := range events {
		e := &events[i]
		if len(e.Evidence) == 0 {
			continue
		}
		root := find(e.Evidence[0].Article)
		s := byRoot[root]
		if s == nil {
			s = &Story{ID: root}
			byRoot[root] = s
		}
		if d, err := time.Parse(time.DateOnly, e.Date); err == nil {
			if s.First.IsZero() || d.Before(s.First) {
				s.First = d
			}
			if d.After(s.Last) {
				s.Last = d
			}
		}
		for _, ev := range e.Evidence {
			if !slices.Contains(s.Articles, ev.Article) {
				s.Articles = append(s.Articles, ev.Article)
			}
			if ev.Source != "" && !slices.Contains(s.Sources, ev.Source) {
				s.Sources = append(s.Sources, ev.Source)
			}
		}
		s.Events = append(s.Events, *e)
	}
	out := make([]Story, 0, len(byRoot))
	for _, s := range byRoot {
		slices.Sort(s.Articles)
		slices.Sort(s.Sources)
		slices.SortStableFunc(s.Events, func(a, b event.Event) int {
			return cmp.Or(cmp.Compare(b.NumMentions, a.NumMentions), strings.Compare(a.ID, b.ID))
		})
		s.Headline = lead(s.Events[0].Evidence)
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b Story) int { return cmp.Or(a.First.Compare(b.First), strings.Compare(a.ID, b.ID)) })
	return out
}

// lead returns the text of the earliest sentence among evidence.
func lead(evidence []event.Evidence) string {
	best := evidence[0]
	for _, ev := range evidence[1:] {
		if ev.Sentence < best.Sentence {
			best = ev
		}
	}
	return firstLine(best.Text)
}
