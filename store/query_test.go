package store

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/annalist/annalist/event"
)

// smallStore holds five hand-made events whose expected selections are
// written out below, independently of the generator.
func smallStore(t *testing.T) *Store {
	s := openTemp(t)
	mk := func(id, date, a1, c1, a2, c2, code string, quad int, place, text string) event.Event {
		e := event.Event{ID: id, Date: date, EventCode: code, EventBaseCode: code, EventRootCode: code[:2], QuadClass: quad,
			Actor1:   &event.Actor{Code: a1, Country: c1},
			Evidence: []event.Evidence{{Text: text, End: len(text)}}}
		if a2 != "" {
			e.Actor2 = &event.Actor{Code: a2, Country: c2}
		}
		if place != "" {
			e.Place = &event.Place{Country: place}
		}
		return e
	}
	evs := []event.Event{
		mk("v1", "2024-02-14", "FRAGOV", "FRA", "DEUGOV", "DEU", "042", 1, "DEU", "Macron flew to Berlin for talks."),
		mk("v2", "2024-02-14", "DEUGOV", "DEU", "FRAGOV", "FRA", "043", 1, "DEU", "Scholz hosted Macron in Berlin."),
		mk("p1", "2024-03-01", "FRAOPP", "FRA", "FRAGOV", "FRA", "141", 3, "FRA", "Farmers' union PROTESTED in Paris."),
		mk("s1", "2023-12-31", "USAGOV", "USA", "RUSGOV", "RUS", "163", 4, "", "Washington imposed 50% tariffs_now."),
		mk("u1", "2024-01-10", "---REB", "", "", "", "190", 4, "SYR", "Rebels shelled a town."),
	}
	if _, err := s.PutArticle(context.Background(), newArticle("a", "AFP", "the article"), evs); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestEachFilter(t *testing.T) {
	s := smallStore(t)
	cases := []struct {
		name string
		f    Filter
		want []string
	}{
		{"none: all by date then id", Filter{}, []string{"s1", "u1", "v1", "v2", "p1"}},
		{"actor country prefix, either side", Filter{Actor: "FRA"}, []string{"v1", "v2", "p1"}},
		{"actor full code", Filter{Actor: "FRAOPP"}, []string{"p1"}},
		{"unknown-country actor", Filter{Actor: "---"}, []string{"u1"}},
		{"dyad is directed", Filter{Dyad: [2]string{"FRA", "DEU"}}, []string{"v1"}},
		{"dyad reversed", Filter{Dyad: [2]string{"DEU", "FRA"}}, []string{"v2"}},
		{"dyad source only", Filter{Dyad: [2]string{"USA", ""}}, []string{"s1"}},
		{"dyad target only", Filter{Dyad: [2]string{"", "FRAGOV"}}, []string{"v2", "p1"}},
		{"code prefix", Filter{Code: "04"}, []string{"v1", "v2"}},
		{"code exact", Filter{Code: "043"}, []string{"v2"}},
		{"root", Filter{Root: "19"}, []string{"u1"}},
		{"root is not a prefix", Filter{Root: "1"}, nil},
		{"quad", Filter{Quad: 4}, []string{"s1", "u1"}},
		{"country of actor2", Filter{Country: "RUS"}, []string{"s1"}},
		{"country of place only", Filter{Country: "SYR"}, []string{"u1"}},
		{"country of either", Filter{Country: "DEU"}, []string{"v1", "v2"}},
		{"from", Filter{From: "2024-02-14"}, []string{"v1", "v2", "p1"}},
		{"to", Filter{To: "2024-01-10"}, []string{"s1", "u1"}},
		{"from and to inclusive", Filter{From: "2024-01-10", To: "2024-02-14"}, []string{"u1", "v1", "v2"}},
		{"text, case-insensitive", Filter{Text: "berlin"}, []string{"v1", "v2"}},
		{"text inside a word", Filter{Text: "protest"}, []string{"p1"}},
		{"text with quote", Filter{Text: "Farmers' union"}, []string{"p1"}},
		{"text with FTS syntax", Filter{Text: `"Scholz" OR`}, nil},
		{"short text", Filter{Text: "50"}, []string{"s1"}},
		{"short text with LIKE wildcards", Filter{Text: "%"}, []string{"s1"}},
		{"short text underscore", Filter{Text: "_n"}, []string{"s1"}},
		{"limit", Filter{Limit: 2}, []string{"s1", "u1"}},
		{"after cursor", Filter{After: "2024-02-14/v1"}, []string{"v2", "p1"}},
		{"combined", Filter{Actor: "FRA", Quad: 1, Text: "macron", Limit: 1}, []string{"v1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ids(t, s, c.f); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Events(%+v) = %v, want %v", c.f, got, c.want)
			}
		})
	}
}

