package actor

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"time"
)

//go:embed data
var builtin embed.FS

// Default returns the built-in dictionaries, loaded on first use and shared.
// Lines the loader rejects are left out; TestBuiltinLoads keeps them at zero.
func Default() *Dict { return loadDefault() }

var loadDefault = sync.OnceValue(func() *Dict {
	d, _ := Builtin()
	return d
})

// Builtin loads a fresh copy of the built-in dictionaries, for callers
// that want to add their own entries; the error lists every rejected line.
func Builtin() (*Dict, error) { return builtinDict(true) }

// builtinDict loads the built-in lists; plain lets plain phrases skip the
// tokenizer (see words).
func builtinDict(plain bool) (*Dict, error) {
	d := New()
	// Sized for the built-in lists (about 13,000 first words and 19,000
	// people, with room to grow), so the maps do not grow step by step
	// while loading, nor take more memory than they need: a map is
	// cleared page by page when it is made, and the first words are
	// looked up for every token. (Sized for 65,536 first words, making
	// the map was a seventh of the page faults of a start.)
	d.first = make(map[string][]*phrase, 1<<14)
	d.people = make(map[string]*person, 24000)
	d.plain = plain
	defer func() { d.plain = false }()
	load := func(name string, fn func(*Dict, io.Reader, string) error) error {
		f, err := builtin.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		return fn(d, f, name)
	}
	errs := []error{
		load("data/countries.txt", (*Dict).LoadCountries),
		load("data/agents.txt", (*Dict).LoadAgents),
		load("data/orgs.txt", (*Dict).LoadActors),
		load("data/stop.txt", (*Dict).LoadStops),
		load("data/given-names.txt", (*Dict).LoadGivenNames),
	}
	people, _ := fs.Glob(builtin, "data/people-*.tsv")
	for _, name := range people {
		errs = append(errs, load(name, (*Dict).LoadPeople))
	}
	return d, errors.Join(errs...)
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

// eachLine calls fn with the tab-separated fields of every line of r that
// is not blank or a # comment, and collects its errors as file:line. The
// fields are substrings of r's text, read whole, and the slice holding
// them is reused for the next line: fn may keep the strings, not the
// slice. (A scanner's copy of every line and a slice per line were a
// tenth of loading the built-in lists, some 50,000 allocations.)
func eachLine(r io.Reader, file string, fn func(fields []string) error) error {
	text, err := readText(r)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	var errs []error
	var buf [8]string
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimRight(line, "\r")
		if trimmed := strings.TrimSpace(line); trimmed == "" || trimmed[0] == '#' {
			continue
		}
		if err := fn(appendSplit(buf[:0], line, "\t")); err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", file, n, err))
		}
	}
	return errors.Join(errs...)
}

// appendSplit appends the parts of s between the separators sep to out,
// as strings.Split gives them, without a slice of its own.
func appendSplit(out []string, s, sep string) []string {
	for {
		part, rest, more := strings.Cut(s, sep)
		out = append(out, part)
		if !more {
			return out
		}
		s = rest
	}
}

// readText returns the whole text of r.
func readText(r io.Reader) (string, error) {
	var b strings.Builder
	if st, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Size() > 0 && fi.Size() < 1<<30 {
			b.Grow(int(fi.Size()))
		}
	}
	_, err := io.Copy(&b, r)
	return b.String(), err
}

// list splits a |-separated column, dropping empty items.
func list(s string) []string { return appendList(nil, s) }

