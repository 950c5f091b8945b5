package coder

import "github.com/annalist/annalist/actor"

// A state that protests protests officially. CAMEO's demonstration (141)
// is people in the street; a government's objection to another's act is
// an official complaint (114: "Register formal complaints or objections
// about the actions of another"), as CAMEO's own verb dictionary codes
// "protest strongly", "protest the decision" and an official protest
// (CAMEO.2.0.txt, PROTEST). So "Japan protested against the tariffs" and
// "the foreign ministry protested over the arrests" are 114, aimed at
// whom the "against" or "over" phrase names or whose act it is.

// officialProtest returns the code of the act of the verb at i, coded
// code, with sources: 114 when it is a protest (the verb "protest"
// coded as a demonstration, 141) whose every source is a state's voice
// (a country or its capital named as such, an international
// organisation, or a government's role); code otherwise.
func (s *sentence) officialProtest(i int, code string, sources []int) string {
	if code != "141" || s.toks[i].Lemma != "protest" || len(sources) == 0 {
		return code
	}
	for _, k := range sources {
		if !s.stateVoice(s.ms[k]) {
			return code
		}
	}
	return "114"
}

// stateVoice reports whether m speaks for a state or a body of states:
// a country's or capital's name (not a word for its people, which the
// dictionaries also read as the country), an international
// organisation, or a government's role word or office holder.
func (s *sentence) stateVoice(m actor.Mention) bool {
	switch m.Kind {
	case actor.Country, actor.Capital, actor.IGO:
		return len(m.Roles) == 0 && !s.peopleWord(m)
	case actor.Agent, actor.Person:
		return len(m.Roles) > 0 && m.Roles[0] == "GOV"
	}
	return false
}

// peopleWord reports whether the one-word mention m names a country's
// people, not the country: an adjective ("Japanese") or a plural
// ("Thousands of Russians protested", "Israelis").
func (s *sentence) peopleWord(m actor.Mention) bool {
	if m.End-m.Start != 1 {
		return false // "United States", "South Korea"
	}
	t := s.toks[m.Start]
	return t.UPOS == "ADJ" || t.XPOS == "NNS" || t.XPOS == "NNPS"
}
