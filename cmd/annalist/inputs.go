package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/petrarch"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/pipeline/news"
)

// inputOptions are the flags shared by the commands that read articles.
type inputOptions struct {
	date    string
	source  string
	workers int
	dicts   dictFlags
}

func (o *inputOptions) register(fs *flag.FlagSet) {
	fs.StringVar(&o.date, "date", "", "publication date `YYYY-MM-DD` for articles that carry none")
	fs.StringVar(&o.source, "source", "", "source `NAME` for articles that carry none")
	fs.IntVar(&o.workers, "workers", 0, "coding goroutines (0 = one per core)")
	o.dicts.register(fs)
}

func (o *inputOptions) articleOptions(stderr io.Writer) (article.Options, error) {
	opt := article.Options{Source: o.source, Warn: func(m string) { fmt.Fprintln(stderr, "annalist: warning:", m) }}
	if o.date != "" {
		t, err := time.Parse("2006-01-02", o.date)
		if err != nil {
			return opt, fmt.Errorf("--date %q: want YYYY-MM-DD", o.date)
		}
		opt.Date = t
	}
	return opt, nil
}

// pipelineConfig is how every command codes an article with c: the news
// pipeline (see pipeline/news) parsing with the embedded NLP model and
// dropping what discards discards (nil: nothing).
func pipelineConfig(workers int, c *coder.Coder, discards *petrarch.Discards) (pipeline.Config, error) {
	p, err := nlp.LoadDefault()
	if err != nil {
		return pipeline.Config{}, err
	}
	return news.Config(workers, p, c, discards), nil
}

// codeInputs reads, analyses and codes the inputs, calling out with each
// result in input order. Unreadable or failing items are reported on
// stderr and counted in failed; they never stop the run.
func codeInputs(e *env, o *inputOptions, inputs []string, out func(pipeline.Result) error) (failed int, err error) {
	return runInputs(e, o, inputs, func() (pipeline.Config, error) { return o.codingConfig(e) }, out)
}

// codingConfig loads the dictionaries the flags name (reporting the lines
// they could not read), the model and the gazetteer, and returns the
// pipeline that codes with them.
func (o *inputOptions) codingConfig(e *env) (pipeline.Config, error) {
	c, err := loadAll(&o.dicts)
	if err != nil {
		return pipeline.Config{}, err
	}
	for _, w := range o.dicts.warnings {
		fmt.Fprintln(e.Stderr, "annalist: warning:", w)
	}
	return pipelineConfig(o.workers, c, o.dicts.discards())
}

// runInputs reads the inputs and runs them through the pipeline that
// config builds (after the inputs are checked), calling out with each
// result in input order. Unreadable or failing items are reported on
// stderr and counted in failed; they never stop the run.
func runInputs(e *env, o *inputOptions, inputs []string, config func() (pipeline.Config, error), out func(pipeline.Result) error) (failed int, err error) {
	opt, err := o.articleOptions(e.Stderr)
	if err != nil {
		return 0, err
	}
	if len(inputs) == 0 {
		return 0, errors.New("no input: give files, directories or - for standard input")
	}
	cfg, err := config()
	if err != nil {
		return 0, err
	}
	ctx, stop := signalContext()
	defer stop()
	err = pipeline.Run(ctx, article.Read(inputs, e.Stdin, opt), cfg, func(r pipeline.Result) error {
		if r.Err != nil {
			failed++
			fmt.Fprintln(e.Stderr, "annalist:", r.Err)
			return nil
		}
		return out(r)
	})
	if errors.Is(err, context.Canceled) {
		err = errors.New("interrupted")
	}
	return failed, err
}

// exitStatus maps a run's outcome to the exit status: 1 if anything
// failed or was skipped, else 0.
func exitStatus(e *env, failed int, err error) int {
	if err != nil {
		fmt.Fprintln(e.Stderr, "annalist:", err)
		return 1
	}
	if failed > 0 {
		fmt.Fprintf(e.Stderr, "annalist: %d item(s) skipped\n", failed)
		return 1
	}
	return 0
}

// isTerminal reports whether w is a terminal (progress is drawn only there).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
