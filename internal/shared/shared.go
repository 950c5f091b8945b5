// Package shared locates the third-party data kept beside the project
// (../shared/data from the repository root: treebank, dictionaries,
// gazetteers, news) for evaluations and benchmarks. That data is never
// part of the repository, so code that needs it fails loudly without it.
package shared

import (
	"fmt"
	"os"
	"path/filepath"
)

// Dir returns the data directory: $ANNALIST_DATA if set, else
// ../shared/data next to the repository root found by walking up from the
// working directory to go.mod.
func Dir() (string, error) {
	if d := os.Getenv("ANNALIST_DATA"); d != "" {
		return check(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return check(filepath.Join(d, "..", "shared", "data"))
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("shared data: no go.mod above %s; set ANNALIST_DATA", wd)
		}
	}
}

func check(d string) (string, error) {
	if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
		return "", fmt.Errorf("shared data directory %s is missing (set ANNALIST_DATA or put the data at ../shared/data)", d)
	}
	return filepath.Abs(d)
}

// Path joins elem to the data directory.
func Path(elem ...string) (string, error) {
	d, err := Dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(append([]string{d}, elem...)...), nil
}

// TB is the part of testing.TB that MustPath and Bar need.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// MustPath is Path for evaluations and benchmarks: it fails the test (never
// skips it) when the data is missing.
func MustPath(t TB, elem ...string) string {
	t.Helper()
	p, err := Path(elem...)
	if err != nil {
		t.Fatalf("%v", err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("shared data: %v", err)
	}
	return p
}
