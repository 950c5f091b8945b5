package coder

import "strings"

// Workers called "striking" are on strike, and the clause that names
// them so asserts it: "Striking dock workers shut down the port",
// "the striking miners blocked the highway". The stoppage (143) is
// theirs, aimed at the employer the sentence names, if any. The parse
// often takes "striking" for the verb of the clause, with the workers as
// its object ("Striking railway workers halted trains"), so the words
// tell: "striking" before a name of people who work.

// strikingWords holds the participle that says workers are on strike.
var strikingWords = map[string]bool{"striking": true}

// strikerSpan is how many words may stand between "striking" and the
// workers' name ("striking black railway workers").
const strikerSpan = 4

// strikerActs returns the stoppages (143) of workers called "striking";
// none in a sentence that supposes a condition or is set in the past,
// nor in a clause that is negated, supposed or asked.
func (s *sentence) strikerActs() []act {
	if !s.hasWord(strikingWords) || s.conditional() || s.pastOpening() {
		return nil
	}
	var out []act
	for i := range s.toks {
		if !strikingWords[s.lower[i]] {
			continue
		}
		k := s.strikersAfter(i)
		if k < 0 {
			continue
		}
		c := s.tclause[i]
		if c >= 0 && (s.moodOf(c, s.reportedBy(c) >= 0) == notCoded || s.negatedAt(c) || s.datedBefore(c)) {
			continue
		}
		var targets []int
		if e := firstEmployer(s.ms, s.ms[k].Country); e >= 0 && e != k {
			targets = []int{e} // the employer this sentence names; another's may be no party
		}
		out = append(out, act{code: "143", rule: "strikers.go: STRIKING + (workers on strike)",
			sources: []int{k}, targets: targets, verbStart: i, verbEnd: i + 1, via: s.reportedBy(i)})
	}
	return out
}

// strikersAfter returns the mention of people who work named by the
// nouns and adjectives that follow "striking" at i, the last of them
// (the phrase's head), when they are the subject of their clause (or
// open the sentence, where the parse may take "Striking" for its verb);
// -1 if they name none, name an armed force or a state, or stand in
// another phrase.
func (s *sentence) strikersAfter(i int) int {
	k, head := -1, -1
	for j := i + 1; j < len(s.toks) && j <= i+strikerSpan; j++ {
		switch s.toks[j].UPOS {
		case "NOUN", "PROPN", "ADJ":
		default:
			j = len(s.toks)
			continue
		}
		if s.actorAt[j] >= 0 {
			k, head = s.actorAt[j], j
		}
	}
	if k < 0 || !s.labourMention(k) {
		return -1
	}
	if i > 0 && !strings.HasPrefix(s.toks[head].Rel, "nsubj") {
		// "talks between striking workers and GM", "solidarity with
		// the striking railwaymen": named by the way, not said to act.
		return -1
	}
	return k
}
