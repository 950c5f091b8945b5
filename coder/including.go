package coder

// includedAsConjunct reads "urged four countries, including the United
// States and Britain, to help", parsed with "States" a conjunct of
// "countries" that has "including" for its preposition, as the phrase of
// what the countries include (nmod), as the parse hangs it elsewhere
// ("asked several countries, including China and Russia"): a conjunct
// takes no preposition of its own, and the actors a group includes are
// the ones an act done to the group is done to.
func (s *sentence) includedAsConjunct() {
	for j := range s.toks {
		if s.toks[j].Rel != "conj" || s.head[j] < 0 || s.caseOf(j) != "including" {
			continue
		}
		if u := s.toks[s.head[j]].UPOS; u != "NOUN" && u != "PROPN" {
			continue
		}
		s.setArc(j, s.head[j], "nmod")
	}
}
