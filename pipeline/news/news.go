// Package news assembles the pipeline every annalist command codes news
// with: the source named from the dateline, the NLP model parsing only the
// sentences the coder may code, the coder, then dates per report, places
// and quotations. The CLI, the server and the load generator share it, so
// that what is measured is what runs.
package news

import (
	"sync"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/dateline"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/place"
	"github.com/annalist/annalist/quote"
)

// Config returns the pipeline that codes with c on workers goroutines (0:
// one per core), parsing with p.
func Config(workers int, p *nlp.Pipeline, c *coder.Coder) pipeline.Config {
	o := &actorsOnce{c: c}
	return pipeline.Config{
		Workers: workers,
		Prepare: func(a *article.Article) { a.Source = dateline.Source(a) },
		Analyze: pipeline.Selective(p, c.MayCode),
		Coder:   o,
		Stages:  []pipeline.Stage{dateline.Annotate, o.placesAndQuotes},
	}
}

// actorsOnce codes with c and hands the actors it found in each article
// to the stage that places events and marks quotations, so that the
// actors of an article are found once (finding them is a fifth of the
// coder's time).
type actorsOnce struct {
	c     *coder.Coder
	found sync.Map // *nlp.Doc → [][]actor.Mention, from Code to placesAndQuotes
}

// Code codes the article with the actors it finds, and keeps them for the
// stage when there are events to place.
func (o *actorsOnce) Code(a *article.Article, doc *nlp.Doc) []event.Event {
	actors := o.c.Actors().FindEach(doc, a.Published)
	evs := o.c.CodeFound(a, doc, actors)
	if len(evs) > 0 {
		o.found.Store(doc, actors)
	}
	return evs
}

// placesAndQuotes is the stage that places events and marks those
// reported in quotations, with the actors Code found (found anew only if
// they are missing), so by the dictionary that coded the events, not the
// built-in one when the dictionaries were replaced.
func (o *actorsOnce) placesAndQuotes(a *article.Article, doc *nlp.Doc, evs []event.Event) {
	v, ok := o.found.LoadAndDelete(doc)
	if len(evs) == 0 {
		return
	}
	actors, _ := v.([][]actor.Mention)
	if !ok {
		actors = o.c.Actors().FindEach(doc, a.Published)
	}
	place.StageWith(a, doc, evs, actors)
	quote.StageWith(a, doc, evs, actors)
}
