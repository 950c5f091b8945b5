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
		if d := s.depthBelow(j, i); d < 1 || d > 3 {
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
			if k := s.apposedAfter(j); k >= 0 && rel == "nmod" {
				return k
			}
		}
	}
	return -1
}

// depthBelow returns how many arcs lead up from j to h; -1 if h is not
// above j (nor j itself).
func (s *sentence) depthBelow(j, h int) int {
	for d := 0; j >= 0 && d <= len(s.toks); d, j = d+1, s.head[j] {
		if j == h {
			return d
		}
	}
	return -1
}

// apposedAfter returns the actor the appositions after the noun phrase
// at j name, a person's name before a role ("the passing of my comrade, former Vice President, Nickey
// Iyambo"), which the parse may hang elsewhere than from the noun; -1 if
// the phrase is followed by no comma and a noun phrase naming an actor.
func (s *sentence) apposedAfter(j int) int {
	end := j
	for k := j + 1; k < len(s.toks) && s.within(k, j); k++ {
		end = k
	}
	k := end + 1
	if k >= len(s.toks) || s.lower[k] != "," {
		return -1
	}
	role := -1 // the first actor named by a role, kept unless a name follows
	for k++; k < len(s.toks); k++ {
		if a := s.actorAt[k]; a >= 0 && s.toks[k].UPOS == "PROPN" {
			return a
		} else if a >= 0 && role < 0 {
			role = a
		}
		switch s.toks[k].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN":
		case "PUNCT":
			if s.lower[k] != "," {
				return role
			}
		default:
			return role
		}
	}
	return role
}
