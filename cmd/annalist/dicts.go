package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/petrarch"
	"github.com/annalist/annalist/pipeline"
)

// dictFlags are the flags that load dictionaries in the PETRARCH2/TABARI
// formats: --dict FILE (kind told from the content) or --verbs, --actors,
// --agents, --discards FILE, each repeatable, and --dict-replace.
type dictFlags struct {
	files   []petrarch.File
	replace bool

	// After load: the dictionaries read, and the lines they could not
	// read (file:line), which the caller reports as warnings.
	set      *petrarch.Set
	stats    petrarch.VerbStats
	warnings []error
	coded    *coder.Coder // the coder load built, returned again by later calls
}

// fileList is a repeatable flag adding files of one kind.
type fileList struct {
	d    *dictFlags
	kind petrarch.Kind
}

func (f fileList) String() string { return "" }

func (f fileList) Set(path string) error {
	f.d.files = append(f.d.files, petrarch.File{Path: path, Kind: f.kind})
	return nil
}

func (d *dictFlags) register(fs *flag.FlagSet) {
	fs.Var(fileList{d, petrarch.UnknownKind}, "dict", "PETRARCH-format dictionary `FILE` (verbs, actors, agents or discards, told from the content); repeatable")
	fs.Var(fileList{d, petrarch.VerbsKind}, "verbs", "PETRARCH verb dictionary `FILE` (CAMEO.2.0.txt); repeatable")
	fs.Var(fileList{d, petrarch.ActorsKind}, "actors", "PETRARCH actor dictionary `FILE`; repeatable")
	fs.Var(fileList{d, petrarch.AgentsKind}, "agents", "PETRARCH agent dictionary `FILE`; repeatable")
	fs.Var(fileList{d, petrarch.DiscardsKind}, "discards", "PETRARCH discard list `FILE`; repeatable")
	fs.BoolVar(&d.replace, "dict-replace", false, "code with the given dictionaries alone instead of adding them to the built-in ones")
}

// given reports whether any dictionary file was named.
func (d *dictFlags) given() bool { return len(d.files) > 0 }

// load reads the named dictionaries and returns a coder with them: the
// built-in coder when none were named. A file that cannot be read or
// recognised is an error; lines that cannot be read are kept in
// d.warnings and the rest loads. Later calls return the same coder.
func (d *dictFlags) load() (*coder.Coder, error) {
	if !d.given() {
		return coder.Default(), nil
	}
	if d.coded != nil {
		return d.coded, nil
	}
	set, errs := petrarch.Load(d.files...)
	var fatal []error
	for _, err := range errs {
		var le *petrarch.LineError
		if errors.As(err, &le) && le.Line > 0 {
			d.warnings = append(d.warnings, err)
		} else {
			fatal = append(fatal, err)
		}
	}
	if len(fatal) > 0 {
		return nil, errors.Join(fatal...)
	}
	mode := petrarch.Extend
	if d.replace {
		mode = petrarch.Replace
	}
	c, st, errs := set.Coder(mode)
	d.warnings = append(d.warnings, errs...)
	d.set, d.stats, d.coded = set, st, c
	return c, nil
}

// discards returns the discard list the dictionary files gave, or nil.
func (d *dictFlags) discards() *petrarch.Discards {
	if d.set == nil {
		return nil
	}
	return d.set.Discards
}

// coder returns c with the discard lists applied, for validation.
func (d *dictFlags) coder(c *coder.Coder) pipeline.Coder {
	if d.set == nil {
		return c
	}
	return d.set.WithDiscards(c)
}

// describe says in one line what load loaded, for messages.
func (d *dictFlags) describe() string {
	if !d.given() {
		return "built-in dictionaries"
	}
	names := make([]string, len(d.files))
	for i, f := range d.files {
		names[i] = f.Path
	}
	how := "added to the built-in dictionaries"
	if d.replace {
		how = "alone"
	}
	return fmt.Sprintf("%s (%s)", strings.Join(names, ", "), how)
}
