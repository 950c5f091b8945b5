package coder

// An act's target may be named in another sentence of the article: the
// legislature whose bill is vetoed, the employer of workers who demand
// or strike.

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
)

// billNouns name what a legislature passes.
var billNouns = map[string]bool{"bill": true, "bills": true, "legislation": true, "measure": true, "budget": true}

// vetoedMaker returns, for a veto (129) of a bill that names no maker
// ("Reagan vetoed an 87.5 billion dlrs highway bill"), a mention standing
// for the legislature of the vetoer's country that the article names,
// in any sentence: a bill vetoed was passed by the legislature, and the
// veto is aimed at it. -1 when the object is no bill or the article
// names no such legislature (one named without a country, "the Senate",
// is taken for the vetoer's). The mention is added to the sentence.
func (s *sentence) vetoedMaker(i int, sources []int) int {
	o := s.billAfter(i)
	if o < 0 || len(sources) == 0 || s.mentionOf(o) >= 0 {
		return -1
	}
	country := s.ms[sources[0]].Country
	if country == "" {
		return -1
	}
	for _, ms := range s.article {
		for _, m := range ms {
			if m.Country == country && legislative(m) {
				return s.addMention(m, o, o+1)
			}
		}
	}
	for _, ms := range s.article {
		for _, m := range ms {
			if m.Country == "" && legislative(m) && strings.HasPrefix(m.Code, "---") {
				// "The House of Representatives voted to override":
				// a chamber named without a country is the vetoer's.
				m.Country, m.Code = country, country+m.Code[3:]
				return s.addMention(m, o, o+1)
			}
		}
	}
	return -1
}

// billAfter returns the verb's object when it is a bill, else the first
// bill noun in the words after the verb before any other verb, however
// the parse read a long name ("vetoed an 87.5 billion dlrs highway and
// mass transit bill"); -1 if none.
func (s *sentence) billAfter(i int) int {
	if o := s.child(i, "obj"); o >= 0 && billNouns[s.lower[o]] {
		return o
	}
	for j := i + 1; j < len(s.toks) && j <= i+maxBillWords; j++ {
		if s.toks[j].UPOS == "VERB" || s.toks[j].UPOS == "AUX" {
			break
		}
		if billNouns[s.lower[j]] {
			return j
		}
	}
	return -1
}

// maxBillWords is how far after a veto its bill may be named.
const maxBillWords = 12

// legislative reports whether m is a legislature or one of its members.
func legislative(m actor.Mention) bool { return slices.Contains(m.Roles, "LEG") }

// employer returns, for a demand (10) by workers or a union that names no
// addressee ("IG Metall is demanding a 35-hour week"), or a strike (143)
// that names no one struck ("IG Metall went on strike"), a mention at what
// is demanded or struck with standing for the employers of the workers'
// country that the article names, the nearest sentence before first, then
// after: workers demand of, and strike against, those they work for;
// else employers it names with no country, taken for the workers'. -1
// when the source is no workers' or the article names no such employer.
func (s *sentence) employer(i int, sources []int) int {
	if len(sources) == 0 || !slices.Contains(s.ms[sources[0]].Roles, "LAB") {
		return -1
	}
	country, o := s.ms[sources[0]].Country, s.child(i, "obj")
	if o < 0 {
		o = s.child(i, "obl") // "went on strike", not "today"
	}
	if o < 0 {
		o = s.child(i, "obl:unmarked")
	}
	return s.employerAt(o, country)
}

// employerAt returns a mention at o, a word that names no actor, of the
// employers of workers of country that the article names, as employer
// finds them; -1 if none.
func (s *sentence) employerAt(o int, country string) int {
	if o < 0 || s.actorAt[o] >= 0 || s.index < 0 || s.index >= len(s.article) {
		return -1
	}
	// Employers of the workers' country first; else employers named with
	// no country ("the banks", "the private bankers"), who are the
	// workers' as the article's role words are its own country's.
	passes := []string{country}
	if country != "" {
		passes = append(passes, "")
	}
	for _, c := range passes {
		for d := 0; d < len(s.article); d++ {
			for _, si := range [2]int{s.index - d, s.index + d} {
				if si < 0 || si >= len(s.article) {
					continue
				}
				if k := firstEmployer(s.article[si], c); k >= 0 {
					m := s.article[si][k]
					if m.Country == "" && country != "" && strings.HasPrefix(m.Code, "---") {
						m.Country, m.Code = country, country+m.Code[3:]
					}
					return s.addMention(m, o, o+1)
				}
			}
		}
	}
	return -1
}

// firstEmployer returns the index of the first business of country
// among ms, -1 if none (a state firm is the state's as much).
func firstEmployer(ms []actor.Mention, country string) int {
	return slices.IndexFunc(ms, func(m actor.Mention) bool {
		return m.Country == country && slices.Contains(m.Roles, "BUS") && !slices.Contains(m.Roles, "GOV")
	})
}
