package coder

// A control verb read as a passive participle with an infinitive of its
// own states its subject's readiness: "Turkey is prepared to hold talks
// with Syria", "China is committed to work with Africa" are Turkey's and
// China's intents, as "is ready to" is, not acts someone else did to them.
// With a "by" agent it stays a passive ("was prepared by the ministry").

// statedReadiness reports whether the control verb v at i, passive in
// form, governs an infinitive of its subject's and has no "by" agent:
// a word of readiness ("prepared") or "committed". ("Is expected to",
// "was asked to" stay passives: someone else expects or asks.)
func (s *sentence) statedReadiness(i int, v *verb) bool {
	if v.control != "ready" && v.lemma != "commit" || s.child(i, "obl:agent") >= 0 || s.child(i, "nsubj:pass") < 0 {
		return false
	}
	// (complementOf also finds "is prepared to resume talks", the
	// infinitive read as a purpose.)
	j := s.complementOf(i)
	return j >= 0 && s.hasChildWord(j, "mark", toMark)
}

// readySubject returns the "it" the parse took for an expletive before a
// control word with an infinitive ("India said it was eager to hold
// talks"): no extraposed clause follows such a word, so "it" is its
// subject. -1 otherwise.
func (s *sentence) readySubject(i int) int {
	// The word is looked up first: subjectOf asks at each step that has
	// no subject, and few words are control words.
	if f, ok := s.verbAt(i); !ok || f.verb.control == "" {
		return -1
	}
	e := s.child(i, "expl")
	if e < 0 || e > i || s.lower[e] != "it" || s.child(i, "xcomp") < 0 {
		return -1
	}
	return e
}

// linkVerbs hold their subject in the state the word after them names
// ("stands ready", "remains willing"). ("Appeared ready" and "seemed
// willing" are the writer's impression, no one's declared intent.)
var linkVerbs = wordSet("stand remain")

// standsReady reports whether the control word at i (an adjective or a
// participle, "ready", "willing", "prepared") is the complement of a
// verb of linkVerbs: "China stands ready to hold talks" declares
// China's readiness as "China is ready to" does.
func (s *sentence) standsReady(i int) bool {
	h := s.head[i]
	if h < 0 || s.toks[i].Rel != "xcomp" || !linkVerbs[s.toks[h].Lemma] || s.toks[i].UPOS == "VERB" && s.toks[i].XPOS != "VBN" {
		return false
	}
	f, ok := s.verbAt(i)
	return ok && f.verb.control != ""
}

// gradeWords lessen a readiness: "investors will be less eager to buy
// U.S. bonds" tells how a mood moves, not an intent anyone declares.
// ("More willing to negotiate" still declares one.)
var gradeWords = wordSet("less least")

// gradedReadiness reports whether the control word at i is graded by one
// of gradeWords.
func (s *sentence) gradedReadiness(i int) bool {
	return s.toks[i].UPOS == "ADJ" && s.hasChildWord(i, "advmod", gradeWords)
}
