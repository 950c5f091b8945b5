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
	"github.com/annalist/annalist/petrarch"
	"github.com/annalist/annalist/pipeline"
	"github.com/annalist/annalist/place"
	"github.com/annalist/annalist/quote"
)

// Config returns the pipeline that codes with c on workers goroutines (0:
// one per core), parsing with p, and drops the events discards discards
// (PETRARCH discard lists; nil for none) before refining the rest.
func Config(workers int, p *nlp.Pipeline, c *coder.Coder, discards *petrarch.Discards) pipeline.Config {
	return pipeline.Config{
		Workers: workers,
		Prepare: func(a *article.Article) { a.Source = dateline.Source(a) },
		Analyze: pipeline.Selective(p, c.MayCode),
		Coder:   newsCoder{c, discards},
	}
}

// Refine is the work done on an article's events after coding (dates per
// report, places, quotations) as a stage of its own, finding the
// article's actors anew; Config does it within coding, with the actors
// the coder found. For measuring that work apart.
func Refine(c *coder.Coder) pipeline.Stage {
	return func(a *article.Article, doc *nlp.Doc, evs []event.Event) {
		refine(a, doc, evs, func() [][]actor.Mention { return c.Actors().FindEach(doc, a.Published) })
	}
}

// newsCoder codes an article and refines its events with the actors it
// found, so that they are found once (finding them is a fifth of the
// coder's time), and by the dictionary that coded the events, not the
// built-in one when the dictionaries were replaced.
type newsCoder struct {
	c        *coder.Coder
	discards *petrarch.Discards
}

func (n newsCoder) Code(a *article.Article, doc *nlp.Doc) []event.Event {
	actors := n.c.Actors().FindEach(doc, a.Published)
	evs := n.discards.Drop(doc, n.c.CodeFound(a, doc, actors))
	refine(a, doc, evs, func() [][]actor.Mention { return actors })
	return evs
}

// refine dates the events by the report that carries them, then places
// them and marks those reported in quotations, with the actors actors
// gives (asked for only when there are events).
func refine(a *article.Article, doc *nlp.Doc, evs []event.Event, actors func() [][]actor.Mention) {
	dateline.Annotate(a, doc, evs)
	if len(evs) == 0 {
		return
	}
	found := actors()
	place.StageWith(a, doc, evs, found)
	quote.StageWith(a, doc, evs, found)
}
