package store

import (
	"slices"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/story"
)

// merge folds a new report of an already stored event into it and returns
// the evidence that was new. Consolidation's rules decide: the same
// sentence reported twice adds nothing, each new sentence is one more
// mention and a new article one more article, sources are united, and the
// most specific code and the most precise date and place win (the record's
// consolidation field says why).
func merge(into, from *event.Event) []event.Evidence {
	before := len(into.Evidence)
	story.Fold(into, from)
	if len(into.Evidence) == before {
		return nil
	}
	return into.Evidence[before:]
}

// addSources adds to e's sources those named and those of the evidence,
// each once, and keeps NumSources no less than the sources listed.
func addSources(e *event.Event, sources []string, evidence []event.Evidence) {
	for _, ev := range evidence {
		sources = append(sources[:len(sources):len(sources)], ev.Source)
	}
	for _, src := range sources {
		if src != "" && !slices.Contains(e.Sources, src) {
			e.Sources = append(e.Sources, src)
		}
	}
	e.NumSources = max(e.NumSources, len(e.Sources))
}
