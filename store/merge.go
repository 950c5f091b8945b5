package store

import (
	"slices"

	"github.com/annalist/annalist/event"
)

// merge folds a new report of an already stored event into it and returns
// the evidence that was new. The same sentence reported twice adds nothing;
// each new sentence is one more mention, a new article one more article,
// and the sources are the union of both records' sources and of the new
// evidence's (NumSources follows it). The first report's coding (actors,
// code, place) stands; the earliest report date wins. This is the seed of
// story consolidation, which will decide more than identity by ID.
func merge(into, from *event.Event) []event.Evidence {
	type mention struct {
		article         string
		sentence, start int
	}
	seen := map[mention]bool{}
	articles := map[string]bool{}
	for _, ev := range into.Evidence {
		seen[mention{ev.Article, ev.Sentence, ev.Start}] = true
		articles[ev.Article] = true
	}
	var added []event.Evidence
	newArticles := 0
	for _, ev := range from.Evidence {
		m := mention{ev.Article, ev.Sentence, ev.Start}
		if seen[m] {
			continue
		}
		seen[m] = true
		added = append(added, ev)
		if !articles[ev.Article] {
			articles[ev.Article] = true
			newArticles++
		}
	}
	switch {
	case len(from.Evidence) == 0: // a bare record: its counts are all we know
		into.NumMentions += from.NumMentions
		into.NumArticles += from.NumArticles
	case len(added) == 0:
		return nil // a report we already hold
	default: // each new sentence is a mention
		into.Evidence = append(into.Evidence, added...)
		into.NumMentions += len(added)
		into.NumArticles += newArticles
	}
	addSources(into, from.Sources, added)
	if from.Reported != "" && (into.Reported == "" || from.Reported < into.Reported) {
		into.Reported = from.Reported
	}
	return added
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
