package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/export"
	"github.com/annalist/annalist/store"
)

func init() {
	register("query", "print stored events that match filters", runQuery)
	register("export", "print all stored events (JSON Lines, CSV or GDELT rows)", runExport)
}

func runQuery(e *env) int {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	db := fs.String("db", defaultDB, "database `PATH`")
	format := fs.String("format", "jsonl", "output `FORMAT`: jsonl, csv, gdelt or text")
	var f store.Filter
	var dyad string
	fs.StringVar(&f.Actor, "actor", "", "either actor's code starts with `CODE` (FRA, FRAGOV)")
	fs.StringVar(&dyad, "dyad", "", "directed pair `A,B`: actor1 starts with A and actor2 with B")
	fs.StringVar(&f.Code, "code", "", "event code starts with `PREFIX` (04, 042)")
	fs.StringVar(&f.Root, "root", "", "event root code `RR` (01-20)")
	fs.StringVar(&f.From, "from", "", "events on or after `YYYY-MM-DD`")
	fs.StringVar(&f.To, "to", "", "events on or before `YYYY-MM-DD`")
	fs.IntVar(&f.Limit, "limit", 0, "print at most `N` events (0 = all)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: annalist query [flags]\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.Stderr, "annalist query: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if dyad != "" {
		a, b, ok := strings.Cut(dyad, ",")
		if !ok {
			fmt.Fprintf(e.Stderr, "annalist query: --dyad %q: want A,B\n", dyad)
			return 2
		}
		f.Dyad = [2]string{a, b}
	}
	for _, d := range []struct{ name, v string }{{"--from", f.From}, {"--to", f.To}} {
		if d.v != "" && !isDay(d.v) {
			fmt.Fprintf(e.Stderr, "annalist query: %s %q: want YYYY-MM-DD\n", d.name, d.v)
			return 2
		}
	}
	return writeStored(e, *db, *format, f)
}

func runExport(e *env) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	db := fs.String("db", defaultDB, "database `PATH`")
	format := fs.String("format", "jsonl", "output `FORMAT`: jsonl, csv, gdelt or text")
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	return writeStored(e, *db, *format, store.Filter{})
}

// writeStored prints the stored events that match f.
func writeStored(e *env, db, format string, f store.Filter) int {
	w, err := export.NewWriter(e.Stdout, format)
	if err != nil {
		return exitStatus(e, 0, err)
	}
	if _, err := os.Stat(db); err != nil {
		return exitStatus(e, 0, fmt.Errorf("database %s: %w (run annalist ingest first)", db, errors.Unwrap(err)))
	}
	st, err := store.Open(db)
	if err != nil {
		return exitStatus(e, 0, err)
	}
	defer st.Close()
	err = st.Events(context.Background(), f, func(ev *event.Event) error { return w.Write(ev) })
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return exitStatus(e, 0, err)
}

func isDay(s string) bool {
	var y, m, d int
	n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d)
	return n == 3 && len(s) == 10 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}
