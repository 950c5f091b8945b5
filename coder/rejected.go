package coder

import "slices"

// A demand, call, offer or proposal rejected is rejected to whoever made
// it, named in its "of", "from" or "by" phrase: "Iran rejected the demands
// of the United States", "Britain rejected calls from the European Union
// for a second referendum". The tree's own target reading takes the
// maker named before the noun ("rejected Iran's demand") and some of the
// phrases after it; this fills in the rest.

// madeNouns are the nouns of what someone asks or puts forward.
var madeNouns = map[string]bool{"demand": true, "demands": true, "call": true, "calls": true, "offer": true,
	"offers": true, "proposal": true, "proposals": true, "request": true, "requests": true, "plan": true,
	"plans": true, "appeal": true, "appeals": true, "ultimatum": true, "proposition": true}

// makerCases are the prepositions that name who made a demand or offer.
var makerCases = map[string]bool{"of": true, "from": true, "by": true}

// rejectedMakers gives the rejections (12x) that found no target the
// maker of the demand, call, offer or proposal they reject.
func (s *sentence) rejectedMakers(acts []act) []act {
	for i := range acts {
		a := &acts[i]
		if !codeUnder(a.code, "12") || len(a.targets) > 0 || len(a.sources) == 0 {
			continue
		}
		o := s.child(a.verbStart, "obj")
		if o < 0 || !madeNouns[s.lower[o]] {
			continue
		}
		for j := range s.toks {
			if s.head[j] != o || !makerCases[s.caseOf(j)] {
				continue
			}
			var makers []int
			for _, k := range s.actorsOf(j) {
				if !slices.Contains(a.sources, k) {
					makers = append(makers, k)
				}
			}
			if len(makers) > 0 {
				a.targets = makers
				break
			}
		}
	}
	return acts
}
