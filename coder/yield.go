package coder

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
)

// Demands acceded to (0832) are aimed at whoever made them. News names the
// makers with the demands ("accepted the unions' demands", "bowed to the
// demands of the farmers") or in the sentences before ("Polish unions
// warned of strikes ... The government partially accepted demands for the
// protection of the low-paid"): the second is found here.

// demandingRoles are the groups that make demands of a government and
// have them met: workers, the opposition, farmers, students and teachers,
// protesters' civil society, rebels.
var demandingRoles = []string{"LAB", "OPP", "AGR", "EDU", "CVL", "REB"}

// maxDemandWords is how far after the verb its demands may be named
// ("agreed to some of the demands").
const maxDemandWords = 6

// demandMaker returns, for demands, or the pressure of them, acceded to
// (0832: "bowed to pressure") whose makers the clause does not name, a
// mention at the noun standing for the group of the sources' country, of demandingRoles, that the article
// names nearest before the verb: earlier in the sentence, then in the
// sentences before (demands are met after they are made). -1 when the
// act is no accession to demands, the demands are named with no noun
// after the verb, or the article names no such group.
func (s *sentence) demandMaker(i int, code string, sources []int) int {
	if code != "0832" || len(sources) == 0 || s.index < 0 || s.index >= len(s.article) {
		return -1
	}
	o := -1
	for j := i + 1; j < len(s.toks) && j <= i+maxDemandWords; j++ {
		if w := s.lower[j]; w == "demand" || w == "demands" || w == "pressure" {
			o = j
			break
		}
	}
	if o < 0 || s.actorAt[o] >= 0 {
		return -1
	}
	// A government named without a country ("the government") is the
	// article's, whose country is settled later: the group is then of
	// any country.
	country := s.ms[sources[0]].Country
	for si := s.index; si >= 0; si-- {
		ms := s.article[si]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if si == s.index && m.Start >= i {
				continue // named after the verb, or the verb's own object
			}
			if demanding(m, country) && !slices.ContainsFunc(sources, func(x int) bool { return s.ms[x].Code == m.Code }) {
				if m.Country == "" && country != "" && strings.HasPrefix(m.Code, "---") {
					// "farmers", named with no country, are the
					// article's, as the government's is.
					m.Country, m.Code = country, country+m.Code[3:]
				}
				return s.addMention(m, o, o+1)
			}
		}
	}
	return -1
}

// demanding reports whether m is a group of country (any, if "") or of
// no country named that makes demands of a government, and no part of
// one.
func demanding(m actor.Mention, country string) bool {
	if country != "" && m.Country != country && m.Country != "" || slices.Contains(m.Roles, "GOV") {
		return false
	}
	return anyRole(m.Roles, demandingRoles)
}
