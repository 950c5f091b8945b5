package coder

import "slices"

// A verb that codes only through its patterns ("impose sanctions on",
// "place under arrest") codes in the passive too: "sanctions were
// imposed on Iran by the United States", "the leader was placed under
// arrest by police". The passive moves the object before the verb, so a
// pattern's first word may be the passive subject ("sanctions"), and a
// pattern's leading "+" is that subject ("placed + under arrest").

// passiveReading is a pattern matched on a passive verb: whom the
// pattern names as target, if it names one, and whether the passive
// subject is the act's target as the verb alone would have it.
type passiveReading struct {
	pat       *pattern
	target    int  // the pattern's own "+" after the verb, -1 for none
	bySubject bool // the target is the passive subject's
}

// passivePattern returns the first pattern of v, longest first, that
// the passive verb at i matches, whose agent (by) is not its target;
// ok is false when none does.
func (s *sentence) passivePattern(i int, v *verb, agents []int) (passiveReading, bool) {
	subj := s.child(i, "nsubj:pass")
	for _, p := range v.patterns {
		if len(p.pre) > 0 || len(p.elems) == 0 {
			continue
		}
		rest, bySubject := p.elems, true
		switch {
		case rest[0].target:
			rest = rest[1:] // "placed + under arrest": the subject
		case len(rest) > 1 && rest[1].target && s.particleOf(i, rest[0].words):
			rest = rest[2:] // "was called on + to": the subject, after the particle
		case subj >= 0 && slices.Contains(rest[0].words, s.lower[subj]):
			rest, bySubject = rest[1:], false // "sanctions were imposed"
		}
		pr := passiveReading{pat: p, target: -1, bySubject: bySubject}
		if len(rest) == 0 {
			return pr, true
		}
		after := &pattern{elems: rest} // the words after the verb
		r, ok := s.match(i, after)
		if !ok {
			continue
		}
		if after.hasTarget() {
			if slices.Contains(agents, r.target) {
				continue // the "by" agent is who did it, not to whom
			}
			pr.target, pr.bySubject = r.target, false
		}
		return pr, true
	}
	return passiveReading{}, false
}

// particleOf reports whether the verb at i has a particle among words
// ("called on", "called upon"), which the passive leaves after the verb.
func (s *sentence) particleOf(i int, words []string) bool {
	p := s.child(i, "compound:prt")
	if p < 0 && i+1 < len(s.toks) && s.head[i+1] == i && s.toks[i+1].UPOS == "ADP" {
		p = i + 1
	}
	return p >= 0 && slices.Contains(words, s.lower[p])
}

// ownedThing reports whether the noun at h names a thing, no actor, that
// an actor owns ("Saudi Arabia's oil facilities"), not people ("Iran's
// soldiers", "its citizens").
func (s *sentence) ownedThing(h int) bool {
	if s.actorAt[h] >= 0 || s.toks[h].UPOS != "NOUN" || personNouns[s.lower[h]] || peopleNouns[s.lower[h]] {
		return false
	}
	o := s.child(h, "nmod:poss")
	return o >= 0 && s.actorAt[o] >= 0
}

// peopleNouns name people in numbers, who are the actor that has them.
var peopleNouns = map[string]bool{"people": true, "citizens": true, "nationals": true, "soldiers": true,
	"troops": true, "forces": true, "civilians": true, "residents": true, "population": true}

// attackBy returns the authors of the act of force the "by" phrase o of
// a passive names ("by Syrian airstrikes", "by Kurdish rocket fire") and
// the noun's pattern; nil if o names no such act or no author of it.
func (s *sentence) attackBy(o int) ([]int, *pattern) {
	if !s.eventNoun(o) {
		return nil, nil
	}
	nv, _ := s.nounVerb(o)
	if nv.def == nil || !violent(nv.def.code) {
		return nil, nil
	}
	if a := s.authorsOfAct(o); len(a) > 0 {
		return a, nv.def
	}
	return nil, nil
}
