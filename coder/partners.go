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
