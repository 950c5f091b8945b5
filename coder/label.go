package coder

import (
	"slices"
	"strings"
)

// A name of fault or wrong given to an actor, or to what it did or made,
// criticizes it (111): "Zarif branded the US sanctions economic
// terrorism", "Trump called Iran a terrorist state".

// labelVerbs call something by a name: "described the sanctions as
// economic terrorism", "branded the inquiry a witch hunt".
var labelVerbs = map[string]bool{"describe": true, "characterize": true, "characterise": true, "brand": true,
	"label": true, "term": true, "dub": true, "call": true}

// labelWords are names of wrongs that a label verb gives, beside the
// words of fault: "described the move as an attack on democracy".
var labelWords = map[string]bool{"attack": true, "terrorism": true, "aggression": true, "hunt": true, "coup": true,
	"piracy": true, "blackmail": true, "crime": true, "bullying": true, "interference": true, "liar": true,
	"criminal": true, "criminals": true, "dictator": true, "puppet": true, "traitor": true, "terrorist": true,
	"terrorists": true, "racist": true, "murderer": true, "thug": true, "thugs": true, "bully": true, "enemy": true,
	"tyrant": true, "rogue": true, "usurper": true}

// labelForms are the forms of labelVerbs in news copy.
var labelForms = map[string]bool{"described": true, "describes": true, "describing": true, "characterized": true,
	"characterised": true, "branded": true, "brands": true, "labelled": true, "labeled": true, "termed": true,
	"dubbed": true, "called": true}

// labelActs returns the criticism (111) the sentence tells as a name of
// fault or wrong given to an actor or to what it did or made: "Zarif
// branded the US sanctions economic terrorism", "Erdogan described the
// offensive by Syrian forces as an attack on Turkey". Done by the verb's
// subject to the actor; none when the verb is negated or supposed, or the
// object names no actor or deed of one other than the subject.
func (s *sentence) labelActs() []act {
	var out []act
	for i := range s.toks {
		if s.consumed[i] || s.toks[i].UPOS != "VERB" || !labelVerbs[s.toks[i].Lemma] || strings.HasPrefix(s.toks[i].Rel, "acl") {
			continue // "a letter describing Saudis as arrogant" is the letter's
		}
		name := s.labelOf(i)
		if name < 0 {
			continue
		}
		o := s.child(i, "obj")
		if o == name {
			// "branded the US sanctions economic terrorism", the name
			// parsed as the object and the thing named as its subject.
			o = s.child(name, "nsubj")
		}
		if o < 0 {
			continue
		}
		if !s.heldNow(i, s.reportedBy(i) >= 0) {
			continue
		}
		target := s.actorAt[o]
		if target < 0 && s.deed(o) {
			target = s.deedAuthor(o)
		}
		sources, pronoun, _ := s.subjectOf(i)
		if target < 0 || len(sources) == 0 || pronoun || slices.Contains(sources, target) {
			continue
		}
		out = append(out, act{code: verdictCode, rule: "label of fault: " + strings.ToUpper(s.toks[i].Lemma) + " * + AS " + s.lower[name],
			sources: sources, targets: []int{target}, verbStart: i, verbEnd: i + 1, via: viaUnlessSource(s.reportedBy(i), sources)})
	}
	return out
}

// labelOf returns the name of fault or wrong the label verb at i gives:
// its "as" phrase, or its second complement; -1 if none.
func (s *sentence) labelOf(i int) int {
	for j := range s.toks {
		if s.head[j] != i || s.consumed[j] || !s.wrongName(j) {
			continue // a pattern of the verb that took the name codes it
		}
		switch relBase(s.toks[j].Rel) {
		case "obl", "advcl":
			if s.caseOf(j) == "as" || s.hasChildWord(j, "mark", asMark) {
				return j
			}
		case "xcomp", "obj":
			return j
		}
	}
	return -1
}

// wrongName reports whether the word at j names a fault or a wrong, by
// itself or by a word before it ("a terrorist state", "a rogue regime").
func (s *sentence) wrongName(j int) bool {
	if faultWords[s.lower[j]] || labelWords[s.lower[j]] {
		return true
	}
	for m := range s.toks {
		if s.head[m] == j && m < j && (s.toks[m].Rel == "amod" || s.toks[m].Rel == "compound") && labelWords[s.lower[m]] {
			return true
		}
	}
	return false
}

// asMark opens the name a label verb gives ("described it as a mistake").
var asMark = map[string]bool{"as": true}
