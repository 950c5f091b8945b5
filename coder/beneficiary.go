package coder

// beneficiary reports whether the target of pair p of act ac is only
// whom what an appeal asks for is for: "called for aid for the
// refugees", "called for the safe zone for refugees to be set up" ask no
// one, and least of all the refugees, for anything. Its phrase, "for"
// someone, hangs from a noun, or from the verb after the phrase of what
// it calls for (the parse may hang both from "called"), or opens an
// infinitive clause ("for refugees to be set up").
func (s *sentence) beneficiary(ac act, p pair) bool {
	code := ac.codeOf(p)
	if !s.dep || p.tgt < 0 || !codeUnder(code, "02") {
		return false
	}
	h := s.mentionHead(p.tgt)
	if h < 0 || s.head[h] < 0 {
		return false
	}
	g := s.head[h]
	if s.caseOf(h) == "for" {
		return s.toks[g].UPOS == "NOUN" || s.toks[g].UPOS == "PROPN" || s.secondFor(g, h)
	}
	// "for refugees to be set up": the mark "for" hangs from the verb
	// whose subject the target is.
	return relBase(s.toks[h].Rel) == "nsubj" && s.hasChildWord(g, "mark", forMark)
}

// forMark opens an infinitive clause with its own subject.
var forMark = map[string]bool{"for": true}

// secondFor reports whether verb g has a "for" phrase before the one
// headed by h.
func (s *sentence) secondFor(g, h int) bool {
	return s.prepPhrase(g, "obl", "for", h)
}
