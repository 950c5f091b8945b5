package main

import (
	"runtime"
	"runtime/debug"

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
	if !d.given() {
		// The built-in data is of known size; dictionary files are not,
		// and reading them leaves garbage worth collecting.
		defer pauseCollector()()
	}
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
	// Wait for the model, if still loading, so that the collector is
	// paused for the whole load; pipelineConfig reports its error.
	nlp.LoadDefault()
	return c, nil
}

// loadingMemory bounds the heap while the collector is paused for
// loading: well above what loading the built-in data allocates (some
// 110 MB, 80 MB of it kept), it only guards against the unforeseen.
const loadingMemory = 256 << 20

// pauseCollector stops the garbage collector, short of loadingMemory,
// and returns the function that restarts it. What loading the built-in
// data allocates is mostly kept for the whole run, so collecting
// meanwhile finds little to free while costing some 50 ms, a quarter of
// the loading time, on one core; on two, each cycle's worker takes a
// core from the loaders.
func pauseCollector() (restart func()) {
	limit := debug.SetMemoryLimit(-1)
	debug.SetMemoryLimit(min(limit, loadingMemory))
	percent := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}
