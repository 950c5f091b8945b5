package coder

import "slices"

// needsAddressee reports whether a code names an act that is made of
// someone: a demand (10x) needs an addressee the text names, as the
// annotation policy has it ("workers demanding higher pay" ask no one,
// and code no demand; "demanded that the government resign" asks the
// government).
func needsAddressee(code string) bool {
	return codeUnder(code, "10")
}

// keepVerbs keep people or property; a demand for their release is made
// of their keeper.
var keepVerbs = map[string]bool{"hold": true, "detain": true, "jail": true, "imprison": true, "arrest": true,
	"seize": true, "capture": true, "kidnap": true, "abduct": true, "confiscate": true, "impound": true}

// demandHolders gives the demands (10x) and appeals (02x) that found no
// addressee, or only the demander's own people, the keeper of what they ask released, when the phrase of what is asked for
// names them as the agent of a keeping participle: "Ukraine demanded the
// release of its sailors held by Russia" is made of Russia, and "Canada
// demanded the release of two Canadians detained by China" of China.
func (s *sentence) demandHolders(acts []act) []act {
	for i := range acts {
		a := &acts[i]
		if !needsAddressee(a.code) && !codeUnder(a.code, "02") || len(a.sources) == 0 || !s.ownPeople(a) {
			continue
		}
		o := s.askedFor(a.verbStart)
		if o < 0 {
			continue
		}
		for v := o + 1; v < len(s.toks); v++ {
			if s.toks[v].Rel != "acl" || !keepVerbs[s.toks[v].Lemma] {
				continue
			}
			if d := s.depthBelow(v, o); d < 1 || d > 5 {
				continue // hung from the object within a few arcs
			}
			if g := s.child(v, "obl:agent"); g >= 0 {
				if ks := s.actorsOf(g); len(ks) > 0 && !slices.Contains(a.sources, ks[0]) {
					a.targets = ks
				}
			}
			break
		}
	}
	return acts
}

// askedFor returns what the demand or appeal at i asks for: its object
// ("demanded the release"), or its "for" phrase ("called for the
// release"); -1 if none.
func (s *sentence) askedFor(i int) int {
	if o := s.child(i, "obj"); o >= 0 {
		return o
	}
	for c := range s.toks {
		if s.head[c] == i && s.toks[c].Rel == "obl" && s.caseOf(c) == "for" {
			return c
		}
	}
	return -1
}

// ownPeople reports whether the act has no target, or only targets of its
// first source's country: whom a demand is for, not whom it is made of.
func (s *sentence) ownPeople(a *act) bool {
	c := s.ms[a.sources[0]].Country
	for _, k := range a.targets {
		if c == "" || s.ms[k].Country != c {
			return false
		}
	}
	return true
}
