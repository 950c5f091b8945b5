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
	g.annotate(a, doc, evs, nil, func(int) string { return datelineCity })
}

// builtinActors finds the actors of each sentence of doc with the built-in
// actor dictionary.
func builtinActors(a *article.Article, doc *nlp.Doc) [][]actor.Mention {
	return actor.Default().FindEach(doc, a.Published)
}

// annotate is Annotate with the actors of each sentence given (nil: found
// with the built-in dictionary) and a dateline city for each event (a page
// may reprint several datelined reports); the article is read once
// whatever the number of reports. evs and doc must not be empty.
func (g *Gazetteer) annotate(a *article.Article, doc *nlp.Doc, evs []event.Event, actors [][]actor.Mention, datelineCity func(event int) string) {
	if actors == nil {
		actors = builtinActors(a, doc)
	}
	found := make([][]mention, len(doc.Sentences))
	c := newContext()
	for si, s := range doc.Sentences {
		c.addActors(actors[si])
		found[si] = g.places(doc.Text, s.Tokens, actors[si], c)
	}
	for _, ms := range found {
		for j := range ms {
			ms[j].place = g.resolve(ms[j].e, ms[j].qual, c)
		}
	}
	fallbacks := map[string]*Place{}
	for i := range evs {
		ev := &evs[i]
		city := datelineCity(i)
		fallback, ok := fallbacks[city]
		if !ok {
			fallback = g.dateline(city, c)
			fallbacks[city] = fallback
		}
		ev.Place = nil
		if fallback != nil {
			ev.Place = toEvent(*fallback)
		}
		if len(ev.Evidence) == 0 {
			continue
		}
		evi := &ev.Evidence[0]
		si := evi.Sentence
		if si < 0 || si >= len(doc.Sentences) {
			continue
		}
		verb := evi.Start
		if evi.Verb != nil {
			verb = evi.Verb.Start
		}
		toks := doc.Sentences[si].Tokens
		if m, ok := nearest(toks, found[si], verb, verbIndex(toks, evi.Verb), evi.Actor1, evi.Actor2); ok {
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
// Names inside the words for the event's actors describe the actors
// ("police in Gaza City"), and a country after "to" or "from" is an
// argument of the event ("rejected the proposal from Colombia"), and
// names in a clause subordinate to the verb v (the index of its token,
// -1 if unknown) tell of something else: none says where it happened.
func nearest(toks []nlp.Token, ms []mention, verb, v int, actors ...*event.Span) (mention, bool) {
	best, bestKey := -1, [3]int{}
	for i, m := range ms {
		if m.why == weak && m.place.Precision == Country || inside(toks[m.start].Start, toks[m.end-1].End, actors) ||
			subordinate(toks, m.start, v) {
			continue
		}
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

// inside reports whether the byte range [start, end) lies in one of
// spans and is not all of it: "in Hong Kong it was met with protests"
// has Hong Kong both as actor and as place.
func inside(start, end int, spans []*event.Span) bool {
	for _, sp := range spans {
		if sp != nil && sp.Start <= start && end <= sp.End && end-start < sp.End-sp.Start {
			return true
		}
	}
	return false
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
