package coder

// Questions and expectations: a clause opened by "whether" asks if an
// act happened ("It is unclear whether Iran seized the tanker",
// "Reporters asked whether Russia had attacked Ukraine"), and an
// infinitive hung from an adjective says what is due or likely ("Trump is
// likely to visit Japan"); neither reports an act. (A visit one is due
// to make is an intent to meet: ahead.go.)

// questionMarks open a clause that asks rather than tells.
var questionMarks = map[string]bool{"whether": true}

// questionMark ends a clause that asks.
var questionMark = map[string]bool{"?": true}

// questioned reports whether the verb at i heads, or lies within, a
// clause opened by "whether" or ended by a question mark ("Why did
// Russia attack the convoy?" tells of no attack).
func (s *sentence) questioned(i int) bool {
	for j, steps := i, 0; j >= 0 && steps < 8; j, steps = s.head[j], steps+1 {
		if s.hasChildWord(j, "mark", questionMarks) || s.hasChildWord(j, "punct", questionMark) {
			return true
		}
	}
	return false
}

// asksQuestion reports whether the verb at i asks a question of no one
// named, its complement opened by "whether" or "if" and no object, or
// the question quoted before it of anyone ("asked whether Russia
// had attacked", "\"Will the talks resume?\" asked the reporter"). A
// question is no appeal.
func (s *sentence) asksQuestion(i int) bool {
	if s.toks[i].Lemma == "ask" && s.afterQuestion(i) {
		return true // of whomever it is asked ("..?" she asked reporters)
	}
	if s.child(i, "obj", "iobj") >= 0 {
		return false
	}
	for j := range s.toks {
		// The parse may hang the question as an adverbial clause
		// ("Asked by reporters whether he sensed a shift, ...").
		if s.head[j] == i && (s.toks[j].Rel == "ccomp" || s.toks[j].Rel == "advcl" && s.toks[i].Lemma == "ask") &&
			(s.hasChildWord(j, "mark", questionMarks) || s.hasChildWord(j, "mark", conditions)) {
			return true
		}
	}
	return false
}

// expectedOnly reports whether the "to"-infinitive at i hangs from an
// adjective that is no control word ("is due to visit", "is set to
// impose", "is likely to meet") or from a passive verb of expecting
// ("is expected to announce"): what is due or likely has not happened,
// and is no one's stated intent ("ready to negotiate" is, by @control).
func (s *sentence) expectedOnly(i int) bool {
	h := s.head[i]
	if h < 0 || !s.hasChildWord(i, "mark", toMark) {
		return false
	}
	if s.toks[h].UPOS == "VERB" && expectVerbs[s.toks[h].Lemma] && s.passiveAt(h) {
		return true
	}
	if s.toks[h].UPOS != "ADJ" {
		return false
	}
	f, ok := s.v.forms[s.lower[h]]
	return !ok || f.verb.control == ""
}

// expectVerbs, in the passive, say what others expect of someone ("Reagan
// is expected to announce ...").
var expectVerbs = map[string]bool{"expect": true, "predict": true, "forecast": true, "tip": true}

// afterQuestion reports whether the verb at i comes right after a
// question mark, with only punctuation and the asker's name between
// ("\"...?\" asked Zelensky", "\"...?\" the minister asked").
func (s *sentence) afterQuestion(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		switch {
		case s.toks[j].Form == "?":
			return true
		case s.toks[j].UPOS == "VERB" || s.toks[j].UPOS == "AUX":
			return false
		}
	}
	return false
}
