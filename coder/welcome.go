package coder

import "github.com/annalist/annalist/actor"

// A foreign leader welcomed at or in a place is received as a visitor:
// "Japanese Emperor Naruhito welcomed Trump at the Imperial Palace",
// "Putin welcomed Kim Jong-un in Vladivostok" host a visit (043), and the
// guest makes it (042), as "welcomed Netanyahu to the White House" does
// by its pattern. Praise (051) stays for what someone did or proposed
// ("welcomed Iran's decision at the meeting": the object is no person).

// hostedWelcomes turns the praise (051) of each welcome whose object is
// a person, or one holding a role, of another country than the host, with a phrase of where
// ("at", "in"), into hosting the visit (043:042).
func (s *sentence) hostedWelcomes(acts []act) []act {
	for i := range acts {
		a := &acts[i]
		v := a.verbStart
		if a.code != "051" || len(a.targets) != 1 || len(a.sources) == 0 || s.toks[v].Lemma != "welcome" {
			continue
		}
		k := a.targets[0]
		m, host := s.ms[k], s.ms[a.sources[0]]
		o := s.child(v, "obj")
		if m.Kind != actor.Person && m.Kind != actor.Agent || m.Country == "" || m.Country == host.Country || s.mentionHead(k) != o {
			continue
		}
		if s.hasPlaceWhere(v) || s.hasPlaceWhere(o) {
			a.code, a.paired = "043", "042"
		}
	}
	return acts
}

// hasPlaceWhere reports whether the word at i has a phrase of where
// ("at the Imperial Palace", "in Vladivostok"), which the parse may hang
// from the verb or from its object.
func (s *sentence) hasPlaceWhere(i int) bool {
	for j := range s.toks {
		if r := relBase(s.toks[j].Rel); s.head[j] == i && (r == "obl" || r == "nmod") && placePreps[s.caseOf(j)] {
			return true
		}
	}
	return false
}
