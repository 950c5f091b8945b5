package place

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestBuiltinLoads(t *testing.T) {
	g, err := Parse(bytes.NewReader(builtin))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(g.byKey); n < 50000 {
		t.Errorf("built-in gazetteer has %d names, want at least 50,000", n)
	}
	if got := g.Admin1Name("US.TX"); got != "Texas" {
		t.Errorf(`Admin1Name("US.TX") = %q, want "Texas"`, got)
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

// BenchmarkParseBuiltin measures loading the built-in gazetteer, which
// every process that places events pays once.
func BenchmarkParseBuiltin(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := parseBuiltin(); err != nil {
			b.Fatal(err)
		}
	}
}
