package coder

// reportedSecondSubject reads "Ozal said Turkey and Greece were moving towards
// talks", parsed with "Turkey and Greece" a second subject of "said" and
// "moving" a clause without one, as Turkey and Greece moving: a verb has
// one subject, and the one after a verb of saying that runs up to the
// clause it reports is that clause's.
func (s *sentence) reportedSecondSubject() {
	for h := range s.toks {
		if !s.says(h) && !reportLemmas[s.toks[h].Lemma] {
			continue
		}
		before, after := -1, -1
		for j := range s.toks {
			if s.head[j] != h || s.toks[j].Rel != "nsubj" {
				continue
			}
			if j < h {
				before = j
			} else if after < 0 {
				after = j
			}
		}
		if before < 0 || after < 0 {
			continue
		}
		for c := after + 1; c < len(s.toks); c++ {
			if s.head[c] != h || s.toks[c].Rel != "ccomp" {
				continue
			}
			if !s.hasSubject(c) && s.child(c, "mark") < 0 && s.allWithin(after+1, s.auxStart(c), after) {
				s.setArc(after, c, "nsubj")
			}
			break
		}
	}
}
