package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
)

// startProfiles starts the profiles the environment asks for, for
// finding where a run spends its time and memory:
//
//	ANNALIST_CPUPROFILE=FILE  CPU profile of the run (go tool pprof)
//	ANNALIST_MEMPROFILE=FILE  heap profile at the end of the run: what is
//	                          live then and all that was allocated
//	ANNALIST_TRACE=FILE       execution trace (go tool trace), to see what
//	                          start-up runs in parallel and what waits
//
// The returned function stops them and writes the files.
func startProfiles() (stop func() error, err error) {
	var stops []func() error
	stop = func() error {
		var errs []error
		for i := len(stops) - 1; i >= 0; i-- {
			errs = append(errs, stops[i]())
		}
		return errors.Join(errs...)
	}
	open := func(env string) (*os.File, error) {
		path := os.Getenv(env)
		if path == "" {
			return nil, nil
		}
		f, err := os.Create(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", env, err)
		}
		return f, nil
	}
	if f, err := open("ANNALIST_CPUPROFILE"); err != nil {
		return stop, err
	} else if f != nil {
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return stop, fmt.Errorf("ANNALIST_CPUPROFILE: %w", err)
		}
		stops = append(stops, func() error { pprof.StopCPUProfile(); return f.Close() })
	}
	if f, err := open("ANNALIST_TRACE"); err != nil {
		return stop, errors.Join(err, stop())
	} else if f != nil {
		if err := trace.Start(f); err != nil {
			f.Close()
			return stop, errors.Join(fmt.Errorf("ANNALIST_TRACE: %w", err), stop())
		}
		stops = append(stops, func() error { trace.Stop(); return f.Close() })
	}
	if f, err := open("ANNALIST_MEMPROFILE"); err != nil {
		return stop, errors.Join(err, stop())
	} else if f != nil {
		// Finer than the default 512 KB, so that the many small tables
		// of the dictionaries show.
		runtime.MemProfileRate = 4096
		stops = append(stops, func() error {
			runtime.GC() // so that the in-use figures are those of the end
			werr := pprof.Lookup("allocs").WriteTo(f, 0)
			return errors.Join(werr, f.Close())
		})
	}
	return stop, nil
}
