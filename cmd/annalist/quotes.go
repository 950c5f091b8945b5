package main

import (
	"bufio"
	"encoding/json"
	"flag"

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
	w := bufio.NewWriter(e.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	analyze := func() (pipeline.Config, error) {
		p, err := nlp.LoadDefault()
		return pipeline.Config{Workers: o.workers, Analyze: func(a *article.Article) *nlp.Doc { return p.Parse(a.Text) }, Coder: noEvents{}}, err
	}
	failed, err := runInputs(e, &o, fs.Args(), analyze, func(r pipeline.Result) error {
		for _, q := range quote.Find(r.Article, r.Doc) {
			if err := enc.Encode(q); err != nil {
				return err
			}
		}
		return nil
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return exitStatus(e, failed, err)
}

// noEvents is a coder that codes nothing: quotes needs the analysis only.
type noEvents struct{}

func (noEvents) Code(*article.Article, *nlp.Doc) []event.Event { return nil }
