package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/store"
)

// lineCoder is a stand-in for the real coder, so that these tests check
// the server and not the coding: each line of an article's text reading
// "ACTOR1 CODE ACTOR2 DATE [COUNTRY:LAT:LON:PLACE]" is one event ("-" for
// no target). Other lines code nothing.
type lineCoder struct {
	delay time.Duration // slows coding down, for the shutdown test
}

// roots gives each root code used in the tests its QuadClass and Goldstein.
var roots = map[string]struct {
	quad int
	g    float64
}{"04": {1, 1.9}, "05": {1, 3.5}, "14": {3, -6.5}, "19": {4, -10}}

func analyze(a *article.Article) *nlp.Doc { return &nlp.Doc{Text: a.Text} }

func (c lineCoder) Code(a *article.Article, doc *nlp.Doc) []event.Event {
	time.Sleep(c.delay)
	var evs []event.Event
	start := 0
	for i, line := range strings.Split(doc.Text, "\n") {
		end := start + len(line)
		f := strings.Fields(line)
		if len(f) >= 4 && len(f[1]) == 3 {
			if strings.Contains(line, "PANIC") {
				panic("coder bug")
			}
			r := roots[f[1][:2]]
			e := event.Event{
				ID: a.ID + "-" + strconv.Itoa(i), Date: f[3], DatePrecision: "day", Reported: a.Published.Format("2006-01-02"),
				Actor1:    &event.Actor{Code: f[0], Country: f[0][:3]},
				EventCode: f[1], EventBaseCode: f[1], EventRootCode: f[1][:2], QuadClass: r.quad, Goldstein: r.g,
				NumMentions: 1, NumSources: 1, NumArticles: 1,
				Evidence: []event.Evidence{{Sentence: i, Start: start, End: end, Text: line, Rule: "test"}},
			}
			if f[2] != "-" {
				e.Actor2 = &event.Actor{Code: f[2], Country: f[2][:3]}
			}
			if len(f) >= 5 {
				p := strings.SplitN(f[4], ":", 4)
				lat, _ := strconv.ParseFloat(p[1], 64)
				lon, _ := strconv.ParseFloat(p[2], 64)
				e.Place = &event.Place{Country: p[0], Lat: lat, Lon: lon, Name: p[3], Precision: "city"}
			}
			evs = append(evs, e)
		}
		start = end + 1
	}
	return evs
}

const token = "s3cret"

// testServer is a Server on a fresh store behind an httptest server.
type testServer struct {
	*Server
	st   *store.Store
	http *httptest.Server
	log  *bytes.Buffer
}

func newTestServer(t *testing.T, edit func(*Config)) *testServer {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "annalist.db"))
	if err != nil {
		t.Fatal(err)
	}
	var logBuf bytes.Buffer
	cfg := Config{
		Store:     st,
		Pipeline:  pipeline.Config{Analyze: analyze, Coder: lineCoder{}},
		Token:     token,
		OpenReads: true,
		Log:       log.New(&syncWriter{w: &logBuf}, "", 0),
	}
	if edit != nil {
		edit(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{Server: s, st: st, http: httptest.NewServer(s.Handler()), log: &logBuf}
	t.Cleanup(func() {
		s.CloseStreams()
		ts.http.Close()
		if err := s.Close(); err != nil {
			t.Error(err)
		}
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	})
	return ts
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(b []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(b)
}

// do sends a request and returns the status and body.
func (ts *testServer) do(t *testing.T, method, path, ctype, body, tok string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, ts.http.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := ts.http.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (ts *testServer) get(t *testing.T, path string) (int, string) {
	t.Helper()
	return ts.do(t, "GET", path, "", "", "")
}

// getJSON GETs path, wants 200 and decodes the answer into v.
func (ts *testServer) getJSON(t *testing.T, path string, v any) {
	t.Helper()
	code, body := ts.get(t, path)
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, code, body)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v in %s", path, err, body)
	}
}

func (ts *testServer) counts(t *testing.T) (int, int) {
	t.Helper()
	a, e, err := ts.st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return a, e
}

// corpus is three articles coding six events between France, Germany,
// Kenya and Russia.
const corpus = `[
{"id":"a1","published":"2024-02-15","source":"AFP","text":"FRAGOV 042 DEUGOV 2024-02-14 DEU:52.52:13.41:Berlin\nDEUGOV 043 FRAGOV 2024-02-14 DEU:52.52:13.41:Berlin\nno event here"},
{"id":"a2","published":"2024-02-20","source":"Reuters","text":"KENOPP 141 KENGOV 2024-02-19 KEN:-1.28:36.82:Nairobi\nKENPOL 190 KENOPP 2024-02-19 KEN:-1.28:36.82:Nairobi\nKENGOV 051 - 2024-02-20"},
{"id":"a3","published":"2024-03-04","source":"AFP","text":"RUSGOV 141 FRAGOV 2024-03-04"}
]`

func eventIDs(evs []*event.Event) string {
	ids := make([]string, len(evs))
	for i, e := range evs {
		ids[i] = e.ID
	}
	return strings.Join(ids, " ")
}
