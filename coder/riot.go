package coder

import "slices"

// Protesters who clash with police or soldiers riot: CAMEO codes a
// protest turned violent as violent protest (145) by the protesters
// ("demonstrators clashed with police in Hong Kong"), not as armed force
// (190), which is what the verb codes between armed sides. Workers who
// strike a firm stop work (143).

// protesterWords are the head nouns of those who protest.
var protesterWords = map[string]bool{"protesters": true, "protestors": true, "demonstrators": true,
	"rioters": true, "marchers": true, "protester": true, "protestor": true, "demonstrator": true}

// clashVerbs are the verbs of a fight whose sides meet.
var clashVerbs = map[string]bool{"clash": true, "scuffle": true, "brawl": true, "battle": true}

// violentProtestCode is CAMEO's code of a protest turned violent.
const violentProtestCode = "145"

// protestsTurnedViolent recodes as violent protest (145) the clashes
// (19x) whose every source is protesters, and drops the paired code that
// would make the police or soldiers fight them back as armed force.
func (s *sentence) protestsTurnedViolent(acts []act) []act {
	for i := range acts {
		a := &acts[i]
		if !codeUnder(a.code, "19") || !clashVerbs[s.toks[a.verbStart].Lemma] {
			continue
		}
		if s.allProtesters(a.sources) {
			a.code, a.paired, a.mutual = violentProtestCode, "", false
			a.rule = "riot.go: protesters CLASH WITH + (protest turned violent)"
		}
	}
	return s.workersStruck(s.protestersForce(acts)) // protesterforce.go
}

// workersStruck recodes as a stoppage of work (143) the force (19x) of
// the verb "strike" whose every source is people who work, none an armed
// force or a state, and every target a firm: workers and unions strike a
// firm or its plants ("the union struck GM's truck plants"), where jets
// strike targets and strikers who strike police hit them.
func (s *sentence) workersStruck(acts []act) []act {
	for i := range acts {
		a := &acts[i]
		if !codeUnder(a.code, "19") || s.toks[a.verbStart].Lemma != "strike" || len(a.sources) == 0 {
			continue
		}
		labour := len(a.targets) > 0
		for _, k := range a.targets {
			labour = labour && slices.Contains(s.ms[k].Roles, "BUS") // a firm, not police struck with sticks
		}
		for _, k := range a.sources {
			labour = labour && s.worker(k) && !s.armed([]int{k})
		}
		if labour {
			a.code, a.paired = stoppageVerb.def.code, ""
			a.rule = "riot.go: workers STRIKE + (stoppage of work)"
		}
	}
	return acts
}

// allProtesters reports whether the actors ks are protesters, every one.
func (s *sentence) allProtesters(ks []int) bool {
	for _, k := range ks {
		if !s.protesters(k) {
			return false
		}
	}
	return len(ks) > 0
}

// protesters reports whether the mention k names protesters by its last
// word ("demonstrators", "anti-government protesters").
func (s *sentence) protesters(k int) bool {
	m := s.ms[k]
	if m.End > m.Start && m.End <= len(s.toks) && s.hasChildWord(m.End-1, "amod", strikingWords) {
		return true // "striking shipyard workers clashed with police": strikers protest
	}
	return m.End > m.Start && protesterWords[s.lower[m.End-1]]
}

// workerRoles are the roles of people who strike a firm by stopping
// work; protesters or civilians who strike someone hit them.
var workerRoles = []string{"LAB", "EDU", "HLH", "AGR", "MED"}

// worker reports whether the mention k is of people who work, by a role
// of workerRoles.
func (s *sentence) worker(k int) bool {
	return anyRole(s.ms[k].Roles, workerRoles)
}
