package coder

// Protesters who clash with police or soldiers riot: CAMEO codes a
// protest turned violent as violent protest (145) by the protesters
// ("demonstrators clashed with police in Hong Kong"), not as armed force
// (190), which is what the verb codes between armed sides.

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
		if !codeUnder(a.code, "19") || !clashVerbs[s.toks[a.verbStart].Lemma] || len(a.sources) == 0 {
			continue
		}
		protest := true
		for _, k := range a.sources {
			protest = protest && s.protesters(k)
		}
		if protest {
			a.code, a.paired, a.mutual = violentProtestCode, "", false
			a.rule = "riot.go: protesters CLASH WITH + (protest turned violent)"
		}
	}
	return acts
}

// protesters reports whether the mention k names protesters by its last
// word ("demonstrators", "anti-government protesters").
func (s *sentence) protesters(k int) bool {
	m := s.ms[k]
	return m.End > m.Start && protesterWords[s.lower[m.End-1]]
}
