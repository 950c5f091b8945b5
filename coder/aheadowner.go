package coder

// A visit or meeting owned by a time after the news is still to come:
// "during next week's visit to Tokyo by Trade Secretary Liam Fox",
// "tomorrow's meeting between Putin and Erdogan" are intents to meet
// (036), as "a visit next week" is (datedAhead), not visits made.

// aheadOwner reports whether j, a possessive of an act noun, is a time
// after the news: "next week's", "next month's", "tomorrow's".
func (s *sentence) aheadOwner(j int) bool {
	if s.toks[j].Rel != "nmod:poss" {
		return false
	}
	return s.lower[j] == "tomorrow" || aheadUnits[s.lower[j]] && s.hasChildWord(j, "amod", aheadWords)
}
