package petrarch

import (
	"io"
	"strings"

	"github.com/annalist/annalist/cameo"
)

// text is an io.Reader over a dictionary already in memory, which the
// readers take whole instead of copying it (Set.Add passes one).
type text struct {
	*strings.Reader
	s string
}

func newText(s string) *text { return &text{strings.NewReader(s), s} }

// eachLine calls fn with every line of r (1-based number, the text without
// its line ending). The lines are substrings of one string holding all of
// r: reading allocates once, not once a line. Read errors are added to
// errs.
func eachLine(r io.Reader, errs *errorList, fn func(n int, raw string)) {
	var all string
	var readErr error
	if t, ok := r.(*text); ok {
		all = t.s
	} else {
		b, err := io.ReadAll(r)
		all, readErr = string(b), err
	}
	n := 0
	for all != "" {
		var line string
		line, all, _ = strings.Cut(all, "\n")
		n++
		fn(n, strings.TrimRight(line, "\r"))
	}
	if readErr != nil {
		errs.add(n+1, "%v", readErr)
	}
}

// stripComment cuts a "#" comment off a line and trims the rest.
func stripComment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// words splits a PETRARCH phrase ("FOREIGN_MINISTER_", "CHIEF EXECUTIVE")
// into its words: "_" and spaces join words; a trailing "_" (the phrase
// ends here) leaves no empty word.
func words(s string) []string {
	return strings.FieldsFunc(s, isWordBreak)
}

func isWordBreak(r rune) bool { return r == '_' || r == ' ' || r == '\t' }

// eventCode checks one side of a verb code: "" (none), "---" (no event) or
// a code in the CAMEO table.
func eventCode(s string) (string, bool) {
	if s == "" || s == "---" {
		return s, true
	}
	_, ok := cameo.Lookup(s)
	return s, ok
}

// slab hands out slices of large arrays, so that reading a dictionary
// allocates once per thousands of items rather than once per item. A
// slice handed out has its capacity cut to its length: appending to it
// copies it, never overwriting the next one.
type slab[T any] struct{ buf []T }

const slabSize = 4096

// copy returns a copy of items in the slab (nil for none).
func (s *slab[T]) copy(items []T) []T {
	n := len(items)
	if n == 0 {
		return nil
	}
	if cap(s.buf)-len(s.buf) < n {
		s.buf = make([]T, 0, max(slabSize, n))
	}
	start := len(s.buf)
	s.buf = append(s.buf, items...)
	return s.buf[start : start+n : start+n]
}
