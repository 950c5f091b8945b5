package place

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The index is the gazetteer in the form it is looked up in: its places,
// what every folded name means, and an open-addressing hash table of the
// names, all in one string. The built-in index is generated from
// data/gazetteer.tsv.gz at build time (go generate; TestBuiltinIndex
// fails when the two drift apart), so that loading reads the places and
// names off the binary and looks names up in the table where it lies,
// instead of folding 90,000 names and inserting them into a map at every
// start (some 30 ms of CPU, a fifth of the start-up of `annalist code`).
//
// Layout, little-endian:
//
//	"ANGZ" version(u32)=1 places(u32) entries(u32) refs(u32) tableBits(u32) textBytes(u32)
//	places   places × placeBytes: name, country, admin1 (offset u32, length u32
//	         into text each), lat, lon (float64 bits), GeonameID, population
//	         (u64 each), precision (0 city, 1 region, 2 country), capital (0/1)
//	entries  entries × entryBytes: key (offset u32, length u32 into text),
//	         first ref (u32), ref count (u32)
//	refs     refs × u32: place index << 1 | 1 if the name is an alternate
//	         name of the place, each entry's places most populous first
//	table    2^tableBits × u32: entry index + 1, 0 for an empty slot; a key
//	         is looked for from slot nameHash(key) & (2^tableBits-1) onwards
//	text     textBytes bytes: the strings
//
//go:generate go run ./internal/indexgen -in data/gazetteer.tsv.gz -out data/gazetteer.idx
const (
	indexMagic   = "ANGZ"
	indexVersion = 1
	indexHead    = 28
	placeBytes   = 3*8 + 4*8 + 2
	entryBytes   = 16
)

//go:embed data/gazetteer.idx
var builtinIndex string

var precisions = [...]string{City, Region, Country}

