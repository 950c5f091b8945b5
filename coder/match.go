package coder

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
)

// act is one coded act of a sentence, before it becomes events: the code,
// the rule that gave it, its sources and targets (mention indices, joined
// by "and") and the words that named it.
type act struct {
	code, paired string
	mutual       bool
	rule         string
	sources      []int
	targets      []int
	verbStart    int  // token index of the first verb word
	verbEnd      int  // token index just past the last verb word
	via          int  // mention index of the speaker reporting it, -1 for none
	pledge       bool // a pledge made to no one named, coded without a target (pledge.go)
}

// reading is how a verb at a place matches the dictionary: the pattern, the
// target it found and the words it used.
type reading struct {
	pat    *pattern
	target int   // mention index, -1 for none
	end    int   // token index just past the verb's words before the target
	lits   []int // tokens the pattern's words matched
}

// acts codes every verb of the sentence, left to right.
func (s *sentence) acts() []act {
	var out []act
	for i := range s.toks {
		if s.consumed[i] || s.clause[i] < 0 {
			continue
		}
		f, ok := s.verbAt(i)
		if !ok || f.verb.say && !s.sayAct(i, f.verb) {
			continue
		}
		if s.infinitive(i) {
			// "urged X to allow aid convoys": the infinitive is not an act
			// of its own, but its pattern's words are not verbs either.
			if r, ok := s.matchPatterns(i, f.verb); ok {
				s.consume(r.lits)
			}
			continue
		}
		var prev *act
		if len(out) > 0 {
			prev = &out[len(out)-1]
		}
		if a, ok := s.actAt(i, f, prev); ok {
			out = append(out, a)
		}
	}
	return out
}

// actAt codes the verb at i: passive, a pattern of the verb, a control
// verb governing an infinitive ("agreed to meet"), or the verb alone.
func (s *sentence) actAt(i int, f form, prev *act) (act, bool) {
	if s.passive(i, f) {
		return s.passiveAct(i, f.verb)
	}
	start, class := i, ""
	r, ok := s.matchPatterns(i, f.verb)
	if !ok && f.verb.control != "" {
		if j := i + 2; j < len(s.toks) && s.lower[i+1] == "to" && s.clause[j] == s.clause[i] {
			if g, isVerb := s.verbAt(j); isVerb && g.kind&formBase != 0 && !g.verb.say {
				if r, ok = s.read(j, g.verb); ok {
					class = f.verb.control
					s.consumed[j] = true
				}
			}
		}
	}
	if !ok {
		if r, ok = s.alone(i, f.verb); !ok {
			return act{}, false
		}
	}
	code, paired := r.pat.code, r.pat.paired
	if class != "" {
		if mapped, ok := s.v.mapCode(class, code); ok {
			code, paired = mapped, ""
		} else if f.verb.def != nil {
			code, paired = f.verb.def.code, ""
		} else {
			return act{}, false
		}
	}
	sources, via := s.sources(start, prev)
	mutual := r.pat.mutual && class != "negate"
	if s.negated(start, sources) {
		mapped, ok := s.v.mapCode("negate", code)
		if !ok {
			return act{}, false
		}
		code, paired, mutual = mapped, "", false
	}
	if code == "" || len(sources) == 0 {
		return act{}, false
	}
	s.consume(r.lits)
	return act{
		code: code, paired: paired, mutual: mutual, rule: r.pat.rule,
		sources: sources, targets: s.group(r.target, false),
		verbStart: start, verbEnd: r.end, via: via,
	}, true
}

func (s *sentence) consume(toks []int) {
	for _, j := range toks {
		s.consumed[j] = true
	}
}

// read is how a verb reads on its own: its longest matching pattern, else
// the verb alone.
func (s *sentence) read(i int, v *verb) (reading, bool) {
	if r, ok := s.matchPatterns(i, v); ok {
		return r, true
	}
	return s.alone(i, v)
}

