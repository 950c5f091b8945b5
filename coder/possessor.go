package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
)

// A talk or visit owned by a pronoun is its speaker's: "Abe said his visit
// to Washington would help resolve the dispute" is Abe's visit (036, the
// clause setting it ahead), "Iran said its talks with France would go
// on" Iran's. The pronoun is resolved only to the subject of a word
// above the noun ("Abe hopes his visit will ..."), never to a channel
// ("according to the Times"), and only when it fits: "his" or "her" a
// person or one holding a role, "its" or "their" no person.

// maxOwnerSteps is how many verbs above an act noun its owner's subject
// may be sought.
const maxOwnerSteps = 4

// pronounOwner returns the actor the possessive pronoun at j, owner of
// the consultation or visit noun at i (code under 04), stands for: the
// subject of the nearest word above the noun that has one other than the
// noun's own phrase ("Abe said his visit would help": Abe, the subject
// of "said"); nil when that subject is no actor or does not fit the
// pronoun.
func (s *sentence) pronounOwner(i, j int, code string) []int {
	if !possessivePronouns[s.lower[j]] || s.lower[j] == "our" || !codeUnder(code, "04") {
		return nil
	}
	for h, n := s.head[i], 0; h >= 0 && n < maxOwnerSteps; h, n = s.head[h], n+1 {
		subj := s.child(h, "nsubj")
		if subj < 0 || subj == i || s.within(i, subj) {
			continue
		}
		if k := s.mentionOf(subj); k >= 0 && s.ownerFits(j, k) {
			return []int{k}
		}
		return nil
	}
	return nil
}

// ownerFits reports whether the possessive pronoun at j can stand for
// actor k: "his" and "her" for a person or a single role holder, "its"
// and "their" for anything but a person.
func (s *sentence) ownerFits(j, k int) bool {
	m := s.ms[k]
	switch s.lower[j] {
	case "his", "her":
		return m.Kind == actor.Person || m.Kind == actor.Agent && !s.plural(m.End-1)
	default:
		return m.Kind != actor.Person
	}
}

// modalFinite reports whether the bare verb at i is made finite by a
// modal ("said his visit would help resolve ...": "help" under "would"),
// so that it needs a subject as a finite verb does (repair.go's
// reportedSubject).
func (s *sentence) modalFinite(i int) bool {
	if s.toks[i].XPOS != "VB" {
		return false
	}
	a := s.child(i, "aux")
	return a >= 0 && a < i && s.toks[a].XPOS == "MD"
}

// auxStart returns where the verb at i begins with its auxiliaries
// ("would be held"): the first of them, else i.
func (s *sentence) auxStart(i int) int {
	start := i
	for j := i - 1; j >= 0 && (s.head[j] == i && strings.HasPrefix(s.toks[j].Rel, "aux") || s.toks[j].Rel == "advmod" && s.head[j] == i); j-- {
		if strings.HasPrefix(s.toks[j].Rel, "aux") {
			start = j
		}
	}
	return start
}
