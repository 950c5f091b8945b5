// Package place is annalist's gazetteer and place resolution: it knows
// the world's countries, the cities of at least 15,000 people and the
// first-level divisions most named in the news, and finds where each coded
// event happened from the words of its sentence ("in Sharm el-Sheikh",
// "the Geneva talks") or, failing that, the article's dateline.
//
// The gazetteer is data derived from GeoNames and the world-countries
// file by place/internal/gen and embedded in the binary; Default loads it
// once and shares it read-only, so one Gazetteer serves all goroutines.
package place

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Place is a point on the map with what is known about it.
type Place struct {
	Name       string
	Country    string // ISO 3166-1 alpha-3, as in actor codes ("KSV" for Kosovo)
	Admin1     string // first-level division as GeoNames codes it: alpha-2 "." code ("US.TX", "FR.11"); "" for countries
	Lat, Lon   float64
	GeonameID  int    // 0 for countries and for places the project adds itself
	Population int    // for countries and divisions, the sum of their listed cities
	Precision  string // "city", "region" or "country"
}

// The precisions.
const (
	City    = "city"
	Region  = "region"
	Country = "country"
)

// Gazetteer finds places by name. Build it with Default or Parse; it is
// read-only afterwards and safe for concurrent use.
type Gazetteer struct {
	byKey   map[string]*entry
	admin1  map[string]string // "US.TX" → "Texas"
	capital map[int]bool      // GeonameIDs of national capitals
}

// entry is everything one folded name can mean, most populous first.
type entry struct {
	places []Place
	alt    []bool // the name is an alternate name of places[i], not its own
}

//go:embed data/gazetteer.tsv.gz
var builtin []byte

// Default returns the built-in gazetteer, loaded on first use.
func Default() *Gazetteer { return loadDefault() }

var loadDefault = sync.OnceValue(func() *Gazetteer {
	g, err := parseBuiltin()
	if err != nil {
		// The file is generated and tested (TestBuiltinLoads); an empty
		// gazetteer finds nothing rather than stopping the pipeline.
		return &Gazetteer{byKey: map[string]*entry{}}
	}
	return g
})

// parseBuiltin reads the built-in gazetteer. A gzip file ends with its
// inflated size (mod 2^32), so the text is read into one allocation of
// the right size.
func parseBuiltin() (*Gazetteer, error) {
	size := 0
	if len(builtin) >= 4 {
		size = int(binary.LittleEndian.Uint32(builtin[len(builtin)-4:]))
	}
	return parse(bytes.NewReader(builtin), size)
}

// Parse reads a gazetteer in the gzipped tab-separated form written by
// place/internal/gen: one place a line, ID NAME COUNTRY ADMIN1 LAT LON
// POPULATION KIND ALTNAMES, KIND being c (city), C (national capital),
// r (region) or n (country). Lines starting with # are comments.
func Parse(r io.Reader) (*Gazetteer, error) { return parse(r, 0) }

// parse is Parse with the inflated size if known (0 if not).
func parse(r io.Reader, size int) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	// The names and codes of the places are substrings of the text, which
	// the gazetteer keeps: one allocation instead of one per line.
	var b strings.Builder
	b.Grow(size)
	if _, err := io.Copy(&b, zr); err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	text := b.String()
	lines := strings.Count(text, "\n") + 1
	// The built-in file has some 25,000 places under 90,000 names.
	gb := &builder{
		g:   &Gazetteer{byKey: make(map[string]*entry, 4*lines), admin1: map[string]string{}, capital: map[int]bool{}},
		all: make([]Place, 0, lines),
	}
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		if err := gb.addLine(line); err != nil {
			return nil, fmt.Errorf("gazetteer line %d: %v", n, err)
		}
	}
	for _, e := range gb.multi {
		e.sortByPopulation()
	}
	return gb.g, nil
}

// builder fills a Gazetteer. Most names mean one place: their entries
// share their Place with the place's other names (a slice of all, whose
// capacity is one so that a second place copies it) and one of two
// shared alt slices, so that loading allocates little more than the map.
type builder struct {
	g       *Gazetteer
	all     []Place  // every place, in file order; never grows past its capacity while shared
	entries []entry  // a slab the entries are taken from
	multi   []*entry // entries of several places, to sort by population
}