// alone reads the verb by itself, the first actor after it in its clause
// as the target. A word the tagger calls a noun ("the attack") does not
// code alone; nouns code only through patterns ("attack on").
func (s *sentence) alone(i int, v *verb) (reading, bool) {
	if v.def == nil {
		return reading{}, false
	}
	if pos := s.toks[i].UPOS; pos != "" && pos != "VERB" {
		return reading{}, false
	}
	if i > 0 && determiners[s.lower[i-1]] {
		return reading{}, false // "the detained journalists"
	}
	return reading{pat: v.def, target: s.targetFrom(i+1, s.clause[i]), end: i + 1}, true
}

func (s *sentence) matchPatterns(i int, v *verb) (reading, bool) {
	for _, p := range v.patterns {
		if r, ok := s.match(i, p); ok {
			return r, true
		}
	}
	return reading{}, false
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "this": true}

// maxGap is how many other words may come before a pattern's word
// ("imposed new economic sanctions on") or its target.
const maxGap = 3

// match tries one pattern on the verb at i.
func (s *sentence) match(i int, p *pattern) (reading, bool) {
	c := s.clause[i]
	r := reading{pat: p, target: -1, end: i + 1}
	if !s.matchBefore(i, p.pre) {
		return reading{}, false
	}
	pos, seenTarget, before, inMention := i+1, false, 0, -1
	for _, e := range p.elems {
		if e.target {
			k := s.mentionFrom(pos, c, maxGap+1)
			if k < 0 && len(r.lits) > 0 {
				k = s.farTarget(r.lits[len(r.lits)-1])
			}
			if k < 0 || s.placedBy(k, r.lits) && verbal(p.code) {
				// "will meet with bank creditors in New York": where,
				// not with whom. (Force reaches the place: "fired
				// missiles at targets in Syria".)
				return reading{}, false
			}
			k = s.phraseActor(k)
			r.target, pos, seenTarget = k, s.ms[k].End, true
			continue
		}
		j := s.findWord(pos, c, e.words)
		if j < 0 && s.dep && len(r.lits) == 0 && !seenTarget {
			j = s.complementWord(i, e.words)
		}
		if j < 0 || len(r.lits) == 0 && s.dep && s.describedBy(j, i) {
			return reading{}, false
		}
		r.lits = append(r.lits, j)
		if !seenTarget {
			before++
			for g := pos; g <= j && inMention < 0; g++ {
				if k := s.actorAt[g]; k >= 0 && (s.ms[k].Country != "" || s.ms[k].Kind == actor.Person) {
					inMention = k // or a person: "found Roger Stone guilty"
				}
			}
		}
		pos = j + 1
	}
	switch {
	case seenTarget:
	case p.alone:
	case inMention >= 0:
		// A country's actor among the pattern's words is the target:
		// "expelled Moldova's diplomats", "released two British
		// prisoners" (but not "mobilized troops").
		r.target = inMention
	default:
		r.target = s.targetFrom(pos, c)
	}
	// The verb's words run to the last pattern word before the target,
	// leaving out words that are the target's own.
	for _, j := range r.lits[:before] {
		if r.target < 0 || s.actorAt[j] != r.target {
			r.end = max(r.end, j+1)
		}
	}
	return r, true
}

// farTarget returns, for a pattern whose target follows its last word
// j, a verb, farther than the words alone reach, the actor the tree
// hangs there: one a prepositional phrase of j names, else one in a
// phrase under j's object ("stopped importing almost all meat products
// from Zimbabwe"); -1 if none. It goes no deeper than the object's own
// phrases, nor into clauses, and not to a place ("in", "at").
func (s *sentence) farTarget(j int) int {
	if !s.dep || s.toks[j].UPOS != "VERB" {
		return -1
	}
	o := s.child(j, "obj")
	for d := j + 1; d < len(s.toks); d++ {
		h, rel := s.head[d], relBase(s.toks[d].Rel)
		if !(h == j && rel == "obl" || o >= 0 && h == o && rel == "nmod") || placePreps[s.caseOf(d)] {
			continue
		}
		if k := s.actorAt[d]; k >= 0 {
			return k
		}
	}
	return -1
}

