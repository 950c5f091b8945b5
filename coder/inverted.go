package coder

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
