package place

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"reflect"
	"strings"
	"testing"
)

// builtinTSV is the source of the built-in index.
//
//go:embed data/gazetteer.tsv.gz
var builtinTSV []byte

// The built-in index is the one data/gazetteer.tsv.gz gives: regenerate it
// with go generate ./place when this fails.
func TestBuiltinIndex(t *testing.T) {
	g, err := Parse(bytes.NewReader(builtinTSV))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(g.entries); n < 50000 {
		t.Errorf("built-in gazetteer has %d names, want at least 50,000", n)
	}
	if got := g.Admin1Name("US.TX"); got != "Texas" {
		t.Errorf(`Admin1Name("US.TX") = %q, want "Texas"`, got)
	}
	var b bytes.Buffer
	if _, err := g.WriteIndex(&b); err != nil {
		t.Fatal(err)
	}
	if b.String() != builtinIndex {
		t.Errorf("data/gazetteer.idx (%d bytes) is not the index of data/gazetteer.tsv.gz (%d bytes): run go generate ./place", len(builtinIndex), b.Len())
	}
	if d := Default(); len(d.entries) != len(g.entries) || d.Admin1Name("US.TX") != "Texas" {
		t.Errorf("the default gazetteer has %d names, the built-in file %d", len(d.entries), len(g.entries))
	}
}

// Every name of a gazetteer is found where the index put it, and names
// it lacks are not; its index read back is the same gazetteer.
func TestIndexRoundTrip(t *testing.T) {
	g := Default()
	for i := range g.entries {
		if e := &g.entries[i]; g.find([]byte(e.key)) != e {
			t.Fatalf("name %q is not found", e.key)
		}
	}
	for _, k := range []string{"", "nowhere at all", "parisx"} {
		if e := g.find([]byte(k)); e != nil {
			t.Errorf("%q found as %q", k, e.key)
		}
	}
	var b bytes.Buffer
	if _, err := g.WriteIndex(&b); err != nil {
		t.Fatal(err)
	}
	h, err := LoadIndex(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g.entries, h.entries) || !reflect.DeepEqual(g.admin1, h.admin1) || !reflect.DeepEqual(g.capital, h.capital) {
		t.Error("the index read back is another gazetteer")
	}
}

// A damaged index is refused with an error, never a panic or a look-up
// that does not end.
func TestLoadIndexRejectsBadInput(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("1\tParis\tFRA\tFR.11\t48.85\t2.35\t2000000\tC\tLutetia|Paname\n" +
		"2\tParis\tUSA\tUS.TX\t33.66\t-95.55\t25000\tc\t\n0\tTexas\tUSA\tUS.TX\t31\t-99\t30000000\tr\t\n"))
	zw.Close()
	g, err := Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	good := g.index
	if ps := g.Lookup("paris"); len(ps) != 2 || ps[0].Country != "FRA" || g.Lookup("Paname")[0].GeonameID != 1 {
		t.Fatalf("Lookup(paris) = %v", ps)
	}
	if _, err := LoadIndex(nil); err == nil {
		t.Error("an empty index loaded")
	}
	for cut := 0; cut < len(good); cut++ {
		if _, err := LoadIndex([]byte(good[:cut])); err == nil {
			t.Errorf("an index cut to %d of %d bytes loaded", cut, len(good))
		}
	}
	refused := 0
	for at := range len(good) {
		bad := []byte(good)
		bad[at] ^= 0x81
		h, err := LoadIndex(bad)
		if err != nil {
			refused++
			continue
		}
		for _, name := range []string{"Paris", "Lutetia", "Paname", "Texas", "Nowhere"} {
			h.Lookup(name)
		}
	}
	if refused == 0 {
		t.Error("every changed byte loaded")
	}
}

func TestLookup(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		name, want string // want: first candidate as Name/Country/Precision
		min        int    // at least this many candidates
	}{
		{"Paris", "Paris/FRA/city", 2},
		{"paris", "Paris/FRA/city", 2},
		{"Cordoba", "Córdoba/ARG/city", 3},
		{"Córdoba", "Córdoba/ARG/city", 3},
		{"Washington D.C.", "Washington, D.C./USA/city", 1},
		{"Geneva", "Genève/CHE/city", 2},
		{"Georgia", "Georgia/USA/region", 2},
		{"Syria", "Syria/SYR/country", 1},
		{"United States", "United States/USA/country", 1},
		{"Sharm El-Sheikh", "Sharm el-Sheikh/EGY/city", 1},
		{"Kiev", "Kyiv/UKR/city", 1},
		{"Bali", "Bali/IDN/region", 1},
	} {
		ps := g.Lookup(tc.name)
		if len(ps) < tc.min {
			t.Errorf("Lookup(%q): %d candidates, want at least %d", tc.name, len(ps), tc.min)
			continue
		}
		if got := ps[0].Name + "/" + ps[0].Country + "/" + ps[0].Precision; got != tc.want {
			t.Errorf("Lookup(%q)[0] = %s, want %s", tc.name, got, tc.want)
		}
		for i := 1; i < len(ps); i++ {
			if ps[i].Population > ps[i-1].Population {
				t.Errorf("Lookup(%q): not largest first at %d", tc.name, i)
			}
		}
	}
	for _, name := range []string{"", "Qwertyville", "the"} {
		if ps := g.Lookup(name); ps != nil {
			t.Errorf("Lookup(%q) = %v, want nil", name, ps)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1\tX\tFRA\t\t1\t2\t3\tc", "line 1: 8 fields"},
		{"1\tX\tFRA\t\tnorth\t2\t3\tc\t", `line 1: malformed place "X"`},
		{"# comment\n1\tX\tFRA\t\t1\t2\t3\tz\t", `line 2: place "X": unknown kind "z"`},
	} {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(tc.in + "\n"))
		zw.Close()
		_, err := Parse(&b)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) error = %v, want %q", tc.in, err, tc.want)
		}
	}
	if _, err := Parse(strings.NewReader("not gzip")); err == nil {
		t.Error("Parse of plain text: no error")
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Córdoba":          "cordoba",
		"Łódź":             "lodz",
		"Sharm el-Sheikh":  "sharm el sheikh",
		"  Washington D.C": "washington dc",
		"Ta‘izz":           "taizz",
		"Mek'ele":          "mekele",
		"São  Paulo":       "sao paulo",
	} {
		if got := string(appendFold(nil, in)); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := Default()
	names := []string{"Paris", "Sharm el-Sheikh", "Córdoba", "Nowhere", "Washington", "Georgia", "New York", "Gaza City"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		g.Lookup(names[i%len(names)])
	}
}

// BenchmarkLoadBuiltin measures loading the built-in gazetteer from its
// index, which every process that places events pays once.
func BenchmarkLoadBuiltin(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadIndex(builtinIndex); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse measures reading the built-in gazetteer from its
// tab-separated source, as the built-in index is made.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(builtinTSV)); err != nil {
			b.Fatal(err)
		}
	}
}