// appendList appends the items of a |-separated column to out, dropping
// empty ones.
func appendList(out []string, s string) []string {
	for s != "" {
		var x string
		x, s, _ = strings.Cut(s, "|")
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func columns(f []string, min, max int, format string) error {
	if len(f) < min || len(f) > max {
		return errorf("%d tab-separated columns, want %s", len(f), format)
	}
	return nil
}

// LoadCountries reads countries in the format of data/countries.txt:
// CODE, NAMES, ADJECTIVES, CAPITAL, SEATS, tab-separated.
func (d *Dict) LoadCountries(r io.Reader, file string) error {
	return eachLine(r, file, func(f []string) error {
		if err := columns(f, 2, 5, "CODE NAMES [ADJECTIVES [CAPITAL [SEATS]]]"); err != nil {
			return err
		}
		f = append(f, "", "", "")
		c := CountryInfo{Code: f[0], Names: list(f[1]), Adjectives: list(f[2]), Capital: strings.TrimSpace(f[3])}
		for _, s := range list(f[4]) {
			phrase, role, _ := strings.Cut(s, "=")
			c.Seats = append(c.Seats, Seat{Phrase: phrase, Role: role})
		}
		return d.AddCountry(c)
	})
}

// LoadAgents reads role words in the format of data/agents.txt: CODE,
// PHRASES, tab-separated.
func (d *Dict) LoadAgents(r io.Reader, file string) error {
	return eachLine(r, file, func(f []string) error {
		if err := columns(f, 2, 2, "CODE PHRASES"); err != nil {
			return err
		}
		return d.AddAgent(f[0], list(f[1])...)
	})
}

var kindByName = map[string]Kind{"igo": IGO, "ngo": NGO, "group": Group, "capital": Capital}

// LoadActors reads named actors in the format of data/orgs.txt: CODE,
// KIND (igo, ngo, group or capital), NAMES and, for an actor that has not
// always existed, DATES ("2002-07-01..", "..1991-12-26"), tab-separated.
func (d *Dict) LoadActors(r io.Reader, file string) error {
	return eachLine(r, file, func(f []string) error {
		if err := columns(f, 3, 4, "CODE KIND NAMES [DATES]"); err != nil {
			return err
		}
		k, ok := kindByName[f[1]]
		if !ok {
			return errorf("kind %q, want igo, ngo, group or capital", f[1])
		}
		var from, to time.Time
		if len(f) == 4 {
			var err error
			if from, to, err = parseSpan(strings.TrimSpace(f[3])); err != nil {
				return err
			}
		}
		return d.AddActorDuring(k, f[0], from, to, list(f[2])...)
	})
}

// parseSpan reads FROM..TO, YYYY-MM-DD dates of which either may be left
// out (not both).
func parseSpan(s string) (from, to time.Time, err error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok || a == "" && b == "" {
		return from, to, errorf("dates %q, want FROM.., ..TO or FROM..TO (YYYY-MM-DD)", s)
	}
	if a != "" {
		if from, ok = parseDay(a); !ok {
			return from, to, errorf("dates %q: %q is not a YYYY-MM-DD date", s, a)
		}
	}
	if b != "" {
		if to, ok = parseDay(b); !ok {
			return from, to, errorf("dates %q: %q is not a YYYY-MM-DD date", s, b)
		}
	}
	return from, to, nil
}

// LoadStops reads stop phrases in the format of data/stop.txt: one
// phrase a line.
func (d *Dict) LoadStops(r io.Reader, file string) error {
	return eachLine(r, file, func(f []string) error {
		if err := columns(f, 1, 1, "PHRASE"); err != nil {
			return err
		}
		d.AddStop(strings.TrimSpace(f[0]))
		return nil
	})
}

// LoadGivenNames reads given names in the format of
// data/given-names.txt: one capitalised name a line. A given name followed
// by capitalised words the dictionary does not know names a person.
func (d *Dict) LoadGivenNames(r io.Reader, file string) error {
	return eachLine(r, file, func(f []string) error {
		if err := columns(f, 1, 1, "NAME"); err != nil {
			return err
		}
		name := strings.TrimSpace(f[0])
		if !capitalised(name) || strings.ContainsRune(name, ' ') {
			return errorf("given name %q is not one capitalised word", name)
		}
		d.given[name] = true
		return nil
	})
}

// LoadPeople reads terms of office, one a line: CODE, FROM, TO (empty:
// still in office), NAMES (full name first), OFFICE, tab-separated, dates
// as YYYY-MM-DD.
func (d *Dict) LoadPeople(r io.Reader, file string) error {
	var names []string // reused: AddTerm keeps the names, not the slice
	return eachLine(r, file, func(f []string) error {
		if err := columns(f, 4, 5, "CODE FROM TO NAMES [OFFICE]"); err != nil {
			return err
		}
		from, ok := parseDay(strings.TrimSpace(f[1]))
		if !ok {
			return errorf("FROM %q is not a YYYY-MM-DD date", f[1])
		}
		var to time.Time
		if s := strings.TrimSpace(f[2]); s != "" {
			if to, ok = parseDay(s); !ok {
				return errorf("TO %q is not a YYYY-MM-DD date", f[2])
			}
		}
		office := ""
		if len(f) == 5 {
			office = strings.TrimSpace(f[4])
		}
		names = appendList(names[:0], f[3])
		return d.AddTerm(strings.TrimSpace(f[0]), from, to, office, names...)
	})
}

// digits returns the number s writes in decimal digits, or -1 when s
// has any other character.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// parseDay reads a YYYY-MM-DD date. It does time.Parse's work for this one
// layout at a fraction of the cost, which counts over the tens of
// thousands of terms loaded at start-up.
func parseDay(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, m, d := digits(s[:4]), digits(s[5:7]), digits(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 2019-02-30 rolls over into March
		return time.Time{}, false
	}
	return t, true
}
