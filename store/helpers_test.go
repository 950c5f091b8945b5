package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
)

func openTemp(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(filepath.Join(tb.TempDir(), "annalist.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Error(err)
		}
	})
	return s
}

// fullEvent is an event with every field set, so that a round trip that
// drops anything shows.
func fullEvent(id string) event.Event {
	return event.Event{
		ID: id, Date: "2024-02-14", DatePrecision: "day", Reported: "2024-02-15",
		Actor1: &event.Actor{Code: "FRAGOV", Name: "Emmanuel Macron", Country: "FRA", Roles: []string{"GOV"},
			Text: "French President Emmanuel Macron"},
		Actor2: &event.Actor{Code: "DEUGOV", Name: "Olaf Scholz", Country: "DEU", Roles: []string{"GOV"},
			Text: "German Chancellor Olaf Scholz"},
		EventCode: "042", EventBaseCode: "042", EventRootCode: "04", EventName: "Make a visit",
		QuadClass: 1, Goldstein: 1.9, Plover: &event.Plover{Type: "CONSULT", Mode: "visit"},
		IsRootEvent: true, NumMentions: 1, NumSources: 1, NumArticles: 1, Sources: []string{"AFP"},
		Place: &event.Place{Name: "Berlin", Country: "DEU", Admin1: "16", Lat: 52.524, Lon: 13.411,
			GeonameID: 2950159, Precision: "city"},
		Via: &event.Via{Code: "FRAGOV", Text: "the Elysee"},
		Evidence: []event.Evidence{{
			Article: "afp-1", URL: "https://example.org/afp-1", Source: "AFP", Sentence: 0, Start: 0, End: 131,
			Text: "French President Emmanuel Macron flew to Berlin on Wednesday for talks with German Chancellor Olaf Scholz, the Elysee said.",
			Rule: "TRAVEL: FLY * (TO PLACE) (FOR TALKS)", Actor1: &event.Span{Start: 0, End: 32},
			Actor2: &event.Span{Start: 76, End: 104}, Verb: &event.Span{Start: 33, End: 37}, DateText: "on Wednesday",
		}},
	}
}

func newArticle(id, source, text string) *article.Article {
	return &article.Article{ID: id, URL: "https://example.org/" + id, Source: source,
		Published: time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC), Title: "Title of " + id, Text: text,
		Origin: "test:" + id}
}

var (
	genActors    = []string{"FRAGOV", "DEUGOV", "USAMIL", "RUSGOV", "CHNGOV", "GBRBUS", "---REB", "IRNCOP", "ISRMIL", "UKRGOV"}
	genCodes     = []string{"010", "036", "042", "043", "051", "057", "112", "130", "141", "173", "190", "193"}
	genPlaceCtry = []string{"", "BEL", "DEU", "FRA", "UKR"}
	genQuad      = map[string]int{"01": 1, "03": 1, "04": 1, "05": 2, "11": 3, "13": 3, "14": 3, "17": 4, "19": 4}
	genWords     = []string{"talks", "visit", "protest", "strike", "meeting", "sanctions", "ceasefire", "aid"}
)

// genEvent makes the i-th of a deterministic spread of events: the
// pattern in each field has a different period so filters combine.
func genEvent(i int) event.Event {
	a1 := genActors[i%len(genActors)]
	a2 := genActors[(i/7+3)%len(genActors)]
	code := genCodes[i%len(genCodes)]
	quad := genQuad[code[:2]]
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%1500)
	e := event.Event{
		ID: fmt.Sprintf("ev%07d", i), Date: day.Format(time.DateOnly), DatePrecision: "day",
		Reported:  day.Format(time.DateOnly),
		Actor1:    &event.Actor{Code: a1, Country: countryOf(a1), Roles: []string{a1[3:]}},
		Actor2:    &event.Actor{Code: a2, Country: countryOf(a2), Roles: []string{a2[3:]}},
		EventCode: code, EventBaseCode: code, EventRootCode: code[:2], QuadClass: quad,
		Goldstein: float64(i%21) - 10, NumMentions: 1, NumArticles: 1, NumSources: 1,
		Sources: []string{"Wire"},
	}
	if pc := genPlaceCtry[i%len(genPlaceCtry)]; pc != "" {
		e.Place = &event.Place{Name: "Somewhere", Country: pc, Lat: float64(i%90) / 2, Lon: float64(i%180) / 2, Precision: "city"}
	}
	e.Evidence = []event.Evidence{{Sentence: i % 7, Start: 0, End: 60,
		Text: fmt.Sprintf("Sentence %d about %s between %s and %s.", i, genWords[i%len(genWords)], a1, a2)}}
	return e
}

func countryOf(code string) string {
	if code[:3] == "---" {
		return ""
	}
	return code[:3]
}

// fill stores n generated events, per events per article.
func fill(tb testing.TB, s *Store, n, per int) {
	tb.Helper()
	ctx := context.Background()
	for first := 0; first < n; first += per {
		evs := make([]event.Event, 0, per)
		for i := first; i < min(first+per, n); i++ {
			evs = append(evs, genEvent(i))
		}
		id := fmt.Sprintf("art%07d", first)
		if _, err := s.PutArticle(ctx, newArticle(id, "Wire", "Text of article "+id), evs); err != nil {
			tb.Fatal(err)
		}
	}
}

// ids runs f and returns the IDs of the events it selects, in order.
func ids(tb testing.TB, s *Store, f Filter) []string {
	tb.Helper()
	var out []string
	err := s.Events(context.Background(), f, func(e *event.Event) error {
		out = append(out, e.ID)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}
