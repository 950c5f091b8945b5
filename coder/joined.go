package coder

import "strings"

// joinedVerbObject reads "killed or wounded 1,500 soldiers", which the
// parse hangs with "wounded" an adjective of the object and "or" joining
// the object to nothing, as two verbs sharing the object: a conjunction
// right after a verb and before its object's modifier joins that
// modifier to the verb, since an object never starts with "or".
func (s *sentence) joinedVerbObject() {
	for i := 0; i+3 < len(s.toks); i++ {
		if s.toks[i].UPOS != "VERB" || s.toks[i+1].UPOS != "CCONJ" {
			continue
		}
		c, w := i+1, i+2
		o := s.head[w]
		if o <= w || s.head[c] != o || s.head[o] != i || s.toks[o].Rel != "obj" && s.toks[o].Rel != "conj" {
			continue
		}
		if s.toks[w].Rel != "amod" || !strings.HasSuffix(s.lower[w], "ed") || s.toks[w].XPOS != "VBN" && s.toks[w].XPOS != "JJ" && s.toks[w].XPOS != "VBD" {
			continue
		}
		s.setArc(w, i, "conj")
		s.setArc(c, w, "cc")
		s.toks[w].UPOS = "VERB"
		s.toks[w].XPOS = s.toks[i].XPOS
		if s.toks[o].Rel == "conj" {
			s.setArc(o, i, "obj")
		}
	}
}

// verbSeries reads "Iranian forces smashed four brigades, killed 1,500
// soldiers and destroyed 45 tanks", which the parse hangs with "killed"
// a participle describing the brigades, as the series of the subject's
// acts it is: a participle after a comma that heads an "and" of verbs of
// its own, with no "by" agent, continues the list of the verb before.
// "the brigades, killed by shelling" stays a description.
func (s *sentence) verbSeries() {
	for w := 2; w < len(s.toks); w++ {
		o := s.head[w]
		if s.toks[w].Rel != "acl" || s.lower[w-1] != "," || o < 0 || o >= w || s.toks[o].Rel != "obj" {
			continue
		}
		v := s.head[o]
		if v < 0 || s.toks[v].UPOS != "VERB" || s.toks[v].XPOS != "VBD" || s.toks[w].XPOS != "VBN" && s.toks[w].XPOS != "VBD" {
			continue
		}
		if s.byAgent(w) || w+1 < len(s.toks) && s.lower[w+1] == "by" || !s.hasVerbConjunct(w) {
			continue
		}
		s.setArc(w, v, "conj")
		s.toks[w].XPOS = "VBD"
	}
}

// hasVerbConjunct reports whether the verb at i has a verb joined to it
// by "and".
func (s *sentence) hasVerbConjunct(i int) bool {
	for j := i + 1; j < len(s.toks); j++ {
		if s.head[j] == i && s.toks[j].Rel == "conj" && s.toks[j].UPOS == "VERB" && s.hasChildWord(j, "cc", map[string]bool{"and": true}) {
			return true
		}
	}
	return false
}
