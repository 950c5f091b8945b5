package coder

// Sides named together that meet or sign do so with each other: in
// "China and the Vatican signed a deal on the appointment of bishops" or
// "Merkel and Putin discussed Syria" the actor after the verb is what the
// deal or the talk is about, not a third party to it. A consultation
// (04) or an agreement (057) done by two or more sources joined as one
// subject is theirs with each other unless its target is the verb's own
// object ("Merkel and Macron met Xi") or lies in a "with" or "between"
// phrase ("signed a deal with Japan").

// mutualTopics drops the targets of the mutual consultations and
// agreements of acts whose sources are two or more and whose targets are
// topics, so that the sources code the act with each other.
func (s *sentence) mutualTopics(acts []act) []act {
	for i := range acts {
		a := &acts[i]
		if !a.mutual || len(a.sources) < 2 || len(a.targets) == 0 || !codeUnder(a.code, "04", "057") {
			continue
		}
		topic := true
		for _, k := range a.targets {
			if s.partyTo(a.verbStart, k) {
				topic = false
				break
			}
		}
		if topic {
			a.targets = nil
		}
	}
	return acts
}

// partyTo reports whether the actor k takes part in the act of the verb
// at i: its object (but what is discussed is a topic), its "to" phrase,
// or in a "with" or "between" phrase.
func (s *sentence) partyTo(i, k int) bool {
	h := s.mentionHead(k)
	if h >= 0 && s.head[h] == i && (s.toks[h].Rel == "obj" || s.toks[h].Rel == "iobj") && s.toks[i].Lemma != "discuss" {
		return true
	}
	if h >= 0 && s.head[h] == i && s.caseOf(h) == "to" {
		return true // "talking to government officials"
	}
	return s.withPhraseOf(i, k)
}
