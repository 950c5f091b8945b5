package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
)

// News names an act and, in the next sentence, the reactions to it: "Iran
// seized a British tanker. The move was condemned by the EU." "The move"
// is Iran's act, and what is done to an act is done to its author. The
// coder carries the authors of the previous sentence's first act to the
// next sentence, where a definite act noun with no author of its own
// stands for them.

// actAnaphora are nouns that refer back to an act named before.
var actAnaphora = map[string]bool{"move": true, "decision": true, "call": true, "proposal": true, "announcement": true,
	"plan": true, "measure": true, "step": true, "remarks": true, "comments": true, "statement": true, "action": true,
	"demand": true, "request": true, "appeal": true, "offer": true, "ruling": true, "order": true,
	"decree": true, "policy": true}

// anaphoraDeterminers make a noun refer to something named before.
var anaphoraDeterminers = map[string]bool{"the": true, "this": true, "that": true}

// earlierAuthors returns mentions standing, at the noun h, for the
// authors of the act the previous sentence named, when h is a definite
// act noun ("the move", "this decision") that names no author of its
// own; nil otherwise. The mentions are added to the sentence.
func (s *sentence) earlierAuthors(h int) []int {
	if a, ok := s.earlier[h]; ok {
		return a // already added, when another reading asked first
	}
	if h < 0 || len(s.prev) == 0 || s.actorAt[h] >= 0 {
		return nil
	}
	if !actAnaphora[s.lower[h]] {
		// An act noun stands for the act before only if it names the
		// same kind of act ("Iran seized a tanker. The seizure ..."),
		// not another ("Police arrested a man. The attack ...").
		v, ok := s.nounVerb(h)
		if !ok || !s.nominal(h) || v.def == nil || len(v.def.code) < 2 || len(s.prevCode) < 2 || v.def.code[:2] != s.prevCode[:2] {
			return nil
		}
	}
	det := false
	for j := range s.toks {
		if s.head[j] != h {
			continue
		}
		switch rel := s.toks[j].Rel; {
		case rel == "det" && anaphoraDeterminers[s.lower[j]]:
			det = true
		case rel == "nmod:poss", rel == "amod" && s.actorAt[j] >= 0, relBase(rel) == "nmod" && s.caseOf(j) == "by", relBase(rel) == "nmod" && s.caseOf(j) == "from":
			return nil // "Iran's move", "the Iranian move", "the call by France"
		}
	}
	if !det {
		return nil
	}
	out := s.standIn(h)
	if s.earlier == nil {
		s.earlier = map[int][]int{}
	}
	s.earlier[h] = out
	return out
}

// actAuthors returns the authors of the sentence's first coded act, as
// mentions to carry to the next sentence, and the act's code.
func actAuthors(s *sentence, acts []act) ([]actor.Mention, string) {
	if len(acts) == 0 {
		return nil, ""
	}
	return s.mentions(acts[0].sources), acts[0].code
}

// mentions returns the sentence's mentions at indexes ks, to keep past
// the sentence.
func (s *sentence) mentions(ks []int) []actor.Mention {
	var out []actor.Mention
	for _, k := range ks {
		out = append(out, s.ms[k])
	}
	return out
}

// theyEarlier returns mentions standing, at the subject "they" of the
// verb at i, for those who did the act the previous sentence named, when
// they are several or a body of people ("Police arrested a man on
// Monday. They released him pending investigation."); nil otherwise.
// A country or a single person is seldom "they".
func (s *sentence) theyEarlier(i int) []int {
	subj := s.child(i, "nsubj")
	if subj < 0 || s.lower[subj] != "they" || s.actorAt[subj] >= 0 || len(s.prev) == 0 || s.namedHere(subj) {
		return nil
	}
	if len(s.prev) == 1 && s.prev[0].Kind != actor.Agent {
		return nil
	}
	return s.standIn(subj)
}

// standIn adds the previous act's authors as mentions at the token k,
// which stands for them ("the move", "they"), and returns their indexes.
func (s *sentence) standIn(k int) []int {
	var out []int
	for _, m := range s.prev {
		out = append(out, s.addMention(m, k, k+1))
	}
	s.actorAt[k] = out[0] // the token reads as the first of them
	return out
}

// noteCoercion records in doneTo, by code, the targets of the sentence's
// acts of coercion (17): "sentenced a doctor ... Judge Jones handed down
// the sentence" is done to the doctor.
//
// It also records, under suspectKey, the targets of the last act that
// holds someone to account for a crime: coercion or an accusation of one
// (1121, "police alleged he shot ...").
func noteCoercion(s *sentence, acts []act, doneTo map[string][]actor.Mention) {
	for _, a := range acts {
		if len(a.targets) == 0 {
			continue
		}
		if strings.HasPrefix(a.code, "17") {
			doneTo[a.code] = s.mentions(a.targets)
		}
		if strings.HasPrefix(a.code, "17") || a.code == "1121" {
			doneTo[suspectKey] = s.mentions(a.targets)
		}
	}
}

// suspectKey is the key in doneTo of the article's last suspect: whom
// it last charged, arrested or accused.
const suspectKey = "suspect"

// earlierTarget returns a mention standing for the target of the
// article's last act of coercion with code when the verb at i names that
// act again by a definite noun with no phrase of its own ("handed down
// the sentence", the pattern's word or the verb's object); -1 otherwise.
// The mention is added to the sentence.
//
// An investigation of a crime the article named before ("are
// investigating the shooting", "treating it as terrorism") is done to
// the article's last suspect: the crime it looks into is theirs.
func (s *sentence) earlierTarget(i int, lits []int, code string) int {
	prior := s.doneTo[code]
	crime := code == "091"
	if crime {
		prior = s.doneTo[suspectKey]
	}
	if len(prior) == 0 {
		return -1
	}
	o := s.child(i, "obj")
	for _, j := range lits {
		if s.head[j] == i && s.toks[j].UPOS == "NOUN" {
			o = j
		}
	}
	if crime && o >= 0 && s.toks[o].UPOS == "PRON" && s.lower[o] == "it" {
		return s.addMention(prior[0], o, o+1)
	}
	if o < 0 || s.toks[o].UPOS != "NOUN" || !s.hasChildWord(o, "det", anaphoraDeterminers) {
		return -1
	}
	for j := range s.toks {
		if s.head[j] == o && (s.toks[j].Rel == "nmod:poss" || relBase(s.toks[j].Rel) == "nmod" && s.caseOf(j) != "as" || s.actorAt[j] >= 0) {
			return -1 // "his sentence", "the sentence of Fields": named here (what it is taken as names no one)
		}
	}
	return s.addMention(prior[0], o, o+1)
}
