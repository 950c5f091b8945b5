package coder

// An agreement, a deal or talks "between" two sides are both sides' own:
// praise or criticism of "the agreement between Serbia and Kosovo" is
// done to Serbia and Kosovo, as it is to the makers of a thing a "by"
// phrase names (reaction.go).

// sidesNouns name what two sides make together.
var sidesNouns = wordSet("agreement agreements deal deals accord accords treaty treaties pact pacts truce ceasefire " +
	"talks negotiations dialogue rapprochement reconciliation deal-making compromise")

// objectBetween returns the first side named by the "between" phrase of
// the object of the verb at i, when the object names what two sides make
// together (the words' "and" joins the second to it); -1 if none.
func (s *sentence) objectBetween(i int) int {
	obj := s.child(i, "obj")
	if obj < 0 || s.actorAt[obj] >= 0 || !sidesNouns[s.lower[obj]] {
		return -1
	}
	for j := range s.toks {
		if s.head[j] == obj && relBase(s.toks[j].Rel) == "nmod" && s.caseOf(j) == "between" {
			return s.mentionOf(j)
		}
	}
	return -1
}
