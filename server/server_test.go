package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
)

func postCorpus(t *testing.T, ts *testServer) postAnswer {
	t.Helper()
	code, body := ts.do(t, "POST", "/api/articles", "application/json", corpus, token)
	if code != http.StatusOK {
		t.Fatalf("POST corpus: %d %s", code, body)
	}
	var ans postAnswer
	if err := json.Unmarshal([]byte(body), &ans); err != nil {
		t.Fatal(err)
	}
	return ans
}

func TestPostArticles(t *testing.T) {
	ts := newTestServer(t, nil)
	ans := postCorpus(t, ts)
	if ans.Events != 6 || len(ans.Articles) != 3 {
		t.Fatalf("answer: %d events, %d articles", ans.Events, len(ans.Articles))
	}
	for i, want := range []struct {
		id     string
		events int
	}{{"a1", 2}, {"a2", 3}, {"a3", 1}} {
		a := ans.Articles[i]
		if a.ID != want.id || !a.Stored || len(a.Events) != want.events || a.Error != "" {
			t.Errorf("article %d: %+v", i, a)
		}
	}
	if a, e := ts.counts(t); a != 3 || e != 6 {
		t.Errorf("store holds %d articles, %d events; want 3, 6", a, e)
	}
	// The same articles again: recognised, nothing added.
	ans = postCorpus(t, ts)
	for _, a := range ans.Articles {
		if a.Stored {
			t.Errorf("article %s stored twice", a.ID)
		}
	}
	if a, e := ts.counts(t); a != 3 || e != 6 {
		t.Errorf("after reposting: %d articles, %d events", a, e)
	}
	// JSON Lines, and a single object; no date means today.
	code, body := ts.do(t, "POST", "/api/articles", "application/x-ndjson; charset=utf-8",
		`{"id":"n1","text":"USAGOV 042 CHNGOV 2024-05-01"}`+"\n\n"+`{"id":"n2","text":"nothing"}`+"\n", token)
	if code != http.StatusOK || !strings.Contains(body, `"id":"n1","stored":true`) || !strings.Contains(body, `"id":"n2","stored":true,"events":[]`) {
		t.Errorf("x-ndjson: %d %s", code, body)
	}
	code, body = ts.do(t, "POST", "/api/articles", "application/json", `{"url":"https://example.org/x","text":"USAGOV 042 JPNGOV 2024-05-02"}`, token)
	if code != http.StatusOK || !strings.Contains(body, `"events":1`) || !strings.Contains(body, `"id":"a`) {
		t.Errorf("single object: %d %s", code, body)
	}
}

func TestEventFilters(t *testing.T) {
	ts := newTestServer(t, nil)
	postCorpus(t, ts)
	for _, c := range []struct{ query, want string }{
		{"", "a1-0 a1-1 a2-0 a2-1 a2-2 a3-0"},
		{"actor=fra", "a1-0 a1-1 a3-0"},
		{"actor=KENGOV", "a2-0 a2-2"},
		{"dyad=FRA,DEU", "a1-0"},
		{"dyad=,FRA", "a1-1 a3-0"},
		{"dyad=KEN,", "a2-0 a2-1 a2-2"},
		{"code=14", "a2-0 a3-0"},
		{"code=043", "a1-1"},
		{"root=19", "a2-1"},
		{"quad=3", "a2-0 a3-0"},
		{"from=2024-02-19&to=2024-02-20", "a2-0 a2-1 a2-2"},
		{"country=DEU", "a1-0 a1-1"},
		{"country=KEN&quad=4", "a2-1"},
		{"bbox=30,-5,40,0", "a2-0 a2-1"},
		{"bbox=0,40,20,60&dyad=DEU,", "a1-1"},
		{"q=kenpol", "a2-1"},
		{"q=141", "a2-0 a3-0"},
		{"q=zz", ""},
		{"actor=USA", ""},
	} {
		var page eventPage
		ts.getJSON(t, "/api/events?"+c.query, &page)
		if got := eventIDs(page.Events); got != c.want {
			t.Errorf("%s: got [%s], want [%s]", c.query, got, c.want)
		}
		if page.Next != nil {
			t.Errorf("%s: next = %q on a single page", c.query, *page.Next)
		}
	}
}

func TestEventPagination(t *testing.T) {
	ts := newTestServer(t, nil)
	postCorpus(t, ts)
	for _, extra := range []string{"", "&bbox=-180,-90,180,90"} {
		var got []string
		path := "/api/events?limit=2" + extra
		for pages := 0; ; pages++ {
			if pages > 5 {
				t.Fatal("pagination does not end")
			}
			var page eventPage
			ts.getJSON(t, path, &page)
			got = append(got, eventIDs(page.Events))
			if page.Next == nil {
				break
			}
			path = "/api/events?limit=2" + extra + "&cursor=" + url.QueryEscape(*page.Next)
		}
		want := "a1-0 a1-1|a2-0 a2-1|a2-2 a3-0"
		if extra != "" {
			want = "a1-0 a1-1|a2-0 a2-1" // a2-2 and a3-0 have no place
		}
		if strings.Join(got, "|") != want {
			t.Errorf("pages%s: %q, want %q", extra, strings.Join(got, "|"), want)
		}
	}
}

