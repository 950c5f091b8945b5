package coder

// Someone who "came under fire from" or "is under criticism from" an
// actor is criticized by that actor (111): "Johnson came under fire from
// opposition leaders over his Brexit plan", "the government is under
// fire from the Commission". The act's author is in the "from" phrase and
// its target is the subject, so no pattern of the dictionary reads it.
// Fire from an armed force, or on one, is shooting, not words ("the patrol
// came under fire from Iraqi gunboats"): force, which this reading leaves
// to the verbs.

// underFireWords are the nouns that, after "under", name criticism.
var underFireWords = map[string]bool{"fire": true, "criticism": true, "attack": true}

// underFireCode is the code of criticism voiced: criticize or denounce.
const underFireCode = "111"

// gunRoles are the roles of those who fire with weapons (no government).
var gunRoles = []string{"MIL", "REB", "INS", "UAF", "SPY", "COP"}

// underFireActs returns the criticism (111) of a subject who comes or is
// "under fire" or "under criticism" from an actor; none in a sentence
// that supposes a condition or is set in the past, nor when the clause
// is negated, supposed or asked.
func (s *sentence) underFireActs() []act {
	if !s.hasWord(underFireWords) || s.conditional() || s.pastOpening() {
		return nil
	}
	var out []act
	for p := range s.toks {
		if !underFireWords[s.lower[p]] || s.consumed[p] || s.toks[p].UPOS != "NOUN" || s.caseOf(p) != "under" {
			continue
		}
		v := s.underFireVerb(p)
		if v < 0 || !s.heldNow(v, s.reportedBy(v) >= 0) || s.datedBefore(v) {
			continue
		}
		from := s.fromPhrase(v, p)
		if from < 0 {
			continue
		}
		sources := s.actorsOf(from)
		targets, _, _ := s.subjectOf(v)
		if len(sources) == 0 || len(targets) == 0 || s.armed(sources) || s.armed(targets) {
			continue
		}
		if s.lower[p] != "criticism" && !(s.namesActor(from) && s.namesActor(s.child(v, "nsubj"))) {
			continue // "the patrol boat came under fire from Iraqi gunboats": vessels shot at
		}
		out = append(out, act{code: underFireCode, rule: "underfire.go: + COME UNDER " + s.lower[p] + " FROM +",
			sources: sources, targets: targets, verbStart: p, verbEnd: p + 1, via: s.reportedBy(v)})
	}
	return out
}

// underFireVerb returns the clause that "under fire" at p belongs to: the
// noun itself when it is the predicate ("is under fire"), else the verb it
// hangs from when that is "come" or "be" ("came under fire"); -1 when
// it belongs to another verb ("fired under orders").
func (s *sentence) underFireVerb(p int) int {
	if s.child(p, "cop") >= 0 || s.child(p, "nsubj") >= 0 {
		return p
	}
	h := s.head[p]
	if h < 0 || s.toks[p].Rel != "obl" {
		return -1
	}
	switch s.toks[h].Lemma {
	case "come", "be", "remain", "fall":
		return h
	}
	return -1
}

// fromPhrase returns the head of the "from" phrase, hung from the verb v
// or from the noun p ("under fire from the EU"), that names an actor; -1
// if there is none.
func (s *sentence) fromPhrase(v, p int) int {
	for j := range s.toks {
		if (s.head[j] == v || s.head[j] == p) && s.caseOf(j) == "from" && len(s.actorsOf(j)) > 0 {
			return j
		}
	}
	return -1
}

// namesActor reports whether the word at j, the head of a phrase, is
// itself an actor's name or role, or a pronoun, not a thing an adjective
// of country qualifies ("Iraqi gunboats", "the Iranian patrol boat").
func (s *sentence) namesActor(j int) bool {
	return j >= 0 && (s.actorAt[j] >= 0 || s.toks[j].UPOS == "PRON")
}

// armed reports whether any of the mentions is of an armed force.
func (s *sentence) armed(mentions []int) bool {
	for _, k := range mentions {
		if anyRole(s.ms[k].Roles, gunRoles) {
			return true
		}
	}
	return false
}

// hasWord reports whether any token's lower-cased form is in words: a
// cheap test that lets the readings above skip the clause tests
// (conditional, pastOpening) on the many sentences that lack their word.
func (s *sentence) hasWord(words map[string]bool) bool {
	for _, w := range s.lower {
		if words[w] {
			return true
		}
	}
	return false
}
