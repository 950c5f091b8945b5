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
	"compress/gzip"
	"fmt"
	"io"
	"maps"
	"slices"
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
	index   string            // the gazetteer's index (see index.go), which the fields below are read from
	entries []entry           // every folded name, in the index's order
	table   string            // the index's hash table of the names
	mask    uint64            // its size less one
	admin1  map[string]string // "US.TX" → "Texas"
	capital map[int]bool      // GeonameIDs of national capitals
}

// entry is everything one folded name can mean, most populous first.
type entry struct {
	key    string // the folded name
	places []Place
	alt    []bool // the name is an alternate name of places[i], not its own
}

// Default returns the built-in gazetteer, loaded on first use.
func Default() *Gazetteer { return loadDefault() }

var loadDefault = sync.OnceValue(func() *Gazetteer {
	g, err := loadIndex(builtinIndex)
	if err != nil {
		// The index is generated and tested (TestBuiltinIndex); an empty
		// gazetteer finds nothing rather than stopping the pipeline.
		g, _ = loadIndex(emptyIndex)
	}
	return g
})

// emptyIndex is the index of a gazetteer of no places.
var emptyIndex, _ = encodeIndex(nil, nil, nil, nil)

// Parse reads a gazetteer in the gzipped tab-separated form written by
// place/internal/gen: one place a line, ID NAME COUNTRY ADMIN1 LAT LON
// POPULATION KIND ALTNAMES, KIND being c (city), C (national capital),
// r (region) or n (country). Lines starting with # are comments.
func Parse(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	var b strings.Builder
	if _, err := io.Copy(&b, zr); err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	text := b.String()
	gb := &builder{byKey: map[string]*entry{}, capital: map[int]bool{}}
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
	keys := slices.Sorted(maps.Keys(gb.byKey))
	index, err := encodeIndex(gb.all, gb.capital, gb.byKey, keys)
	if err != nil {
		return nil, err
	}
	return loadIndex(index)
}

// builder reads the places of a gazetteer and files them under their
// folded names, for encodeIndex.
type builder struct {
	byKey   map[string]*entry
	capital map[int]bool
	all     []Place  // every place, in file order
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
		b.capital[id] = true
	case "r":
		p.Precision = Region
	case "n":
		p.Precision = Country
	default:
		return fmt.Errorf("place %q: unknown kind %q", f[1], f[7])
	}
	b.all = append(b.all, p)
	b.add(p.Name, p, false)
	for alts := f[8]; alts != ""; {
		var a string
		a, alts, _ = strings.Cut(alts, "|")
		b.add(a, p, true)
	}
	return nil
}

// add files place p under name.
func (b *builder) add(name string, p Place, alt bool) {
	k := string(appendFold(nil, name))
	if k == "" {
		return
	}
	e := b.byKey[k]
	if e == nil {
		b.byKey[k] = &entry{key: k, places: []Place{p}, alt: []bool{alt}}
		return
	}
	for i, q := range e.places {
		if q == p { // a name listed twice for one place: keep it as its own name if either says so
			e.alt[i] = e.alt[i] && alt
			return
		}
	}
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
	return g.find(appendFold(buf[:0], name))
}

// Admin1Name returns the name of a first-level division ("US.TX" →
// "Texas"), or "" when the gazetteer does not name it.
func (g *Gazetteer) Admin1Name(code string) string { return g.admin1[code] }
