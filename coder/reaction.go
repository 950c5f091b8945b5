package coder

import (
	"slices"
	"strings"
)

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

// reactionTarget returns whom the reaction (reactsTo) at the verb i with
// no target of its own is done to: the maker of its object, what it
// reacts to, or the author of the act its object names ("called China's
// decision unacceptable"); -1 if none.
func (s *sentence) reactionTarget(i int, sources []int) int {
	if k := s.makerOfObject(i); k >= 0 {
		return k
	}
	if k := s.reactedTo(i); k >= 0 {
		return k
	}
	if k := s.objectBetween(i); k >= 0 {
		return k
	}
	return s.objectAuthor(i, sources)
}

// makerOfObject returns the actor who made the object of the verb at
// i, by the "by" phrase of a past participle describing it or the name
// glued to one by a hyphen; -1 if none.
func (s *sentence) makerOfObject(i int) int {
	obj := s.child(i, "obj")
	if obj < 0 || s.actorAt[obj] >= 0 {
		return -1
	}
	return s.participleMaker(obj)
}

// participleMaker returns the actor who made the thing the noun at n
// names, by the "by" phrase of a past participle describing it ("the tax
// proposed by the Commission") or the name glued to one by a hyphen ("the
// House-passed budget"); -1 if none.
func (s *sentence) participleMaker(n int) int {
	for p := range s.toks {
		if s.head[p] == n && s.toks[p].XPOS == "VBN" && s.toks[p].Rel == "amod" && s.hyphenGlued(p) {
			// "the House-passed budget", "a Senate-approved bill": the
			// name glued to the participle made it.
			if k := s.actorAt[p-2]; k >= 0 {
				return k
			}
		}
		if s.head[p] != n || s.toks[p].XPOS != "VBN" || !strings.HasPrefix(s.toks[p].Rel, "acl") {
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

// complaintCases open the phrase that says what a complaint is about.
var complaintCases = map[string]bool{"over": true, "about": true, "against": true}

// complaintBodies open the phrase naming whom a complaint is made to.
var complaintBodies = map[string]bool{"to": true, "with": true, "at": true}

// complaintHost reports whether the phrase h, of the verb at i, may hold
// what a complaint is about: whom it is made to, the complaint the verb
// files or lodges (its object), or whom that is made to.
func (s *sentence) complaintHost(i, h int) bool {
	if complaintBodies[s.caseOf(h)] {
		if s.head[h] == i {
			return true
		}
		h = s.head[h]
	}
	return h >= 0 && s.head[h] == i && s.toks[h].Rel == "obj"
}

// complainedOf returns, for an official complaint (114) made to someone
// ("protested to the United Nations over airspace violations by the
// Turkish air force"), whom the complaint is about: the actor its "over",
// "about" or "against" phrase names, or the author of the act it names.
// The body complained to only hears it. -1 when the phrase names no one
// but the complainants.
func (s *sentence) complainedOf(i int, sources []int) int {
	for j := i + 1; j < len(s.toks); j++ {
		h := s.head[j]
		if h < 0 || !complaintCases[s.caseOf(j)] {
			continue
		}
		// The phrase hangs from the verb or, as the parse may have it,
		// from whom the complaint is made to, or from the complaint
		// filed ("filed a complaint with the WTO against the United
		// States").
		if !(h == i && relBase(s.toks[j].Rel) == "obl" || relBase(s.toks[j].Rel) == "nmod" && s.complaintHost(i, h)) {
			continue
		}
		k := s.mentionOf(j)
		if k < 0 {
			if a := s.authorsOfAct(j); len(a) > 0 {
				k = a[0]
			} else if a := s.agentAfter(j); len(a) > 0 && s.authorCase(j, s.head[j+1]) {
				k = a[0] // "violations by the Turkish air force", hung from the verb
			}
		}
		if k >= 0 && !slices.Contains(sources, k) {
			return k
		}
	}
	return -1
}
