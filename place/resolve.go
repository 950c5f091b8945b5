package place

import (
	"math"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// context is what an article says about where it is: the countries and
// first-level divisions its actors and names point to.
type context struct {
	countries map[string]bool
	admin1    map[string]bool
}

// newContext gathers an article's countries (from its actors and from
// country names, divisions and unambiguous places anywhere in it) and its
// divisions.
func (g *Gazetteer) newContext(doc *nlp.Doc, actors [][]actor.Mention) *context {
	c := &context{countries: map[string]bool{}, admin1: map[string]bool{}}
	for si := range doc.Sentences {
		for _, a := range actors[si] {
			// A capital as actor ("London said") is also a place name,
			// which the gazetteer weighs itself.
			if a.Country != "" && a.Kind != actor.Capital {
				c.countries[a.Country] = true
			}
		}
		for _, m := range g.spans(doc.Text, doc.Sentences[si].Tokens) {
			c.addEntry(m.e)
		}
	}
	return c
}

// addEntry adds what a name says without doubt: a name with only one
// country or division among its meanings ("Texas", "Ontario", "Syria"),
// or one place a hundred times larger than the others.
func (c *context) addEntry(e *entry) {
	var coarse []Place
	for _, p := range e.places {
		if p.Precision != City {
			coarse = append(coarse, p)
		}
	}
	switch {
	case len(coarse) == 1:
		c.add(coarse[0])
	case len(coarse) == 0 && (len(e.places) == 1 || e.places[0].Population > 100*e.places[1].Population):
		c.add(e.places[0])
	}
}

func (c *context) add(p Place) {
	c.countries[p.Country] = true
	if p.Admin1 != "" {
		c.admin1[p.Admin1] = true
	}
}

// Weights of the evidence for one meaning of a name, in powers of ten of
// population: a capital counts as 5.6 times its size, an alternate name
// as a third, and so on. They were set so that, with no other evidence,
// Paris is in France even in an American story, while a story about the
// Philippines finds its own Santiago.
const (
	capitalBonus   = 0.75
	countryBonus   = 1.0 // "Georgia" alone is the country
	regionPenalty  = 0.5 // "New York" alone is the city
	altPenalty     = 0.5
	contextCountry = 2.5
	contextAdmin1  = 2.5
	qualifierBonus = 5.0
)

// resolve picks the meaning of a name in its article.
func (g *Gazetteer) resolve(e *entry, qual *entry, c *context) Place {
	best, bestScore := 0, math.Inf(-1)
	for i, p := range e.places {
		s := math.Log10(float64(p.Population) + 10)
		switch {
		case p.Precision == Country:
			s += countryBonus
		case p.Precision == Region:
			s -= regionPenalty
		case g.capital[p.GeonameID]:
			s += capitalBonus
		}
		if e.alt[i] {
			s -= altPenalty
		}
		if qual != nil && qualifiedBy(p, qual) {
			s += qualifierBonus
		}
		if c != nil {
			if c.countries[p.Country] {
				s += contextCountry
			}
			if p.Admin1 != "" && c.admin1[p.Admin1] {
				s += contextAdmin1
			}
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	return e.places[best]
}

func qualifiedBy(p Place, q *entry) bool {
	for _, a := range q.places {
		if a == p || p.Precision != City {
			continue // "New York, New York" is the city, not the state qualified by itself
		}
		if a.Precision == Region && a.Admin1 == p.Admin1 || a.Precision == Country && a.Country == p.Country {
			return true
		}
	}
	return false
}
