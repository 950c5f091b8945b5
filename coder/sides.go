package coder

import (
	"slices"

	"github.com/annalist/annalist/actor"
)

// News of a dispute names its two parties ("Greek and Turkish warships
// headed for a clash") and then what a third does to "both sides" ("We
// have urged both sides to exercise restraint", "we are consulting with
// the parties"). The two sides are the two countries, other than the
// actor's own, that the sentence names before the phrase, else that the
// sentence before names.

// sideWords name the parties to a dispute when "both", "two" or "the"
// makes them two known ones.
var sideWords = map[string]bool{"sides": true, "parties": true, "countries": true, "nations": true, "neighbours": true, "neighbors": true}

// bothSides returns mentions standing for the two countries "both sides"
// means when it is the object or a prepositional argument of the verb at
// i; nil when the verb has no such argument or the text does not name
// exactly two countries other than those of the sources. The mentions
// are added to the sentence at the phrase.
func (s *sentence) bothSides(i int, sources []int) []int {
	o := -1
	for j := range s.toks {
		if s.head[j] != i || !sideWords[s.lower[j]] || s.actorAt[j] >= 0 {
			continue
		}
		if rel := relBase(s.toks[j].Rel); rel != "obj" && rel != "obl" {
			continue
		}
		if s.hasChildWord(j, "det", bothWords) || s.hasChildWord(j, "nummod", twoWords) || s.lower[j] == "parties" && s.hasChildWord(j, "det", theWord) {
			o = j
			break
		}
	}
	if o < 0 {
		return nil
	}
	own := map[string]bool{}
	for _, k := range sources {
		own[s.ms[k].Country] = true
	}
	here := s.ms[:0:0]
	for _, m := range s.ms {
		if m.End <= o {
			here = append(here, m)
		}
	}
	sides := twoCountries(here, own)
	if len(sides) != 2 && s.index > 0 && s.index <= len(s.article) {
		sides = twoCountries(s.article[s.index-1], own) // the sentence before's
	}
	if len(sides) != 2 {
		return nil
	}
	var out []int
	for _, m := range sides {
		// The side is the country, whichever of its arms named it.
		c := m.Country
		out = append(out, s.addMention(actor.Mention{Code: c, Name: m.Name, Country: c, Kind: actor.Country}, o, o+1))
	}
	return out
}

// twoCountries returns the first mention of each country ms name, in
// order, other than those in own; nil if there are more than two.
func twoCountries(ms []actor.Mention, own map[string]bool) []actor.Mention {
	var out []actor.Mention
	for _, m := range ms {
		if m.Country == "" || own[m.Country] || slices.ContainsFunc(out, func(o actor.Mention) bool { return o.Country == m.Country }) {
			continue
		}
		if len(out) == 2 {
			return nil
		}
		out = append(out, m)
	}
	return out
}

var (
	bothWords = map[string]bool{"both": true}
	twoWords  = map[string]bool{"two": true}
	theWord   = map[string]bool{"the": true}
)
