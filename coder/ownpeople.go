package coder

// Disapproval of what was done to one's own people is aimed at whoever
// did it: "Russia expressed outrage at the expulsion of its diplomats from
// the Czech Republic" disapproves of the Czech Republic, "China condemned
// the detention of its citizens by Canada" criticizes Canada. The reading
// that takes the act's "of" phrase for its target finds the speaker's own
// people, whom no one disapproves of; the act's author is the target.

// ownPeopleActs gives the disapprovals (11x) whose only targets are the
// source's own people (of its country, or "its" people), named in the "of" phrase of an act, that act's
// author when the sentence names one of another country.
func (s *sentence) ownPeopleActs(acts []act) []act {
	for i := range acts {
		a := &acts[i]
		if !codeUnder(a.code, "11") || len(a.sources) == 0 || len(a.targets) == 0 {
			continue
		}
		if !s.ownPeople(a) && !s.possessedByPronoun(a.targets[0]) {
			continue
		}
		if authors := s.doerOnOwn(a.targets[0], s.ms[a.sources[0]].Country); len(authors) > 0 {
			a.targets = authors
		}
	}
	return acts
}

// doerOnOwn returns who did the act whose "of" phrase names the mention k
// ("the expulsion of its diplomats from the Czech Republic"): the act's
// author, or the actors of its "from" or "by" phrase, when they are of
// another country than country; none otherwise.
func (s *sentence) doerOnOwn(k int, country string) []int {
	for j := range s.toks {
		if s.actorAt[j] != k || s.caseOf(j) != "of" || s.head[j] < 0 || !s.eventNoun(s.head[j]) {
			continue
		}
		n := s.head[j]
		if out := s.foreignTo(s.authorsOfAct(n), country); len(out) > 0 {
			return out
		}
		for c := range s.toks {
			// the phrase hangs from the act or, as the parse often has
			// it, from its patient ("of its diplomats from the Czech
			// Republic")
			if (s.head[c] == n || s.head[c] == j) && (s.caseOf(c) == "from" || s.caseOf(c) == "by") {
				if out := s.foreignTo(s.actorsOf(c), country); len(out) > 0 {
					return out
				}
			}
		}
		return nil
	}
	return nil
}

// foreignTo returns the mentions of ks that are of a country other than
// country.
func (s *sentence) foreignTo(ks []int, country string) []int {
	var out []int
	for _, x := range ks {
		if s.ms[x].Country != "" && s.ms[x].Country != country {
			out = append(out, x)
		}
	}
	return out
}

// possessedByPronoun reports whether the mention k, of no country yet, is
// owned by a possessive pronoun ("its diplomats"), which makes it its
// speaker's own people.
func (s *sentence) possessedByPronoun(k int) bool {
	m := s.ms[k]
	if m.Country != "" || m.End <= m.Start {
		return false
	}
	p := s.child(m.End-1, "nmod:poss")
	return p >= 0 && (s.lower[p] == "its" || s.lower[p] == "their")
}
