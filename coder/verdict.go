package coder

import (
	"slices"
	"strings"
)

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

// judgementWord reports whether the word form w may tell a verdict,
// dismay, blame or a label of fault (verdict.go, dismay.go): MayCode must
// not skip a sentence that has no other word of the dictionary ("Saudi
// Arabia said Iran was responsible for the deaths").
func judgementWord(w string) bool {
	_, blame := blameWords[w]
	return faultWords[w] || dismayWords[w] || blame || labelForms[w]
}

// labelForms are the forms of labelVerbs in news copy.
var labelForms = map[string]bool{"described": true, "describes": true, "describing": true, "characterized": true,
	"characterised": true, "branded": true, "brands": true, "labelled": true, "labeled": true, "termed": true,
	"dubbed": true, "called": true}

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
	out = append(out, s.blameActs()...)
	return append(out, s.violationActs()...)
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
		if speaker < 0 || s.negatedAt(v) || s.moodOf(v, true) == notCoded || s.questioned(v) {
			continue
		}
		if o := s.child(v, "obj"); o >= 0 && truceWords[s.lower[o]] {
			continue
		}
		target := s.atFault(v)
		if target < 0 || target == speaker || s.ms[target].Code == s.ms[speaker].Code {
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
		if speaker < 0 || s.negatedAt(p) || s.moodOf(p, true) != asFact || s.questioned(p) {
			continue // "will be responsible for planning" is a duty to come
		}
		subj := s.child(p, "nsubj")
		if subj < 0 || s.actorAt[subj] < 0 {
			continue
		}
		target := s.actorAt[subj]
		if target == speaker || s.ms[target].Code == s.ms[speaker].Code {
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

// atFault returns the actor the verdict (or breach) at p finds fault with: its
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
		o, name := s.child(i, "obj"), s.labelOf(i)
		if o < 0 || name < 0 || name == o {
			if name >= 0 && name == o {
				// "branded the US sanctions economic terrorism", the
				// name parsed as the object and the thing named as its
				// subject.
				o = s.child(name, "nsubj")
			}
			if o < 0 || name < 0 {
				continue
			}
		}
		if s.negatedAt(i) || s.moodOf(i, s.reportedBy(i) >= 0) == notCoded {
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
