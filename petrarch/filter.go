package petrarch

import (
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// EventCoder is what Filter wraps: coder.Coder and pipeline.Coder have
// this method.
type EventCoder interface {
	Code(a *article.Article, doc *nlp.Doc) []event.Event
}

// Filter applies a discard list to a coder: an event whose sentence holds
// a discard phrase is dropped, and a story discard ("+" phrase) anywhere
// in the article drops all its events. It is safe for concurrent use when
// the coder is.
type Filter struct {
	Coder    EventCoder
	Discards *Discards
}

// Code codes the article and drops the discarded events.
func (f *Filter) Code(a *article.Article, doc *nlp.Doc) []event.Event {
	return f.Discards.Drop(doc, f.Coder.Code(a, doc))
}

// Drop returns the events of doc that d does not discard (in evs's
// storage): none if a story discard is anywhere in doc, else those with a
// piece of evidence outside the sentences holding a discard phrase. A nil
// or empty d drops nothing.
func (d *Discards) Drop(doc *nlp.Doc, evs []event.Event) []event.Event {
	if len(evs) == 0 || d == nil || len(d.Entries) == 0 {
		return evs
	}
	drop := make([]bool, len(doc.Sentences))
	for i, s := range doc.Sentences {
		if m, ok := d.Match(s.Tokens); ok {
			if m.Story {
				return nil
			}
			drop[i] = true
		}
	}
	kept := evs[:0]
	for _, e := range evs {
		if !discarded(e, drop) {
			kept = append(kept, e)
		}
	}
	return kept
}

// discarded reports whether every piece of an event's evidence lies in a
// dropped sentence.
func discarded(e event.Event, drop []bool) bool {
	for _, ev := range e.Evidence {
		if ev.Sentence < 0 || ev.Sentence >= len(drop) || !drop[ev.Sentence] {
			return false
		}
	}
	return len(e.Evidence) > 0
}
