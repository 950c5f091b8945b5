package coder

import (
	"maps"
	"slices"
	"strings"
)

// Judgements told in words are acts: a verdict of fault (verdict.go),
// blame for a wrong or a breach of a law (blame.go), a name of wrong given
// (label.go) and dismay (dismay.go) criticize, accuse or disapprove of the
// actor judged; grief at a death (grief.go) comments on it. They are read from the tree, as the verbs of the
// dictionary are not theirs ("said", "was", "called"), and share what is
// here: who says the judgement, and who did or made what it judges.

// judgementActs returns the acts of judgement the sentence tells; none
// in a sentence that supposes a condition or is set in the past.
func (s *sentence) judgementActs() (out []act) {
	if s.conditional() || s.pastOpening() {
		return nil
	}
	for _, judge := range []func() []act{s.verdictActs, s.blameActs, s.violationActs, s.labelActs, s.dismayActs, s.nominalDismay, s.objectionActs, s.opposedActs, s.griefActs, s.griefClefts, s.mourningPurposes} {
		out = append(out, judge()...)
	}
	return out
}

// judgementWords returns the tokens whose words are among words, not
// consumed by an act coded before, and that fit: a predicate, a noun.
func (s *sentence) judgementWords(words map[string]bool, fits func(int) bool) []int {
	var out []int
	for p := range s.toks {
		if words[s.lower[p]] && !s.consumed[p] && fits(p) {
			out = append(out, p)
		}
	}
	return out
}

// heldNow reports whether the judgement at p is told as held: not
// negated, supposed or asked. reported tells that someone says it.
func (s *sentence) heldNow(p int, reported bool) bool {
	return !s.negatedAt(p) && s.moodOf(p, reported) != notCoded && !s.questioned(p)
}

// convictCode is the code of a court's finding of guilt: whom it finds
// guilty is the object, before the word that says so ("found the former
// aide guilty of lying"), and the act's target.
const convictCode = "116"

// judgementWord reports whether the word form w may tell a verdict,
// dismay, blame, a label of fault, an objection, an ultimatum's penalty
// or grief (verdict.go, dismay.go, objection.go, ultimatum.go, grief.go): MayCode must
// not skip a sentence that has no other word of the dictionary ("Saudi
// Arabia said Iran was responsible for the deaths").
func judgementWord(w string) bool {
	_, blame := blameWords[w]
	_, objection := objectionNouns[w]
	return verdictWords[w] || dismayWords[w] || dismayNouns[w] || blame || labelForms[w] || objection || w == penaltyWord ||
		griefWords[w] || griefNouns[w]
}

// verdictSpeaker returns the actor who says the verdict at p: the
// subject of the verb of saying whose complement it is ("Pelosi said
// ... was a mistake") or that is set beside it ("..., the Commission
// said"); -1 if none, or if that subject is no actor itself ("Canada's
// finding announced that ... is unjustified" is no one's saying).
func (s *sentence) verdictSpeaker(p int) int {
	say := -1
	if h := s.head[p]; h >= 0 && s.says(h) && reportRels[s.toks[p].Rel] {
		say = h
	}
	for c := range s.toks {
		if say < 0 && s.head[c] == p && reportRels[s.toks[c].Rel] && s.says(c) {
			say = c
		}
	}
	if say < 0 {
		return -1
	}
	if n := s.child(say, "nsubj"); n >= 0 {
		return s.actorAt[n]
	}
	return -1
}

// sameActor reports whether the mentions a and b are one actor: the same
// mention, or mentions of the same code. A judgement of oneself is none.
func (s *sentence) sameActor(a, b int) bool {
	return a == b || s.ms[a].Code == s.ms[b].Code
}

// reportRels join a verb of saying to what it reports.
var reportRels = map[string]bool{"ccomp": true, "parataxis": true}

// deedNouns name what someone does or makes, beside the nouns of the
// dictionary's acts: a decision, a policy, a remark.
var deedNouns = wordSet(
	"decision decisions move moves plan plans policy policies action actions measure measures tariffs " +
		"treatment handling conduct behavior behaviour remarks comments statement statements law bill " +
		"budget proposal proposals ban refusal failure attempt attempts efforts ruling finding program " +
		"programme stance position response approach emphasis restraint activities violations buildup " +
		"build-up launch launches test tests offer demand demands call claims advice order orders reforms " +
		"legislation resolution retaliation countermeasures crackdown interference")

// wordSet is the set of the words of list, separated by spaces.
func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// unite is the union of the sets a and b.
func unite(a, b map[string]bool) map[string]bool {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}

// deed reports whether the noun at h names something someone did or made.
func (s *sentence) deed(h int) bool {
	return deedNouns[s.lower[h]] || s.eventNoun(h)
}

// deedAuthor returns who did or made what the noun at h names: its
// possessor, adjective or "by" phrase (authorsOfAct), or a "by" phrase
// hung under its "of" phrase; -1 if none.
func (s *sentence) deedAuthor(h int) int {
	a := s.authorsOfAct(h)
	if len(a) == 0 {
		a = s.agentOfVictim(h)
	}
	if len(a) == 0 {
		return -1
	}
	return a[0]
}

// objectAuthor returns the author of what the object of the verb at i
// names, for a reaction to it with no target of its own: "Trudeau called
// China's decision unacceptable" criticizes China, "condemned the killing
// of General Soleimani by the United States" the United States. -1 when the object is
// an actor, names no author, or names one of the sources.
func (s *sentence) objectAuthor(i int, sources []int) int {
	o := s.child(i, "obj")
	if o < 0 || s.actorAt[o] >= 0 {
		return -1
	}
	if a := s.deedAuthor(o); a >= 0 && !slices.Contains(sources, a) {
		return a
	}
	return -1
}

// agentOfVictim returns the actors of a "by" phrase the parse hung from
// the "of" phrase of the act noun o, under whom it was done to: "the
// killing of General Soleimani by the United States".
func (s *sentence) agentOfVictim(o int) []int {
	for j := range s.toks {
		if s.head[j] != o || relBase(s.toks[j].Rel) != "nmod" || s.caseOf(j) != "of" {
			continue
		}
		for n := range s.toks {
			if s.head[n] == j && relBase(s.toks[n].Rel) == "nmod" && s.caseOf(n) == "by" {
				return s.actorsOf(n)
			}
		}
	}
	return nil
}
