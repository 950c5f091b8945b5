package store

import (
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
