package coder

// Infinitives joined by "and" share what governs the first of them: "Iran
// refused to meet France and to negotiate with the United States" refuses
// both, "deployed troops to guard the border and to attack" does neither.

// infinitiveLead returns the first of the infinitives joined to the one
// at i ("refused to meet France and (to) negotiate with ..."), which says
// how all of them stand; i itself when it is joined to none. A verb with
// a subject of its own heads a clause of its own.
func (s *sentence) infinitiveLead(i int) int {
	for steps := 0; steps < 8; steps++ {
		h := s.head[i]
		if s.toks[i].Rel != "conj" || h < 0 || !s.hasChildWord(h, "mark", toMark) || s.child(i, "nsubj", "nsubj:pass") >= 0 {
			return i
		}
		if !s.hasChildWord(i, "mark", toMark) && s.toks[i].XPOS != "VB" {
			return i
		}
		i = h
	}
	return i
}

// controller returns the control verb that governs the infinitive at i
// through the first infinitive it is joined to ("agreed to meet France
// and to negotiate with ..."), -1 if none: the joined one is as agreed
// or refused as the first.
func (s *sentence) controller(i int) int {
	l := s.infinitiveLead(i)
	if l == i || s.toks[l].Rel != "xcomp" || s.head[l] < 0 {
		return -1
	}
	if f, ok := s.verbAt(s.head[l]); ok && f.verb.control != "" {
		return s.head[l]
	}
	return -1
}
