package coder

// A warning often tells what the warner's own side will do: "Trump warned
// that the United States would take tough action against China", "Iran
// warned that it would close the Strait of Hormuz if its exports were
// blocked". The act warned of is the threat, and is aimed at whom the
// clause names it against, or at whose act the condition supposes ("if
// the United States imposes tariffs"); a warning whose clause names
// neither still threatens, with no target, when a condition says what
// would bring the act on.

// ownSubjectPronouns stand for the warner's own side as the subject of
// the clause it warns with ("warned that it would close the strait").
var ownSubjectPronouns = wordSet("it we they")

// warnsOwnAct reports whether the warning at i governs a clause whose
// subject is the warner's own side: one of sources or of their country,
// or a pronoun standing for them when the warning has no addressee.
func (s *sentence) warnsOwnAct(i int, sources []int) bool {
	c := s.child(i, "ccomp")
	if c < 0 || len(sources) == 0 {
		return false
	}
	n := s.child(c, "nsubj")
	if n < 0 {
		return false
	}
	if k := s.mentionOf(n); k >= 0 {
		return s.ownSide(k, sources)
	}
	// A warning made to someone may tell what "it" will suffer ("warned
	// the EC it would face retaliation"): the pronoun is the warner's
	// only when the warning names no addressee.
	return s.toks[n].UPOS == "PRON" && ownSubjectPronouns[s.lower[n]] && s.child(i, "obj", "iobj") < 0
}

// measureAgainst returns the actor the clause c, of what the warner's own
// side will do, names the act against: an "against" phrase of its verb or
// of its object ("would take tough action against China"), not of the
// sources' side (sameSide); -1 if none.
func (s *sentence) measureAgainst(c int, sources []int) int {
	o := s.child(c, "obj")
	for j := range s.toks {
		h, rel := s.head[j], relBase(s.toks[j].Rel)
		if !(h == c && rel == "obl" || o >= 0 && h == o && rel == "nmod") || s.caseOf(j) != "against" {
			continue
		}
		if k := s.mentionOf(j); k >= 0 && !s.sameSide(k, sources) {
			return k
		}
	}
	return -1
}

// sameSide reports whether mention k is one of sources or of a source's
// known country: whom a threat cannot be aimed at. Unlike ownSide, a body
// of no country (the EU, NATO) does not take every country for its own.
func (s *sentence) sameSide(k int, sources []int) bool {
	for _, x := range sources {
		if s.sameActor(k, x) || s.ms[k].Country != "" && s.ms[k].Country == s.ms[x].Country {
			return true
		}
	}
	return false
}
