package coder

import "slices"

// Dismay told of an actor at someone, or at what someone did, disapproves
// of them (110): "The Japanese Embassy said it was deeply disappointed by
// the tariffs announced by President Reagan", "China was angered by the
// US decision", "The European Union is disappointed with Iran". The
// feeling is a predicate with a copula or a passive, its cause a phrase
// opened by "by", "with", "at", "over" or "about".

// dismayWords are predicates of displeasure at a cause.
var dismayWords = map[string]bool{
	"disappointed": true, "dismayed": true, "appalled": true, "outraged": true, "angered": true, "angry": true,
	"furious": true, "alarmed": true, "troubled": true, "concerned": true, "unhappy": true, "dissatisfied": true,
	"displeased": true, "upset": true, "frustrated": true, "incensed": true, "indignant": true, "disgusted": true,
	"irritated": true, "annoyed": true,
}

// worryWords tell a worry that may be for someone as well as at them
// ("concerned about China" may fear for it): only an act someone did is
// their cause ("concerned about China's treatment of Uighurs").
var worryWords = map[string]bool{"concerned": true, "troubled": true, "alarmed": true}

// dismayNouns name displeasure felt at a cause, in the nominal: "mounting
// U.S. anger over Japanese trade policies".
var dismayNouns = map[string]bool{"anger": true, "frustration": true, "outrage": true, "displeasure": true,
	"indignation": true, "fury": true, "irritation": true, "dismay": true, "disappointment": true}

// dismayCases open the phrase naming the cause of dismay.
var dismayCases = map[string]bool{"by": true, "with": true, "at": true, "over": true, "about": true}

// disapprovalCode is the code of disapproval told by a feeling.
const disapprovalCode = "110"

// dismayActs returns the disapproval (110) the sentence tells as an
// actor's dismay at another actor or at its act: done by whoever feels
// it ("it" or "we" being the speaker who says so) to the cause's author.
// None when the feeling is negated, supposed or asked, or the cause names
// no actor but the one dismayed.
func (s *sentence) dismayActs() []act {
	var out []act
	for _, p := range s.judgementWords(dismayWords, s.feeling) {
		if !s.heldNow(p, s.verdictSpeaker(p) >= 0) {
			continue
		}
		src := s.feeler(p)
		if src < 0 {
			continue
		}
		target := s.dismayCause(p)
		if target < 0 || s.sameActor(target, src) {
			continue
		}
		out = append(out, act{code: disapprovalCode, rule: "dismay: + BE " + s.lower[p] + " BY|WITH|AT|OVER|ABOUT +",
			sources: []int{src}, targets: []int{target}, verbStart: p, verbEnd: p + 1, via: -1})
	}
	return out
}

// nominalDismay returns the disapproval (110) a noun of displeasure names
// when its phrase names who feels it and at whom: "U.S. anger over
// Japanese trade policies", "Iran's fury at the United States". None in
// a clause that is supposed or set in the past.
func (s *sentence) nominalDismay() []act {
	var out []act
	for _, p := range s.judgementWords(dismayNouns, s.isNoun) {
		authors := s.authorsOfAct(p)
		if len(authors) == 0 || s.moodOf(s.tclause[p], s.reportedBy(p) >= 0) == notCoded {
			continue
		}
		target := s.dismayCause(p)
		if target < 0 || slices.Contains(authors, target) || s.ms[target].Country == s.ms[authors[0]].Country {
			continue
		}
		out = append(out, act{code: disapprovalCode, rule: "dismay: +'S " + s.lower[p] + " OVER|AT|WITH +",
			sources: authors[:1], targets: []int{target}, verbStart: p, verbEnd: p + 1, via: -1})
	}
	return out
}

// feeling reports whether the word at p is predicated of a subject, as a
// verdict is (predicate), or as a participle with a copula the tagger
// read as a verb ("it was deeply disappointed by").
func (s *sentence) feeling(p int) bool {
	return s.predicate(p) || s.toks[p].XPOS == "VBN" && s.child(p, "cop") >= 0
}

// feeler returns the actor who feels the dismay at p: its subject, or,
// for a pronoun no rule resolved ("it was disappointed"), the speaker who
// says so; -1 if none.
func (s *sentence) feeler(p int) int {
	subj := s.child(p, "nsubj", "nsubj:pass")
	if subj < 0 {
		return -1
	}
	if k := s.actorAt[subj]; k >= 0 {
		return k
	}
	if s.toks[subj].UPOS == "PRON" {
		return s.verdictSpeaker(p)
	}
	return -1
}

// isNoun reports whether the token at p is tagged a noun.
func (s *sentence) isNoun(p int) bool { return s.toks[p].UPOS == "NOUN" }

// dismayCause returns the actor the dismay at p is felt at: named in its
// "by", "with", "at", "over" or "about" phrase (not for a worry), or the
// author of the act that phrase names; -1 if none.
func (s *sentence) dismayCause(p int) int {
	for c := range s.toks {
		if r := relBase(s.toks[c].Rel); s.head[c] != p || r != "obl" && r != "nmod" || !dismayCases[s.caseOf(c)] {
			continue
		}
		if k := s.actorAt[c]; k >= 0 {
			if worryWords[s.lower[p]] {
				return -1
			}
			return k
		}
		if worryWords[s.lower[p]] && !s.deed(c) {
			return -1 // "concerned about the Brazilian economy"
		}
		if k := s.deedAuthor(c); k >= 0 {
			return k
		}
	}
	return -1
}
