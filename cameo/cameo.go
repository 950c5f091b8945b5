// Package cameo is the CAMEO event code table: every code's name, its
// Goldstein conflict-cooperation value, its QuadClass and its PLOVER type.
//
// The table is the project's own data file codes.tsv, embedded in the
// binary and parsed once on first use; lookups are then read-only and safe
// from any number of goroutines.
package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Code is one CAMEO event code and what is known about it.
type Code struct {
	Code      string  // "0871": 2 to 4 digits
	Name      string  // "Declare truce, ceasefire"
	Base      string  // the 3-digit base code, "087"; a 2-digit root is its own base
	Root      string  // the 2-digit root, "08"
	Goldstein float64 // -10 (most conflictual) .. +10 (most cooperative)
	QuadClass int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Plover    Plover  // zero when CAMEO's code has no PLOVER counterpart (roots 01, 02)
}

// Plover is a code's counterpart in PLOVER, CAMEO's successor ontology.
type Plover struct {
	Type string // "CONSULT"; "" when there is none
	Mode string // "visit"; "" unless plain from the code
}

//go:embed codes.tsv
var codesTSV string

var table = sync.OnceValues(func() ([]Code, map[string]int) {
	codes, err := Parse(codesTSV)
	if err != nil {
		// The embedded table is checked by the package tests; a broken one
		// is a build defect, not an input error.
		panic("cameo: embedded codes.tsv: " + err.Error())
	}
	index := make(map[string]int, len(codes))
	for i, c := range codes {
		index[c.Code] = i
	}
	return codes, index
})

// Lookup returns the code's entry; ok is false for a code CAMEO lacks.
func Lookup(code string) (c Code, ok bool) {
	codes, index := table()
	i, ok := index[code]
	if !ok {
		return Code{}, false
	}
	return codes[i], true
}

// All returns every code in table order (root, then base, then sub-codes).
// The slice is a copy: callers may keep or change it.
func All() []Code {
	codes, _ := table()
	return append([]Code(nil), codes...)
}

// Parse reads a code table in the codes.tsv format: one code a line with
// the tab-separated fields code, goldstein, quad, plover, mode, name; "-"
// for an empty PLOVER type or mode; "#" comments and blank lines ignored.
// Base and Root are derived from the code.
func Parse(text string) ([]Code, error) {
	var codes []Code
	seen := map[string]int{}
	for n, line := range strings.Split(text, "\n") {
		lineNo := n + 1
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("line %d: %d fields, want 6 (code, goldstein, quad, plover, mode, name)", lineNo, len(f))
		}
		code := f[0]
		if !validCode(code) {
			return nil, fmt.Errorf("line %d: code %q is not 2 to 4 digits", lineNo, code)
		}
		if prev, dup := seen[code]; dup {
			return nil, fmt.Errorf("line %d: code %s already defined on line %d", lineNo, code, prev)
		}
		seen[code] = lineNo
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil || g < -10 || g > 10 {
			return nil, fmt.Errorf("line %d: code %s: Goldstein value %q is not a number in -10..10", lineNo, code, f[1])
		}
		q, err := strconv.Atoi(f[2])
		if err != nil || q < 1 || q > 4 {
			return nil, fmt.Errorf("line %d: code %s: QuadClass %q is not 1..4", lineNo, code, f[2])
		}
		if f[5] == "" {
			return nil, fmt.Errorf("line %d: code %s has no name", lineNo, code)
		}
		codes = append(codes, Code{
			Code:      code,
			Name:      f[5],
			Base:      code[:min(3, len(code))],
			Root:      code[:2],
			Goldstein: g,
			QuadClass: q,
			Plover:    Plover{Type: dash(f[3]), Mode: dash(f[4])},
		})
	}
	return codes, nil
}

func validCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dash reads the table's "-" as the empty string.
func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}