// The alt slices of single-place entries; shared, never written.
var (
	ownName = []bool{false}
	altName = []bool{true}
)

func (b *builder) addLine(line string) error {
	var f [9]string
	n := 0
	for n < len(f)-1 {
		field, rest, ok := strings.Cut(line, "\t")
		if !ok {
			break
		}
		f[n], line = field, rest
		n++
	}
	f[n] = line
	if n != len(f)-1 || strings.IndexByte(line, '\t') >= 0 {
		return fmt.Errorf("%d fields, want 9", n+1+strings.Count(line, "\t"))
	}
	id, err1 := strconv.Atoi(f[0])
	lat, err2 := strconv.ParseFloat(f[4], 64)
	lon, err3 := strconv.ParseFloat(f[5], 64)
	pop, err4 := strconv.Atoi(f[6])
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil || f[1] == "" || len(f[2]) != 3 {
		return fmt.Errorf("malformed place %q", f[1])
	}
	p := Place{Name: f[1], Country: f[2], Admin1: f[3], Lat: lat, Lon: lon, GeonameID: id, Population: pop}
	switch f[7] {
	case "c":
		p.Precision = City
	case "C":
		p.Precision = City
		b.g.capital[id] = true
	case "r":
		p.Precision = Region
		b.g.admin1[p.Admin1] = p.Name
	case "n":
		p.Precision = Country
	default:
		return fmt.Errorf("place %q: unknown kind %q", f[1], f[7])
	}
	if len(b.all) == cap(b.all) {
		b.all = make([]Place, 0, 1024) // past the estimate: the earlier places stay where they are
	}
	b.all = append(b.all, p)
	i := len(b.all) - 1
	one := b.all[i : i+1 : i+1]
	b.add(p.Name, one, false)
	for alts := f[8]; alts != ""; {
		var a string
		a, alts, _ = strings.Cut(alts, "|")
		b.add(a, one, true)
	}
	return nil
}

// add files the place one[0] under name.
func (b *builder) add(name string, one []Place, alt bool) {
	var buf [96]byte
	k := appendFold(buf[:0], name)
	if len(k) == 0 {
		return
	}
	g := b.g
	e := g.byKey[string(k)] // no allocation for the lookup
	if e == nil {
		if len(b.entries) == cap(b.entries) {
			b.entries = make([]entry, 0, 4096)
		}
		b.entries = append(b.entries, entry{places: one, alt: ownName})
		e = &b.entries[len(b.entries)-1]
		if alt {
			e.alt = altName
		}
		g.byKey[string(k)] = e
		return
	}
	p := one[0]
	for i, q := range e.places {
		if q == p { // a name listed twice for one place: keep it as its own name if either says so
			if e.alt[i] && !alt {
				if len(e.places) == 1 {
					e.alt = ownName
				} else {
					e.alt[i] = false
				}
			}
			return
		}
	}
	// A second place: append copies the shared one-place slices (their
	// capacity is one) into the entry's own.
	if len(e.places) == 1 {
		b.multi = append(b.multi, e)
	}
	e.places = append(e.places, p)
	e.alt = append(e.alt, alt)
}

func (e *entry) sortByPopulation() {
	// Insertion sort keeps places and alt in step; entries are short.
	for i := 1; i < len(e.places); i++ {
		for j := i; j > 0 && e.places[j].Population > e.places[j-1].Population; j-- {
			e.places[j], e.places[j-1] = e.places[j-1], e.places[j]
			e.alt[j], e.alt[j-1] = e.alt[j-1], e.alt[j]
		}
	}
}

// Lookup returns every place a name can mean, most populous first, or nil.
// Case, accents, apostrophes, periods and hyphens do not matter ("cordoba"
// finds Córdoba, "Washington D.C." finds Washington, D.C.). The slice is
// shared: callers must not modify it.
func (g *Gazetteer) Lookup(name string) []Place {
	if e := g.lookup(name); e != nil {
		return e.places
	}
	return nil
}

func (g *Gazetteer) lookup(name string) *entry {
	var buf [96]byte
	return g.byKey[string(appendFold(buf[:0], name))]
}

// Admin1Name returns the name of a first-level division ("US.TX" →
// "Texas"), or "" when the gazetteer does not name it.
func (g *Gazetteer) Admin1Name(code string) string { return g.admin1[code] }
