package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/store"
)

func TestServeFlagErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "feeds.txt")
	os.WriteFile(bad, []byte("# wires\nhttps://example.org/rss\nftp://example.org/x\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("# nothing\n"), 0o644)
	t.Setenv("ANNALIST_TOKEN", "")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--addr", "0.0.0.0:8080"}, "is not a loopback address: give --token"},
		{[]string{"--addr", "8080"}, `--addr "8080"`},
		{[]string{"--feeds", bad}, bad + `:3: "ftp://example.org/x": scheme "ftp" not allowed`},
		{[]string{"--feeds", empty}, "no feed URLs"},
		{[]string{"--feeds", filepath.Join(dir, "missing")}, "--feeds: open"},
		{[]string{"extra"}, `unexpected argument "extra"`},
	} {
		var stderr strings.Builder
		code := runMain(append([]string{"serve"}, c.args...), strings.NewReader(""), io.Discard, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("serve %v: exit %d, %q; want 2 with %q", c.args, code, stderr.String(), c.want)
		}
	}
}

// oneEventCoder codes one visit per article, so that the serve test does
// not depend on the model.
type oneEventCoder struct{}

func (oneEventCoder) Code(a *article.Article, doc *nlp.Doc) []event.Event {
	return []event.Event{{
		ID: a.ID + "-e", Date: a.Published.Format("2006-01-02"), Actor1: &event.Actor{Code: "FRAGOV", Country: "FRA"},
		EventCode: "042", EventRootCode: "04", QuadClass: 1, Goldstein: 1.9,
		Evidence: []event.Evidence{{Start: 0, End: len(doc.Text), Text: doc.Text}},
	}}
}

// lockedBuffer collects stderr while the server writes to it.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServeRunsAndShutsDown starts the command with a feed, posts an
// article, and stops it with SIGINT: everything accepted is stored.
func TestServeRunsAndShutsDown(t *testing.T) {
	saved := servePipeline
	servePipeline = func(workers int) (pipeline.Config, error) {
		return pipeline.Config{Workers: workers, Analyze: func(a *article.Article) *nlp.Doc { return &nlp.Doc{Text: a.Text} }, Coder: oneEventCoder{}}, nil
	}
	defer func() { servePipeline = saved }()

	wire := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<rss version="2.0"><channel><title>Wire</title><item><guid>w1</guid>
<pubDate>Thu, 15 Feb 2024 09:00:00 +0000</pubDate><description>Macron flew to Berlin.</description></item></channel></rss>`)
	}))
	defer wire.Close()
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte(wire.URL+"\n"), 0o644)
	db := filepath.Join(dir, "a.db")

	var stderr lockedBuffer
	exit := make(chan int, 1)
	go func() {
		exit <- runMain([]string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--token", "tok", "--feeds", feeds, "--allow-private"},
			strings.NewReader(""), io.Discard, &stderr)
	}()
	addr := ""
	re := regexp.MustCompile(`on http://(\S+)`)
	for deadline := time.Now().Add(10 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(stderr.String()); m != nil {
			addr = m[1]
		}
	}
	if addr == "" {
		t.Fatalf("server did not start: %s", stderr.String())
	}
	req, _ := http.NewRequest("POST", "http://"+addr+"/api/articles", strings.NewReader(`{"id":"p1","published":"2024-02-16","text":"Macron met Scholz."}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer tok")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"id":"p1","stored":true`) {
		t.Fatalf("POST: %d %s", resp.StatusCode, body)
	}
	// Wait for the feed item to be polled and stored.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		resp, err := http.Get("http://" + addr + "/api/events?from=2024-02-15&to=2024-02-15")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(b), `"text":"Macron flew to Berlin."`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("feed item not stored: %s\n%s", b, stderr.String())
		}
	}
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("exit %d: %s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("server did not stop on SIGINT")
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if a, e, err := st.Counts(context.Background()); err != nil || a != 2 || e != 2 {
		t.Errorf("store after shutdown: %d articles, %d events, %v", a, e, err)
	}
}
