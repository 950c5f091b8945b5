package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, path string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestIndexAndItsAssetsAreServed(t *testing.T) {
	h := Handler()
	w := get(t, h, "GET", "/", nil)
	if w.Code != http.StatusOK {
		t.Fatalf("GET / = %d", w.Code)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("GET / Content-Type = %q, want text/html", ct)
	}
	if cc := w.Header().Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("GET / Cache-Control = %q, want no-cache", cc)
	}
	body := w.Body.String()
	if !strings.Contains(body, `id="timeline"`) || !strings.Contains(body, `id="network"`) || !strings.Contains(body, `id="map"`) {
		t.Errorf("index lacks the dashboard's panels:\n%s", body)
	}
	// Every asset the built index refers to must be embedded: a stale
	// dist/ would otherwise give a blank page.
	refs := regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`).FindAllStringSubmatch(body, -1)
	if len(refs) < 2 {
		t.Fatalf("index refers to %d assets, want the script and the stylesheet", len(refs))
	}
	for _, ref := range refs {
		a := get(t, h, "GET", ref[1], nil)
		if a.Code != http.StatusOK || a.Body.Len() == 0 {
			t.Errorf("GET %s = %d (%d bytes)", ref[1], a.Code, a.Body.Len())
		}
		if cc := a.Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("GET %s Cache-Control = %q, want immutable", ref[1], cc)
		}
	}
	if w := get(t, h, "GET", "/world.json", nil); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"Topology"`) {
		t.Errorf("GET /world.json = %d, %.40q", w.Code, w.Body.String())
	}
	// The bundle drops the libraries' copyright comments; their licences
	// and the map's must ship beside it.
	lic := get(t, h, "GET", "/third-party-licenses.txt", nil).Body.String()
	for _, want := range []string{"uplot", "d3-force", "d3-geo", "topojson-client", "world-atlas", "Michael Bostock"} {
		if !strings.Contains(lic, want) {
			t.Errorf("third-party-licenses.txt does not mention %s", want)
		}
	}
}

func TestGzipIsServedToClientsThatAcceptIt(t *testing.T) {
	h := Handler()
	plain := get(t, h, "GET", "/index.html", nil)
	for _, ae := range []string{"gzip", "br, gzip;q=0.8", "deflate, GZIP"} {
		w := get(t, h, "GET", "/index.html", map[string]string{"Accept-Encoding": ae})
		if w.Header().Get("Content-Encoding") != "gzip" {
			t.Errorf("Accept-Encoding %q: not gzipped", ae)
			continue
		}
		zr, err := gzip.NewReader(w.Body)
		if err != nil {
			t.Fatalf("Accept-Encoding %q: %v", ae, err)
		}
		got, err := io.ReadAll(zr)
		if err != nil || !bytes.Equal(got, plain.Body.Bytes()) {
			t.Errorf("Accept-Encoding %q: gzip copy differs from index.html (err %v)", ae, err)
		}
	}
	for _, ae := range []string{"", "br", "gzip;q=0", "identity"} {
		w := get(t, h, "GET", "/index.html", map[string]string{"Accept-Encoding": ae})
		if ce := w.Header().Get("Content-Encoding"); ce != "" {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want none", ae, ce)
		}
	}
}

func TestGzipCopiesMatchTheirFiles(t *testing.T) {
	n := 0
	err := fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(p, ".gz") {
			return err
		}
		n++
		gz, _ := fs.ReadFile(FS, p)
		plain, err := fs.ReadFile(FS, strings.TrimSuffix(p, ".gz"))
		if err != nil {
			t.Errorf("%s has no uncompressed original: %v", p, err)
			return nil
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			return nil
		}
		if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, plain) {
			t.Errorf("%s is not the gzip of its original (rebuild with make web)", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 3 {
		t.Errorf("found %d gzip copies, want one for each of index.html, the script, the stylesheet and world.json", n)
	}
}

func TestRevalidationAndRefusals(t *testing.T) {
	h := Handler()
	first := get(t, h, "GET", "/", nil)
	tag := first.Header().Get("ETag")
	if tag == "" {
		t.Fatal("GET / sent no ETag")
	}
	if w := get(t, h, "GET", "/", map[string]string{"If-None-Match": tag}); w.Code != http.StatusNotModified || w.Body.Len() != 0 {
		t.Errorf("GET / with its ETag = %d (%d bytes), want 304 and no body", w.Code, w.Body.Len())
	}
	if w := get(t, h, "HEAD", "/", nil); w.Code != http.StatusOK || w.Body.Len() != 0 || w.Header().Get("Content-Length") != first.Header().Get("Content-Length") {
		t.Errorf("HEAD / = %d, %d bytes, length %q", w.Code, w.Body.Len(), w.Header().Get("Content-Length"))
	}
	if w := get(t, h, "GET", "/nope.js", nil); w.Code != http.StatusNotFound || !strings.Contains(w.Body.String(), "/nope.js") {
		t.Errorf("GET /nope.js = %d %q, want 404 naming the path", w.Code, w.Body.String())
	}
	if w := get(t, h, "POST", "/", nil); w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST / = %d, Allow %q", w.Code, w.Header().Get("Allow"))
	}
	if csp := first.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("Content-Security-Policy = %q", csp)
	}
}

func TestMountLeavesOtherPathsToTheMux(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/events", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "events") })
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, `{"error":"no such endpoint"}`, http.StatusNotFound)
	})
	Mount(mux)
	index := get(t, Handler(), "GET", "/", nil).Body.String()
	for _, tc := range []struct {
		method, path string
		code         int
		body         string // a part of the body
	}{
		{"GET", "/", 200, `id="timeline"`},
		{"HEAD", "/", 200, ""},
		{"GET", "/index.html", 200, `id="timeline"`},
		{"GET", "/world.json", 200, `"Topology"`},
		{"GET", "/api/events", 200, "events"},
		{"GET", "/api/nope", 404, "no such endpoint"},
		{"GET", "/nope.html", 404, "no such endpoint"},
		{"POST", "/", 404, "no such endpoint"},
	} {
		w := get(t, mux, tc.method, tc.path, nil)
		if w.Code != tc.code || !strings.Contains(w.Body.String(), tc.body) {
			t.Errorf("%s %s = %d %.60q, want %d with %q", tc.method, tc.path, w.Code, w.Body.String(), tc.code, tc.body)
		}
	}
	asset := regexp.MustCompile(`src="(/assets/[^"]+)"`).FindStringSubmatch(index)
	if asset == nil {
		t.Fatal("index has no script")
	}
	if w := get(t, mux, "GET", asset[1], nil); w.Code != 200 {
		t.Errorf("GET %s through the mux = %d", asset[1], w.Code)
	}
}
