package main

import (
	"encoding/json"
	"flag"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/validate"
)

var (
	suiteXML     = filepath.Join("..", "..", "validate", "testdata", "suite.xml")
	truncatedXML = filepath.Join("..", "..", "validate", "testdata", "truncated.xml")
	petrarchDir  = filepath.Join("..", "..", "petrarch", "testdata")
)

// lastJSON decodes the summary on the last line of stdout.
func lastJSON(t *testing.T, stdout string) validate.Summary {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	var s validate.Summary
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &s); err != nil {
		t.Fatalf("last line %q is not a JSON summary: %v", lines[len(lines)-1], err)
	}
	return s
}

func TestValidateEnvironmentDictionaries(t *testing.T) {
	code, out, errs := run(t, "", "validate", "--json", "--min-pass", "0.7", "--dict-dir", petrarchDir, suiteXML)
	if code != 1 { // the environment's dictionaries have broken lines
		t.Errorf("exit %d, want 1; stderr:\n%s", code, errs)
	}
	for _, want := range []string{
		`suite.xml:31: record V-05: date "2024-03-12" is not YYYYMMDD`,
		`"more-actors.txt" "missing-discards.txt"`,
		"verbs.txt:16: pattern",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "V-01\tpass\texpected: ISL>NRU 040\tgot: ISL>NRU 040\n") ||
		!strings.Contains(out, "V-02\tFAIL\texpected: ISL>NRU 040, NRU>--- 043\tgot: ISL>NRU 040\n") {
		t.Errorf("records not reported as expected:\n%s", out)
	}
	s := lastJSON(t, out)
	if s.Records != 7 || s.Evaluated != 4 || s.Passed != 3 || s.ByCategory["DEMO"].Passed != 2 {
		t.Errorf("summary %+v, want 7 records, 4 evaluated, 3 passed (DEMO 2)", s)
	}
}

func TestValidateMinPass(t *testing.T) {
	// Dictionaries named on the command line replace the environment.
	args := []string{"validate", "--dict-replace", "--verbs", filepath.Join(petrarchDir, "verbs.txt"),
		"--actors", filepath.Join(petrarchDir, "actors.txt")}
	code, _, errs := run(t, "", append(args, suiteXML)...)
	if code != 1 || !strings.Contains(errs, "below --min-pass 100.0%") {
		t.Errorf("exit %d, want 1 below the bar; stderr:\n%s", code, errs)
	}
	if strings.Contains(errs, "more-actors.txt") {
		t.Errorf("the environment was used though --verbs was given:\n%s", errs)
	}
}

func TestValidateBadInput(t *testing.T) {
	if code, _, _ := run(t, "", "validate"); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
	code, _, errs := run(t, "", "validate", "--builtin", "no-such-suite.xml")
	if code != 1 || !strings.Contains(errs, "no-such-suite.xml") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	code, out, errs := run(t, "", "validate", "--builtin", "--json", "--min-pass", "0", truncatedXML)
	if code != 1 || !strings.Contains(errs, "truncated.xml:8: ") || !strings.Contains(errs, "T-02 has no <Text>") {
		t.Errorf("truncated: exit %d, stderr:\n%s", code, errs)
	}
	if s := lastJSON(t, out); s.Records != 1 {
		t.Errorf("truncated: %d records, want the one complete record", s.Records)
	}
}

func TestValidateChecksDictionaries(t *testing.T) {
	code, out, errs := run(t, "", "validate", "--dict-replace", "--dict", filepath.Join(petrarchDir, "verbs.txt"),
		"--dict", filepath.Join(petrarchDir, "discards.txt"))
	if code != 1 || !strings.Contains(errs, "verbs.txt:16: pattern") {
		t.Errorf("exit %d, stderr:\n%s", code, errs)
	}
	want := "dictionaries: 1 verb files (2 blocks, 4 verbs, 6 patterns), 0 actor files (0 actors), 0 agent files (0 agents), 3 discards; " +
		"coder: 4 verbs, 8 patterns added, 1 patterns skipped, 1 transformations kept unapplied; 6 entries not loaded;"
	if !strings.HasPrefix(out, want) {
		t.Errorf("stdout %q, want it to start %q", out, want)
	}
}

func TestDictFlags(t *testing.T) {
	var d dictFlags
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	d.register(fs)
	if c, err := d.load(); err != nil || c != coder.Default() {
		t.Errorf("no flags: %v, %v; want the built-in coder", c, err)
	}
	err := fs.Parse([]string{"--dict", filepath.Join(petrarchDir, "verbs.txt"), "--dict", filepath.Join(petrarchDir, "agents.txt"),
		"--actors", filepath.Join(petrarchDir, "actors.txt"), "--discards", filepath.Join(petrarchDir, "discards.txt"), "--dict-replace"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := d.load()
	if err != nil || c == nil {
		t.Fatalf("load: %v", err)
	}
	if len(d.set.Verbs) != 1 || len(d.set.Agents) != 1 || len(d.set.Actors) != 1 || d.set.Discards == nil {
		t.Errorf("kinds: %+v", d.set)
	}
	// 5 broken verb lines, 3 actor lines, 4 agent lines; 1 pattern with an
	// unknown synset.
	if len(d.warnings) != 13 || !strings.Contains(d.warnings[0].Error(), "verbs.txt:16: ") {
		t.Errorf("warnings (%d): %v", len(d.warnings), d.warnings)
	}
	if _, ok := d.coder(c).(*coder.Coder); ok {
		t.Errorf("discards not applied")
	}

	var bad dictFlags
	fs = flag.NewFlagSet("y", flag.ContinueOnError)
	bad.register(fs)
	fs.Parse([]string{"--dict", filepath.Join(petrarchDir, "missing.txt")})
	if _, err := bad.load(); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: %v", err)
	}
}
