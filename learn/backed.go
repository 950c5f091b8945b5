package learn

import (
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// Coder codes the events of one analysed article, as coder.Coder and
// pipeline.Coder do.
type Coder interface {
	Code(a *article.Article, doc *nlp.Doc) []event.Event
}

// WithBackoff returns a Coder that codes with rules, then adds the events
// m proposes in the sentences where the rules coded nothing.
func WithBackoff(rules Coder, m *Model) Coder { return backed{rules, m} }

type backed struct {
	rules Coder
	m     *Model
}

func (b backed) Code(a *article.Article, doc *nlp.Doc) []event.Event {
	evs := b.rules.Code(a, doc)
	return append(evs, b.m.Backoff(a, doc, evs)...)
}
