package coder

// strikingSubject reads "Striking rail workers demanded that the
// government withdraw its plan", which the parse hangs with "Striking"
// the subject clause of "demanded" and the workers its object, as the
// workers, called striking, being the subject: a participle "striking"
// that is a verb's subject clause, whose object follows right after it
// with nothing but its modifiers between, describes that object, and the
// verb it hangs from has no subject of its own.
func (s *sentence) strikingSubject() {
	for i := range s.toks {
		if !strikingWords[s.lower[i]] || s.toks[i].UPOS != "VERB" || s.toks[i].Rel != "csubj" {
			continue
		}
		h, o := s.head[i], s.child(i, "obj")
		if h < 0 || o <= i || s.toks[h].UPOS != "VERB" || s.child(h, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		if !s.allModifiers(i+1, o) {
			continue
		}
		s.setArc(o, h, "nsubj")
		s.setArc(i, o, "amod")
		s.toks[i].UPOS, s.toks[i].XPOS = "ADJ", "JJ"
	}
}

// allModifiers reports whether every token from from up to to (exclusive)
// is a word that may stand before a noun: an adjective, a noun or a name.
func (s *sentence) allModifiers(from, to int) bool {
	for j := from; j < to; j++ {
		switch s.toks[j].UPOS {
		case "ADJ", "NOUN", "PROPN", "NUM":
		default:
			return false
		}
	}
	return true
}
