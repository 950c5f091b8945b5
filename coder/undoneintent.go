package coder

// An intent called off, reversed or denied is no intent: "Trump
// cancelled his plans to visit Denmark", "China reversed its decision to
// ban imports of Canadian canola" and "Iran denied plans to attack
// Israel" declare neither the visit, the ban nor the attack.

// undoingVerbs call off, reverse or deny the plan, decision or offer
// that is their object.
var undoingVerbs = map[string]bool{"cancel": true, "reverse": true, "abandon": true, "drop": true, "scrap": true,
	"shelve": true, "withdraw": true, "rescind": true, "revoke": true, "deny": true, "retract": true,
	"overturn": true, "suspend": true, "halt": true, "freeze": true, "ditch": true, "axe": true}

// intentUndone reports whether the control noun at i ("plans",
// "decision", "offer") is the object of a verb that undoes it.
func (s *sentence) intentUndone(i int) bool {
	h := s.head[i]
	return h >= 0 && s.toks[i].Rel == "obj" && undoingVerbs[s.toks[h].Lemma]
}
