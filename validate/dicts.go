package validate

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/annalist/annalist/petrarch"
)

// Files resolves the environment's dictionaries: each name is looked up
// in dirs, in order (an absolute name as it is). Names found in none of
// them are returned in missing.
func (e Environment) Files(dirs ...string) (files []petrarch.File, missing []string) {
	add := func(name string, kind petrarch.Kind) {
		if name == "" {
			return
		}
		if p, ok := find(name, dirs); ok {
			files = append(files, petrarch.File{Path: p, Kind: kind})
			return
		}
		missing = append(missing, name)
	}
	add(e.Verbfile, petrarch.VerbsKind)
	for _, a := range e.Actorfiles {
		add(a, petrarch.ActorsKind)
	}
	add(e.Agentfile, petrarch.AgentsKind)
	add(e.Discardfile, petrarch.DiscardsKind)
	return files, missing
}

func find(name string, dirs []string) (string, bool) {
	if filepath.IsAbs(name) {
		_, err := os.Stat(name)
		return name, err == nil
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, true
		}
	}
	return "", false
}

// MissingError says which dictionaries of an environment were not found.
type MissingError struct {
	Suite string
	Names []string
	Dirs  []string
}

func (e *MissingError) Error() string {
	return fmt.Sprintf("%s: environment names dictionaries found in none of %q: %q", e.Suite, e.Dirs, e.Names)
}
