package main

import (
	"flag"
	"fmt"
	"time"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/export"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/story"
)

func init() {
	register("code", "code articles into events and print them (JSON Lines, CSV or GDELT rows)", runCode)
}

func runCode(e *env) int {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	var o inputOptions
	o.register(fs)
	format := fs.String("format", "jsonl", "output `FORMAT`: jsonl, csv, gdelt or text")
	stats := fs.Bool("stats", false, "print counts and throughput on stderr at the end")
	noMerge := fs.Bool("no-merge", false, "one record per mention: do not consolidate reports of the same happening")
	window := fs.Duration("window", story.DefaultWindow, "how far apart reports of one happening may be dated")
	fs.Usage = func() {
		fs.Output().Write([]byte("Usage: annalist code [flags] INPUT...\n\nCodes articles (files, directories, - for stdin) and writes one event per line to stdout.\nReports of the same happening are consolidated into one record unless --no-merge is given.\n\n"))
		fs.PrintDefaults()
	}
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	w, err := export.NewWriter(e.Stdout, *format)
	if err != nil {
		return exitStatus(e, 0, err)
	}
	start := time.Now()
	var articles, sentences, mentions, bytes int
	// Consolidation needs every report before it can write a record, so
	// records are held until the input ends; --no-merge streams mentions.
	var stories *story.Clusterer
	if !*noMerge {
		stories = story.NewClusterer(story.Options{Window: *window})
	}
	write := func(evs []event.Event) error {
		for i := range evs {
			if err := w.Write(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	}
	failed, err := codeInputs(e, &o, fs.Args(), func(r pipeline.Result) error {
		articles++
		sentences += r.Sentences
		mentions += len(r.Events)
		bytes += len(r.Article.Text)
		if stories != nil {
			stories.Add(r.Article, r.Events)
			return nil
		}
		return write(r.Events)
	})
	records := mentions
	if stories != nil && err == nil {
		evs := stories.Events()
		records = len(evs)
		err = write(evs)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if *stats {
		secs := time.Since(start).Seconds()
		fmt.Fprintf(e.Stderr, "annalist: stats: articles=%d sentences=%d mentions=%d events=%d bytes=%d skipped=%d seconds=%.3f sentences_per_sec=%.0f\n",
			articles, sentences, mentions, records, bytes, failed, secs, float64(sentences)/secs)
	}
	return exitStatus(e, failed, err)
}
