package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// peopleHome returns the country the people of an article the
// dictionaries do not know are taken to belong to: that of its lede's
// actors (else the whole article's) as homeCountry finds it, counting
// only the countries the text places itself in, a country named as where
// something happens or as an actor ("in Washington", "Britain said",
// "British officials"). A country named as the other side of something
// ("an arms sale to Iran", "talks with Japan", "a trip to the U.S.")
// says the story concerns it, not that its people are the story's:
// "Martin Ardbo", in a story of "arms shipments to Iran" by a Swedish
// firm, is no Iranian. Without such a country it is the article's home.
func peopleHome(sentences []nlp.Sentence, mentions [][]actor.Mention, home string) string {
	own := make([][]actor.Mention, len(mentions))
	for si, ms := range mentions {
		for _, m := range ms {
			if !concerned(sentences[si].Tokens, m) {
				own[si] = append(own[si], m)
			}
		}
	}
	if c := homeCountry(own); c != "" {
		return c
	}
	return home
}

// concerned reports whether country mention m is named as the other side
// of something (peopleHome).
func concerned(toks []nlp.Token, m actor.Mention) bool {
	if m.Kind != actor.Country && m.Kind != actor.Capital {
		return false
	}
	before := m.Start - 1
	if before > 0 && strings.EqualFold(toks[before].Form, "the") {
		before--
	}
	return before >= 0 && otherSidePreps[strings.ToLower(toks[before].Form)]
}

// otherSidePreps put the country after them on the other side of an act
// or a thing.
var otherSidePreps = map[string]bool{"to": true, "from": true, "with": true, "against": true, "into": true,
	"toward": true, "towards": true, "on": true, "for": true, "between": true, "by": true}
