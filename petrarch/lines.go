package petrarch

import (
	"bufio"
	"io"
	"strings"

	"github.com/annalist/annalist/cameo"
)

// eachLine calls fn with every line of r (1-based number, the text without
// its line ending). Read errors are added to errs.
func eachLine(r io.Reader, errs *errorList, fn func(n int, raw string)) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		fn(n, strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		errs.add(n+1, "%v", err)
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
	return strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
}

// eventCode checks one side of a verb code: "" (none), "---" (no event) or
// a code in the CAMEO table.
func eventCode(s string) (string, bool) {
	if s == "" || s == "---" {
		return s, true
	}
	_, ok := cameo.Lookup(s)
	return s, ok
}