func TestBadFiltersAreRefused(t *testing.T) {
	s := openTemp(t)
	cases := []struct {
		f    Filter
		want string
	}{
		{Filter{Actor: "FRA GOV"}, `filter actor "FRA GOV"`},
		{Filter{Dyad: [2]string{"", "DEU'"}}, `filter dyad[1]`},
		{Filter{Code: "04%"}, `filter code`},
		{Filter{Quad: 5}, `filter quad 5`},
		{Filter{From: "2024-2-1"}, `filter from "2024-2-1"`},
		{Filter{To: "yesterday"}, `filter to`},
		{Filter{After: "v1"}, `filter after "v1"`},
		{Filter{Limit: -1}, `filter limit -1`},
	}
	for _, c := range cases {
		err := s.Events(context.Background(), c.f, func(*event.Event) error { return nil })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Events(%+v) error = %v, want one containing %q", c.f, err, c.want)
		}
	}
}

func TestEventsStopsAtCallbackError(t *testing.T) {
	s := smallStore(t)
	stop := errors.New("enough")
	n := 0
	err := s.Events(context.Background(), Filter{}, func(*event.Event) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Events = %v after %d calls; want the callback's error after 1", err, n)
	}
}

// matches is the reference meaning of a Filter, in plain Go.
func matches(f Filter, e *event.Event) bool {
	a2, c2 := "", ""
	if e.Actor2 != nil {
		a2, c2 = e.Actor2.Code, e.Actor2.Country
	}
	pc := ""
	if e.Place != nil {
		pc = e.Place.Country
	}
	p := strings.HasPrefix
	return (f.Actor == "" || p(e.Actor1.Code, f.Actor) || p(a2, f.Actor)) &&
		p(e.Actor1.Code, f.Dyad[0]) && p(a2, f.Dyad[1]) &&
		p(e.EventCode, f.Code) && (f.Root == "" || e.EventRootCode == f.Root) &&
		(f.Quad == 0 || e.QuadClass == f.Quad) &&
		(f.Country == "" || e.Actor1.Country == f.Country || c2 == f.Country || pc == f.Country) &&
		(f.From == "" || e.Date >= f.From) && (f.To == "" || e.Date <= f.To) &&
		(f.Text == "" || strings.Contains(strings.ToLower(e.Evidence[0].Text), strings.ToLower(f.Text)))
}

