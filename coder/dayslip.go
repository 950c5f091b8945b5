package coder

// The parser often hangs the phrase after a day from the day: "protested
// in Caracas on Saturday against President Maduro" reads "against
// President Maduro" as a modifier of "Saturday", and the protest loses
// whom it is against. A day is modified by no "against" phrase; the
// phrase is the verb's.

// dayWords are the days and times a clause is dated by: the days a parse
// may take for a subject (timeWords) and the parts of a day or week.
var dayWords = unite(timeWords, wordSet("weekend morning afternoon evening night"))

// slipCases are the prepositions whose phrase a day never takes.
var slipCases = map[string]bool{"against": true}

// phraseOffDay hangs from the verb a phrase the parse hung from a day
// that dates the verb.
func (s *sentence) phraseOffDay() {
	for j := range s.toks {
		h := s.head[j]
		if h < 0 || relBase(s.toks[j].Rel) != "nmod" || !slipCases[s.caseOf(j)] || !dayWords[s.lower[h]] {
			continue
		}
		v := s.head[h]
		if v < 0 || relBase(s.toks[h].Rel) != "obl" || s.toks[v].UPOS != "VERB" {
			continue
		}
		s.setArc(j, v, "obl")
	}
}
