package place

import (
	"strings"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// Annotate sets each event's Place: the place its sentence names ("in
// Sharm el-Sheikh", "at a summit in Bali", "the Geneva talks"), else the
// dateline's city when datelineCity is not "", else nil — never the
// country of an actor, which says who acted, not where. A name with
// several meanings takes the one the article's other names and actors
// point to, else the largest. doc must be the analysis of a.Text and evs
// the events coded from it; it runs after coding and changes evs in place.
func (g *Gazetteer) Annotate(a *article.Article, doc *nlp.Doc, evs []event.Event, datelineCity string) {
	if len(evs) == 0 || doc == nil {
		return
	}
	actors := make([][]actor.Mention, len(doc.Sentences))
	dict := actor.Default()
	for si, s := range doc.Sentences {
		actors[si] = dict.Find(s.Tokens, a.Published)
	}
	c := g.newContext(doc, actors)
	fallback := g.dateline(datelineCity, c)
	found := map[int][]mention{}
	for i := range evs {
		ev := &evs[i]
		ev.Place = nil
		if fallback != nil {
			ev.Place = toEvent(*fallback)
		}
		if len(ev.Evidence) == 0 {
			continue
		}
		si := ev.Evidence[0].Sentence
		if si < 0 || si >= len(doc.Sentences) {
			continue
		}
		ms, ok := found[si]
		if !ok {
			ms = g.places(doc.Text, doc.Sentences[si].Tokens, actors[si])
			for j := range ms {
				ms[j].place = g.resolve(ms[j].e, ms[j].qual, c)
			}
			found[si] = ms
		}
		verb := ev.Evidence[0].Start
		if v := ev.Evidence[0].Verb; v != nil {
			verb = v.Start
		}
		if m, ok := nearest(doc.Sentences[si].Tokens, ms, verb); ok {
			ev.Place = toEvent(m.place)
		}
	}
}

// dateline resolves a dateline's city, "City" or "City, Region" (the
// region, when the gazetteer knows it, qualifies the city as "Paris,
// Texas" does in a sentence).
func (g *Gazetteer) dateline(city string, c *context) *Place {
	name, region, _ := strings.Cut(city, ",")
	e := g.lookup(name)
	if e == nil {
		return nil
	}
	qual := g.lookup(strings.TrimSpace(region))
	if qual != nil && !qualifies(qual, e) {
		qual = nil
	}
	p := g.resolve(e, qual, c)
	return &p
}

// nearest picks the place of an event among its sentence's mentions: a
// strong trigger before a weak one, a city or region before a country
// ("in Aleppo in northern Syria"), then the one closest to the verb.
func nearest(toks []nlp.Token, ms []mention, verb int) (mention, bool) {
	best, bestKey := -1, [3]int{}
	for i, m := range ms {
		d := toks[m.start].Start - verb
		if d < 0 {
			d = -d
		}
		fine := 0
		if m.place.Precision != Country {
			fine = 1
		}
		key := [3]int{int(m.why), fine, -d}
		if best < 0 || less(bestKey, key) {
			best, bestKey = i, key
		}
	}
	if best < 0 {
		return mention{}, false
	}
	return ms[best], true
}

func less(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

func toEvent(p Place) *event.Place {
	return &event.Place{Name: p.Name, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID, Precision: p.Precision}
}
