package story

import (
	"testing"

	"github.com/annalist/annalist/event"
)

func TestFromEvents(t *testing.T) {
	c := NewConsolidator(0)
	c.Add([]event.Event{mention("b", "AFP", 1, "FRAGOV", "DEUGOV", "042", "2024-02-14")})
	c.Add([]event.Event{
		mention("a", "Reuters", 0, "FRAGOV", "DEUGOV", "042", "2024-02-14"),
		mention("a", "Reuters", 2, "DEUGOV", "FRAGOV", "043", "2024-02-15"),
	})
	c.Add([]event.Event{mention("z", "AP", 0, "RUSGOV", "UKRGOV", "190", "2024-03-01")})
	got := FromEvents(c.Events())
	if len(got) != 2 {
		t.Fatalf("got %d stories, want 2: %+v", len(got), got)
	}
	s := got[0]
	if s.ID != "a" || len(s.Articles) != 2 || len(s.Events) != 2 || s.Events[0].NumMentions != 2 {
		t.Errorf("story %+v", s)
	}
	if s.First.Format("2006-01-02") != "2024-02-14" || s.Last.Format("2006-01-02") != "2024-02-15" {
		t.Errorf("dates %v %v", s.First, s.Last)
	}
	if len(s.Sources) != 2 || s.Sources[0] != "AFP" || s.Sources[1] != "Reuters" {
		t.Errorf("sources %v", s.Sources)
	}
	if got[1].ID != "z" || len(got[1].Articles) != 1 {
		t.Errorf("second story %+v", got[1])
	}
}
