package coder

// What someone pledges, offers or agrees to do may be an act of conflict
// the verb dictionary has no code for ("pledged to punish Iran",
// "vowed to keep up such raids"): no intent to cooperate is guessed from
// it (treeacts.go, pledge.go).

// hostileIn reports whether the clause headed by j names, by a verb (or
// a pattern it matches) or an act noun, an act of conflict (CAMEO roots
// 10 to 20): its verb, or a word of its object or complement, not a
// purpose or a setting told with it ("agreed to extend price controls
// in an effort to avert strikes" is no hostility).
func (s *sentence) hostileIn(j int) bool {
	for t := range s.toks {
		if !s.argumentOf(t, j) {
			continue
		}
		// Only verbs and nouns name acts: "until March 1988" names no march.
		switch s.toks[t].UPOS {
		case "VERB":
			f, ok := s.verbAt(t)
			if !ok {
				continue
			}
			if r, ok := s.treePatterns(t, f.verb); ok && conflictual(r.pat.code) {
				return true // "vowed to crack down on piracy"
			}
			if f.verb.def != nil && conflictual(f.verb.def.code) {
				return true
			}
		case "NOUN":
			if n, ok := s.nounVerb(t); ok && n.def != nil && conflictual(n.def.code) && s.child(t, "compound") < 0 {
				return true // "vowed to keep up such raids", but "price controls" are a thing
			}
		}
	}
	return false
}

// conflictual reports whether code is of a conflictual root (10 to 20).
func conflictual(code string) bool {
	return len(code) >= 2 && code[:2] >= "10" && code[:2] <= "20"
}

// hostileVerbs name acts against someone that the verb dictionary has
// no code of its own for: pledged or offered, they are no cooperation,
// and a control verb guesses none from them ("pledged to punish Iran",
// "promised to crush the Kurdish militants").
var hostileVerbs = wordSet("punish crush defeat eliminate destroy root wipe hunt avenge confront counter resist topple overthrow oust isolate")

// cooperativeControl are the control classes whose verbs code an intent
// to cooperate (030) when the act they govern codes none.
var cooperativeControl = wordSet("intent ready hope")

// hostileComplement reports whether the control verb at i governs a
// clause that names an act of conflict, by the dictionary (hostileIn) or
// by a verb of hostileVerbs.
func (s *sentence) hostileComplement(i int) bool {
	j := s.complementOf(i)
	return j >= 0 && (hostileVerbs[s.toks[j].Lemma] || s.hostileIn(j))
}

// argumentOf reports whether token t is j itself, or lies within an
// object or a complement of j (obj, xcomp, ccomp, and the prepositional
// phrase of a particle verb: "crack down on piracy").
func (s *sentence) argumentOf(t, j int) bool {
	for k, steps := t, 0; k >= 0 && steps < 8; k, steps = s.head[k], steps+1 {
		if k == j {
			return true
		}
		if h := s.head[k]; h == j {
			switch relBase(s.toks[k].Rel) {
			case "obj", "xcomp", "ccomp", "compound", "obl":
				return !s.purposeNoun(k)
			}
			return false
		}
	}
	return false
}

// purposeNoun reports whether the phrase at k sets a purpose or a frame
// ("in an effort to", "as part of"), not an argument.
func (s *sentence) purposeNoun(k int) bool {
	return purposeCases[s.caseOf(k)]
}

// purposeCases open a phrase that sets a purpose or a frame.
var purposeCases = wordSet("in as despite")
