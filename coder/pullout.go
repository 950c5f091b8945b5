package coder

// Troops that leave a country retreat from it (0874) though no pattern
// names them as the object: "Turkish troops withdrew from northern
// Syria", "Russian forces pulled out of the town of Palmyra". The
// subject is an army or its men (actors of the MIL sector of a country),
// the "from" or "out of" phrase the country they leave. A country that
// leaves a treaty or a body ("Britain withdrew from the EU") is no army,
// and codes nothing here.

// pulloutVerbs are the lemmas of troops leaving a place.
var pulloutVerbs = map[string]bool{"withdraw": true, "pull": true}

// retreatCode is the code of a military retreat.
const retreatCode = "0874"

// troopsWithdrawn returns the retreats (0874) the sentence tells as a
// country's troops withdrawing or pulling out from another country,
// named by the verb's "from" or "out of" phrase; none when the verb has
// an object (its patterns code it), is negated, or is not told as done.
func (s *sentence) troopsWithdrawn() []act {
	if s.conditional() {
		return nil
	}
	var out []act
	for i := range s.toks {
		if s.toks[i].UPOS != "VERB" || !pulloutVerbs[s.toks[i].Lemma] || s.consumed[i] || s.negatedAt(i) ||
			s.passiveAt(i) || s.child(i, "obj") >= 0 {
			continue
		}
		if s.toks[i].Lemma == "pull" && !s.hasChildWord(i, "compound:prt", outWord) {
			continue // "pulled back" is the words' rule's (verbs.txt); only "pulled out" leaves
		}
		subj, _, _ := s.subjectOf(i)
		sources := s.countryForces(subj)
		if len(sources) == 0 {
			continue
		}
		left := s.leftCountry(i)
		if left < 0 || s.ms[left].Country == s.ms[sources[0]].Country {
			continue
		}
		via := s.reportedBy(i)
		if s.moodOf(s.tclause[i], via >= 0) != asFact {
			continue
		}
		out = append(out, act{code: retreatCode, rule: "troops withdrawn: + MIL * FROM|OUT OF +", sources: sources,
			targets: []int{left}, verbStart: i, verbEnd: i + 1, via: viaUnlessSource(via, sources)})
	}
	return out
}

// leftCountry returns the actor of a country the "from" or "out of"
// phrase of the verb at i names; -1 if none.
func (s *sentence) leftCountry(i int) int {
	for j := range s.toks {
		if s.head[j] != i || relBase(s.toks[j].Rel) != "obl" {
			continue
		}
		if c := s.caseOf(j); c != "from" && c != "of" {
			continue
		}
		if k := s.mentionOf(j); k >= 0 && s.ms[k].Country != "" {
			return k
		}
	}
	return -1
}
