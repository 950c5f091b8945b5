package coder

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
	"lie": true, "lies": true, "fiasco": true, "farcical": true, "ludicrous": true, "shocking": true,
	"bullying": true, "blackmail": true, "extortion": true, "piracy": true, "hypocrisy": true,
	"aggression": true, "interference": true, "protectionism": true, "protectionist": true,
}

// lackWords find fault when negated: "Japan's export restraint is not
// enough", "the offer was not acceptable".
var lackWords = wordSet("enough sufficient adequate acceptable fair credible")

// verdictWords are the words of a verdict, of fault or of a lack.
var verdictWords = unite(faultWords, lackWords)

// verdictCode is the code of a verdict of fault: criticize or denounce.
const verdictCode = "111"

// verdictActs returns the criticism (111) a speaker voices by saying that
// an actor, or an act or thing an actor made, is at fault, or is not
// enough: done by the speaker to that actor. None when the verdict is
// negated (a lack affirmed), supposed or
// asked, when it says what someone is unfit for ("inadequate to meet its
// obligations"), when no speaker or no actor at fault is named, or when the
// speaker finds fault with itself.
func (s *sentence) verdictActs() []act {
	var out []act
	for _, w := range s.judgementWords(verdictWords, s.hasVerdict) {
		p := s.verdictAt(w) // the fault word or the frame that carries it
		if lackWords[s.lower[w]] != s.negatedAt(p) {
			continue // "was not a mistake", "is enough"
		}
		speaker := s.verdictSpeaker(p)
		if speaker < 0 || s.child(p, "xcomp", "ccomp", "advcl") >= 0 || s.moodOf(p, true) == notCoded || s.questioned(p) {
			continue
		}
		target := s.atFault(p)
		if target < 0 || s.sameActor(target, speaker) {
			continue
		}
		out = append(out, act{code: verdictCode, rule: "verdict of fault: SAY (+ ... BE " + s.lower[w] + ")",
			sources: s.speakers(speaker), targets: []int{target}, verbStart: p, verbEnd: p + 1, via: -1})
	}
	return out
}

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