// nameHash is FNV-1a over a folded name: fixed, since the built-in table
// is laid out by it at build time.
func nameHash(k []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range k {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// WriteIndex writes the gazetteer's index (see index.go), which
// LoadIndex reads back into the same gazetteer.
func (g *Gazetteer) WriteIndex(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, g.index)
	return int64(n), err
}

// encodeIndex lays out the index of the places all (in file order) and
// the entries of byKey (their places elements of all).
func encodeIndex(all []Place, capital map[int]bool, byKey map[string]*entry, keys []string) (string, error) {
	var text []byte
	str := func(b []byte, s string) []byte {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(text)))
		text = append(text, s...)
		return binary.LittleEndian.AppendUint32(b, uint32(len(s)))
	}
	// A place is found among all by its GeonameID where it has one, else
	// by its name and country; a key's places must be among all.
	placeOf := map[Place]int{}
	var places []byte
	for i, p := range all {
		placeOf[p] = i
		places = str(places, p.Name)
		places = str(places, p.Country)
		places = str(places, p.Admin1)
		for _, v := range []uint64{math.Float64bits(p.Lat), math.Float64bits(p.Lon), uint64(p.GeonameID), uint64(p.Population)} {
			places = binary.LittleEndian.AppendUint64(places, v)
		}
		prec := 0
		for prec < len(precisions) && precisions[prec] != p.Precision {
			prec++
		}
		if prec == len(precisions) {
			return "", fmt.Errorf("gazetteer index: place %q: precision %q", p.Name, p.Precision)
		}
		isCapital := byte(0)
		if capital[p.GeonameID] && p.Precision == City {
			isCapital = 1
		}
		places = append(places, byte(prec), isCapital)
	}
	tableBits := 4
	for 1<<tableBits < 2*len(keys) {
		tableBits++
	}
	table := make([]uint32, 1<<tableBits)
	mask := uint64(len(table) - 1)
	var entries, refs []byte
	nrefs := 0
	for i, k := range keys {
		e := byKey[k]
		entries = str(entries, k)
		entries = binary.LittleEndian.AppendUint32(entries, uint32(nrefs))
		entries = binary.LittleEndian.AppendUint32(entries, uint32(len(e.places)))
		for j, p := range e.places {
			at, ok := placeOf[p]
			if !ok {
				return "", fmt.Errorf("gazetteer index: name %q: place %q is not among the places", k, p.Name)
			}
			ref := uint32(at) << 1
			if e.alt[j] {
				ref |= 1
			}
			refs = binary.LittleEndian.AppendUint32(refs, ref)
			nrefs++
		}
		s := nameHash([]byte(k)) & mask
		for table[s] != 0 {
			s = (s + 1) & mask
		}
		table[s] = uint32(i + 1)
	}
	out := []byte(indexMagic)
	for _, v := range []int{indexVersion, len(all), len(keys), nrefs, tableBits, len(text)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	out = append(out, places...)
	out = append(out, entries...)
	out = append(out, refs...)
	for _, v := range table {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	out = append(out, text...)
	return string(out), nil
}

// LoadIndex reads a gazetteer from its index, as WriteIndex writes it.
func LoadIndex(data []byte) (*Gazetteer, error) { return loadIndex(string(data)) }

// loadIndex reads the index in data, which the gazetteer keeps: its
// strings are substrings of data, and its hash table is read in place.
func loadIndex(data string) (*Gazetteer, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("gazetteer index: "+format, args...)
	}
	if len(data) < indexHead || data[:4] != indexMagic {
		return nil, bad("bad header")
	}
	u32 := func(s string, at int) int { return int(le32(s[at:])) }
	if v := u32(data, 4); v != indexVersion {
		return nil, bad("unsupported version %d, want %d", v, indexVersion)
	}
	nPlaces, nEntries, nRefs, tableBits, textBytes := u32(data, 8), u32(data, 12), u32(data, 16), u32(data, 20), u32(data, 24)
	if nPlaces > 1<<24 || nEntries > 1<<24 || nRefs > 1<<26 || tableBits > 26 || 1<<tableBits < nEntries+1 || textBytes > 1<<30 {
		return nil, bad("implausible sizes")
	}
	sizes := []int{nPlaces * placeBytes, nEntries * entryBytes, 4 * nRefs, 4 << tableBits, textBytes}
	var sections [5]string
	rest := data[indexHead:]
	for i, n := range sizes {
		if len(rest) < n {
			return nil, bad("truncated")
		}
		sections[i], rest = rest[:n], rest[n:]
	}
	if rest != "" {
		return nil, bad("%d bytes past the end", len(rest))
	}
	placeData, entryData, refData, table, text := sections[0], sections[1], sections[2], sections[3], sections[4]
	var err error
	str := func(s string, at int) string {
		off, n := u32(s, at), u32(s, at+4)
		if off > len(text) || n > len(text)-off {
			err = errors.New("string past the text")
			return ""
		}
		return text[off : off+n]
	}
	g := &Gazetteer{index: data, table: table, mask: 1<<tableBits - 1, admin1: map[string]string{}, capital: map[int]bool{}}
	all := make([]Place, nPlaces)
	for i := range all {
		r := placeData[i*placeBytes : (i+1)*placeBytes]
		p := &all[i]
		p.Name, p.Country, p.Admin1 = str(r, 0), str(r, 8), str(r, 16)
		p.Lat = math.Float64frombits(le64(r[24:]))
		p.Lon = math.Float64frombits(le64(r[32:]))
		p.GeonameID = int(le64(r[40:]))
		p.Population = int(le64(r[48:]))
		prec := int(r[56])
		if prec >= len(precisions) || err != nil {
			return nil, bad("place %d: bad precision or string", i)
		}
		p.Precision = precisions[prec]
		if r[57] != 0 {
			g.capital[p.GeonameID] = true
		}
		if p.Precision == Region {
			g.admin1[p.Admin1] = p.Name
		}
	}
	g.entries = make([]entry, nEntries)
	for i := range g.entries {
		r := entryData[i*entryBytes : (i+1)*entryBytes]
		e := &g.entries[i]
		e.key = str(r, 0)
		first, n := u32(r, 8), u32(r, 12)
		if err != nil || n == 0 || first > nRefs || n > nRefs-first {
			return nil, bad("name %d: bad key or places", i)
		}
		if n == 1 {
			// Most names mean one place: they share it with the place's
			// other names, and one of two alt slices.
			ref := u32(refData, 4*first)
			at := ref >> 1
			if at >= nPlaces {
				return nil, bad("name %q: place %d of %d", e.key, at, nPlaces)
			}
			e.places, e.alt = all[at:at+1:at+1], ownName
			if ref&1 != 0 {
				e.alt = altName
			}
			continue
		}
		e.places, e.alt = make([]Place, n), make([]bool, n)
		for j := range n {
			ref := u32(refData, 4*(first+j))
			at := ref >> 1
			if at >= nPlaces {
				return nil, bad("name %q: place %d of %d", e.key, at, nPlaces)
			}
			e.places[j], e.alt[j] = all[at], ref&1 != 0
		}
	}
	used := 0
	for s := 0; s < len(table); s += 4 {
		v := u32(table, s)
		if v > nEntries {
			return nil, bad("hash slot %d: name %d of %d", s/4, v, nEntries)
		}
		if v != 0 {
			used++
		}
	}
	if used != nEntries {
		// Every name has its slot, and some slot is empty: a look-up
		// ends.
		return nil, bad("%d hash slots in use for %d names", used, nEntries)
	}
	return g, nil
}

// le32 and le64 read little-endian numbers at the start of s.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func le64(s string) uint64 { return uint64(le32(s)) | uint64(le32(s[4:]))<<32 }

// find returns the entry of a folded name, or nil.
func (g *Gazetteer) find(k []byte) *entry {
	for s := nameHash(k) & g.mask; ; s = (s + 1) & g.mask {
		v := le32(g.table[4*s:])
		if v == 0 {
			return nil
		}
		if e := &g.entries[v-1]; e.key == string(k) {
			return e
		}
	}
}
