package server

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annalist/annalist/store"
)

// selection is the events a request selects: the store's filter plus a
// bounding box on the place, which the store does not offer.
type selection struct {
	f    store.Filter
	bbox *bbox
}

// bbox is a rectangle in degrees; it does not cross the antimeridian.
type bbox struct{ minLon, minLat, maxLon, maxLat float64 }

// badRequest is an error caused by the request, answered with 400.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func badParam(name, value, want string) error {
	return &badRequest{fmt.Sprintf("parameter %s=%q: %s", name, value, want)}
}

const maxCodeLen = 32

// parseSelection reads the filter parameters.
func parseSelection(q url.Values) (selection, error) {
	var s selection
	var err error
	code := func(name string) string {
		v := q.Get(name)
		if err == nil && v != "" {
			err = checkCode(name, v)
		}
		return strings.ToUpper(v)
	}
	s.f.Actor = code("actor")
	s.f.Code = code("code")
	s.f.Root = code("root")
	s.f.Country = code("country")
	if err != nil {
		return s, err
	}
	if v := q.Get("dyad"); v != "" {
		a, b, ok := strings.Cut(v, ",")
		if !ok || strings.Contains(b, ",") || a == "" && b == "" {
			return s, badParam("dyad", v, "want ACTOR1,ACTOR2 (code prefixes; one may be empty)")
		}
		for _, c := range []string{a, b} {
			if c != "" {
				if err := checkCode("dyad", c); err != nil {
					return s, err
				}
			}
		}
		s.f.Dyad = [2]string{strings.ToUpper(a), strings.ToUpper(b)}
	}
	if v := q.Get("quad"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 4 {
			return s, badParam("quad", v, "want a QuadClass from 1 to 4")
		}
		s.f.Quad = n
	}
	for _, d := range []struct {
		name string
		to   *string
	}{{"from", &s.f.From}, {"to", &s.f.To}} {
		if v := q.Get(d.name); v != "" {
			if _, err := time.Parse(time.DateOnly, v); err != nil || len(v) != len(time.DateOnly) {
				return s, badParam(d.name, v, "want a date YYYY-MM-DD")
			}
			*d.to = v
		}
	}
	if s.f.From != "" && s.f.To != "" && s.f.From > s.f.To {
		return s, &badRequest{fmt.Sprintf("parameter from=%s is after to=%s", s.f.From, s.f.To)}
	}
	if v := q.Get("q"); v != "" {
		if !utf8.ValidString(v) || len(v) > 200 || strings.ContainsAny(v, "\x00\r\n") {
			return s, badParam("q", v, "want text of at most 200 bytes on one line")
		}
		s.f.Text = v
	}
	if v := q.Get("bbox"); v != "" {
		if s.bbox, err = parseBBox(v); err != nil {
			return s, err
		}
	}
	return s, nil
}

// checkCode accepts CAMEO codes and their prefixes: ASCII letters, digits
// and '-'. Anything else (quotes, spaces, SQL) is refused here, before any
// query is built.
func checkCode(name, v string) error {
	if len(v) > maxCodeLen {
		return badParam(name, v[:maxCodeLen]+"…", fmt.Sprintf("longer than %d characters", maxCodeLen))
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return badParam(name, v, "want a CAMEO code or prefix (letters, digits and '-')")
		}
	}
	return nil
}

func parseBBox(v string) (*bbox, error) {
	const want = "want minLon,minLat,maxLon,maxLat in degrees, min before max"
	parts := strings.Split(v, ",")
	if len(parts) != 4 {
		return nil, badParam("bbox", v, want)
	}
	var f [4]float64
	for i, p := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, badParam("bbox", v, want)
		}
		f[i] = x
	}
	b := &bbox{f[0], f[1], f[2], f[3]}
	if b.minLon < -180 || b.maxLon > 180 || b.minLat < -90 || b.maxLat > 90 || b.minLon > b.maxLon || b.minLat > b.maxLat {
		return nil, badParam("bbox", v, want)
	}
	return b, nil
}

// parseLimit reads limit: def when absent, 1..max when given.
func parseLimit(q url.Values, def, max int) (int, error) {
	v := q.Get("limit")
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, badParam("limit", v, fmt.Sprintf("want a number from 1 to %d", max))
	}
	return n, nil
}

// parseCursor checks a cursor as returned in next: DATE/ID.
func parseCursor(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	date, id, ok := strings.Cut(v, "/")
	if _, err := time.Parse(time.DateOnly, date); !ok || err != nil || id == "" || len(v) > 256 || !utf8.ValidString(v) {
		return "", badParam("cursor", v, "not a cursor; pass the next value of the previous page")
	}
	return v, nil
}
