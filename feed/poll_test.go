package feed

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
)

const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Test Wire</title>
<item><guid>wire-1</guid><title>Talks</title><link>LINK/story/1</link>
<pubDate>Thu, 15 Feb 2024 09:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>French President Emmanuel Macron flew to Berlin.</p><p>He met Olaf Scholz.</p>]]></content:encoded></item>
<item><title>Page only</title><link>LINK/story/2</link><description>Short summary.</description></item>
<item><guid>wire-3</guid><title>Broken link</title><link>LINK/missing</link><description>The summary &amp; nothing else.</description></item>
<item><title>Nothing to key on</title><description>dropped</description></item>
</channel></rss>`

const page = `<html><head><title>Story 2</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Story 2</h1>
<p>Protesters gathered outside the parliament in Nairobi on Tuesday, demanding the withdrawal of a finance bill that would raise taxes on bread and fuel.</p>
<p>Police fired tear gas at the crowd as it marched towards the building, witnesses said, and dozens of people were arrested in the afternoon.</p>
<p>The government said the bill was needed to reduce the country's debt and that it would talk to opposition leaders next week.</p>
</article><footer>Copyright footer text</footer></body></html>`

// wire serves the feed (with an ETag), its pages, and counts requests.
type wire struct {
	mu    sync.Mutex
	hits  map[string]int
	feed  string
	ctype string
}

func (w *wire) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	w.mu.Lock()
	w.hits[r.URL.Path]++
	w.mu.Unlock()
	switch r.URL.Path {
	case "/feed":
		if r.Header.Get("If-None-Match") == `"f1"` {
			rw.WriteHeader(http.StatusNotModified)
			return
		}
		rw.Header().Set("ETag", `"f1"`)
		rw.Header().Set("Content-Type", w.ctype)
		rw.Write([]byte(w.feed))
	case "/story/2":
		rw.Header().Set("Content-Type", "text/html")
		rw.Write([]byte(page))
	default:
		http.NotFound(rw, r)
	}
}

func (w *wire) count(path string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.hits[path]
}

func newWire(t *testing.T, body, ctype string) (*wire, *httptest.Server) {
	w := &wire{hits: map[string]int{}, ctype: ctype}
	srv := httptest.NewServer(w)
	t.Cleanup(srv.Close)
	w.feed = strings.ReplaceAll(body, "LINK", srv.URL)
	return w, srv
}

type sink struct {
	mu   sync.Mutex
	arts []*article.Article
}

func (s *sink) submit(_ context.Context, a *article.Article) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.arts = append(s.arts, a)
	return nil
}

func TestPollSubmitsNewItemsOnce(t *testing.T) {
	w, srv := newWire(t, rss, "application/rss+xml")
	var got sink
	p := &Poller{Fetcher: NewFetcher(FetchOptions{AllowPrivate: true}), Submit: got.submit}
	st := &State{URL: srv.URL + "/feed"}
	n, err := p.Poll(context.Background(), st)
	if err != nil {
		t.Errorf("first poll error = %v", err)
	}
	if n != 3 || len(got.arts) != 3 {
		t.Fatalf("first poll submitted %d (%d), want 3", n, len(got.arts))
	}
	a1, a2, a3 := got.arts[0], got.arts[1], got.arts[2]
	if a1.ID != ItemID("wire-1") || a1.Source != "Test Wire" || a1.Title != "Talks" ||
		a1.Text != "French President Emmanuel Macron flew to Berlin.\n\nHe met Olaf Scholz." ||
		a1.Published != time.Date(2024, 2, 15, 9, 0, 0, 0, time.UTC) || a1.URL != srv.URL+"/story/1" {
		t.Errorf("item with content: %+v", a1)
	}
	// No GUID: keyed by link; no content: the page's main text, without its navigation.
	if a2.ID != ItemID(srv.URL+"/story/2") || !strings.Contains(a2.Text, "Protesters gathered outside the parliament") ||
		strings.Contains(a2.Text, "World") || strings.Contains(a2.Text, "Copyright footer") {
		t.Errorf("item from page: id %s, text %q", a2.ID, a2.Text)
	}
	if a3.Text != "The summary & nothing else." {
		t.Errorf("item with a broken link: text %q, want the summary", a3.Text)
	}
	if st.Validators.ETag != `"f1"` || st.Failures != 0 {
		t.Errorf("state after poll: %+v", st)
	}

	// The second poll is conditional: 304, nothing fetched or submitted.
	if n, err := p.Poll(context.Background(), st); n != 0 || err != nil {
		t.Errorf("second poll: %d, %v", n, err)
	}
	// Even without validators (the server changed nothing), known items
	// are not submitted again and their pages not refetched.
	st.Validators = Validators{}
	if n, err := p.Poll(context.Background(), st); n != 0 || err != nil {
		t.Errorf("third poll: %d, %v", n, err)
	}
	if c := w.count("/story/2"); c != 1 {
		t.Errorf("page fetched %d times, want 1", c)
	}
}

func TestPollSkipsStoredItemsAfterRestart(t *testing.T) {
	w, srv := newWire(t, rss, "application/rss+xml")
	var got sink
	stored := map[string]bool{ItemID("wire-1"): true, ItemID(srv.URL + "/story/2"): true}
	p := &Poller{
		Fetcher: NewFetcher(FetchOptions{AllowPrivate: true}),
		Submit:  got.submit,
		Seen:    func(_ context.Context, id string) (bool, error) { return stored[id], nil },
	}
	n, _ := p.Poll(context.Background(), &State{URL: srv.URL + "/feed"})
	if n != 1 || got.arts[0].ID != ItemID("wire-3") {
		t.Errorf("submitted %d, want only wire-3", n)
	}
	if c := w.count("/story/2"); c != 0 {
		t.Errorf("stored item's page fetched %d times, want 0", c)
	}
}

func TestPollReportsItemWithoutText(t *testing.T) {
	_, srv := newWire(t, `<rss version="2.0"><channel><title>W</title>
