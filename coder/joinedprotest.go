package coder

import "slices"

// "Rail workers joined teachers in strikes against the government": who
// is joined in a protest or a strike protests too. The verb's pattern
// ("join ... in strikes against +") gives the subject; the object of
// "join", when the protest is named in an "in" phrase beside it, is a
// second source of the same act.

// joinedInProtest returns the actors of the object of "join" at i when
// the verb's act is a protest (14) named in an "in" phrase of the verb
// ("joined students in strikes", "joined farmers in protests"), none of
// them among sources; nil otherwise. "Workers joined the protest" names
// the act as the object and no one joined.
func (s *sentence) joinedInProtest(i int, code string, sources []int) []int {
	if s.toks[i].Lemma != "join" || !codeUnder(code, "14") {
		return nil
	}
	o := s.child(i, "obj")
	if o < 0 || !s.hasActNounIn(i) {
		return nil
	}
	var out []int
	for _, k := range s.actorsOf(o) {
		if !slices.Contains(sources, k) {
			out = append(out, k)
		}
	}
	return out
}

// hasActNounIn reports whether the verb at i has an "in" phrase that
// names a protest or a strike ("in strikes against the government").
func (s *sentence) hasActNounIn(i int) bool {
	for j := range s.toks {
		if s.head[j] == i && relBase(s.toks[j].Rel) == "obl" && s.caseOf(j) == "in" && protestNouns[s.lower[j]] {
			return true
		}
	}
	return false
}

// protestNouns name protests and strikes.
var protestNouns = wordSet("strike strikes protest protests demonstration demonstrations rally rallies " +
	"march marches walkout walkouts stoppage stoppages boycott boycotts sit-in sit-ins")
