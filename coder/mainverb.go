package coder

import "strings"

// The repairs of repairTree (repair.go) that find a sentence's main verb
// where the parse took it for a participle or a noun, or took a noun for
// it.

// participleRoot reads "The United States imposed sanctions", parsed as
// the noun "sanctions" with a subject and a participle before it, as the
// verb "imposed" with its subject and object.
func (s *sentence) participleRoot() {
	n := s.rootIndex()
	if n < 0 || s.toks[n].UPOS != "NOUN" || s.child(n, "cop") >= 0 {
		return
	}
	subj := s.child(n, "nsubj")
	v := n - 1
	if subj < 0 || v <= subj || s.head[v] != n || s.toks[v].Rel != "amod" || s.toks[v].UPOS != "VERB" {
		return
	}
	if x := s.toks[v].XPOS; x != "VBD" && x != "VBN" {
		return
	}
	// Nothing but the subject's own words before the participle.
	if !s.allWithin(subj+1, v, subj) {
		return
	}
	s.setArc(v, -1, "root")
	s.setArc(subj, v, "nsubj")
	for j := n + 1; j < len(s.toks); j++ {
		if s.head[j] != n {
			continue
		}
		switch {
		case s.toks[j].Rel == "punct":
			s.setArc(j, v, "punct")
		case s.toks[j].Rel == "conj" && s.toks[j].UPOS == "VERB" && s.child(j, "cc") < 0:
			// ", accusing it of ...": the verb's adverbial clause
			s.setArc(j, v, "advcl")
		case s.toks[j].UPOS == "VERB":
			s.setArc(j, v, s.toks[j].Rel)
		}
	}
	s.setArc(n, v, "obj")
}

// asideRoot reads the main verb after a subject's aside (subjectAside)
// as the root when the parse made the subject the root and hung the verb
// inside the aside or from its own object: then the parse found no main
// verb at all, and the words show it.
func (s *sentence) asideRoot() {
	open, close, main := s.subjectAside()
	if open < 0 {
		return
	}
	s.asideObject(open, close, main)
	r := s.rootIndex()
	if r < 0 || r >= open || s.head[main] < 0 || s.toks[main].UPOS != "VERB" {
		return
	}
	if u := s.toks[r].UPOS; u != "NOUN" && u != "PROPN" {
		return
	}
	if x := s.toks[main].XPOS; x != "VBD" && x != "VBN" {
		return
	}
	if h := s.head[main]; h > main && s.toks[main].Rel == "amod" {
		s.setArc(h, main, "obj") // "imposed sanctions", read as "imposed" describing them
	}
	s.setArc(main, -1, "root")
	for j := close + 1; j < len(s.toks); j++ {
		if s.head[j] != r || j == main {
			continue
		}
		switch rel := s.toks[j].Rel; {
		case relBase(rel) == "nmod":
			s.setArc(j, main, "obl")
		case rel == "punct":
			s.setArc(j, main, rel)
		}
	}
	if s.head[open+1] == r {
		s.setArc(open+1, main, "advcl")
	}
	s.setArc(r, main, "nsubj")
}

// asideObject reads the object of a subject's aside that the parse made
// the main verb's subject ("The United Nations, citing cases of torture,
// condemned ...", "cases" the subject of "condemned" and "the United
// Nations" hung from it) as the aside participle's object, and the
// phrase before the aside as the subject.
func (s *sentence) asideObject(open, close, main int) {
	j := s.child(main, "nsubj")
	if j <= open+1 || j >= close || s.child(open+1, "obj") >= 0 {
		return
	}
	sh := -1 // the head of the phrase before the aside
	for k := 0; k < open; k++ {
		if h := s.head[k]; h < 0 || h >= open {
			if sh >= 0 {
				return // more than one phrase
			}
			sh = k
		}
	}
	if sh < 0 || s.head[sh] != main && s.head[sh] != j && s.head[sh] != open+1 {
		return
	}
	if h := s.head[open+1]; h == j || h < 0 || h == sh {
		s.setArc(open+1, main, "advcl") // no cycle: the participle hung from its own object
	}
	s.setArc(j, open+1, "obj")
	s.setArc(sh, main, "nsubj")
}

