package coder

// A visit that frames what its visitor did is a visit made: "During a
// visit to Seoul, Pompeo praised ...", "Trump, on a state visit to Japan,
// met ...". The parse often slips on such a fronted or set-off phrase:
// it makes the visit the root and the main verb a clause describing it,
// or hangs the phrase from the visitor's name. visitFramed reads the
// visitor from those shapes; the phrase set at the verb is the subject's
// by the rules of takenPartIn.

// frameCases open a phrase that sets an act during a visit.
var frameCases = map[string]bool{"during": true, "on": true, "in": true}

// visitFramed returns who made the visit (code 042) at i that frames an
// act the parse hung from it, or whose phrase it hangs from the
// visitor's name; nil otherwise.
func (s *sentence) visitFramed(i int, code string) []int {
	if !codeUnder(code, "042") || !frameCases[s.caseOf(i)] {
		return nil
	}
	h := s.head[i]
	if h < 0 {
		// "During a visit to Seoul, Pompeo praised ...", the verb
		// parsed as a clause describing the visit.
		for v := range s.toks {
			if s.head[v] == i && s.toks[v].UPOS == "VERB" && v > i && s.child(v, "nsubj") >= 0 && !s.negatedAt(v) {
				a, pronoun, _ := s.subjectOf(v)
				if !pronoun {
					return a
				}
			}
		}
		return nil
	}
	if relBase(s.toks[i].Rel) == "nmod" && h < i && s.actorAt[h] >= 0 && s.toks[h].UPOS == "PROPN" {
		return []int{s.actorAt[h]} // "Trump, on a state visit to Japan, met ..."
	}
	return nil
}
