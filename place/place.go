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
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
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
	g, err := Parse(bytes.NewReader(builtin))
	if err != nil {
		// The file is generated and tested (TestBuiltinLoads); an empty
		// gazetteer finds nothing rather than stopping the pipeline.
		return &Gazetteer{byKey: map[string]*entry{}}
	}
	return g
})

// Parse reads a gazetteer in the gzipped tab-separated form written by
// place/internal/gen: one place a line, ID NAME COUNTRY ADMIN1 LAT LON
// POPULATION KIND ALTNAMES, KIND being c (city), C (national capital),
// r (region) or n (country). Lines starting with # are comments.
func Parse(r interface{ Read([]byte) (int, error) }) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	// The built-in file has some 25,000 places under 90,000 names.
	g := &Gazetteer{byKey: make(map[string]*entry, 1<<16), admin1: map[string]string{}, capital: map[int]bool{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if err := g.addLine(line); err != nil {
			return nil, fmt.Errorf("gazetteer line %d: %v", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	for _, e := range g.byKey {
		e.sortByPopulation()
	}
	return g, nil
}

func (g *Gazetteer) addLine(line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 9 {
		return fmt.Errorf("%d fields, want 9", len(f))
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
		g.capital[id] = true
	case "r":
		p.Precision = Region
		g.admin1[p.Admin1] = p.Name
	case "n":
		p.Precision = Country
	default:
		return fmt.Errorf("place %q: unknown kind %q", f[1], f[7])
	}
	g.add(p.Name, p, false)
	if f[8] != "" {
		for _, a := range strings.Split(f[8], "|") {
			g.add(a, p, true)
		}
	}
	return nil
}

func (g *Gazetteer) add(name string, p Place, alt bool) {
	var buf [96]byte
	k := appendFold(buf[:0], name)
	if len(k) == 0 {
		return
	}
	e := g.byKey[string(k)] // no allocation for the lookup
	if e == nil {
		e = &entry{}
		g.byKey[string(k)] = e
	}
	for i, q := range e.places {
		if q == p { // a name listed twice for one place: keep it as its own name if either says so
			e.alt[i] = e.alt[i] && alt
			return
		}
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
