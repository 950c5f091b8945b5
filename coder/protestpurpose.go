package coder

import "strings"

// People who gather, or take to the streets, "to protest" protest by
// doing so: "Thousands of Hungarians gathered in Budapest to protest
// against the government", "took to the streets to protest the law".
// The gathering codes nothing of its own, so the purpose infinitive is
// the act; a march or a strike to protest is coded by its own verb.

// gatheringVerbs bring people together and code no protest of their own.
var gatheringVerbs = wordSet("gather assemble converge mass flock pour flood")

// gatheredToProtest reports whether the "to"-infinitive at l is a protest
// (code under 14) that the verb it is the purpose of makes by gathering:
// a verb of gatheringVerbs, or "took to the streets".
func (s *sentence) gatheredToProtest(l int) bool {
	f, ok := s.verbAt(l)
	h := s.head[l]
	if !ok || f.verb.def == nil || !strings.HasPrefix(f.verb.def.code, "14") || h < 0 || s.toks[l].Rel != "advcl" {
		return false
	}
	if gatheringVerbs[s.toks[h].Lemma] {
		return true
	}
	t := s.streetsTaken(h) // "took to the streets to protest" (protestdemand.go)
	return t >= 0 && !s.verbCodes(t)
}

// verbCodes reports whether the verb at h is coded by a pattern of its
// own in this sentence ("took to the streets" is a protest itself).
func (s *sentence) verbCodes(h int) bool {
	f, ok := s.verbAt(h)
	if !ok {
		return false
	}
	r, ok := s.treePatterns(h, f.verb)
	return ok && r.pat.code != ""
}

// wentOnStrike reports whether the verb at h takes its subject on strike
// ("went on strike to demand higher pay"): a strike is a protest, and
// its purpose a demand made by it.
func (s *sentence) wentOnStrike(h int) bool {
	for j := range s.toks {
		if s.head[j] == h && relBase(s.toks[j].Rel) == "obl" && strikeNouns[s.lower[j]] && s.caseOf(j) == "on" {
			return true
		}
	}
	return false
}
