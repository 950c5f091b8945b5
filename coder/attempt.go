package coder

// Trying to act, said of the subject's own clause, declares the intent to
// act on the terms hoping to does (hopeto.go: cooperation with a named
// counterpart, held now): "Abe will try to resolve the dispute with South
// Korea" (037); "tried to attack the base" threatens no one. An
// attempt named as the purpose of another act ("negotiators will meet
// tomorrow to try to settle the dispute") is that act's aim, told with
// it, and no intent declared: "try" declares one only with a subject of
// its own (or that of a verb it is joined to by "and").

// attemptVerbs are the control verbs that declare an intent only from a
// clause of their own.
var attemptVerbs = wordSet("try attempt")

// purposeAttempt reports whether the control verb at i is an attempt
// with no subject of its own: the purpose or manner of another act.
func (s *sentence) purposeAttempt(i int) bool {
	if i < 0 || !attemptVerbs[s.toks[i].Lemma] {
		return false
	}
	for j := i; j >= 0; j = s.head[j] {
		if s.child(j, "nsubj", "nsubj:pass") >= 0 {
			return false
		}
		if s.toks[j].Rel != "conj" {
			return true
		}
	}
	return true
}
