package dateline

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// TestAnnotate dates each report's events against its own dateline and
// credits them to its agency.
func TestAnnotate(t *testing.T) {
	text := "NAIROBI, Feb 9 (AFP) - Police fired tear gas on Thursday, Feb. 8.\n\n" +
		"NAIROBI, Feb 9 (AFP) - Police fired again.\n\n" +
		"KAMPALA (Reuters) - Troops entered the town on Thursday.\n"
	a := &article.Article{Text: text, Published: published, Source: "example.org"}
	doc := &nlp.Doc{Text: text, Sentences: nlp.Split(text)}
	ev := func(verb string) event.Event {
		at := strings.Index(text, verb)
		for si, s := range doc.Sentences {
			if s.Start <= at && at < s.End {
				return event.Event{Sources: []string{a.Source}, Evidence: []event.Evidence{{
					Source: a.Source, Sentence: si, Start: s.Start, End: s.End,
					Verb: &event.Span{Start: at, End: at + len(verb)}}}}
			}
		}
		t.Fatalf("no sentence holds %q", verb)
		return event.Event{}
	}
	evs := []event.Event{ev("fired"), ev("fired again"), ev("entered")}
	Annotate(a, doc, evs)
	want := []struct{ date, text, source string }{
		// The AFP report is dated Friday 9 February: its Thursday is the 8th.
		{"2024-02-08", "Thursday, Feb. 8", "AFP"},
		// The dateline's own date is not an event's date.
		{"2024-02-09", "", "AFP"},
		// The Reuters report has no date: the publication day, Thursday the 15th.
		{"2024-02-15", "Thursday", "Reuters"},
	}
	for i, w := range want {
		e := evs[i]
		if e.Date != w.date || e.Evidence[0].DateText != w.text || e.Evidence[0].Source != w.source ||
			len(e.Sources) != 1 || e.Sources[0] != w.source {
			t.Errorf("event %d = %s %q source %q %v, want %s %q %q", i, e.Date, e.Evidence[0].DateText,
				e.Evidence[0].Source, e.Sources, w.date, w.text, w.source)
		}
	}
}
