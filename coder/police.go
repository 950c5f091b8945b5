package coder

import (
	"slices"

	"github.com/annalist/annalist/actor"
)

// Police report their own arrests in the passive: "Police in London said
// two men were arrested on Sunday", "Turkish police said 20 protesters
// were detained". The passive names no agent, but the police speak of
// what they did. Officials other than the police may report arrests
// others made, and courts, not police, sentence: only the police, and
// only arrests and charges, are read so.

// policeActs are the lemmas of what police do and report in the passive.
var policeActs = map[string]bool{"arrest": true, "detain": true, "apprehend": true, "charge": true}

// policeReported returns the police reporting the passive act at i,
// which code codes, when it is an arrest or a charge: the speaker via,
// if the police; -1 otherwise.
func (s *sentence) policeReported(i, via int, code string) int {
	if via < 0 || !codeUnder(code, "17") || !policeActs[s.toks[i].Lemma] {
		return -1
	}
	if !slices.Contains(s.ms[via].Roles, "COP") {
		return -1
	}
	return via
}

// nationCharged reports whether the targets of a charge are all
// countries or capitals named as such ("charged Japan with lying and
// cheating"): courts and prosecutors charge people and firms, and a
// charge laid on a nation is an accusation in words (112). A country's
// adjective names people of it ("arrested two Ukrainian sailors").
func (s *sentence) nationCharged(targets []int) bool {
	return len(targets) > 0 && !slices.ContainsFunc(targets, func(k int) bool {
		m := s.ms[k]
		if m.Kind != actor.Country && m.Kind != actor.Capital || len(m.Roles) > 0 || m.End <= m.Start || m.End > len(s.toks) {
			return true
		}
		return s.toks[m.End-1].UPOS != "PROPN" // "Chinese hackers"
	})
}
