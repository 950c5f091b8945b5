package coder

import "slices"

// A verb of saying codes nothing of its own, but what is said may be the
// act: a speaker who says that someone, or a plan or a decision someone
// made, is at fault criticizes them (111): "Miller said a budget plan
// drafted by Senator Chiles was seriously deficient", "Pelosi said
// Trump's decision was a mistake", "The plan is misguided, the
// Commission said". The verdict is a predicate with a copula, so the
// tree tells it from an act reported ("said Trump made a mistake").

// faultWords are predicates that find fault with their subject.
var faultWords = map[string]bool{
	// adjectives
	"deficient": true, "wrong": true, "mistaken": true, "misguided": true, "misplaced": true, "flawed": true,
	"unacceptable": true, "irresponsible": true, "outrageous": true, "shameful": true, "disgraceful": true,
	"absurd": true, "ridiculous": true, "reckless": true, "counterproductive": true, "unfair": true,
	"unjust": true, "unjustified": true, "unwarranted": true, "baseless": true, "groundless": true,
	"hypocritical": true, "irrational": true, "foolish": true, "deplorable": true, "despicable": true,
	"appalling": true, "disgusting": true, "inexcusable": true, "indefensible": true, "inappropriate": true,
	"incompetent": true, "dishonest": true, "racist": true, "cowardly": true, "arrogant": true,
	"inadequate": true, "insufficient": true, "illegal": true, "unlawful": true, "illegitimate": true,
	"shortsighted": true, "short-sighted": true, "ill-advised": true, "senseless": true, "insulting": true,
	// nouns
	"mistake": true, "error": true, "blunder": true, "disgrace": true, "insult": true, "betrayal": true,
	"farce": true, "sham": true, "hoax": true, "travesty": true, "outrage": true, "provocation": true,
	"violation": true, "breach": true, "shame": true, "disaster": true, "failure": true, "affront": true,
	"lie": true, "lies": true, "fiasco": true,
}

// convictCode is the code of a court's finding of guilt: whom it finds
// guilty is the object, before the word that says so ("found the former
// aide guilty of lying"), and the act's target.
const convictCode = "116"

// verdictCode is the code of a verdict of fault: criticize or denounce.
const verdictCode = "111"

// verdictActs returns the criticism (111) a speaker voices by saying that
// an actor, or an act or thing an actor made, is at fault: done by the
// speaker to that actor. None when the verdict is negated, supposed or
// asked, when it says what someone is unfit for ("inadequate to meet its
// obligations"), when no speaker or no actor at fault is named, or when the
// speaker finds fault with itself.
func (s *sentence) verdictActs() []act {
	if s.conditional() || s.pastOpening() {
		return nil
	}
	var out []act
	for p := range s.toks {
		if !faultWords[s.lower[p]] || s.consumed[p] || !s.predicate(p) {
			continue
		}
		speaker := s.verdictSpeaker(p)
		if speaker < 0 || s.child(p, "xcomp", "ccomp", "advcl") >= 0 || s.negatedAt(p) || s.moodOf(p, true) == notCoded || s.questioned(p) {
			continue
		}
		target := s.atFault(p)
		if target < 0 || target == speaker || s.ms[target].Code == s.ms[speaker].Code {
			continue
		}
		out = append(out, act{code: verdictCode, rule: "verdict of fault: SAY (+ ... BE " + s.lower[p] + ")",
			sources: s.speakers(speaker), targets: []int{target}, verbStart: p, verbEnd: p + 1, via: -1})
	}
	return out
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

// reportRels join a verb of saying to what it reports.
var reportRels = map[string]bool{"ccomp": true, "parataxis": true}

// predicate reports whether the fault word at p is predicated of a
// subject: an adjective or a noun with a copula ("was deficient", "is a
// mistake"), or a participle the tagger read as a passive ("is
// misplaced").
func (s *sentence) predicate(p int) bool {
	switch s.toks[p].UPOS {
	case "ADJ", "NOUN":
		return s.child(p, "cop") >= 0
	case "VERB":
		return s.toks[p].XPOS == "VBN" && s.child(p, "aux:pass") >= 0
	}
	return false
}

// atFault returns the actor the verdict at p finds fault with: its
// subject if an actor ("Trump was wrong"), else the author of what its
// subject names ("Trump's decision", "a plan drafted by Chiles"); -1 if
// none. The parser may hang the subject from the verb of saying as its
// object ("said the decision by the United States was wrong").
func (s *sentence) atFault(p int) int {
	subj := s.child(p, "nsubj", "nsubj:pass")
	if h := s.head[p]; subj < 0 && h >= 0 && s.says(h) {
		if o := s.child(h, "obj"); o >= 0 && o < p {
			subj = o
		}
	}
	if subj < 0 {
		return -1
	}
	if k := s.actorAt[subj]; k >= 0 {
		return k
	}
	if !s.deed(subj) {
		return -1 // "the Brazilian economy is a disaster" finds fault with no one
	}
	return s.deedAuthor(subj)
}

// deedNouns name what someone does or makes, beside the nouns of the
// dictionary's acts: a decision, a policy, a remark.
var deedNouns = map[string]bool{
	"decision": true, "decisions": true, "move": true, "moves": true, "plan": true, "plans": true, "policy": true,
	"policies": true, "action": true, "actions": true, "measure": true, "measures": true, "tariffs": true,
	"treatment": true, "handling": true, "conduct": true, "behavior": true, "behaviour": true, "remarks": true,
	"comments": true, "statement": true, "statements": true, "law": true, "bill": true, "budget": true,
	"proposal": true, "proposals": true, "ban": true, "refusal": true, "failure": true, "attempt": true,
	"attempts": true, "efforts": true, "ruling": true, "finding": true, "program": true, "programme": true,
	"stance": true, "position": true, "response": true, "approach": true, "emphasis": true, "restraint": true,
	"activities": true, "violations": true, "buildup": true, "build-up": true, "launch": true, "launches": true,
	"test": true, "tests": true, "offer": true, "demand": true, "demands": true, "call": true, "claims": true,
	"advice": true, "order": true, "orders": true, "reforms": true, "legislation": true, "resolution": true,
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
	a := s.authorsOfAct(o)
	if len(a) == 0 {
		a = s.agentOfVictim(o)
	}
	if len(a) > 0 && !slices.Contains(sources, a[0]) {
		return a[0]
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
