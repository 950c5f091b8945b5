package coder

import "strings"

// "Called on" someone appeals to them, but "called Erdogan on Sunday"
// telephoned Erdogan on a day: the "on" of the pattern "call on +" is
// then the day's, and the actor after it ("... to discuss Syria") is no
// addressee. A call whose "on" opens a day, with an actor as its object,
// is a telephone conversation with that actor (041); with none, it is no
// act.

// phoneCode is the code of a telephone conversation.
const phoneCode = "041"

// calledOnDay recodes the appeals (02) that the pattern "call on" coded
// (its rule names ON|UPON) when the verb's only "on" phrase names a day: to a telephone call (041) with the verb's object when it
// is an actor, else to no act.
func (s *sentence) calledOnDay(acts []act) []act {
	out := acts[:0]
	for _, a := range acts {
		v := a.verbStart
		if !codeUnder(a.code, "02") || s.toks[v].Lemma != "call" || !strings.Contains(a.rule, "ON|UPON") || !s.onDayOnly(v) {
			out = append(out, a)
			continue
		}
		if o := s.child(v, "obj"); o >= 0 && s.actorAt[o] >= 0 {
			a.code, a.paired, a.targets = phoneCode, "", []int{s.actorAt[o]}
			out = append(out, a)
		}
	}
	return out
}

// onDayOnly reports whether the verb at i has an "on" phrase naming a day
// ("on Sunday") and no particle "on" or "upon" of its own.
func (s *sentence) onDayOnly(i int) bool {
	day := false
	for j := range s.toks {
		if s.head[j] != i {
			continue
		}
		if s.toks[j].Rel == "compound:prt" && (s.lower[j] == "on" || s.lower[j] == "upon") {
			return false
		}
		if relBase(s.toks[j].Rel) == "obl" && s.caseOf(j) == "on" {
			if !timeWords[s.lower[j]] {
				return false
			}
			day = true
		}
	}
	return day
}
