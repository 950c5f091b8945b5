package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/petrarch"
	"github.com/annalist/annalist/validate"
)

func init() {
	register("validate", "run PETRARCH-style validation suites (XML) and report what passes", runValidate)
}

func runValidate(e *env) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	var d dictFlags
	d.register(fs)
	asJSON := fs.Bool("json", false, "end with the summary as one JSON object on the last line of stdout")
	dictDir := fs.String("dict-dir", "", "`DIR` to find the environment's dictionaries in (default: the suite's folder, then ../shared/data/petrarch)")
	builtin := fs.Bool("builtin", false, "code with the built-in dictionaries, ignoring the suite's environment")
	minPass := fs.Float64("min-pass", 1, "exit with status 1 when fewer than this `FRACTION` of the evaluated records pass")
	fs.Usage = func() {
		fs.Output().Write([]byte("Usage: annalist validate [flags] FILE.xml...\n" +
			"       annalist validate --dict FILE... (check dictionaries alone)\n\n" +
			"Codes each <Sentence> of PETRARCH validation files and compares the events with the\n" +
			"<EventCoding> records. The dictionaries are those the --dict flags name, else those of\n" +
			"the file's <Environment>, else the built-in ones. Without files, loads the dictionaries\n" +
			"the --dict flags name, reports the lines it cannot load and says what it loaded.\n\n"))
		fs.PrintDefaults()
	}
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	if fs.NArg() == 0 && d.given() {
		return checkDicts(e, &d)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.Stderr, "annalist validate: give validation files, or dictionaries (--dict) to check alone")
		return 2
	}
	p, err := nlp.LoadDefault()
	if err != nil {
		return exitStatus(e, 0, err)
	}
	total := validate.Summary{ByCategory: map[string]*validate.Counts{}}
	failed := 0
	for _, file := range fs.Args() {
		sum, bad, err := validateFile(e, file, &d, *dictDir, *builtin, p.Parse)
		if err != nil {
			fmt.Fprintln(e.Stderr, "annalist validate:", err)
			failed++
			continue
		}
		failed += bad
		add(&total, sum)
	}
	if err := validate.WriteSummary(e.Stdout, total); err != nil {
		return exitStatus(e, failed, err)
	}
	if *asJSON {
		b, _ := json.Marshal(struct {
			validate.Summary
			PassRate float64 `json:"pass_rate"`
		}{total, total.PassRate()})
		fmt.Fprintf(e.Stdout, "%s\n", b)
	}
	if total.Evaluated > 0 && total.PassRate() < *minPass {
		fmt.Fprintf(e.Stderr, "annalist validate: %.1f%% of %d records passed, below --min-pass %.1f%%\n",
			100*total.PassRate(), total.Evaluated, 100**minPass)
		return 1
	}
	return exitStatus(e, failed, nil)
}

// validateFile runs one suite and prints its records; bad counts the
// problems reported on stderr (unreadable records, dictionary lines).
func validateFile(e *env, file string, d *dictFlags, dictDir string, builtin bool, parse func(string) *nlp.Doc) (validate.Summary, int, error) {
	f, err := os.Open(file)
	if err != nil {
		return validate.Summary{}, 0, err
	}
	suite, errs := validate.Read(f, file)
	f.Close()
	for _, err := range errs {
		fmt.Fprintln(e.Stderr, "annalist validate:", err)
	}
	c, bad, err := suiteCoder(e, suite, d, dictDir, builtin)
	if err != nil {
		return validate.Summary{}, 0, err
	}
	outs, sum := validate.Run(suite, c, parse)
	if err := validate.WriteOutcomes(e.Stdout, outs); err != nil {
		return sum, 0, err
	}
	return sum, len(errs) + bad, nil
}

// suiteCoder picks the dictionaries for a suite: the --dict flags, else
// the suite's environment (alone, as PETRARCH codes with them), else the
// built-in ones. It reports on stderr what it uses.
func suiteCoder(e *env, s *validate.Suite, d *dictFlags, dictDir string, builtin bool) (validate.Coder, int, error) {
	warn := func(errs []error) int {
		for _, err := range errs {
			fmt.Fprintln(e.Stderr, "annalist validate: warning:", err)
		}
		return len(errs)
	}
	switch {
	case builtin:
		fmt.Fprintf(e.Stderr, "annalist validate: %s: built-in dictionaries\n", s.File)
		return coder.Default(), 0, nil
	case d.given():
		first := d.coded == nil
		c, err := d.load()
		if err != nil {
			return nil, 0, err
		}
		fmt.Fprintf(e.Stderr, "annalist validate: %s: %s\n", s.File, d.describe())
		if !first {
			return d.coder(c), 0, nil
		}
		return d.coder(c), warn(d.warnings), nil
	}
	dirs := []string{filepath.Dir(s.File)}
	if dictDir != "" {
		dirs = []string{dictDir}
	}
	if p, err := shared.Path("petrarch"); err == nil {
		dirs = append(dirs, p)
	}
	files, missing := s.Env.Files(dirs...)
	if len(missing) > 0 {
		// Suites name their dictionaries loosely ("actor/data (built-in)");
		// a kind not found stays built-in, which the warning says.
		warn([]error{&validate.MissingError{Suite: s.File, Names: missing, Dirs: dirs}})
	}
	if len(files) == 0 {
		fmt.Fprintf(e.Stderr, "annalist validate: %s: built-in dictionaries\n", s.File)
		return coder.Default(), 0, nil
	}
	set, errs := petrarch.Load(files...)
	c, _, cerrs := set.Coder(petrarch.Replace)
	bad := warn(append(errs, cerrs...))
	fmt.Fprintf(e.Stderr, "annalist validate: %s: environment dictionaries %v\n", s.File, files)
	return set.WithDiscards(c), bad, nil
}

// add adds a suite's counts to the total.
func add(total *validate.Summary, s validate.Summary) {
	total.Records += s.Records
	total.Evaluated += s.Evaluated
	total.Passed += s.Passed
	for cat, n := range s.ByCategory {
		t := total.ByCategory[cat]
		if t == nil {
			t = &validate.Counts{}
			total.ByCategory[cat] = t
		}
		t.Records += n.Records
		t.Evaluated += n.Evaluated
		t.Passed += n.Passed
	}
}

// checkDicts loads the dictionaries alone and says what they hold; the
// exit status is 1 when some line could not be loaded.
func checkDicts(e *env, d *dictFlags) int {
	start := time.Now()
	if _, err := d.load(); err != nil {
		return exitStatus(e, 0, err)
	}
	secs := time.Since(start).Seconds()
	for _, w := range d.warnings {
		fmt.Fprintln(e.Stderr, "annalist validate:", w)
	}
	st := d.stats
	fmt.Fprintf(e.Stdout, "dictionaries: %v; coder: %d verbs, %d patterns added, %d patterns skipped, %d transformations kept unapplied; %d entries not loaded; %.3f s\n",
		d.set, st.Verbs, st.Patterns, st.Skipped, st.Transforms, len(d.warnings), secs)
	return exitStatus(e, len(d.warnings), nil)
}
