package coder

// A court or an authority finding an act unlawful ("A U.S. court ruled
// the tariffs unlawful", "ruled that the seizure was illegal") rules
// against whoever did the act: its author named with it ("ruled
// Reagan's tariffs unlawful"), else the author of the article's last
// coded act of the noun's kind, else of the act the sentence before
// named by a noun such as "the decision".

// unlawfulWords are the predicates of a ruling against an act.
var unlawfulWords = map[string]bool{"unconstitutional": true, "unlawful": true, "illegal": true, "invalid": true,
	"void": true, "illegitimate": true}

// ruledAct returns the act noun that the verb at i rules unlawful: its
// object described so ("ruled the tariffs unlawful"), or the subject of
// its clause that says so ("ruled that the seizure was illegal"); -1 if
// none.
func (s *sentence) ruledAct(i int) int {
	for j := range s.toks {
		if s.head[j] != i {
			continue
		}
		switch rel := s.toks[j].Rel; {
		case rel == "obj" && s.toks[j].UPOS == "NOUN":
			for p := range s.toks {
				if s.head[p] == j && unlawfulWords[s.lower[p]] {
					return j
				}
			}
		case (rel == "ccomp" || rel == "xcomp") && unlawfulWords[s.lower[j]]:
			n := s.child(j, "nsubj", "nsubj:pass")
			if n < 0 && rel == "xcomp" {
				n = s.child(i, "obj") // "ruled the seizure illegal", the predicate the verb's
			}
			if n >= 0 && s.toks[n].UPOS == "NOUN" {
				return n
			}
		}
	}
	return -1
}

// ruledAgainst returns the actor a ruling at i is aimed at, by the act it
// rules unlawful (see above), added to the sentence at the act's noun;
// -1 if none is found.
func (s *sentence) ruledAgainst(i int) int {
	n := s.ruledAct(i)
	if n < 0 || s.actorAt[n] >= 0 {
		return -1
	}
	if a := s.authorsOfAct(n); len(a) > 0 {
		return a[0]
	}
	if past, ok := s.pastActNamed(n); ok && len(past.sources) > 0 {
		return s.addMention(past.sources[0], n, n+1)
	}
	if a := s.earlierAuthors(n); len(a) > 0 {
		return a[0]
	}
	return -1
}
