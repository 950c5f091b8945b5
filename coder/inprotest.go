package coder

// What is done "in protest" is a protest by its doer (141), aimed at the
// actor the protest is against, or at the author of the act or plan it
// is against: "farmers blocked roads in protest against the government's
// tax plans" protest the government. The act done keeps its own code
// ("blocked roads": 144); one done "in protest" at no one named is the
// protest itself, and codes only as itself ("boycotted classes in
// protest": 143).

// inProtestNouns are the nouns of "in protest".
var inProtestNouns = map[string]bool{"protest": true, "protests": true}

// protestCode is CAMEO's code of a demonstration or rally.
const protestCode = "141"

// protestAgainst are the prepositions that name what a protest is
// against.
var protestAgainst = map[string]bool{"against": true, "at": true, "over": true, "of": true}

// inProtestActs returns the protests (141) that verbs done "in protest"
// make; none in a sentence that supposes a condition or is set in the
// past, nor when the verb is negated, supposed or asked.
func (s *sentence) inProtestActs() []act {
	if !s.hasWord(inProtestNouns) || s.conditional() || s.pastOpening() {
		return nil
	}
	var out []act
	for p := range s.toks {
		if !inProtestNouns[s.lower[p]] || s.consumed[p] || s.toks[p].UPOS != "NOUN" || s.caseOf(p) != "in" || s.toks[p].Rel != "obl" {
			continue
		}
		h := s.head[p]
		if h < 0 || s.toks[h].UPOS != "VERB" || !s.heldNow(h, s.reportedBy(h) >= 0) || s.datedBefore(h) {
			continue
		}
		sources, _, _ := s.subjectOf(h)
		if sources = s.notApart(sources); len(sources) == 0 {
			continue
		}
		targets := s.notApart(s.protestedAgainst(p))
		if len(targets) == 0 {
			continue // the act done in protest is the protest, coded as itself ("boycotted classes in protest": 143)
		}
		out = append(out, act{code: protestCode, rule: "inprotest.go: + VERB IN PROTEST AGAINST|AT|OVER +",
			sources: sources, targets: targets, verbStart: p, verbEnd: p + 1, via: s.reportedBy(h)})
	}
	return out
}

// protestedAgainst returns whom the protest at p is against: the actors
// of its "against" phrase, else the authors of the act or plan that
// phrase names ("against the government's tax plans").
func (s *sentence) protestedAgainst(p int) []int {
	for j := range s.toks {
		if s.head[j] != p || !protestAgainst[s.caseOf(j)] {
			continue
		}
		if as := s.actorsOf(j); len(as) > 0 {
			return as
		}
		return s.authorsOfAct(j)
	}
	return nil
}
