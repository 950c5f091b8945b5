package place

import (
	"math"

	"github.com/annalist/annalist/actor"
)

// context is what an article says about where it is: the countries and
// first-level divisions its actors and names point to.
type context struct {
	countries map[string]bool
	admin1    map[string]bool
	// surnames are the place names the article has used as a person's
	// surname ("Thomas Foley"): alone later ("an aide to Foley") they
	// name the person, not the town.
	surnames map[string]bool
}

func newContext() *context {
	return &context{countries: map[string]bool{}, admin1: map[string]bool{}, surnames: map[string]bool{}}
}

// addActors adds the countries of a sentence's actors. A capital as
// actor ("London said") is also a place name, which the gazetteer weighs
// itself.
func (c *context) addActors(actors []actor.Mention) {
	for _, a := range actors {
		if a.Country != "" && a.Kind != actor.Capital {
			c.countries[a.Country] = true
		}
	}
}

// addCoarse adds what a name of a country or division says without
// doubt: its only country or division ("Texas", "Ontario", "Syria").
func (c *context) addCoarse(e *entry) {
	coarse, n := Place{}, 0
	for _, p := range e.places {
		if p.Precision != City {
			coarse, n = p, n+1
		}
	}
	if n == 1 {
		c.add(coarse)
	}
}

// addEntry adds what a place's name says without doubt: its only
// country or division, or, for a city's name, its only meaning or one a
// hundred times larger than the others.
func (c *context) addEntry(e *entry) {
	c.addCoarse(e)
	if len(e.places) == 1 || e.places[0].Precision == City && e.places[0].Population > 100*e.places[1].Population {
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
		if within(p, a) {
			return true
		}
	}
	return false
}
