package coder

import "strings"

// Protesters who gather, march or take to the streets "to demand" the
// resignation of a leader make the demand by doing so: "Thousands of
// protesters gathered in Beirut to demand the resignation of Hariri".
// A purpose infinitive is otherwise no act done (treeacts.go: "deployed
// troops to attack"); a demand voiced by a protest is.

// protestVerbs gather people in protest, or are protest itself.
var protestVerbs = map[string]bool{"gather": true, "assemble": true, "rally": true, "march": true, "protest": true,
	"demonstrate": true, "strike": true, "converge": true, "mass": true, "flood": true, "pour": true, "block": true}

// protestPurpose reports whether the "to"-infinitive at l is a demand
// (code under 10) that the verb it is the purpose of makes by protest:
// a verb of protestVerbs, or "took to the streets".
func (s *sentence) protestPurpose(l int) bool {
	if s.gatheredToProtest(l) {
		return true // "gathered to protest against the government" (protestpurpose.go)
	}
	f, ok := s.verbAt(l)
	h := s.head[l]
	if !ok || f.verb.def == nil || !strings.HasPrefix(f.verb.def.code, "10") || h < 0 || !s.actorBelow(l) {
		return false // a demand needs an addressee ("to demand a better deal" names none)
	}
	if protestVerbs[s.toks[h].Lemma] || s.wentOnStrike(h) {
		return true // ("went on strike to demand": protestpurpose.go)
	}
	return s.streetsTaken(h) >= 0 // "took to the streets to demand ..."
}

// streetsTaken returns the verb "took" of "took to the streets" that h,
// the head of a purpose infinitive, is or hangs from (the infinitive hung
// from the verb or from "streets"); -1 if none.
func (s *sentence) streetsTaken(h int) int {
	if streetWords[s.lower[h]] && s.head[h] >= 0 {
		h = s.head[h]
	}
	if s.toks[h].Lemma == "take" && s.hasChildWord(h, "obl", streetWords) {
		return h
	}
	return -1
}

// streetWords are where "took to" sends protesters.
var streetWords = map[string]bool{"streets": true, "street": true}

// actorBelow reports whether a word of the phrase or clause headed by l
// names an actor who is not a place ("a better deal within the
// Community" names no addressee).
func (s *sentence) actorBelow(l int) bool {
	for j := range s.toks {
		if j != l && s.actorAt[j] >= 0 && !placeCases[s.caseOf(j)] && s.within(j, l) {
			return true
		}
	}
	return false
}

// placeCases open a phrase of where, not of whom.
var placeCases = map[string]bool{"in": true, "within": true, "inside": true, "at": true, "across": true, "throughout": true}
