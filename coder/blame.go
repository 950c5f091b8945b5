package coder

import (
	"slices"
	"strings"
)

// A speaker who says that an actor did a wrong accuses it (112): "Pompeo
// said Iran was responsible for the attacks", "The United States said
// Russia violated the INF treaty".

// blameCode is the code of a speaker's saying who did a wrong: accuse.
const blameCode = "112"

// blameWords hold someone to account for an act, named in a phrase
// opened by the word's case ("responsible for the attacks", "guilty of
// fraud").
var blameWords = map[string]string{"responsible": "for", "accountable": "for", "culpable": "for", "guilty": "of"}

// blameActs returns the accusations (112) a speaker makes by saying that
// an actor did a wrong: "Pompeo said Iran was responsible for the
// attacks", "The United States said Iran was behind the attack on Saudi
// oil facilities". Done by the speaker to the actor, the subject of the
// predicate; none when it is negated or supposed, or the subject is no
// actor or the speaker itself.
func (s *sentence) blameActs() []act {
	var out []act
	for p := range s.toks {
		if s.consumed[p] || s.child(p, "cop") < 0 || !s.blames(p) {
			continue
		}
		speaker := s.verdictSpeaker(p)
		if speaker < 0 || !s.heldNow(p, true) || s.moodOf(p, true) != asFact {
			continue // "will be responsible for planning" is a duty to come
		}
		subj := s.child(p, "nsubj")
		if subj < 0 || s.actorAt[subj] < 0 {
			continue
		}
		target := s.actorAt[subj]
		if s.sameActor(target, speaker) {
			continue
		}
		out = append(out, act{code: blameCode, rule: "blame: SAY (+ BE " + s.lower[p] + ")",
			sources: s.speakers(speaker), targets: []int{target}, verbStart: p, verbEnd: p + 1, via: -1})
	}
	return out
}

// wrongNouns name wrongs, beside the nouns of the dictionary's acts, that
// someone is held responsible for ("the deaths", "the crash"); a duty one
// is responsible for ("planning activities") is none.
var wrongNouns = map[string]bool{"death": true, "deaths": true, "crash": true, "explosion": true, "explosions": true,
	"fire": true, "fires": true, "violence": true, "abuse": true, "abuses": true, "collapse": true, "downing": true,
	"sinking": true, "leak": true, "leaks": true, "hack": true, "hacking": true, "spill": true, "crimes": true,
	"crime": true, "fraud": true, "corruption": true, "murder": true, "murders": true, "genocide": true,
	"massacre": true, "atrocities": true, "disappearance": true, "poisoning": true, "incident": true}

// blames reports whether the predicate at p holds its subject to account:
// a blame word with the phrase of an act or a wrong ("responsible for
// the attacks"), or an act the subject is "behind".
func (s *sentence) blames(p int) bool {
	if c, ok := blameWords[s.lower[p]]; ok && s.toks[p].UPOS == "ADJ" {
		for j := range s.toks {
			if s.head[j] == p && relBase(s.toks[j].Rel) == "obl" && s.caseOf(j) == c && (s.eventNoun(j) || wrongNouns[s.lower[j]]) {
				return true
			}
		}
		return false
	}
	return s.caseOf(p) == "behind" && s.deed(p)
}

// violationVerbs say that a rule was broken: "violated", "breached".
var violationVerbs = map[string]bool{"violate": true, "breach": true, "contravene": true, "flout": true, "infringe": true}

// truceWords are what a breach of codes as force (196), by the verbs'
// own patterns.
var truceWords = map[string]bool{"ceasefire": true, "truce": true, "cease-fire": true, "armistice": true}

// violationActs returns the accusations (112) a speaker makes by saying
// that an actor, or its deed, broke a law, a treaty or a right: "The
// United States said Russia violated the INF treaty", "Pompeo said
// China's actions violated international law". A court or a judge who
// says so rules against them (110), as one ruling it unlawful does. None
// when the breach is negated or supposed, or names a truce (force, 196).
func (s *sentence) violationActs() []act {
	var out []act
	for v := range s.toks {
		if s.consumed[v] || s.toks[v].UPOS != "VERB" || !violationVerbs[s.toks[v].Lemma] {
			continue
		}
		speaker := s.verdictSpeaker(v)
		if speaker < 0 || !s.heldNow(v, true) {
			continue
		}
		if o := s.child(v, "obj"); o >= 0 && truceWords[s.lower[o]] {
			continue
		}
		target := s.atFault(v)
		if target < 0 || s.sameActor(target, speaker) {
			continue
		}
		code := blameCode
		if slices.Contains(s.ms[speaker].Roles, "JUD") {
			code = disapprovalCode // a court's finding that an act broke the law
		}
		out = append(out, act{code: code, rule: "violation: SAY (+ " + strings.ToUpper(s.toks[v].Lemma) + ")",
			sources: s.speakers(speaker), targets: []int{target}, verbStart: v, verbEnd: v + 1, via: -1})
	}
	return out
}
