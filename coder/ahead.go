package coder

// aheadUnits are the spans "next" sets after the news ("next week", "next
// month", "next Tuesday").
var aheadUnits = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "summer": true,
	"spring": true, "autumn": true, "winter": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true}

// aheadWords set a span after the news ("next week", "the coming month").
var aheadWords = map[string]bool{"next": true, "coming": true}

// datedAhead reports whether the verb or act noun at i is dated after the
// news by a time phrase of its own ("when he visits Washington next
// month", "a visit next week", "talks tomorrow"): an act the news puts
// ahead has not happened yet, whatever the tense ("visits"), and is
// intended. Only the phrase hung from i counts: "next week" under another
// verb dates that one.
func (s *sentence) datedAhead(i int) bool {
	if s.toks[i].XPOS == "VBD" {
		return false // "agreed last week to meet next month": the "next" is the meeting's
	}
	obj := s.child(i, "obj")
	for j := range s.toks {
		if s.head[j] == obj && obj >= 0 && unmarkedTime(s.toks[j].Rel) && s.aheadTime(j) {
			// "meets Thatcher in London tomorrow", the date hung from the
			// name: a time phrase dates no person or country.
			return true
		}
		if s.head[j] != i {
			continue
		}
		if s.aheadOwner(j) {
			return true // "during next week's visit to Tokyo" (aheadowner.go)
		}
		if c := s.caseOf(j); c != "" && c != "on" {
			continue
		}
		switch rel := s.toks[j].Rel; {
		case s.lower[j] == "tomorrow" && (rel == "advmod" || unmarkedTime(rel)):
			return true
		case aheadUnits[s.lower[j]] && (unmarkedTime(rel) || rel == "obl" || rel == "nmod") &&
			s.hasChildWord(j, "amod", aheadWords):
			return true
		}
	}
	return false
}

// aheadTime reports whether the word at j names a time after the news:
// "tomorrow", or a span "next" or "coming" sets ("next week").
func (s *sentence) aheadTime(j int) bool {
	return s.lower[j] == "tomorrow" || aheadUnits[s.lower[j]] && s.hasChildWord(j, "amod", aheadWords)
}

// unmarkedTime reports whether rel hangs a time phrase with no preposition
// ("next week", "tomorrow").
func unmarkedTime(rel string) bool {
	return rel == "obl:unmarked" || rel == "obl:tmod" || rel == "nmod:tmod" || rel == "nmod:unmarked"
}

// dueTo reports whether the "to"-infinitive at i hangs from "due" ("Trump
// is due to visit Japan"): a visit or meeting someone is due to make is
// scheduled, their intent to meet (036), as "a visit next week" is; being
// due to do anything else is only expected, and no act.
func (s *sentence) dueTo(i int) bool {
	h := s.head[i]
	return h >= 0 && (s.lower[h] == "due" && s.toks[h].UPOS == "ADJ" || s.scheduledTo(i)) && s.hasChildWord(i, "mark", toMark)
}
