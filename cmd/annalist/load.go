package main

import (
	"os"
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
	collectForRun()
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

// runGCPercent is the collector's target for the run, loading included,
// unless $GOGC sets one. Once loaded, the heap is mostly the model's and
// the dictionaries' tables (some 130 MB with the PETRARCH2 production
// files), kept to the end and, the large ones, free of pointers, so a
// cycle costs little; at Go's default of 100 the garbage of coding was
// let grow as large as those tables before a cycle ran. Measured on one
// core: peak RSS coding Wikinews 2019 with the production files 216 →
// 188 MB, the first 5,000 Reuters stories 287 → 204 MB, CPU time the
// same within noise (1.69 → 1.48 s, 6.62 → 6.24 s).
const runGCPercent = 25

// collectForRun sets the collector's target for the run (see
// runGCPercent).
func collectForRun() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(runGCPercent)
	}
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
