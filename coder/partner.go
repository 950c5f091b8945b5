package coder

// An agreement, offer or pledge to an act the verb dictionary does not
// code is made with whom that act names as its partner, not with a place
// or a topic inside it (treeacts.go).

// agreedWith returns the target of a control verb read alone ("agreed",
// "offered", "pledged" with an act the dictionary does not code): target
// when the verb has no infinitive, else only an actor the infinitive
// names as its object or in a phrase of whom the act goes to, comes
// from or is done with ("agreed to help Pakistan", "to sell sugar to the
// Soviet Union", "to forego duties on Japanese semiconductors"). A place
// or a topic inside the act ("agreed to set up a safe zone in Syria",
// "to cut the basic rate of taxation in the U.K.") is no partner: the act
// is then done with no one, or, by sources joined by "and", with each
// other.
func (s *sentence) agreedWith(i, target int) int {
	j := s.complementOf(i)
	if j < 0 || target < 0 {
		return target
	}
	o := s.child(j, "obj")
	for k, steps := s.mentionHead(target), 0; k >= 0 && steps < 8; k, steps = s.head[k], steps+1 {
		if h := s.head[k]; h == j || h == o && o >= 0 {
			if k == o || s.toks[k].Rel == "iobj" || partnerCases[s.caseOf(k)] {
				return target
			}
			return -1
		}
	}
	return -1
}

// partnerCases open a phrase naming whom an act goes to, comes from or
// is done with.
var partnerCases = wordSet("to from with on against for into")
