package coder

// What someone hopes their own side can or will do is an intent they
// declare: "Reagan said he hoped the United States could lift trade
// sanctions against Japan soon" is the intent to ease the sanctions
// (0354), as "I hope that we can lift these sanctions" and "he hopes the
// U.S. will soon be able to lift sanctions" are. What one hopes another
// will do ("hopes Nakasone will make proposals") is no intent of either.

// hopeAux are the auxiliaries that set a hoped act ahead.
var hopeAux = map[string]bool{"can": true, "could": true, "will": true, "would": true}

// ownSide are the subjects that stand for the hoper's own side.
var ownSide = map[string]bool{"we": true, "it": true}

// hopedBy returns the verb "hope" whose clause the act at i is, when the
// hoper hopes it of their own side (hopeOf); -1 otherwise.
func (s *sentence) hopedBy(i int) int {
	if h, own := s.hopeOf(i); own {
		return h
	}
	return -1
}

// hopeOf returns the verb "hope" whose clause the act at i is, when that
// clause is set ahead by "can", "could", "will" or "would" (directly or
// through "be able to"), and whether its subject is the hoper's own
// side: "we", "it", or an actor of the hoper's country (the hoper being
// the subject of "hope", else the speaker reporting it). -1 when the act
// is no such hope.
func (s *sentence) hopeOf(i int) (hope int, own bool) {
	j := i
	if h := s.head[j]; h >= 0 && s.toks[j].Rel == "xcomp" && s.lower[h] == "able" {
		j = h // "will be able to lift"
	}
	h := s.head[j]
	if h < 0 || s.toks[j].Rel != "ccomp" || s.toks[h].Lemma != "hope" || !s.hasChildWord(j, "aux", hopeAux) {
		return -1, false
	}
	subj := s.child(j, "nsubj")
	if subj < 0 {
		return -1, false
	}
	if ownSide[s.lower[subj]] {
		return h, true
	}
	var hopers []int
	if hs := s.child(h, "nsubj"); hs >= 0 {
		hopers = s.actorsOf(hs)
	}
	if len(hopers) == 0 {
		if via := s.reportedBy(h); via >= 0 {
			hopers = []int{via}
		}
	}
	for _, k := range s.actorsOf(subj) {
		if s.sameCountry(k, hopers) {
			return h, true
		}
	}
	return h, false
}
