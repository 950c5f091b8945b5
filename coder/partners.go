package coder

// withPartners returns the actor k a subject pronoun stands for, followed
// by the actors joined to that pronoun ("Merkel said she and Putin had
// agreed on a plan": Merkel and Putin), which are the pronoun subject's
// partners in the act, not others standing for it. The pronoun itself,
// when a rule of the article made it a mention, is k's and no partner.
func (s *sentence) withPartners(k int, joined []int) []int {
	out := []int{k}
	for _, j := range joined {
		if m := s.ms[j]; j != k && !(m.End-m.Start == 1 && pronouns[s.lower[m.Start]]) {
			out = append(out, j)
		}
	}
	return out
}

// invertedSpeaker returns the speaker set after the verb of saying at i
// when what is said comes first and the parse took the speaker for the
// verb's object ("'I am saddened ...,' wrote Chief Justice Roberts"); -1
// if the verb has no such object, or tells someone something ("told").
func (s *sentence) invertedSpeaker(i int) int {
	o := s.child(i, "obj")
	if o < i || s.toks[i].Lemma == "tell" {
		return -1
	}
	for c := range s.toks {
		if c < i && s.head[c] == i && (s.toks[c].Rel == "ccomp" || s.toks[c].Rel == "parataxis") {
			return o
		}
	}
	return -1
}
