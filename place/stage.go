package place

import (
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
	g := Default()
	reports := dateline.Reports(a.Text, a.Published)
	if len(reports) <= 1 {
		g.Annotate(a, doc, evs, cityOf(reports))
		return
	}
	// Annotate each report's events with that report's dateline.
	for _, r := range reports {
		var mine []int
		for i := range evs {
			if len(evs[i].Evidence) > 0 && r.Start <= evs[i].Evidence[0].Start && evs[i].Evidence[0].Start < r.End {
				mine = append(mine, i)
			}
		}
		if len(mine) == 0 {
			continue
		}
		sub := make([]event.Event, len(mine))
		for k, i := range mine {
			sub[k] = evs[i]
		}
		g.Annotate(a, doc, sub, cityOf([]dateline.Report{r}))
		for k, i := range mine {
			evs[i].Place = sub[k].Place
		}
	}
}

func cityOf(reports []dateline.Report) string {
	if len(reports) == 0 || !reports[0].HasDateline || reports[0].Dateline.City == "" {
		return ""
	}
	d := reports[0].Dateline
	if d.Region != "" {
		return d.City + ", " + d.Region
	}
	return d.City
}
