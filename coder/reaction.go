package coder

import "strings"

// Praise, criticism and rejection (05, 11, 12) of a thing someone made
// are done to its maker: "welcomed the agreement signed by Sudan and
// South Sudan", "criticized the law passed by Congress", "criticized the
// House-passed budget". A participle
// describing the object of another act names no target of it
// ("arrested the journalist detained by police" arrests the
// journalist), so only these acts take the maker.

// reactsTo reports whether code names a reaction to what another did:
// praise or endorsement (05), disapproval (11) or rejection (12).
func reactsTo(code string) bool { return codeUnder(code, "05", "11", "12") }

// makerOfObject returns the actor who made the object of the verb at
// i, by the "by" phrase of a past participle describing it or the name
// glued to one by a hyphen; -1 if none.
func (s *sentence) makerOfObject(i int) int {
	obj := s.child(i, "obj")
	if obj < 0 || s.actorAt[obj] >= 0 {
		return -1
	}
	for p := range s.toks {
		if s.head[p] == obj && s.toks[p].XPOS == "VBN" && s.toks[p].Rel == "amod" && s.hyphenGlued(p) {
			// "the House-passed budget", "a Senate-approved bill": the
			// name glued to the participle made it.
			if k := s.actorAt[p-2]; k >= 0 {
				return k
			}
		}
		if s.head[p] != obj || s.toks[p].XPOS != "VBN" || !strings.HasPrefix(s.toks[p].Rel, "acl") {
			continue
		}
		for a := range s.toks {
			if s.head[a] == p && s.caseOf(a) == "by" {
				if k := s.mentionOf(a); k >= 0 {
					return k
				}
			}
		}
	}
	return -1
}
