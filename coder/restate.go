package coder

import "github.com/annalist/annalist/actor"

// News reports an act and then tells of it again: "Iranian forces
// attacked a British tanker on Friday. The attack took place in the
// Strait of Hormuz." The second sentence asserts that the attack
// happened; it is the same act, coded again with the same actors, as a
// pronoun takes its referent. An act named only as a cause or a frame
// ("This comes after weeks of protests", "in response to the attack")
// is not asserted, and codes nothing.

// pastAct is an act coded earlier in the article: its code and actors.
type pastAct struct {
	code             string
	sources, targets []actor.Mention
}

// noteActs records in last, by CAMEO root, the sentence's acts that have
// authors, the later over the earlier, their actors placed in their
// countries as the sentence's events place them (here).
func noteActs(s *sentence, acts []act, last map[string]pastAct, here homes) {
	placed := func(ks []int) []actor.Mention {
		var out []actor.Mention
		for _, k := range ks {
			m := s.ms[k]
			if !s.foreignRole(k) {
				m = here.place(m)
			}
			out = append(out, m)
		}
		return out
	}
	for _, a := range acts {
		if len(a.sources) == 0 || len(a.code) < 2 {
			continue
		}
		last[a.code[:2]] = pastAct{code: a.code, sources: placed(a.sources), targets: placed(a.targets)}
	}
}

// happeningVerbs assert that what their subject names happened.
var happeningVerbs = map[string]bool{"happen": true, "occur": true, "begin": true, "start": true, "unfold": true, "continue": true}

// restatedActs returns, for each verb of the sentence that asserts a
// definite act noun happened ("The attack took place in ...", "the
// shooting began at 10:39"), the article's last coded act of that noun's
// kind again, with its actors; none for a kind the sentence codes
// already, or that the article coded before it.
func (s *sentence) restatedActs(coded []act) []act {
	var out []act
	for i := range s.toks {
		if !s.happening(i) {
			continue
		}
		n := s.child(i, "nsubj")
		if n < 0 || !s.nominal(n) || s.actorAt[n] >= 0 {
			continue
		}
		past, ok := s.pastActNamed(n)
		if !ok || s.namesAuthor(n) || codesRoot(coded, past.code) || codesRoot(out, past.code) {
			continue
		}
		if s.moodOf(i, s.via[i] >= 0) != asFact || s.negatedAt(i) {
			continue
		}
		a := act{code: past.code, verbStart: n, verbEnd: n + 1, via: -1, rule: "restated: the act the article coded before"}
		for _, m := range past.sources {
			a.sources = append(a.sources, s.addMention(m, n, n+1))
		}
		for _, m := range past.targets {
			a.targets = append(a.targets, s.addMention(m, n, n+1))
		}
		s.actorAt[n] = -1 // the noun stays the act's word, not an actor of the sentence
		out = append(out, a)
	}
	return out
}

// pastActNamed returns the article's last coded act of the kind the
// act noun at n names when a determiner points back to it ("the
// attack", "this decision"); false if the noun is no such act or the
// article coded none of its kind before.
func (s *sentence) pastActNamed(n int) (pastAct, bool) {
	if !s.hasChildWord(n, "det", anaphoraDeterminers) {
		return pastAct{}, false
	}
	v, ok := s.nounVerb(n)
	if !ok || v.def == nil || len(v.def.code) < 2 {
		return pastAct{}, false
	}
	past, ok := s.lastActs[v.def.code[:2]]
	return past, ok
}

// happening reports whether the verb at i asserts that its subject
// happened: "happened", "occurred", "began", "took place".
func (s *sentence) happening(i int) bool {
	if s.toks[i].UPOS != "VERB" {
		return false
	}
	if happeningVerbs[s.toks[i].Lemma] {
		return true
	}
	o := s.child(i, "obj")
	return s.toks[i].Lemma == "take" && o >= 0 && s.lower[o] == "place"
}

// namesAuthor reports whether the act noun at n names who did it ("his
// attack", "the Iranian attack", "the attack by Iran"): then it is read
// as any act noun is, not as the act before.
func (s *sentence) namesAuthor(n int) bool {
	for j := range s.toks {
		if s.head[j] != n {
			continue
		}
		switch rel := s.toks[j].Rel; {
		case rel == "nmod:poss", s.actorAt[j] >= 0, relBase(rel) == "nmod" && s.caseOf(j) == "by":
			return true
		}
	}
	return false
}

// codesRoot reports whether acts code an act of code's CAMEO root that
// someone does.
func codesRoot(acts []act, code string) bool {
	for _, a := range acts {
		if len(a.sources) > 0 && len(a.code) >= 2 && a.code[:2] == code[:2] {
			return true
		}
	}
	return false
}
