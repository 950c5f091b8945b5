package server

import (
	"bufio"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestBadWrites(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.MaxBody = 4096 })
	noToken := newTestServer(t, func(c *Config) { c.Token = "" })
	good := `{"id":"g","text":"FRAGOV 042 DEUGOV 2024-02-14"}`
	for _, c := range []struct {
		name             string
		srv              *testServer
		ctype, body, tok string
		status           int
		want             string
	}{
		{"no token configured", noToken, "application/json", good, "", 403, "writes are disabled: no token is configured"},
		{"no token configured, one sent", noToken, "application/json", good, token, 403, "writes are disabled"},
		{"missing token", ts, "application/json", good, "", 401, "missing token"},
		{"wrong token", ts, "application/json", good, "guess", 401, "wrong token"},
		{"wrong content type", ts, "text/plain", good, token, 415, `Content-Type \"text/plain\" not accepted`},
		{"no content type", ts, "", good, token, 415, `Content-Type \"\" not accepted`},
		{"form content type", ts, "application/x-www-form-urlencoded", "text=x", token, 415, "not accepted"},
		{"malformed JSON", ts, "application/json", `{"id":"x","text":"abc"`, token, 400, "malformed JSON"},
		{"malformed array", ts, "application/json", `[` + good + `,{"text":]`, token, 400, "malformed JSON"},
		{"array of strings", ts, "application/json", `["text"]`, token, 400, "item 1: want a JSON object"},
		{"empty body", ts, "application/json", ``, token, 400, "empty request body"},
		{"empty array", ts, "application/json", `[]`, token, 400, "no articles"},
		{"no text", ts, "application/json", `[` + good + `,{"id":"t"}]`, token, 400, `"item":2,"error":"record has no \"text\" field"`},
		{"bad date", ts, "application/json", `{"text":"x","published":"yesterday"}`, token, 400, `unreadable date`},
		{"bad line in ndjson", ts, "application/x-ndjson", good + "\n{\"text\":\n", token, 400, `"item":2,"error":"malformed JSON`},
		{"plain text as ndjson", ts, "application/x-ndjson", "just words", token, 400, "want a JSON object"},
		{"oversized body", ts, "application/json", `{"text":"` + strings.Repeat("a", 5000) + `"}`, token, 413, "exceeds the 4096-byte limit"},
	} {
		code, body := c.srv.do(t, "POST", "/api/articles", c.ctype, c.body, c.tok)
		if code != c.status || !strings.Contains(body, c.want) {
			t.Errorf("%s: %d %s; want %d with %q", c.name, code, body, c.status, c.want)
		}
	}
	for _, s := range []*testServer{ts, noToken} {
		if a, e := s.counts(t); a != 0 || e != 0 {
			t.Errorf("after refused writes the store holds %d articles, %d events", a, e)
		}
	}
}

func TestTooManyArticles(t *testing.T) {
	ts := newTestServer(t, nil)
	body := strings.Repeat(`{"text":"x"}`+"\n", MaxArticlesPerRequest+1)
	if code, msg := ts.do(t, "POST", "/api/articles", "application/x-ndjson", body, token); code != 413 || !strings.Contains(msg, "at most 1000") {
		t.Errorf("%d %s", code, msg)
	}
}

func TestCoderPanicIsOneArticlesError(t *testing.T) {
	ts := newTestServer(t, nil)
	code, body := ts.do(t, "POST", "/api/articles", "application/json",
		`[{"id":"p","text":"FRAGOV 042 DEUGOV 2024-02-14 PANIC"},{"id":"ok","text":"FRAGOV 042 DEUGOV 2024-02-14"}]`, token)
	if code != 500 || !strings.Contains(body, "internal error while coding") || !strings.Contains(body, `"id":"ok","stored":true`) {
		t.Errorf("%d %s", code, body)
	}
	if a, e := ts.counts(t); a != 1 || e != 1 {
		t.Errorf("store holds %d articles, %d events; want only the good one", a, e)
	}
}

