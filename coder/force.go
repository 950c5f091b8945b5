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

// holdNouns name a place a force holds.
var holdNouns = map[string]bool{"base": true, "bases": true, "stronghold": true, "strongholds": true, "garrison": true,
	"headquarters": true, "bastion": true, "outpost": true, "position": true, "positions": true, "camp": true, "camps": true}

// controlVerbs, as participles, say who holds a place ("the town, held by
// rebels since May").
var controlVerbs = map[string]bool{"hold": true, "control": true, "occupy": true, "garrison": true}

// placeHolder returns, for armed force (19) on a place whose own clause
// says whose hold it is ("recaptured the oasis of Faya Largeau, which was
// the main base of Libyan troops", "took the town, held by rebels since
// May"), the holder: force on a base is done to the force holding it.
// -1 when the object's clause names none.
func (s *sentence) placeHolder(i int) int {
	obj := s.child(i, "obj")
	if obj < 0 || s.actorAt[obj] >= 0 {
		return -1
	}
	for c := obj + 1; c < len(s.toks); c++ {
		h := s.head[c]
		if h != obj && !(h > obj && s.head[h] == obj && s.toks[h].Rel == "nmod" && s.caseOf(h) == "of") {
			continue // the place's clause, or that of its name ("the town of Fao, which ...")
		}
		switch {
		case s.toks[c].Rel == "acl:relcl" && holdNouns[s.lower[c]] && s.child(c, "cop") >= 0:
			// "which was the main base of Libyan troops"
			for j := c + 1; j < len(s.toks); j++ {
				if s.head[j] == c && (s.toks[j].Rel == "nmod" && s.caseOf(j) == "of" || s.toks[j].Rel == "nmod:poss") {
					return s.mentionOf(j)
				}
			}
		case s.toks[c].Rel == "acl" && s.toks[c].XPOS == "VBN" && controlVerbs[s.toks[c].Lemma]:
			// "held by rebels since May"
			if a := s.child(c, "obl:agent"); a >= 0 {
				return s.mentionOf(a)
			}
		}
	}
	return -1
}