// placedBy reports whether mention k follows "in" or "at" (with "the"
// between or not) that is none of the pattern's own words lits: the
// place of the act, not its target. A pattern's own "at" names whom the
// act is aimed at ("fired rockets at Israel").
func (s *sentence) placedBy(k int, lits []int) bool {
	j := s.ms[k].Start - 1
	if j > 0 && s.lower[j] == "the" {
		j--
	}
	return j >= 0 && placePreps[s.lower[j]] && !slices.Contains(lits, j)
}

// phraseActor returns, for a country's adjective k that modifies a
// noun in a parsed sentence, the actor the noun's phrase names of that
// country ("met with his Russian counterpart Vladimir Putin": Putin);
// k itself otherwise.
func (s *sentence) phraseActor(k int) int {
	if !s.dep || s.ms[k].Kind != actor.Country {
		return k
	}
	j := s.mentionHead(k)
	if j < 0 || s.head[j] < 0 || s.toks[j].Rel != "amod" && s.toks[j].Rel != "compound" {
		return k
	}
	if b := s.mentionOf(s.head[j]); b >= 0 && b != k && s.ms[b].Country == s.ms[k].Country {
		return b
	}
	return k
}

// matchBefore reports whether the words of pre stand before the verb at i,
// in order, each at most maxGap words from the next, in the verb's clause.
func (s *sentence) matchBefore(i int, pre []elem) bool {
	pos := i - 1
	for e := len(pre) - 1; e >= 0; e-- {
		j := pos
		for ; j >= 0 && j >= pos-maxGap && s.clause[j] == s.clause[i]; j-- {
			if slices.Contains(pre[e].words, s.lower[j]) {
				break
			}
		}
		if j < 0 || j < pos-maxGap || s.clause[j] != s.clause[i] {
			return false
		}
		pos = j - 1
	}
	return true
}

// findWord returns the first token from pos on, at most maxGap words
// later and in clause c, that is one of words; -1 if none. An infinitive
// marker in between stops the search: the words then belong to another
// verb ("agreed to meet with").
//
// A word joined by a hyphen ("closed-door", three tokens) counts as one.
func (s *sentence) findWord(pos, c int, words []string) int {
	limit := pos + maxGap
	for j := pos; j < len(s.toks) && j <= limit; j++ {
		if s.toks[j].Form == "-" && j > pos && j+1 < len(s.toks) && s.hyphenGlued(j+1) {
			limit += 2
		}
		if s.clause[j] != c {
			return -1
		}
		w := s.lower[j]
		for _, x := range words {
			if w == x {
				return j
			}
		}
		if w == "to" || s.consumed[j] {
			return -1
		}
	}
	return -1
}

// complementWord returns the head of the verb's object, or the predicate
// of a clause the verb at i governs, when it is one of words, else -1: a
// pattern's first word may stand however far the words before it push it
// ("signed a long-awaited power-sharing deal", "ruled that the policy is
// unconstitutional", "found the suspension to be unlawful").
func (s *sentence) complementWord(i int, words []string) int {
	for j := i + 1; j < len(s.toks); j++ {
		h := s.head[j]
		if h != i && !(h > i && s.head[h] == i && timeWords[s.lower[h]] && s.toks[j].Rel == "ccomp") {
			// A day has no clause of its own: "ruled on Monday that
			// ...", parsed with the clause under "Monday", is the verb's.
			continue
		}
		// "ruled X's advice was unlawful", the predicate parsed as a
		// verb joined to "ruled", is its clause's.
		verdict := s.toks[j].Rel == "conj" && s.toks[j].UPOS == "ADJ" && s.child(j, "cop") >= 0
		if r := s.toks[j].Rel; r == "obj" || r == "ccomp" || r == "xcomp" || verdict {
			if slices.Contains(words, s.lower[j]) {
				return j
			}
		}
	}
	return -1
}

