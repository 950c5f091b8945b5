package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
)

// Who does an act to whom, where the tree misleads: a name before a
// matter is its topic, a place a subject is in is not its owner, a
// journey's "from" is whence, support held "of" others is theirs, a
// participle set off with a "by" agent is done to the subject.

// topicCompound reports whether the name j before noun h says what h is
// about rather than whose it is: h is a matter, not a thing one owns,
// and another common noun compounded with h stands between them ("the
// Iran arms scandal", "European Community spending cuts"), as none does
// in "the Iran embassy" or "an Iranian oil tanker".
func (s *sentence) topicCompound(j, h int) bool {
	if !topicHeads[s.lower[h]] {
		return false
	}
	for c := j + 1; c < h; c++ {
		if s.head[c] == h && s.toks[c].Rel == "compound" && s.toks[c].UPOS == "NOUN" && s.actorAt[c] < 0 {
			return true
		}
	}
	return false
}

// topicHeads are nouns of matters and measures.
var topicHeads = map[string]bool{"scandal": true, "affair": true, "crisis": true, "issue": true, "question": true,
	"controversy": true, "dispute": true, "case": true, "deal": true, "program": true, "programme": true,
	"policy": true, "measures": true, "cuts": true, "plan": true}

// goesTo reports whether the noun h, whose phrase j opens with "from",
// also has a "to" phrase before j: a journey's "from" names whence it
// came, not who made it ("a visit to London from Jamaica").
func (s *sentence) goesTo(h, j int) bool {
	return s.prepPhrase(h, "nmod", "to", j)
}

// placeOnly reports whether the phrase j, naming actor k, is a place
// named by a locative phrase of a noun that is no actor: it says where
// the thing is, not whose it is
// ("Hailstorms and strong winds in south China killed two people",
// "attackers in Mali") when the noun is a subject: whom an act is done to
// may be a country's ("denounced the coup in Niger").
func (s *sentence) placeOnly(j, k int) bool {
	h := s.head[j]
	if h >= 0 && s.toks[h].Rel == "conj" {
		h = s.head[h] // "Hailstorms and strong winds in south China"
	}
	if h < 0 || !strings.HasPrefix(s.toks[h].Rel, "nsubj") || !locative[s.caseOf(j)] {
		return false
	}
	switch s.ms[k].Kind {
	case actor.Country, actor.Capital:
		return true
	}
	return false
}

// namedHere reports whether the sentence names two or more actors before
// token k: a "they" after them is more likely those than the authors of
// the sentence before ("Japan's delegate and the U.S. ambassador
// replied ..., but they were willing to continue talks").
func (s *sentence) namedHere(k int) bool {
	n := 0
	for _, m := range s.ms {
		if m.End <= k {
			n++
		}
	}
	return n >= 2
}

// holdVerbs have as object an act someone else does to their subject:
// "the Conservatives had the support of 39 pct of voters", "won the
// backing of Germany" are the voters' and Germany's support.
var holdVerbs = map[string]bool{"have": true, "win": true, "gain": true, "enjoy": true, "lose": true,
	"receive": true, "get": true, "retain": true, "keep": true}

// heldFrom returns, for the act noun at i held by its verb's subject
// ("had the support of voters"), the authors its "of" phrase names and
// the holders; nil, nil when the noun is not so held.
func (s *sentence) heldFrom(i int) (authors, holders []int) {
	h := s.head[i]
	if h < 0 || s.toks[i].Rel != "obj" || !holdVerbs[s.toks[h].Lemma] {
		return nil, nil
	}
	subj := s.child(h, "nsubj")
	if subj < 0 {
		return nil, nil
	}
	for j := range s.toks {
		if s.head[j] != i {
			continue
		}
		if relBase(s.toks[j].Rel) == "nmod" && s.caseOf(j) == "of" {
			if a := s.actorsOf(j); len(a) > 0 {
				return a, s.actorsOf(subj)
			}
		}
		if r := s.toks[j].Rel; r == "compound" || r == "nmod:poss" {
			// "Argentina had World Bank support", "won Germany's backing"
			if k := s.actorAt[j]; k >= 0 {
				return []int{k}, s.actorsOf(subj)
			}
		}
	}
	return nil, nil
}

// setOffParticiple reports whether the past participle at i, set off by
// a comma with a "by" agent and no auxiliary or object, describes the
// subject the parse gave it ("Hong Kong, supported by a large number of
// developing countries, attacked the act"): a passive, not its act.
func (s *sentence) setOffParticiple(i int) bool {
	return i > 0 && s.toks[i].XPOS == "VBN" && s.lower[i-1] == "," && s.child(i, "aux", "aux:pass", "obj") < 0 && s.byAgent(i)
}

// passiveHolder returns the noun a passive participle at i without a
// subject of its own is done to: the subject the parse gave a set-off
// participle, or the main clause's subject for one fronted before it
// ("Supported by the Reagan administration, China argued ..."); -1 if
// none.
func (s *sentence) passiveHolder(i int) int {
	if s.setOffParticiple(i) {
		return s.child(i, "nsubj")
	}
	if h := s.head[i]; h >= 0 && h > i && s.toks[i].XPOS == "VBN" && s.toks[i].Rel == "advcl" {
		return s.child(h, "nsubj")
	}
	return -1
}

// withPhrase reports whether the noun at i has a phrase opened by
// "with" ("a phone conversation with Erdogan").
func (s *sentence) withPhrase(i int) bool {
	return s.prepPhrase(i, "nmod", "with", len(s.toks))
}
