package coder

// Occasions and places are no targets of acts in words: "criticized the
// decision at a press conference in Beijing", "in a speech to the United
// Nations", "will meet with bank creditors in New York". Force and
// material acts reach a place ("fired missiles at targets in Syria").

// placeNounPhrase reports whether the phrase j, hung from a verb, comes
// right after the noun of a phrase of place or occasion hung from the
// same verb, and so is that noun's own phrase the parse cut from it ("in
// a speech to the United Nations", "at a meeting with Iran"): the
// audience or party of the occasion, not whom the act is done to.
func (s *sentence) placeNounPhrase(j int) bool {
	start := j
	for start > 0 && s.head[start-1] == j {
		start-- // the phrase's case and determiners
	}
	n := start - 1
	return n >= 0 && s.toks[n].UPOS == "NOUN" && s.head[n] == s.head[j] && locative[s.caseOf(n)]
}

// placeOfThing reports whether mention k is the place the thing at j
// is in or at ("a press conference in Beijing"), not j's own actor.
func (s *sentence) placeOfThing(j, k int) bool {
	if s.actorAt[j] == k {
		return false
	}
	h := s.mentionHead(k)
	return h >= 0 && s.head[h] == j && locative[s.caseOf(h)]
}

// spoken reports whether the verb at i codes, by itself, an act done in
// words (verbal).
func (s *sentence) spoken(i int) bool {
	f, ok := s.verbAt(i)
	return ok && f.verb.def != nil && verbal(f.verb.def.code)
}

// verbal reports whether code names an act done in words: statements,
// appeals, intents, consultation, diplomatic cooperation (01-05),
// investigations, demands, criticism, rejection and threats (09-13). A
// place is no party to those, as it is to material cooperation, aid,
// yielding (06-08), coercion and force, which reach it.
func verbal(code string) bool {
	return codeUnder(code, "01", "02", "03", "04", "05", "09", "10", "11", "12", "13")
}