func TestEventByID(t *testing.T) {
	ts := newTestServer(t, nil)
	postCorpus(t, ts)
	var e event.Event
	ts.getJSON(t, "/api/events/a1-1", &e)
	if e.Actor1.Code != "DEUGOV" || e.EventCode != "043" || len(e.Evidence) != 1 {
		t.Fatalf("event a1-1: %+v", e)
	}
	ev := e.Evidence[0]
	if ev.Article != "a1" || ev.Source != "AFP" || ev.Text != "DEUGOV 043 FRAGOV 2024-02-14 DEU:52.52:13.41:Berlin" || ev.Start != 52 {
		t.Errorf("evidence: %+v", ev)
	}
	if code, body := ts.get(t, "/api/events/nope"); code != http.StatusNotFound || !strings.Contains(body, `no event with id \"nope\"`) {
		t.Errorf("missing event: %d %s", code, body)
	}
}

func TestEventExports(t *testing.T) {
	ts := newTestServer(t, nil)
	postCorpus(t, ts)
	code, body := ts.get(t, "/api/events?format=jsonl&actor=FRA")
	lines := strings.Split(strings.TrimSpace(body), "\n")
	if code != 200 || len(lines) != 3 || !strings.HasPrefix(lines[0], `{"id":"a1-0"`) {
		t.Errorf("jsonl: %d %q", code, body)
	}
	code, body = ts.get(t, "/api/events?format=csv&root=14")
	lines = strings.Split(strings.TrimSpace(body), "\n")
	if code != 200 || len(lines) != 3 || !strings.Contains(lines[1], "a2-0") || !strings.Contains(lines[2], "a3-0") {
		t.Errorf("csv: %d %q", code, body)
	}
	req, _ := http.NewRequest("GET", ts.http.URL+"/api/events?format=gdelt&limit=4", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if next := resp.Header.Get("Annalist-Next"); next != "2024-02-19/a2-1" || resp.Header.Get("Content-Type") != exportTypes["gdelt"] {
		t.Errorf("gdelt page: next %q, type %q", next, resp.Header.Get("Content-Type"))
	}
	if code, body := ts.get(t, "/api/events?format=xml"); code != 400 || !strings.Contains(body, "parameter format=") {
		t.Errorf("format=xml: %d %s", code, body)
	}
}

func TestStats(t *testing.T) {
	ts := newTestServer(t, nil)
	postCorpus(t, ts)
	var tl timelineAnswer
	ts.getJSON(t, "/api/stats/timeline", &tl)
	days := []bucket{
		{"2024-02-14", 2, [4]int{2, 0, 0, 0}, 1.9},
		{"2024-02-19", 2, [4]int{0, 0, 1, 1}, -8.25},
		{"2024-02-20", 1, [4]int{1, 0, 0, 0}, 3.5},
		{"2024-03-04", 1, [4]int{0, 0, 1, 0}, -6.5},
	}
	if tl.Interval != "day" || !equalBuckets(tl.Buckets, days) {
		t.Errorf("daily timeline: %+v", tl)
	}
	ts.getJSON(t, "/api/stats/timeline?interval=week&from=2024-02-01&to=2024-02-29", &tl)
	weeks := []bucket{
		{"2024-02-12", 2, [4]int{2, 0, 0, 0}, 1.9},
		{"2024-02-19", 3, [4]int{1, 0, 1, 1}, -4.333},
	}
	if tl.Interval != "week" || !equalBuckets(tl.Buckets, weeks) {
		t.Errorf("weekly timeline: %+v", tl)
	}

	var dy struct{ Dyads []dyad }
	ts.getJSON(t, "/api/stats/dyads?limit=3", &dy)
	want := []dyad{{"DEUGOV", "FRAGOV", 1, 1.9}, {"FRAGOV", "DEUGOV", 1, 1.9}, {"KENOPP", "KENGOV", 1, -6.5}}
	if len(dy.Dyads) != 3 || dy.Dyads[0] != want[0] || dy.Dyads[1] != want[1] || dy.Dyads[2] != want[2] {
		t.Errorf("dyads: %+v", dy.Dyads)
	}
	ts.getJSON(t, "/api/stats/dyads?quad=4", &dy)
	if len(dy.Dyads) != 1 || dy.Dyads[0] != (dyad{"KENPOL", "KENOPP", 1, -10}) {
		t.Errorf("dyads quad=4: %+v", dy.Dyads)
	}

	var pl placesAnswer
	ts.getJSON(t, "/api/stats/places", &pl)
	if len(pl.Places) != 2 || pl.Places[0] != (placeCount{"Berlin", "DEU", 52.52, 13.41, 2}) || pl.Places[1].Name != "Nairobi" ||
		len(pl.Countries) != 2 || pl.Countries[0] != (countryCount{"DEU", 2}) || pl.Countries[1] != (countryCount{"KEN", 2}) {
		t.Errorf("places: %+v", pl)
	}
	ts.getJSON(t, "/api/stats/places?q=kenpol", &pl)
	if len(pl.Places) != 1 || pl.Places[0].Count != 1 || pl.Places[0].Name != "Nairobi" {
		t.Errorf("places q=kenpol: %+v", pl)
	}
}

func equalBuckets(a, b []bucket) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestStories(t *testing.T) {
	ts := newTestServer(t, nil)
	ctx := context.Background()
	put := func(id, text string) {
		a := &article.Article{ID: id, Source: id[:3], Text: text, Published: time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)}
		if _, err := ts.st.PutArticle(ctx, a, lineCoder{}.Code(a, analyze(a))); err != nil {
			t.Fatal(err)
		}
	}
	// The stand-in coder gives every mention its own event, so each
	// article is a story of its own (joining stories is story's to test).
	put("afp-1", "FRAGOV 042 DEUGOV 2024-02-14")
	put("rtr-1", "other line\nFRAGOV 042 DEUGOV 2024-02-14")
	put("afp-2", "RUSMIL 190 UKRMIL 2024-02-21")
	var page struct {
		From, To string
		Stories  []struct {
			ID       string   `json:"id"`
			Articles int      `json:"num_articles"`
			Events   []string `json:"top_events"`
		}
		Next *string
	}
	ts.getJSON(t, "/api/stories", &page)
	if page.To != "2024-02-21" || page.From != "2024-01-22" || len(page.Stories) != 3 || page.Next != nil {
		t.Fatalf("stories page: %+v", page)
	}
	if page.Stories[0].ID != "afp-2" {
		t.Errorf("latest first: %+v", page.Stories)
	}
	ts.getJSON(t, "/api/stories?limit=1&cursor=1", &page)
	if len(page.Stories) != 1 || page.Next == nil || *page.Next != "2" {
		t.Errorf("second page: %+v", page)
	}
	var one struct {
		ID     string        `json:"id"`
		Events []event.Event `json:"events"`
	}
	ts.getJSON(t, "/api/stories/afp-2", &one)
	if one.ID != "afp-2" || len(one.Events) != 1 || one.Events[0].EventCode != "190" {
		t.Errorf("one story: %+v", one)
	}
	if code, body := ts.get(t, "/api/stories/nope"); code != http.StatusNotFound || !strings.Contains(body, `no story with id \"nope\"`) {
		t.Errorf("unknown story: %d %s", code, body)
	}
	if code, body := ts.get(t, "/api/stories?from=yesterday"); code != http.StatusBadRequest || !strings.Contains(body, "from") {
		t.Errorf("bad from: %d %s", code, body)
	}
}

