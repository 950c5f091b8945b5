package coder

// A pledge told as a clause ("Iran promised that it would release the
// British tanker", "Modi vowed that India would retaliate") reports what
// its maker will do as a verb of saying does: the clause is coded with
// the pledger as the speaker, its "would" setting the act ahead (an
// intent, 0353; a threat, 138). The pledge verb itself codes nothing
// more: its own patterns take an object, not a clause.

// pledgeVerbs commit their subject to what the clause after them says.
var pledgeVerbs = wordSet("promise pledge vow assure guarantee swear")

// pledgedThat reports whether the clause headed by j is the complement
// of a verb of pledgeVerbs and sets its act ahead with "will" or
// "would": a pledge reported as speech is.
func (s *sentence) pledgedThat(j int) bool {
	h := s.head[j]
	if h < 0 || s.toks[j].Rel != "ccomp" || !pledgeVerbs[s.toks[h].Lemma] {
		return false
	}
	return s.hasChildWord(j, "aux", pledgeAux)
}

// pledgeAux set a pledged act ahead.
var pledgeAux = wordSet("will would")

// pledgeAddressee returns whom an intent (03x) with no target of its own
// is pledged to, when the clause of the act at i is a pledge (pledgedThat)
// whose verb names them as its object: "China assured Pakistan that it
// would provide aid" is China's intent to aid Pakistan. (What one tells
// a body, "told the council that the meeting had agreed", is no pledge
// to it.) -1 when there is none, or it is of the
// sources' own side.
func (s *sentence) pledgeAddressee(i int, code string, sources []int) int {
	if !codeUnder(code, "03") {
		return -1
	}
	j := s.tclause[i]
	h := s.head[j]
	if h < 0 || !s.pledgedThat(j) {
		return -1
	}
	k := s.mentionOf(s.child(h, "obj", "iobj"))
	if k < 0 || s.ownSide(k, sources) {
		return -1
	}
	return k
}
