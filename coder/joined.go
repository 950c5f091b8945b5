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
		if s.head[j] == i && s.toks[j].Rel == "conj" && s.toks[j].UPOS == "VERB" && s.hasChildWord(j, "cc", andWord) {
			return true
		}
	}
	return false
}

// verbAfterParticiple reads "Spanish farmers demanding a better deal from
// the EC blocked roads and staged rallies", which the parse leaves
// without a main verb (the farmers the root, "blocked" an adjective of
// the roads, hung from "demanding"), as the farmers blocking roads and
// staging rallies: a sentence has a main verb, and a past tense right
// after the object of a subject's -ing participle is it.
func (s *sentence) verbAfterParticiple() {
	r, later := s.rootIndex(), -1
	if r >= 0 && s.toks[r].UPOS == "VERB" {
		// "... blocked roads before their leaders announced a truce",
		// the farmers made a second subject of "announced".
		later, r = r, s.child(r, "nsubj")
		if r < 0 || s.child(later, "mark") < r {
			return
		}
	}
	if r < 0 || s.toks[r].UPOS != "NOUN" && s.toks[r].UPOS != "PROPN" {
		return
	}
	p := s.child(r, "acl")
	if p <= r || s.toks[p].XPOS != "VBG" {
		return
	}
	v := -1
	for j := p + 1; j < len(s.toks); j++ {
		if u := s.toks[j].UPOS; u == "AUX" || u == "VERB" && s.toks[j].Rel != "amod" && !(s.toks[j].Rel == "acl" && s.toks[j].XPOS == "VBD") {
			return // a verb of its own: not this slip
		}
		if s.toks[j].UPOS == "VERB" {
			v = j
			break
		}
	}
	if v < 0 || s.toks[v].XPOS != "VBD" && s.toks[v].XPOS != "VBN" || s.lower[v-1] == "," {
		return
	}
	o := s.head[v]
	if s.toks[v].Rel == "acl" {
		// "demanding the release of their leaders clashed with
		// police": a past tense hung from the participle's object as
		// if it described it.
		if o >= v || !s.within(o, p) {
			return
		}
		o = -1
	} else if o <= v || !s.within(o, p) || s.toks[o].Rel != "obj" && s.toks[o].Rel != "conj" {
		return
	}
	if later >= 0 {
		m := s.child(later, "mark")
		if m < v || s.child(later, "nsubj", "nsubj:pass") == r && s.secondSubject(later, r) < 0 {
			return
		}
	}
	s.setArc(v, -1, "root")
	s.setArc(r, v, "nsubj")
	s.toks[v].XPOS = "VBD"
	if later >= 0 {
		s.setArc(later, v, "advcl")
	}
	if o < 0 {
		for j := v + 1; j < len(s.toks); j++ {
			if s.head[j] == r && s.toks[j].Rel == "punct" {
				s.setArc(j, v, "punct")
			}
		}
		return
	}
	s.setArc(o, v, "obj")
	for j := o + 1; j < len(s.toks); j++ {
		if s.head[j] == r && s.toks[j].Rel == "punct" {
			s.setArc(j, v, "punct")
		}
		// "... and staged protest rallies": the object's conjunct with
		// a verb read as its adjective is a second act.
		q := s.head[j]
		if s.toks[j].Rel == "amod" && s.toks[j].UPOS == "VERB" && q > j && s.head[q] == o && s.toks[q].Rel == "conj" && s.lower[j-1] == "and" {
			s.setArc(j, v, "conj")
			s.setArc(q, j, "obj")
			s.setArc(j-1, j, "cc")
			s.toks[j].XPOS = "VBD"
		}
	}
}

// andWord joins the verbs of a series.
var andWord = map[string]bool{"and": true}

// secondSubject returns the subject of the verb at i other than r, -1 if
// none.
func (s *sentence) secondSubject(i, r int) int {
	for j := range s.toks {
		if j != r && s.head[j] == i && (s.toks[j].Rel == "nsubj" || s.toks[j].Rel == "nsubj:pass") {
			return j
		}
	}
	return -1
}

// compassWords name a direction that "of" places something from.
var compassWords = map[string]bool{"east": true, "west": true, "north": true, "south": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true}

// compassPlace reads "repelled an Iranian attack east of Basra", which the
// parse hangs with "east" the object and "attack" a word compounded with
// it, as the attack placed east of Basra: a direction with "of" after it
// places the noun before it, which is the phrase's head.
func (s *sentence) compassPlace() {
	for e := 1; e+2 < len(s.toks); e++ {
		c := e - 1
		if !compassWords[s.lower[e]] || s.head[c] != e || s.toks[c].Rel != "compound" || s.toks[c].UPOS != "NOUN" {
			continue
		}
		if o := s.child(e, "nmod"); o <= e || s.caseOf(o) != "of" {
			continue
		}
		h, rel := s.head[e], s.toks[e].Rel
		if h < 0 {
			continue
		}
		s.setArc(c, h, rel)
		for j := 0; j < c; j++ {
			if s.head[j] == e {
				s.setArc(j, c, s.toks[j].Rel) // "an Iranian": the attack's
			}
		}
		s.setArc(e, c, "nmod")
	}
}