func TestBadQueries(t *testing.T) {
	ts := newTestServer(t, nil)
	for _, c := range []struct {
		path   string
		status int
		want   string
	}{
		{"/api/events?actr=FRA", 400, `unknown parameter \"actr\" for GET /api/events`},
		{"/api/events?actor=FRA&actor=DEU", 400, `parameter \"actor\" given 2 times`},
		{"/api/events/x?limit=3", 400, `unknown parameter \"limit\"`},
		{"/api/stats/timeline?cursor=x", 400, `unknown parameter \"cursor\"`},
		{"/healthz?verbose=1", 400, `unknown parameter \"verbose\" for GET /healthz (accepted: none)`},
		{"/api/events?quad=5", 400, `parameter quad=\"5\"`},
		{"/api/events?from=2024-13-01", 400, `parameter from=\"2024-13-01\"`},
		{"/api/events?from=2024-03-01&to=2024-02-01", 400, "is after"},
		{"/api/events?limit=0", 400, "parameter limit="},
		{"/api/events?limit=1001", 400, "from 1 to 1000"},
		{"/api/events?cursor=abc", 400, "parameter cursor="},
		{"/api/events?dyad=FRA", 400, "parameter dyad="},
		{"/api/events?bbox=1,2,3", 400, "parameter bbox="},
		{"/api/events?bbox=10,0,5,1", 400, "min before max"},
		{"/api/events?bbox=0,0,1,NaN", 400, "parameter bbox="},
		{"/api/events?actor=" + strings.Repeat("A", 40), 400, "longer than 32"},
		{"/api/stats/timeline?interval=month", 400, "want day or week"},
		{"/api/stats/dyads?limit=-1", 400, "parameter limit="},
	} {
		code, body := ts.get(t, c.path)
		if code != c.status || !strings.Contains(body, c.want) {
			t.Errorf("%s: %d %s; want %d with %q", c.path, code, body, c.status, c.want)
		}
	}
}

// TestSQLInEveryParameter sends SQL-like strings in every parameter of
// every read endpoint: each is refused with 400 or matched literally
// (200), never a 500, and the store is unchanged.
func TestSQLInEveryParameter(t *testing.T) {
	ts := newTestServer(t, nil)
	postCorpus(t, ts)
	nasty := []string{
		`'; DROP TABLE events; --`, `" OR 1=1 --`, `1 OR 1=1`, `%`, `_`, `\`, `*`, `FRA' OR '1'='1`,
		`) UNION SELECT record FROM events --`, `"NEAR"`, `a"b`, "\u00e9\u00e8", `../../etc/passwd`,
	}
	for _, rt := range routeTable {
		if rt.method != "GET" || rt.path == "/api/stream" {
			continue
		}
		path := strings.ReplaceAll(rt.path, "{id}", url.PathEscape(`x' OR '1'='1`))
		for _, p := range rt.params {
			for _, v := range nasty {
				code, body := ts.get(t, path+"?"+p+"="+url.QueryEscape(v))
				if code != 200 && code != 400 && !(code == 501 && strings.HasPrefix(rt.path, "/api/stories")) {
					t.Errorf("%s?%s=%q: %d %s", path, p, v, code, body)
				}
				if p == "q" && code == 200 && strings.Contains(body, `"id":"a`) {
					t.Errorf("%s?q=%q matched events: %.200s", path, v, body)
				}
			}
		}
		if code, _ := ts.get(t, path); code >= 500 && code != 501 {
			t.Errorf("%s: %d", path, code)
		}
	}
	if a, e := ts.counts(t); a != 3 || e != 6 {
		t.Errorf("store holds %d articles, %d events after the attempts; want 3, 6", a, e)
	}
	if strings.Contains(ts.log.String(), "SQL") {
		t.Errorf("server logged SQL errors:\n%s", ts.log.String())
	}
}

func TestReadsNeedTokenOffLoopback(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.OpenReads = false })
	if code, _ := ts.get(t, "/api/events"); code != 401 {
		t.Errorf("read without token: %d", code)
	}
	if code, _ := ts.do(t, "GET", "/api/events", "", "", token); code != 200 {
		t.Errorf("read with token: %d", code)
	}
}

// TestSlowLorisClient: a client that sends its headers slowly is cut off
// after the header timeout instead of holding a connection.
func TestSlowLorisClient(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.ReadHeaderTimeout = 200 * time.Millisecond })
	hs := ts.HTTPServer("127.0.0.1:0")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go hs.Serve(ln)
	defer hs.Close()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	start := time.Now()
	conn.Write([]byte("GET /api/events HTTP/1.1\r\nHost: x\r\n"))
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	for range 20 { // one header line every 50 ms: never finishing
		if _, err := conn.Write([]byte("X-Slow: 1\r\n")); err != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err == nil {
		resp.Body.Close()
		if resp.StatusCode < 400 {
			t.Errorf("slow client got %d", resp.StatusCode)
		}
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("connection held for %v", d)
	}
	// A normal request on the same server still works.
	resp2, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil || resp2.StatusCode != 200 {
		t.Fatalf("healthz after slow client: %v", err)
	}
	resp2.Body.Close()
}
