package coder

// asClause reads "users were stranded as striking railway workers halted
// the metro", which the parse hangs with the workers a phrase of
// "stranded" opened by "as" and "halted" a verb joined to "stranded"
// with no subject, as the clause it is: a noun opened by "as" and
// followed right away by a past or present verb that has no subject of
// its own is that verb's subject, and the verb heads an adverbial clause
// marked by "as" in the noun's place.
func (s *sentence) asClause() {
	for n := 0; n+1 < len(s.toks); n++ {
		v := n + 1
		if s.toks[v].UPOS != "VERB" || !finiteTags[s.toks[v].XPOS] || s.caseOf(n) != "as" || !s.nominal(n) {
			continue
		}
		if !clauseRels[s.toks[v].Rel] || s.hasSubject(v) || s.head[n] < 0 || s.head[v] != s.head[n] {
			continue
		}
		c := s.child(n, "case")
		s.setArc(v, s.head[n], "advcl")
		s.setArc(c, v, "mark")
		s.setArc(n, v, "nsubj")
	}
}
