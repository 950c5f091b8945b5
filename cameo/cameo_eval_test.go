//go:build eval

package cameo

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// readTSV reads a two-column table with a header line.
func readTSV(t *testing.T, name string) [][2]string {
	t.Helper()
	b, err := os.ReadFile(shared.MustPath(t, "petrarch", name))
	if err != nil {
		t.Fatal(err)
	}
	var rows [][2]string
	for i, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if i == 0 {
			continue
		}
		code, val, _ := strings.Cut(line, "\t")
		rows = append(rows, [2]string{code, val})
	}
	return rows
}

func TestEveryPetrarchCodePresent(t *testing.T) {
	rows := readTSV(t, "cameo_codes.tsv")
	missing := 0
	for _, r := range rows {
		if _, ok := Lookup(r[0]); !ok {
			t.Errorf("code %s (%s) missing from the table", r[0], r[1])
			missing++
		}
	}
	t.Logf("%d PETRARCH codes, %d missing; table has %d codes", len(rows), missing, len(All()))
}

func TestGoldsteinMatchesGDELT(t *testing.T) {
	rows := readTSV(t, "goldstein_gdelt.tsv")
	for _, r := range rows {
		want, err := strconv.ParseFloat(r[1], 64)
		if err != nil {
			t.Fatalf("goldstein_gdelt.tsv: code %s: %v", r[0], err)
		}
		c, ok := Lookup(r[0])
		if !ok {
			t.Errorf("GDELT code %s missing from the table", r[0])
			continue
		}
		if c.Goldstein != want {
			t.Errorf("code %s: Goldstein %.1f, GDELT has %.1f", r[0], c.Goldstein, want)
		}
	}
	t.Logf("%d GDELT Goldstein values checked", len(rows))
}
