package place

import (
	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/dateline"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// Stage places the events of an article with the built-in gazetteer, as
// a pipeline stage after coding. Each event falls back on the dateline of
// the report it comes from (a page may reprint several datelined
// reports); its city is qualified by the dateline's region when the
// gazetteer knows it ("Paris, Texas").
func Stage(a *article.Article, doc *nlp.Doc, evs []event.Event) {
	StageWith(a, doc, evs, nil)
}

// StageWith is Stage with the actors of each sentence of doc given, as
// the dictionary that coded the events finds them, so that names the
// coder took for actors are not taken for places and a pipeline finds
// the actors once for all its stages; nil finds them with the built-in
// dictionary.
func StageWith(a *article.Article, doc *nlp.Doc, evs []event.Event, actors [][]actor.Mention) {
	if len(evs) == 0 || doc == nil {
		return
	}
	reports := dateline.Reports(a.Text, a.Published)
	Default().annotate(a, doc, evs, actors, func(i int) string {
		if len(reports) > 1 && len(evs[i].Evidence) > 0 {
			at := evs[i].Evidence[0].Start
			for _, r := range reports {
				if r.Start <= at && at < r.End {
					return cityOf(r)
				}
			}
		}
		if len(reports) == 0 {
			return ""
		}
		return cityOf(reports[0])
	})
}

// cityOf is a report's dateline city as "City" or "City, Region", or "".
func cityOf(r dateline.Report) string {
	if !r.HasDateline || r.Dateline.City == "" {
		return ""
	}
	d := r.Dateline
	if d.Region != "" {
		return d.City + ", " + d.Region
	}
	return d.City
}
