package coder

// reportAside reads wire copy's "The Iranian news agency IRNA, received
// in London, said ..." and "IRNA, monitored by the BBC, said ...", which
// the parse hangs with the aside's participle the main verb (the verb of
// saying its conjunct) or the agency a vocative, as the agency saying
// what follows: a participle set off by commas between a noun phrase that
// opens the sentence and a verb of saying describes that phrase, which
// is the saying's subject.
func (s *sentence) reportAside() {
	open := s.openingPhraseEnd()
	if open < 1 || open+3 >= len(s.toks) || s.lower[open] != "," {
		return
	}
	p := open + 1
	if s.toks[p].UPOS != "VERB" || s.toks[p].XPOS != "VBN" && s.toks[p].XPOS != "VBD" {
		return
	}
	v := -1
	for j := p + 1; j < len(s.toks); j++ {
		if s.lower[j] == "," {
			v = j + 1
			break
		}
	}
	if v < 0 || v >= len(s.toks) || !s.says(v) || s.hasSubject(v) || !s.allWithin(p, v-1, p) {
		return
	}
	n := s.phraseHeadIn(0, open)
	if n < 0 {
		return
	}
	if s.head[v] >= 0 {
		r := s.rootIndex()
		s.setArc(v, -1, "root")
		for j := v + 1; j < len(s.toks); j++ {
			if s.head[j] == r {
				s.setArc(j, v, s.toks[j].Rel)
			}
		}
	}
	s.setArc(n, v, "nsubj")
	s.setArc(p, n, "acl")
}

// openingPhraseEnd returns the end (exclusive) of the noun phrase that
// opens the sentence, the first token whose head lies outside the
// phrase's run of nouns and their modifiers; -1 if the sentence opens
// with no noun.
func (s *sentence) openingPhraseEnd() int {
	for j := range s.toks {
		switch s.toks[j].UPOS {
		case "NOUN", "PROPN", "DET", "ADJ", "NUM":
			continue
		}
		if j == 0 {
			return -1
		}
		return j
	}
	return -1
}

// phraseHeadIn returns the one noun of toks[from:to] whose head lies
// outside them (punctuation aside), -1 if none, several, or one with a
// preposition.
func (s *sentence) phraseHeadIn(from, to int) int {
	n := -1
	for j := from; j < to; j++ {
		if h := s.head[j]; h >= from && h < to || s.toks[j].UPOS == "PUNCT" {
			continue
		}
		if n >= 0 || s.toks[j].UPOS != "NOUN" && s.toks[j].UPOS != "PROPN" || s.child(j, "case") >= 0 {
			return -1
		}
		n = j
	}
	return n
}
