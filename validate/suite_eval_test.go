//go:build eval

package validate

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/petrarch"
)

// projectSuite reads the project's validation suite, validation/*.xml.
func projectSuite(t *testing.T) []*Suite {
	files, err := filepath.Glob(filepath.Join("..", "validation", "*.xml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no validation/*.xml: %v", err)
	}
	var out []*Suite
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		s, errs := Read(r, f)
		r.Close()
		for _, e := range errs {
			t.Errorf("%v", e)
		}
		out = append(out, s)
	}
	return out
}

// runAll runs every suite with c and logs the pass rates by category.
func runAll(t *testing.T, name string, suites []*Suite, c Coder) Counts {
	p, err := nlp.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var total Counts
	for _, s := range suites {
		_, sum := Run(s, c, p.Parse)
		cats := make([]string, 0, len(sum.ByCategory))
		for cat := range sum.ByCategory {
			cats = append(cats, cat)
		}
		slices.Sort(cats)
		for _, cat := range cats {
			n := sum.ByCategory[cat]
			t.Logf("%s: %s category %s: %d/%d", name, filepath.Base(s.File), cat, n.Passed, n.Evaluated)
		}
		total.Records += sum.Records
		total.Evaluated += sum.Evaluated
		total.Passed += sum.Passed
	}
	t.Logf("%s: %d/%d passed (%.1f%%), %d records", name, total.Passed, total.Evaluated, 100*total.PassRate(), total.Records)
	return total
}

// TestProjectSuiteBuiltin holds the built-in dictionaries to the bar: at
// least 95% of the project's validation records pass.
func TestProjectSuiteBuiltin(t *testing.T) {
	n := runAll(t, "built-in", projectSuite(t), coder.Default())
	if n.Evaluated < 100 {
		t.Errorf("only %d records evaluated", n.Evaluated)
	}
	if n.PassRate() < 0.95 {
		t.Errorf("built-in dictionaries pass %.1f%% of the project suite, want ≥ 95%%", 100*n.PassRate())
	}
}

// TestProjectSuitePetrarch codes the project's suite with PETRARCH2's
// production dictionaries alone, for comparison (no bar: their actor
// codes and verb coverage differ from the project's conventions).
func TestProjectSuitePetrarch(t *testing.T) {
	dir := shared.MustPath(t, "petrarch")
	var files []petrarch.File
	for _, n := range []string{"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
		"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"} {
		files = append(files, petrarch.File{Path: filepath.Join(dir, n)})
	}
	set, _ := petrarch.Load(files...)
	c, st, errs := set.Coder(petrarch.Replace)
	t.Logf("PETRARCH2 dictionaries: %v; %+v; %d entries refused", set, st, len(errs))
	n := runAll(t, "PETRARCH2 production", projectSuite(t), set.WithDiscards(c))
	if n.Evaluated < 100 {
		t.Errorf("only %d records evaluated", n.Evaluated)
	}
}
