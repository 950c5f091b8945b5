package coder

import "github.com/annalist/annalist/actor"

// placeStruck returns, for armed force (19) whose object is a thing of
// no actor's in a place the text names ("struck targets in Syria",
// "shelled positions in Idlib"), the place's country: force is done to
// the country where it falls. -1 when the object names no such place.
func (s *sentence) placeStruck(i int) int {
	obj := s.child(i, "obj")
	if obj < 0 && s.toks[i].Rel == "amod" && s.head[i] == i+1 {
		obj = i + 1 // "jets struck targets in Syria", parsed as "struck targets"
	}
	if obj < 0 || s.actorAt[obj] >= 0 || personNouns[s.lower[obj]] {
		return -1
	}
	for j := range s.toks {
		// The place hangs from the object or, as the parse may have it,
		// from the verb ("shelled positions in Syria").
		if h := s.head[j]; h != obj && h != i || s.caseOf(j) != "in" {
			continue
		}
		if r := relBase(s.toks[j].Rel); r != "nmod" && r != "obl" {
			continue
		}
		if k := s.actorAt[j]; k >= 0 && (s.ms[k].Kind == actor.Country || s.ms[k].Kind == actor.Capital) && s.ms[k].Country != "" {
			return k
		}
	}
	return -1
}
