package main

import (
	"flag"
	"fmt"
	"time"

	"github.com/annalist/annalist/export"
	"github.com/annalist/annalist/pipeline"
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
	fs.Usage = func() {
		fs.Output().Write([]byte("Usage: annalist code [flags] INPUT...\n\nCodes articles (files, directories, - for stdin) and writes one event per line to stdout.\n\n"))
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
	var articles, sentences, events, bytes int
	failed, err := codeInputs(e, &o, fs.Args(), func(r pipeline.Result) error {
		articles++
		sentences += r.Sentences
		events += len(r.Events)
		bytes += len(r.Article.Text)
		for i := range r.Events {
			if err := w.Write(&r.Events[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if *stats {
		secs := time.Since(start).Seconds()
		fmt.Fprintf(e.Stderr, "annalist: stats: articles=%d sentences=%d events=%d bytes=%d skipped=%d seconds=%.3f sentences_per_sec=%.0f\n",
			articles, sentences, events, bytes, failed, secs, float64(sentences)/secs)
	}
	return exitStatus(e, failed, err)
}
