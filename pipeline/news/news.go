// Package news assembles the pipeline every annalist command codes news
// with: the source named from the dateline, the NLP model parsing only the
// sentences the coder may code, the coder, then dates per report, places
// and quotations. The CLI, the server and the load generator share it, so
// that what is measured is what runs.
package news

import (
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
	return pipeline.Config{
		Workers: workers,
		Prepare: func(a *article.Article) { a.Source = dateline.Source(a) },
		Analyze: pipeline.Selective(p, c.MayCode),
		Coder:   c,
		Stages:  []pipeline.Stage{dateline.Annotate, PlacesAndQuotes(c.Actors())},
	}
}

// PlacesAndQuotes is the stage that places events and marks those reported
// in quotations, with the actors of each sentence found once, by the
// dictionary that coded the events (not the built-in one when the
// dictionaries were replaced).
func PlacesAndQuotes(dict *actor.Dict) pipeline.Stage {
	return func(a *article.Article, doc *nlp.Doc, evs []event.Event) {
		if len(evs) == 0 {
			return // nothing to place or mark
		}
		actors := dict.FindEach(doc, a.Published)
		place.StageWith(a, doc, evs, actors)
		quote.StageWith(a, doc, evs, actors)
	}
}
