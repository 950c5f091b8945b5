package coder

// A verb of saying joined by "and" to another verb ("Pompeo condemned
// Iran and said officials do not expect a war") has the other verb's
// subject for its speaker: the actor right before "and said" is that
// verb's object, neither speaker nor apart from the act it takes part in.

// joinedSay reports whether the verb of saying at i follows "and" right
// after the words of another clause ("condemned Iran and said").
func (s *sentence) joinedSay(i int) bool {
	return i > 0 && s.lower[i-1] == "and"
}

// joinedSpeaker returns the mention that is the subject of the verb the
// verb of saying at i is joined to ("Pompeo condemned Iran and said":
// Pompeo), -1 when the parse does not join them or the subject is no
// actor. Speech is marked before the sentence's tree is read, so the
// arcs are the tokens' own.
func (s *sentence) joinedSpeaker(i int) int {
	h := s.toks[i].Head - 1
	if h < 0 || h >= i || s.toks[i].Rel != "conj" {
		return -1
	}
	for j, t := range s.toks {
		if t.Head-1 == h && t.Rel == "nsubj" {
			return s.actorAt[j]
		}
	}
	return -1
}
