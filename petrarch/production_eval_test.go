//go:build eval

package petrarch

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// productionFiles are PETRARCH2's production dictionaries in the shared data.
func productionFiles(tb testing.TB) []File {
	dir := shared.MustPath(tb, "petrarch")
	var fs []File
	for _, n := range []string{"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
		"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"} {
		fs = append(fs, File{Path: filepath.Join(dir, n)})
	}
	return fs
}

// knownErrors are the lines of the production files that are broken as
// published; each must be reported, and nothing else.
var knownErrors = []string{
	"CAMEO.2.0.txt:2374: pattern \"* VENTURE (WITH VISIT)",           // stray "VISIT)"
	"CAMEO.2.0.txt:5787: pattern \"* DOWN (FROM)",                    // code [080!]
	"CAMEO.2.0.txt:7606: pattern \"STRONGLY * ATTACK (ON ^)",         // stray "^)"
	"Phoenix.Countries.actors.txt:2039: [ARMUNR 9008223-911221]",     // 7-digit date
	"Phoenix.Countries.actors.txt:14190: [EGYGOV 20121207-20120802]", // ends before it starts
	"Phoenix.Countries.actors.txt:15346: actor \"FAEROYENE]_\"",      // stray ]
	"Phoenix.Countries.actors.txt:18010: [GBRGOV >201005011]",        // 9-digit date
	"Phoenix.Countries.actors.txt:22508: [IRQOCC 1920030320-",        // 10-digit date
	"Phoenix.Countries.actors.txt:22519: [IRQOCC 1920030320-",
	"Phoenix.Countries.actors.txt:31715: [MNEGOV 20121204]",                    // a date without - < >
	"Phoenix.Countries.actors.txt:43613: [SDNSSDAUT 1920050709-",               // 10-digit date
	"Phoenix.Countries.actors.txt:51384: [USAGOV 19820101]",                    // a date without - < >
	"Phoenix.International.actors.txt:40: [KORGOVBUS 2004017-",                 // 7-digit date
	"Phoenix.International.actors.txt:1842: actor ASSOCIATION_FOR_SUSTAINABLE", // 10-letter code
	"Phoenix.International.actors.txt:3589: actor ASSOCIATION_FOR_SUSTAINABLE",
	"Phoenix.agents.txt:544: agent \"DEPARMENT_OF_ENVIRONMENT [~ENV}\"", // [~ENV}
	"Phoenix.agents.txt:1927: agent \"ISLAMIC_EXTREMIST\" has no [~CODE]",
}

// codelessActors are the primary lines of the production actor files
// followed by a primary line that carries codes of its own: that line
// starts its own block, so they are left without codes. 266 is
// JOHN_J MCCLOY_, above an indented JOHN_MCCLOY_ with its code; 3694 is a
// stray "Source: MNC.MLH.actors" heading. (Primary lines followed by
// further primary lines and then codes are name variants sharing them.)
var codelessActors = map[string][]int{
	"Phoenix.International.actors.txt": {266, 3694},
}

// knownReadErrors are knownErrors and the codelessActors.
func knownReadErrors() []string {
	want := append([]string(nil), knownErrors...)
	for file, lines := range codelessActors {
		for _, n := range lines {
			want = append(want, fmt.Sprintf("%s:%d: actor ", file, n))
		}
	}
	return want
}

// knownConvertErrors are the production entries annalist's structures
// refuse: verbs PETRARCH lists in two blocks with different codes, and
// patterns naming synsets the file never defines.
var knownConvertErrors = []string{
	"CAMEO.2.0.txt:5824: verb GREET: code 050 given, but it already codes 051",
	"CAMEO.2.0.txt:7012: verb ABSOLVE: code 081 given, but it already codes 080",
	"CAMEO.2.0.txt:7350: verb REFUTE: code 110 given, but it already codes 016",
	"CAMEO.2.0.txt:7990: verb BLACKLIST: code 170 given, but it already codes 160",
	"CAMEO.2.0.txt:8443: pattern \"* (IN &WEATHER)\": unknown synset &WEATHER",
	"CAMEO.2.0.txt:8444: pattern \"* (IN &DEMONSTRATION)\": unknown synset &DEMONSTRATION",
	"CAMEO.2.0.txt:8557: verb BEAT: code 182 given, but it already codes 190",
}

func checkErrors(t *testing.T, what string, errs []error, want []string) {
	t.Helper()
	found := make([]bool, len(want))
	for _, err := range errs {
		ok := false
		for i, w := range want {
			if strings.Contains(err.Error(), w) {
				found[i], ok = true, true
			}
		}
		if !ok {
			t.Errorf("%s: unexpected error %v", what, err)
		}
	}
	for i, w := range want {
		if !found[i] {
			t.Errorf("%s: error %q not reported", what, w)
		}
	}
	t.Logf("%s: %d errors", what, len(errs))
}

func TestProductionLoads(t *testing.T) {
	s, errs := Load(productionFiles(t)...)
	checkErrors(t, "read", errs, knownReadErrors())
	if len(s.Verbs) != 1 || len(s.Actors) != 3 || len(s.Agents) != 1 || s.Discards == nil {
		t.Fatalf("kinds told from content: %d verbs, %d actors, %d agents, discards %v", len(s.Verbs), len(s.Actors), len(s.Agents), s.Discards != nil)
	}
	nActors := 0
	for _, a := range s.Actors {
		nActors += len(a.Actors)
	}
	nBlocks, nPatterns := 0, 0
	for _, b := range s.Verbs[0].Blocks {
		nBlocks++
		nPatterns += len(b.Patterns)
	}
	t.Logf("%d verb blocks, %d patterns, %d synsets; %d actors; %d agents; %d discards",
		nBlocks, nPatterns, len(s.Verbs[0].Synsets), nActors, len(s.Agents[0].Agents), len(s.Discards.Entries))
	if nPatterns < 4600 || nActors < 15000 || len(s.Agents[0].Agents) < 2000 || len(s.Discards.Entries) < 400 {
		t.Errorf("too little read")
	}
	_, aerrs := s.ActorDict(Replace)
	checkErrors(t, "actors", aerrs, nil)
	_, st, verrs := s.VerbDict(Replace)
	checkErrors(t, "verbs", verrs, knownConvertErrors)
	t.Logf("verbs: %+v", st)
	if st.Patterns < 40000 || st.Skipped > 30 {
		t.Errorf("verb conversion %+v: want ≥ 40000 patterns added, ≤ 30 skipped", st)
	}
}

// BenchmarkLoadProduction reads all production dictionaries and builds
// annalist's actor dictionary and verbs from them (PETRARCH2 takes 1.3 s
// and 200 MB for the same files).
func BenchmarkLoadProduction(b *testing.B) {
	files := productionFiles(b)
	for b.Loop() {
		s, _ := Load(files...)
		s.Coder(Replace)
	}
}

// BenchmarkReadProduction only reads the production files.
func BenchmarkReadProduction(b *testing.B) {
	files := productionFiles(b)
	for b.Loop() {
		Load(files...)
	}
}
