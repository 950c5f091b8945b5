package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
)

// homeCountry returns the country an article is about: the one its
// lede's actors belong to most often, as news names its country there (a
// burglary in England stays English when an artwork named "America", its
// price in US dollars and a tweet by Donald Trump come up further down);
// without a country in the lede, the one of the whole article's actors.
// The first named wins a tie; "" when no actor has a country.
func homeCountry(mentions [][]actor.Mention) string {
	if c := mostNamed(mentions[:min(len(mentions), ledeSentences)]); c != "" {
		return c
	}
	return mostNamed(mentions)
}

// mostNamed returns the country the mentions belong to most often, the
// first named on a tie.
func mostNamed(mentions [][]actor.Mention) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, ms := range mentions {
		for _, m := range ms {
			if m.Country == "" {
				continue
			}
			count[m.Country]++
			if n := count[m.Country]; n > bestN {
				best, bestN = m.Country, n
			}
		}
	}
	return best
}

// ledeSentences are the dateline and the lede.
const ledeSentences = 4

// placeAgent gives the article's home country to a role word named
// without one ("police", "the court", "protesters", "Governor Jane Doe",
// a party name several countries use such as "Labour"):
// in a report about
// Hong Kong, "police" are Hong Kong's police. It is applied to the actors
// of coded events only, so that coding itself sees the words as written.
func placeAgent(m actor.Mention, home string) actor.Mention {
	if home != "" && m.Country == "" && (m.Kind == actor.Agent || m.Kind == actor.Person || m.Kind == actor.Group) && strings.HasPrefix(m.Code, "---") {
		m.Country = home
		m.Code = home + m.Code[3:]
	}
	return m
}