// passive reports whether the verb at i is a participle after a form of
// "be" ("was attacked", "has been repeatedly shelled").
func (s *sentence) passive(i int, f form) bool {
	if f.kind&formPast == 0 {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if s.v.passive[s.lower[j]] {
			return true
		}
		if _, isVerb := s.verbAt(j); isVerb || s.actorAt[j] >= 0 || s.clause[j] != s.clause[i] {
			return false
		}
	}
	return false
}

// passiveAct codes "X was attacked by Y" as Y attacking X. Without a "by"
// actor there is no source and so no event.
func (s *sentence) passiveAct(i int, v *verb) (act, bool) {
	if v.def == nil {
		return act{}, false
	}
	code, paired := v.def.code, v.def.paired
	if v.def.passive != "" {
		code, paired = v.def.passive, ""
	}
	if code == "" {
		return act{}, false
	}
	c := s.clause[i]
	by := s.findWord(i+1, c, []string{"by"})
	if by < 0 {
		return act{}, false
	}
	src := s.mentionFrom(by+1, c, 2)
	tgt := s.mentionBefore(i, c)
	if src < 0 || tgt < 0 {
		return act{}, false
	}
	if s.negated(i, []int{tgt}) {
		return act{}, false
	}
	return act{
		code: code, paired: paired, mutual: false, rule: v.def.rule,
		sources: s.group(src, false), targets: s.group(tgt, true),
		verbStart: i, verbEnd: i + 1, via: s.via[i],
	}, true
}

// sources finds who does the act of the verb at i: the actors just before
// it in its clause; for a verb joined by "and" to the previous one ("X
// attacked Y and killed Z"), that verb's sources; in a report with a
// pronoun subject ("Russia said it would ..."), the speaker. The second
// result is the via: the speaker, unless the speaker became the source.
func (s *sentence) sources(i int, prev *act) ([]int, int) {
	c, via := s.clause[i], s.via[i]
	if prev != nil && i > 0 && s.lower[i-1] == "and" && s.clause[prev.verbStart] == c {
		return prev.sources, prev.via
	}
	if k := s.mentionBefore(i, c); k >= 0 {
		return s.group(k, true), via
	}
	if via >= 0 && s.pronounBefore(i, c) {
		return []int{via}, -1
	}
	return nil, via
}

var pronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true}

func (s *sentence) pronounBefore(i, c int) bool {
	for j := i - 1; j >= 0 && s.clause[j] == c; j-- {
		if pronouns[s.lower[j]] {
			return true
		}
	}
	return false
}

// negated reports whether a negator ("not", "n't", "never") stands
// between the sources and the verb at i.
func (s *sentence) negated(i int, sources []int) bool {
	from := i - 4
	if len(sources) > 0 {
		from = max(from, s.ms[sources[len(sources)-1]].End)
	}
	for j := i - 1; j >= max(from, 0) && s.clause[j] == s.clause[i]; j-- {
		if s.v.negators[s.lower[j]] {
			return true
		}
	}
	return false
}

// describedBy reports whether token j, a pattern's first word found
// after the verb at i, hangs below an -ing participle that describes a noun of
// the verb's ("sent a letter requesting military assistance to the
// United States": the assistance is the letter's request, not what was
// sent). Words the tree does not put below the verb are left to the
// words' reading.
func (s *sentence) describedBy(j, i int) bool {
	for x, steps := s.head[j], 0; x >= 0 && steps < 8; x, steps = s.head[x], steps+1 {
		if x == i {
			return false
		}
		if s.toks[x].XPOS == "VBG" && strings.HasPrefix(s.toks[x].Rel, "acl") && s.within(x, i) {
			return true
		}
	}
	return false
}