// pluralNounSubject reads "Houthi drone strikes hit Saudi oil
// facilities", parsed as "drone" striking with "hit" its complement, as
// the strikes hitting: a verb in -s with a bare verb right after it, and
// no object between, is a plural noun and its verb.
func (s *sentence) pluralNounSubject() {
	v := s.rootIndex()
	if v < 1 || v+1 >= len(s.toks) || s.toks[v].XPOS != "VBZ" || !strings.HasSuffix(s.lower[v], "s") || s.child(v, "obj") >= 0 {
		return
	}
	w := v + 1
	if s.head[w] != v || s.toks[w].Rel != "xcomp" || s.toks[w].UPOS != "VERB" || s.child(w, "mark", "aux", "nsubj") >= 0 {
		return
	}
	if x := s.toks[w].XPOS; x != "VB" && x != "VBD" && x != "VBP" {
		return // "opposes including ...", "continues to ...": a verb's complement
	}
	subj := s.child(v, "nsubj")
	if subj < 0 || subj > v {
		return
	}
	s.setArc(w, -1, "root")
	for j := range s.toks {
		switch {
		case j == v || s.head[j] != v:
		case j < v:
			s.setArc(j, v, "compound") // "Houthi drone strikes"
		default:
			s.setArc(j, w, s.toks[j].Rel)
		}
	}
	s.setArc(v, w, "nsubj")
	s.toks[v].UPOS, s.toks[v].XPOS = "NOUN", "NNS"
	if s.toks[w].XPOS == "VB" {
		s.toks[w].XPOS = "VBD" // finite after its subject: "hit", "cut" are past or present alike
	}
}

// possessedParticiple reads "for the company's threatened Kenosha plant",
// parsed as "the company" threatening the plant, as the plant described
// by the participle: a subject never takes the possessive "'s", so the
// possessor and the participle both describe the noun after them.
func (s *sentence) possessedParticiple() {
	for v := 2; v < len(s.toks); v++ {
		// The cheap tests first: the subject is the word but one before.
		subj := v - 2
		if s.head[subj] != v || s.toks[v].UPOS != "VERB" || s.toks[v].XPOS != "VBN" && s.toks[v].XPOS != "VBD" || s.child(v, "nsubj") != subj {
			continue
		}
		if c := s.child(subj, "case"); c != v-1 || s.toks[c].XPOS != "POS" {
			continue
		}
		o := s.child(v, "obj")
		if o < v || !s.allWithin(v+1, o, o) {
			continue
		}
		m := s.child(v, "mark")
		if s.child(v, "aux", "aux:pass") >= 0 || m >= 0 && s.toks[m].XPOS != "IN" {
			continue
		}
		h := s.head[v]
		if m >= 0 {
			s.setArc(m, o, "case") // "for the company's ... plant"
		}
		switch {
		case h < 0:
			s.setArc(o, -1, "root")
		case s.toks[h].UPOS == "VERB":
			s.setArc(o, h, "obl")
		default:
			s.setArc(o, h, "nmod")
		}
		s.setArc(v, o, "amod")
		s.setArc(subj, o, "nmod:poss")
	}
}

// agentAsideRoot reads "Shultz, accompanied by senior advisers, arrived
// ... and went ...", parsed with the aside's participle as the root and
// the subject hung from it, as the verb after the aside the root, the
// subject its subject and the participle describing the subject: a
// participle with its "by" agent set off by commas after a name is an
// aside, not the sentence's act.
func (s *sentence) agentAsideRoot() {
	r := s.rootIndex()
	if r < 2 || s.lower[r-1] != "," || s.toks[r].XPOS != "VBN" || s.child(r, "obl:agent") < 0 {
		return
	}
	subj := -1
	for j := 0; j < r-1; j++ {
		if u := s.toks[j].UPOS; u == "VERB" || u == "AUX" {
			return
		}
		if s.head[j] == r {
			if subj >= 0 {
				return
			}
			subj = j
		}
	}
	if subj < 0 || s.actorAt[subj] < 0 {
		return
	}
	main := -1
	for j := r + 2; j < len(s.toks); j++ {
		if s.head[j] == r && s.toks[j].Rel == "conj" && s.toks[j].UPOS == "VERB" && s.lower[j-1] == "," {
			main = j
			break
		}
	}
	if main < 0 || s.toks[main].XPOS != "VBD" && s.toks[main].XPOS != "VBZ" {
		return
	}
	s.setArc(main, -1, "root")
	s.setArc(subj, main, "nsubj")
	s.setArc(r, subj, "acl")
	for j := main + 1; j < len(s.toks); j++ {
		if s.head[j] == r && s.toks[j].Rel == "punct" {
			s.setArc(j, main, "punct")
		}
	}
}
