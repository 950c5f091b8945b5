package coder

// A visit or meeting owned by a time after the news is still to come:
// "during next week's visit to Tokyo by Trade Secretary Liam Fox",
// "tomorrow's meeting between Putin and Erdogan" are intents to meet
// (036), as "a visit next week" is (datedAhead), not visits made.

// aheadOwner reports whether j, a possessive of an act noun, is a time
// after the news: "next week's", "next month's", "tomorrow's".
func (s *sentence) aheadOwner(j int) bool {
	return s.toks[j].Rel == "nmod:poss" && s.aheadTime(j)
}

// scheduledTo reports whether the "to"-infinitive at i hangs from "set"
// or "scheduled" as "due" does ("Trump is set to meet Xi", "Pompeo is
// scheduled to visit Riyadh"): a visit or meeting so set is an intent to
// meet (036, dueTo); anything else so set is only expected.
func (s *sentence) scheduledTo(i int) bool {
	h := s.head[i]
	if h < 0 || !s.hasChildWord(i, "mark", toMark) || s.toks[i].Rel != "xcomp" && s.toks[i].Rel != "advcl" {
		return false
	}
	return scheduleWords[s.lower[h]] && s.child(h, "cop", "aux:pass") >= 0
}

// scheduleWords set an act for a time to come when they are the
// predicate of its doer ("is set to", "was scheduled to").
var scheduleWords = wordSet("set scheduled")
