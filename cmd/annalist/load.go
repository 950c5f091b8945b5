package main

import (
	"runtime"

	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/place"
)

// loadAll loads what coding needs before the first article: the
// dictionaries d names (or the built-in ones), the embedded model and the
// gazetteer, and returns the coder. On several cores the model, the
// longest to load, loads on a core of its own beside the dictionaries,
// and whichever is done first loads the gazetteer: no more loaders run
// than there are cores, so the model is never slowed by the others. On
// one core they load one after the other, which costs the same time and
// holds the garbage of one loader at a time.
func loadAll(d *dictFlags) (*coder.Coder, error) {
	concurrent := runtime.GOMAXPROCS(0) > 1
	if concurrent {
		go func() {
			nlp.LoadDefault()
			place.Default()
		}()
	}
	c, err := d.load()
	if err != nil {
		return nil, err
	}
	if !concurrent && d.given() {
		// Reading dictionary files leaves tens of MB of garbage; dropped
		// before the model's 50 MB are loaded on top, it does not set the
		// heap's size for the rest of the run (peak RSS with the
		// PETRARCH2 production files: some 215 → 190 MB).
		runtime.GC()
	}
	place.Default()
	// pipelineConfig waits for the model if it is still loading.
	return c, nil
}
