package server

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/sqltest"
)

// postSpread posts articles whose events spread over actors, codes, days
// and places, so that the statistics have many groups to add up.
func postSpread(t *testing.T, ts *testServer) {
	t.Helper()
	actors := []string{"FRAGOV", "DEUGOV", "USAMIL", "RUSGOV", "KENOPP", "KENPOL"}
	codes := []string{"042", "043", "051", "141", "190"}
	places := []string{"", "DEU:52.52:13.41:Berlin", "KEN:-1.29:36.82:Nairobi", "FRA:48.85:2.35:Paris", "DEU:52.52:13.41:Berlin-Mitte"}
	var arts []map[string]string
	for a := range 40 {
		var lines []string
		for k := range 6 {
			i := a*6 + k
			target := actors[(i/5+1)%len(actors)]
			if i%7 == 0 {
				target = "-"
			}
			line := fmt.Sprintf("%s %s %s 2024-%02d-%02d %s", actors[i%len(actors)], codes[i%len(codes)], target,
				1+i%5, 1+i%27, places[i%len(places)])
			lines = append(lines, strings.TrimSpace(line))
		}
		arts = append(arts, map[string]string{"id": fmt.Sprintf("s%d", a), "text": strings.Join(lines, "\n"), "published": "2024-06-01"})
	}
	body, _ := json.Marshal(arts)
	if code, resp := ts.do(t, "POST", "/api/articles", "application/json", string(body), token); code != http.StatusOK {
		t.Fatalf("POST: %d %.300s", code, resp)
	}
}

// TestStatsFromAggregatesAgreeWithEvents checks each statistic that the
// daily aggregate tables answer against the same statistic counted over
// the events.
func TestStatsFromAggregatesAgreeWithEvents(t *testing.T) {
	ts := newTestServer(t, nil)
	postSpread(t, ts)
	for _, params := range []string{
		"", "from=2024-02-01", "from=2024-02-03&to=2024-04-20", "to=2024-03-01",
		"quad=1", "quad=3&from=2024-03-01",
		"actor=FRA", "actor=KEN&to=2024-03-10", "dyad=USA,", "dyad=,KENPOL", "dyad=FRAGOV,&from=2024-01-05", "dyad=FRAGOV,RUSGOV",
		"bbox=0,40,20,60", "bbox=30,-5,40,5&from=2024-02-01",
	} {
		q, _ := url.ParseQuery(params)
		sel, err := parseSelection(q)
		if err != nil {
			t.Fatal(err)
		}
		type pair struct {
			name        string
			agg, evs    string
			args, args2 []any
		}
		var pairs []pair
		agg, args := timelineQuery(sel, false)
		evs, args2 := timelineQuery(sel, true)
		pairs = append(pairs, pair{"timeline", agg, evs, args, args2})
		agg, args = dyadsQuery(sel, 1000, false)
		evs, args2 = dyadsQuery(sel, 1000, true)
		pairs = append(pairs, pair{"dyads", agg, evs, args, args2})
		pa, ca, args := placesQueries(sel, false)
		pe, ce, args2 := placesQueries(sel, true)
		pairs = append(pairs, pair{"places", pa, pe, append(args, 1000), append(args2, 1000)},
			pair{"countries", ca, ce, args, args2})
		for _, p := range pairs {
			fromAgg := !strings.Contains(p.agg, "FROM events")
			got, want := queryRows(t, ts, p.agg, p.args), queryRows(t, ts, p.evs, p.args2)
			if len(want) == 0 {
				t.Errorf("%s?%s: no rows; the test data should match every selection here", p.name, params)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s?%s: from aggregates (%v) %v\nfrom events %v", p.name, params, fromAgg, got, want)
			}
		}
	}
}

// TestStatsReadAggregatesWhenTheyCan checks which selections each
// statistic answers from the aggregate tables.
func TestStatsReadAggregatesWhenTheyCan(t *testing.T) {
	for _, c := range []struct {
		params                  string
		timeline, dyads, places bool
	}{
		{"", true, true, true},
		{"from=2024-01-01&to=2024-12-31", true, true, true},
		{"quad=2", true, false, false},
		{"actor=USA&from=2024-01-01", false, true, false},
		{"dyad=USA,RUS", false, true, false},
		{"bbox=0,0,10,10", false, false, true},
		{"code=04", false, false, false},
		{"country=FRA", false, false, false},
		{"q=talks", false, false, false},
	} {
		q, _ := url.ParseQuery(c.params)
		sel, err := parseSelection(q)
		if err != nil {
			t.Fatal(err)
		}
		tq, _ := timelineQuery(sel, false)
		dq, _ := dyadsQuery(sel, 10, false)
		pq, cq, _ := placesQueries(sel, false)
		agg := func(q string) bool { return !strings.Contains(q, "FROM events") }
		got := [4]bool{agg(tq), agg(dq), agg(pq), agg(cq)}
		if want := [4]bool{c.timeline, c.dyads, c.places, c.places}; got != want {
			t.Errorf("%q: timeline, dyads, places, countries from aggregates %v; want %v", c.params, got, want)
		}
		// Without dates, the totals over all dates answer.
		dated := strings.Contains(c.params, "from=")
		if totals := strings.Contains(dq, "dyad_totals"); c.dyads && totals == dated {
			t.Errorf("%q: dyads from %q", c.params, dq)
		}
		if totals := strings.Contains(pq, "place_totals"); c.places && totals == dated {
			t.Errorf("%q: places from %q", c.params, pq)
		}
	}
}

// queryRows runs q on the server's read-only connection and returns its
// rows as text, numbers rounded to the API's three decimals.
func queryRows(t *testing.T, ts *testServer, q string, args []any) []string {
	t.Helper()
	return sqltest.Lines(t, ts.ro, func(f float64) float64 { return math.Round(f*1000) / 1000 }, q, args...)
}
