// Package web is annalist's browser UI, built from the sources in this
// directory (npm run build, or make web) into dist/ and embedded in the
// binary, so that annalist serve needs no files and no network beyond
// itself. The server registers it on its mux with Mount, beside its /api
// routes (or serves Handler at "/").
package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
)

//go:embed dist
var dist embed.FS

// FS holds the built UI: index.html, world.json and hashed files under
// assets/, each text file with a gzip copy NAME.gz beside it.
var FS fs.FS = mustSub(dist, "dist")

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic("web: embedded " + dir + " missing: " + err.Error()) // cannot happen: go:embed checked it
	}
	return sub
}

// file is one servable file, read at start: the UI is about 250 KB.
type file struct {
	body, gz []byte
	ctype    string
	etag     string // weak: the gzip and plain bodies are the same resource
	cache    string
}

// Handler serves the UI: GET or HEAD of "/" gives the dashboard, the
// other paths the built files. Hashed assets are cached for a year,
// everything else is revalidated (by ETag) so a new binary shows its UI at
// once. Clients that accept gzip get the precompressed copy.
func Handler() http.Handler {
	files := map[string]*file{}
	fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".gz") {
			return err
		}
		body, err := fs.ReadFile(FS, p)
		if err != nil {
			return err
		}
		gz, _ := fs.ReadFile(FS, p+".gz") // absent for files that do not shrink
		sum := sha256.Sum256(body)
		f := &file{body: body, gz: gz, etag: `W/"` + hex.EncodeToString(sum[:8]) + `"`, cache: "no-cache"}
		if f.ctype = mime.TypeByExtension(path.Ext(p)); f.ctype == "" {
			f.ctype = "application/octet-stream"
		}
		if strings.HasPrefix(p, "assets/") {
			f.cache = "public, max-age=31536000, immutable"
		}
		files["/"+p] = f
		return nil
	})
	files["/"] = files["/index.html"]
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f := files[r.URL.Path]
		if f == nil {
			http.Error(w, "no such page: "+r.URL.Path, http.StatusNotFound)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, r.Method+" is not allowed on "+r.URL.Path, http.StatusMethodNotAllowed)
			return
		}
		f.serve(w, r)
	})
}

// Mount registers the UI's paths on mux for GET (and so HEAD): "/" and
// each file and directory of FS. Paths the UI does not have stay with
// the mux's other patterns, so an API's own "not found" answers keep
// their form.
func Mount(mux *http.ServeMux) {
	h := Handler()
	mux.Handle("GET /{$}", h)
	entries, _ := fs.ReadDir(FS, ".") // embedded: cannot fail
	for _, e := range entries {
		switch {
		case e.IsDir():
			mux.Handle("GET /"+e.Name()+"/", h)
		case !strings.HasSuffix(e.Name(), ".gz"):
			mux.Handle("GET /"+e.Name(), h)
		}
	}
}

func (f *file) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", f.ctype)
	h.Set("Cache-Control", f.cache)
	h.Set("ETag", f.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	// The UI loads nothing from elsewhere; say so, so that an injected
	// script could not either. Inline styles are set by the charts.
	h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")
	h.Set("Referrer-Policy", "no-referrer")
	if f.gz != nil {
		h.Add("Vary", "Accept-Encoding")
	}
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, f.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := f.body
	if f.gz != nil && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		body = f.gz
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// acceptsGzip reports whether an Accept-Encoding header allows gzip
// (present and not refused with q=0).
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
