package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/quote"
)

func init() {
	register("quotes", "print the quotations in articles with their speakers and channels (JSON Lines)", runQuotes)
}

func runQuotes(e *env) int {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	var o inputOptions
	o.register(fs)
	fs.Usage = func() {
		fs.Output().Write([]byte("Usage: annalist quotes [flags] INPUT...\n\nFinds direct and indirect quotations in articles (files, directories, - for stdin) and writes one\nquotation a line: {\"speaker\":{code,name,text},\"via\":{code,text},\"quote\",\"date\",\"article\",\"start\",\"end\"}.\n\n"))
		fs.PrintDefaults()
	}
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	opt, err := o.articleOptions(e.Stderr)
	if err != nil {
		return exitStatus(e, 0, err)
	}
	if fs.NArg() == 0 {
		return exitStatus(e, 0, errors.New("no input: give files, directories or - for standard input"))
	}
	p, err := nlp.LoadDefault()
	if err != nil {
		return exitStatus(e, 0, err)
	}
	ctx, stop := signalContext()
	defer stop()
	w := bufio.NewWriter(e.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := 0
	cfg := pipeline.Config{Workers: o.workers, Analyze: func(a *article.Article) *nlp.Doc { return p.Parse(a.Text) }, Coder: noEvents{}}
	err = pipeline.Run(ctx, article.Read(fs.Args(), e.Stdin, opt), cfg, func(r pipeline.Result) error {
		if r.Err != nil {
			failed++
			fmt.Fprintln(e.Stderr, "annalist:", r.Err)
			return nil
		}
		for _, q := range quote.Find(r.Article, r.Doc) {
			if err := enc.Encode(q); err != nil {
				return err
			}
		}
		return nil
	})
	if errors.Is(err, context.Canceled) {
		err = errors.New("interrupted")
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return exitStatus(e, failed, err)
}

// noEvents is a coder that codes nothing: quotes needs the analysis only.
type noEvents struct{}

func (noEvents) Code(*article.Article, *nlp.Doc) []event.Event { return nil }
