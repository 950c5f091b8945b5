//go:build eval

package petrarch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// TestProductionActorBlocks checks the blocks around the broken lines of
// the production actor files: each name keeps its own codes, and name
// variants written as primary lines above shared codes get those codes.
func TestProductionActorBlocks(t *testing.T) {
	dir := shared.MustPath(t, "petrarch")
	byLine := map[string]map[int]Actor{}
	for _, name := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		d, _ := ReadActors(f, name)
		f.Close()
		byLine[name] = map[int]Actor{}
		for _, a := range d.Actors {
			byLine[name][a.Line] = a
		}
	}
	for _, c := range []struct {
		file  string
		line  int
		names string // the block's names, "|"-separated
		codes int    // how many codes it has
		first string // its first code
	}{
		{"Phoenix.Countries.actors.txt", 18011, "ALAN_JOHNSON|ALAN_ARTHUR_JOHNSON", 5, "GBRGOV"},
		{"Phoenix.International.actors.txt", 267, "JOHN_MCCLOY", 1, "IGOUNODEVWBK"},
		{"Phoenix.International.actors.txt", 268, "LEWIS_PRESTON|LEWIS_T._PRESTON|LEWIS_T_PRESTON", 1, "IGOUNODEVWBK"},
		{"Phoenix.Countries.actors.txt", 39543, "BORIS_YELTSIN|BORIS_N._YELTSIN|YELTSIN|MOSCOW_PARTY_CHIEF_BORIS_N._YELTSIN|" +
			"PRESIDENT_BORIS_N._YELTSIN|PRESIDENT_BORIS_YELTSIN|PRESIDENT_YELTSIN|" +
			"PRESIDENT_OF_THE_RUSSIAN_FEDERATED_REPUBLIC,_BORIS_N._YELTSIN|RUSSIAN_PRESIDENT_YELTSIN", 3, "RUSELI"},
		{"Phoenix.Countries.actors.txt", 39555, "ALEKSANDR_RUTSKOY", 3, "RUSELI"},
		{"Phoenix.Countries.actors.txt", 43615, "SUDAN_PEOPLES_LIBERATION_MOVEMENT|SUDAN_PEOPLE'S_LIBERATION_MOVEMENT", 4, "SDNREB"},
	} {
		a, ok := byLine[c.file][c.line]
		if !ok {
			t.Errorf("%s:%d: no actor block starts here", c.file, c.line)
			continue
		}
		var names []string
		for _, n := range a.Names {
			names = append(names, strings.Join(n, "_"))
		}
		if got := strings.Join(names, "|"); got != c.names || len(a.Codes) != c.codes || a.Codes[0].Code != c.first {
			t.Errorf("%s:%d: block %s with %d codes %+v, want %s with %d codes from %s", c.file, c.line, got, len(a.Codes), a.Codes, c.names, c.codes, c.first)
		}
	}
	if _, ok := byLine["Phoenix.Countries.actors.txt"][18007]; ok {
		t.Errorf("DAVID_CAMERON (line 18007), whose only code is bad, was kept")
	}
}
