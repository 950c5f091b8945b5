package coder

// Participles that describe a noun rather than tell an act, whatever the
// parse made of them: "a dispute over alleged Canadian subsidies",
// "European governments, asked to fund the programs, said".

// beforeAttribute are prepositions after which a participle before a
// noun describes it.
var beforeAttribute = map[string]bool{"over": true, "of": true, "about": true, "against": true, "for": true, "on": true,
	"with": true, "into": true, "from": true, "amid": true}

// attributive reports whether the participle at i stands between a
// preposition and the words of its noun ("over alleged Canadian
// subsidies", "of detained journalists"), an adjective whatever the
// parse made of it. ("in" is left out: "Moon Jae-in held talks".)
func (s *sentence) attributive(i int) bool {
	if i == 0 || i+1 >= len(s.toks) || !beforeAttribute[s.lower[i-1]] {
		return false
	}
	if x := s.toks[i].XPOS; x != "VBN" && x != "VBD" {
		return false
	}
	switch s.toks[i+1].UPOS {
	case "ADJ", "NOUN", "PROPN":
		return true
	}
	return false
}

// describing reports whether the participle at i is set after a comma
// behind the noun it describes, which the parse hung it from ("European
// governments, asked to fund the programs, have said"): a passive that
// tells what was done to the noun.
func (s *sentence) describing(i int) bool {
	h := s.head[i]
	if i == 0 || s.lower[i-1] != "," || h < 0 || h >= i || s.child(i, "nsubj", "nsubj:pass", "aux", "aux:pass") >= 0 {
		return false
	}
	for j := i + 1; j < len(s.toks); j++ {
		if s.head[j] == i && s.objectRel(j) {
			return false // "LaToya Cantrell, advised residents ...": a verb with its object
		}
	}
	switch s.toks[i].Rel {
	case "parataxis", "acl", "appos":
		return s.toks[h].UPOS == "NOUN" || s.toks[h].UPOS == "PROPN"
	}
	return false
}
