package coder

// Condolences and mourning (018) are for someone: the dead, whom the
// sentence names in the act's object ("announced with sadness the
// passing of my comrade, former Vice President, Nickey Iyambo"), in a
// noun of death ("expressed grief at the demise of X") or in a clause
// that tells the death ("saddened to report that Justice X has passed
// away"). The words' rule looks for the first actor after the verb in
// its clause, which commas and quotation cut short.

// deathNouns name a death.
var deathNouns = map[string]bool{"death": true, "deaths": true, "passing": true, "demise": true, "loss": true,
	"killing": true, "murder": true, "funeral": true, "memory": true, "honor": true, "honour": true}

// dieLemmas tell a death.
var dieLemmas = map[string]bool{"die": true, "pass": true, "perish": true}

// mourned returns the actor whose death the act of mourning at i is
// for, found in the verb's tree: a person the verb takes as object, the
// person a noun of death below it names, or the subject of a clause
// below it that tells a death; -1 if the tree names none.
func (s *sentence) mourned(i int) int {
	for j := range s.toks {
		if !s.within(j, i) || j == i || s.depthBelow(j, i) > 3 {
			continue
		}
		switch {
		case s.head[j] == i && s.toks[j].Rel == "obj" && s.actorAt[j] >= 0:
			return s.actorAt[j]
		case deathNouns[s.lower[j]] && s.toks[j].UPOS == "NOUN":
			if k := s.ofWhom(j); k >= 0 {
				return k
			}
		case s.toks[j].UPOS == "VERB" && dieLemmas[s.toks[j].Lemma] && (s.lower[j] != "passed" || s.child(j, "compound:prt", "advmod") >= 0):
			if k := s.mentionOf(s.child(j, "nsubj")); k >= 0 {
				return k
			}
		}
	}
	return -1
}

// ofWhom returns the actor a noun's "of" phrase or possessive names
// ("the death of X", "X's death"); -1 if none.
func (s *sentence) ofWhom(n int) int {
	for j := range s.toks {
		if s.head[j] != n {
			continue
		}
		rel := s.toks[j].Rel
		if rel == "nmod:poss" || rel == "nmod" && s.caseOf(j) == "of" {
			if k := s.mentionOf(j); k >= 0 {
				return k
			}
		}
	}
	return -1
}

// depthBelow returns how many arcs lead up from j to h, which must be
// above it.
func (s *sentence) depthBelow(j, h int) int {
	d := 0
	for ; j >= 0 && j != h && d <= len(s.toks); j = s.head[j] {
		d++
	}
	return d
}
