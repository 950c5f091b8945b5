package coder

import "strings"

// An act noun said to be "set", "scheduled" or "slated" for a time is set
// for later, as one a participle so describes is ("talks scheduled for
// Thursday"): "Talks between Israel and Lebanon are set for Monday" is the
// intent to meet (036), not talks held.

// setWords are the predicates that set an act for a time to come.
var setWords = map[string]bool{"set": true, "slated": true}

// setFor reports whether the act noun at i is the subject of "set" or
// "slated" with a "for" phrase of its own ("are set for Monday"), not
// negated.
func (s *sentence) setFor(i int) bool {
	h := s.head[i]
	if h < 0 || !strings.HasPrefix(s.toks[i].Rel, "nsubj") || !setWords[s.lower[h]] || s.negatedAt(h) {
		return false
	}
	for j := range s.toks {
		if s.head[j] == h && s.caseOf(j) == "for" {
			return true
		}
	}
	return false
}
