package feed

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func TestPublicAddr(t *testing.T) {
	for _, c := range []struct {
		addr   string
		public bool
	}{
		{"93.184.216.34", true},
		{"2606:4700::1111", true},
		{"127.0.0.1", false},
		{"127.8.9.10", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"0.0.0.0", false},
		{"100.64.0.1", false},
		{"::1", false},
		{"fe80::1", false},
		{"fc00::1", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false},
		{"224.0.0.1", false},
		{"64:ff9b::a00:1", false},
	} {
		if got := PublicAddr(netip.MustParseAddr(c.addr)); got != c.public {
			t.Errorf("PublicAddr(%s) = %v, want %v", c.addr, got, c.public)
		}
	}
}

func get(t *testing.T, f *Fetcher, url string) (*Response, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return f.Get(ctx, url, Validators{})
}

func TestFetchRefusesLoopbackAtDialTime(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("secret"))
	}))
	defer srv.Close()
	f := NewFetcher(FetchOptions{})
	// By address, and by a name that resolves to loopback: both refused
	// when dialling, not by looking at the URL.
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	for _, u := range []string{srv.URL, "http://localhost" + port + "/x"} {
		if _, err := get(t, f, u); !errors.Is(err, ErrForbiddenAddress) {
			t.Errorf("Get(%s) error = %v, want ErrForbiddenAddress", u, err)
		}
	}
	allowed := NewFetcher(FetchOptions{AllowPrivate: true})
	r, err := get(t, allowed, srv.URL)
	if err != nil || string(r.Body) != "secret" {
		t.Fatalf("with AllowPrivate: %v, %+v", err, r)
	}
}

func TestFetchRefusesOtherSchemes(t *testing.T) {
	f := NewFetcher(FetchOptions{AllowPrivate: true})
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/x", "gopher://x", "http:///nohost"} {
		if _, err := get(t, f, u); err == nil || !strings.Contains(err.Error(), "not allowed") && !strings.Contains(err.Error(), "no host") {
			t.Errorf("Get(%s) error = %v, want a scheme or host error", u, err)
		}
	}
	srv := httptest.NewServer(http.RedirectHandler("file:///etc/passwd", http.StatusFound))
	defer srv.Close()
	if _, err := get(t, f, srv.URL); err == nil || !strings.Contains(err.Error(), `scheme "file" not allowed`) {
		t.Errorf("redirect to file: error = %v", err)
	}
}

func TestFetchBoundsRedirects(t *testing.T) {
	hops := 0
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hops++
		http.Redirect(w, r, srv.URL+"/again", http.StatusFound)
	}))
	defer srv.Close()
	f := NewFetcher(FetchOptions{AllowPrivate: true})
	_, err := get(t, f, srv.URL)
	if err == nil || !strings.Contains(err.Error(), "more than 5 redirects") {
		t.Fatalf("endless redirects: error = %v", err)
	}
	if hops != 6 {
		t.Errorf("server saw %d requests, want 6 (the first and 5 redirects)", hops)
	}
}

func TestFetchBoundsSize(t *testing.T) {
	bomb := gzipped(bytes.Repeat([]byte{'a'}, 20<<20)) // 20 MiB inflated, ~20 KiB on the wire
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/bomb":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		case "/big":
			w.Write(bytes.Repeat([]byte{'b'}, 2<<20))
		case "/small-gzip":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gzipped([]byte("hello")))
		}
	}))
	defer srv.Close()
	f := NewFetcher(FetchOptions{AllowPrivate: true, MaxBytes: 1 << 20})
	if len(bomb) > 1<<20 {
		t.Fatalf("test bomb is %d bytes on the wire; it must fit the limit to test decoding", len(bomb))
	}
	for _, p := range []string{"/bomb", "/big"} {
		if _, err := get(t, f, srv.URL+p); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: error = %v, want ErrTooLarge", p, err)
		}
	}
	r, err := get(t, f, srv.URL+"/small-gzip")
	if err != nil || string(r.Body) != "hello" {
		t.Errorf("small gzip body: %v, %v", err, r)
	}
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestFetchTimesOutOnSlowServer(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A slow-loris feed: headers at once, then a byte now and then.
		w.Header().Set("Content-Type", "application/rss+xml")
		w.WriteHeader(http.StatusOK)
		for range 100 {
			w.Write([]byte(" "))
			w.(http.Flusher).Flush()
			select {
			case <-release:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}))
	defer srv.Close()
	defer close(release)
	f := NewFetcher(FetchOptions{AllowPrivate: true, Timeout: 300 * time.Millisecond})
	start := time.Now()
	_, err := get(t, f, srv.URL)
	if err == nil {
		t.Fatal("slow server: no error")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("slow server: gave up after %v, want about 300ms", d)
	}
}

func TestFetchConditional(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Write([]byte("body"))
	}))
	defer srv.Close()
	f := NewFetcher(FetchOptions{AllowPrivate: true})
	r, err := get(t, f, srv.URL)
	if err != nil || r.Validators.ETag != `"v1"` {
		t.Fatalf("first fetch: %v, %+v", err, r)
	}
	r2, err := f.Get(context.Background(), srv.URL, r.Validators)
	if err != nil || !r2.NotModified || len(r2.Body) != 0 || r2.Validators.ETag != `"v1"` {
		t.Fatalf("conditional fetch: %v, %+v", err, r2)
	}
}

func TestFetchHTTPErrorStatus(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	f := NewFetcher(FetchOptions{AllowPrivate: true})
	if _, err := get(t, f, srv.URL); err == nil || !strings.Contains(err.Error(), "HTTP 404") {
		t.Errorf("404: error = %v", err)
	}
}
