package coder

// strikingSubject reads "Striking rail workers demanded that the
// government withdraw its plan" and "... as striking railway workers
// halted the metro", which the parse hangs with "striking" a verb (the
// subject clause of "demanded", or the verb of the "as" clause) and the
// workers its object, as the workers, called striking, being the subject
// of the verb that follows them: a participle "striking" whose object,
// people who work, follows right after it with nothing but modifiers
// between is their adjective.
func (s *sentence) strikingSubject() {
	for i := range s.toks {
		if !strikingWords[s.lower[i]] || s.toks[i].UPOS != "VERB" {
			continue
		}
		o := s.child(i, "obj")
		if o <= i || !s.allModifiers(i+1, o) || !s.labourActor(o) {
			continue
		}
		switch h := s.head[i]; {
		case s.toks[i].Rel == "csubj" && h >= 0 && s.toks[h].UPOS == "VERB" && s.child(h, "nsubj", "nsubj:pass") < 0:
			// "Striking rail workers demanded ...".
			s.setArc(o, h, "nsubj")
		case o+1 < len(s.toks) && s.toks[o+1].UPOS == "VERB" && finiteTags[s.toks[o+1].XPOS] && clauseRels[s.toks[o+1].Rel] && !s.hasSubject(o+1):
			// "as striking railway workers halted ...": the verb after
			// the workers takes the participle's place in the tree.
			v := o + 1
			s.setArc(v, h, s.toks[i].Rel)
			for j := range s.toks {
				if s.head[j] == i && s.toks[j].Rel == "mark" {
					s.setArc(j, v, "mark")
				}
			}
			s.setArc(o, v, "nsubj")
		default:
			continue
		}
		s.setArc(i, o, "amod")
		s.toks[i].UPOS, s.toks[i].XPOS = "ADJ", "JJ"
	}
}

// clauseRels hang a verb as a clause of its own, not as a modifier.
var clauseRels = map[string]bool{"conj": true, "root": true, "parataxis": true, "advcl": true, "ccomp": true}

// finiteTags are the tags of verbs that take a subject of their own.
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

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