// TestFiltersAgreeWithReference checks combined filters over generated
// events against the plain-Go meaning, and pages through each result with
// the cursor: every event exactly once, in order.
func TestFiltersAgreeWithReference(t *testing.T) {
	s := openTemp(t)
	const n = 900
	fill(t, s, n, 5)
	all := make([]event.Event, n)
	for i := range all {
		all[i] = genEvent(i)
	}
	slices.SortFunc(all, func(a, b event.Event) int { return strings.Compare(Cursor(&a), Cursor(&b)) })
	filters := []Filter{
		{},
		{Actor: "FRA"},
		{Actor: "---", Quad: 4},
		{Dyad: [2]string{"USA", "RUS"}},
		{Code: "19", Country: "UKR"},
		{Actor: "USA", Code: "1", Country: "RUS", From: "2020-06-01"},
		{Dyad: [2]string{"FRA", ""}, Root: "04", Quad: 1, From: "2020-03-01", To: "2022-01-01"},
		{Root: "04", From: "2020-03-01", To: "2021-06-30"},
		{Country: "BEL", Text: "SANCTIONS"},
		{Text: "aid between IRN"},
	}
	for _, f := range filters {
		var want []string
		for i := range all {
			if matches(f, &all[i]) {
				want = append(want, all[i].ID)
			}
		}
		if len(want) == 0 {
			t.Fatalf("filter %+v selects nothing: the generator no longer exercises it", f)
		}
		if got := ids(t, s, f); !reflect.DeepEqual(got, want) {
			t.Errorf("filter %+v: %d events, want %d (first %v vs %v)", f, len(got), len(want), head(got), head(want))
		}
		// Every way of answering gives the same, whichever Events chose:
		// each term's index leading, or the date index walked.
		ways := []selection{{}, {scanText: true}, {byDate: true}, {scanText: true, byDate: true}}
		if sel, err := f.selection(); err == nil {
			for i := range sel.terms {
				ways = append(ways, selection{lead: i + 1}, selection{lead: i + 1, scanText: true})
			}
		}
		// Each also for a page (whose lead branches stop at a page each)
		// and with the lead's prefixes split into their codes.
		for _, way := range ways {
			for _, limit := range []int{0, 7} {
				for _, expand := range []bool{false, true} {
					if expand && way.lead == 0 {
						continue
					}
					sel, err := f.selection()
					if err != nil {
						t.Fatal(err)
					}
					sel.scanText, sel.byDate, sel.lead, sel.limit = way.scanText, way.byDate, way.lead, limit
					if expand {
						if err := s.expandLead(context.Background(), &sel); err != nil {
							t.Fatal(err)
						}
					}
					var got []string
					if err := s.events(context.Background(), sel, func(e *event.Event) error { got = append(got, e.ID); return nil }); err != nil {
						t.Fatal(err)
					}
					w := want
					if limit > 0 {
						w = want[:min(limit, len(want))]
					}
					if !reflect.DeepEqual(got, w) {
						t.Errorf("filter %+v, scan text %v, by date %v, lead %d, limit %d, codes %v: %d events %v, want %d %v",
							f, way.scanText, way.byDate, way.lead, limit, expand, len(got), head(got), len(w), head(w))
					}
				}
			}
		}
		var paged []string
		for page := f; ; {
			page.Limit = 37
			var last *event.Event
			err := s.Events(context.Background(), page, func(e *event.Event) error {
				paged = append(paged, e.ID)
				last = e
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if last == nil {
				break
			}
			page.After = Cursor(last)
		}
		if !reflect.DeepEqual(paged, want) {
			t.Errorf("filter %+v paged by 37: %d events, want %d exactly once in order", f, len(paged), len(want))
		}
	}
}

func head(s []string) []string { return s[:min(len(s), 3)] }

func TestTextMatchingChoice(t *testing.T) {
	s := smallStore(t)
	cases := []struct {
		f    Filter
		scan bool
	}{
		{Filter{Text: "ab", Limit: 10}, true},      // no trigram: walk
		{Filter{Text: "berlin"}, false},            // every match wanted: index
		{Filter{Text: "élysée", Limit: 10}, false}, // LIKE would not fold É: index
		{Filter{Text: "berlin", Limit: 10}, false}, // rare: index
	}
	for _, c := range cases {
		scan, err := s.scanForText(context.Background(), c.f.Text, c.f.Limit)
		if err != nil || scan != c.scan {
			t.Errorf("scanForText(%+v) = %v, %v; want %v", c.f, scan, err, c.scan)
		}
	}
}

// TestPlanLeadsWithTheRarestTerm checks that a page is found through the
// index of the filter term with the fewest matches, counted here in Go,
// unless the matches are dense enough for a walk in date order to find it
// at once.
func TestPlanLeadsWithTheRarestTerm(t *testing.T) {
	s := openTemp(t)
	const n = 900
	fill(t, s, n, 50)
	for _, f := range []Filter{
		{Actor: "FRA", Code: "19"},
		{Actor: "---", Quad: 1, Country: "UKR"},
		{Dyad: [2]string{"USA", "RUS"}, Root: "04", From: "2021-01-01"},
		{Code: "0", Country: "BEL", To: "2020-12-31"},
	} {
		f.Limit = 5000 // far more than all matches: no walk promises it
		sel, err := f.selection()
		if err != nil {
			t.Fatal(err)
		}
		// Each term alone, with the dates, counted by the reference.
		one := []Filter{}
		if f.Actor != "" {
			one = append(one, Filter{Actor: f.Actor})
		}
		for i, d := range f.Dyad {
			if d != "" {
				var g Filter
				g.Dyad[i] = d
				one = append(one, g)
			}
		}
		for _, g := range []Filter{{Code: f.Code}, {Root: f.Root}, {Quad: f.Quad}, {Country: f.Country}} {
			if g != (Filter{}) {
				one = append(one, g)
			}
		}
		if len(one) != len(sel.terms) {
			t.Fatalf("%+v: %d terms, the test made %d", f, len(sel.terms), len(one))
		}
		counts := make([]int, len(one))
		rarest := 0
		for i, g := range one {
			g.From, g.To = f.From, f.To
			for k := range n {
				if e := genEvent(k); matches(g, &e) {
					counts[i]++
				}
			}
			if counts[i] < counts[rarest] {
				rarest = i
			}
		}
		if err := s.plan(context.Background(), &sel); err != nil {
			t.Fatal(err)
		}
		if sel.lead != rarest+1 || sel.byDate {
			t.Errorf("%+v: lead %d (by date %v); want term %d, counts %v", f, sel.lead, sel.byDate, rarest+1, counts)
		}
		// A small page of the same filter is walked in date order when
		// the first events hold it (here all 900 are in the sample).
		f.Limit = 10
		all := 0
		for k := range n {
			if e := genEvent(k); matches(f, &e) {
				all++
			}
		}
		if sel, err = f.selection(); err != nil {
			t.Fatal(err)
		}
		if err := s.plan(context.Background(), &sel); err != nil {
			t.Fatal(err)
		}
		if walk := all >= f.Limit || all > 0 && f.Limit*sampleRows/all <= walkRows; sel.byDate != walk {
			t.Errorf("%+v: by date %v, lead %d; want a walk exactly when the %d matches promise the page soon", f, sel.byDate, sel.lead, all)
		}
	}
}