func TestHealthAndSpec(t *testing.T) {
	ts := newTestServer(t, nil)
	if code, body := ts.get(t, "/healthz"); code != 200 || !strings.Contains(body, `"status":"ok"`) {
		t.Errorf("healthz: %d %s", code, body)
	}
	code, body := ts.get(t, "/api/openapi.json")
	var spec map[string]any
	if code != 200 || json.Unmarshal([]byte(body), &spec) != nil || spec["openapi"] != "3.0.3" {
		t.Errorf("openapi.json: %d %.80s", code, body)
	}
	if code, body := ts.get(t, "/api/nothing"); code != 404 || !strings.Contains(body, "no such endpoint: GET /api/nothing") {
		t.Errorf("unknown path: %d %s", code, body)
	}
	if code, _ := ts.do(t, "DELETE", "/api/events", "", "", token); code != http.StatusMethodNotAllowed {
		t.Errorf("DELETE /api/events: %d", code)
	}
}

func TestServesTheUI(t *testing.T) {
	ts := newTestServer(t, nil)
	code, body := ts.get(t, "/")
	if code != http.StatusOK || !strings.Contains(body, "<html") {
		t.Fatalf("GET /: %d %.200s", code, body)
	}
	if code, body := ts.get(t, "/api/nothing"); code != http.StatusNotFound || !strings.Contains(body, "no such endpoint") {
		t.Errorf("the API's 404 must stay JSON: %d %s", code, body)
	}
}
