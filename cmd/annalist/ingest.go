package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/story"
)

func init() {
	register("ingest", "code articles and store articles and events in the database", runIngest)
}

const defaultDB = "annalist.db"

func runIngest(e *env) int {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	var o inputOptions
	o.register(fs)
	db := fs.String("db", defaultDB, "database `PATH` (SQLite)")
	window := fs.Duration("window", story.DefaultWindow, "how far apart reports of one happening may be dated")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: annalist ingest [flags] INPUT...\n\nCodes articles and stores them with their events; an article already stored is skipped,\nand reports of a happening already stored are merged into its record.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	st, err := store.Open(*db)
	if err != nil {
		return exitStatus(e, 0, err)
	}
	defer st.Close()
	bar := newProgress(e.Stderr)
	var stored, dup, events int
	failed, err := codeInputs(e, &o, fs.Args(), func(r pipeline.Result) error {
		// Consolidate against what is stored, so that ingesting articles
		// one at a time or all at once gives the same records.
		evs, err := reconcileStored(context.Background(), st, r.Events, *window)
		if err != nil {
			return fmt.Errorf("%s: consolidating article %s: %w", r.Article.Origin, r.Article.ID, err)
		}
		ok, err := st.PutArticle(context.Background(), r.Article, evs)
		if err != nil {
			return fmt.Errorf("%s: storing article %s: %w", r.Article.Origin, r.Article.ID, err)
		}
		if ok {
			stored++
			events += len(r.Events)
		} else {
			dup++
		}
		bar.add(1, len(r.Events))
		return nil
	})
	bar.done()
	fmt.Fprintf(e.Stderr, "annalist: stored %d articles with %d events in %s (%d already stored)\n", stored, events, *db, dup)
	return exitStatus(e, failed, err)
}