<item><guid>x</guid><link>LINK/missing</link></item></channel></rss>`, "application/rss+xml")
	var got sink
	p := &Poller{Fetcher: NewFetcher(FetchOptions{AllowPrivate: true}), Submit: got.submit}
	n, err := p.Poll(context.Background(), &State{URL: srv.URL + "/feed"})
	if n != 0 || err == nil || !strings.Contains(err.Error(), "item x: fetch "+srv.URL+"/missing: HTTP 404") {
		t.Errorf("item whose page is missing: %d, %v", n, err)
	}
}

func TestPollRejectsHTML(t *testing.T) {
	_, srv := newWire(t, page, "text/html; charset=utf-8")
	var got sink
	p := &Poller{Fetcher: NewFetcher(FetchOptions{AllowPrivate: true}), Submit: got.submit}
	st := &State{URL: srv.URL + "/feed"}
	n, err := p.Poll(context.Background(), st)
	if err == nil || !strings.Contains(err.Error(), "not an RSS, Atom or JSON feed (text/html; charset=utf-8)") {
		t.Errorf("HTML feed: error = %v", err)
	}
	if n != 0 || len(got.arts) != 0 || st.Failures != 1 {
		t.Errorf("HTML feed: submitted %d, failures %d", n, st.Failures)
	}
}

func TestPollKeepsItemWhenSubmitFails(t *testing.T) {
	_, srv := newWire(t, rss, "application/rss+xml")
	fail := errors.New("queue closed")
	p := &Poller{
		Fetcher: NewFetcher(FetchOptions{AllowPrivate: true}),
		Submit:  func(context.Context, *article.Article) error { return fail },
	}
	st := &State{URL: srv.URL + "/feed"}
	if _, err := p.Poll(context.Background(), st); !errors.Is(err, fail) {
		t.Fatalf("error = %v", err)
	}
	var got sink
	p.Submit = got.submit
	st.Validators = Validators{}
	if n, _ := p.Poll(context.Background(), st); n != 3 {
		t.Errorf("after a failed submit, the next poll submitted %d, want 3", n)
	}
}

func TestParseAtomAndJSONFeed(t *testing.T) {
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><id>urn:a:1</id><title>One</title><link href="https://example.org/1"/><updated>2024-03-01T10:00:00Z</updated>
<content type="html">&lt;p&gt;Body one.&lt;/p&gt;</content></entry></feed>`
	jf := `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Wire","items":[
{"id":"j1","url":"https://example.org/j1","content_text":"Body j1.","date_published":"2024-03-02T08:00:00Z"}]}`
	for _, c := range []struct{ body, title, key, content, date string }{
		{atom, "Atom Wire", "urn:a:1", "Body one.", "2024-03-01"},
		{jf, "JSON Wire", "j1", "Body j1.", "2024-03-02"},
	} {
		title, items, err := Parse([]byte(c.body), "")
		if err != nil || title != c.title || len(items) != 1 {
			t.Fatalf("%s: %v, %q, %d items", c.title, err, title, len(items))
		}
		it := items[0]
		if it.Key != c.key || it.Content != c.content || it.Published.Format("2006-01-02") != c.date {
			t.Errorf("%s: %+v", c.title, it)
		}
	}
	if _, _, err := Parse([]byte("<rss><channel><item>"), "application/rss+xml"); err == nil {
		t.Error("truncated RSS parsed without error")
	}
}

func TestReadList(t *testing.T) {
	urls, err := ReadList(strings.NewReader("# wires\nhttps://a.example/rss\n\n  http://b.example/atom # hourly\nhttps://a.example/rss\n"), "feeds.txt")
	if err != nil || strings.Join(urls, " ") != "https://a.example/rss http://b.example/atom" {
		t.Errorf("ReadList = %q, %v", urls, err)
	}
	_, err = ReadList(strings.NewReader("https://a.example/rss\nftp://c.example/x\n"), "feeds.txt")
	if err == nil || !strings.HasPrefix(err.Error(), `feeds.txt:2: "ftp://c.example/x": scheme "ftp" not allowed`) {
		t.Errorf("bad scheme: %v", err)
	}
}

func TestNextDelay(t *testing.T) {
	for _, c := range []struct {
		failures int
		want     time.Duration
	}{{0, 10 * time.Minute}, {1, 20 * time.Minute}, {3, 80 * time.Minute}, {5, 2 * time.Hour}, {500, 2 * time.Hour}} {
		if got := NextDelay(10*time.Minute, 2*time.Hour, c.failures); got != c.want {
			t.Errorf("NextDelay after %d failures = %v, want %v", c.failures, got, c.want)
		}
	}
}
