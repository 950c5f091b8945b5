package coder

import "slices"

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
