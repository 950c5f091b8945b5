package coder

import (
	"slices"

	"github.com/annalist/annalist/actor"
)

// billNouns name what a legislature passes.
var billNouns = map[string]bool{"bill": true, "bills": true, "legislation": true, "measure": true, "budget": true}

// vetoedMaker returns, for a veto (129) of a bill that names no maker
// ("Reagan vetoed an 87.5 billion dlrs highway bill"), a mention standing
// for the legislature of the vetoer's country that the article names,
// in any sentence: a bill vetoed was passed by the legislature, and the
// veto is aimed at it. -1 when the object is no bill or the article
// names no such legislature. The mention is added to the sentence.
func (s *sentence) vetoedMaker(i int, sources []int) int {
	o := s.billAfter(i)
	if o < 0 || len(sources) == 0 || s.mentionOf(o) >= 0 {
		return -1
	}
	country := s.ms[sources[0]].Country
	if country == "" {
		return -1
	}
	for _, ms := range s.article {
		for _, m := range ms {
			if m.Country == country && legislative(m) {
				return s.addMention(m, o, o+1)
			}
		}
	}
	return -1
}

// billAfter returns the verb's object when it is a bill, else the first
// bill noun in the words after the verb before any other verb, however
// the parse read a long name ("vetoed an 87.5 billion dlrs highway and
// mass transit bill"); -1 if none.
func (s *sentence) billAfter(i int) int {
	if o := s.child(i, "obj"); o >= 0 && billNouns[s.lower[o]] {
		return o
	}
	for j := i + 1; j < len(s.toks) && j <= i+maxBillWords; j++ {
		if s.toks[j].UPOS == "VERB" || s.toks[j].UPOS == "AUX" {
			break
		}
		if billNouns[s.lower[j]] {
			return j
		}
	}
	return -1
}

// maxBillWords is how far after a veto its bill may be named.
const maxBillWords = 12

// legislative reports whether m is a legislature or one of its members.
func legislative(m actor.Mention) bool { return slices.Contains(m.Roles, "LEG") }
