package story

import (
	"fmt"
	"time"

	"github.com/annalist/annalist/event"
)

// Summary is a story as listings and the API show it: its dates,
// headline, size, sources and its most mentioned events.
type Summary struct {
	ID       string   `json:"id"`
	First    string   `json:"first"` // YYYY-MM-DD
	Last     string   `json:"last"`
	Headline string   `json:"headline"`
	Articles int      `json:"num_articles"`
	Sources  []string `json:"sources"`
	Events   []string `json:"top_events"`         // event IDs, most mentioned first
	Summary  []string `json:"top_events_summary"` // "FRAGOV→DEUGOV 042 Make a visit ×3"
}

// Summarize returns the summary of s with at most top events.
func (s Story) Summarize(top int) Summary {
	r := Summary{ID: s.ID, First: day(s.First), Last: day(s.Last), Headline: s.Headline,
		Articles: len(s.Articles), Sources: s.Sources, Events: []string{}, Summary: []string{}}
	if r.Sources == nil {
		r.Sources = []string{}
	}
	for _, ev := range s.Events[:min(top, len(s.Events))] {
		r.Events = append(r.Events, ev.ID)
		r.Summary = append(r.Summary, EventSummary(&ev))
	}
	return r
}

// EventSummary is one event in a few words: "FRAGOV→DEUGOV 042 Make a visit ×3".
func EventSummary(e *event.Event) string {
	who := ""
	if e.Actor1 != nil {
		who = e.Actor1.Code
	}
	if e.Actor2 != nil {
		who += "→" + e.Actor2.Code
	}
	return fmt.Sprintf("%s %s %s ×%d", who, e.EventCode, e.EventName, e.NumMentions)
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
