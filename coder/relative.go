package coder

// A reaction is often told in a relative clause after the act it reacts
// to: "China expelled three American journalists, which the United
// States criticized", "Russia annexed Crimea, a move the European Union
// condemned". The parse gives such a clause two subjects ("which" and
// the reacting actor) or hangs it from "a move"; the reaction is done by
// the clause's own subject to the author of the act before it.

// relativeObject returns the relative pronoun ("which", "that") that is
// the object of the verb at i: marked obj, or the parse's slip of a
// second subject beside the verb's own; -1 if none.
func (s *sentence) relativeObject(i int) int {
	if j := s.child(i, "obj"); j >= 0 && j < i && relativePronouns[s.lower[j]] && s.lower[j] != "who" {
		return j
	}
	return s.relativeSubjectSlip(i)
}

// relativeSubjectSlip returns the relative pronoun the verb at i has as
// a subject beside another subject, which can only be its object; -1 if
// none.
func (s *sentence) relativeSubjectSlip(i int) int {
	rel, other := -1, false
	for j := range s.toks {
		if s.head[j] != i || s.toks[j].Rel != "nsubj" {
			continue
		}
		if relativePronouns[s.lower[j]] && rel < 0 {
			rel = j
		} else {
			other = true
		}
	}
	if !other {
		return -1
	}
	return rel
}

// otherSubject returns the subject of the verb at i other than the
// relative pronoun subj that relativeObject found; -1 if none.
func (s *sentence) otherSubject(i, subj int) int {
	if s.relativeSubjectSlip(i) != subj {
		return -1
	}
	for j := range s.toks {
		if s.head[j] == i && s.toks[j].Rel == "nsubj" && j != subj {
			return j
		}
	}
	return -1
}

// reactedTo returns, for a reaction (05, 11, 12) told by the verb at i
// in a clause set after a comma that refers to the act before it by
// "which" or by an act noun ("a move", "a decision"), that act's
// author: the subject of the verb the clause hangs from; -1 if none.
func (s *sentence) reactedTo(i int) int {
	h := s.head[i]
	if h < 0 {
		return -1
	}
	switch o := s.relativeObject(i); {
	case o >= 0 && s.lower[max(o-1, 0)] == ",":
		// "..., which the United States criticized": the clause is
		// hung from the main verb or from its object.
		if s.toks[h].UPOS != "VERB" {
			h = s.head[h]
		}
	case s.toks[i].Rel == "acl:relcl" && actAnaphora[s.lower[h]] && h > 1 && s.lower[h-2] == ",":
		// "..., a move the European Union condemned"
		h = s.head[h]
	default:
		return -1
	}
	if h < 0 || s.toks[h].UPOS != "VERB" {
		return -1
	}
	a, pronoun, found := s.subjectOf(h)
	if !found || pronoun || len(a) != 1 {
		return -1
	}
	return a[0]
}
