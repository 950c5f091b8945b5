package news

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/petrarch"
	"github.com/annalist/annalist/pipeline"
)

// TestConfigCodesDatesAndPlaces runs one article through the whole news
// pipeline: the event is coded, dated from its weekday and placed from the
// sentence.
func TestConfigCodesDatesAndPlaces(t *testing.T) {
	p, err := nlp.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{ID: "a1", Text: "Russian troops attacked Ukraine in Kharkiv on Monday.",
		Published: time.Date(2024, 3, 13, 0, 0, 0, 0, time.UTC)}
	seq := func(yield func(*article.Article, error) bool) { yield(a, nil) }
	var got []pipeline.Result
	err = pipeline.Run(context.Background(), seq, Config(1, p, coder.Default(), nil), func(r pipeline.Result) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Err != nil || len(got[0].Events) != 1 {
		t.Fatalf("results %+v", got)
	}
	e := got[0].Events[0]
	if e.Actor1.Code != "RUSMIL" || e.Actor2 == nil || e.Actor2.Code != "UKR" || e.EventCode[:2] != "19" {
		t.Errorf("event %s %v %s", e.Actor1.Code, e.Actor2, e.EventCode)
	}
	if e.Date != "2024-03-11" {
		t.Errorf("date %s, want Monday 2024-03-11", e.Date)
	}
	if e.Place == nil || e.Place.Name != "Kharkiv" || e.Place.Country != "UKR" {
		t.Errorf("place %+v, want Kharkiv", e.Place)
	}
}

// The discard list given to Config drops the events of a discarded
// story before they are refined; the others are coded as without it.
func TestConfigDropsDiscarded(t *testing.T) {
	p, err := nlp.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	d, errs := petrarch.ReadDiscards(strings.NewReader("+WORLD CUP\n"), "discards.txt")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	published := time.Date(2024, 3, 13, 0, 0, 0, 0, time.UTC)
	arts := []*article.Article{
		{ID: "kept", Text: "Russian troops attacked Ukraine in Kharkiv on Monday.", Published: published},
		{ID: "dropped", Text: "Russian troops attacked Ukraine in Kharkiv on Monday. The World Cup goes on.", Published: published},
	}
	seq := func(yield func(*article.Article, error) bool) {
		for _, a := range arts {
			if !yield(a, nil) {
				return
			}
		}
	}
	events := map[string]int{}
	err = pipeline.Run(context.Background(), seq, Config(1, p, coder.Default(), d), func(r pipeline.Result) error {
		events[r.Article.ID] = len(r.Events)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if events["kept"] != 1 || events["dropped"] != 0 {
		t.Errorf("events per article %v, want kept 1, dropped 0", events)
	}
}
