package coder

import "slices"

// An attitude or a word about a dispute is aimed at the other party to
// it: "expressed optimism about a crisis with Turkey", "discussed the
// row with Japan", "sounded a conciliatory note in the dispute with the
// United States". The dispute noun is the verb's own argument or one
// below it, not one in a clause of its own ("said the dispute with Japan,
// which began in March, ...").

// disputeNouns name a quarrel between two sides.
var disputeNouns = map[string]bool{"crisis": true, "dispute": true, "disputes": true, "row": true, "conflict": true,
	"standoff": true, "stand-off": true, "friction": true, "tension": true, "tensions": true, "quarrel": true, "feud": true,
	"rift": true, "confrontation": true, "differences": true}

// disputeDepth is how far below the verb the dispute noun may lie: its
// argument ("about a crisis"), or that argument's phrase ("optimism about
// a crisis").
const disputeDepth = 3

// disputePartner returns the actor a dispute noun under the verb at i is
// had "with", when none of the sources is it; -1 if none.
func (s *sentence) disputePartner(i int, sources []int) int {
	for j := range s.toks {
		if !disputeNouns[s.lower[j]] || !s.nearBelow(j, i) {
			continue
		}
		for n := range s.toks {
			if s.head[n] != j || relBase(s.toks[n].Rel) != "nmod" || s.caseOf(n) != "with" {
				continue
			}
			if k := s.mentionOf(n); k >= 0 && !slices.Contains(sources, k) && !s.sameCountry(k, sources) {
				return k
			}
		}
	}
	return -1
}

// nearBelow reports whether the token j lies under the verb at i within
// disputeDepth arcs, passing through no clause with a subject of its own
// and no relative or adverbial clause.
func (s *sentence) nearBelow(j, i int) bool {
	for steps := 0; steps < disputeDepth; steps++ {
		h := s.head[j]
		if h < 0 {
			return false
		}
		if h == i {
			return true
		}
		switch relBase(s.toks[h].Rel) {
		case "acl", "advcl", "csubj":
			return false
		}
		if s.child(h, "nsubj", "nsubj:pass") >= 0 {
			return false
		}
		j = h
	}
	return false
}

// sameCountry reports whether actor k is of the country of one of the
// actors at ks.
func (s *sentence) sameCountry(k int, ks []int) bool {
	c := s.ms[k].Country
	return c != "" && slices.ContainsFunc(ks, func(o int) bool { return s.ms[o].Country == c })
}
